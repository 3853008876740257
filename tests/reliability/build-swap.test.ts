/**
 * The atomic part of `npm run build` (scripts/lib/build-swap.ts, build-args.ts) on its own:
 * where the temporary folder goes, the swap, the clean-up after killed builds, and the
 * refusal to replace the project itself. The real failing builds are in bad-content.test.ts.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBuildArgs } from '../../scripts/lib/build-args.ts';
import { assertSafeOutDir, removeStaleLeftovers, swapIntoPlace, temporaryDirFor } from '../../scripts/lib/build-swap.ts';

const folder = (files: Record<string, string>) => {
  const dir = mkdtempSync(join(tmpdir(), 'bangyang-swap-'));
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  return dir;
};

describe('atomic build output', () => {
  it('builds into a hidden folder beside the output', () => {
    expect(temporaryDirFor('/site/dist', 42)).toBe('/site/.dist.building-42');
  });

  it('swaps a finished build in whole, leaving nothing of the old one', () => {
    const parent = mkdtempSync(join(tmpdir(), 'bangyang-swap-'));
    const outDir = join(parent, 'dist');
    mkdirSync(outDir);
    writeFileSync(join(outDir, 'old.html'), 'old');
    const built = temporaryDirFor(outDir, 7);
    mkdirSync(built);
    writeFileSync(join(built, 'index.html'), 'new');
    swapIntoPlace(built, outDir, 7);
    expect(readdirSync(outDir)).toEqual(['index.html']);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('new');
    expect(readdirSync(parent)).toEqual(['dist']);
  });

  it('puts a first build in place when there was no output yet', () => {
    const built = folder({ 'index.html': 'first' });
    const outDir = join(mkdtempSync(join(tmpdir(), 'bangyang-swap-')), 'dist');
    swapIntoPlace(built, outDir);
    expect(existsSync(built)).toBe(false);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('first');
  });

  it('removes what killed builds left behind, but not the folders of running ones', () => {
    const parent = mkdtempSync(join(tmpdir(), 'bangyang-swap-'));
    for (const name of ['dist', '.dist.building-1', '.dist.replaced-2', '.dist.building-3', '.other.building-1']) mkdirSync(join(parent, name));
    const removed = removeStaleLeftovers(join(parent, 'dist'), (pid) => pid === 3);
    expect(removed.sort()).toEqual(['.dist.building-1', '.dist.replaced-2']);
    expect(readdirSync(parent).sort()).toEqual(['.dist.building-3', '.other.building-1', 'dist']);
  });

  it('refuses an output folder that contains the project', () => {
    expect(() => assertSafeOutDir('/work', '/work/main')).toThrow(/包含项目本身/);
    expect(() => assertSafeOutDir('/work/main', '/work/main')).toThrow(/包含项目本身/);
    expect(() => assertSafeOutDir('/work/main/dist', '/work/main')).not.toThrow();
  });

  it('refuses an unknown flag with the usage, instead of building somewhere unexpected', () => {
    expect(() => parseBuildArgs(['--out-dir', 'x'], '/p')).toThrow(/用法：npm run build/);
    expect(parseBuildArgs(['--outDir', 'site', '--base', '/sub/'], '/p')).toEqual({ outDir: '/p/site', inline: { base: '/sub/' } });
  });
});
