/**
 * Open data downloads: one record per unit / figure / honor, as JSON and as CSV. The CSV is UTF-8 with
 * a byte-order mark so that Excel opens the Chinese correctly; papaparse quotes what needs
 * quoting and defuses cells that a spreadsheet would run as a formula (=, +, -, @ at the start).
 */
import Papa from 'papaparse';
import type { FigureData } from '../schemas/figures.ts';
import { absoluteUrl, paths } from './urls.ts';
import { refSlug, type Entry, type Unit } from './model.ts';

const BOM = '\uFEFF';

/** A whole CSV document (CRLF line ends, as RFC 4180 and Excel expect). */
export function toCsv(header: string[], rows: (string | number)[][]): string {
  return BOM + Papa.unparse({ fields: header, data: rows }, { newline: '\r\n', escapeFormulae: true }) + '\r\n';
}

export function unitRecord(unit: Unit, siteUrl: string) {
  const data = unit.data;
  return {
    slug: unit.slug,
    url: absoluteUrl(paths.unit(unit.slug), siteUrl),
    name: data.name,
    shortName: data.shortName ?? null,
    formerNames: data.formerNames.map((former) => ({ name: former.name, until: former.until })),
    region: data.region,
    sector: data.sector,
    kind: data.kind ?? null,
    summary: data.summary,
    website: data.website ?? null,
    honors: unit.honors.map((honor) => ({
      title: honor.title,
      level: honor.level,
      conferredBy: honor.conferredBy,
      term: honor.term,
      year: honor.year,
      document: honor.document ?? null,
      currentStatus: honor.current?.status ?? null,
      currentSince: honor.current?.since ?? null,
      history: honor.history.map((change) => ({ status: change.status, date: change.date, note: change.note ?? null, document: change.document ?? null })),
    })),
  };
}

export function figureRecord(figure: Entry<FigureData>, siteUrl: string, unitName: (slug: string) => string | undefined) {
  const data = figure.data;
  const unitSlug = data.unit ? refSlug(data.unit) : undefined;
  return {
    slug: figure.slug,
    url: absoluteUrl(paths.figure(figure.slug), siteUrl),
    name: data.name,
    group: data.group,
    members: data.members,
    posthumous: data.posthumous,
    category: data.category,
    region: data.region,
    occupation: data.occupation ?? null,
    unit: unitSlug ? { slug: unitSlug, name: unitName(unitSlug) ?? null } : null,
    summary: data.summary,
    honors: data.honors.map((honor) => ({ title: honor.title, level: honor.level, conferredBy: honor.conferredBy, term: honor.term, year: honor.year })),
  };
}

type UnitRecord = ReturnType<typeof unitRecord>;
type FigureRecord = ReturnType<typeof figureRecord>;

const honorText = (honor: { year: number; level: string; title: string; term: string }) => `${honor.year} ${honor.level} ${honor.title}（${honor.term}）`;

export function unitsCsv(records: UnitRecord[]): string {
  return toCsv(
    ['slug', '名称', '简称', '曾用名', '地区', '系统', '单位类型', '荣誉数', '荣誉（年度 级别 称号 届次：当前状态）', '简介', '网址', '页面'],
    records.map((r) => [
      r.slug, r.name, r.shortName ?? '', r.formerNames.map((f) => f.name).join('；'), r.region.join('/'), r.sector, r.kind ?? '', r.honors.length,
      r.honors.map((h) => `${honorText(h)}：${h.currentStatus ?? '尚未生效'}`).join('；'), r.summary, r.website ?? '', r.url,
    ]),
  );
}

export function figuresCsv(records: FigureRecord[]): string {
  return toCsv(
    ['slug', '姓名', '群体', '成员', '追授', '类别', '地区', '职业', '所在单位', '荣誉（年度 级别 称号 届次）', '简介', '页面'],
    records.map((r) => [
      r.slug, r.name, r.group ? '是' : '否', r.members.join('、'), r.posthumous ? '是' : '否', r.category, r.region.join('/'), r.occupation ?? '',
      r.unit?.name ?? '', r.honors.map(honorText).join('；'), r.summary, r.url,
    ]),
  );
}

/**
 * One record per honor, of units and of figures alike: the table a journalist or a researcher
 * wants when the question is "who was named what, when, and does it still stand". Built from the
 * unit and figure records so the three downloads cannot disagree.
 */
export function honorRecords(units: UnitRecord[], figures: FigureRecord[]) {
  return [
    ...units.flatMap((unit) =>
      unit.honors.map((honor) => ({ holderType: 'unit' as const, holder: unit.slug, holderName: unit.name, page: unit.url, ...honor })),
    ),
    ...figures.flatMap((figure) =>
      figure.honors.map((honor) => ({
        holderType: 'figure' as const,
        holder: figure.slug,
        holderName: figure.name,
        page: figure.url,
        ...honor,
        document: null,
        currentStatus: null,
        currentSince: null,
        history: [],
      })),
    ),
  ].sort((a, b) => a.year - b.year || a.holderName.localeCompare(b.holderName, 'zh-CN'));
}

type HonorRecord = ReturnType<typeof honorRecords>[number];

export function honorsCsv(records: HonorRecord[]): string {
  return toCsv(
    ['类型', '对象slug', '名称', '年份', '级别', '称号', '届次/年度', '授予机关', '文号', '当前状态', '状态日期', '状态变更记录', '页面'],
    records.map((r) => [
      r.holderType === 'unit' ? '单位' : '人物', r.holder, r.holderName, r.year, r.level, r.title, r.term, r.conferredBy, r.document ?? '',
      r.currentStatus ?? '', r.currentSince ?? '', r.history.map((change) => `${change.date} ${change.status}`).join('；'), r.page,
    ]),
  );
}

/** A CSV download's response. */
export const csvResponse = (csv: string) => new Response(csv, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
