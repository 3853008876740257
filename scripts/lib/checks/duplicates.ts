/**
 * Things that must be unique: URL slugs within a collection (foo.md and foo.mdx clash), unit
 * names (the import matches units by name), and slugs must be usable as written.
 */
import { asDraftNote, type Diagnostic } from '../diagnostics.ts';
import { isDraft } from '../../../src/lib/drafts.ts';
import { isValidSlug } from '../../../src/lib/slugs.ts';
import { normaliseName } from '../names.ts';
import { slugFromName } from '../slugify.ts';
import type { LoadedEntry } from '../load-content.ts';
import { messages } from '../../../src/messages/index.ts';

export function findDuplicates(entries: readonly LoadedEntry[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];

  const bySlug = groupBy(entries, (entry) => `${entry.collection}/${entry.id}`);
  for (const group of bySlug.values()) {
    if (group.length < 2) continue;
    for (const entry of group) {
      const others = group.filter((other) => other !== entry).map((other) => other.file);
      diagnostics.push({
        file: entry.file,
        line: 1,
        col: 1,
        severity: 'error',
        ...messages.check.duplicate.slug(others, `${entry.collection}/${entry.id}`),
      });
    }
  }

  for (const entry of entries) {
    if (isValidSlug(entry.id)) continue;
    const label = typeof entry.data?.name === 'string' ? entry.data.name : typeof entry.data?.title === 'string' ? entry.data.title : entry.id;
    const diagnostic: Diagnostic = {
      file: entry.file,
      line: 1,
      col: 1,
      severity: 'error',
      ...messages.check.duplicate.badSlug(entry.id, slugFromName(label), entry.collection === 'exhibitions'),
    };
    diagnostics.push(isDraft(entry.data) ? asDraftNote(diagnostic) : diagnostic);
  }

  const units = entries.filter((entry) => entry.collection === 'units' && entry.data);
  const byName = groupBy(units, (entry) => normaliseName(String(entry.data!.name ?? '')));
  for (const [name, group] of byName) {
    if (!name || group.length < 2) continue;
    for (const entry of group) {
      const others = group.filter((other) => other !== entry).map((other) => other.file);
      diagnostics.push({
        file: entry.file,
        ...entry.locate(['name']),
        severity: 'error',
        ...messages.check.duplicate.unitName(String(entry.data!.name), others),
      });
    }
  }
  for (const entry of units) {
    const formerNames = Array.isArray(entry.data!.formerNames) ? (entry.data!.formerNames as { name?: unknown }[]) : [];
    for (const [i, former] of formerNames.entries()) {
      const owner = byName.get(normaliseName(String(former?.name ?? '')));
      const other = owner?.find((candidate) => candidate !== entry);
      if (!other) continue;
      diagnostics.push({
        file: entry.file,
        ...entry.locate(['formerNames', i, 'name']),
        severity: 'warning',
        ...messages.check.duplicate.formerName(String(former.name), other.file),
      });
    }
  }

  const figures = entries.filter((entry) => entry.collection === 'figures' && entry.data);
  for (const group of groupBy(figures, (entry) => normaliseName(String(entry.data!.name ?? ''))).values()) {
    if (group.length < 2) continue;
    for (const entry of group) {
      diagnostics.push({
        file: entry.file,
        ...entry.locate(['name']),
        severity: 'warning',
        ...messages.check.duplicate.figureName(String(entry.data!.name), group.filter((other) => other !== entry).map((other) => other.file)),
      });
    }
  }
  return diagnostics;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  return groups;
}
