/**
 * Text the scaffolder writes where only an editor can supply it: 「待填写：……」. An entry that is
 * published with one would show it on its page, in search and in the open data, so outside a
 * draft every one is an error, named by field (or body line) with the text the template wrote.
 */
import { fieldPath } from '../../../src/lib/errors.ts';
import { positionAt, type Diagnostic } from '../diagnostics.ts';
import type { LoadedEntry } from '../load-content.ts';
import { leaves } from '../walk-data.ts';
import { messages } from '../../../src/messages/index.ts';

/** Written by `npm run new` wherever the editor must supply the text. */
export const PLACEHOLDER = '待填写';

export const hasPlaceholder = (value: unknown): boolean => typeof value === 'string' && value.includes(PLACEHOLDER);

/** The marker and what follows it on its line, shortened: what the editor will search for. */
const snippet = (text: string, at: number) => {
  const line = text.slice(at).split(/\r?\n/)[0]!.trim();
  return line.length > 30 ? `${line.slice(0, 30)}……` : line;
};

export function findPlaceholders(entry: LoadedEntry, draft: boolean): Diagnostic[] {
  if (!entry.data || !entry.parsed) return [];
  const hint = messages.check.placeholder.hint(draft);
  const diagnostics: Diagnostic[] = [];
  for (const [path, value] of leaves(entry.data)) {
    if (!hasPlaceholder(value)) continue;
    const text = String(value);
    diagnostics.push({
      file: entry.file,
      ...entry.locate(path),
      severity: 'error',
      message: messages.check.placeholder.field(fieldPath(path), snippet(text, text.indexOf(PLACEHOLDER))),
      hint,
    });
  }
  const bodyStart = entry.text.length - entry.parsed.body.length;
  const seenLines = new Set<number>();
  for (let at = entry.text.indexOf(PLACEHOLDER, bodyStart); at !== -1; at = entry.text.indexOf(PLACEHOLDER, at + PLACEHOLDER.length)) {
    const position = positionAt(entry.text, at);
    if (seenLines.has(position.line)) continue;
    seenLines.add(position.line);
    diagnostics.push({ file: entry.file, ...position, severity: 'error', ...messages.check.body.placeholder(snippet(entry.text, at), hint) });
  }
  return diagnostics;
}
