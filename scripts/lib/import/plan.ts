/**
 * Turns a naming list into a plan: units to create, honors to add to existing units (matched by
 * current or former name), rows already imported. Every row is validated with the site's own
 * schemas first; any problem means no plan is carried out.
 */
import { z } from 'astro/zod';
import { unitHonor } from '../../../src/schemas/shared.ts';
import { UNIT_KINDS, unitSchema } from '../../../src/schemas/units.ts';
import { isCalendarDay } from '../../../src/lib/dates.ts';
import { fieldPath } from '../../../src/lib/errors.ts';
import { collectionDir, displayPath } from '../content-files.ts';
import { entriesOf, loadEntries, type LoadedEntry } from '../load-content.ts';
import { normaliseName, unitsByName } from '../names.ts';
import { PLACEHOLDER } from '../checks/editorial.ts';
import type { HonorDraft, UnitDraft } from '../scaffold.ts';
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
  draft: UnitDraft;
  rows: number[];
}

export interface PlannedAddition {
  entry: LoadedEntry;
  honors: { draft: HonorDraft; rowNumber: number }[];
}

export interface ImportPlan {
  creates: PlannedUnit[];
  additions: PlannedAddition[];
  /** Rows whose honor the unit already has. */
  unchanged: { rowNumber: number; file: string; label: string }[];
  problems: RowProblem[];
}

export interface ImportOptions {
  /** The conferring body when the list has no 授予机关 column. */
  conferredBy?: string | undefined;
  /** The 命名 date when the list has no 命名日期 column. */
  namedOn?: string | undefined;
}

const LEVEL_SYNONYMS: Record<string, string> = {
  国家级: '全国', 全国级: '全国', 中央: '全国', 省: '省级', 省部级: '省级', 市: '市级', 地市级: '市级', 设区市级: '市级',
  县: '区县级', 区: '区县级', 县级: '区县级', 区级: '区县级', 县区级: '区县级', 县市区级: '区县级', 系统: '系统内', 系统级: '系统内',
};

/** The kind of body, guessed from the end of its name when the list does not say. */
const KIND_BY_NAME: ReadonlyArray<readonly [RegExp, (typeof UNIT_KINDS)[number]]> = [
  [/(大学|学院|中学|小学|学校|幼儿园|附中|附小)$/, '学校'],
  [/(医院|卫生院|卫生服务中心)$/, '医院'],
  [/(社区|居委会|居民委员会)$/, '社区'],
  [/(村|村委会|村民委员会)$/, '村'],
  [/(乡|镇)(人民政府)?$/, '乡镇'],
  [/(公司|集团|银行|厂|市场|酒店)$/, '企业'],
  [/(法院|检察院|厅|局|委员会|委|办公室|办|部|政府|街道办事处|街道)$/, '党政机关'],
  [/(中心|馆|站|所|台|报社|杂志社|社|院|团)$/, '事业单位'],
];

export function planImport(root: string, table: Table, options: ImportOptions): ImportPlan {
  const problems: RowProblem[] = table.problems.map((problem) => ({ ...problem }));
  const columns = mapColumns(table.headers);
  problems.push(...columns.problems.map((message) => ({ rowNumber: table.headerRow, message })));
  if (columns.index.conferredBy === undefined && !options.conferredBy) {
    problems.push({ rowNumber: table.headerRow, message: '缺少「授予机关」列：请在表格中加上这一列，或在命令后加 --conferred-by 机关名称' });
  }
  const plan: ImportPlan = { creates: [], additions: [], unchanged: [], problems };
  if (columns.problems.length > 0) return plan;

  const loaded = loadEntries(root);
  const units = entriesOf(loaded.entries, 'units');
  const unitFiles = new Set(units.map((unit) => unit.file));
  const unreadable = loaded.diagnostics.filter((d) => unitFiles.has(d.file));
  if (unreadable.length > 0) {
    problems.push(...unreadable.map((d) => ({ rowNumber: 0, message: `${d.file}:${d.line}: ${d.message}（请先用 npm run check 修正现有单位）` })));
    return plan;
  }
  const byName = unitsByName(units);

  const cell = (cells: string[], column: Column) => {
    const i = columns.index[column];
    return i === undefined ? '' : (cells[i] ?? '').trim();
  };
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

    const namedCell = cell(cells, 'named');
    const named = namedCell ? isoFromCell(namedCell) : options.namedOn;
    if (namedCell && !named) rowProblems.push(`命名日期「${namedCell}」看不懂，请写成 2024-12-20 或 2024年12月20日`);
    const yearCell = cell(cells, 'year');
    const year = yearCell ? Number(yearCell.replace(/年$/, '')) : named ? Number(named.slice(0, 4)) : NaN;
    if (!Number.isInteger(year)) rowProblems.push(yearCell ? `年份「${yearCell}」应为四位数字，例如 2024` : '缺少年份');

    const level = cell(cells, 'level');
    const document = cell(cells, 'document') || undefined;
    const honor: HonorDraft = {
      title: cell(cells, 'title'),
      level: LEVEL_SYNONYMS[level] ?? level,
      conferredBy: cell(cells, 'conferredBy') || options.conferredBy || '',
      term: cell(cells, 'term'),
      year,
      document,
      named: named ?? `${year}-01-01`,
      namedDateNote: named ? undefined : `表格没有命名日期，暂记为 ${year} 年 1 月 1 日，请按命名文件的日期更正。`,
    };
    const honorResult = unitHonor.safeParse({
      title: honor.title, level: honor.level, conferredBy: honor.conferredBy, term: honor.term, year: honor.year,
      ...(document ? { document } : {}), history: [{ status: '命名', date: honor.named }],
    });
    if (!honorResult.success && Number.isInteger(year)) rowProblems.push(...honorResult.error.issues.map((issue) => columnMessage(issue)));

    const key = `${normaliseName(name)}|${honorKey(honor)}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) rowProblems.push(`与第 ${earlier} 行重复（同一单位、同一称号、同一届次），请删除其中一行`);
    else seen.set(key, rowNumber);

    if (rowProblems.length > 0) {
      problems.push(...rowProblems.map((message) => ({ rowNumber, message })));
      continue;
    }

    const label = `${name}：${honor.level}${honor.title}（${honor.term}）`;
    const existing = byName.get(normaliseName(name));
    if (existing) {
      const has = ((existing.data!.honors as Record<string, unknown>[] | undefined) ?? []).some((held) => honorKey(held) === honorKey(honor));
      if (has) {
        plan.unchanged.push({ rowNumber, file: existing.file, label });
        continue;
      }
      const addition = additions.get(existing.file) ?? { entry: existing, honors: [] };
      addition.honors.push({ draft: honor, rowNumber });
      additions.set(existing.file, addition);
      continue;
    }

    const planned = creates.get(normaliseName(name));
    if (planned) {
      planned.draft.honors.push(honor);
      planned.rows.push(rowNumber);
      continue;
    }
    const draft = newUnitDraft(name, cell(cells, 'region'), cell(cells, 'sector'), cell(cells, 'kind'), honor);
    const missing = [!draft.region.length && '地区', !draft.sector && '系统'].filter(Boolean);
    if (missing.length > 0) {
      problems.push({ rowNumber, message: `「${name}」是新单位（按现用名和曾用名都没找到），新建时需要填写${missing.join('和')}` });
      continue;
    }
    const { region, sector, kind, summary } = draft;
    const unitResult = newUnitSchema.safeParse({ name, region, sector, kind, summary, honors: [] });
    const unitIssues = unitResult.success ? [] : unitResult.error.issues.filter((issue) => issue.path[0] !== 'honors');
    if (unitIssues.length > 0) {
      problems.push(...unitIssues.map((issue) => ({ rowNumber, message: columnMessage(issue) })));
      continue;
    }
    const slug = uniqueSlug(slugFromName(name), (candidate) => taken.has(candidate) || existsSync(join(unitsDir, `${candidate}.md`)));
    taken.add(slug);
    creates.set(normaliseName(name), { slug, file: displayPath(root, join(unitsDir, `${slug}.md`)), draft, rows: [rowNumber] });
  }

  plan.creates = [...creates.values()];
  plan.additions = [...additions.values()];
  return plan;
}

/** The same honor is the same title and term in the same year, however the names are spaced or written. */
function honorKey(honor: { title?: unknown; term?: unknown; year?: unknown }): string {
  return [normaliseName(String(honor.title ?? '')), normaliseName(String(honor.term ?? '')), Number(honor.year)].join('|');
}

function newUnitDraft(name: string, regionCell: string, sector: string, kindCell: string, honor: HonorDraft): UnitDraft {
  const guessed = KIND_BY_NAME.find(([pattern]) => pattern.test(name))?.[1] ?? '其他';
  const kind = kindCell || guessed;
  return {
    name,
    region: regionCell.split(/[/／、,，>＞·\s]+/).map((part) => part.trim()).filter(Boolean),
    sector,
    kind,
    kindNote: kindCell ? undefined : `单位类型是导入时根据名称推断的（${guessed}），请核对。`,
    honors: [honor],
    summary: `${PLACEHOLDER}：一句话介绍这个单位的创建特色（${honor.year}年被命名为${honor.level}${honor.title}）`,
    body: `${PLACEHOLDER}：创建事迹。本条目由名单导入生成，请补充这个单位做了什么、带来了什么变化。`,
  };
}

/** A schema issue, said with the spreadsheet column it came from. */
function columnMessage(issue: z.core.$ZodIssue): string {
  const field = String(issue.path[0] ?? '');
  const fromHistory = field === 'history';
  const column = fromHistory ? '命名日期' : (COLUMN_NAMES as Record<string, readonly string[]>)[field]?.[0];
  return `${column ? `「${column}」` : fieldPath(issue.path)}：${issue.message}`;
}

/** 2024-12-20, 2024/12/20, 2024.12.20 or 2024年12月20日 → 2024-12-20 (undefined when unreadable). */
export function isoFromCell(value: string): string | undefined {
  const match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(value.normalize('NFKC').trim());
  if (!match) return undefined;
  const iso = `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
  return isCalendarDay(iso) ? iso : undefined;
}
