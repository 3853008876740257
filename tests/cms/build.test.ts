/**
 * The admin page in the built demo: written at the configured path from the schemas and the
 * settings of that build, with Sveltia's files from its npm package, and kept out of everything
 * the public sees — the sitemap, the search index, the share images.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COPIED_FILES, generatedFiles } from '../../src/cms/admin-page.ts';
import { loadSettings } from '../../src/lib/settings.ts';
import { DIST, DIST_SUB, ROOT } from '../setup/paths.ts';

const settings = loadSettings(ROOT, {});
const ADMIN = join(DIST, settings.admin.path);

describe('the built admin page', () => {
  it('is the generated page, config and Chinese strings, with the CMS copied from node_modules', () => {
    for (const [file, text] of Object.entries(generatedFiles(settings, { contentDir: 'content' }))) {
      expect(readFileSync(join(ADMIN, file), 'utf8'), file).toBe(text);
    }
    for (const [file, source] of Object.entries(COPIED_FILES)) expect(readFileSync(join(ADMIN, file)).equals(readFileSync(source)), file).toBe(true);
  });

  it('follows the base path', () => {
    const sub = readFileSync(join(DIST_SUB, settings.admin.path, 'config.yml'), 'utf8');
    expect(sub).toContain('preview_path: sub/units/{{slug}}/');
    expect(sub).toContain('src: /sub/favicon.svg');
  });

  it('stays out of the sitemap, the search index and the share images', () => {
    const sitemaps = readdirSync(DIST).filter((file) => file.startsWith('sitemap'));
    expect(sitemaps.length).toBeGreaterThan(0);
    for (const file of sitemaps) expect(readFileSync(join(DIST, file), 'utf8')).not.toContain(`/${settings.admin.path}/`);
    // Pagefind indexes only what a page marks with data-pagefind-body (src/integrations/pagefind.ts).
    expect(readFileSync(join(ADMIN, 'index.html'), 'utf8')).not.toContain('data-pagefind');
    expect(readdirSync(join(DIST, 'og'), { recursive: true, encoding: 'utf8' }).filter((file) => file.includes(settings.admin.path))).toEqual([]);
  });
});
