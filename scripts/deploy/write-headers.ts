/**
 * npx node scripts/deploy/write-headers.ts
 *
 * Writes the two deploy files that carry the security headers, public/_headers and
 * scripts/deploy/nginx.conf, from the one policy in src/lib/csp.ts. Run it after changing the
 * policy and commit the result; tests/reliability/headers.test.ts fails while they differ.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderHeadersFile, renderNginxSnippet } from '../../src/lib/csp.ts';

export const HEADERS_FILES = {
  'public/_headers': renderHeadersFile,
  'scripts/deploy/nginx.conf': renderNginxSnippet,
} as const;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  for (const [file, render] of Object.entries(HEADERS_FILES)) {
    writeFileSync(`${root}${file}`, render());
    console.log(`已写入 ${file}`);
  }
}
