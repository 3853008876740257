/** The original photos Astro copies into _astro/ are published only when some file of the site names them. */
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { originalsIn, removeUnusedOriginals } from '../../src/integrations/unused-originals.ts';

describe('unused originals', () => {
  it('tells originals from their derivatives by name', () => {
    const names = ['forest.BzqgFH7j.jpg', 'forest.BzqgFH7j_2fTCBE.jpg', 'forest.BzqgFH7j_Z16vf6N.webp', 'facade.CPI_OJwX.jpg', 'facade.CPI_OJwX_1iWIOp.webp', 'logo.D1x2Y3z4.png', 'Base.DQXZ6IPG.css'];
    expect(originalsIn(names)).toEqual(['forest.BzqgFH7j.jpg', 'facade.CPI_OJwX.jpg']);
  });

  it('removes an original nothing names, and keeps one a page links to (also percent-encoded)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bangyang-originals-'));
    mkdirSync(join(dir, '_astro'));
    for (const name of ['a.AAAAAAAA.jpg', 'a.AAAAAAAA_x1.webp', '照片.BBBBBBBB.jpg', '照片.BBBBBBBB_x2.webp', 'c.CCCCCCCC.png', 'c.CCCCCCCC_x3.webp']) writeFileSync(join(dir, '_astro', name), '');
    mkdirSync(join(dir, 'units', 'x'), { recursive: true });
    writeFileSync(join(dir, 'units', 'x', 'index.html'), `<img src="/_astro/a.AAAAAAAA_x1.webp"><a href="/sub/_astro/${encodeURIComponent('照片')}.BBBBBBBB.jpg">原图</a>`);
    writeFileSync(join(dir, 'data.json'), '{"image":"/_astro/c.CCCCCCCC_x3.webp"}');
    expect(await removeUnusedOriginals(dir)).toEqual(['_astro/a.AAAAAAAA.jpg', '_astro/c.CCCCCCCC.png']);
    expect(readdirSync(join(dir, '_astro')).sort()).toEqual(['a.AAAAAAAA_x1.webp', 'c.CCCCCCCC_x3.webp', '照片.BBBBBBBB.jpg', '照片.BBBBBBBB_x2.webp'].sort());
  });
});
