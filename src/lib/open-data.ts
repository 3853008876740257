/**
 * Open data downloads: one record per unit / figure / honor, as JSON and as CSV. The CSV is UTF-8 with
 * a byte-order mark so that Excel opens the Chinese correctly; papaparse quotes what needs
 * quoting and defuses cells that a spreadsheet would run as a formula (=, +, -, @ at the start).
 */
import Papa from 'papaparse';
import { honorLabel } from './honors/labels.ts';
import { isHeld } from './honors/statuses.ts';
import { absoluteUrl, paths } from './urls.ts';
import { refSlug, type Entry, type Figure, type FigureHonor, type SiteModel, type Unit, type UnitHonor } from './model.ts';

const BOM = '\uFEFF';

/** A whole CSV document (CRLF line ends, as RFC 4180 and Excel expect). */
export function toCsv(header: string[], rows: (string | number)[][]): string {
  return BOM + Papa.unparse({ fields: header, data: rows }, { newline: '\r\n', escapeFormulae: true }) + '\r\n';
}

/** What open data says of an honor's body: its slug and name, its level and tier. */
const bodyFields = (honor: UnitHonor | FigureHonor) => ({
  body: honor.body.slug,
  bodyName: honor.body.data.name,
  level: honor.level,
  tier: honor.tier === '系统' ? (honor.system ?? '系统') : (honor.tier ?? null),
});

export function unitRecord(unit: Unit, siteUrl: string) {
  const data = unit.data;
  const successor = (index: number | undefined) => (index === undefined ? null : honorLabel(unit.honors.find((honor) => honor.index === index)!));
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
    fictional: data.fictional,
    honors: unit.honors.map((honor) => ({
      ...bodyFields(honor),
      title: honor.title,
      term: honor.term ?? null,
      kind: honor.kind,
      year: honor.year,
      named: honor.history[0]?.date ?? null,
      document: honor.document ?? null,
      currentStatus: honor.standing === 'announced' ? null : (honor.current?.status ?? null),
      currentSince: honor.standing === 'announced' ? null : (honor.current?.since ?? null),
      sincePrecision: honor.current?.precision ?? null,
      derived: honor.current?.derived ?? false,
      validUntil: honor.current?.validUntil ?? null,
      successor: successor(honor.current?.successor),
      holdsToday: isHeld(honor.standing) && honor.kind === '称号',
      fictional: honor.fictional,
      history: honor.history.map((change) => ({ status: change.status, date: change.date ?? null, note: change.note ?? null, document: change.document ?? null })),
    })),
  };
}

export function figureRecord(figure: Figure, siteUrl: string, unitName: (slug: string) => string | undefined) {
  const data = figure.data;
  const unitSlug = data.unit ? refSlug(data.unit) : undefined;
  return {
    slug: figure.slug,
    url: absoluteUrl(paths.figure(figure.slug), siteUrl),
    name: data.name,
    group: data.group,
    members: data.members,
    deceased: data.deceased?.date ?? null,
    minor: data.minor,
    category: data.category,
    region: data.region,
    occupation: data.occupation ?? null,
    unit: unitSlug ? { slug: unitSlug, name: unitName(unitSlug) ?? null } : null,
    summary: data.summary,
    fictional: data.fictional,
    honors: figure.honors.map((honor) => ({
      ...bodyFields(honor),
      title: honor.title,
      term: honor.term ?? null,
      year: honor.year,
      named: honor.date,
      posthumous: honor.posthumous,
      revoked: honor.revoked ? { status: honor.revoked.status, date: honor.revoked.date, document: honor.revoked.document ?? null } : null,
    })),
  };
}

type UnitRecord = ReturnType<typeof unitRecord>;
type FigureRecord = ReturnType<typeof figureRecord>;

/** 「2009 山西省直机关文明和谐单位（2009年度）」: the year and the label as issued, nothing composed. */
const honorText = (honor: { year: number; title: string; term: string | null; posthumous?: boolean }) =>
  `${honor.year} ${honorLabel({ title: honor.title, term: honor.term ?? undefined, posthumous: honor.posthumous })}`;

export function unitsCsv(records: UnitRecord[]): string {
  return toCsv(
    ['slug', '名称', '简称', '曾用名', '地区', '系统', '单位类型', '荣誉数', '今天持有称号', '荣誉（年份 称号（届次）：当前状态）', '简介', '网址', '页面', '示例'],
    records.map((r) => [
      r.slug, r.name, r.shortName ?? '', r.formerNames.map((f) => f.name).join('；'), r.region.join('/'), r.sector, r.kind ?? '', r.honors.length,
      r.honors.some((h) => h.holdsToday) ? '是' : '否',
      r.honors.map((h) => `${honorText(h)}：${h.currentStatus ?? '尚未生效'}`).join('；'), r.summary, r.website ?? '', r.url, r.fictional ? '是' : '否',
    ]),
  );
}

export function figuresCsv(records: FigureRecord[]): string {
  return toCsv(
    ['slug', '姓名', '群体', '成员', '已故', '类别', '地区', '职业', '所在单位', '荣誉（年份 称号（届次））', '简介', '页面'],
    records.map((r) => [
      r.slug, r.name, r.group ? '是' : '否', r.members.join('、'), r.deceased ?? '', r.category, r.region.join('/'), r.occupation ?? '',
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
      unit.honors.map((honor) => ({ holderType: 'unit' as const, holder: unit.slug, holderName: unit.name, page: unit.url, posthumous: false, ...honor })),
    ),
    ...figures.flatMap((figure) =>
      figure.honors.map((honor) => ({
        holderType: 'figure' as const,
        holder: figure.slug,
        holderName: figure.name,
        page: figure.url,
        ...honor,
        kind: '表彰' as const,
        document: null,
        currentStatus: honor.revoked?.status ?? null,
        currentSince: honor.revoked?.date ?? null,
        sincePrecision: null,
        derived: false,
        validUntil: null,
        successor: null,
        holdsToday: false,
        fictional: figure.fictional,
        history: honor.revoked ? [{ status: honor.revoked.status, date: honor.revoked.date, note: null, document: honor.revoked.document }] : [],
      })),
    ),
  ].sort((a, b) => a.year - b.year || a.holderName.localeCompare(b.holderName, 'zh-CN'));
}

type HonorRecord = ReturnType<typeof honorRecords>[number];

export function honorsCsv(records: HonorRecord[]): string {
  return toCsv(
    ['类型', '对象slug', '名称', '年份', '授予机关', '级别', '层级', '称号', '届次/年度', '追授', '文号', '当前状态', '状态日期', '有效期至', '状态变更记录', '示例', '页面'],
    records.map((r) => [
      r.holderType === 'unit' ? '单位' : '人物', r.holder, r.holderName, r.year, r.bodyName, r.level, r.tier ?? '', r.title, r.term ?? '', r.posthumous ? '是' : '', r.document ?? '',
      r.currentStatus ?? '', r.currentSince ?? '', r.validUntil ?? '', r.history.map((change) => `${change.date ?? ''} ${change.status}`.trim()).join('；'), r.fictional ? '是' : '', r.page,
    ]),
  );
}

/** A CSV download's response. */
export const csvResponse = (csv: string) => new Response(csv, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
