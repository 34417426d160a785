import { defineConfig } from 'vite';
import { resolve } from 'node:path';

// The demo site: partner pages served from demo/, the sample feed from demo/public/feed (built
// from demo/content by the feed CLI), our packages read from their TypeScript sources.
export default defineConfig({
  root: resolve(import.meta.dirname, 'demo'),
  publicDir: resolve(import.meta.dirname, 'demo/public'),
  resolve: { conditions: ['source', 'browser', 'module', 'import', 'default'] },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  esbuild: { target: 'es2022' },
  build: {
    target: 'es2022',
    outDir: resolve(import.meta.dirname, 'demo/dist'),
    emptyOutDir: true,
    rollupOptions: {
      input: { index: resolve(import.meta.dirname, 'demo/index.html') },
    },
  },
});
