/**
 * The demo build writes every page type for every entry, at the URLs that are part of the
 * product.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, ROOT } from '../setup/paths.ts';
import { exhibitionSource, sources, unitHonors } from '../browse/built.ts';

const slugs = (collection: Parameters<typeof sources>[0]) => sources(collection).map((entry) => entry.slug);

const page = (path: string) => join(DIST, path, path.endsWith('.html') ? '' : 'index.html');

describe('demo build', () => {
  it('writes the fixed pages', () => {
    for (const path of ['', 'units/', 'figures/', 'lectures/', 'exhibitions/', 'notices/', '404.html']) {
      expect(existsSync(page(path)), path || '/').toBe(true);
    }
  });

  it.each(['units', 'figures', 'lectures', 'notices', 'exhibitions'] as const)('writes a page for every entry of %s', (collection) => {
    const missing = slugs(collection).filter((slug) => !existsSync(page(`${collection}/${slug}/`)));
    expect(slugs(collection).length).toBeGreaterThan(0);
    expect(missing).toEqual([]);
  });

  it('writes a page for every photo', () => {
    for (const slug of slugs('exhibitions')) {
      // Read from photos.csv for an exhibition that keeps its photo list there.
      const photos = exhibitionSource(join(ROOT, 'content/exhibitions', slug)).photos as { id: string }[];
      expect(photos.length).toBeGreaterThan(0);
      expect(photos.filter((photo) => !existsSync(page(`exhibitions/${slug}/${photo.id}/`)))).toEqual([]);
    }
  });

  it('writes a page for every naming decision (body and term) a unit honor belongs to', () => {
    for (const { unit, honor } of unitHonors()) {
      expect(existsSync(page(`units/batches/${honor.batch}/`)), `${unit.slug} ${honor.batch}`).toBe(true);
    }
  });

  it('uses lang="zh-CN", the settings footer and the demo notice on every page', () => {
    const settings = readFileSync(join(ROOT, 'content/settings.yaml'), 'utf8');
    const icp = /icp:\s*(.+)/.exec(settings)![1]!.trim();
    for (const path of ['', 'units/', `units/${slugs('units')[0]}/`, '404.html']) {
      const html = readFileSync(page(path), 'utf8');
      expect(html).toContain('<html lang="zh-CN">');
      expect(html).toContain(icp);
      expect(html).toContain('示例数据');
    }
  });

  it('shows a unit under its former names and with its status history', () => {
    const withFormer = slugs('units').find((slug) => /formerNames:\s*\n\s*-/.test(readFileSync(join(ROOT, 'content/units', `${slug}.md`), 'utf8')))!;
    const { data } = sources('units').find((unit) => unit.slug === withFormer)!;
    const html = readFileSync(page(`units/${withFormer}/`), 'utf8');
    for (const former of data.formerNames as { name: string }[]) expect(html).toContain(former.name);
    for (const honor of data.honors as { history: { status: string }[] }[]) {
      for (const change of honor.history) expect(html).toContain(change.status);
    }
  });
});
