/** Reads every entry once: its text, its frontmatter data and where each field is written. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { contentType, type CollectionName } from '../../src/registry/index.ts';
import { bothPhotoListsMessage, CSV_HINT, parsePhotoList, PHOTO_LIST_FILE } from '../../src/lib/photo-list.ts';
import { displayPath, listEntryFiles, readText, type EntryFile } from './content-files.ts';
import { positionAt, type Diagnostic } from './diagnostics.ts';
import { NotUtf8Error, SAVE_AS_UTF8_HINT } from './encoding.ts';
import { FrontmatterError, parseSource, yamlErrorDiagnostic, type ParsedSource } from './frontmatter.ts';

/** Where a field is written; `file` is set when that is not the entry itself (a photos.csv cell). */
export type Locate = (path: readonly PropertyKey[], options?: { atKey?: boolean }) => { line: number; col: number; file?: string };

export interface LoadedEntry extends EntryFile {
  text: string;
  /** Undefined when the frontmatter could not be read (a diagnostic says why). */
  data: Record<string, unknown> | undefined;
  parsed: ParsedSource | undefined;
  locate: Locate;
  /** An exhibition's photos.csv, whose rows are `data.photos`. */
  photoList?: { file: string; text: string };
}

export function loadEntries(root: string): { entries: LoadedEntry[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const entries = listEntryFiles(root).map((file): LoadedEntry => {
    const unreadable = (text: string): LoadedEntry => ({ ...file, text, data: undefined, parsed: undefined, locate: () => ({ line: 1, col: 1 }) });
    const read = readTextOrReport(file.file, file.absPath, diagnostics);
    if (read.text === undefined) return unreadable(read.bestEffort);
    let entry: LoadedEntry;
    try {
      const parsed = parseSource(read.text, { wholeFileIsYaml: contentType(file.collection).files.layout === 'data' });
      entry = { ...file, text: read.text, data: parsed.data, parsed, locate: parsed.locate };
    } catch (error) {
      if (!(error instanceof FrontmatterError)) throw error;
      diagnostics.push(yamlErrorDiagnostic(file.file, error));
      entry = unreadable(read.text);
    }
    return file.collection === 'exhibitions' ? withPhotoList(root, entry, diagnostics) : entry;
  });
  return { entries, diagnostics };
}

/**
 * A content file's text, or, when it is not UTF-8, a diagnostic that says so (at the first line
 * UTF-8 cannot read) and the text as well as it could be read, for the personal-data scan.
 */
export function readTextOrReport(file: string, absPath: string, diagnostics: Diagnostic[]): { text: string; bestEffort?: never } | { text: undefined; bestEffort: string } {
  try {
    return { text: readText(absPath) };
  } catch (error) {
    if (!(error instanceof NotUtf8Error)) throw error;
    diagnostics.push({ file, ...positionAt(error.text, error.offset), severity: 'error', message: error.message, hint: SAVE_AS_UTF8_HINT });
    return { text: undefined, bestEffort: error.text };
  }
}

/**
 * Puts the rows of photos.csv where the site puts them, in `data.photos`, and makes `locate`
 * answer with the row and column of a photo field, so every later check reports the CSV cell.
 */
function withPhotoList(root: string, entry: LoadedEntry, diagnostics: Diagnostic[]): LoadedEntry {
  const absPath = join(dirname(entry.absPath), PHOTO_LIST_FILE);
  if (!existsSync(absPath)) return entry;
  const shown = displayPath(root, absPath);
  const read = readTextOrReport(shown, absPath, diagnostics);
  const photoList = { file: shown, text: read.text ?? read.bestEffort };
  if (read.text === undefined) return { ...entry, photoList };
  const list = parsePhotoList(photoList.text);
  diagnostics.push(...list.problems.map(({ hint, ...problem }): Diagnostic => ({ file: photoList.file, ...problem, severity: 'error', hint })));
  if (!entry.data || !entry.parsed) return { ...entry, photoList };
  if ('photos' in entry.data) {
    const message = bothPhotoListsMessage(entry.file, photoList.file);
    diagnostics.push({ file: entry.file, ...entry.locate(['photos'], { atKey: true }), severity: 'error', message, hint: CSV_HINT });
    return { ...entry, photoList };
  }
  const locate: Locate = (path, options) =>
    path[0] === 'photos' ? { file: photoList.file, ...list.locate(path.slice(1)) } : entry.parsed!.locate(path, options);
  const data = { ...entry.data, photos: list.photos };
  // Schema diagnostics locate through `parsed`; the extra `file` is spread into each of them.
  return { ...entry, data, parsed: { ...entry.parsed, data, locate }, locate, photoList };
}

export const entriesOf = (entries: readonly LoadedEntry[], collection: CollectionName) => entries.filter((entry) => entry.collection === collection);
