/**
 * Warm builds link what Astro restores from its cache instead of copying it, and never write
 * through such a link (src/integrations/incremental.ts, point 4). The whole builds are checked in
 * warm-builds.test.ts; here, the two file operations on their own.
 */
import { existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { linkCopies, linkOrCopy, writeReplacing } from '../../src/integrations/incremental.ts';

const work = mkdtempSync(join(tmpdir(), 'bangyang-links-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const folder = (name: string) => {
  const path = join(work, name);
  mkdirSync(path, { recursive: true });
  return path;
};

describe('restoring from the build cache', () => {
  it('links the cached file into the output: one set of bytes, two names', async () => {
    const [cache, out] = [folder('a/cache'), folder('a/out')];
    writeFileSync(join(cache, 'page.html'), 'cached');
    expect(await linkOrCopy(join(cache, 'page.html'), join(out, 'page.html'), copyFile)).toBe('linked');
    expect(statSync(join(out, 'page.html')).ino).toBe(statSync(join(cache, 'page.html')).ino);
  });

  it('replaces a file already at the target instead of writing into it', async () => {
    const [cache, out] = [folder('b/cache'), folder('b/out')];
    writeFileSync(join(cache, 'new.html'), 'new');
    writeFileSync(join(out, 'old.html'), 'old');
    // The target is itself a link to a file that must keep its bytes.
    linkSync(join(out, 'old.html'), join(out, 'page.html'));
    await linkOrCopy(join(cache, 'new.html'), join(out, 'page.html'), copyFile);
    expect(readFileSync(join(out, 'page.html'), 'utf8')).toBe('new');
    expect(readFileSync(join(out, 'old.html'), 'utf8')).toBe('old');
  });

  it('copies where a link cannot be made (another file system)', async () => {
    const cache = folder('c/cache');
    writeFileSync(join(cache, 'page.html'), 'cached');
    const copied: string[] = [];
    const refuse = async () => {
      throw Object.assign(new Error('cross-device link not permitted'), { code: 'EXDEV' });
    };
    const original = fs.promises.link;
    fs.promises.link = refuse;
    try {
      expect(await linkOrCopy(join(cache, 'page.html'), join(cache, 'copy.html'), async (from, to) => void copied.push(from, to))).toBe('copied');
    } finally {
      fs.promises.link = original;
    }
    expect(copied).toEqual([join(cache, 'page.html'), join(cache, 'copy.html')]);
  });

  it('writes a new file over a linked one, leaving the other name with the old bytes', async () => {
    const dir = folder('d');
    writeFileSync(join(dir, 'cached.html'), 'published');
    linkSync(join(dir, 'cached.html'), join(dir, 'live.html'));
    await writeReplacing(join(dir, 'cached.html'), 'rendered again');
    expect(readFileSync(join(dir, 'cached.html'), 'utf8')).toBe('rendered again');
    expect(readFileSync(join(dir, 'live.html'), 'utf8')).toBe('published');
  });

  it('while a build runs: links copies from the cache, replaces writes into it, and leaves everything else alone', async () => {
    const [cache, out, other] = [folder('e/cache'), folder('e/out'), folder('e/other')];
    writeFileSync(join(cache, 'page.html'), 'cached');
    writeFileSync(join(other, 'file.txt'), 'other');
    const links = linkCopies(cache, out);
    try {
      // Astro passes URLs.
      await fs.promises.copyFile(pathToFileURL(join(cache, 'page.html')), pathToFileURL(join(out, 'page.html')), fs.constants.COPYFILE_FICLONE);
      await fs.promises.copyFile(join(other, 'file.txt'), join(out, 'file.txt'));
      // The cache copy of a page rendered again, while the output still links the old one.
      await fs.promises.writeFile(pathToFileURL(join(cache, 'page.html')), 'rendered again');
      await fs.promises.writeFile(join(other, 'file.txt'), 'written in place');
    } finally {
      expect(links.restore()).toEqual({ linked: 1, copied: 0 });
    }
    expect(readFileSync(join(out, 'page.html'), 'utf8')).toBe('cached');
    expect(readFileSync(join(cache, 'page.html'), 'utf8')).toBe('rendered again');
    expect(statSync(join(out, 'file.txt')).nlink).toBe(1);
    expect(existsSync(join(cache, `page.html.${process.pid}.writing`))).toBe(false);
    // After the build, fs is as it was.
    expect(fs.promises.copyFile).toBe(copyFile);
  });
});
