/**
 * `npm run build` on an exhibition whose photos are kept in photos.csv: a bad cell fails the
 * build naming photos.csv with its row and column, as does a photo list written in both places.
 * The builds stop at the content gate (the checks of `npm run check`), so they are short.
 */
import { describe, expect, it } from 'vitest';
import { buildSite, variant, WORK } from './fixture-sites.ts';
import { join } from 'node:path';

/** From .cache/reliability/<name>/content/exhibitions/tu-zhan/ back to the project. */
const PHOTO = '../../../../../../tests/fixtures/photos/with-gps.jpg';
const HEADER = 'id,file,title,caption,alt,section,photographer,license,units';
const row = (section: string) => `zhaopian,${PHOTO},"照片<script>",说明,替代文字,${section},摄影,CC BY 4.0,ceshi-danwei`;
const withoutPhotos = (source: string) => source.replace(/^photos:\n[\s\S]*?(?=^---$)/m, '');

function build(name: string, change: Parameters<typeof variant>[2]) {
  return buildSite(variant('escaping', name, change), join(WORK, `${name}-dist`));
}

describe('a photo list in photos.csv', () => {
  it('fails the build at the row and column of a bad cell, with the valid values', () => {
    const { status, output } = build('photo-list-bad-cell', {
      'exhibitions/tu-zhan/index.md': withoutPhotos,
      'exhibitions/tu-zhan/photos.csv': () => `\uFEFF${HEADER}\r\n${row('jietou')}\r\n${row('jietuo').replace('zhaopian', 'di-er-zhang')}\r\n`,
    });
    expect(status, output).toBe(1);
    expect(output).toContain('构建失败，输出文件夹未改动。');
    expect(output).toMatch(/exhibitions\/tu-zhan\/photos\.csv:3:6: error: photos\.1\.section: 展区「jietuo」不存在，可选值：jietou/);
  });

  it('fails the build at the row of an image that does not exist', () => {
    const { status, output } = build('photo-list-missing-image', {
      'exhibitions/tu-zhan/index.md': withoutPhotos,
      'exhibitions/tu-zhan/photos.csv': () => `${HEADER}\n${row('jietou').replace(PHOTO, './photos/missing.jpg')}\n`,
    });
    expect(status, output).toBe(1);
    expect(output).toMatch(/exhibitions\/tu-zhan\/photos\.csv:2:2: error: photos\.0\.file: 找不到图片文件「\.\/photos\/missing\.jpg」（路径相对于本文件所在的文件夹）/);
  });

  it('fails the build when index.md lists photos too, naming both files', () => {
    const { status, output } = build('photo-list-both', {
      'exhibitions/tu-zhan/photos.csv': () => `${HEADER}\n${row('jietou')}\n`,
    });
    expect(status, output).toBe(1);
    expect(output).toMatch(/exhibitions\/tu-zhan\/index\.md 写了 photos 字段，旁边又有 \S*exhibitions\/tu-zhan\/photos\.csv：图片列表只能放在其中一处/);
  });
});
