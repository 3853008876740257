/**
 * Turns a naming list into a plan: units to create, honors to add to existing units (matched by
 * current or former name), rows already imported, and rows that disagree with what a unit's file
 * says. Every row is validated with the site's own schemas first; any problem means no plan is
 * carried out.
 *
 * The import writes only what the list says. The conferring body is one declared in
 * content/bodies/ (the 授予机关 column or `--body` names it by file name, full name, short name
 * or document prefix); the title must be one it confers and the term in its form; a 级别 column,
 * if any, must agree with the body's level, which is never written. An honor is identified by its
 * unit, body, title and term: a row that differs in any of them is another honor, added beside the
 * others (a 市级 honor never replaces a 省级 one). A row that matches an honor but differs in its
 * document number or naming date is a conflict: reported, and changed only with `--update`.
 * Nothing is invented: no naming date without one in the list or `--date`, no kind of body the
 * list does not give, no story; a new unit's summary is composed from the honor alone.
 */
import type { z } from 'astro/zod';
import { unitSchema } from '../../../src/schemas/units.ts';
import { honorProblems } from '../../../src/lib/honors/validate.ts';
import { loadBodies, type LoadedBody } from '../checks/honors.ts';
import { isCalendarDay } from '../../../src/lib/dates.ts';
import { isDraft } from '../../../src/lib/drafts.ts';
import { fieldPath } from '../../../src/lib/errors.ts';
import { collectionDir, displayPath } from '../content-files.ts';
import { entriesOf, loadEntries, type LoadedEntry } from '../load-content.ts';
import { normaliseName, unitsByName } from '../names.ts';
import type { NewHonor, NewUnit } from '../scaffold.ts';
import { standInHelpers } from '../schemas.ts';
import { slugFromName, uniqueSlug } from '../slugify.ts';
import { COLUMN_NAMES, mapColumns, type Column } from './columns.ts';
import type { Table } from './read-table.ts';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export interface RowProblem {
  /** 0 for problems with the file as a whole (its columns). */
  rowNumber: number;
  message: string;
}

export interface PlannedUnit {
  slug: string;
  file: string;
  unit: NewUnit;
  rows: number[];
}

/** A field of an honor as the list and the unit's file have it. */
export interface HonorDifference {
  field: 'document' | 'named';
  /** The column's name, for the report. */
  label: string;
  now: string | number | undefined;
  list: string | number;
}

/** A row that names an honor the unit has, with values that differ from the file's. */
export interface Conflict {
  rowNumber: number;
  entry: LoadedEntry;
  /** The honor's place in the unit's `honors`. */
  honorIndex: number;
  title: string;
  term: string | undefined;
  differences: HonorDifference[];
}

export interface PlannedAddition {
  entry: LoadedEntry;
  honors: { honor: NewHonor; rowNumber: number }[];
}

export interface ImportPlan {
  creates: PlannedUnit[];
  additions: PlannedAddition[];
  conflicts: Conflict[];
  /** Rows whose honor the unit already has, as the list says it. */
  unchanged: { rowNumber: number; file: string; label: string }[];
  /** Worth a look, never an error: e.g. an honor like one the unit has, from a body written otherwise. */
  notes: string[];
  problems: RowProblem[];
}

export interface ImportOptions {
  /** The conferring body (file name, name, short name or document prefix) when the list has no 授予机关 column. */
  body?: string | undefined;
  /** The 命名 date for rows the list gives none. */
  namedOn?: string | undefined;
  /** The build day: a naming after it is a typo. */
  today: string;
}

const LEVEL_SYNONYMS: Record<string, string> = {
  国家级: '全国', 全国级: '全国', 中央: '全国', 省: '省级', 省部级: '省级', 市: '市级', 地市级: '市级', 设区市级: '市级',
  县: '区县级', 区: '区县级', 县级: '区县级', 区级: '区县级', 县区级: '区县级', 县市区级: '区县级',
};

/** A body by any name an office writes it with: its file name, full name, short name or document prefix. */
export function bodyFinder(bodies: ReadonlyMap<string, LoadedBody>): (written: string) => LoadedBody | undefined {
  const byName = new Map<string, LoadedBody>();
  for (const body of bodies.values()) {
    for (const name of [body.slug, body.data.name, body.data.shortName, body.data.docPrefix]) if (name && !byName.has(normaliseName(name))) byName.set(normaliseName(name), body);
  }
  return (written) => byName.get(normaliseName(written));
}

/** 「shanxi-shengzhi（山西省直机关精神文明建设委员会）、…」 for messages. */
export const bodyList = (bodies: ReadonlyMap<string, LoadedBody>) => [...bodies.values()].map((body) => `${body.slug}（${body.data.name}）`).join('、');

const FULL_WIDTH_ALNUM = /[０-９Ａ-Ｚａ-ｚ]/g;
const CJK = '[\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef]';
const SPACE_BETWEEN_CJK = new RegExp(`(?<=${CJK})\\s+|\\s+(?=${CJK})`, 'g');

/**
 * The site's units an import adds to, or undefined with the problems that stop it: an existing
 * unit file that does not read must be fixed first (both importers write into those files).
 */
export function unitsToImportInto(root: string, problems: RowProblem[]): LoadedEntry[] | undefined {
  const loaded = loadEntries(root);
  const units = entriesOf(loaded.entries, 'units');
  const unitFiles = new Set(units.map((unit) => unit.file));
  const unreadable = loaded.diagnostics.filter((d) => unitFiles.has(d.file));
  if (unreadable.length === 0) return units;
  problems.push(...unreadable.map((d) => ({ rowNumber: 0, message: `${d.file}:${d.line}: ${d.message}（请先用 npm run check 修正现有单位）` })));
  return undefined;
}

/** One column of a row, cleaned (cleanCell); empty where the list has no such column. */
export function cellReader(index: Partial<Record<Column, number>>) {
  return (cells: string[], column: Column) => {
    const i = index[column];
    return i === undefined ? '' : cleanCell(cells[i] ?? '');
  };
}

/**
 * A cell as it was meant: full-width digits and letters made half-width (「２０２５」), the
 * ideographic space a space, and no space next to a Chinese character (「省 级」, 「测试市 第一中学」).
 * Full-width punctuation stays: （） and 〔〕 are right in names and document numbers.
 */
export function cleanCell(value: string): string {
  return value
    .replace(FULL_WIDTH_ALNUM, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .trim()
    .replace(/\s+/g, ' ')
    .replace(SPACE_BETWEEN_CJK, '');
}

export function planImport(root: string, table: Table, options: ImportOptions): ImportPlan {
  const problems: RowProblem[] = table.problems.map((problem) => ({ ...problem }));
  const columns = mapColumns(table.headers);
  problems.push(...columns.problems.map((message) => ({ rowNumber: table.headerRow, message })));
  if (columns.index.conferredBy === undefined && !options.body) {
    problems.push({ rowNumber: table.headerRow, message: '缺少「授予机关」列：请在表格中加上这一列，或在命令后加 --body 机关文件名（content/bodies/ 下的文件名）' });
  }
  if (columns.index.named === undefined && !options.namedOn) {
    problems.push({ rowNumber: table.headerRow, message: '缺少「命名日期」列：请在表格中加上这一列，或在命令后加 --date YYYY-MM-DD（命名文件的日期，对所有行有效）。导入不会替你猜日期' });
  }
  const bodies = loadBodies(root);
  const findBody = bodyFinder(bodies.valid);
  if (bodies.diagnostics.length > 0) {
    problems.push(...bodies.diagnostics.map((d) => ({ rowNumber: 0, message: `${d.file}:${d.line}: ${d.message}（请先用 npm run check 修正授予机关文件）` })));
  }
  if (options.body && !findBody(options.body)) {
    problems.push({ rowNumber: 0, message: `--body「${options.body}」不是已登记的授予机关。可用的有：${bodyList(bodies.valid) || '（content/bodies/ 下还没有机关文件）'}` });
  }
  const plan: ImportPlan = { creates: [], additions: [], conflicts: [], unchanged: [], notes: [], problems };
  if (problems.some((problem) => problem.rowNumber === table.headerRow || problem.rowNumber === 0)) return plan;

  const units = unitsToImportInto(root, problems);
  if (!units) return plan;
  const byName = unitsByName(units);

  const cell = cellReader(columns.index);
  const seen = new Map<string, number>();
  const creates = new Map<string, PlannedUnit>();
  const additions = new Map<string, PlannedAddition>();
  const taken = new Set(units.map((unit) => unit.id));
  const unitsDir = collectionDir(root, 'units');
  // Checks a new unit's own fields (its honors are checked row by row, with unitHonor).
  const newUnitSchema = unitSchema(standInHelpers(join(unitsDir, 'new.md')));

  for (const { rowNumber, cells } of table.rows) {
    const rowProblems: string[] = [];
    if (cells.length > table.headers.length && cells.slice(table.headers.length).some((value) => value.trim() !== '')) {
      rowProblems.push(`这一行有 ${cells.length} 列，比表头多（表头 ${table.headers.length} 列）：可能是单元格里有没加引号的逗号`);
    }
    const name = cell(cells, 'name');
    if (!name) rowProblems.push('缺少单位名称');

    // The day of the 命名: the list's, else --date. A 年份 column is the honor's year (a 2018年度
    // title may be named in January 2019), never a naming date: it is only checked to be a year.
    const namedCell = cell(cells, 'named');
    const named = namedCell ? isoFromCell(namedCell) : options.namedOn;
    if (namedCell && !named) rowProblems.push(`命名日期「${namedCell}」看不懂，请写成 2024-12-20 或 2024年12月20日`);
    else if (!named) rowProblems.push('命名日期是空的：请按命名文件补上，或在命令后加 --date YYYY-MM-DD（对没有日期的行有效）');
    else if (named > options.today) rowProblems.push(`命名日期 ${named} 晚于今天（${options.today}）：请检查年份和月份`);
    const yearCell = cell(cells, 'year');
    if (yearCell && !/^\d{4}年?$/.test(yearCell)) rowProblems.push(`年份「${yearCell}」应为四位数字，例如 2024`);

    const bodyCell = cell(cells, 'conferredBy') || options.body || '';
    const body = bodyCell ? findBody(bodyCell) : undefined;
    if (!body) rowProblems.push(`「授予机关」「${bodyCell}」不是已登记的授予机关：写 content/bodies/ 下机关文件的文件名、全称、简称或机关代字。已登记的有：${bodyList(bodies.valid) || '（还没有）'}；新的机关先在 content/bodies/ 建文件`);
    const levelCell = cell(cells, 'level');
    const level = LEVEL_SYNONYMS[levelCell] ?? levelCell;
    if (body && levelCell && level !== body.data.level) {
      rowProblems.push(`「级别」「${levelCell}」与授予机关${body.data.name}的级别「${body.data.level}」不一致：级别由授予机关决定，不会写入单位文件，请核对授予机关或删掉这一列`);
    }
    const document = cell(cells, 'document') || undefined;
    const term = cell(cells, 'term') || undefined;
    const honor: NewHonor = { body: body?.slug ?? bodyCell, title: cell(cells, 'title'), term, document, named: named ?? '' };
    if (!honor.title) rowProblems.push('缺少荣誉称号');
    if (body && named && honor.title) {
      for (const problem of honorProblems({ title: honor.title, term, history: [{ status: '命名', date: named, document }] }, body.data, body.file)) {
        const column = problem.path[0] === 'term' ? '届次/年度' : problem.path[0] === 'title' ? '荣誉称号' : '命名日期';
        rowProblems.push(`「${column}」：${problem.message}`);
      }
    }
    const year = named ? Number(named.slice(0, 4)) : 0;

    const key = `${normaliseName(name)}|${honorKey(honor)}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) rowProblems.push(`与第 ${earlier} 行重复（同一单位、同一授予机关、同一称号、同一届次），请删除其中一行`);
    else seen.set(key, rowNumber);

    if (rowProblems.length > 0) {
      problems.push(...rowProblems.map((message) => ({ rowNumber, message })));
      continue;
    }

    const label = `${name}「${honor.title}」（${honor.term ?? body!.data.name}）`;
    const existing = byName.get(normaliseName(name));
    if (existing) {
      const held = (existing.data!.honors as Record<string, unknown>[] | undefined) ?? [];
      const index = held.findIndex((other) => honorKey(other) === honorKey(honor));
      if (index >= 0) {
        const differences = differencesFrom(held[index]!, honor);
        if (differences.length === 0) plan.unchanged.push({ rowNumber, file: existing.file, label });
        else plan.conflicts.push({ rowNumber, entry: existing, honorIndex: index, title: honor.title, term: honor.term, differences });
        continue;
      }
      // The same title and term from another body of the same level may be one honor entered twice.
      const lookalike = held.find((other) => {
        const otherBody = bodies.valid.get(String(other.body ?? ''));
        return otherBody?.data.level === body!.data.level && normaliseName(String(other.title ?? '')) === normaliseName(honor.title) && normaliseName(String(other.term ?? '')) === normaliseName(honor.term ?? '');
      });
      if (lookalike) {
        plan.notes.push(
          `第 ${rowNumber} 行：${existing.file} 已有「${honor.title}」（${honor.term ?? ''}），授予机关是 ${String(lookalike.body)}，表格是 ${honor.body}，已作为另一项荣誉添加。如果其实是同一次命名，请在文件里删掉多出的一项`,
        );
      }
      if (isDraft(existing.data) && !additions.has(existing.file)) {
        plan.notes.push(`${existing.file} 是草稿（draft: true），第 ${rowNumber} 行的荣誉要等它写完、删除 draft: true 后才会在网站上显示`);
      }
      const addition = additions.get(existing.file) ?? { entry: existing, honors: [] };
      addition.honors.push({ honor, rowNumber });
      additions.set(existing.file, addition);
      continue;
    }

    const planned = creates.get(normaliseName(name));
    if (planned) {
      planned.unit.honors.push(honor);
      planned.rows.push(rowNumber);
      continue;
    }
    const unit = newUnitFromRow(name, cell(cells, 'region'), cell(cells, 'sector'), cell(cells, 'kind'), honor, body!.data.name, year);
    const missing = [!unit.region.length && '地区', !unit.sector && '系统'].filter(Boolean);
    if (missing.length > 0) {
      problems.push({ rowNumber, message: `「${name}」是新单位（按现用名和曾用名都没找到），新建时需要填写${missing.join('和')}` });
      continue;
    }
    const { region, sector, kind, summary } = unit;
    const unitResult = newUnitSchema.safeParse({ name, region, sector, ...(kind ? { kind } : {}), summary, honors: [] });
    const unitIssues = unitResult.success ? [] : unitResult.error.issues.filter((issue) => issue.path[0] !== 'honors');
    if (unitIssues.length > 0) {
      problems.push(...unitIssues.map((issue) => ({ rowNumber, message: columnMessage(issue) })));
      continue;
    }
    const slug = uniqueSlug(slugFromName(name), (candidate) => taken.has(candidate) || existsSync(join(unitsDir, `${candidate}.md`)));
    taken.add(slug);
    creates.set(normaliseName(name), { slug, file: displayPath(root, join(unitsDir, `${slug}.md`)), unit, rows: [rowNumber] });
  }

  plan.creates = [...creates.values()];
  plan.additions = [...additions.values()];
  return plan;
}

/** One honor is one unit's honor from one conferring body, with one title, for one term, however the names are spaced or written. */
function honorKey(honor: { body?: unknown; title?: unknown; term?: unknown }): string {
  return [honor.body, honor.title, honor.term].map((part) => normaliseName(String(part ?? ''))).join('|');
}

/** A day as YAML hands it over (a Date when unquoted) or as written. */
const dayText = (value: unknown): string | undefined => (value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'string' ? value : undefined);

/** Where the list says otherwise than the unit's file about the same honor. */
function differencesFrom(held: Record<string, unknown>, honor: NewHonor): HonorDifference[] {
  const history = Array.isArray(held.history) ? (held.history as Record<string, unknown>[]) : [];
  const naming = history[0]?.status === '命名' ? history[0] : undefined;
  const differences: HonorDifference[] = [];
  if (honor.document && normaliseName(String(naming?.document ?? '')) !== normaliseName(honor.document)) {
    differences.push({ field: 'document', label: '文号', now: naming?.document as string | undefined, list: honor.document });
  }
  if (naming && dayText(naming.date) !== honor.named) differences.push({ field: 'named', label: '命名日期', now: dayText(naming.date), list: honor.named });
  return differences;
}

/** The one sentence an imported unit starts with: what the list says of it, and no more. */
export function summaryFromHonor(honor: NewHonor, bodyName: string, year: number): string {
  return `${year}年被${bodyName}命名为${honor.title}${honor.term ? `（${honor.term}）` : ''}。`;
}

function newUnitFromRow(name: string, regionCell: string, sector: string, kind: string, honor: NewHonor, bodyName: string, year: number): NewUnit {
  return {
    draft: false,
    name,
    region: regionCell.split(/[/／、,，>＞·\s]+/).map((part) => part.trim()).filter(Boolean),
    sector,
    kind: kind || undefined,
    honors: [honor],
    summary: summaryFromHonor(honor, bodyName, year),
    body: '',
  };
}

/** A schema issue, said with the spreadsheet column it came from. */
function columnMessage(issue: z.core.$ZodIssue): string {
  const field = String(issue.path[0] ?? '');
  const fromHistory = field === 'history';
  const column = fromHistory ? '命名日期' : (COLUMN_NAMES as Record<string, readonly string[]>)[field]?.[0];
  return `${column ? `「${column}」` : fieldPath(issue.path)}：${issue.message}`;
}

/** Excel counts days from 1899-12-30; a date cell saved without its date format reads as that count. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/**
 * 2024-12-20, 2024/12/20, 2024.12.20, 2024年12月20日 (full-width digits too), or an Excel day
 * number such as 45646 → 2024-12-20; undefined when unreadable.
 */
export function isoFromCell(value: string): string | undefined {
  const text = value.normalize('NFKC').trim();
  if (/^[2-6]\d{4}$/.test(text)) return new Date(EXCEL_EPOCH + Number(text) * 86_400_000).toISOString().slice(0, 10);
  const match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text);
  if (!match) return undefined;
  const iso = `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
  return isCalendarDay(iso) ? iso : undefined;
}
