/**
 * Dates of things that have happened — a naming, a review, a rename, a photo, a consent, a
 * notice's outcome — cannot lie after the day the site is built for. One written in the future is
 * a typo (2062 for 2026), and the site would publish it as fact. Lectures, exhibitions and notice
 * windows may of course be announced ahead, so they are not listed here.
 */
import type { Collection } from '../schemas/context.ts';
import type { Issue } from './errors.ts';

interface EventField {
  /** Dotted path where `*` walks a list. */
  path: string;
  /** A day (YYYY-MM-DD) or a year (a number). */
  kind: 'day' | 'year';
  /** What the value is, for the message; `parent` is the object that holds it. */
  label: (parent: Record<string, unknown>) => string;
}

const fixed = (label: string) => () => label;

const EVENT_FIELDS: Record<Collection, readonly EventField[]> = {
  units: [
    { path: 'honors.*.history.*.date', kind: 'day', label: (change) => `状态记录「${String(change.status ?? '')}」的日期` },
    { path: 'honors.*.year', kind: 'year', label: fixed('荣誉的年份') },
    { path: 'formerNames.*.until', kind: 'day', label: fixed('曾用名的停用日期') },
  ],
  figures: [
    { path: 'honors.*.year', kind: 'year', label: fixed('荣誉的年份') },
    { path: 'consent.date', kind: 'day', label: fixed('发布同意的日期') },
  ],
  exhibitions: [{ path: 'photos.*.date', kind: 'day', label: fixed('拍摄日期') }],
  notices: [{ path: 'outcome.date', kind: 'day', label: fixed('公示结果的决定日期') }],
  lectures: [],
};

/** Every value at a dotted path where `*` walks a list, with its concrete path and the object holding it. */
function* valuesAt(data: unknown, path: readonly string[], prefix: (string | number)[] = []): Generator<[(string | number)[], unknown, Record<string, unknown>]> {
  const [head, ...rest] = path;
  if (head === undefined || !data || typeof data !== 'object') return;
  if (head === '*') {
    if (Array.isArray(data)) for (const [i, item] of data.entries()) yield* valuesAt(item, rest, [...prefix, i]);
    return;
  }
  const value = (data as Record<string, unknown>)[head];
  if (rest.length === 0) yield [[...prefix, head], value, data as Record<string, unknown>];
  else yield* valuesAt(value, rest, [...prefix, head]);
}

/** YAML hands an unquoted date over as a Date; both forms are read as the day written. */
const dayOf = (value: unknown): string | undefined => {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
};

/** Event dates after `today` (YYYY-MM-DD) in an entry's data, with their field paths. */
export function findFutureEvents(collection: Collection, data: Record<string, unknown>, today: string): Issue[] {
  const issues: Issue[] = [];
  for (const field of EVENT_FIELDS[collection]) {
    for (const [path, value, parent] of valuesAt(data, field.path.split('.'))) {
      if (field.kind === 'year') {
        if (typeof value === 'number' && value > Number(today.slice(0, 4))) {
          issues.push({ path, message: `${field.label(parent)} ${value} 晚于今年（${today.slice(0, 4)}）：只能记已经发生的事` });
        }
        continue;
      }
      const day = dayOf(value);
      if (day && day > today) issues.push({ path, message: `${field.label(parent)} ${day} 晚于今天（${today}）：只能记已经发生的事` });
    }
  }
  return issues;
}

export const FUTURE_EVENT_HINT = '检查年份、月份是否写错；还没有发生的命名、复查、更名等，等发生后再记录';
