/**
 * A naming batch is one decision: a conferring body and a term (and the decision's document number
 * when that body took two decisions for one term). An honor belongs to the batch of its body and
 * term; its URL is `{body}-{term slug}` (shanxi-shengzhi-2009). Pure, so membership and the
 * figures of a batch page are tested without a build.
 */
import type { BatchData } from '../../schemas/batches.ts';
import { STAGES, type Stage } from '../../schemas/batches.ts';
import { yearOfDate } from './partial-dates.ts';
import { termSlug } from './terms.ts';

/** The batch address of an honor: body slug and term slug. */
export const batchKey = (body: string, term: string | undefined, year: number) => `${body}-${termSlug(term, year)}`;

export interface BatchFile {
  /** The file name without .yaml: the batch's address. */
  slug: string;
  file: string;
  data: BatchData;
}

export interface MemberInput {
  body: string;
  term?: string | undefined;
  year: number;
  /** The 命名 entry's document, when written. */
  document?: string | undefined;
}

export interface MembershipProblem {
  /** The file at fault: a batch file, or undefined for a member (then `member` is its index). */
  file?: string | undefined;
  member?: number | undefined;
  message: string;
  hint: string;
}

export interface Membership {
  /** For each member (same order), the slug of its batch. */
  slugs: string[];
  /** Batch files by the slug they describe. */
  files: Map<string, BatchFile>;
  problems: MembershipProblem[];
}

/**
 * Assigns each member to a batch. A batch file describes the batch of its body and term; when two
 * files share them, each must give its document and a member joins the one whose document its
 * 命名 entry names. A file's name must start with the address its body and term give.
 */
export function assignBatches(members: readonly MemberInput[], files: readonly BatchFile[]): Membership {
  const problems: MembershipProblem[] = [];
  const byKey = new Map<string, BatchFile[]>();
  for (const file of files) {
    const key = batchKey(file.data.body, file.data.term, file.data.date ? yearOfDate(file.data.date) : 0);
    if (file.slug !== key && !file.slug.startsWith(`${key}-`)) {
      problems.push({ file: file.file, message: `文件名应为「${key}.yaml」（由授予机关 ${file.data.body} 和届次「${file.data.term}」决定）`, hint: `把文件改名为 ${key}.yaml；同一机关同一届次有两个命名文件时，第二个可以叫 ${key}-2.yaml` });
      continue;
    }
    byKey.set(key, [...(byKey.get(key) ?? []), file]);
  }
  for (const [key, group] of byKey) {
    if (group.length > 1) {
      for (const file of group.filter((candidate) => !candidate.data.document)) {
        problems.push({ file: file.file, message: `同一授予机关、同一届次（${key}）有 ${group.length} 个批次文件，每个都要写命名文号 document`, hint: '写上这一批命名文件的文号，单位荣誉里命名那一条的 document 要与之一致' });
      }
    }
  }
  const slugs = members.map((member, index) => {
    const key = batchKey(member.body, member.term, member.year);
    const group = byKey.get(key) ?? [];
    if (group.length <= 1) return group[0]?.slug ?? key;
    const match = group.find((file) => file.data.document && file.data.document === member.document);
    if (match) return match.slug;
    problems.push({
      member: index,
      message: `${key} 有 ${group.length} 个命名批次（${group.map((file) => file.data.document ?? file.slug).join('、')}），无法确定这项荣誉属于哪一批`,
      hint: '在 history 的命名那一条写上 document（命名文号），与其中一个批次文件的 document 一致',
    });
    return key;
  });
  return { slugs, files: new Map(files.map((file) => [file.slug, file])), problems };
}

export interface StageRow {
  /** A title, or undefined for the 合计 row. */
  title: string | undefined;
  /** Per stage, the figure the source gives (undefined: not given). */
  figures: Partial<Record<Stage, number>>;
  /** 命名 ÷ 申报 in percent, rounded; undefined when either is not given. */
  rate: number | undefined;
  /** How many of this title's units this site holds. */
  listed: number;
}

/** The stages the file gives, in their order. */
export const stagesGiven = (data: BatchData | undefined): Stage[] => STAGES.filter((name) => data?.stages?.[name]);

const percent = (named: number | undefined, applied: number | undefined) =>
  named !== undefined && applied !== undefined && applied > 0 ? Math.round((named / applied) * 100) : undefined;

/**
 * The stage table of a batch page: one row per title (highest rank first), then 合计; each with
 * the published figures, the 命名率 and how many of them the site holds.
 */
export function stageRows(data: BatchData | undefined, titlesByRank: readonly string[], listedByTitle: ReadonlyMap<string, number>): StageRow[] {
  const given = stagesGiven(data);
  const titles = titlesByRank.filter((title) => given.some((name) => data!.stages![name]!.byTitle?.[title] !== undefined) || listedByTitle.has(title));
  const rows: StageRow[] = titles.map((title) => {
    const figures = Object.fromEntries(given.flatMap((name) => {
      const n = data!.stages![name]!.byTitle?.[title];
      return n === undefined ? [] : [[name, n]];
    })) as Partial<Record<Stage, number>>;
    return { title, figures, rate: percent(figures.命名, figures.申报), listed: listedByTitle.get(title) ?? 0 };
  });
  const totals = Object.fromEntries(given.flatMap((name) => {
    const n = data!.stages![name]!.total;
    return n === undefined ? [] : [[name, n]];
  })) as Partial<Record<Stage, number>>;
  const listed = [...listedByTitle.values()].reduce((a, b) => a + b, 0);
  return [...rows, { title: undefined, figures: totals, rate: percent(totals.命名, totals.申报), listed }];
}

/** A member count per title above what the decision named: the site cannot hold more units than were named. */
export function overListed(data: BatchData | undefined, listedByTitle: ReadonlyMap<string, number>): { title: string; listed: number; named: number }[] {
  const named = data?.stages?.命名;
  if (!named) return [];
  const over = [...listedByTitle].flatMap(([title, listed]) => {
    const n = named.byTitle?.[title];
    return n !== undefined && listed > n ? [{ title, listed, named: n }] : [];
  });
  const total = [...listedByTitle.values()].reduce((a, b) => a + b, 0);
  if (named.total !== undefined && total > named.total) over.push({ title: '合计', listed: total, named: named.total });
  return over;
}
