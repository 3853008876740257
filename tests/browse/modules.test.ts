/** The browsing modules, pure functions over a small site model (tests/browse/model-fixture.ts). */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { noticeBanners } from '../../src/lib/banner.ts';
import { barChartLayout, niceStep } from '../../src/lib/charts.ts';
import { feedItems } from '../../src/lib/feed.ts';
import { filterIndex, UNIT_FILTER, unitFacets, unitFilterValues, unitSortKeys } from '../../src/lib/filters.ts';
import { noticeState } from '../../src/lib/model.ts';
import { buildSiteModel, linksToFigure, linksToUnit } from '../../src/lib/site-model.ts';
import { figureRecord, figuresCsv, toCsv, unitRecord, unitsCsv } from '../../src/lib/open-data.ts';
import { videoSource } from '../../src/lib/pages/lecture.ts';
import { siteCounts, siteStats } from '../../src/lib/stats.ts';
import { pagination, pagePath } from '../../src/lib/pagination.ts';
import { neighbours, related } from '../../src/lib/pages/wayfinding.ts';
import { honorLabel, unitCard } from '../../src/lib/views.ts';
import { raw, site } from './model-fixture.ts';

const unit = (slug: string) => site.units.find((candidate) => candidate.slug === slug)!;

describe('site model', () => {
  it('groups honors into batches, one per decision (body + term), newest first', () => {
    expect(site.batches.map((batch) => batch.slug)).toEqual(['sheng-wenmingwei-2023', 'zhongyang-wenmingwei-jie-6', 'xian-wenmingwei-2014', 'sheng-wenmingwei-2008']);
    expect(site.batches.find((batch) => batch.slug === 'sheng-wenmingwei-2008')!.members.map((member) => member.unit.slug)).toEqual(['jiao-yu-ju']);
    // Two honors of one unit from two bodies are two decisions.
    expect(site.batches.filter((batch) => batch.members.some((member) => member.unit.slug === 'gong-an-ting')).map((batch) => batch.slug)).toEqual(['sheng-wenmingwei-2023', 'zhongyang-wenmingwei-jie-6']);
  });

  it('finds everything that links to a unit or a figure', () => {
    const links = linksToUnit(site, 'gong-an-ting');
    expect(links.lectures.map((lecture) => lecture.slug)).toEqual(['jiang-tan-1']);
    expect(links.notices.map((notice) => notice.slug).sort()).toEqual(['old-notice', 'open-notice']);
    expect(linksToUnit(site, 'jiao-yu-ju').figures.map((figure) => figure.slug)).toEqual(['zhang-san']);
    expect(linksToUnit(site, 'shi-chang').photos.map((photo) => photo.id)).toEqual(['p1']);
    expect(linksToFigure(site, 'zhang-san').lectures.map((lecture) => lecture.slug)).toEqual(['jiang-tan-1']);
  });

  it('decides a notice window on the day given, both ends included', () => {
    const window = { start: '2026-11-18', end: '2026-12-31' };
    expect(noticeState(window, '2026-11-17')).toBe('upcoming');
    expect(noticeState(window, '2026-11-18')).toBe('open');
    expect(noticeState(window, '2026-12-31')).toBe('open');
    expect(noticeState(window, '2027-01-01')).toBe('closed');
  });
});

describe('公示 banners', () => {
  it('writes a banner, with its window and contacts, for a notice that has not ended on the build day', () => {
    const [banner, ...rest] = noticeBanners(site, { unit: 'gong-an-ting' });
    expect(rest).toEqual([]);
    expect(banner).toMatchObject({ title: '拟命名公示', start: '2026-11-18', end: '2026-12-31', openOnBuildDay: true, href: 'notices/open-notice/' });
    expect(banner!.window).toBe('2026年11月18日至2026年12月31日');
    expect(banner!.contacts).toEqual([{ label: '电话', value: '0351-0000000' }]);
  });

  it('keeps an upcoming window in the page, hidden until the visitor reaches it', () => {
    const early = buildSiteModel(raw, '2026-11-01');
    expect(noticeBanners(early, { unit: 'gong-an-ting' })).toMatchObject([{ openOnBuildDay: false, start: '2026-11-18' }]);
  });

  it('writes nothing once every window has ended, and nothing for pages a notice does not concern', () => {
    expect(noticeBanners(buildSiteModel(raw, '2027-01-01'), { unit: 'gong-an-ting' })).toEqual([]);
    expect(noticeBanners(site, { unit: 'jiao-yu-ju' })).toEqual([]);
    expect(noticeBanners(site, { figure: 'li-si' })).toEqual([]);
    expect(noticeBanners(site, { notice: 'open-notice' })).toHaveLength(1);
  });
});

describe('units directory filters', () => {
  it('matches a unit on every level, tier, named year and current status of its honors', () => {
    expect(unitFilterValues(unit('gong-an-ting'))).toEqual({ level: ['省级', '全国'], tier: [], year: ['2024', '2020'], status: ['黄牌警告', '持有称号'], region: ['山西省'], sector: ['省直机关'] });
    expect(unitFilterValues(unit('shi-chang')).status).toEqual(['摘牌（撤销）']);
    // Reviewed last in 2012 under a 3-year rule: lapsed on 2015-04-01, on the day given.
    expect(unitFilterValues(unit('jiao-yu-ju')).status).toEqual(['届满终止']);
    expect(unitFilterValues(buildSiteModel(raw, '2015-03-31').units.find((u) => u.slug === 'jiao-yu-ju')!).status).toEqual(['持有称号']);
  });

  it('offers only values some unit has, in a meaningful order', () => {
    const facets = unitFacets(site.units);
    expect(facets.level).toEqual(['全国', '省级', '区县级']);
    expect(facets.year).toEqual(['2024', '2020', '2015', '2009']);
    expect(facets.status).toEqual(['持有称号', '黄牌警告', '届满终止', '摘牌（撤销）']);
    expect(facets.region).toEqual(['山西省', '浙江省']);
  });

  it('sorts by newest year and by highest level with ascending keys', () => {
    expect(unitSortKeys(unit('gong-an-ting'), 0)).toEqual({ name: 0, year: -2024, level: 0 });
    expect(unitSortKeys(unit('shi-chang'), 2)).toMatchObject({ name: 2, year: -2015 });
    expect(unitSortKeys(unit('shi-chang'), 2).level).toBeGreaterThan(unitSortKeys(unit('jiao-yu-ju'), 1).level!);
  });

  it('writes every unit into the filter index with its card, facet positions and sort keys', () => {
    const index = filterIndex(UNIT_FILTER, site.units, unitCard, { list: 'units/', base: '/sub/' }, site.units.map(() => undefined));
    expect(index.base).toBe('/sub/units/');
    expect(index.items.map((item) => item.h)).toEqual(site.units.map((u) => u.slug));
    const level = index.facets.findIndex((facet) => facet.name === 'level');
    const item = index.items.find((candidate) => candidate.h === 'gong-an-ting')!;
    expect(item.v[level]!.map((i) => index.facets[level]!.values[i])).toEqual(['省级', '全国']);
    expect(item.s).toEqual([site.units.indexOf(unit('gong-an-ting')), -2024, 0]);
    expect(index.strings[item.k]).toBe('省直机关');
    // Shared strings are stored once.
    expect(new Set(index.strings).size).toBe(index.strings.length);
  });
});

describe('pagination', () => {
  it('links the first and last page and a window around the current one', () => {
    const view = pagination('units/', 6, 20);
    expect(view.previous).toBe('units/page/5/');
    expect(view.next).toBe('units/page/7/');
    expect(view.links.map((link) => ('gap' in link ? '…' : link.current ? `[${link.page}]` : String(link.page)))).toEqual(['1', '…', '4', '5', '[6]', '7', '8', '…', '20']);
    expect(pagePath('units/', 1)).toBe('units/');
  });

  it('shows a one-page gap as the page itself and has no previous on the first page', () => {
    const view = pagination('figures/', 1, 5);
    expect(view.previous).toBeUndefined();
    expect(view.links.map((link) => ('gap' in link ? '…' : link.page))).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('wayfinding', () => {
  it('finds the previous and next entry in the list order', () => {
    const link = (u: { slug: string }) => ({ href: u.slug, title: u.slug });
    const [first, second, third] = site.units;
    expect(neighbours(site.units, second!.slug, link)).toEqual({ previous: link(first!), next: link(third!) });
    expect(neighbours(site.units, first!.slug, link).previous).toBeUndefined();
  });

  it('relates entries that share a key, nearest first, never the entry itself', () => {
    const list = ['a1', 'b1', 'a2', 'a3', 'a4', 'b2'].map((slug) => ({ slug }));
    const letter = (entry: { slug: string }) => entry.slug[0]!;
    expect(related(list, letter, list[3]!, 2).map((e) => e.slug)).toEqual(['a4', 'a2']);
    expect(related(list, letter, list[1]!).map((e) => e.slug)).toEqual(['b2']);
  });
});

describe('counts', () => {
  it('tells units held today from units ever named, and upcoming lectures from held ones', () => {
    const counts = siteCounts(site);
    // Held today: gong-an-ting (warned still holds). shi-chang was revoked, jiao-yu-ju's title lapsed in 2015.
    expect(counts.units).toEqual({ named: 3, held: 1 });
    // On 2015-03-31 only jiao-yu-ju had been named (the others later), and it still held its title.
    expect(siteCounts(buildSiteModel(raw, '2015-03-31')).units).toEqual({ named: 1, held: 1 });
    expect(siteCounts(buildSiteModel(raw, '2015-06-01')).units).toEqual({ named: 2, held: 1 });
    expect(counts.lectures).toEqual({ all: 1, held: 1, upcoming: 0 });
    expect(counts.notices).toEqual({ all: 2, open: 1 });
  });

  it('shows an honor title exactly as issued, never prefixed with its level', () => {
    expect(honorLabel({ title: '首都文明单位', term: '2015年度' })).toBe('首都文明单位（2015年度）');
    expect(honorLabel({ title: '自治区级文明单位', term: undefined })).toBe('自治区级文明单位');
    expect(honorLabel({ title: '全国林业系统先进集体', term: undefined })).toBe('全国林业系统先进集体');
  });
});

describe('statistics', () => {
  const stats = siteStats(site);

  it('counts units held today once, at their highest level, and honors by named year and level', () => {
    expect(stats.heldByLevel).toEqual([{ label: '全国', value: 1 }]);
    const table = stats.namedByYearAndLevel;
    expect(table.rows).toEqual(['2009', '2015', '2020', '2024']);
    expect(table.columns).toEqual(['全国', '省级', '区县级']);
    expect(table.cells).toEqual([[0, 1, 0], [0, 0, 1], [1, 0, 0], [0, 1, 0]]);
    expect(table.total).toBe(4);
    expect(stats.namedByLevel).toEqual([{ label: '全国', value: 1 }, { label: '省级', value: 2 }, { label: '区县级', value: 1 }]);
  });

  it('counts every status change, written and derived (届满终止), and every figure category (empty ones too)', () => {
    expect(stats.changesByStatus).toEqual([{ label: '命名', value: 4 }, { label: '复查保留', value: 2 }, { label: '黄牌警告', value: 1 }, { label: '届满终止', value: 1 }, { label: '撤销', value: 1 }]);
    expect(stats.figuresByCategory.map((count) => count.value)).toEqual([0, 1, 0, 1, 0]);
  });
});

describe('bar charts', () => {
  it('picks round steps for the axis', () => {
    expect([niceStep(0), niceStep(4), niceStep(12), niceStep(37), niceStep(230)]).toEqual([1, 1, 5, 10, 50]);
  });

  it('draws bars in proportion inside the plot, one row per value', () => {
    const chart = barChartLayout([{ label: '省级', value: 10 }, { label: '全国', value: 5 }, { label: '市级', value: 0 }], { width: 600 });
    const [a, b, c] = chart.bars;
    expect(b!.width * 2).toBeCloseTo(a!.width);
    expect(c!.width).toBe(0);
    expect(a!.x + a!.width).toBeLessThanOrEqual(chart.plotLeft + chart.plotWidth);
    expect(new Set(chart.bars.map((bar) => bar.y)).size).toBe(3);
    expect(chart.ticks.at(-1)!.value).toBeGreaterThanOrEqual(10);
    expect(chart.height).toBeGreaterThan(b!.y + b!.height);
  });
});

describe('open data', () => {
  it('writes CSV with a BOM, CRLF, quoting and formula-looking cells defused', () => {
    const csv = toCsv(['名称', '说明'], [['甲,乙', '他说"好"'], ['=SUM(A1)', 3]]);
    expect(csv.startsWith('\uFEFF名称,说明\r\n')).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(parsed).toEqual([['名称', '说明'], ['甲,乙', '他说"好"'], ["'=SUM(A1)", '3']]);
  });

  it('writes one record per unit and figure, with absolute URLs and current statuses', () => {
    const units = site.units.map((entry) => unitRecord(entry, 'https://example.org/sub/'));
    expect(units.find((record) => record.slug === 'gong-an-ting')!.honors.map((honor) => honor.currentStatus)).toEqual(['黄牌警告', '复查保留']);
    expect(units.find((record) => record.slug === 'gong-an-ting')!.honors.map((honor) => [honor.bodyName, honor.level, honor.validUntil])).toEqual([['某省精神文明建设委员会', '省级', '2027-02-28'], ['中央精神文明建设指导委员会', '全国', '2026-12-19']]);
    expect(Papa.parse(unitsCsv(units).slice(1), { header: true, skipEmptyLines: true }).data).toHaveLength(3);
    const figures = site.figures.map((entry) => figureRecord(entry, 'https://example.org/', (slug) => unit(slug)?.data.name));
    expect(figures.find((record) => record.slug === 'zhang-san')!.unit).toEqual({ slug: 'jiao-yu-ju', name: '教育局' });
    expect(figures[0]!.url).toMatch(/^https:\/\/example\.org\/figures\/[a-z-]+\/$/);
    expect(Papa.parse(figuresCsv(figures).slice(1), { header: true, skipEmptyLines: true }).data).toHaveLength(2);
  });
});

describe('feed', () => {
  it('has one item per batch, figure, lecture, exhibition and notice, newest first', () => {
    const items = feedItems(site);
    expect(items).toHaveLength(site.batches.length + 2 + 1 + 1 + 2);
    expect(items.map((item) => item.date)).toEqual(items.map((item) => item.date).sort().reverse());
    expect(items[0]).toMatchObject({ path: 'notices/open-notice/', date: '2026-11-18' });
    expect(items.find((item) => item.path === 'units/batches/sheng-wenmingwei-2023/')).toMatchObject({ date: '2024-03-01', title: '某省精神文明建设委员会2023年度命名' });
    expect(feedItems(site, 3)).toHaveLength(3);
  });
});

describe('lecture video', () => {
  it('plays a local file in the page and links an external address, naming its host', () => {
    expect(videoSource('/media/jiang-tan-1.mp4')).toEqual({ external: false });
    expect(videoSource('https://www.example.org/v/1.mp4')).toEqual({ external: true, host: 'www.example.org' });
  });
});
