/**
 * The statistics page, the open data files, the feed, the sitemap and the page metadata as
 * built, checked against the content files they come from.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { DIST, DIST_SUB, ROOT } from '../setup/paths.ts';
import { htmlFiles } from '../reliability/site.ts';
import { jsonLd, page, sources, text, unitHonors } from './built.ts';

const SITE = /siteUrl:\s*(\S+)/.exec(readFileSync(join(ROOT, 'content/settings.yaml'), 'utf8'))![1]!.replace(/\/?$/, '/');
const units = sources('units');
const figures = sources('figures');

/** A table of the stats page by its caption: header cells and rows of cell texts. */
function table(html: string, caption: string) {
  const body = new RegExp(`<caption>${caption}</caption>([\\s\\S]*?)</table>`).exec(html)?.[1];
  if (!body) throw new Error(`no table 「${caption}」`);
  const cells = (row: string) => [...row.matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)].map((match) => text(match[1]!));
  const rows = [...body.matchAll(/<tr>(.*?)<\/tr>/g)].map((match) => cells(match[1]!));
  return { header: rows[0]!, rows: rows.slice(1) };
}

describe('statistics page', () => {
  const html = page('stats/');

  it('draws its charts as SVG at build time, with no script of its own', () => {
    expect((html.match(/<svg [^>]*role="img"/g) ?? []).length).toBeGreaterThanOrEqual(4);
    expect(html).not.toMatch(/<script type="module"/);
  });

  it('counts honors named per year and level as the unit files say', () => {
    const { header, rows } = table(html, '各年度、各级别命名数');
    const levels = header.slice(1, -1);
    for (const row of rows.slice(0, -1)) {
      const year = Number(row[0]);
      levels.forEach((level, i) => {
        const expected = unitHonors().filter(({ honor }) => honor.year === year && honor.level === level).length;
        expect(Number(row[i + 1]), `${year} ${level}`).toBe(expected);
      });
    }
    expect(Number(rows.at(-1)!.at(-1))).toBe(unitHonors().length);
  });

  it('counts the dated decisions by kind as the histories say, and the derived ends beside them', () => {
    const { header, rows } = table(html, '各年度状态变化次数');
    // A naming without a date (xianning: 2001—2002年度) has no year to be counted in.
    const changes = unitHonors().flatMap(({ honor }) => honor.history).filter((change) => change.date);
    const totals = rows.at(-1)!;
    const derived = ['届满终止', '升格'];
    expect(header).toEqual(expect.arrayContaining(derived));
    header.slice(1, -1).forEach((status, i) => {
      if (!derived.includes(status)) expect(Number(totals[i + 1]), status).toBe(changes.filter((change) => change.status === status).length);
    });
    const sum = totals.slice(1, -1).reduce((total, cell) => total + Number(cell), 0);
    expect(Number(totals.at(-1))).toBe(sum);
    expect(sum).toBeGreaterThan(changes.length);
  });

  it('counts figures by category', () => {
    const { rows } = table(html, '道德模范各类别人数');
    for (const [category, count] of rows.slice(0, -1)) {
      expect(Number(count), category).toBe(figures.filter((figure) => figure.data.category === category).length);
    }
    expect(Number(rows.at(-1)![1])).toBe(figures.length);
  });

  it('links the six open data files', () => {
    for (const file of ['units.csv', 'units.json', 'figures.csv', 'figures.json', 'honors.csv', 'honors.json']) expect(html).toContain(`href="/data/${file}"`);
  });
});

describe('open data', () => {
  const csv = (file: string) => readFileSync(join(DIST, 'data', file), 'utf8');

  it.each([
    ['units', units],
    ['figures', figures],
  ])('writes %s.csv as UTF-8 with BOM, one record per entry, and the same records as JSON', (name, entries) => {
    const raw = readFileSync(join(DIST, 'data', `${name}.csv`));
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const parsed = Papa.parse<Record<string, string>>(csv(`${name}.csv`).slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.map((row) => row.slug).sort()).toEqual(entries.map((entry) => entry.slug).sort());
    for (const entry of entries) expect(parsed.data.find((row) => row.slug === entry.slug)!.名称 ?? parsed.data.find((row) => row.slug === entry.slug)!.姓名).toBe(entry.data.name);
    const json = JSON.parse(readFileSync(join(DIST, 'data', `${name}.json`), 'utf8')) as { slug: string; url: string }[];
    expect(json.map((record) => record.slug).sort()).toEqual(entries.map((entry) => entry.slug).sort());
    for (const record of json) expect(record.url).toBe(`${SITE}${name}/${record.slug}/`);
  });

  it('keeps every honor and its current status in units.json', () => {
    const json = JSON.parse(readFileSync(join(DIST, 'data/units.json'), 'utf8')) as { slug: string; honors: { history: unknown[]; currentStatus: string | null }[] }[];
    for (const unit of units) {
      const record = json.find((candidate) => candidate.slug === unit.slug)!;
      expect(record.honors.map((honor) => honor.history.length)).toEqual(unit.data.honors.map((honor: { history: unknown[] }) => honor.history.length));
    }
  });
});

describe('open data: honors', () => {
  type HonorRecord = { holderType: 'unit' | 'figure'; holder: string; year: number; title: string; currentStatus: string | null; history: { status: string }[] };
  const json = JSON.parse(readFileSync(join(DIST, 'data/honors.json'), 'utf8')) as HonorRecord[];

  it('has one record per honor of every unit and figure, in the CSV (with BOM) and the JSON', () => {
    const expected = [...units, ...figures].reduce((sum, entry) => sum + (entry.data.honors as unknown[]).length, 0);
    expect(json).toHaveLength(expected);
    const raw = readFileSync(join(DIST, 'data/honors.csv'));
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const parsed = Papa.parse<Record<string, string>>(raw.toString('utf8').slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(expected);
    expect(new Set(parsed.data.map((row) => row.类型))).toEqual(new Set(['单位', '人物']));
  });

  it('gives a unit honor its whole status history and the status it has now', () => {
    for (const unit of units) {
      const records = json.filter((record) => record.holderType === 'unit' && record.holder === unit.slug);
      const honors = unit.data.honors as { title: string; year: number; history: { status: string }[] }[];
      expect(records.map((record) => record.history.map((change) => change.status)).sort()).toEqual(honors.map((honor) => honor.history.map((change) => change.status)).sort());
    }
    const revoked = json.find((record) => record.history.some((change) => /撤销|摘牌/.test(change.status)));
    expect(revoked, 'a demo honor that was revoked').toBeDefined();
    expect(revoked!.currentStatus).toBe(revoked!.history.at(-1)!.status);
  });
});

describe('feed, sitemap, robots', () => {
  const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['item', 'url', 'sitemap', 'category'].includes(name) });

  it('writes a valid RSS 2.0 feed of honors, figures, lectures, exhibitions, notices and news', () => {
    const xml = readFileSync(join(DIST, 'rss.xml'), 'utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    const { rss } = parser.parse(xml);
    expect(rss['@_version']).toBe('2.0');
    expect(rss.channel.link).toBe(SITE);
    const items = rss.channel.item as { title: string; link: string; guid: { '#text': string }; pubDate: string; category: string[] }[];
    expect(items.length).toBeGreaterThan(10);
    for (const item of items) {
      expect(item.title.length).toBeGreaterThan(0);
      expect(item.link.startsWith(SITE)).toBe(true);
      expect(existsSync(join(DIST, item.link.slice(SITE.length), 'index.html')), item.link).toBe(true);
      expect(Number.isNaN(Date.parse(item.pubDate))).toBe(false);
    }
    const kinds = new Set(items.flatMap((item) => item.category));
    // News items are filed under their kind (工作动态 …).
    expect([...kinds].sort()).toEqual(['公示', '命名', '图片展', '思想讲坛', '道德模范', '工作动态', '政策文件', '媒体报道'].sort());
    const dates = items.map((item) => Date.parse(item.pubDate));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });

  it('lists every HTML page in the sitemap and names the sitemap in robots.txt', () => {
    const index = parser.parse(readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8'));
    const urls = index.sitemapindex.sitemap.flatMap((entry: { loc: string }) =>
      parser.parse(readFileSync(join(DIST, entry.loc.slice(SITE.length)), 'utf8')).urlset.url.map((url: { loc: string }) => url.loc),
    );
    const pages = htmlFiles(DIST)
      .filter((file) => file.endsWith('index.html') && !file.startsWith('og') && !file.startsWith('pagefind'))
      .map((file) => `${SITE}${file.replace(/index\.html$/, '')}`);
    expect(new Set(urls)).toEqual(new Set(pages));
    expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE}sitemap-index.xml`);
  });

  it('keeps the base path in feed links, sitemap and robots.txt of a sub-path build', () => {
    const feed = parser.parse(readFileSync(join(DIST_SUB, 'rss.xml'), 'utf8'));
    for (const item of feed.rss.channel.item) expect(item.link.startsWith(`${SITE}sub/`)).toBe(true);
    expect(readFileSync(join(DIST_SUB, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE}sub/sitemap-index.xml`);
    expect(page('units/', DIST_SUB)).toContain(`<link rel="canonical" href="${SITE}sub/units/">`);
  });
});

describe('page metadata', () => {
  const one = (collection: 'units' | 'figures' | 'lectures' | 'exhibitions') => sources(collection)[0]!.slug;
  const exhibition = sources('exhibitions')[0]!;
  const cases: [string, string][] = [
    ['', 'WebSite'],
    [`units/${one('units')}/`, 'Organization'],
    [`figures/${figures.find((figure) => !figure.data.group)!.slug}/`, 'Person'],
    [`lectures/${one('lectures')}/`, 'Event'],
    [`exhibitions/${exhibition.slug}/`, 'ImageGallery'],
    [`exhibitions/${exhibition.slug}/${exhibition.data.photos[0].id}/`, 'Photograph'],
  ];

  it.each(cases)('gives /%s a canonical URL, a description and parseable %s JSON-LD', (path, type) => {
    const html = page(path);
    expect(html).toContain(`<link rel="canonical" href="${SITE}${path}">`);
    expect(/<meta name="description" content="([^"]+)"/.exec(html)?.[1]?.length).toBeGreaterThan(10);
    const blocks = jsonLd(html);
    expect(blocks.map((block) => block['@type'])).toContain(type);
    for (const block of blocks) expect(block['@context']).toBe('https://schema.org');
  });

  it('parses the JSON-LD of every page', () => {
    const pages = (readdirSync(DIST, { recursive: true }) as string[]).filter((file) => file.endsWith('.html'));
    for (const file of pages) expect(() => jsonLd(readFileSync(join(DIST, file), 'utf8')), file).not.toThrow();
  });
});
