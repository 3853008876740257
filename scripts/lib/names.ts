/**
 * Names compared the way people mean them: full-width and half-width forms are the same
 * (NFKC: （）→ (), Ａ → A, the ideographic space → space), spaces do not count, Latin letters
 * ignore case.
 */
export function normaliseName(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

/** A unit's names, current first, then its former names. */
export function unitNames(data: Record<string, unknown>): string[] {
  const former = Array.isArray(data.formerNames) ? (data.formerNames as { name?: unknown }[]).map((entry) => entry?.name) : [];
  return [data.name, ...former].filter((name): name is string => typeof name === 'string');
}

/**
 * Units under each of their names, current and former, normalised: how the import and `npm run
 * new` find a unit an editor names. The first unit to use a name keeps it (`npm run check`
 * reports names two units share).
 */
export function unitsByName<T extends { data: Record<string, unknown> | undefined }>(units: readonly T[]): Map<string, T> {
  const byName = new Map<string, T>();
  for (const unit of units) {
    for (const name of unit.data ? unitNames(unit.data) : []) if (!byName.has(normaliseName(name))) byName.set(normaliseName(name), unit);
  }
  return byName;
}
