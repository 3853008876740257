/**
 * Site settings are read and validated once, here, from content/settings.yaml.
 * SITE_URL and BASE_PATH in the environment override the file for one build.
 */
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { settingsSchema, type SiteSettings } from '../schemas/settings.ts';
import { formatIssues } from './errors.ts';

/**
 * The content folder, relative to the project root. BANGYANG_CONTENT_DIR points a build at
 * another tree of the same shape (the test fixtures under tests/fixtures/sites/); default
 * `content`. Read here and only here.
 */
export const CONTENT_DIR = (process.env.BANGYANG_CONTENT_DIR?.trim() || 'content').replace(/^\.\/+|\/+$/g, '');

export const SETTINGS_FILE = `${CONTENT_DIR}/settings.yaml`;

/** Ensures a base path starts and ends with a slash: `sub` → `/sub/`. */
export function normaliseBasePath(base: string): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

export function parseSettings(source: string, env: Record<string, string | undefined>, file = SETTINGS_FILE): SiteSettings {
  let raw: unknown;
  try {
    raw = yaml.load(source);
  } catch (error) {
    throw new Error(`${file}: YAML 格式错误：${(error as Error).message}`);
  }
  const merged = {
    ...(raw as object),
    ...(env.SITE_URL ? { siteUrl: env.SITE_URL } : {}),
    ...(env.BASE_PATH ? { basePath: normaliseBasePath(env.BASE_PATH) } : {}),
  };
  const result = settingsSchema.safeParse(merged);
  if (!result.success) throw new Error(formatIssues(file, result.error.issues));
  return { ...result.data, siteUrl: result.data.siteUrl.replace(/\/+$/, '') };
}

export function loadSettings(root = process.cwd(), env: Record<string, string | undefined> = process.env): SiteSettings {
  return parseSettings(readFileSync(`${root}/${SETTINGS_FILE}`, 'utf8'), env);
}
