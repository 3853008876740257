/**
 * The content gate inside Astro: the same checks as `npm run check` (scripts/lib/content-gate.ts),
 * so that no way of running the site skips them.
 *
 * - `astro build`: checked before anything is built, unless scripts/build.ts (`npm run build`)
 *   has just done it in the parent process (CONTENT_CHECKED_ENV); an error stops the build.
 * - `astro dev`: checked when the server starts and again after every change under content/.
 *   While there are errors, every page request is answered with them: a plain page that names
 *   file, line, field and fix, and Astro's error overlay on top (the error is sent over the HMR
 *   socket, as Astro itself does for a page that fails, so the overlay shows the file with the
 *   line marked). Open pages get the overlay as soon as a change introduces an error, and reload
 *   once it is fixed. The terminal shows the same text.
 */
import { fileURLToPath } from 'node:url';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { ViteDevServer } from 'vite';
import { buildDay } from '../lib/dates.ts';
import { CONTENT_DIR } from '../lib/settings.ts';
import type { GateResult } from '../../scripts/lib/content-gate.ts';
import { formatDiagnostic } from '../../scripts/lib/diagnostics.ts';

/** Set by scripts/build.ts for its Astro child once the gate has passed. */
export const CONTENT_CHECKED_ENV = 'BANGYANG_CONTENT_CHECKED';

/** Quiet time after a change before checking again: an editor's save or a git checkout comes as a burst. */
const SETTLE_MS = 150;

// Loaded only when a check runs: a build child whose content was checked never needs them.
const gateModule = () => import('../../scripts/lib/content-gate.ts');

export function contentGate(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'bangyang:content-gate',
    hooks: {
      'astro:config:setup': async ({ command, config }) => {
        root = fileURLToPath(config.root);
        if (command !== 'build' || process.env[CONTENT_CHECKED_ENV]) return;
        const { gateFailureText, runContentGate } = await gateModule();
        const result = await runContentGate(root, buildDay());
        if (result.errors.length > 0) throw new Error(gateFailureText(result));
      },
      'astro:server:setup': ({ server, logger }) => {
        watchContent(server, root, logger);
      },
    },
  };
}

/** The dev server's side: the latest result, re-checked after changes, served in place of pages. */
function watchContent(server: ViteDevServer, root: string, logger: AstroIntegrationLogger): void {
  const contentDir = resolve(root, CONTENT_DIR);
  let failed = false;
  const check = async (): Promise<GateResult | undefined> => {
    try {
      const { gateFailureText, runContentGate } = await gateModule();
      const result = await runContentGate(root, buildDay());
      if (result.errors.length > 0) {
        logger.error(`\n${gateFailureText(result)}\n改正后保存，浏览器里的页面会自动刷新。`);
        server.environments.client.hot.send({ type: 'error', err: overlayError(result, root, errorLines(result)) as never });
      } else if (failed) {
        logger.info('内容检查通过，页面已恢复。');
        server.environments.client.hot.send({ type: 'full-reload', path: '*' });
      }
      failed = result.errors.length > 0;
      return result;
    } catch (error) {
      // A fault of the check itself must not hide the site: the pages are shown, the fault logged.
      logger.error(`内容检查本身出错，暂时跳过：${(error as Error).stack ?? String(error)}`);
      return undefined;
    }
  };

  let latest = check();
  let pending: { timer: NodeJS.Timeout; settle: (result: Promise<GateResult | undefined>) => void } | undefined;
  server.watcher.add(contentDir);
  server.watcher.on('all', (_event, path) => {
    if (!resolve(path).startsWith(`${contentDir}/`)) return;
    if (pending) {
      clearTimeout(pending.timer);
    } else {
      let settle!: (result: Promise<GateResult | undefined>) => void;
      latest = new Promise((resolved) => (settle = resolved));
      pending = { timer: undefined as never, settle };
    }
    pending.timer = setTimeout(() => {
      const { settle } = pending!;
      pending = undefined;
      settle(check());
    }, SETTLE_MS);
  });

  server.middlewares.use(async (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    if (!isPageRequest(req, server.config.base)) return next();
    const result = await latest;
    if (!result || result.errors.length === 0) return next();
    const { gateFailureText } = await gateModule();
    const html = errorPage(gateFailureText(result), join(server.config.base, '@vite/client'));
    // As Astro does for a page that throws: the overlay comes over the socket once the page is there.
    const err = overlayError(result, root, errorLines(result));
    res.on('close', () => setTimeout(() => server.environments.client.hot.send({ type: 'error', err: err as never }), 200));
    res.writeHead(500, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(html);
  });
}

/** A browser asking for a page (not a script, a style, an image or Vite's own files). */
function isPageRequest(req: IncomingMessage, base: string): boolean {
  if (req.method !== 'GET' || !req.headers.accept?.includes('text/html')) return false;
  const path = (req.url ?? '/').split('?')[0]!;
  return !/\/(?:@|__|node_modules\/|_astro\/|_image)/.test(path.slice(base.length - 1));
}

/** Each error as the terminal prints it: `file:line:col: error: message` and its fix. */
const errorLines = (result: GateResult) => result.errors.map(formatDiagnostic).join('\n');

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** The page a request gets while the content has errors: readable without JavaScript, overlay on top. */
function errorPage(text: string, viteClient: string): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>内容有错误，网站暂不能显示</title>
<script type="module" src="${escapeHtml(viteClient)}"></script>
<style>body{font:16px/1.6 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem}pre{white-space:pre-wrap;background:#fff4f4;border-left:4px solid #c00;padding:1rem}</style>
</head>
<body>
<main>
<h1>内容有错误，网站暂不能显示</h1>
<pre>${escapeHtml(text)}</pre>
<p>按「修改建议」改正后保存文件，这个页面会自动刷新。</p>
</main>
</body>
</html>
`;
}

/**
 * The error Astro's overlay shows: the same lines as the terminal, and the place of the first
 * error, from which Astro shows the file with the line marked. No stack: Astro would take the
 * place from it. Astro reads `**` in a message as bold, so the asterisks that mask an ID number
 * are sent as ＊.
 */
function overlayError(result: GateResult, root: string, text: string) {
  const first = result.errors[0]!;
  return {
    name: 'ContentError',
    title: `内容检查发现 ${result.errors.length} 个错误`,
    message: text.replace(/\*/g, '＊'),
    hint: '按「修改建议」改正后保存文件，页面会自动刷新；npm run check 可在终端列出全部问题。',
    loc: { file: resolve(root, first.file), line: first.line, column: first.col },
    stack: '',
  };
}
