/**
 * An honor as a unit's page shows it: the title and term as issued, the body and its facets apart,
 * the batch it belongs to, how long it is in force, and its timeline — every decision written,
 * those announced for after today, and the end the site derived (届满终止, 升格) with its basis.
 */
import { t } from '../../i18n/index.ts';
import { approximateDay, facetText, honorLabel, lapseBasis } from '../honors/labels.ts';
import { formatPartialDate } from '../honors/partial-dates.ts';
import type { Body, Unit, UnitHonor } from '../model.ts';

/** Finds a body by slug (the site index's lookup, or a Map). */
type BodyLookup = { get(slug: string): Body | undefined };
import { paths } from '../urls.ts';
import { statusBadge, type CardView } from '../views.ts';
import { byRank } from '../honors/derive.ts';

export interface TimelineEntry {
  status: string;
  /** As shown: 2009年12月28日, 2003年11月, 约2011年. */
  when: string;
  /** For <time datetime>: the date as written (YYYY, YYYY-MM or YYYY-MM-DD). */
  datetime: string;
  document?: string | undefined;
  note?: string | undefined;
  /** The body that took the decision, when not the conferring one. */
  by?: string | undefined;
  /** Dated after today: 「起生效」. */
  announced: boolean;
  /** Computed by the site, not written: shown muted with its basis. */
  derived: boolean;
}

export interface HonorView {
  label: string;
  fictional: boolean;
  badge: CardView['badge'];
  /** 授予机关: the body's full name. */
  body: string;
  /** 「省级 · 省直机关」 */
  facets: string;
  term?: string | undefined;
  batchHref: string;
  document?: string | undefined;
  /** 「有效期至…（推算…）」 for a title in force. */
  validity?: string | undefined;
  timeline: TimelineEntry[];
}

/** The label of another honor of the unit, for a 升格 or renewal line. */
const labelOf = (unit: Pick<Unit, 'honors'>, index: number | undefined) => {
  const other = unit.honors.find((honor) => honor.index === index);
  return other ? honorLabel(other) : '';
};

/** The derived end as its timeline entry: 届满终止 with the rule, or 升格 with its successor. */
function derivedEntry(unit: Pick<Unit, 'honors'>, honor: UnitHonor): TimelineEntry | undefined {
  const current = honor.current;
  if (!current?.derived) return undefined;
  const when = approximateDay(current.since, current.precision);
  if (current.status === '升格') {
    return { status: '升格', when, datetime: current.since, note: t('honors.superseded', { label: labelOf(unit, current.successor) }), announced: false, derived: true };
  }
  const note = current.successor !== undefined ? t('honors.renewed', { label: labelOf(unit, current.successor) }) : lapseBasis(honor.rule);
  return { status: '届满终止', when, datetime: current.since, note, announced: false, derived: true };
}

/** What a body's decision is called in a timeline: its short name, else its name. */
const bodyName = (bodies: BodyLookup, ref: unknown) => {
  const slug = typeof ref === 'string' ? ref : (ref as { id?: string } | undefined)?.id;
  const body = slug ? bodies.get(slug) : undefined;
  return body?.data.shortName ?? body?.data.name;
};

export function honorView(unit: Pick<Unit, 'honors'>, honor: UnitHonor, bodies: BodyLookup): HonorView {
  const announced = new Set(honor.current?.announced ?? []);
  const timeline: TimelineEntry[] = honor.history.map((change, index) => ({
    status: change.status,
    when: change.date ? formatPartialDate(change.date) : honor.named ? approximateDay(honor.named, 'year') : t('honors.undated'),
    datetime: change.date ?? honor.named.slice(0, 4),
    document: change.document,
    note: change.note,
    by: change.by ? bodyName(bodies, change.by) : undefined,
    announced: announced.has(index),
    derived: false,
  }));
  const end = derivedEntry(unit, honor);
  const current = honor.current;
  const inForce = current && (current.standing === 'held' || current.standing === 'warned') && current.validUntil;
  return {
    label: honorLabel(honor),
    fictional: honor.fictional,
    badge: statusBadge(honor),
    body: honor.body.data.name,
    facets: facetText(honor),
    term: honor.term,
    batchHref: paths.batch(honor.batch),
    document: honor.document,
    validity: inForce ? t('honors.validUntil', { day: approximateDay(current.validUntil!, current.validPrecision ?? 'day'), basis: lapseBasis(honor.rule) }) : undefined,
    timeline: end ? [...timeline, end] : timeline,
  };
}

/** A unit's honors from the highest down, as views. */
export const honorViews = (unit: Pick<Unit, 'honors'>, bodies: BodyLookup): HonorView[] => byRank(unit.honors).map((honor) => honorView(unit, honor, bodies));
