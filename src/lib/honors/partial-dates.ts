/**
 * Dates as documents give them: a day (2009-12-28), a month (2003-11) or only a year (2008).
 * The seeds often know no more than that (「2003年11月创建成为市级最佳文明单位」, 「2008年创建为
 * 自治区级文明单位」), and the site must not invent the rest.
 *
 * A partial date stands for the whole period it names. When a title's existence is claimed from
 * it, the claim starts on the period's last day (a title is never said to exist before it surely
 * did), so every rule here reads an imprecise date as its last day.
 */

export type Precision = 'day' | 'month' | 'year';

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function precisionOf(value: string): Precision {
  const match = PARTIAL_DATE.exec(value);
  if (!match) throw new Error(`「${value}」不是日期`);
  return match[3] ? 'day' : match[2] ? 'month' : 'year';
}

/** Whether the text is a partial date that exists (no month 13, no 2009-02-30). */
export function isPartialDate(value: string): boolean {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return false;
  const [, , month, day] = match;
  if (month && (Number(month) < 1 || Number(month) > 12)) return false;
  if (day) {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  }
  return true;
}

/** The last day of the period a partial date names: 2008 → 2008-12-31, 2003-11 → 2003-11-30. */
export function lastDayOf(value: string): string {
  const match = PARTIAL_DATE.exec(value)!;
  const [, year, month, day] = match;
  if (day) return value;
  if (!month) return `${year}-12-31`;
  const last = new Date(Date.UTC(Number(year), Number(month), 0));
  return last.toISOString().slice(0, 10);
}

/** The first day of that period: 2008 → 2008-01-01. */
export function firstDayOf(value: string): string {
  const match = PARTIAL_DATE.exec(value)!;
  const [, year, month, day] = match;
  return `${year}-${month ?? '01'}-${day ?? '01'}`;
}

/** The year a partial date lies in. */
export const yearOfDate = (value: string): number => Number(value.slice(0, 4));

/**
 * The same month and day `years` later (the anniversary); 29 February falls on 1 March in a
 * year without it. @example anniversary('2012-02-29', 1) → '2013-03-01'
 */
export function anniversary(day: string, years: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y + years, m - 1, d)).toISOString().slice(0, 10);
}

/** A day moved by a number of days. @example addDays('2015-12-20', 90) → '2016-03-19' */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** 2009-12-28 → 2009年12月28日, 2003-11 → 2003年11月, 2008 → 2008年. */
export function formatPartialDate(value: string): string {
  const match = PARTIAL_DATE.exec(value)!;
  const [, year, month, day] = match;
  return `${year}年${month ? `${Number(month)}月` : ''}${day ? `${Number(day)}日` : ''}`;
}

/**
 * A day computed from an imprecise anchor, said no more precisely than the anchor was:
 * 「2011年」 for a lapse computed from a naming known only by its year.
 */
export function formatAtPrecision(day: string, precision: Precision): string {
  if (precision === 'year') return `${day.slice(0, 4)}年`;
  if (precision === 'month') return formatPartialDate(day.slice(0, 7));
  return formatPartialDate(day);
}

/** YAML hands an unquoted day over as a Date and a bare year as a number; each is read as written. */
export function partialDateText(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  return typeof value === 'string' ? value.trim() : undefined;
}
