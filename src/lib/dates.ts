/**
 * Dates are `YYYY-MM-DD` strings everywhere (timezone-free, comparable as text).
 * The build's "today" is read here and only here; everything else takes it as an argument.
 */
import { messages } from '../messages/index.ts';

/** The office's calendar day for an instant (China has one time zone, UTC+8, no DST). */
export function chinaDay(instant: Date): string {
  return new Date(instant.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/**
 * The day the site is built for. BUILD_DATE (YYYY-MM-DD) pins it, for reproducible builds
 * and tests; otherwise it is today in China.
 */
export function buildDay(env: Record<string, string | undefined> = process.env, now: Date = new Date()): string {
  const pinned = env.BUILD_DATE?.trim();
  if (pinned) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(pinned)) throw new Error(`BUILD_DATE「${pinned}」应写成 YYYY-MM-DD，例如 2026-11-25`);
    return pinned;
  }
  return chinaDay(now);
}

/** Whether a `YYYY-MM-DD` string names a day that exists (not 2009-02-30). */
export function isCalendarDay(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Said in src/messages/schema.ts. */
export const impossibleDateMessage = (value: string): string => messages.schema.impossibleDate(value);

/** 2009-12-01 → 2009年12月1日 */
export function formatDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** 2026-03-01, 2026-03-10 → 2026年3月1日至2026年3月10日 (a notice's window, an exhibition's run). */
export const formatDayRange = (start: string, end: string): string => `${formatDay(start)}至${formatDay(end)}`;

export const yearOf = (day: string): number => Number(day.slice(0, 4));
