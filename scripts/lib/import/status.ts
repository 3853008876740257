/**
 * The other lists an office issues besides a naming list: units retained on review (复查保留),
 * warned (黄牌警告), restored (恢复), revoked (摘牌 / 撤销) or whose title is cancelled (取消).
 * Each row adds one decision to the history of the unit's honor from the given body.
 *
 * Every row is checked first, with the site's own rules (the transition allowed after the honor's
 * last status, the body's validity and grace): on any problem nothing is written. A row whose
 * decision the honor already records (same status, same date) is left as it is, so importing a
 * list twice changes nothing. The file is edited by inserting text after the honor's last history
 * entry, and the result is read back to make sure nothing else changed.
 */
import { isDeepStrictEqual } from 'node:util';
import { writeFileSync } from 'node:fs';
import { isMap, isSeq, parseDocument } from 'yaml';
import { historyProblems, type HonorEvent } from '../../../src/lib/honors/state.ts';
import { WRITTEN_STATUSES, type WrittenStatus } from '../../../src/lib/honors/statuses.ts';
import { ruleOf } from '../../../src/lib/honors/validate.ts';
import { partialDateText } from '../../../src/lib/honors/partial-dates.ts';
import { fail } from '../cli.ts';
import { frontmatterSpan, parseSource } from '../frontmatter.ts';
import type { LoadedEntry } from '../load-content.ts';
import { normaliseName, unitsByName } from '../names.ts';
import { loadBodies } from '../checks/honors.ts';
import { inline } from '../yaml-text.ts';
import { mapColumns } from './columns.ts';
import { bodyFinder, bodyList, cellReader, isoFromCell, unitsToImportInto, type RowProblem } from './plan.ts';
import type { Table } from './read-table.ts';

/** The statuses a list can add (命名 is a naming list: npm run import -- units). */
export const LIST_STATUSES: readonly WrittenStatus[] = WRITTEN_STATUSES.filter((status) => status !== '命名');

export interface StatusOptions {
  status: string;
  /** The body whose honors the list concerns (file name, name, short name or document prefix). */
  body: string | undefined;
  /** The decision's day, for rows without a 日期. */
  date: string | undefined;
  document?: string | undefined;
  /** The build day: a decision after it is a typo. */
  today: string;
}

export interface StatusAddition {
  rowNumber: number;
  entry: LoadedEntry;
  honorIndex: number;
  /** 「山西省直机关文明和谐单位」（2009年度） */
  label: string;
  event: HonorEvent;
}

export interface StatusPlan {
  additions: StatusAddition[];
  unchanged: { rowNumber: number; file: string; label: string }[];
  problems: RowProblem[];
}

interface WrittenHonor {
  body?: unknown;
  title?: unknown;
  term?: unknown;
  history?: { status?: unknown; date?: unknown; document?: unknown; note?: unknown }[];
}

/** An honor's history as the derivation reads it, from the file's data (YAML may give Dates and numbers). */
const historyOf = (honor: WrittenHonor): HonorEvent[] =>
  (honor.history ?? []).map((change) => ({ status: change.status as WrittenStatus, date: partialDateText(change.date), document: typeof change.document === 'string' ? change.document : undefined }));

const labelOf = (honor: WrittenHonor) => `「${String(honor.title)}」${honor.term ? `（${String(honor.term)}）` : ''}`;

export function planStatusImport(root: string, table: Table, options: StatusOptions): StatusPlan {
  const problems: RowProblem[] = table.problems.map((problem) => ({ ...problem }));
  const plan: StatusPlan = { additions: [], unchanged: [], problems };
  const status = options.status as WrittenStatus;
  if (!LIST_STATUSES.includes(status)) problems.push({ rowNumber: 0, message: `--status「${options.status}」无效，可选：${LIST_STATUSES.join('、')}（命名名单请用 npm run import -- units）` });
  const bodies = loadBodies(root);
  const body = options.body ? bodyFinder(bodies.valid)(options.body) : undefined;
  if (!body) problems.push({ rowNumber: 0, message: `${options.body ? `--body「${options.body}」不是已登记的授予机关` : '缺少 --body：写这份名单所涉称号的授予机关'}。可用的有：${bodyList(bodies.valid) || '（content/bodies/ 下还没有机关文件）'}` });
  const columns = mapColumns(table.headers, ['name']);
  problems.push(...columns.problems.map((message) => ({ rowNumber: table.headerRow, message })));
  if (columns.index.named === undefined && !options.date) problems.push({ rowNumber: table.headerRow, message: '缺少日期：在命令后加 --date YYYY-MM-DD（决定的日期，对所有行有效），或在表格中加「日期」列' });
  if (problems.length > 0) return plan;

  const units = unitsToImportInto(root, problems);
  if (!units) return plan;
  const byName = unitsByName(units);
  const cell = cellReader(columns.index);
  // Rows of one file add to the same history: each sees the entries planned before it.
  const planned = new Map<string, HonorEvent[]>();

  for (const { rowNumber, cells } of table.rows) {
    const rowProblem = (message: string) => problems.push({ rowNumber, message });
    const name = cell(cells, 'name');
    if (!name) {
      rowProblem('缺少单位名称');
      continue;
    }
    const dateCell = cell(cells, 'named');
    const date = dateCell ? isoFromCell(dateCell) : options.date;
    if (!date) {
      rowProblem(`日期「${dateCell}」看不懂，请写成 2024-12-20 或 2024年12月20日`);
      continue;
    }
    if (date > options.today) {
      rowProblem(`日期 ${date} 晚于今天（${options.today}）：请检查年份和月份`);
      continue;
    }
    const unit = byName.get(normaliseName(name));
    if (!unit) {
      rowProblem(`没有找到单位「${name}」（按现用名和曾用名）：先用 npm run import -- units 导入它的命名，或核对名称`);
      continue;
    }
    const title = cell(cells, 'title');
    const term = cell(cells, 'term');
    const honors = ((unit.data!.honors as WrittenHonor[] | undefined) ?? [])
      .map((honor, index) => ({ honor, index }))
      .filter(({ honor }) => String(honor.body) === body!.slug)
      .filter(({ honor }) => !title || normaliseName(String(honor.title)) === normaliseName(title))
      .filter(({ honor }) => !term || normaliseName(String(honor.term ?? '')) === normaliseName(term));
    if (honors.length === 0) {
      rowProblem(`${unit.file} 没有${body!.data.name}授予的${title ? `「${title}」` : '称号'}${term ? `（${term}）` : ''}：核对单位名称、称号和届次`);
      continue;
    }
    const event: HonorEvent = { status, date, ...(cell(cells, 'document') || options.document ? { document: cell(cells, 'document') || options.document } : {}), ...(cell(cells, 'note') ? { note: cell(cells, 'note') } : {}) };
    const rule = (honor: WrittenHonor) => ruleOf(body!.data, String(honor.title));
    const key = (index: number) => `${unit.file}#${index}`;
    const history = (index: number, honor: WrittenHonor) => planned.get(key(index)) ?? historyOf(honor);
    // Already recorded: same status on the same day.
    const recorded = honors.find(({ honor, index }) => history(index, honor).some((change) => change.status === status && change.date === date));
    if (recorded) {
      plan.unchanged.push({ rowNumber, file: unit.file, label: `${String(unit.data!.name)}${labelOf(recorded.honor)}${status} ${date}` });
      continue;
    }
    // The honor this decision can follow under the rules; two such need the 称号/届次 columns.
    const fits = honors.map(({ honor, index }) => ({ honor, index, problems: historyProblems({ term: honor.term as string | undefined, history: [...history(index, honor), event] }, rule(honor)) }));
    const sound = fits.filter((fit) => fit.problems.length === 0);
    if (sound.length > 1) {
      rowProblem(`${unit.file} 有 ${sound.length} 项${body!.data.name}授予的称号都可以记这一条（${sound.map(({ honor }) => labelOf(honor)).join('、')}）：请在表格里加「荣誉称号」或「届次/年度」列说明是哪一项`);
      continue;
    }
    if (sound.length === 0) {
      const fit = fits.at(-1)!;
      const last = fit.problems.at(-1)!;
      rowProblem(`${unit.file} 的${labelOf(fit.honor)}不能记「${status} ${date}」：${last.message}${last.hint ? ` — ${last.hint}` : ''}`);
      continue;
    }
    const { honor, index } = sound[0]!;
    planned.set(key(index), [...history(index, honor), event]);
    plan.additions.push({ rowNumber, entry: unit, honorIndex: index, label: `${String(unit.data!.name)}${labelOf(honor)}`, event });
  }
  return plan;
}

/** One history entry as YAML lines, indented as the list's other items. */
function entryLines(event: HonorEvent, dash: string): string {
  const pad = `${dash.replace('-', ' ')}`;
  const lines = [`${dash}status: ${event.status}`, `${pad}date: ${event.date}`];
  if (event.document) lines.push(`${pad}document: ${inline(event.document)}`);
  if (event.note) lines.push(`${pad}note: ${inline(event.note)}`);
  return lines.join('\n');
}

/** The unit's text with entries appended to the given honors' histories, nothing else changed. */
export function withHistoryEntries(source: string, additions: readonly { honorIndex: number; event: HonorEvent }[], file: string): string {
  const span = frontmatterSpan(source);
  const yamlText = source.slice(span.start, span.end);
  const doc = parseDocument(yamlText);
  const honors = isMap(doc.contents) ? doc.contents.get('honors', true) : undefined;
  // Texts to insert, by offset; two entries for one honor go in list order at the same place.
  const inserts = new Map<number, string>();
  const expected = structuredClone(parseSource(source).data) as { honors: { history: Record<string, unknown>[] }[] };
  for (const { honorIndex, event } of additions) {
    const honor = isSeq(honors) ? honors.items[honorIndex] : undefined;
    const history = isMap(honor) ? honor.get('history', true) : undefined;
    if (!isSeq(history) || history.flow || history.items.length === 0 || !history.range) fail(`${file} 第 ${honorIndex + 1} 项荣誉的 history 不是常规的列表写法，无法自动添加，请手工添加`);
    const first = history.items[0] as { range?: [number, number, number] };
    const lineStart = yamlText.lastIndexOf('\n', first.range![0] - 1) + 1;
    // The dash and the key after it, as the file writes them: `      - `.
    const dash = yamlText.slice(lineStart, first.range![0]);
    const lastItem = history.items.at(-1) as { range?: [number, number, number] };
    const end = lastItem.range![1];
    const lineEnd = yamlText.indexOf('\n', end - 1);
    const at = lineEnd === -1 ? yamlText.length : lineEnd + 1;
    inserts.set(at, `${inserts.get(at) ?? ''}${entryLines(event, dash)}\n`);
    expected.honors[honorIndex]!.history.push({
      status: event.status,
      date: /^\d{4}-\d{2}-\d{2}$/.test(event.date!) ? new Date(`${event.date}T00:00:00Z`) : event.date,
      ...(event.document ? { document: event.document } : {}),
      ...(event.note ? { note: event.note } : {}),
    });
  }
  let updated = yamlText;
  for (const [at, text] of [...inserts].sort((a, b) => b[0] - a[0])) {
    const before = updated.slice(0, at);
    updated = `${before}${before.endsWith('\n') ? '' : '\n'}${text}${updated.slice(at)}`;
  }
  const result = source.slice(0, span.start) + updated + source.slice(span.end);
  if (!isDeepStrictEqual(parseSource(result).data, expected)) {
    fail(`自动添加状态记录到 ${file} 时结果不对，已停止，没有写入任何文件。请手工添加，并把这个文件发给技术人员排查`);
  }
  return result;
}

/** Writes every addition (all files prepared first); returns the files written. */
export function applyStatusPlan(plan: StatusPlan): string[] {
  const byFile = new Map<string, { entry: LoadedEntry; additions: StatusAddition[] }>();
  for (const addition of plan.additions) {
    const group = byFile.get(addition.entry.absPath) ?? { entry: addition.entry, additions: [] };
    group.additions.push(addition);
    byFile.set(addition.entry.absPath, group);
  }
  const outputs = [...byFile].map(([path, { entry, additions }]) => [path, withHistoryEntries(entry.text, additions, entry.file)] as const);
  for (const [path, text] of outputs) writeFileSync(path, text);
  return outputs.map(([path]) => path);
}

