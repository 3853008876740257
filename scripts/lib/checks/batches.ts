/**
 * content/batches/<year>-<level>.yaml: the figures an office published about one naming batch
 * (validated with batchSchema like any entry) must be named after a batch that exists: a year
 * and a level some published unit's honor has, as the build requires (src/lib/model.ts).
 */
import { LEVELS, type Level } from '../../../src/schemas/shared.ts';
import { batchSlug, LEVEL_SLUGS } from '../../../src/lib/model.ts';
import { isDraft } from '../../../src/lib/drafts.ts';
import type { Diagnostic } from '../diagnostics.ts';
import type { LoadedEntry } from '../load-content.ts';
import { messages } from '../../../src/messages/index.ts';

/** The batches the published units' honors make: `2009-provincial`, … */
function existingBatches(entries: readonly LoadedEntry[]): Set<string> {
  const slugs = new Set<string>();
  for (const unit of entries) {
    if (unit.collection !== 'units' || isDraft(unit.data)) continue;
    for (const honor of (unit.data?.honors as { year?: unknown; level?: unknown }[] | undefined) ?? []) {
      if (typeof honor?.year === 'number' && LEVELS.includes(honor.level as Level)) slugs.add(batchSlug(honor.year, honor.level as Level));
    }
  }
  return slugs;
}

const known = new WeakMap<readonly LoadedEntry[], Set<string>>();

export function checkBatchExists(entry: LoadedEntry, entries: readonly LoadedEntry[]): Diagnostic[] {
  let batches = known.get(entries);
  if (!batches) known.set(entries, (batches = existingBatches(entries)));
  if (batches.has(entry.id)) return [];
  return [
    {
      file: entry.file,
      line: 1,
      col: 1,
      severity: 'error',
      ...messages.check.unknownBatch(
        entry.id,
        Object.entries(LEVEL_SLUGS).map(([level, ascii]) => `${ascii}（${level}）`),
        [...batches].sort(),
      ),
    },
  ];
}
