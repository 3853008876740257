/** `npm run check` on an exhibition whose photos are kept in photos.csv. */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagnosticLines, fixtureCopy, REPO, run } from './helpers.ts';

const FOLDER = 'content/exhibitions/chengshi-yinxiang';
const HEADER = 'id,file,title,caption,alt,section,photographer,license,units';
const ROW = 'huise-qiang,./photos/gray.jpg,灰色的墙,老城区的一面墙。,一面浅灰色的墙,jietou,测试摄影者,CC BY 4.0,ceshi-shi-tushuguan';

/** The fixture exhibition with its one photo moved from the frontmatter to photos.csv. */
function csvExhibition(rows: string[], { keepFrontmatterPhotos = false } = {}): string {
  const root = fixtureCopy();
  const index = join(root, FOLDER, 'index.md');
  const text = readFileSync(index, 'utf8');
  if (!keepFrontmatterPhotos) writeFileSync(index, text.replace(/^photos:\n[\s\S]*?(?=^---$)/m, ''));
  writeFileSync(join(root, FOLDER, 'photos.csv'), `\uFEFF${[HEADER, ...rows].join('\r\n')}\r\n`);
  return root;
}

describe('npm run check with photos.csv', () => {
  it('passes a valid photo list, byte-order mark and all', () => {
    const result = run('check', csvExhibition([ROW]));
    expect(diagnosticLines(result.stdout)).toEqual([]);
    expect(result.status).toBe(0);
  });

  it('reports a bad row at its line and column, with the valid values', () => {
    const bad = ROW.replace(',jietou,', ',jietuo,').replace('ceshi-shi-tushuguan', 'ceshi-shi-tushuguan；bu-cunzai');
    const result = run('check', csvExhibition([ROW.replace('huise-qiang', 'di-yi-zhang'), bad]));
    expect(result.status).toBe(1);
    const lines = diagnosticLines(result.stdout);
    expect(lines).toContainEqual(`${FOLDER}/photos.csv:3:6: error: photos.1.section: 展区「jietuo」不存在，可选值：jietou`);
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^${FOLDER}/photos\\.csv:3:9: error: photos\\.1\\.units\\.1: .*bu-cunzai`)));
    expect(lines).toHaveLength(2);
  });

  it('names an unknown column and a missing image where they are written', () => {
    const root = csvExhibition([]);
    writeFileSync(join(root, FOLDER, 'photos.csv'), `${HEADER},photografer\n${ROW.replace('gray.jpg', 'grey.jpg')},某人\n`);
    const lines = diagnosticLines(run('check', root).stdout);
    expect(lines).toEqual([
      `${FOLDER}/photos.csv:2:2: error: photos.0.file: 找不到图片文件「./photos/grey.jpg」（路径相对于本文件所在的文件夹）`,
      `${FOLDER}/photos.csv:2:10: error: photos.0.photografer: 没有「photografer」这个字段`,
    ]);
  });

  it('reports a row it cannot read and an empty list', () => {
    const lines = diagnosticLines(run('check', csvExhibition(['"huise-qiang,./photos/gray.jpg'])).stdout);
    expect(lines).toContainEqual(`${FOLDER}/photos.csv:2:1: error: 这一行无法读取：引号没有配对`);
    const empty = diagnosticLines(run('check', csvExhibition([])).stdout);
    expect(empty).toEqual([`${FOLDER}/photos.csv:1:1: error: photos: 图片 photos 至少要有一张`]);
  });

  it('refuses photos in both index.md and photos.csv, naming both files', () => {
    const result = run('check', csvExhibition([ROW], { keepFrontmatterPhotos: true }));
    expect(result.status).toBe(1);
    expect(diagnosticLines(result.stdout)).toEqual([
      `${FOLDER}/index.md:10:1: error: ${FOLDER}/index.md 写了 photos 字段，旁边又有 ${FOLDER}/photos.csv：图片列表只能放在其中一处。请删除 index.md 里的 photos 字段（改用表格），或删除 photos.csv`,
    ]);
  });

  it('finds a GPS position in a photo listed in photos.csv and reports its row', () => {
    const root = csvExhibition([ROW]);
    copyFileSync(join(REPO, 'tests/fixtures/photos/with-gps.jpg'), join(root, FOLDER, 'photos/gray.jpg'));
    const [line] = diagnosticLines(run('check', root).stdout);
    expect(line).toMatch(new RegExp(`^${FOLDER}/photos\\.csv:2:2: error: 照片 ${FOLDER}/photos/gray\\.jpg 带有 GPS 位置信息`));
  });

  it('warns about a photo list the site would not read because of its name', () => {
    const root = fixtureCopy();
    writeFileSync(join(root, FOLDER, 'Photos.csv'), `${HEADER}\n${ROW}\n`);
    const result = run('check', root);
    expect(diagnosticLines(result.stdout)).toEqual([`${FOLDER}/Photos.csv:1:1: warning: 网站不会读取这个文件，它不会出现在任何页面上`]);
    expect(result.stdout).toContain('文件名必须是 photos.csv');
  });

  it('checks the CSV text for personal data like any entry', () => {
    const result = run('check', csvExhibition([ROW.replace('老城区的一面墙。', '老城区的一面墙，联系电话 13812345678。')]));
    expect(diagnosticLines(result.stdout)).toContainEqual(expect.stringMatching(new RegExp(`^${FOLDER}/photos\\.csv:2:\\d+: `)));
  });
});
