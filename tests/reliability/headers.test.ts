/**
 * The security headers: public/_headers (Netlify, Cloudflare Pages) and the nginx snippets are
 * exactly what src/lib/csp.ts renders, so they carry one policy, and the admin page's own policy
 * only on its path (tests/cms/ runs the admin page under it); the build ships _headers; and
 * the demo site, served with those headers, runs in Chromium without a single
 * Content-Security-Policy violation or script error — including the islands (unit filters,
 * lightbox) and the Pagefind search, which needs WebAssembly and a blob: worker.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { adminDirectives, contentSecurityPolicy, renderHeadersFile, renderNginxAdminSnippet, renderNginxSnippet, SECURITY_HEADERS } from '../../src/lib/csp.ts';
import { adminPolicyIn, HEADERS_FILES } from '../../scripts/deploy/write-headers.ts';
import { useSiteInBrowser } from '../e2e/harness.ts';
import { DIST, DIST_SUB, ROOT } from '../setup/paths.ts';
import { htmlFiles } from './site.ts';

const committed = (file: string) => readFileSync(join(ROOT, file), 'utf8');

describe('deploy files', () => {
  it('are rendered from src/lib/csp.ts (run `npx node scripts/deploy/write-headers.ts` after a change)', () => {
    expect(Object.keys(HEADERS_FILES)).toEqual(['public/_headers', 'scripts/deploy/nginx.conf', 'scripts/deploy/nginx-admin.conf']);
    const admin = adminPolicyIn(ROOT);
    expect(committed('public/_headers')).toBe(renderHeadersFile(admin));
    expect(committed('scripts/deploy/nginx.conf')).toBe(renderNginxSnippet());
    expect(committed('scripts/deploy/nginx-admin.conf')).toBe(renderNginxAdminSnippet(admin));
  });

  it('give the admin page its own policy, and only there', () => {
    const admin = adminPolicyIn(ROOT)!;
    const adminPolicy = contentSecurityPolicy(adminDirectives(admin));
    const headers = committed('public/_headers');
    // The admin rule comes after the site's and first drops the site's policy (two would both apply).
    expect(headers).toContain(`\n${admin.path}*\n  ! Content-Security-Policy\n  Content-Security-Policy: ${adminPolicy}\n  X-Robots-Tag: noindex\n`);
    expect(headers.indexOf('/*\n')).toBeLessThan(headers.indexOf(`${admin.path}*`));
    expect(committed('scripts/deploy/nginx-admin.conf')).toContain(`location ^~ ${admin.path} {\n    add_header Content-Security-Policy "${adminPolicy}" always;`);
    expect(adminPolicy).toMatch(/style-src 'self' 'unsafe-inline'/);
    expect(adminPolicy).toMatch(/connect-src 'self' blob: data: https:\/\/api\.github\.com/);
    expect(adminPolicy).toContain("frame-ancestors 'none'");
  });

  it('carry the same policy', () => {
    const fromHeaders = /Content-Security-Policy: (.+)/.exec(committed('public/_headers'))?.[1];
    const fromNginx = /add_header Content-Security-Policy "([^"]+)" always;/.exec(committed('scripts/deploy/nginx.conf'))?.[1];
    expect(fromHeaders).toBe(contentSecurityPolicy());
    expect(fromNginx).toBe(fromHeaders);
    expect(fromHeaders).toContain("'wasm-unsafe-eval'");
    expect(fromHeaders).toMatch(/worker-src [^;]*blob:/);
    expect(fromHeaders).not.toContain("'unsafe-inline'");
    expect(committed('scripts/deploy/nginx.conf')).not.toContain("'unsafe-inline'");
  });

  it('ship _headers with the build, for the settings it was built with', () => {
    expect(readFileSync(join(DIST, '_headers'), 'utf8')).toBe(committed('public/_headers'));
    // Built with BASE_PATH=/sub/: the admin rule follows the base path.
    expect(readFileSync(join(DIST_SUB, '_headers'), 'utf8')).toBe(renderHeadersFile({ ...adminPolicyIn(ROOT)!, path: '/sub/admin/' }));
  });
});

describe('the demo site under its Content-Security-Policy', () => {
  const site = useSiteInBrowser(DIST, '/', SECURITY_HEADERS);

  /** Opens a page, lets `act` use it, and returns every violation and script error seen. */
  async function problemsOn(path: string, act: (page: Page) => Promise<unknown> = async () => {}): Promise<string[]> {
    const page = await site.browser.newPage();
    const problems: string[] = [];
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    page.on('pageerror', (error) => problems.push(`${path}: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`${path}: ${message.text()}`);
    });
    const response = await page.goto(`${site.server.url}${path}`, { waitUntil: 'load' });
    expect(response?.headers()['content-security-policy']).toBe(contentSecurityPolicy());
    await act(page);
    await page.close();
    return problems;
  }

  const first = (prefix: string) => htmlFiles(DIST).find((file) => file.startsWith(prefix) && file !== `${prefix}index.html`)!.replace(/index\.html$/, '');

  it('runs every page type without a violation', async () => {
    const pages = ['', 'units/', first('units/'), 'figures/', first('figures/'), 'lectures/', first('lectures/'), 'notices/', first('notices/'), 'exhibitions/', 'stats/', 'no-such-page/'];
    const problems: string[] = [];
    for (const path of pages) problems.push(...(await problemsOn(path)));
    expect(problems.filter((problem) => !/no-such-page\/: Failed to load resource: .*404/.test(problem))).toEqual([]);
  });

  it('runs the unit filters and the lightbox without a violation', async () => {
    const filters = await problemsOn('units/', async (page) => {
      await page.selectOption('#unit-filters select[name="level"]', { index: 1 });
    });
    const exhibition = first('exhibitions/').split('/').slice(0, 2).join('/');
    const lightbox = await problemsOn(`${exhibition}/`, async (page) => {
      await page.click('a[data-lightbox]');
      await page.waitForSelector('#lightbox[open] img');
      await page.keyboard.press('ArrowRight');
    });
    expect([...filters, ...lightbox]).toEqual([]);
  });

  it('runs the Pagefind search (WebAssembly, blob: worker) without a violation', async () => {
    const problems = await problemsOn('search/?q=文明', async (page) => {
      await page.waitForSelector('#search-results li a');
    });
    expect(problems).toEqual([]);
  });
});
