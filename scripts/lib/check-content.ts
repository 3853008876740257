/**
 * `npm run check`, step by step: settings, then every entry against the site's own schemas,
 * then what the schemas cannot see alone (references, duplicates, personal data, photo GPS,
 * characters the share-image font lacks, editorial warnings).
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { settingsSchema } from '../../src/schemas/settings.ts';
import { findBrokenReferences, type RawEntry } from '../../src/lib/references.ts';
import { fieldPath } from '../../src/lib/errors.ts';
import { findImpossibleDates } from '../../src/lib/impossible-dates.ts';
import { SETTINGS_FILE } from '../../src/lib/settings.ts';
import { contentDir, displayPath, readText, walkFiles } from './content-files.ts';
import { sortDiagnostics, type Diagnostic } from './diagnostics.ts';
import { entriesOf, loadEntries, type LoadedEntry } from './load-content.ts';
import { leaves } from './walk-data.ts';
import { looksLikeImagePath, SCHEMAS, schemaFile, standInHelpers } from './schemas.ts';
import { checkBatches } from './checks/batches.ts';
import { findBodyImageProblems } from './checks/body-images.ts';
import { findDuplicates } from './checks/duplicates.ts';
import { findOpenNoticesWithoutOutcome, findPlaceholders, findWeakAltText } from './checks/editorial.ts';
import { findMissingGlyphs, SETTINGS_SHARE_IMAGE_FIELDS, SHARE_IMAGE_FIELDS } from './checks/font.ts';
import { GPS_HINT, gpsPosition, METADATA_IMAGE } from './checks/gps.ts';
import { findPersonalData } from './checks/personal-data.ts';
import { findStrayFiles } from './checks/stray-files.ts';
import { checkYamlFile, schemaDiagnostics } from './checks/schema.ts';

export interface CheckOptions {
  /** The day notice windows are judged against, YYYY-MM-DD. */
  today: string;
}

export interface CheckReport {
  diagnostics: Diagnostic[];
  entryCount: number;
  imageCount: number;
}

export async function checkContent(root: string, options: CheckOptions): Promise<CheckReport> {
  const diagnostics: Diagnostic[] = [...checkSettings(root)];
  const loaded = loadEntries(root);
  diagnostics.push(...loaded.diagnostics);
  const entries = loaded.entries;

  for (const entry of entries) {
    for (const { file, text } of [entry, ...(entry.photoList ? [entry.photoList] : [])]) {
      diagnostics.push(...findPersonalData(file, text), ...findPlaceholders(file, text));
    }
    if (!entry.data || !entry.parsed) continue;
    // YAML rolls an impossible day over to another one before the schema sees it; the build
    // stops on these, so check does too.
    for (const issue of findImpossibleDates(entry.text)) {
      const hint = `改正字段 ${fieldPath(issue.path)} 的日期，写成真实存在的 YYYY-MM-DD`;
      diagnostics.push({ file: entry.file, ...entry.locate(issue.path.map(String)), severity: 'error', message: issue.message, hint });
    }
    const result = SCHEMAS[entry.collection](standInHelpers(entry.absPath)).safeParse(entry.data);
    diagnostics.push(
      ...schemaDiagnostics(entry.collection, entry.file, entry.parsed, result),
      ...findMissingGlyphs(entry.file, entry.data, entry.locate, SHARE_IMAGE_FIELDS[entry.collection]),
      ...findOpenNoticesWithoutOutcome(entry, options.today),
      ...findWeakAltText(entry),
      ...findBodyImageProblems(entry),
    );
  }

  diagnostics.push(...referenceDiagnostics(entries), ...findDuplicates(entries), ...findStrayFiles(root, loadedFiles(entries)));
  const batches = checkBatches(root, entriesOf(entries, 'units'));
  diagnostics.push(...batches.diagnostics);
  const images = await gpsDiagnostics(root, entries);
  diagnostics.push(...images.diagnostics);
  return { diagnostics: sortDiagnostics(diagnostics), entryCount: entries.length + batches.count, imageCount: images.count };
}

/** The files the site reads: every entry and every exhibition's photos.csv. */
const loadedFiles = (entries: readonly LoadedEntry[]) => new Set(entries.flatMap((entry) => [entry.file, ...(entry.photoList ? [entry.photoList.file] : [])]));

function checkSettings(root: string): Diagnostic[] {
  const absPath = join(root, SETTINGS_FILE);
  if (!existsSync(absPath)) {
    return [{ file: SETTINGS_FILE, line: 1, col: 1, severity: 'error', message: '找不到站点设置文件', hint: `新建 ${SETTINGS_FILE}，字段说明见 src/schemas/settings.ts` }];
  }
  const { diagnostics, parsed } = checkYamlFile(SETTINGS_FILE, readText(absPath), settingsSchema, 'src/schemas/settings.ts');
  return parsed ? [...diagnostics, ...findMissingGlyphs(SETTINGS_FILE, parsed.data, parsed.locate, SETTINGS_SHARE_IMAGE_FIELDS)] : diagnostics;
}

function referenceDiagnostics(entries: readonly LoadedEntry[]): Diagnostic[] {
  // An entry whose frontmatter could not be read still exists: links to it are not broken.
  const raw: RawEntry[] = entries.map((entry) => ({ collection: entry.collection, id: entry.id, file: entry.file, data: entry.data ?? {} }));
  const byFile = new Map(entries.map((entry) => [entry.file, entry]));
  return findBrokenReferences(raw).map((problem) => {
    const entry = byFile.get(problem.file)!;
    return {
      file: problem.file,
      ...entry.locate(problem.field.split('.')),
      severity: 'error',
      message: `${problem.field}: ${problem.message}`,
      hint: `引用写的是文件名（不带 .md），可在 content/ 下对应的文件夹里查到；字段说明见 ${schemaFile(entry.collection)}`,
    } satisfies Diagnostic;
  });
}

/** Scans every photo under content/ for a GPS position; reports it where an entry uses it. */
async function gpsDiagnostics(root: string, entries: readonly LoadedEntry[]): Promise<{ diagnostics: Diagnostic[]; count: number }> {
  const usedAt = new Map<string, { entry: LoadedEntry; path: (string | number)[] }[]>();
  for (const entry of entries) {
    for (const [path, value] of leaves(entry.data)) {
      if (typeof value !== 'string' || !looksLikeImagePath(value)) continue;
      const absPath = resolve(dirname(entry.absPath), value);
      usedAt.set(absPath, [...(usedAt.get(absPath) ?? []), { entry, path }]);
    }
  }
  const photos = walkFiles(contentDir(root)).filter((path) => METADATA_IMAGE.test(path));
  const positions = await Promise.all(photos.map(async (path) => [path, await gpsPosition(path)] as const));
  const diagnostics: Diagnostic[] = [];
  for (const [absPath, gps] of positions) {
    if (!gps) continue;
    const shown = displayPath(root, absPath);
    const message = `照片 ${shown} 带有 GPS 位置信息（${gps.latitude.toFixed(4)}, ${gps.longitude.toFixed(4)}），可能暴露拍摄者或当事人的住址`;
    const uses = usedAt.get(absPath) ?? [];
    if (uses.length === 0) diagnostics.push({ file: shown, line: 1, col: 1, severity: 'error', message, hint: GPS_HINT });
    for (const { entry, path } of uses) diagnostics.push({ file: entry.file, ...entry.locate(path), severity: 'error', message, hint: GPS_HINT });
  }
  return { diagnostics, count: photos.length };
}
