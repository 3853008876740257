/**
 * The security headers the site is meant to be served with, in one place. Both deploy files
 * are rendered from here — public/_headers (Netlify, Cloudflare Pages) and
 * scripts/deploy/nginx.conf — by scripts/deploy/write-headers.ts, and a test checks that the
 * committed files still match, so the two can never drift apart. The browser tests serve the
 * built site with the same policy and fail on any violation.
 *
 * The policy is strict because the site can afford it: every script and stylesheet is a file
 * of our own (no inline script, no inline style, no third-party origin). Two allowances exist
 * for Pagefind, the search: 'wasm-unsafe-eval' to compile its WebAssembly index reader, and
 * blob: workers, which it starts from a blob URL.
 *
 * The admin page (the web form, src/cms/) gets a policy of its own, for its path only: the
 * site's, plus what Sveltia CMS needs (ADMIN_ADDITIONS) and the one git host the settings name.
 */

/** Directive → allowed sources, in the order they are written out. */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  // data: for the tiny placeholders and icons CSS and Pagefind may use.
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'media-src': ["'self'"],
  'worker-src': ["'self'", 'blob:'],
  'object-src': ["'none'"],
  'frame-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/**
 * What the admin page needs on top of the site's policy. Each was measured by taking it away
 * (the CMS research of 2026-12-03): without 'unsafe-inline' styles Svelte's injected <style>
 * elements are refused and the page is an unstyled logo; blob: and data: serve the previews of
 * uploaded and stored pictures, which it also fetches. Its fonts, icons and Chinese strings are
 * our own files (src/cms/admin-page.ts); what it would still fetch from CDNs stays blocked.
 */
export const ADMIN_ADDITIONS: Readonly<Record<string, readonly string[]>> = {
  'style-src': ["'unsafe-inline'"],
  'img-src': ['blob:'],
  'media-src': ['blob:'],
  'connect-src': ['blob:', 'data:'],
};

/** Where the admin page is and which git host it may reach (src/cms/admin-page.ts adminPolicy). */
export interface AdminPolicy {
  /** The page's URL path, base path included, ending with a slash: `/admin/`. */
  path: string;
  /** The git host's API (and sign-in) origins. */
  connect: readonly string[];
  /** Where the host serves avatars from. */
  img: readonly string[];
}

/** The admin page's directives: the site's, the additions, the git host. */
export function adminDirectives(admin: AdminPolicy): Record<string, readonly string[]> {
  const extra: Record<string, readonly string[]> = { 'connect-src': admin.connect, 'img-src': admin.img };
  return Object.fromEntries(
    Object.entries(CSP_DIRECTIVES).map(([name, sources]) => [name, [...new Set([...sources, ...(ADMIN_ADDITIONS[name] ?? []), ...(extra[name] ?? [])])]]),
  );
}

/** The Content-Security-Policy header value. */
export function contentSecurityPolicy(directives = CSP_DIRECTIVES): string {
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** Every header a host should add to every response. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': contentSecurityPolicy(),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};

const GENERATED = '由 scripts/deploy/write-headers.ts 根据 src/lib/csp.ts 和 content/settings.yaml 的 admin 设置生成，请勿手改：改策略或 admin 设置后运行 npx node scripts/deploy/write-headers.ts';

/** The admin page's headers: the site's, with its own policy, and kept out of search engines. */
export function adminSecurityHeaders(admin: AdminPolicy): Record<string, string> {
  return { ...SECURITY_HEADERS, 'Content-Security-Policy': contentSecurityPolicy(adminDirectives(admin)), 'X-Robots-Tag': 'noindex' };
}

/**
 * public/_headers, the format Netlify and Cloudflare Pages read from the published folder. A
 * request matching two rules gets both rules' headers, and two policies both apply (the
 * stricter wins), so the admin rule first drops the site's policy: `! Name` removes a header an
 * earlier rule set (Cloudflare Pages; see README「内容管理页的响应头」 for Netlify).
 */
export function renderHeadersFile(admin?: AdminPolicy, headers = SECURITY_HEADERS): string {
  const lines = Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`);
  const adminLines = admin
    ? [
        `${admin.path}*`,
        '  ! Content-Security-Policy',
        `  Content-Security-Policy: ${contentSecurityPolicy(adminDirectives(admin))}`,
        '  X-Robots-Tag: noindex',
      ]
    : [];
  return [`# ${GENERATED}`, '/*', ...lines, ...adminLines, ''].join('\n');
}

/**
 * An nginx snippet for the `server` block. `always` adds the headers to error pages (404) too.
 * nginx drops inherited add_header lines in a location that has its own, hence the note.
 */
export function renderNginxSnippet(headers = SECURITY_HEADERS): string {
  const lines = Object.entries(headers).map(([name, value]) => `add_header ${name} "${value}" always;`);
  return [
    `# ${GENERATED}`,
    '# 用法：在 server { … } 中 include 本文件。注意：某个 location 里若另写了 add_header，',
    '# nginx 不再继承这里的设置，需要在该 location 里再 include 一次。',
    ...lines,
    '',
  ].join('\n');
}

/**
 * The admin page's nginx `location`, a second snippet included once in the `server` block (not
 * inside another location: nginx refuses a nested location with another prefix). Its own
 * add_header lines replace the server's there, as nginx does for any location that has some.
 */
export function renderNginxAdminSnippet(admin?: AdminPolicy): string {
  const head = [`# ${GENERATED}`, '# 用法：在 server { … } 中 include 本文件一次（不要放进别的 location）。内容管理页路径不同时，由设置里的 admin 生成。'];
  if (!admin) return [...head, '# 内容管理页已关闭（content/settings.yaml 的 admin.enabled），这里没有规则。', ''].join('\n');
  return [
    ...head,
    `location ^~ ${admin.path} {`,
    ...Object.entries(adminSecurityHeaders(admin)).map(([name, value]) => `    add_header ${name} "${value}" always;`),
    '    try_files $uri $uri/index.html =404;',
    '}',
    '',
  ].join('\n');
}
