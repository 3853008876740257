/**
 * Carries out an import plan. New units are written from the same template as `npm run new`
 * (without its draft line and placeholders: an imported unit holds what the list says); an
 * honor is added to an existing unit by inserting text after its last honor, and a conflict the
 * editor accepted (`--update`) by replacing just the values that differ, so that the rest of the
 * file (comments, quoting, layout) stays exactly as the editor wrote it.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { isMap, isScalar, isSeq, parseDocument, type Pair, type YAMLMap } from 'yaml';
import { fail } from '../cli.ts';
import { frontmatterSpan, parseSource } from '../frontmatter.ts';
import { honorYaml, unitFile, type NewHonor } from '../scaffold.ts';
import { yamlValue } from '../yaml-text.ts';
import type { Conflict, ImportPlan } from './plan.ts';

/** Writes the plan; with `update`, the conflicts too (the list wins). Returns the files written. */
export function applyPlan(root: string, plan: ImportPlan, { update = false } = {}): string[] {
  const outputs = new Map<string, string>();
  for (const unit of plan.creates) outputs.set(join(root, unit.file), unitFile(unit.unit));
  if (update) {
    for (const conflict of plan.conflicts) {
      const path = conflict.entry.absPath;
      outputs.set(path, withHonorUpdated(outputs.get(path) ?? conflict.entry.text, conflict, conflict.entry.file));
    }
  }
  for (const addition of plan.additions) {
    const path = addition.entry.absPath;
    outputs.set(path, withHonors(outputs.get(path) ?? addition.entry.text, addition.honors.map(({ honor }) => honor), addition.entry.file));
  }
  // Everything is prepared before anything is written: a failure leaves the content untouched.
  for (const [path, text] of outputs) writeFileSync(path, text);
  return [...outputs.keys()];
}

/** The unit's text with one honor's differing values set to the list's. */
export function withHonorUpdated(source: string, conflict: Conflict, file: string): string {
  const span = frontmatterSpan(source);
  const yamlText = source.slice(span.start, span.end);
  const doc = parseDocument(yamlText);
  const honors = isMap(doc.contents) ? doc.contents.get('honors', true) : undefined;
  const honor = isSeq(honors) ? honors.items[conflict.honorIndex] : undefined;
  const history = isMap(honor) ? honor.get('history', true) : undefined;
  const naming = isSeq(history) ? history.items[0] : undefined;
  if (!isMap(honor) || !isMap(naming)) fail(`${file} 的第 ${conflict.honorIndex + 1} 项荣誉不是常规写法，无法自动更新，请手工修改`);
  const edits: { at: number; end: number; text: string }[] = [];
  const set = (map: YAMLMap, key: string, value: string | number, after: string) => {
    const text = yamlValue(value);
    const pair = map.items.find((item) => isScalar(item.key) && item.key.value === key) as Pair<unknown, { range?: [number, number, number] }> | undefined;
    if (pair?.value?.range) {
      edits.push({ at: pair.value.range[0], end: pair.value.range[1], text });
      return;
    }
    // Not written yet: a new line under the field it belongs after, or `, key: value` in a `{ … }` map.
    const anchor = (map.items.find((item) => isScalar(item.key) && item.key.value === after) ?? map.items.at(-1)) as Pair<{ range?: [number, number, number] }, { range?: [number, number, number] }>;
    if (map.flow) {
      edits.push({ at: anchor.value!.range![1], end: anchor.value!.range![1], text: `, ${key}: ${text}` });
    } else {
      const keyStart = anchor.key!.range![0];
      const indent = keyStart - (yamlText.lastIndexOf('\n', keyStart - 1) + 1);
      const lineEnd = yamlText.indexOf('\n', anchor.value!.range![1] - 1);
      const at = lineEnd === -1 ? yamlText.length : lineEnd + 1;
      edits.push({ at, end: at, text: `${lineEnd === -1 ? '\n' : ''}${' '.repeat(indent)}${key}: ${text}\n` });
    }
  };
  const expected = structuredClone(parseSource(source).data) as { honors: Record<string, unknown>[] };
  const expectedHonor = expected.honors[conflict.honorIndex]!;
  const expectedNaming = (expectedHonor.history as Record<string, unknown>[])[0]!;
  for (const difference of conflict.differences) {
    // Both live on the 命名 entry: its date, and the decision's document.
    if (difference.field === 'named') {
      set(naming, 'date', difference.list, 'status');
      expectedNaming.date = new Date(`${difference.list}T00:00:00Z`);
    } else {
      set(naming, 'document', difference.list, 'date');
      expectedNaming.document = difference.list;
    }
  }
  let updated = yamlText;
  for (const edit of edits.sort((a, b) => b.at - a.at)) updated = updated.slice(0, edit.at) + edit.text + updated.slice(edit.end);
  const result = source.slice(0, span.start) + updated + source.slice(span.end);
  if (!isDeepStrictEqual(parseSource(result).data, expected)) {
    fail(`自动更新 ${file} 时结果不对，已停止，没有写入任何文件。请手工修改，并把这个文件发给技术人员排查`);
  }
  return result;
}

/** The unit's text with honors appended to its `honors:` list. */
export function withHonors(source: string, honors: readonly NewHonor[], file: string): string {
  const span = frontmatterSpan(source);
  const yamlText = source.slice(span.start, span.end);
  const doc = parseDocument(yamlText);
  const pair = isMap(doc.contents) ? doc.contents.items.find((item) => isScalar(item.key) && item.key.value === 'honors') : undefined;
  const seq = pair?.value;
  if (!isSeq(seq) || seq.flow || seq.items.length === 0 || !seq.range) fail(`${file} 的 honors 不是常规的列表写法，无法自动添加，请手工添加`);
  const firstItem = seq.items[0] as { range?: [number, number, number] };
  const itemStart = firstItem.range![0];
  const lineStart = yamlText.lastIndexOf('\n', itemStart - 1) + 1;
  const dashIndent = yamlText.slice(lineStart, itemStart).replace(/-\s*$/, '');
  const valueEnd = seq.range[1];
  const lineEnd = yamlText.indexOf('\n', valueEnd - 1);
  const insertAt = lineEnd === -1 ? yamlText.length : lineEnd + 1;
  const block = honors
    .map((honor) => honorYaml(honor, { comments: false }).split('\n').map((line) => dashIndent + line.slice(2)).join('\n'))
    .join('\n');
  const prefix = yamlText.slice(0, insertAt);
  const updatedYaml = `${prefix}${prefix.endsWith('\n') ? '' : '\n'}${block}\n${yamlText.slice(insertAt)}`.replace(/\n$/, yamlText.endsWith('\n') ? '\n' : '');
  const updated = source.slice(0, span.start) + updatedYaml + source.slice(span.end);
  verify(source, updated, honors.length, file);
  return updated;
}

/** The edit must add exactly the honors and change nothing else the site reads. */
function verify(before: string, after: string, added: number, file: string): void {
  const old = parseSource(before).data;
  const now = parseSource(after).data;
  const oldHonors = (old.honors as unknown[]) ?? [];
  const newHonors = (now.honors as unknown[]) ?? [];
  const same = JSON.stringify({ ...old, honors: oldHonors }) === JSON.stringify({ ...now, honors: newHonors.slice(0, oldHonors.length) });
  if (!same || newHonors.length !== oldHonors.length + added) fail(`自动添加荣誉到 ${file} 时结果不对，已停止，没有写入任何文件。请手工添加，并把这个文件发给技术人员排查`);
}
