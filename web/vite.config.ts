import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import vue from '@vitejs/plugin-vue';

// Vant's stylesheet carries its icon font inline, as ~34 KB of base64 data (plus a fallback on a CDN the page's policy
// refuses): every first screen would wait for it before painting, icons or not. Written out as a file, it becomes a
// hashed asset like the others, fetched only when an icon is drawn and cached for a year (issue 15's budget).
const VANT_ICON_CSS = '/vant/es/icon/index.css';
const VANT_ICON_FONT = /src:url\(data:font\/woff2;charset=utf-8;base64,([A-Za-z0-9+/=]+)\)[^;}]*/;
const FONT_ID = '/@anchang/vant-icon.woff2';

function vantIconFontAsFile(): Plugin {
  let fontFile = '';
  return {
    name: 'anchang:vant-icon-font-as-file',
    apply: 'build',
    enforce: 'pre',
    config(config) {
      fontFile = resolve(config.root ?? process.cwd(), config.cacheDir ?? 'node_modules/.vite', 'anchang', 'vant-icon.woff2');
      // an alias, because the stylesheet's url() is resolved by aliases and files only
      return { resolve: { alias: [{ find: FONT_ID, replacement: fontFile }] } };
    },
    transform(css, id) {
      if (!id.endsWith(VANT_ICON_CSS)) return null;
      const font = VANT_ICON_FONT.exec(css);
      if (!font) this.error(`no inline woff2 icon font in ${id} any more: see vite.config.ts`);
      mkdirSync(dirname(fontFile), { recursive: true });
      writeFileSync(fontFile, Buffer.from(font[1], 'base64'));
      return css.replace(VANT_ICON_FONT, `src:url(${FONT_ID}) format("woff2")`);
    },
  };
}

// Served by the gateway at /app/ (same origin as /auth and /api, so the HttpOnly refresh cookie works).
// Maven builds it into the web module's jar under static/app (see pom.xml).
export default defineConfig({
  base: '/app/',
  plugins: [vue(), vantIconFontAsFile()],
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
