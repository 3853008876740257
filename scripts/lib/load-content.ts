/** Reads every entry once: its text, its frontmatter data and where each field is written. */
import type { Collection } from '../../src/schemas/context.ts';
import { listEntryFiles, readText, type EntryFile } from './content-files.ts';
import type { Diagnostic } from './diagnostics.ts';
import { FrontmatterError, parseSource, yamlErrorDiagnostic, type ParsedSource } from './frontmatter.ts';

export interface LoadedEntry extends EntryFile {
  text: string;
  /** Undefined when the frontmatter could not be read (a diagnostic says why). */
  data: Record<string, unknown> | undefined;
  parsed: ParsedSource | undefined;
  locate: ParsedSource['locate'];
}

export function loadEntries(root: string): { entries: LoadedEntry[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const entries = listEntryFiles(root).map((file): LoadedEntry => {
    const text = readText(file.absPath);
    try {
      const parsed = parseSource(text);
      return { ...file, text, data: parsed.data, parsed, locate: parsed.locate };
    } catch (error) {
      if (!(error instanceof FrontmatterError)) throw error;
      diagnostics.push(yamlErrorDiagnostic(file.file, error));
      return { ...file, text, data: undefined, parsed: undefined, locate: () => ({ line: 1, col: 1 }) };
    }
  });
  return { entries, diagnostics };
}

export const entriesOf = (entries: readonly LoadedEntry[], collection: Collection) => entries.filter((entry) => entry.collection === collection);
