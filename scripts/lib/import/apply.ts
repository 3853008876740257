/**
 * Carries out an import plan. New units are written from the same scaffold as `npm run new`;
 * an honor is added to an existing unit by inserting text after its last honor, so that the
 * rest of the file (comments, quoting, layout) stays exactly as the editor wrote it.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isScalar, isSeq, parseDocument } from 'yaml';
import { fail } from '../cli.ts';
import { frontmatterSpan, parseSource } from '../frontmatter.ts';
import { honorYaml, unitFile, type HonorDraft } from '../scaffold.ts';
import type { ImportPlan } from './plan.ts';

export function applyPlan(root: string, plan: ImportPlan): string[] {
  const outputs = new Map<string, string>();
  for (const unit of plan.creates) outputs.set(join(root, unit.file), unitFile(unit.draft));
  for (const addition of plan.additions) outputs.set(addition.entry.absPath, withHonors(addition.entry.text, addition.honors.map((honor) => honor.draft), addition.entry.file));
  // Everything is prepared before anything is written: a failure leaves the content untouched.
  for (const [path, text] of outputs) writeFileSync(path, text);
  return [...outputs.keys()];
}

/** The unit's text with honors appended to its `honors:` list. */
export function withHonors(source: string, honors: readonly HonorDraft[], file: string): string {
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
