/**
 * A machine without a Chinese system font (a CI image, a bare Debian) would photograph every
 * page as tofu boxes. The screenshots' Chromium therefore gets a fontconfig file that adds the
 * Noto Sans SC the project already installs from npm (for the share images) to the system's
 * fonts; visitors' browsers still use their own system fonts (global.css).
 */
import { createRequire } from 'node:module';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { escapeUTF8 } from 'entities';

const SYSTEM_CONFIG = '/etc/fonts/fonts.conf';

/** Writes the fontconfig file into `cacheDir` and returns its path (for FONTCONFIG_FILE). */
export function fontConfigWithChinese(cacheDir: string): string {
  const require = createRequire(import.meta.url);
  const root = dirname(require.resolve('@expo-google-fonts/noto-sans-sc/package.json'));
  mkdirSync(cacheDir, { recursive: true });
  const file = join(cacheDir, 'fonts.conf');
  const dirs = ['400Regular', '700Bold'].map((weight) => `  <dir>${escapeUTF8(join(root, weight))}</dir>`);
  writeFileSync(
    file,
    `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">${SYSTEM_CONFIG}</include>
${dirs.join('\n')}
  <cachedir>${escapeUTF8(join(cacheDir, 'fontconfig'))}</cachedir>
</fontconfig>
`,
  );
  return file;
}
