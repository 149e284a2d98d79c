// Builds the React app into web/dist, which the server serves; in development, proxies the API to a running server.
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  root,
  plugins: [react()],
  // No source maps unless asked (`npm run build:web -- --sourcemap`): the server serves whatever web/dist holds.
  build: { outDir: fileURLToPath(new URL("./dist", import.meta.url)), emptyOutDir: true, sourcemap: false },
  server: {
    proxy: {
      "/api": { target: "http://127.0.0.1:3000", ws: true, changeOrigin: false },
    },
  },
});
