/**
 * A problem found in the content, in the form compilers and editors understand:
 * `path:line:col: error|warning: message`, followed by a hint for the fix.
 */

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  col: number;
  severity: Severity;
  message: string;
  /** How to fix it, in one sentence. */
  hint?: string | undefined;
}

export function formatDiagnostic(d: Diagnostic): string {
  const head = `${d.file}:${d.line}:${d.col}: ${d.severity}: ${d.message}`;
  return d.hint ? `${head}\n    修改建议：${d.hint}` : head;
}

export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col || a.message.localeCompare(b.message));
}

/** 1-based line and column of a character offset in a text. */
export function positionAt(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, col: offset - lineStart + 1 };
}

/**
 * A problem in a draft (`draft: true`): a draft is never published, so what would stop a build
 * is only a note of what is left to do. Marked so the editor knows why it is not an error.
 */
export function asDraftNote(diagnostic: Diagnostic): Diagnostic {
  return { ...diagnostic, severity: 'warning', message: `草稿：${diagnostic.message}` };
}
