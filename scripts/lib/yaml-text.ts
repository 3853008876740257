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

export function addDays(day: string, days: number): string {
  const next = new Date(`${day}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + days);
  return next.toISOString().slice(0, 10);
}
