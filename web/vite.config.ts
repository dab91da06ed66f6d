import { defineConfig } from 'vitest/config';
import vue from '@vitejs/plugin-vue';

// Served by the gateway at /app/ (same origin as /auth and /api, so the HttpOnly refresh cookie works).
// Maven builds it into the web module's jar under static/app (see pom.xml).
export default defineConfig({
  base: '/app/',
  plugins: [vue()],
  build: {
    outDir: process.env.ANCHANG_WEB_OUT ?? 'dist',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 250,
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.ts'],
  },
});
