import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// Built into web/dist by `npm install` (postinstall) and served by the service at /.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    reportCompressedSize: false,
    // React DOM and Designsystemet make the first chunk ~690 kB minified, ~210 kB gzipped: the budget
    // that matters is 350 kB gzipped (issue 16); pages are chunks of their own.
    chunkSizeWarningLimit: 800,
  },
});
