import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// Built into web/dist by `npm install` (postinstall) and served by the service at /.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: { outDir: "dist", emptyOutDir: true, reportCompressedSize: false },
});
