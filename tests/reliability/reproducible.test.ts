/**
 * Two builds of the same commit are byte-identical. No file carries a timestamp; what depends
 * on time depends on the build day only (a lecture still to come, a notice window still open),
 * which BUILD_DATE pins. The files that may change with the day are listed in README.md
 * (「构建时间相关文件」), and this test holds the list and the README to each other.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, matchesGlob } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { inputsChangedAt } from '../setup/build.ts';
import { ROOT } from '../setup/paths.ts';
import { buildSite, WORK } from './fixture-sites.ts';
import { siteFiles } from './site.ts';

/** Files whose content follows the build day, as listed in README.md. */
const BUILD_DAY_FILES = [
  'index.html',
  'lectures/index.html',
  'lectures/*/index.html',
  'lectures/page/**',
  'lectures/filter.json',
  'notices/**',
  'units/**',
  'og/units/*.png',
  'news/*/index.html',
  'data/units.*',
  'data/honors.*',
  'stats/index.html',
  'search/index.html',
  'rss.xml',
  'pagefind/**',
];

const followsBuildDay = (file: string) => BUILD_DAY_FILES.some((pattern) => matchesGlob(file, pattern));

/** file → sha256 of its bytes. */
function digest(dir: string): Record<string, string> {
  return Object.fromEntries(siteFiles(dir).map((file) => [file, createHash('sha256').update(readFileSync(join(dir, file))).digest('hex')]));
}

/** Files that differ (or exist on one side only). */
function differences(a: Record<string, string>, b: Record<string, string>): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((file) => a[file] !== b[file]).sort();
}

/** Two builds on one day, one on another: BUILD_DATE as a deploy job would set it. */
const BUILDS = { first: '2030-01-01', second: '2030-01-01', otherDay: '2026-11-25' };
const digests: Record<string, Record<string, string>> = {};

/** The three builds, once the sources stood still through all of them (others may be editing this checkout). */
function buildAll(attempts = 3): void {
  const before = inputsChangedAt();
  for (const [name, day] of Object.entries(BUILDS)) {
    const outDir = join(WORK, `reproducible-${name}`);
    const result = buildSite(join(ROOT, 'content'), outDir, { BUILD_DATE: day });
    if (result.status !== 0) throw new Error(`the demo site did not build:\n${result.output}`);
    digests[name] = digest(outDir);
  }
  if (inputsChangedAt() !== before && attempts > 1) buildAll(attempts - 1);
}

beforeAll(() => buildAll());

describe('reproducible builds', () => {
  it('give byte-identical output for the same commit and day', () => {
    expect(Object.keys(digests.first!).length).toBeGreaterThan(400);
    expect(differences(digests.first!, digests.second!)).toEqual([]);
  });

  it('differ from a build on another day only in the files listed in README', () => {
    const changed = differences(digests.first!, digests.otherDay!);
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.filter((file) => !followsBuildDay(file))).toEqual([]);
  });

  it('list the build-day files in README.md', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const start = readme.indexOf('构建时间相关文件');
    const section = readme.slice(start, readme.indexOf('\n#', start));
    for (const pattern of BUILD_DAY_FILES) expect(section).toContain(`\`${pattern}\``);
  });
});
