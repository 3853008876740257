/**
 * Each Astro internal the integrations rely on is found in the installed Astro; and when one is
 * no longer there (a copy of Astro's file without it), the build stops with a message naming it.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ASTRO_INTERNALS, assertAstroInternals, astroDist, missingInternals, type AstroInternalName } from '../../src/integrations/astro-internals.ts';

const names = Object.keys(ASTRO_INTERNALS) as AstroInternalName[];
const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of the files of astro/dist the guards read, with `name`'s definition changed. */
function distWithout(name: AstroInternalName): string {
  const dir = mkdtempSync(join(tmpdir(), 'bangyang-astro-'));
  copies.push(dir);
  for (const internal of Object.values(ASTRO_INTERNALS)) cpSync(join(astroDist(), internal.file), join(dir, internal.file));
  const internal = ASTRO_INTERNALS[name];
  const path = join(dir, internal.file);
  writeFileSync(path, readFileSync(path, 'utf8').replace(internal.defines, internal.defines.replace(/"[^"]*"$/, '"renamed"').replace(/\\0/, '\\u0000')));
  return dir;
}

describe('Astro internals', () => {
  it('are all where the integrations expect them in the installed Astro', () => {
    expect(missingInternals(names)).toEqual([]);
  });

  it.each(names)('stop the build when %s is gone', (name) => {
    const dist = distWithout(name);
    expect(missingInternals(names, dist).map((internal) => internal.what)).toEqual([ASTRO_INTERNALS[name].what]);
    expect(() => assertAstroInternals([name], dist)).toThrow(`node_modules/astro/dist/${ASTRO_INTERNALS[name].file} 里找不到「${ASTRO_INTERNALS[name].defines}」`);
  });

  it('are what the integrations use', async () => {
    const { INCREMENTAL_MANIFEST } = await import('../../src/integrations/incremental.ts');
    const { STORE_MODULE } = await import('../../src/integrations/content-store.ts');
    expect(ASTRO_INTERNALS.incrementalManifest.defines).toContain(`"${INCREMENTAL_MANIFEST}"`);
    expect(ASTRO_INTERNALS.contentStore.defines).toContain(`"${STORE_MODULE.slice(1)}"`);
  });

  it('come with astro pinned to its minor version', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { dependencies: Record<string, string> };
    expect(pkg.dependencies.astro).toMatch(/^~\d+\.\d+\.\d+$/);
  });
});
