/**
 * Where an installed npm package lives and which version it is: the font files are read from
 * one, and the versions of the drawing libraries are part of the image cache key.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export function packageDir(name: string): string {
  const require = createRequire(import.meta.url);
  try {
    return dirname(require.resolve(`${name}/package.json`));
  } catch {
    // Bundled builds may resolve from elsewhere; the project root always has the package.
    return join(process.cwd(), 'node_modules', name);
  }
}

/** `satori@0.63.2`. */
export const packageVersion = (name: string): string =>
  `${name}@${(JSON.parse(readFileSync(join(packageDir(name), 'package.json'), 'utf8')) as { version: string }).version}`;
