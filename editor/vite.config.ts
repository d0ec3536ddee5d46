import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { fileURLToPath } from 'node:url';

const engineWorkflow = fileURLToPath(new URL('../engine/src/workflow/index.ts', import.meta.url));

/**
 * The editor is a static single-page app served by the server at `/`. In development `/api` is
 * proxied to AINOW_API (default: the mock API of `npm run mock -w editor`, port 5680).
 */
export default defineConfig({
  plugins: [react(), tailwindcss()],
  resolve: { alias: { '@ainow/engine/workflow': engineWorkflow } },
  server: {
    port: 5173,
    proxy: { '/api': { target: process.env.AINOW_API ?? 'http://127.0.0.1:5680', changeOrigin: false } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 900,
  },
});
