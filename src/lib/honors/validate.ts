/**
 * What an honor must satisfy against its conferring body, which its own schema cannot see: the
 * title is one the body confers, the term has the body's form, the history is sound under the
 * body's validity rule. Pure; the content gate (scripts/lib/checks/honors.ts) turns each problem
 * into a diagnostic at the file, line and field.
 */
import type { BodyData, BodyTitle } from '../../schemas/bodies.ts';
import { oneOf } from '../../schemas/shared.ts';
import { historyProblems, type HonorEvent, type ValidityRule } from './state.ts';
import { TERM_EXAMPLES, termFormProblem } from './terms.ts';

export interface HonorProblem {
  /** Path below the honor, e.g. ['title'] or ['history', 2, 'date']. */
  path: (string | number)[];
  message: string;
  hint: string;
}

/** The body's entry for a title, if it confers it. */
export const titleOf = (body: Pick<BodyData, 'titles'>, title: string): BodyTitle | undefined => body.titles.find((candidate) => candidate.title === title);

/** The rule a title lives by: a 称号 with its body's validity, or a 表彰. */
export function ruleOf(body: Pick<BodyData, 'titles' | 'validity'>, title: string): ValidityRule {
  const kind = titleOf(body, title)?.kind ?? '称号';
  return kind === '表彰' ? { kind } : { kind, years: body.validity?.years, graceDays: body.validity?.graceDays, assumed: body.validity?.assumed };
}

export interface CheckedHonor {
  title: string;
  term?: string | undefined;
  history: readonly HonorEvent[];
}

/** The title is one the body confers; the term is written in the body's form. */
function titleAndTermProblems(honor: { title: string; term?: string | undefined }, body: BodyData, bodyFile: string): { problems: HonorProblem[]; title?: BodyTitle } {
  const title = titleOf(body, honor.title);
  if (!title) {
    return {
      problems: [{
        path: ['title'],
        message: `${body.name}不授予「${honor.title}」：它授予的称号是 ${oneOf(body.titles.map((t) => `「${t.title}」`))}`,
        hint: `按命名文件原文从中选一个照抄（不加级别等前缀）；文件里确有新的称号，先把它加到 ${bodyFile} 的 titles`,
      }],
    };
  }
  const formProblem = honor.term ? termFormProblem(honor.term, title.termForm ?? body.termForm) : undefined;
  const problems: HonorProblem[] = formProblem
    ? [{ path: ['term'], message: `届次「${honor.term}」的写法不对：${formProblem}`, hint: `照命名文件的原文写；如果该机关的届次确是另一种写法，改 ${bodyFile} 的 termForm（可写 其他）` }]
    : [];
  return { problems, title };
}

/** Problems of a unit's honor against its body (`bodyFile` is named in hints). */
export function honorProblems(honor: CheckedHonor, body: BodyData, bodyFile: string): HonorProblem[] {
  const { problems, title } = titleAndTermProblems(honor, body, bodyFile);
  if (!title) return problems;
  const form = title.termForm ?? body.termForm;
  if (!honor.term && form !== '其他') {
    problems.push({ path: ['title'], message: `缺少届次 term：${body.name}的「${honor.title}」按「${form}」标届次`, hint: `按命名文件写上届次，例如 term: ${TERM_EXAMPLES[form]}` });
  }
  for (const problem of historyProblems(honor, ruleOf(body, honor.title))) {
    problems.push({
      path: problem.index === undefined ? ['history'] : ['history', problem.index, ...(problem.field ? [problem.field] : [])],
      message: problem.message,
      hint: problem.hint ?? '按上面的说明改正',
    });
  }
  return problems;
}

/** Problems of a figure's honor against its body: the title and the term's form. */
export function figureHonorProblems(honor: { title: string; term?: string | undefined }, body: BodyData, bodyFile: string): HonorProblem[] {
  return titleAndTermProblems(honor, body, bodyFile).problems;
}
