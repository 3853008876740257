/**
 * The browser resolver (scripts/lib/browser.ts): the order CHROMIUM_PATH → system → npm, its
 * errors, and the npm Chromium with the system's browser and fonts hidden, as on a machine with
 * nothing but Node: it must start and draw Chinese with real glyphs, not boxes.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveBrowser, type ResolvedBrowser } from '../../scripts/lib/browser.ts';

const scratch = mkdtempSync(join(tmpdir(), 'bangyang-browser-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A fake system browser in its own folder, answering `--version` as Chromium does. */
function fakeBrowser(name: string, script: string): string {
  const dir = mkdtempSync(join(scratch, 'bin-'));
  writeFileSync(join(dir, name), `#!/bin/sh\n${script}\n`, { mode: 0o755 });
  return dir;
}

/** Nothing of this machine: no PATH, no system fonts; only what npm installed. */
const bare = { env: { PATH: '' }, systemFontConfig: null, cacheDir: join(scratch, 'cache') };

describe('which browser', () => {
  it('takes the npm Chromium when the system has none', async () => {
    const resolved = await resolveBrowser({ ...bare, systemNames: [] });
    expect(resolved.source).toBe('npm');
    expect(resolved.name).toMatch(/Chromium/);
    expect(resolved.version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(resolved.env.FONTCONFIG_FILE).toMatch(/fonts-without-system\.conf$/);
  });

  it('prefers a system Chromium on PATH, and CHROMIUM_PATH over both', async () => {
    const system = fakeBrowser('chromium', 'echo "Chromium 140.0.1.2 built on Test"');
    expect(await resolveBrowser({ ...bare, env: { PATH: system } })).toMatchObject({ source: 'system', name: 'Chromium', version: '140.0.1.2', executablePath: join(system, 'chromium') });
    const chosen = join(fakeBrowser('chrome', 'echo "Google Chrome 141.0.0.1"'), 'chrome');
    expect(await resolveBrowser({ ...bare, env: { PATH: system, CHROMIUM_PATH: chosen } })).toMatchObject({ source: 'CHROMIUM_PATH', name: 'Google Chrome', version: '141.0.0.1' });
    expect((await resolveBrowser({ ...bare, env: { PATH: system, BANGYANG_BROWSER: 'npm' } })).source).toBe('npm');
  });

  it('says what to fix when the chosen browser cannot run', async () => {
    await expect(resolveBrowser({ ...bare, env: { CHROMIUM_PATH: join(scratch, 'missing') } })).rejects.toThrow(/^CHROMIUM_PATH=.*missing 不是可执行文件：请改为 Chromium 或 Chrome 的完整路径/);
    await expect(resolveBrowser({ ...bare, env: { BANGYANG_BROWSER: 'system' } })).rejects.toThrow(/^BANGYANG_BROWSER=system，但 PATH 上没有 chromium、/);
    await expect(resolveBrowser({ ...bare, env: { BANGYANG_BROWSER: 'firefox' } })).rejects.toThrow(/^BANGYANG_BROWSER=firefox 无法识别：可选 npm/);
    const broken = fakeBrowser('chromium', 'echo "cannot open display" >&2; exit 1');
    await expect(resolveBrowser({ ...bare, env: { PATH: broken } })).rejects.toThrow(/chromium 无法启动.*cannot open display/s);
  });
});

describe('the npm Chromium with the system hidden', () => {
  let resolved: ResolvedBrowser;
  let browser: Browser;
  beforeAll(async () => {
    resolved = await resolveBrowser({ ...bare, systemNames: [] });
    browser = await chromium.launch({ headless: true, executablePath: resolved.executablePath, args: resolved.args, env: { ...process.env, ...resolved.env } });
  });
  afterAll(() => browser?.close());

  /**
   * Draws 「榜」 and 「样」 at 100 px. Real glyphs are a full em wide and differ from each other;
   * boxes (tofu) are one and the same .notdef glyph, narrower, for every missing character.
   */
  async function drawChinese(fontconfigFile: string) {
    const withFonts = await chromium.launch({ headless: true, executablePath: resolved.executablePath, args: resolved.args, env: { ...process.env, ...resolved.env, FONTCONFIG_FILE: fontconfigFile } });
    try {
      const page = await withFonts.newPage();
      await page.setContent('<html lang="zh-CN"><body><canvas width="120" height="120"></canvas></body></html>');
      return await page.evaluate(() => {
        const context = document.querySelector('canvas')!.getContext('2d')!;
        context.font = '100px sans-serif';
        const draw = (character: string) => {
          context.clearRect(0, 0, 120, 120);
          context.fillText(character, 10, 100);
          return Array.from(context.getImageData(0, 0, 120, 120).data.filter((_, i) => i % 4 === 3));
        };
        const first = draw('榜');
        const second = draw('样');
        return {
          width: context.measureText('榜样').width,
          inked: first.filter((alpha) => alpha > 128).length,
          differ: first.some((alpha, i) => alpha !== second[i]),
        };
      });
    } finally {
      await withFonts.close();
    }
  }

  it('starts, and playwright-core drives it', async () => {
    expect(browser.version()).toBe(resolved.version);
    const page = await browser.newPage();
    await page.setContent('<p>榜样</p>');
    expect(await page.textContent('p')).toBe('榜样');
    await page.close();
  });

  it('draws Chinese with the Noto Sans SC from npm', async () => {
    const drawn = await drawChinese(resolved.env.FONTCONFIG_FILE!);
    expect(drawn.width).toBeCloseTo(200, 0);
    expect(drawn.differ).toBe(true);
    expect(drawn.inked).toBeGreaterThan(500);
  });

  it('and the check sees boxes when only a Latin font is there', async () => {
    // The package's own Open Sans: the fonts a machine without CJK fonts has.
    const latinOnly = join(scratch, 'latin-only.conf');
    const openSans = join(dirname(resolved.executablePath), 'fonts', 'fonts');
    writeFileSync(latinOnly, `<?xml version="1.0"?>\n<fontconfig><dir>${openSans}</dir><cachedir>${join(scratch, 'latin-cache')}</cachedir></fontconfig>\n`);
    const drawn = await drawChinese(latinOnly);
    expect(drawn.width).not.toBeCloseTo(200, 0);
    expect(drawn.differ).toBe(false);
  });
});
