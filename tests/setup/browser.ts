/**
 * Resolves the browser for the whole test run once (scripts/lib/browser.ts), prints which one,
 * and hands it to the test files, so they all drive the same browser and the line appears once.
 * It also unpacks the npm Chromium before the files start, rather than in several at once.
 */
import { browser, RESOLVED_ENV } from '../../scripts/lib/browser.ts';

export default async function setup() {
  try {
    process.env[RESOLVED_ENV] = JSON.stringify(await browser());
  } catch (error) {
    // Tests without a browser still run; the browser tests fail with this same message.
    console.error(`浏览器不可用，浏览器测试将失败：${(error as Error).message}`);
  }
}
