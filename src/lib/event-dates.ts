/**
 * Dates of things that have happened — a naming, a review, a rename, a photo, a consent, a
 * notice's outcome — cannot lie after the day the site is built for. One written in the future is
 * a typo (2062 for 2026), and the site would publish it as fact. Each content type lists its
 * such fields (`events` in src/registry/); lectures, exhibitions and notice windows may of course
 * be announced ahead, so they are not among them.
 */
import { contentType, type CollectionName } from '../registry/index.ts';
import type { Issue } from './errors.ts';

export interface EventField {
  /** Dotted path where `*` walks a list. */
  path: string;
  /** A date (YYYY-MM-DD, or as imprecise as YYYY-MM or YYYY) or a year (a number). */
  kind: 'day' | 'year';
  /** What the value is, for the message; `parent` is the object that holds it. */
  label: (parent: Record<string, unknown>) => string;
}

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

/**
 * YAML hands an unquoted date over as a Date and a bare year as a number; each is read as written.
 * An imprecise date (2008, 2003-11) is in the future only when its whole period is.
 */
const dayOf = (value: unknown): string | undefined => {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  const text = typeof value === 'number' ? String(value) : value;
  if (typeof text !== 'string' || !/^\d{4}(-\d{2}){0,2}$/.test(text)) return undefined;
  return text.length === 10 ? text : `${text}${text.length === 7 ? '-01' : '-01-01'}`;
};

/** Event dates after `today` (YYYY-MM-DD) in an entry's data, with their field paths. */
export function findFutureEvents(collection: CollectionName, data: Record<string, unknown>, today: string): Issue[] {
  const issues: Issue[] = [];
  for (const field of contentType(collection).events) {
    for (const [path, value, parent] of valuesAt(data, field.path.split('.'))) {
      if (field.kind === 'year') {
        if (typeof value === 'number' && value > Number(today.slice(0, 4))) {
          issues.push({ path, message: `${field.label(parent)} ${value} 晚于今年（${today.slice(0, 4)}）：只能记已经发生的事` });
        }
        continue;
      }
      const day = dayOf(value);
      if (day && day > today) issues.push({ path, message: `${field.label(parent)} ${value instanceof Date ? day : String(value)} 晚于今天（${today}）：只能记已经发生的事` });
    }
  }
  return issues;
}

export const FUTURE_EVENT_HINT = '检查年份、月份是否写错；还没有发生的命名、复查、更名等，等发生后再记录';
