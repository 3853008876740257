/**
 * The honors' rules that need more than one file: every conferring body file is valid
 * (content/bodies/), every honor names a body that exists, uses a title that body confers, writes
 * its term in the body's form and keeps a history that is sound under the body's validity rule;
 * notices, settings and batch files name bodies that exist; every batch file describes one
 * decision some unit's honor belongs to, with no more units listed than were named.
 *
 * Each problem is a diagnostic at the file, line and field, in Chinese, with the fix.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { batchSchema, type BatchData } from '../../../src/schemas/batches.ts';
import { bodySchema, type BodyData } from '../../../src/schemas/bodies.ts';
import { oneOf } from '../../../src/schemas/shared.ts';
import { assignBatches, overListed, type BatchFile } from '../../../src/lib/honors/batches.ts';
import { yearOfDate } from '../../../src/lib/honors/partial-dates.ts';
import { namedDay } from '../../../src/lib/honors/state.ts';
import { termYears } from '../../../src/lib/honors/terms.ts';
import { hasPlaceholder } from './placeholders.ts';
import { figureHonorProblems, honorProblems, titleOf, type CheckedHonor } from '../../../src/lib/honors/validate.ts';
import { contentDir, displayPath } from '../content-files.ts';
import type { Diagnostic } from '../diagnostics.ts';
import type { ParsedSource } from '../frontmatter.ts';
import { readTextOrReport, type LoadedEntry } from '../load-content.ts';
import { didYouMean } from '../suggest.ts';
import { checkYamlFile } from './schema.ts';

export interface LoadedBody {
  slug: string;
  file: string;
  data: BodyData;
}

export interface Bodies {
  /** The valid bodies by slug. */
  valid: Map<string, LoadedBody>;
  /** Every file name there is, valid or not: a reference to an invalid body is not also "missing". */
  slugs: Set<string>;
  diagnostics: Diagnostic[];
  count: number;
}

/** Reads the YAML files of a data folder (content/bodies/, content/batches/), each checked with its schema. */
function readDataFolder<T>(root: string, folder: string, schema: { safeParse: (data: unknown) => { success: boolean; data?: T } }, schemaDoc: string) {
  const dir = join(contentDir(root), folder);
  const diagnostics: Diagnostic[] = [];
  const files: { slug: string; file: string; data?: T; parsed?: ParsedSource }[] = [];
  if (!existsSync(dir)) return { diagnostics, files };
  for (const name of readdirSync(dir).filter((candidate) => /\.ya?ml$/i.test(candidate)).sort()) {
    const absPath = join(dir, name);
    const file = displayPath(root, absPath);
    const read = readTextOrReport(file, absPath, diagnostics);
    const slug = name.replace(/\.ya?ml$/i, '');
    if (read.text === undefined) {
      files.push({ slug, file });
      continue;
    }
    const checked = checkYamlFile(file, read.text, schema as never, schemaDoc);
    diagnostics.push(...checked.diagnostics);
    const result = checked.parsed ? schema.safeParse(checked.parsed.data) : undefined;
    files.push({ slug, file, ...(result?.success ? { data: result.data as T, parsed: checked.parsed } : {}) });
  }
  return { diagnostics, files };
}

export function loadBodies(root: string): Bodies {
  const { diagnostics, files } = readDataFolder<BodyData>(root, 'bodies', bodySchema, 'src/schemas/bodies.ts');
  const valid = new Map<string, LoadedBody>();
  for (const file of files) if (file.data) valid.set(file.slug, { slug: file.slug, file: file.file, data: file.data });
  return { valid, slugs: new Set(files.map((file) => file.slug)), diagnostics, count: files.length };
}

const slugOf = (ref: unknown): string | undefined =>
  typeof ref === 'string' ? ref : ref && typeof ref === 'object' && 'id' in ref ? String((ref as { id: unknown }).id) : undefined;

/** A reference to a body: undefined when fine (or already reported), else the problem. */
function bodyReference(bodies: Bodies, ref: unknown): { message: string; hint: string } | undefined {
  const slug = slugOf(ref);
  if (slug === undefined || bodies.valid.has(slug) || bodies.slugs.has(slug)) return undefined;
  const guess = didYouMean(slug, [...bodies.valid.values()].map((body) => ({ slug: body.slug, names: [body.data.name, ...(body.data.shortName ? [body.data.shortName] : [])] })));
  return {
    message: `找不到授予机关「${slug}」：content/bodies/ 下没有 ${slug}.yaml${guess ? `。${guess}` : ''}`,
    hint: '写授予机关文件的文件名（不带 .yaml）；还没有这个机关就先在 content/bodies/ 新建一个文件（字段见 src/schemas/bodies.ts）',
  };
}

/**
 * The cross-file problems of one entry whose own schema passed (`data` is the parsed entry):
 * its honors against their bodies, and the bodies its notices name.
 */
export function entryHonorDiagnostics(entry: LoadedEntry, data: Record<string, unknown>, bodies: Bodies): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const push = (path: (string | number)[], message: string, hint: string) =>
    diagnostics.push({ file: entry.file, ...entry.locate(path.map(String)), severity: 'error', message: `${path.join('.')}: ${message}`, hint });
  const reference = (path: (string | number)[], ref: unknown) => {
    const problem = bodyReference(bodies, ref);
    if (problem) push(path, problem.message, problem.hint);
    return problem === undefined ? bodies.valid.get(slugOf(ref)!) : undefined;
  };

  if (entry.collection === 'units' || entry.collection === 'figures') {
    const honors = (data.honors as (CheckedHonor & { body: unknown; history: { by?: unknown }[] })[]) ?? [];
    honors.forEach((honor, index) => {
      const body = reference(['honors', index, 'body'], honor.body);
      honor.history.forEach((change, i) => {
        if (change.by !== undefined) reference(['honors', index, 'history', i, 'by'], change.by);
      });
      // A scaffold's 「待填写」 is reported once, as a placeholder.
      if (!body || hasPlaceholder(honor.title) || hasPlaceholder(honor.term)) return;
      const problems = entry.collection === 'units' ? honorProblems(honor, body.data, body.file) : figureHonorProblems(honor, body.data, body.file);
      for (const problem of problems) push(['honors', index, ...problem.path], problem.message, problem.hint);
    });
  }
  if (entry.collection === 'notices') {
    if (data.issuer !== 'office') reference(['issuer'], data.issuer);
    const proposal = data.proposal as { body: unknown; title: string } | undefined;
    const body = proposal && reference(['proposal', 'body'], proposal.body);
    if (body && proposal && !titleOf(body.data, proposal.title)) {
      push(['proposal', 'title'], `${body.data.name}不授予「${proposal.title}」：它授予的称号是 ${oneOf(body.data.titles.map((t) => `「${t.title}」`))}`, '按拟命名文件照抄其中一个称号');
    }
  }
  return diagnostics;
}

/** settings.officeBody names a body that exists. */
export function settingsBodyDiagnostics(settingsFile: string, officeBody: unknown, locate: ParsedSource['locate'], bodies: Bodies): Diagnostic[] {
  const problem = officeBody === undefined ? undefined : bodyReference(bodies, officeBody);
  return problem ? [{ file: settingsFile, ...locate(['officeBody']), severity: 'error', message: `officeBody: ${problem.message}`, hint: problem.hint }] : [];
}

/** What the batch check needs of each unit: its file and its parsed honors. */
export interface UnitHonors {
  file: string;
  locate: LoadedEntry['locate'];
  honors: (CheckedHonor & { body: unknown })[];
}

/**
 * content/batches/<body>-<term>.yaml: valid, naming a body that exists and titles it confers,
 * named as its decision's address, describing a decision some unit's honor belongs to, and
 * listing no more units per title than it says were named.
 */
export function checkBatches(root: string, units: readonly UnitHonors[], bodies: Bodies): Diagnostic[] {
  // Each file's own schema is checked with every entry (npm run check): here only what needs the honors.
  const { files } = readDataFolder<BatchData>(root, 'batches', batchSchema, 'src/schemas/batches.ts');
  const diagnostics: Diagnostic[] = [];
  const valid: (BatchFile & { parsed: ParsedSource })[] = [];
  for (const file of files) {
    if (!file.data || !file.parsed) continue;
    const { locate } = file.parsed;
    const problem = bodyReference(bodies, file.data.body);
    if (problem) {
      diagnostics.push({ file: file.file, ...locate(['body']), severity: 'error', message: `body: ${problem.message}`, hint: problem.hint });
      continue;
    }
    const body = bodies.valid.get(file.data.body);
    if (!body) continue;
    for (const stage of Object.keys(file.data.stages ?? {}) as (keyof NonNullable<BatchData['stages']>)[]) {
      for (const title of Object.keys(file.data.stages![stage]?.byTitle ?? {})) {
        if (titleOf(body.data, title)) continue;
        diagnostics.push({
          file: file.file,
          ...locate(['stages', stage, 'byTitle', title]),
          severity: 'error',
          message: `stages.${stage}.byTitle: ${body.data.name}不授予「${title}」：它授予的称号是 ${oneOf(body.data.titles.map((t) => `「${t.title}」`))}`,
          hint: '按命名文件照抄称号原文',
        });
      }
    }
    valid.push({ slug: file.slug, file: file.file, data: file.data, parsed: file.parsed });
  }

  // Membership, with the members whose bodies exist.
  const members = units.flatMap((unit) =>
    unit.honors.flatMap((honor, index) => {
      const slug = slugOf(honor.body);
      if (!slug || !bodies.valid.has(slug)) return [];
      const named = namedDay(honor);
      const year = named ? yearOfDate(named.day) : (termYears(honor.term)?.[1] ?? 0);
      return [{ unit, index, honor, input: { body: slug, term: honor.term, year, document: honor.history[0]?.document } }];
    }),
  );
  const membership = assignBatches(members.map((member) => member.input), valid);
  for (const problem of membership.problems) {
    if (problem.file) {
      diagnostics.push({ file: problem.file, line: 1, col: 1, severity: 'error', message: problem.message, hint: problem.hint });
    } else {
      const member = members[problem.member!]!;
      diagnostics.push({ file: member.unit.file, ...member.unit.locate(['honors', String(member.index), 'history', '0']), severity: 'error', message: `honors.${member.index}: ${problem.message}`, hint: problem.hint });
    }
  }
  for (const file of valid) {
    const inBatch = members.filter((_, index) => membership.slugs[index] === file.slug);
    if (inBatch.length === 0 && !membership.problems.some((problem) => problem.file === file.file)) {
      diagnostics.push({
        file: file.file,
        line: 1,
        col: 1,
        severity: 'error',
        message: `没有哪个单位的荣誉属于这一批（授予机关 ${file.data.body}、届次「${file.data.term}」）`,
        hint: '核对 body 和 term 是否与单位荣誉里写的完全一致；命名的单位还没录入时，先录入（npm run import）再写这个文件',
      });
      continue;
    }
    const listed = new Map<string, number>();
    for (const member of inBatch) listed.set(member.honor.title, (listed.get(member.honor.title) ?? 0) + 1);
    for (const over of overListed(file.data, listed)) {
      const path = over.title === '合计' ? ['stages', '命名', 'total'] : ['stages', '命名', 'byTitle', over.title];
      diagnostics.push({
        file: file.file,
        ...file.parsed.locate(path),
        severity: 'error',
        message: `本站收录的「${over.title}」${over.listed} 个，多于文件公布的命名 ${over.named} 个`,
        hint: '核对命名数字，或检查是否有单位的荣誉写错了届次、称号',
      });
    }
    if (file.data.date) {
      const outside = inBatch.filter((member) => {
        const named = member.honor.history[0]?.date;
        const decided = file.data.date!;
        return named !== undefined && !named.startsWith(decided) && !decided.startsWith(named);
      });
      for (const member of outside) {
        diagnostics.push({
          file: member.unit.file,
          ...member.unit.locate(['honors', String(member.index), 'history', '0', 'date']),
          severity: 'error',
          message: `honors.${member.index}.history.0.date: 命名日期 ${member.honor.history[0]!.date} 不在这一批的决定时间（${file.file} 的 date: ${file.data.date}）之内`,
          hint: '核对命名日期；若确是另一次命名，它属于另一个批次（届次或文号不同）',
        });
      }
    }
  }
  return diagnostics;
}
