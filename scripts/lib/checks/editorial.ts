/**
 * Warnings that do not stop a build but that an editor wants to know about: a 公示 whose window
 * closed with no outcome, alt text that says nothing.
 */
import type { Diagnostic } from '../diagnostics.ts';
import type { LoadedEntry } from '../load-content.ts';
import { leaves } from '../walk-data.ts';
import { messages } from '../../../src/messages/index.ts';

export function findOpenNoticesWithoutOutcome(entry: LoadedEntry, today: string): Diagnostic[] {
  if (entry.collection !== 'notices' || !entry.data) return [];
  const window = entry.data.window as { end?: unknown } | undefined;
  const end = window?.end instanceof Date ? window.end.toISOString().slice(0, 10) : String(window?.end ?? '');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(end) || end >= today || entry.data.outcome !== undefined) return [];
  return [
    {
      file: entry.file,
      ...entry.locate(['window', 'end']),
      severity: 'warning',
      ...messages.check.noticeWithoutOutcome(end),
    },
  ];
}

const EMPTY_ALT = /^(图片?|照片|封面|肖像|配图|image|photo|picture|img|cover)$/i;
const FILE_NAME = /\.(jpe?g|png|webp|avif|gif|svg)$/i;

/** Alt text that is empty, a file name or a generic word tells a screen-reader user nothing. */
export const isWeakAlt = (alt: string): boolean => alt.trim() === '' || EMPTY_ALT.test(alt.trim()) || FILE_NAME.test(alt.trim());

export function findWeakAltText(entry: LoadedEntry): Diagnostic[] {
  if (!entry.data) return [];
  // An empty alt is the schema's to refuse; here only alt text that says nothing.
  return [...leaves(entry.data)]
    .filter(([path, alt]) => path.at(-1) === 'alt' && typeof alt === 'string' && alt.trim() !== '' && isWeakAlt(alt))
    .map(([path, alt]): Diagnostic => ({
      file: entry.file,
      ...entry.locate(path),
      severity: 'warning',
      ...messages.check.weakAlt.field(String(alt)),
    }));
}
