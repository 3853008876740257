/**
 * The site's data, derived once from the validated entries: current honor statuses, naming
 * batches, notice windows and the links between entries in both directions. Pure: it takes
 * entries and "today" and returns data, so it is tested without Astro.
 */
import type { BatchData } from '../schemas/batches.ts';
import type { ExhibitionData } from '../schemas/exhibitions.ts';
import type { FigureData } from '../schemas/figures.ts';
import type { LectureData } from '../schemas/lectures.ts';
import type { NoticeData } from '../schemas/notices.ts';
import type { UnitData } from '../schemas/units.ts';
import { assignBatches, type BatchFile } from './honors/batches.ts';
import { deriveFigureHonors, deriveUnitHonors, type BodyEntry, type DerivedFigureHonor, type DerivedUnitHonor } from './honors/derive.ts';
import { figureLadder, type Ladder } from './honors/ladder.ts';
import type { RawContent } from './site-model.ts';

/** An entry as the model needs it: its slug, its source file, its validated data. */
export interface Entry<T> {
  slug: string;
  /** Path relative to the project root, e.g. `content/units/foo.md`. */
  file: string;
  data: T;
}

export type Body = BodyEntry;

/** A unit's honor as the site shows it: as written, with its body's facts and its state on today. */
export type UnitHonor = DerivedUnitHonor<UnitData['honors'][number]> & {
  /** The batch (one naming decision) it belongs to. */
  batch: string;
};

export interface Unit extends Entry<UnitData> {
  honors: UnitHonor[];
  /** The honor its card shows: the highest in force, else the newest that ended. */
  headline: UnitHonor | undefined;
}

/** A figure's honor: its body's facts, its rung on the ladder, its revocation if any. */
export type FigureHonor = DerivedFigureHonor<FigureData['honors'][number]>;

/**
 * A figure as published. For a minor without the guardian's consent to more, the data holds no
 * portrait, occupation, quote, unit, members and no region below the city: nothing downstream
 * (pages, cards, share images, search, open data) can show what is not there.
 */
export interface Figure extends Entry<FigureData> {
  honors: FigureHonor[];
  ladder: Ladder<FigureHonor>;
}

export type Photo = ExhibitionData['photos'][number] & { exhibition: string; index: number };

/** A 公示's window on today; a 通报 has none and is simply `published`. */
export type NoticeState = 'upcoming' | 'open' | 'closed' | 'published';
export interface Notice extends Entry<NoticeData> {
  state: NoticeState;
}

/** One naming decision: a body and a term (and a document when the body took two for one term). */
export interface Batch {
  /** `{body}-{term}`, e.g. `shanxi-shengzhi-2009`. */
  slug: string;
  body: Body;
  term: string | undefined;
  /** The decision's year (from its file, else its members' naming). */
  year: number;
  /** The earliest naming day of its members (or the file's date), for ordering. */
  date: string;
  /** Every (unit, honor) it named, highest title first. */
  members: { unit: Unit; honor: UnitHonor }[];
  /** What the office published about it, when a file gives it. */
  facts: BatchData | undefined;
}

export type { SiteModel, SiteIndex, RawContent } from './site-model.ts';

/** Finds entries of one list by slug without scanning the list. */
export class Lookup<T extends { slug: string }> {
  readonly #list: readonly T[];
  readonly #position = new Map<string, number>();

  constructor(list: readonly T[]) {
    this.#list = list;
    // The first entry with a slug wins, as `list.find` would.
    list.forEach((entry, position) => {
      if (!this.#position.has(entry.slug)) this.#position.set(entry.slug, position);
    });
  }

  get(slug: string): T | undefined {
    const position = this.#position.get(slug);
    return position === undefined ? undefined : this.#list[position];
  }

  /**
   * The entries the references name, each once and in the list's order (what
   * `list.filter((entry) => refs.some(...))` gave); references to no entry are skipped.
   */
  pick(refs: readonly unknown[]): T[] {
    const positions = new Set<number>();
    for (const ref of refs) {
      const position = this.#position.get(refSlug(ref));
      if (position !== undefined) positions.add(position);
    }
    return [...positions].sort((a, b) => a - b).map((position) => this.#list[position]!);
  }
}

const byName = (a: { data: { name: string } }, b: { data: { name: string } }) => a.data.name.localeCompare(b.data.name, 'zh-Hans-CN-u-co-pinyin');

/** Whether a notice's objection window is open on `today` (both ends included); a 通报 is `published`. */
export function noticeState(window: { start: string; end: string } | undefined, today: string): NoticeState {
  if (!window) return 'published';
  if (today < window.start) return 'upcoming';
  return today > window.end ? 'closed' : 'open';
}

/** The fields of a minor's entry the guardian has not agreed to publish are dropped here, once. */
export function publicFigureData(data: FigureData): FigureData {
  if (!data.minor || (data.consent.portrait && data.consent.guardian)) return data;
  const { portrait: _portrait, occupation: _occupation, quote: _quote, unit: _unit, ...rest } = data;
  return { ...rest, members: [], region: data.region.slice(0, 2) };
}

/** The conferring bodies by slug (content/bodies/), which honors take their facts and rules from. */
export const bodiesOf = (raw: RawContent): Map<string, Body> => new Map((raw.bodies ?? []).map((body) => [body.slug, body]));

/** Units with their honors' states on `today` (from their bodies' rules) and the headline honor, by name. */
export function prepareUnits(entries: readonly Entry<UnitData>[], today: string, raw: RawContent = {}): Unit[] {
  const bodyMap = bodiesOf(raw);
  return entries
    .map((entry) => {
      const derived = deriveUnitHonors(entry.data.honors, bodyMap, today, { unitFictional: entry.data.fictional, file: entry.file });
      return { ...entry, honors: derived.honors as UnitHonor[], headline: derived.headline as UnitHonor | undefined };
    })
    .sort(byName);
}

/**
 * The naming decisions, newest first: every body and term a unit's honor names, with the figures
 * of its file when there is one. A file that names no decision, or a member that cannot be placed,
 * is a content error (the gate reports it with the file and line first).
 */
export function deriveBatches(units: readonly Unit[], files: readonly Entry<BatchData>[]): Batch[] {
  const members = units.flatMap((unit) => unit.honors.map((honor) => ({ unit, honor })));
  const membership = assignBatches(
    members.map(({ honor }) => ({ body: honor.body.slug, term: honor.term, year: honor.year, document: honor.document })),
    files.map((file): BatchFile => ({ slug: file.slug, file: file.file, data: file.data })),
  );
  if (membership.problems.length > 0) {
    const problem = membership.problems[0]!;
    const where = problem.file ?? members[problem.member!]!.unit.file;
    throw new Error(`${where}：${problem.message}。${problem.hint}`);
  }
  const map = new Map<string, Batch>();
  members.forEach((member, index) => {
    const slug = membership.slugs[index]!;
    member.honor.batch = slug;
    let batch = map.get(slug);
    if (!batch) {
      const facts = membership.files.get(slug)?.data;
      batch = { slug, body: member.honor.body, term: member.honor.term, year: member.honor.year, date: member.honor.named, members: [], facts };
      map.set(slug, batch);
    }
    batch.members.push(member);
    if (member.honor.named && (!batch.date || member.honor.named < batch.date)) batch.date = member.honor.named;
  });
  for (const file of files) {
    if (!map.has(file.slug)) throw new Error(`${file.file}：没有哪个单位的荣誉属于这一批（授予机关 ${file.data.body}、届次「${file.data.term}」）：请核对机关和届次，或先把命名的单位录入`);
  }
  const zh = new Intl.Collator('zh-Hans-CN-u-co-pinyin');
  for (const batch of map.values()) {
    batch.members.sort((a, b) => (b.honor.titleRank ?? 0) - (a.honor.titleRank ?? 0) || zh.compare(a.unit.data.name, b.unit.data.name));
  }
  return [...map.values()].sort((a, b) => b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug));
}

/** Figures by name, their honors with their bodies' facts and their ladder; a minor's data as consent allows. */
export function prepareFigures(entries: readonly Entry<FigureData>[], today: string, raw: RawContent = {}): Figure[] {
  const bodyMap = bodiesOf(raw);
  return entries
    .map((entry) => {
      const honors = deriveFigureHonors(entry.data.honors, bodyMap, today, { fictional: entry.data.fictional, file: entry.file });
      return { ...entry, data: publicFigureData(entry.data), honors, ladder: figureLadder(honors) };
    })
    .sort(byName);
}

/** Lectures newest first (by day, then session). */
export const prepareLectures = (entries: readonly Entry<LectureData>[]) =>
  [...entries].sort((a, b) => b.data.date.localeCompare(a.data.date) || b.data.session - a.data.session);

/** Exhibitions by opening day, newest first. */
export const prepareExhibitions = (entries: readonly Entry<ExhibitionData>[]) => [...entries].sort((a, b) => b.data.opens.localeCompare(a.data.opens));

/** Every exhibition's photos, in the exhibitions' order and each exhibition's own. */
export const photosOf = (exhibitions: readonly Entry<ExhibitionData>[]): Photo[] =>
  exhibitions.flatMap((exhibition) => exhibition.data.photos.map((photo, index) => ({ ...photo, exhibition: exhibition.slug, index })));

/** Notices with their window's state on `today`, newest first. */
export const prepareNotices = (entries: readonly Entry<NoticeData>[], today: string): Notice[] =>
  entries.map((entry) => ({ ...entry, state: noticeState(entry.data.window, today) })).sort((a, b) => b.data.published.localeCompare(a.data.published));

/** A reference as Astro stores it, or a plain slug. */
export const refSlug = (ref: unknown): string =>
  typeof ref === 'string' ? ref : String((ref as { id: string }).id);

/** The units and figures a notice names: those concerned and its candidates. */
export function noticeSubjects(notice: Pick<Notice, 'data'>): { units: string[]; figures: string[] } {
  const candidates = notice.data.candidates;
  return {
    units: [...new Set([...notice.data.units.map(refSlug), ...candidates.flatMap((c) => (c.unit ? [refSlug(c.unit)] : []))])],
    figures: [...new Set([...notice.data.figures.map(refSlug), ...candidates.flatMap((c) => (c.figure ? [refSlug(c.figure)] : []))])],
  };
}

/** A lecture's organising unit, or undefined when the office organised it. */
export const organiserUnit = (lecture: Pick<Entry<LectureData>, 'data'>): string | undefined =>
  lecture.data.organiser === 'office' ? undefined : refSlug(lecture.data.organiser);
