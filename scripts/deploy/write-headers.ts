/**
 * npx node scripts/deploy/write-headers.ts
 *
 * Writes the deploy files that carry the security headers, public/_headers and the two nginx
 * snippets in scripts/deploy/, from the one policy in src/lib/csp.ts and the admin page's
 * settings (its path and git host, content/settings.yaml `admin`). Run it after changing either
 * and commit the result; tests/reliability/headers.test.ts fails while they differ. (The build
 * writes dist/_headers itself from the settings in force, src/integrations/admin.ts.)
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderHeadersFile, renderNginxAdminSnippet, renderNginxSnippet, type AdminPolicy } from '../../src/lib/csp.ts';
import { adminPolicy } from '../../src/cms/admin-page.ts';
import { loadSettings } from '../../src/lib/settings.ts';

export const HEADERS_FILES: Record<string, (admin: AdminPolicy | undefined) => string> = {
  'public/_headers': (admin) => renderHeadersFile(admin),
  'scripts/deploy/nginx.conf': () => renderNginxSnippet(),
  'scripts/deploy/nginx-admin.conf': (admin) => renderNginxAdminSnippet(admin),
};

/** The admin page's policy for the settings in `root`. */
export const adminPolicyIn = (root: string) => adminPolicy(loadSettings(root, {}));

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const admin = adminPolicyIn(root);
  for (const [file, render] of Object.entries(HEADERS_FILES)) {
    writeFileSync(`${root}${file}`, render(admin));
    console.log(`已写入 ${file}`);
  }
}
