/**
 * The site's data, derived once from the validated entries: current honor statuses, naming
 * batches, notice windows and the links between entries in both directions. Pure: it takes
 * entries and "today" and returns data, so it is tested without Astro.
 */
import type { BatchData } from '../schemas/batches.ts';
import type { BodyData } from '../schemas/bodies.ts';
import type { ExhibitionData } from '../schemas/exhibitions.ts';
import type { FigureData } from '../schemas/figures.ts';
import type { LectureData } from '../schemas/lectures.ts';
import type { NoticeData } from '../schemas/notices.ts';
import type { UnitData } from '../schemas/units.ts';
import { assignBatches, type BatchFile } from './honors/batches.ts';
import { deriveFigureHonors, deriveUnitHonors, type BodyEntry, type DerivedFigureHonor, type DerivedUnitHonor } from './honors/derive.ts';
import { figureLadder, type Ladder } from './honors/ladder.ts';

/** An entry as the model needs it: its slug, its source file, its validated data. */
export interface Entry<T> {
  slug: string;
  /** Path relative to the project root, e.g. `content/units/foo.md`. */
  file: string;
  data: T;
}

export interface RawContent {
  units: Entry<UnitData>[];
  figures: Entry<FigureData>[];
  lectures: Entry<LectureData>[];
  exhibitions: Entry<ExhibitionData>[];
  notices: Entry<NoticeData>[];
  /** The conferring bodies (content/bodies/<slug>.yaml). */
  bodies: Entry<BodyData>[];
  /** Figures published about naming decisions (content/batches/<slug>.yaml), if any. */
  batches?: Entry<BatchData>[];
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

export interface SiteModel {
  today: string;
  bodies: Body[];
  units: Unit[];
  figures: Figure[];
  lectures: Entry<LectureData>[];
  exhibitions: Entry<ExhibitionData>[];
  notices: Notice[];
  photos: Photo[];
  batches: Batch[];
  /**
   * Entries by slug and the links between them, made once per build: a page that scanned every
   * entry for its own or for what links to it made the pages stage grow with the square of the
   * site (10,000 unit pages × 10,000 units).
   */
  index: SiteIndex;
}

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

export function buildSiteModel(raw: RawContent, today: string): SiteModel {
  const bodies = [...raw.bodies].sort((a, b) => a.slug.localeCompare(b.slug));
  const bodyMap = new Map(bodies.map((body) => [body.slug, body]));
  const units: Unit[] = raw.units
    .map((entry) => {
      const derived = deriveUnitHonors(entry.data.honors, bodyMap, today, { unitFictional: entry.data.fictional, file: entry.file });
      return { ...entry, honors: derived.honors as UnitHonor[], headline: derived.headline as UnitHonor | undefined };
    })
    .sort(byName);
  const batches = buildBatches(units, raw.batches ?? []);

  const figures: Figure[] = raw.figures
    .map((entry) => {
      const honors = deriveFigureHonors(entry.data.honors, bodyMap, today, { fictional: entry.data.fictional, file: entry.file });
      return { ...entry, data: publicFigureData(entry.data), honors, ladder: figureLadder(honors) };
    })
    .sort(byName);

  const exhibitions = [...raw.exhibitions].sort((a, b) => b.data.opens.localeCompare(a.data.opens));
  const photos = exhibitions.flatMap((exhibition) =>
    exhibition.data.photos.map((photo, index) => ({ ...photo, exhibition: exhibition.slug, index })),
  );

  const lists = {
    units,
    figures,
    lectures: [...raw.lectures].sort((a, b) => b.data.date.localeCompare(a.data.date) || b.data.session - a.data.session),
    exhibitions,
    notices: raw.notices
      .map((entry) => ({ ...entry, state: noticeState(entry.data.window, today) }))
      .sort((a, b) => b.data.published.localeCompare(a.data.published)),
    photos,
  };
  return { today, bodies, ...lists, batches, index: buildIndex({ bodies, ...lists }) };
}

/**
 * The naming decisions, newest first: every body and term a unit's honor names, with the figures
 * of its file when there is one. A file that names no decision, or a member that cannot be placed,
 * is a content error (the gate reports it with the file and line first).
 */
function buildBatches(units: Unit[], files: readonly Entry<BatchData>[]): Batch[] {
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

/** A reference as Astro stores it, or a plain slug. */
export const refSlug = (ref: unknown): string =>
  typeof ref === 'string' ? ref : String((ref as { id: string }).id);

export interface UnitLinks {
  figures: Figure[];
  /** Lectures the unit organised. */
  lectures: Entry<LectureData>[];
  /** Lectures held at the unit (its `venueUnit`) that another organised. */
  hosted: Entry<LectureData>[];
  photos: Photo[];
  /** Notices that name it, as a unit concerned or a candidate. */
  notices: Notice[];
}

export type FigureLinks = Omit<UnitLinks, 'figures' | 'hosted'>;

const noUnitLinks = (): UnitLinks => ({ figures: [], lectures: [], hosted: [], photos: [], notices: [] });

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

/** The index's lists are shared by every page of the build: read, never changed. */
export type Shared<T> = { readonly [K in keyof T]: T[K] extends (infer E)[] ? readonly E[] : T[K] };

export interface SiteIndex {
  bodies: Lookup<Body>;
  units: Lookup<Unit>;
  figures: Lookup<Figure>;
  lectures: Lookup<Entry<LectureData>>;
  exhibitions: Lookup<Entry<ExhibitionData>>;
  notices: Lookup<Notice>;
  /** An exhibition's photos in their order, by exhibition slug. */
  photosOf: ReadonlyMap<string, readonly Photo[]>;
  /** What links to each unit and each figure, by its slug (absent: nothing links to it). */
  toUnit: ReadonlyMap<string, Shared<UnitLinks>>;
  toFigure: ReadonlyMap<string, Shared<FigureLinks>>;
}

/** Pushes `value` to the list under `key`, creating the entry with `empty()` first. */
function collect<L>(map: Map<string, L>, key: string, empty: () => L): L {
  let found = map.get(key);
  if (!found) map.set(key, (found = empty()));
  return found;
}

/**
 * One pass over each list. The lists are already in display order, so every backlink list comes
 * out in the order a filter over the whole list gave; an entry naming the same slug twice is
 * listed once, as with `refs.some(...)`.
 */
function buildIndex(site: Omit<SiteModel, 'today' | 'batches' | 'index'>): SiteIndex {
  const toUnit = new Map<string, UnitLinks>();
  const toFigure = new Map<string, FigureLinks>();
  const unit = (slug: string) => collect(toUnit, slug, noUnitLinks);
  const figure = (slug: string) => collect(toFigure, slug, () => ({ lectures: [], photos: [], notices: [] }));
  const slugs = (refs: readonly unknown[]) => new Set(refs.map(refSlug));

  for (const entry of site.figures) if (entry.data.unit) unit(refSlug(entry.data.unit)).figures.push(entry);
  for (const lecture of site.lectures) {
    const organiser = organiserUnit(lecture);
    if (organiser) unit(organiser).lectures.push(lecture);
    const venue = lecture.data.venueUnit ? refSlug(lecture.data.venueUnit) : undefined;
    if (venue && venue !== organiser) unit(venue).hosted.push(lecture);
    for (const slug of slugs(lecture.data.figures)) figure(slug).lectures.push(lecture);
  }
  const photosOf = new Map<string, Photo[]>();
  for (const photo of site.photos) {
    collect(photosOf, photo.exhibition, () => []).push(photo);
    for (const slug of slugs(photo.units)) unit(slug).photos.push(photo);
    for (const slug of slugs(photo.figures)) figure(slug).photos.push(photo);
  }
  for (const notice of site.notices) {
    const subjects = noticeSubjects(notice);
    for (const slug of subjects.units) unit(slug).notices.push(notice);
    for (const slug of subjects.figures) figure(slug).notices.push(notice);
  }
  return {
    bodies: new Lookup(site.bodies),
    units: new Lookup(site.units),
    figures: new Lookup(site.figures),
    lectures: new Lookup(site.lectures),
    exhibitions: new Lookup(site.exhibitions),
    notices: new Lookup(site.notices),
    photosOf,
    toUnit,
    toFigure,
  };
}

/** Everything that links to a unit: figures, lectures, photos and notices. */
export function linksToUnit(site: SiteModel, slug: string): Shared<UnitLinks> {
  return site.index.toUnit.get(slug) ?? noUnitLinks();
}

/** Everything that links to a figure: lectures, photos and notices. */
export function linksToFigure(site: SiteModel, slug: string): Shared<FigureLinks> {
  return site.index.toFigure.get(slug) ?? { lectures: [], photos: [], notices: [] };
}
