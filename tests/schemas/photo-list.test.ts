/**
 * photos.csv → the `photos` list: the table is read with papaparse, cells land on the photo
 * fields, and the rows then go through the same schema as frontmatter photos.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { standInHelpers } from '../../scripts/lib/schemas.ts';
import { exhibitionSchema } from '../../src/schemas/exhibitions.ts';
import { describePhotoListPlace, parsePhotoList } from '../../src/lib/photo-list.ts';
import { ROOT } from '../setup/paths.ts';

describe('parsePhotoList', () => {
  it('maps each row to a photo: header names as fields, blank cells left out, list cells split', () => {
    const list = parsePhotoList(
      '\uFEFFid,file,title,units,figures,place\r\n' +
        'a,./photos/a.jpg,"标题，带逗号",dan-wei-yi；dan-wei-er; dan-wei-san,ren-wu-yi、ren-wu-er,\r\n' +
        'b,./photos/b.jpg,"两行\r\n标题",,,太原\r\n',
    );
    expect(list.problems).toEqual([]);
    expect(list.photos).toEqual([
      { id: 'a', file: './photos/a.jpg', title: '标题，带逗号', units: ['dan-wei-yi', 'dan-wei-er', 'dan-wei-san'], figures: ['ren-wu-yi', 'ren-wu-er'] },
      { id: 'b', file: './photos/b.jpg', title: '两行\n标题', place: '太原' },
    ]);
  });

  it('locates a cell by row and column, counting lines that a quoted cell spans and skipping blank rows', () => {
    const list = parsePhotoList('id,file,title\n\na,"x\ny",t\n,,\nb,./b.jpg,t\n');
    expect(list.photos.map((photo) => photo.id)).toEqual(['a', 'b']);
    expect(list.locate([0, 'title'])).toEqual({ line: 3, col: 3 });
    expect(list.locate([1, 'file'])).toEqual({ line: 6, col: 2 });
    expect(list.locate(['1', 'id'])).toEqual({ line: 6, col: 1 });
    expect(list.locate([])).toEqual({ line: 1, col: 1 });
    expect(describePhotoListPlace(list, [1, 'file'])).toBe('photos.csv 第 6 行第 2 列（file）');
  });

  it('reports what it cannot read: a quote left open, a row longer than the header, a filled column with no name, an empty file', () => {
    const messages = (text: string) => parsePhotoList(text).problems.map(({ line, col, message }) => `${line}:${col} ${message}`);
    expect(messages('id,title\na,"open\n')).toEqual(['2:1 这一行无法读取：引号没有配对']);
    expect(messages('id,title\na,b,c\n')).toEqual(['2:3 这一行有 3 列，比标题行多 1 列']);
    expect(messages('id,,title,,\na,x,t,,\n')).toEqual(['2:2 第 2 列有内容，但标题行的这一列没有字段名']);
    expect(messages('id,title,,\na,t,,\n')).toEqual([]);
    expect(messages('')).toEqual(['1:1 photos.csv 是空的']);
  });

  it('gives the schema the same photos a frontmatter list would', () => {
    const file = join(ROOT, 'content/exhibitions/chuangjian-xunli/index.md');
    const data = matter(readFileSync(file, 'utf8')).data as { photos: Record<string, unknown>[] };
    const fields = [...new Set(data.photos.flatMap(Object.keys))];
    const cell = (value: unknown) => (Array.isArray(value) ? value.join('；') : value instanceof Date ? value.toISOString().slice(0, 10) : String(value ?? ''));
    const csv = Papa.unparse({ fields, data: data.photos.map((photo) => fields.map((field) => cell(photo[field]))) });
    const schema = exhibitionSchema(standInHelpers(file));
    const fromCsv = schema.safeParse({ ...data, photos: parsePhotoList(csv).photos });
    expect(fromCsv.error?.issues ?? []).toEqual([]);
    expect(fromCsv.data).toEqual(schema.parse(data));
  });
});
