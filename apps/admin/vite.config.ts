/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { precompress } from './build/precompress';

const apiTarget = process.env.API_URL ?? 'http://localhost:3000';

export default defineConfig({
  base: '/',
  plugins: [react(), precompress()],
  resolve: {
    alias: {
      // Compile the shared contracts from source (they are plain TS, no decorators).
      '@wb/contracts': fileURLToPath(new URL('../../libs/contracts/src/index.ts', import.meta.url)),
      // The browser's own Object.entries instead of the polyfill node-polyglot asks for.
      'object.entries': fileURLToPath(new URL('./src/shims/object-entries.cjs', import.meta.url)),
    },
  },
  server: {
    proxy: { '/api': { target: apiTarget, changeOrigin: true } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1000, // the first-load chunk is one file by design (bench/admin-size.bench.mjs watches its size)
    rolldownOptions: {
      output: {
        // What the sign-in page and the dashboard need ($initial) in one chunk: one request, and
        // gzip compresses one file better than several. Pages, charts (recharts), the report,
        // import and English stay in chunks of their own, fetched when first used.
        codeSplitting: {
          groups: [{ name: 'app', tags: ['$initial'] }],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
  },
});
