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
    // The first chunk (React DOM, Designsystemet) is ~690 kB minified, ~210 kB gzipped, within the
    // 350 kB gzipped budget of issue 16; pages are chunks of their own, and exceljs (~930 kB) is
    // loaded only when a table is exported to Excel.
    chunkSizeWarningLimit: 1000,
  },
});
