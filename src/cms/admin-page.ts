/**
 * The admin page's files, as the build writes them to `<outDir>/<admin.path>/` and the dev
 * server serves them (src/integrations/admin.ts): Sveltia CMS's script from its npm package,
 * a generated config (src/cms/config.ts), and what keeps it off every CDN it would otherwise use:
 *
 * - its Chinese strings: Sveltia fetches a non-English UI from unpkg and caches it in
 *   localStorage (`sveltia-cms.locale`, keyed by locale and version); zh-cn.js writes that cache
 *   from the package's own locales/zh-CN.json (completed by src/cms/locale.ts) before the CMS
 *   starts, and picks Chinese for a user who has not chosen a language;
 * - its fonts: the icon font and the Latin font come from @fontsource-variable packages through
 *   admin.css (Sveltia still asks jsDelivr for them; the page's policy refuses, nothing breaks).
 *   Chinese text uses the computer's own fonts.
 *
 * The version is pinned in package.json: both tricks rest on Sveltia's cache format and class
 * names, and tests/cms/admin.test.ts fails on any request the policy did not expect.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { escapeAttribute, escapeUTF8 } from 'entities';
import yaml from 'js-yaml';
import { adminDirectives, contentSecurityPolicy, type AdminPolicy } from '../lib/csp.ts';
import type { SiteSettings } from '../schemas/settings.ts';
import { cmsConfig, gitHostOrigins, type ConfigOptions } from './config.ts';
import { mergeStrings, packageStrings, ZH_CN_ADDITIONS } from './locale.ts';

const require = createRequire(import.meta.url);
/** The package exports only its entry (npm/index.js), so its folder is found from there. */
export const SVELTIA = join(dirname(require.resolve('@sveltia/cms')), '..');

/** Files copied as they are: path in the admin folder → file on disk. */
export const COPIED_FILES: Readonly<Record<string, string>> = {
  'sveltia-cms.js': join(SVELTIA, 'dist/sveltia-cms.js'),
  // Loaded only by custom React previews, which this site does not register; shipped so that
  // Sveltia never falls back to fetching it from unpkg.
  'chunks/react-dom.js': join(SVELTIA, 'dist/chunks/react-dom.js'),
  'fonts/material-symbols-outlined.woff2': require.resolve('@fontsource-variable/material-symbols-outlined/files/material-symbols-outlined-latin-wght-normal.woff2'),
  'fonts/source-sans-3.woff2': require.resolve('@fontsource-variable/source-sans-3/files/source-sans-3-latin-wght-normal.woff2'),
};

export const SVELTIA_VERSION: string = JSON.parse(readFileSync(join(SVELTIA, 'package.json'), 'utf8')).version;

/** The admin page's URL path, base path included: `/admin/`, `/sub/admin/`. */
export const adminPath = (settings: SiteSettings) => `${settings.basePath}${settings.admin.path}/`;

/** Where the admin page is and what it may reach, for its Content-Security-Policy; none when it is off. */
export function adminPolicy(settings: SiteSettings): AdminPolicy | undefined {
  if (!settings.admin.enabled) return undefined;
  const connect = gitHostOrigins(settings.admin);
  const img = settings.admin.backend === 'github' && !settings.admin.apiRoot ? ['https://avatars.githubusercontent.com'] : connect;
  return { path: adminPath(settings), connect, img };
}

function indexHtml(settings: SiteSettings, policy: AdminPolicy): string {
  // The same policy as the response header, for hosts that send none (GitHub Pages, object
  // storage). frame-ancestors only works as a header, and a <meta> with it logs an error.
  const { 'frame-ancestors': _, ...directives } = adminDirectives(policy);
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(contentSecurityPolicy(directives))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>内容管理 | ${escapeUTF8(settings.siteName)}</title>
<link href="config.yml" type="application/yaml" rel="cms-config-url">
<link rel="stylesheet" href="admin.css">
<script src="zh-cn.js"></script>
<script src="sveltia-cms.js"></script>
</head>
<body>
<noscript>内容管理页需要启用 JavaScript。请用 Chrome 或 Edge 打开；说明见 EDITING.md「用网页表单编辑」。</noscript>
</body>
</html>
`;
}

function localeSeed(): string {
  const strings = mergeStrings(packageStrings(SVELTIA, 'zh-CN'), ZH_CN_ADDITIONS);
  const seed = { _locale: 'zh-CN', _version: SVELTIA_VERSION, ...strings };
  return `// 由构建生成（src/cms/admin-page.ts）：Sveltia CMS ${SVELTIA_VERSION} 的中文界面文字，取自它的 npm 包，免去运行时从 CDN 下载。
(() => {
  const seed = ${JSON.stringify(seed)};
  try {
    localStorage.setItem('sveltia-cms.locale', JSON.stringify(seed));
    const prefs = JSON.parse(localStorage.getItem('sveltia-cms.prefs') || '{}');
    if (!prefs.locale) localStorage.setItem('sveltia-cms.prefs', JSON.stringify({ ...prefs, locale: 'zh-CN' }));
  } catch {
    // Storage refused (private mode in some browsers): the interface falls back to English.
  }
})();
`;
}

const ADMIN_CSS = `/* 由构建生成（src/cms/admin-page.ts）：Sveltia CMS 原本从 CDN 取的字体，改用本站文件。 */
@font-face {
  font-family: 'Bangyang Symbols';
  font-style: normal;
  font-weight: 100 700;
  font-display: block;
  src: url(fonts/material-symbols-outlined.woff2) format('woff2');
}
@font-face {
  font-family: 'Bangyang Latin';
  font-style: normal;
  font-weight: 200 900;
  font-display: swap;
  src: url(fonts/source-sans-3.woff2) format('woff2');
  unicode-range: U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD;
}
html .material-symbols-outlined {
  font-family: 'Bangyang Symbols' !important;
}
html:root {
  --sui-font-family-default: 'Bangyang Latin', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', 'Noto Sans SC', system-ui, sans-serif !important;
}
`;

/** The generated config as the page reads it. */
export const configYaml = (settings: SiteSettings, options: ConfigOptions) =>
  `# 由构建生成（src/cms/config.ts），请勿手改：字段来自 src/schemas/，平台设置来自 content/settings.yaml 的 admin。\n${yaml.dump(cmsConfig(settings, options), { lineWidth: -1, noRefs: true })}`;

/** Every generated file of the admin folder: path in the folder → its text. */
export function generatedFiles(settings: SiteSettings, options: ConfigOptions): Record<string, string> {
  const policy = adminPolicy(settings);
  if (!policy) return {};
  return {
    'index.html': indexHtml(settings, policy),
    'config.yml': configYaml(settings, options),
    'zh-cn.js': localeSeed(),
    'admin.css': ADMIN_CSS,
  };
}

/** Writes the admin folder (generated and copied files) into `folder`; nothing when the page is off. */
export function writeAdminFolder(folder: string, settings: SiteSettings, options: ConfigOptions): void {
  if (!settings.admin.enabled) return;
  for (const [file, text] of Object.entries(generatedFiles(settings, options))) {
    mkdirSync(dirname(join(folder, file)), { recursive: true });
    writeFileSync(join(folder, file), text);
  }
  for (const [file, source] of Object.entries(COPIED_FILES)) {
    mkdirSync(dirname(join(folder, file)), { recursive: true });
    copyFileSync(source, join(folder, file));
  }
}
