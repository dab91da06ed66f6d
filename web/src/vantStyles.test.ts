import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = dirname(fileURLToPath(import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(vue|ts)$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

/** Button → button, CellGroup → cell-group: the folder of a component's style in vant/es. */
const folder = (component: string) => component.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();

describe('the phone\'s first screen: only the styles of the Vant components in use', () => {
  it('styles every Vant component the app imports, and nothing but them', () => {
    const used = new Set<string>();
    for (const file of sources(src)) {
      for (const m of readFileSync(file, 'utf8').matchAll(/import\s*\{([^}]*)\}\s*from\s*'vant'/g)) {
        for (const part of m[1].split(',')) {
          const name = part.trim().split(/\s+as\s+/)[0];
          if (/^[A-Z]/.test(name)) used.add(folder(name));
        }
      }
    }
    const styled = [...readFileSync(join(src, 'vantStyles.ts'), 'utf8').matchAll(/'vant\/es\/([a-z-]+)\/style\/index'/g)]
      .map((m) => m[1]);
    expect(used.size).toBeGreaterThan(5);
    expect([...used].filter((c) => !styled.includes(c)).sort()).toEqual([]);
    expect(styled.filter((c) => !used.has(c)).sort()).toEqual([]);
    expect(readFileSync(join(src, 'main.ts'), 'utf8')).not.toContain('vant/lib/index.css');
  });
});
