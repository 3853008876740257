/**
 * Dates that do not exist, found in the frontmatter as written. The schemas cannot see them:
 * YAML reads an unquoted 2026-02-30 as a timestamp and rolls it over to 2026-03-02 before any
 * schema runs, so a typo would be published as another day. Reading the frontmatter again
 * without YAML's timestamp type keeps every date as the text the editor typed.
 */
import yaml from 'js-yaml';
import { impossibleDateMessage, isCalendarDay } from './dates.ts';
import type { Issue } from './errors.ts';

const FRONTMATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
const DATE_LIKE = /^\d{4}-\d{2}-\d{2}$/;

function* walk(value: unknown, path: PropertyKey[]): Generator<Issue> {
  if (typeof value === 'string' && DATE_LIKE.test(value) && !isCalendarDay(value)) {
    yield { path, message: impossibleDateMessage(value) };
  } else if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* walk(item, [...path, index]);
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) yield* walk(item, [...path, key]);
  }
}

/** Every `dddd-dd-dd` in the text, overlapping ones included. */
const DATE_ANYWHERE = /(?=(\d{4}-\d{2}-\d{2}))/g;

/**
 * False when no value of the frontmatter can be an impossible date: the build checks every
 * entry and almost all of them are fine, so the YAML is read again only for the few that
 * need the field path. A value the walk flags is a whole `dddd-dd-dd` string, which appears in
 * the text as written, except behind a YAML escape (`\x2d`): text with a backslash is read.
 */
function mayHoldImpossibleDate(frontmatter: string): boolean {
  if (frontmatter.includes('\\')) return true;
  for (const match of frontmatter.matchAll(DATE_ANYWHERE)) if (!isCalendarDay(match[1]!)) return true;
  return false;
}

/**
 * Every date in a Markdown file's frontmatter that does not exist, with its field path.
 * Unreadable YAML yields nothing here: the content loader reports it with its line.
 */
export function findImpossibleDates(source: string): Issue[] {
  const frontmatter = FRONTMATTER.exec(source)?.[1];
  if (frontmatter === undefined || !mayHoldImpossibleDate(frontmatter)) return [];
  let data: unknown;
  try {
    data = yaml.load(frontmatter, { schema: yaml.CORE_SCHEMA });
  } catch {
    return [];
  }
  return [...walk(data, [])];
}
