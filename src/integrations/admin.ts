/**
 * The admin page (the web form for editors, src/cms/): written into the build output at
 * `<admin.path>/` after Astro has built the site, and served at the same path by `astro dev`.
 * It is not an Astro page, so the sitemap, the search index and the share images never see it;
 * it says noindex itself and in its headers. `admin.enabled: false` in content/settings.yaml
 * leaves it out.
 *
 * The build also writes `_headers` (Netlify, Cloudflare Pages) for the settings in force, so the
 * admin rule follows `admin.path` and the git host even when public/_headers, the copy kept in
 * the repository for review, was not regenerated after a settings change.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { adminPath, adminPolicy, COPIED_FILES, generatedFiles, SVELTIA_VERSION, writeAdminFolder } from '../cms/admin-page.ts';
import { adminSecurityHeaders, renderHeadersFile } from '../lib/csp.ts';
import { CONTENT_DIR, loadSettings } from '../lib/settings.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.yml': 'application/yaml; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
};

export function admin(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'bangyang:admin',
    hooks: {
      'astro:config:setup': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ dir, logger }) => {
        const settings = loadSettings(root);
        const out = fileURLToPath(dir);
        writeFileSync(join(out, '_headers'), renderHeadersFile(adminPolicy(settings)));
        if (!settings.admin.enabled) return;
        const folder = join(out, settings.admin.path);
        if (existsSync(folder)) {
          throw new Error(
            `内容管理页的路径「${settings.admin.path}」已被网站自己的页面占用（${adminPath(settings)}）：请在 content/settings.yaml 的 admin.path 换一个名字，例如 guanli`,
          );
        }
        writeAdminFolder(folder, settings, { contentDir: CONTENT_DIR });
        logger.info(`内容管理页：${adminPath(settings)}（Sveltia CMS ${SVELTIA_VERSION}）`);
      },
      'astro:server:setup': ({ server }) => {
        // Read per request: a settings change shows without restarting the server.
        server.middlewares.use((req: IncomingMessage, res: ServerResponse, next: () => void) => {
          const settings = loadSettings(root);
          const base = adminPath(settings);
          const path = decodeURIComponent((req.url ?? '/').split('?')[0]!);
          // `/admin` without its slash never gets here: Astro answers it (trailingSlash: 'always').
          if (!settings.admin.enabled || !path.startsWith(base)) return next();
          const file = path.slice(base.length) || 'index.html';
          const text = generatedFiles(settings, { contentDir: CONTENT_DIR })[file];
          const source = COPIED_FILES[file];
          if (text === undefined && source === undefined) return next();
          res.writeHead(200, {
            'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
            'Cache-Control': 'no-store',
            ...adminSecurityHeaders(adminPolicy(settings)!),
          });
          res.end(text ?? readFileSync(source!));
        });
      },
    },
  };
}
