/**
 * The content checks, step by step: settings, then every entry against the site's own schemas,
 * then what the schemas cannot see alone (references, duplicates, placeholders, personal data,
 * event dates after the build day, photo GPS and size, characters the share-image font lacks,
 * editorial warnings).
 *
 * This is the one gate: `npm run check` prints it, `npm run build` runs it before Astro and stops
 * on any error (scripts/lib/content-gate.ts), and `npm run dev` shows its errors in the browser
 * (src/integrations/content-gate.ts). A rule added here holds everywhere at once.
 *
 * Drafts (`draft: true`) are never published, so what would stop a build is reported for them as
 * a warning marked 草稿 — except what must not be committed at all (personal data, GPS positions)
 * and what the site cannot even read (YAML syntax, encoding, two files with one URL).
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { z } from 'astro/zod';
import { contentType, isPublished, publishedType, type CollectionName, type TypeSettings } from '../../src/registry/index.ts';
import { buildCards } from '../../src/og/cards.ts';
import { buildSiteModel } from '../../src/lib/site-model.ts';
import { settingsSchema, typeSettingsOf, type SiteSettings } from '../../src/schemas/settings.ts';
import { isDraft } from '../../src/lib/drafts.ts';
import { fieldPath } from '../../src/lib/errors.ts';
import { findFutureEvents, FUTURE_EVENT_HINT } from '../../src/lib/event-dates.ts';
import { findImpossibleDates } from '../../src/lib/impossible-dates.ts';
import { findBrokenReferences, type RawEntry } from '../../src/lib/references.ts';
import { SETTINGS_FILE } from '../../src/lib/settings.ts';
import { asDraftNote, sortDiagnostics, type Diagnostic } from './diagnostics.ts';
import { loadEntries, readTextOrReport, type LoadedEntry } from './load-content.ts';
import { schemaFile, standInHelpers } from './schemas.ts';
import { didYouMean, type Candidate } from './suggest.ts';
import { unitNames } from './names.ts';
import { checkBatches, entryHonorDiagnostics, loadBodies, settingsBodyDiagnostics, type Bodies, type UnitHonors } from './checks/honors.ts';
import { findBodyImageProblems } from './checks/body-images.ts';
import { findDuplicates } from './checks/duplicates.ts';
import { findWeakAltText } from './checks/editorial.ts';
import { findMissingGlyphs } from './checks/font.ts';
import { imageDiagnostics } from './checks/images.ts';
import { findPersonalData } from './checks/personal-data.ts';
import { findPlaceholders, hasPlaceholder } from './checks/placeholders.ts';
import { findStrayFiles } from './checks/stray-files.ts';
import { checkYamlFile, schemaDiagnostics } from './checks/schema.ts';

export interface CheckOptions {
  /** The build day, YYYY-MM-DD: notice windows and event dates are judged against it. */
  today: string;
}

/** An entry that is not ready: a draft, or a published entry with 「待填写」 left in it. */
export interface UnfinishedEntry {
  file: string;
  draft: boolean;
  /** Places that still say 待填写. */
  placeholders: number;
  /** Other problems that would stop it from being published. */
  problems: number;
}

export interface CheckReport {
  diagnostics: Diagnostic[];
  entryCount: number;
  imageCount: number;
  unfinished: UnfinishedEntry[];
}

export async function checkContent(root: string, options: CheckOptions): Promise<CheckReport> {
  // The conferring bodies, which honors, notices, batches and the settings name (their own files
  // are checked below like every entry).
  const bodies = loadBodies(root);
  const settings = checkSettings(root, options.today, bodies);
  const diagnostics: Diagnostic[] = [...settings.diagnostics];
  const loaded = loadEntries(root);
  diagnostics.push(...loaded.diagnostics);
  const entries = loaded.entries;
  const references = referenceDiagnostics(entries);
  const unfinished: UnfinishedEntry[] = [];
  const unitHonors: UnitHonors[] = [];

  for (const entry of entries) {
    // Private data must not even be committed: the repository may be as public as the site.
    for (const { file, text } of [entry, ...(entry.photoList ? [entry.photoList] : [])]) diagnostics.push(...findPersonalData(file, text));
    const draft = isDraft(entry.data);
    const placeholders = findPlaceholders(entry, draft);
    const checked = entryDiagnostics(entry, options.today, settings.types, bodies);
    if (checked.units && !draft) unitHonors.push(checked.units);
    const rules = [
      ...placeholders,
      ...checked.diagnostics,
      ...(contentType(entry.collection).checks?.(entry, { today: options.today, entries }) ?? []),
      ...(references.get(entry.file) ?? []),
    ];
    diagnostics.push(...(draft ? rules.map(asDraftNote) : rules));
    if (draft || placeholders.length > 0) {
      const problems = rules.filter((rule) => rule.severity === 'error').length - placeholders.length;
      unfinished.push({ file: entry.file, draft, placeholders: placeholders.length, problems });
    }
  }

  diagnostics.push(...findDuplicates(entries), ...findStrayFiles(root, loadedFiles(entries)));
  // Batch files against the honors that make the batches (their own schema is checked with every entry).
  diagnostics.push(...checkBatches(root, unitHonors, bodies));
  const images = await imageDiagnostics(root, entries);
  diagnostics.push(...images.diagnostics);
  return { diagnostics: sortDiagnostics(diagnostics), entryCount: entries.length, imageCount: images.count, unfinished };
}

/**
 * What one readable entry must satisfy to be published; for a unit whose schema passed, also its
 * parsed honors, which the batch files are checked against.
 */
function entryDiagnostics(entry: LoadedEntry, today: string, settings: TypeSettings, bodies: Bodies): { diagnostics: Diagnostic[]; units?: UnitHonors } {
  if (!entry.data || !entry.parsed) return { diagnostics: [] };
  const diagnostics: Diagnostic[] = [];
  const at = (path: readonly PropertyKey[]) => ({ file: entry.file, ...entry.locate(path.map(String)) });
  // YAML rolls an impossible day over to another one before the schema sees it.
  for (const issue of findImpossibleDates(entry.text)) {
    diagnostics.push({ ...at(issue.path), severity: 'error', message: issue.message, hint: `改正字段 ${fieldPath(issue.path)} 的日期，写成真实存在的 YYYY-MM-DD` });
  }
  for (const issue of findFutureEvents(entry.collection, entry.data, today)) {
    diagnostics.push({ ...at(issue.path), severity: 'error', message: `${fieldPath(issue.path)}: ${issue.message}`, hint: FUTURE_EVENT_HINT });
  }
  const result = schemaFor(entry, settings).safeParse(entry.data);
  diagnostics.push(
    ...schemaDiagnostics(entry.collection, entry.file, entry.parsed, result),
    ...(result.success ? findMissingGlyphs(entry.file, entry.data, entry.locate, drawnText(entry, result.data, today, bodies)) : []),
    ...findWeakAltText(entry),
    ...findBodyImageProblems(entry),
    // Honors against their bodies (title, term form, validity), once the entry's own schema holds.
    ...(result.success ? entryHonorDiagnostics(entry, result.data as Record<string, unknown>, bodies) : []),
  );
  const units = entry.collection === 'units' && result.success ? { file: entry.file, locate: entry.locate, honors: (result.data as { honors: UnitHonors['honors'] }).honors } : undefined;
  return { diagnostics, ...(units ? { units } : {}) };
}

/**
 * A collection's schema for the entries of one folder (image paths resolve from it). Made once
 * per folder: building a schema costs about as much as checking an entry with it.
 */
const schemas = new WeakMap<TypeSettings, Map<string, z.ZodType>>();
function schemaFor(entry: LoadedEntry, settings: TypeSettings): z.ZodType {
  let bySettings = schemas.get(settings);
  if (!bySettings) schemas.set(settings, (bySettings = new Map()));
  const key = `${entry.collection}:${dirname(entry.absPath)}`;
  let schema = bySettings.get(key);
  if (!schema) bySettings.set(key, (schema = contentType(entry.collection).schema(standInHelpers(entry.absPath, settings))));
  return schema;
}

/**
 * The text the share images of an entry's pages would draw: its type's cards (src/registry/,
 * `site.share`), made from a site model of this entry alone, so that the glyph check tests
 * exactly what the build prints.
 */
function drawnText(entry: LoadedEntry, data: unknown, today: string, bodies: Bodies): string[] {
  if (!isPublished(entry.collection)) return [];
  // Honors take their facts from their bodies; an honor whose body is missing is reported by the
  // honors check (scripts/lib/checks/honors.ts), and its card is then not drawn here.
  const raw = { [entry.collection]: [{ slug: entry.id, file: entry.file, data }], bodies: [...bodies.valid.values()] };
  let site;
  try {
    site = buildSiteModel(raw, today);
  } catch {
    return [];
  }
  return publishedType(entry.collection).site.share(site, { siteName: '' }).flatMap((card) => [card.label, card.title, ...card.lines]);
}

/** The files the site reads: every entry and every exhibition's photos.csv. */
const loadedFiles = (entries: readonly LoadedEntry[]) => new Set(entries.flatMap((entry) => [entry.file, ...(entry.photoList ? [entry.photoList.file] : [])]));

/**
 * The settings file's problems, and the content types' blocks of it (defaults where the file
 * cannot be read: its problem is reported, and the entries are still checked).
 */
function checkSettings(root: string, today: string, bodies: Bodies): { diagnostics: Diagnostic[]; types: TypeSettings } {
  const absPath = join(root, SETTINGS_FILE);
  const types = typeSettingsOf({});
  if (!existsSync(absPath)) {
    return { types, diagnostics: [{ file: SETTINGS_FILE, line: 1, col: 1, severity: 'error', message: '找不到站点设置文件', hint: `新建 ${SETTINGS_FILE}，字段说明见 src/schemas/settings.ts` }] };
  }
  const diagnostics: Diagnostic[] = [];
  const read = readTextOrReport(SETTINGS_FILE, absPath, diagnostics);
  if (read.text === undefined) return { types, diagnostics };
  const checked = checkYamlFile(SETTINGS_FILE, read.text, settingsSchema, 'src/schemas/settings.ts');
  if (!checked.parsed) return { types, diagnostics: checked.diagnostics };
  // The site's own cards (home, lists) print the settings: the glyph check reads what they draw.
  const settings = settingsSchema.parse(checked.parsed.data) as SiteSettings;
  const drawn = buildCards(buildSiteModel({}, today), settings).flatMap((card) => [card.label, card.title, ...card.lines]);
  return {
    types: typeSettingsOf(checked.parsed.data),
    diagnostics: [
      ...checked.diagnostics,
      ...findMissingGlyphs(SETTINGS_FILE, checked.parsed.data, checked.parsed.locate, drawn),
      ...settingsBodyDiagnostics(SETTINGS_FILE, checked.parsed.data.officeBody, checked.parsed.locate, bodies),
    ],
  };
}

/** Broken and draft references, by the file that writes them, each with the entries it may have meant. */
function referenceDiagnostics(entries: readonly LoadedEntry[]): Map<string, Diagnostic[]> {
  // An entry whose frontmatter could not be read still exists: links to it are not broken.
  const raw: RawEntry[] = entries.map((entry) => ({ collection: entry.collection, id: entry.id, file: entry.file, data: entry.data ?? {}, draft: isDraft(entry.data) }));
  const candidates = new Map<CollectionName, Candidate[]>();
  for (const entry of entries) {
    const names = entry.data ? (entry.collection === 'units' ? unitNames(entry.data) : [entry.data.name, entry.data.title].filter((name): name is string => typeof name === 'string')) : [];
    candidates.set(entry.collection, [...(candidates.get(entry.collection) ?? []), { slug: entry.id, names }]);
  }
  const byFile = new Map(entries.map((entry) => [entry.file, entry]));
  const found = new Map<string, Diagnostic[]>();
  for (const problem of findBrokenReferences(raw)) {
    // A scaffold's 「待填写：承办单位文件名」 is reported once, as a placeholder.
    if (hasPlaceholder(problem.slug)) continue;
    const entry = byFile.get(problem.file)!;
    const guess = problem.toDraft ? '' : didYouMean(problem.slug, candidates.get(problem.target) ?? []);
    const diagnostic: Diagnostic = {
      file: problem.file,
      ...entry.locate(problem.field.split('.')),
      severity: 'error',
      message: `${problem.field}: ${problem.message}${guess ? `。${guess}` : ''}`,
      hint: problem.toDraft
        ? '先把那个条目写完并发布（删除它的 draft: true），或暂时去掉这条引用'
        : `引用写的是文件名（不带 .md），不是名称，可在 content/${problem.target}/ 下查到；还没有这个条目就先新建（npm run new）。字段说明见 ${schemaFile(entry.collection)}`,
    };
    found.set(problem.file, [...(found.get(problem.file) ?? []), diagnostic]);
  }
  return found;
}
