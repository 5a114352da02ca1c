import path from "node:path";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// Built into web/dist by `npm install` (postinstall) and served by the service at / (the
// dashboard) and at GET /graphql in a browser (GraphiQL, graphiql.html).
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    reportCompressedSize: false,
    // The first chunk (React DOM, Designsystemet) is ~690 kB minified, ~210 kB gzipped, within the
    // 350 kB gzipped budget of issue 16; pages are chunks of their own, and exceljs (~930 kB) is
    // loaded only when a table is exported to Excel. GraphiQL is an entry of its own: the dashboard
    // loads none of its code (its initial JS stays ~147 kB gzipped).
    chunkSizeWarningLimit: 1000,
    rolldownOptions: {
      input: {
        dashboard: path.join(import.meta.dirname, "index.html"),
        graphiql: path.join(import.meta.dirname, "graphiql.html"),
      },
    },
  },
});
