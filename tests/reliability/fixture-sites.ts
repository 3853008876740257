/**
 * Builds of the fixture sites in tests/fixtures/sites/, with the real `npm run build` (the
 * atomic script, so failures are reported as editors see them). Variants are copies in
 * .cache/reliability/ with one thing changed; image paths that leave the fixture folder (to
 * tests/fixtures/photos/) are rewritten to reach the same files from the copy.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { ROOT } from '../setup/paths.ts';

export const SITES = join(ROOT, 'tests/fixtures/sites');
/** Where variants and builds go; inside the project because BANGYANG_CONTENT_DIR is relative to it. */
export const WORK = join(ROOT, '.cache/reliability');

export interface BuildResult {
  status: number | null;
  /** stdout and stderr together, as an editor reads them in a terminal. */
  output: string;
  outDir: string;
}

/** `npm run build -- --outDir <outDir>` of a content folder; `cacheDir` isolates Astro's cache. */
export function buildSite(contentDir: string, outDir: string, env: Record<string, string> = {}): BuildResult {
  const result = spawnSync('npm', ['run', 'build', '--', '--outDir', outDir], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, BANGYANG_CONTENT_DIR: relative(ROOT, contentDir), ...env },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir };
}

/**
 * A fresh copy of a fixture site's content folder as .cache/reliability/<name>/content, with
 * `change` applied to its files (path relative to the content folder → a function from the old
 * text, '' for a new file, to the new one; or null to delete). Returns the copy's content folder.
 */
export function variant(site: string, name: string, change: Record<string, ((text: string) => string | Buffer) | null> = {}): string {
  const content = join(WORK, name, 'content');
  rmSync(join(WORK, name), { recursive: true, force: true });
  mkdirSync(content, { recursive: true });
  cpSync(join(SITES, site, 'content'), content, { recursive: true });
  for (const file of readdirSync(content, { recursive: true, encoding: 'utf8' })) {
    const path = join(content, file);
    if (!statSync(path).isFile() || !/\.(md|mdx|yaml)$/.test(file)) continue;
    const original = dirname(join(SITES, site, 'content', file));
    const text = readFileSync(path, 'utf8');
    const moved = text.replace(/(?:\.\.\/)+[\w./-]+\.(?:jpe?g|png|webp)/g, (src) => relative(dirname(path), resolve(original, src)));
    if (moved !== text) writeFileSync(path, moved);
  }
  for (const [file, edit] of Object.entries(change)) {
    const path = join(content, file);
    if (edit === null) rmSync(path);
    else writeFileSync(path, edit(existsSync(path) ? readFileSync(path, 'utf8') : ''));
  }
  return content;
}
