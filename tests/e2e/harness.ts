/**
 * Shared by the browser tests: a static file server for a built site (optionally under a
 * base path) and the browser that scripts/lib/browser.ts resolves, driven by playwright-core.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { serveStatic, type ServedHeaders, type StaticServer } from '../../scripts/lib/static-server.ts';

export { launchBrowser, serveStatic, type StaticServer };

/**
 * For a test file: serves `dir` (with `headers` on every response) and starts Chromium before
 * its tests, stops both after. The returned object is filled in once `beforeAll` has run.
 */
export function useSiteInBrowser(dir: string, base = '/', headers: ServedHeaders = {}): { server: StaticServer; browser: Browser } {
  const state = {} as { server: StaticServer; browser: Browser };
  beforeAll(async () => {
    state.server = await serveStatic(dir, base, headers);
    state.browser = await launchBrowser();
  });
  afterAll(async () => {
    await state.browser?.close();
    await state.server?.close();
  });
  return state;
}

/**
 * Resolves once the search page (src/scripts/search.js) has finished its current search and
 * announced the outcome: the status is set and the result list is no longer aria-busy.
 */
export function searchSettled(page: Page): Promise<unknown> {
  return page.waitForFunction(() => {
    const status = document.getElementById('search-status')?.textContent ?? '';
    return status !== '' && !status.startsWith('正在加载') && !document.getElementById('search-results')!.hasAttribute('aria-busy');
  });
}
