/**
 * `npm run dev` shows a content error in the browser with the message `npm run check` prints:
 * a page request is answered with the errors (status 500, readable without JavaScript), Astro's
 * error overlay comes on top, and once the file is fixed the page itself is shown again.
 * One dev server for the whole file (it takes some seconds to start).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createInterface } from 'node:readline';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../e2e/harness.ts';
import { ROOT } from '../setup/paths.ts';
import { variant } from './fixture-sites.ts';

const NODE = join(ROOT, 'node_modules/.bin/node');
const ID_LINE = '\n身份证 11010519491231002X\n';
const MESSAGE = '疑似身份证号码「110105********002X」：身份证号属于个人信息，不得公开发布';
const content = variant('escaping', 'dev-gate', { 'figures/ceshi-renwu.md': (text) => `${text}${ID_LINE}` });
const figure = join(content, 'figures/ceshi-renwu.md');
const shown = `${relative(ROOT, figure)}:18:5: error: ${MESSAGE}`;

/** The environment an editor's shell has: without what Vitest sets (NODE_ENV=test turns off the dev server's reloads). */
function editorEnvironment(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of Object.keys(env)) if (/^(VITEST|NODE_ENV$|BASE_URL$|MODE$|DEV$|PROD$|SSR$)/.test(name)) delete env[name];
  return env;
}

let server: ChildProcess;
let origin: string;

beforeAll(async () => {
  server = spawn(NODE, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', '0', '--host', '127.0.0.1'], {
    cwd: ROOT,
    env: { ...editorEnvironment(), BANGYANG_CONTENT_DIR: relative(ROOT, content), ASTRO_DEV_BACKGROUND: '0', BUILD_DATE: '2026-11-26' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  origin = await new Promise<string>((resolve, reject) => {
    const lines: string[] = [];
    const read = (stream: NodeJS.ReadableStream) =>
      createInterface({ input: stream }).on('line', (raw) => {
        const line = stripVTControlCharacters(raw);
        lines.push(line);
        const url = /Local\s+(http:\/\/[^\s/]+)/.exec(line)?.[1];
        if (url) resolve(url);
      });
    read(server.stdout!);
    read(server.stderr!);
    server.on('exit', (code) => reject(new Error(`astro dev 退出（${code}）：\n${lines.join('\n')}`)));
  });
}, 120_000);

afterAll(() => {
  if (server.pid) process.kill(-server.pid, 'SIGTERM');
});

const page = (path: string) => fetch(`${origin}${path}`, { headers: { accept: 'text/html' } });

describe('npm run dev with a content error', () => {
  it('answers a page request with the error, naming file, line and fix, as check does', async () => {
    const response = await page('/figures/ceshi-renwu/');
    expect(response.status).toBe(500);
    const html = await response.text();
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain(shown);
    expect(html).toContain('修改建议：删除这个号码；如需说明身份已核实，写「身份信息已核验」即可');
    expect(html).not.toContain('11010519491231002X');
    // Everything else (scripts, styles, Vite's own files) is served as usual.
    expect((await fetch(`${origin}/@vite/client`)).status).toBe(200);
  });

  it('shows the same message in Astro’s error overlay, and the page again once the file is fixed', async () => {
    const browser = await launchBrowser();
    try {
      const tab = await browser.newPage();
      await tab.goto(`${origin}/figures/ceshi-renwu/`);
      const overlay = await tab.waitForFunction(() => document.querySelector('vite-error-overlay')?.shadowRoot?.querySelector('#message-content')?.textContent);
      // The masking asterisks are sent as ＊: Astro would read ** as bold.
      expect(String(await overlay.jsonValue()).replace(/＊/g, '*')).toContain(shown);

      writeFileSync(figure, readFileSync(figure, 'utf8').replace(ID_LINE, '\n'));
      // The page reloads itself (the content gate sends a full reload once the check passes).
      await expect.poll(() => tab.title().catch(() => ''), { timeout: 30_000 }).toContain('人物');
      expect(await tab.evaluate(() => document.querySelector('vite-error-overlay'))).toBeNull();
      expect((await page('/figures/ceshi-renwu/')).status).toBe(200);
    } finally {
      await browser.close();
    }
  }, 60_000);
});
