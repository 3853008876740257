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

const GENERATED = '由 scripts/deploy/write-headers.ts 根据 src/lib/csp.ts 生成，请勿手改：改策略请改 src/lib/csp.ts 再运行 npx node scripts/deploy/write-headers.ts';

/** public/_headers, the format Netlify and Cloudflare Pages read from the published folder. */
export function renderHeadersFile(headers = SECURITY_HEADERS): string {
  const lines = Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`);
  return [`# ${GENERATED}`, '/*', ...lines, ''].join('\n');
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
