/**
 * Values written into hand-laid-out YAML templates. The YAML 1.1 schema quotes every string a
 * reader could take for something else (yes, 2024-01-01, 007), so what is written reads back
 * as written.
 */
import { stringify } from 'yaml';

const OPTIONS = { schema: 'yaml-1.1', lineWidth: 0 } as const;

/** One value on one line: a scalar, or a list in flow style `[a, b]`. */
export function inline(value: string | number | boolean | readonly (string | number)[]): string {
  if (Array.isArray(value)) return `[${value.map((item) => (/[,[\]{}#:"']/.test(String(item)) ? JSON.stringify(item) : inline(item))).join(', ')}]`;
  return stringify(value, OPTIONS).trimEnd();
}

/** A day unquoted, as editors write it (YAML reads it as a date); any other value as `inline` writes it. */
export const yamlValue = (value: string | number): string => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : inline(value));
