/**
 * A static file server for a built site, optionally under a base path, as a plain static host
 * serves it. Used by the browser tests (tests/e2e/harness.ts), `npm run lighthouse`,
 * `npm run screenshots` and the bench's search measurement.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.wasm': 'application/wasm',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.vtt': 'text/vtt; charset=utf-8',
  '.webm': 'video/webm',
  '.mp4': 'video/mp4',
  '.yml': 'application/yaml; charset=utf-8',
  '.woff2': 'font/woff2',
};

export interface StaticServer {
  /** Origin plus base path, ending with a slash, e.g. http://127.0.0.1:4321/sub/ */
  url: string;
  close: () => Promise<void>;
}

/** Headers for every response, or by URL path (the admin page has a policy of its own). */
export type ServedHeaders = Record<string, string> | ((pathname: string) => Record<string, string>);

/**
 * Serves `dir` under `base` like a plain static host: `/x/` → `x/index.html`, unknown paths
 * → 404.html with status 404. `headers` are added to every response (e.g. a CSP).
 */
export async function serveStatic(dir: string, base = '/', headers: ServedHeaders = {}): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let pathname = decodeURIComponent(url.pathname);
    const send = (file: string, status = 200) => {
      const extra = typeof headers === 'function' ? headers(url.pathname) : headers;
      response.writeHead(status, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...extra });
      createReadStream(file).pipe(response);
    };
    if (!pathname.startsWith(base)) return send(join(dir, '404.html'), 404);
    pathname = pathname.slice(base.length);
    let file = normalize(join(dir, pathname));
    if (!file.startsWith(normalize(dir))) return send(join(dir, '404.html'), 404);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return send(join(dir, '404.html'), 404);
    send(file);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
