import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IndexHtmlTransformContext, Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import vue from '@vitejs/plugin-vue';
import { HOME_SCRIPTS } from './src/boot/prefetch';

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

// The boot script (src/boot/, ADR 35) is a build input of its own, so that it stays a few hundred bytes with no imports;
// the build then writes it into the page itself, right after the charset and before the stylesheet (a script after a
// stylesheet would wait for it), so it runs while the page is parsed, with no round trip of its own. The gateway allows
// exactly that script by its hash in the page's content security policy. The page also lists the consultant's home's
// scripts, which the boot script preloads only when it resumes a consultant on that screen.
const BOOT = 'boot';
const HOME_SCREEN = '/src/views/ConsultantHome.vue';
const CHARSET = '<meta charset="utf-8">';

function bootInPage(): Plugin {
  return {
    name: 'anchang:boot-in-page',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html: string, ctx: IndexHtmlTransformContext) {
        const bundle = ctx.bundle ?? {};
        const chunks = Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [c] : []));
        const boot = chunks.find((c) => c.isEntry && c.name === BOOT);
        const home = chunks.find((c) => c.facadeModuleId?.endsWith(HOME_SCREEN));
        const app = chunks.find((c) => c.isEntry && c.name !== BOOT);
        if (!boot || !home || !app) throw new Error('boot, home or app chunk missing from the bundle: see vite.config.ts');
        if (boot.imports.length > 0 || /^\s*(import|export)\b/m.test(boot.code) || boot.code.includes('</script')) {
          throw new Error('the boot script must be a plain script with no imports or exports: see src/boot/');
        }
        if (!html.includes(CHARSET)) throw new Error(`index.html must start its head with ${CHARSET}`);
        delete bundle[boot.fileName];
        const byName = new Map(chunks.map((c) => [c.fileName, c]));
        const loaded = new Set([app.fileName, ...app.imports]);
        const homeScripts = new Set<string>();
        const add = (fileName: string) => {
          if (loaded.has(fileName) || homeScripts.has(fileName)) return;
          homeScripts.add(fileName);
          byName.get(fileName)?.imports.forEach(add);
        };
        add(home.fileName);
        const list = `<meta name="${HOME_SCRIPTS}" content="${[...homeScripts].map((f) => `/app/${f}`).join(' ')}">`;
        return html.replace(CHARSET, `${CHARSET}\n  ${list}\n  <script>(() => {${boot.code.trim()}})();</script>`);
      },
    },
  };
}

// Served by the gateway at /app/ (same origin as /auth and /api, so the HttpOnly refresh cookie works).
// Maven builds it into the web module's jar under static/app (see pom.xml).
export default defineConfig({
  base: '/app/',
  plugins: [vue(), vantIconFontAsFile(), bootInPage()],
  // Every component here, and every Vant component the app uses, is written with setup(): Vue's support for the older
  // options API (data, methods, ...) is left out of the first screen's script.
  define: { __VUE_OPTIONS_API__: 'false' },
  build: {
    outDir: process.env.ANCHANG_WEB_OUT ?? 'dist',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 250,
    rolldownOptions: {
      input: {
        index: fileURLToPath(new URL('./index.html', import.meta.url)),
        [BOOT]: fileURLToPath(new URL('./src/boot/index.ts', import.meta.url)),
      },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.ts'],
    setupFiles: ['src/testSetup.ts'],
  },
});
