/**
 * The honors of one unit or one figure as the site shows them, derived once from what the files
 * say, the conferring bodies and "today": level and tier from the body, the named day, the state
 * (with lapse and supersession), the rank used to order and headline them. Pure.
 */
import type { BodyData, BodyLevel, BodyTier, Rung } from '../../schemas/bodies.ts';
import type { Precision } from './partial-dates.ts';
import { lastDayOf, precisionOf, yearOfDate } from './partial-dates.ts';
import { compareHonors, headlineHonor } from './ranking.ts';
import { isHeld, type HonorStanding } from './statuses.ts';
import { deriveHonorState, namedDay, type HonorEvent, type HonorState, type ValidityRule } from './state.ts';
import { applySupersession } from './supersession.ts';
import { termYears } from './terms.ts';
import { ruleOf, titleOf } from './validate.ts';

/** A conferring body with its slug (content/bodies/<slug>.yaml). */
export interface BodyEntry {
  slug: string;
  file: string;
  data: BodyData;
}

/** What every derived honor knows of itself. */
interface DerivedFacts {
  body: BodyEntry;
  level: BodyLevel;
  tier?: BodyTier | undefined;
  system?: string | undefined;
  kind: '称号' | '表彰';
  titleRank?: number | undefined;
  /** The named day (an imprecise date's last day) and how precisely it is known; '' when unknown. */
  named: string;
  namedPrecision: Precision;
  /** The year for filters and statistics: the named year, else the term's last year. */
  year: number;
  fictional: boolean;
}

/** A reference as Astro stores it (`{ id }`) or as written (a slug). */
const slugOf = (ref: unknown): string => (typeof ref === 'string' ? ref : String((ref as { id: string }).id));

/** The body a reference names; an unknown one is a content error the gate reports first. */
export function bodyOf(bodies: ReadonlyMap<string, BodyEntry>, ref: unknown, where: string): BodyEntry {
  const slug = slugOf(ref);
  const body = bodies.get(slug);
  if (!body) throw new Error(`${where}：找不到授予机关「${slug}」，content/bodies/ 下没有 ${slug}.yaml（npm run check 会列出可选的机关）`);
  return body;
}

function facts(body: BodyEntry, title: string, named: { day: string; precision: Precision } | undefined, term: string | undefined, fictional: boolean): DerivedFacts {
  const entry = titleOf(body.data, title);
  return {
    body,
    level: body.data.level,
    tier: body.data.tier,
    system: body.data.system,
    kind: entry?.kind ?? '称号',
    titleRank: entry?.rank,
    named: named?.day ?? '',
    namedPrecision: named?.precision ?? 'year',
    year: named ? yearOfDate(named.day) : (termYears(term)?.[1] ?? 0),
    fictional,
  };
}

export interface UnitHonorInput {
  body: unknown;
  title: string;
  term?: string | undefined;
  fictional: boolean;
  history: readonly (HonorEvent & { by?: unknown })[];
}

/** Fields the honor schemas keep only to say what replaced them (src/schemas/honors.ts). */
type Removed = 'level' | 'conferredBy' | 'year' | 'document';

export type DerivedUnitHonor<H extends UnitHonorInput> = Omit<H, 'body' | Removed> &
  DerivedFacts & {
    /** The honor's place in the unit's file (for links between honors: a successor). */
    index: number;
    rule: ValidityRule;
    /** The state on today; undefined only for an unreadable history. */
    current: HonorState | undefined;
    /** The standing as ranking reads it. */
    standing: HonorState['standing'];
    /** The 命名 entry's document. */
    document?: string | undefined;
  };

/**
 * A unit's honors, in the order written, each with its facts and its state on `today` (lapses,
 * then supersession among the unit's honors of one body), and the one its card shows.
 */
export function deriveUnitHonors<H extends UnitHonorInput>(
  honors: readonly H[],
  bodies: ReadonlyMap<string, BodyEntry>,
  today: string,
  options: { unitFictional: boolean; file: string },
): { honors: DerivedUnitHonor<H>[]; headline: DerivedUnitHonor<H> | undefined } {
  const first = honors.map((honor, index) => {
    const body = bodyOf(bodies, honor.body, `${options.file} honors.${index}.body`);
    const rule = ruleOf(body.data, honor.title);
    const state = deriveHonorState(honor, rule, today);
    return { honor, index, body, rule, state };
  });
  const states = applySupersession(
    first.map(({ honor, body, rule, state }) => ({ ...honor, body: body.slug, rank: titleOf(body.data, honor.title)?.rank, rule, state })),
    today,
  );
  const derived = first.map(({ honor, index, body, rule }): DerivedUnitHonor<H> => {
    const current = states[index];
    const { body: _ref, level: _level, conferredBy: _by, year: _year, document: _document, ...written } = honor as H & Record<Removed, unknown>;
    return {
      ...(written as unknown as Omit<H, 'body' | Removed>),
      ...facts(body, honor.title, namedDay(honor), honor.term, honor.fictional || options.unitFictional),
      index,
      rule,
      current,
      standing: current?.standing ?? 'announced',
      document: honor.history[0]?.status === '命名' ? honor.history[0].document : undefined,
    };
  });
  return { honors: derived, headline: headlineHonor(derived) };
}

/** The unit's honors from the highest down (for its page). */
/**
 * A unit page's order: what the unit holds today first (a warned title still holds), then one-off
 * 表彰, then what has ended; within each, the higher level and title first, then the newer naming.
 */
const standingOrder = (standing: HonorStanding) => (isHeld(standing) ? 0 : standing === 'awarded' ? 1 : standing === 'announced' ? 2 : 3);
export const byRank = <H extends Parameters<typeof compareHonors>[0]>(honors: readonly H[]): H[] =>
  [...honors].sort((a, b) => standingOrder(a.standing) - standingOrder(b.standing) || compareHonors(a, b));

export interface FigureHonorInput {
  body: unknown;
  title: string;
  term?: string | undefined;
  date: string;
  posthumous: boolean;
  history: readonly { status: '撤销' | '摘牌' | '取消'; date: string; document?: string | undefined; note?: string | undefined }[];
}

export type DerivedFigureHonor<H extends FigureHonorInput> = Omit<H, 'body' | Removed> &
  DerivedFacts & {
    rung?: Rung | undefined;
    /** Revoked or cancelled on or before today. */
    revoked: { status: string; date: string; document?: string | undefined; note?: string | undefined } | undefined;
    standing: HonorState['standing'];
  };

/** A figure's honors with their facts; a revocation dated after today is not yet in effect. */
export function deriveFigureHonors<H extends FigureHonorInput>(honors: readonly H[], bodies: ReadonlyMap<string, BodyEntry>, today: string, options: { fictional: boolean; file: string }): DerivedFigureHonor<H>[] {
  return honors.map((honor, index) => {
    const body = bodyOf(bodies, honor.body, `${options.file} honors.${index}.body`);
    const revoked = honor.history.find((change) => lastDayOf(change.date) <= today);
    const { body: _ref, level: _level, conferredBy: _by, year: _year, document: _document, ...written } = honor as H & Record<Removed, unknown>;
    const named = { day: lastDayOf(honor.date), precision: precisionOf(honor.date) };
    return {
      ...(written as unknown as Omit<H, 'body' | Removed>),
      ...facts(body, honor.title, named, honor.term, options.fictional),
      rung: titleOf(body.data, honor.title)?.rung,
      revoked,
      standing: revoked ? 'ended' : named.day > today ? 'announced' : 'awarded',
    };
  });
}
