/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const apiTarget = process.env.API_URL || 'http://127.0.0.1:3000';
const proxy = {
  '/graphql': { target: apiTarget, changeOrigin: true },
  '/health': { target: apiTarget, changeOrigin: true },
  // REST: attendance sheets and proofs (bearer token), public e-signature links.
  '/files/': { target: apiTarget, changeOrigin: true },
  '/signatures/': { target: apiTarget, changeOrigin: true },
};

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: {
      '@passerelle/domain': fileURLToPath(new URL('../../libs/domain/src/index.ts', import.meta.url)),
    },
  },
  server: { port: 5173, strictPort: true, host: '127.0.0.1', proxy },
  preview: { port: 4173, strictPort: true, host: '127.0.0.1', proxy },
  build: { outDir: 'dist', sourcemap: true, chunkSizeWarningLimit: 1500 },
  test: {
    environment: 'node',
    include: ['src/**/*.spec.ts'],
  },
});
