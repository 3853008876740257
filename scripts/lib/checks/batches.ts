/**
 * content/batches/<year>-<level>.yaml: the figures an office published about one naming batch,
 * validated with the site's batchSchema, and named after a batch that exists (a year and a level
 * some unit's honor has), as the build requires (src/lib/model.ts).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { batchSchema } from '../../../src/schemas/batches.ts';
import { LEVELS, type Level } from '../../../src/schemas/shared.ts';
import { batchSlug, LEVEL_SLUGS } from '../../../src/lib/model.ts';
import { contentDir, displayPath } from '../content-files.ts';
import type { Diagnostic } from '../diagnostics.ts';
import { readTextOrReport, type LoadedEntry } from '../load-content.ts';
import { checkYamlFile } from './schema.ts';

/** The batches the units' honors make: `2009-provincial`, … */
function existingBatches(units: readonly LoadedEntry[]): Set<string> {
  const slugs = new Set<string>();
  for (const unit of units) {
    for (const honor of (unit.data?.honors as { year?: unknown; level?: unknown }[] | undefined) ?? []) {
      if (typeof honor?.year === 'number' && LEVELS.includes(honor.level as Level)) slugs.add(batchSlug(honor.year, honor.level as Level));
    }
  }
  return slugs;
}

export function checkBatches(root: string, units: readonly LoadedEntry[]): { diagnostics: Diagnostic[]; count: number } {
  const dir = join(contentDir(root), 'batches');
  if (!existsSync(dir)) return { diagnostics: [], count: 0 };
  const files = readdirSync(dir).filter((name) => /\.ya?ml$/i.test(name)).sort();
  const batches = existingBatches(units);
  const diagnostics: Diagnostic[] = [];
  for (const name of files) {
    const absPath = join(dir, name);
    const file = displayPath(root, absPath);
    const read = readTextOrReport(file, absPath, diagnostics);
    if (read.text !== undefined) diagnostics.push(...checkYamlFile(file, read.text, batchSchema, 'src/schemas/batches.ts').diagnostics);
    const slug = name.replace(/\.ya?ml$/i, '');
    if (!batches.has(slug)) {
      diagnostics.push({
        file,
        line: 1,
        col: 1,
        severity: 'error',
        message: `没有「${slug}」这个命名批次：没有哪个单位的荣誉是这一年、这一级别`,
        hint: `文件名写「年份-级别」，级别用 ${Object.entries(LEVEL_SLUGS).map(([level, ascii]) => `${ascii}（${level}）`).join('、')}；现有批次：${[...batches].sort().join('、') || '（还没有）'}`,
      });
    }
  }
  return { diagnostics, count: files.length };
}
