import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { packageDir, packageVersion } from '../../src/og/packages.ts';

describe('installed packages', () => {
  it('are found with their version, which keys the image cache', () => {
    const { version } = JSON.parse(readFileSync('node_modules/satori/package.json', 'utf8')) as { version: string };
    expect(packageVersion('satori')).toBe(`satori@${version}`);
    expect(packageDir('@resvg/resvg-js')).toMatch(/node_modules\/@resvg\/resvg-js$/);
  });
});
