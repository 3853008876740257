/**
 * A host installs with `npm ci --omit=dev` and runs `npm run build` (or an editor runs `check`,
 * `new`, `import`): every package the site's build and the editor commands load must be a
 * production dependency. The bench, the screenshots, Lighthouse and the tests may use dev
 * dependencies.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../..', import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
};

/** What only developers run: measured, photographed or tested, never built or edited with. */
const DEV_ONLY = [
  'scripts/bench.ts',
  'scripts/lighthouse.ts',
  'scripts/screenshots.ts',
  'scripts/lib/bench',
  'scripts/lib/screenshots',
  'scripts/lib/browser.ts',
  'scripts/lib/static-server.ts',
];

/** Packages read from node_modules by path (font files), not imported. */
const READ_BY_PATH = ['@expo-google-fonts/noto-sans-sc'];

function files(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (DEV_ONLY.includes(path)) return [];
    if (statSync(join(root, path)).isDirectory()) return files(path);
    return /\.(ts|mjs|js|astro)$/.test(name) ? [path] : [];
  });
}

function packageOf(specifier: string): string | undefined {
  if (/^(\.|\/|node:|astro:|virtual:)/.test(specifier)) return undefined;
  const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!;
  return builtinModules.includes(name) ? undefined : name;
}

describe('production dependencies', () => {
  it('every package the build and the editor commands load is installed by npm ci --omit=dev', () => {
    const sources = [...files('src'), ...files('scripts'), 'astro.config.mjs'];
    const missing = new Map<string, string>();
    for (const file of sources) {
      // Comments may say 「… from "today"」: only code counts.
      const text = readFileSync(join(root, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
      for (const match of text.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|\bimport\s+)['"]([^'"]+)['"]/g)) {
        const name = packageOf(match[1]!);
        // Type-only imports vanish at run time.
        if (name && !/import\s+type\s/.test(text.slice(text.lastIndexOf('\n', match.index) + 1, match.index + match[0].length))) {
          if (!(name in manifest.dependencies) && !missing.has(name)) missing.set(name, relative(root, join(root, file)));
        }
      }
    }
    for (const name of READ_BY_PATH) if (!(name in manifest.dependencies)) missing.set(name, 'src/og/font.ts');
    expect(Object.fromEntries(missing)).toEqual({});
  });
});
