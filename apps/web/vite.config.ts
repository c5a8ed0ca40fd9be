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
  // The HttpOnly refresh cookie is scoped to /auth: refresh and logout.
  '/auth/': { target: apiTarget, changeOrigin: true },
};

/**
 * The web's security headers, as nginx sends them in production (apps/web/nginx.conf, same values): nothing
 * may frame the app (the public /sign/:token page above all), no referrer leaks a signing link, and only our own
 * scripts run. Styles allow inline (Mantine sets style attributes); blob: serves the PDFs and downloads we build.
 */
const csp = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'self' blob:",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
const framingAndLeaks = {
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};
const previewHeaders = { ...framingAndLeaks, 'Content-Security-Policy': csp };
// The dev server injects inline scripts (React refresh): only framing is forbidden there.
const devHeaders = { ...framingAndLeaks, 'Content-Security-Policy': "frame-ancestors 'none'" };

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: {
      '@passerelle/domain': fileURLToPath(new URL('../../libs/domain/src/index.ts', import.meta.url)),
    },
  },
  server: { port: 5173, strictPort: true, host: '127.0.0.1', proxy, headers: devHeaders },
  preview: { port: 4173, strictPort: true, host: '127.0.0.1', proxy, headers: previewHeaders },
  build: { outDir: 'dist', sourcemap: true, chunkSizeWarningLimit: 1500 },
  test: {
    environment: 'node',
    include: ['src/**/*.spec.ts'],
  },
});
