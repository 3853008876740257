/**
 * Validation problems, made readable for editors in one place: the file, the field path,
 * then what is wrong and what would be valid (the schema messages carry the last two).
 */
export interface Issue {
  path: readonly PropertyKey[];
  message: string;
}

/** `honors.0.history.1` style path, the form Astro also prints. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.') || '(整个文件)';
}

export function formatIssues(file: string, issues: readonly Issue[]): string {
  return [`${file} 有 ${issues.length} 处错误：`, ...issues.map((issue) => `  - ${fieldPath(issue.path)}: ${issue.message}`)].join('\n');
}
