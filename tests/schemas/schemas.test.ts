/**
 * Each collection's schema accepts every demo entry and rejects bad ones with the message an
 * editor reads. The schemas run here with the same stand-in helpers `npm run check` uses.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { SCHEMAS, standInHelpers } from '../../scripts/lib/schemas.ts';
import { settingsSchema } from '../../src/schemas/settings.ts';
import { parseSettings } from '../../src/lib/settings.ts';
import type { Collection } from '../../src/schemas/context.ts';
import { ROOT } from '../setup/paths.ts';
import { exhibitionSource } from '../browse/built.ts';

const COLLECTIONS: Collection[] = ['units', 'figures', 'lectures', 'exhibitions', 'notices'];

function demoFiles(collection: Collection): string[] {
  const dir = join(ROOT, 'content', collection);
  if (collection === 'exhibitions') {
    return readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => join(dir, d.name, 'index.md'));
  }
  return readdirSync(dir).filter((name) => /\.mdx?$/.test(name)).map((name) => join(dir, name));
}

/** An entry's data as the site reads it; an exhibition's photos may come from its photos.csv. */
const entryData = (collection: Collection, file: string): Record<string, unknown> =>
  collection === 'exhibitions' ? exhibitionSource(dirname(file)) : matter(readFileSync(file, 'utf8')).data;

function parse(collection: Collection, file: string, data: unknown) {
  return SCHEMAS[collection](standInHelpers(file)).safeParse(data);
}

/** The messages of a failed parse, as `field: message`. */
function messages(collection: Collection, data: unknown, file = join(ROOT, 'content', collection, 'x.md')): string[] {
  const result = parse(collection, file, data);
  if (result.success) return [];
  return result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

const demo = (collection: Collection, index = 0) => {
  const file = demoFiles(collection)[index]!;
  return { file, data: entryData(collection, file) };
};

describe.each(COLLECTIONS)('%s schema', (collection) => {
  it('accepts every demo entry', () => {
    const files = demoFiles(collection);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const result = parse(collection, file, entryData(collection, file));
      expect(result.success ? [] : result.error.issues.map((i) => `${file} ${i.path.join('.')}: ${i.message}`)).toEqual([]);
    }
  });

  it('rejects an unknown field, naming the fields it knows', () => {
    const { file, data } = demo(collection);
    const [message] = messages(collection, { ...data, colour: 'red' }, file);
    expect(message).toMatch(/^: 未知字段「colour」：请检查拼写。这里可用的字段有：/);
  });
});

describe('every content type', () => {
  it.each(COLLECTIONS)('%s: takes draft: true or false, false by default', (collection) => {
    const { file, data } = demo(collection);
    expect(parse(collection, file, data).data).toMatchObject({ draft: false });
    expect(parse(collection, file, { ...data, draft: true }).data).toMatchObject({ draft: true });
    expect(messages(collection, { ...data, draft: '是' }, file)).toEqual(['draft: 草稿 draft 只能写 true 或 false']);
  });
});

describe('unit rules', () => {
  const { file, data } = demo('units');
  const honor = (data.honors as Record<string, unknown>[])[0]!;

  it('says what replaced a field that no longer exists', () => {
    expect(messages('units', { ...data, honors: [{ ...honor, level: '省级', conferredBy: '省文明委', year: 2009 }] }, file)).toEqual([
      'honors.0.level: 字段 level 已取消：级别由授予机关 body 决定（写在 content/bodies/ 的机关文件里），请删除这一行',
      'honors.0.conferredBy: 字段 conferredBy 已取消：改写 body: 机关文件名（content/bodies/ 下的文件名，不带 .yaml），例如 body: shanxi-shengzhi',
      'honors.0.year: 字段 year 已取消：年份取自命名日期（history 里命名那一条的 date），请删除这一行',
    ]);
    const history = [{ status: '命名', date: '2009-12-28' }, { status: '自动终止', date: '2012-12-28' }];
    expect(messages('units', { ...data, honors: [{ ...honor, history }] }, file)).toEqual([
      'honors.0.history.1.status: 状态「自动终止」已取消：届满由网站按授予机关的有效期规则推算，无需填写；单位撤并请写「取消」并在 note 说明原因',
    ]);
  });

  it('rejects a date that does not exist, and takes a month or a year where only that is known', () => {
    expect(messages('units', { ...data, honors: [{ ...honor, history: [{ status: '命名', date: '2009-02-30' }] }] }, file)).toEqual([
      'honors.0.history.0.date: 日期「2009-02-30」不存在，请检查月份和日期',
    ]);
    expect(messages('units', { ...data, honors: [{ ...honor, history: [{ status: '命名', date: '2003-13' }] }] }, file)).toEqual([
      'honors.0.history.0.date: 日期「2003-13」无效：日期写成 YYYY-MM-DD，例如 2012-12-20；只知道年月写 2003-11，只知道年份写 2008',
    ]);
    expect(messages('units', { ...data, honors: [{ ...honor, history: [{ status: '命名', date: '2003-11' }] }] }, file)).toEqual([]);
    expect(messages('units', { ...data, honors: [{ ...honor, history: [{ status: '命名', date: 2008 }] }] }, file)).toEqual([]);
  });

  it('rejects an unknown status, listing the written ones (撤销 is 摘牌 as a document words it)', () => {
    const history = [{ status: '命名', date: '2010-01-01' }, { status: '表扬', date: '2011-01-01' }];
    expect(messages('units', { ...data, honors: [{ ...honor, history }] }, file)).toEqual([
      'honors.0.history.1.status: 状态「表扬」无效，可选值：命名、复查保留、黄牌警告、恢复、摘牌、撤销、取消（撤销即摘牌，按文件原文写哪一个都可以）',
    ]);
  });

  it('requires a name; the kind of body is optional (a naming list rarely says it) but must be a known one', () => {
    const { name: _name, kind: _kind, ...rest } = data;
    expect(messages('units', rest, file)).toEqual(['name: 缺少单位名称 name（应为文字）']);
    expect(messages('units', { ...data, kind: '机关' }, file)).toEqual([
      'kind: 单位类型 kind「机关」无效，可选值：党政机关、事业单位、企业、学校、医院、乡镇、村、社区、社会组织、其他',
    ]);
  });
});

describe('figure rules', () => {
  const { file, data } = demo('figures');
  it('accepts exactly one of the five categories', () => {
    expect(messages('figures', { ...data, category: '勤劳致富' }, file)).toEqual([
      'category: 类别 category「勤劳致富」无效，可选值：助人为乐、见义勇为、诚实守信、敬业奉献、孝老爱亲',
    ]);
  });
  it('refuses a figure without a consent record, saying why', () => {
    const { consent: _consent, ...rest } = data;
    expect(messages('figures', rest, file)).toEqual([
      'consent: 没有发布同意记录 consent：未取得本人（已故的取得家属）同意的人物不能发布。取得同意后写上 consent:，含 given: true、date（同意的日期）和 note（同意方式、原件存放处）',
    ]);
  });
  it('refuses a figure without publication consent', () => {
    expect(messages('figures', { ...data, consent: { given: false, date: '2020-01-01' } }, file)).toEqual([
      'consent.given: 发布同意 consent.given 必须为 true：未取得本人或家属同意的人物不能发布',
    ]);
  });
});

describe('lecture rules', () => {
  const { file, data } = demo('lectures');
  it('needs captions for a local video', () => {
    expect(messages('lectures', { ...data, video: { src: '/media/talk.mp4' } }, file)).toEqual([
      'video.captions: 本地视频需要字幕：请在 video.captions 写上 /media/文件名.vtt',
    ]);
  });
  it('checks the time format', () => {
    expect(messages('lectures', { ...data, time: '2:30pm' }, file)).toEqual(['time: 时间 time 应写成 24 小时制 HH:MM，例如 14:30']);
  });
});

describe('exhibition rules', () => {
  const { file, data } = demo('exhibitions');
  const photos = data.photos as Record<string, unknown>[];
  it('rejects a photo in a section that does not exist', () => {
    const sections = (data.sections as { id: string }[]).map((s) => s.id).join('、');
    expect(messages('exhibitions', { ...data, photos: [{ ...photos[0], section: 'nowhere' }] }, file)).toEqual([
      `photos.0.section: 展区「nowhere」不存在，可选值：${sections}`,
    ]);
  });
  it('rejects a missing image file', () => {
    expect(messages('exhibitions', { ...data, photos: [{ ...photos[0], file: './photos/missing.jpg' }] }, file)).toEqual([
      'photos.0.file: 找不到图片文件「./photos/missing.jpg」（路径相对于本文件所在的文件夹）',
    ]);
  });
  it('rejects duplicate photo ids', () => {
    expect(messages('exhibitions', { ...data, photos: [photos[0], photos[0]] }, file)).toEqual([
      `photos.1.id: 图片 id「${String(photos[0]!.id)}」重复，每张图片的 id 必须不同`,
    ]);
  });
});

describe('notice rules', () => {
  const { file, data } = demo('notices');
  it('rejects a window that ends before it starts', () => {
    expect(messages('notices', { ...data, window: { start: '2026-11-18', end: '2026-11-01' } }, file)).toEqual([
      'window.end: 公示截止日期 2026-11-01 早于开始日期 2026-11-18',
    ]);
  });
  it('requires a contact', () => {
    expect(messages('notices', { ...data, contacts: [] }, file)).toEqual(['contacts: 联系方式 contacts 至少要有一项，公众才能反映意见']);
  });
});

describe('site settings', () => {
  const source = readFileSync(join(ROOT, 'content/settings.yaml'), 'utf8');
  it('accepts the demo settings and marks them as demo data', () => {
    expect(parseSettings(source, {}).demo).toBe(true);
    expect(parseSettings(source, {}).images).toEqual({ avif: true });
  });
  it('lets SITE_URL and BASE_PATH override the file', () => {
    const settings = parseSettings(source, { SITE_URL: 'https://x.example/', BASE_PATH: 'sub' });
    expect([settings.siteUrl, settings.basePath]).toEqual(['https://x.example', '/sub/']);
  });
  it('names the field that is wrong', () => {
    expect(() => parseSettings(source, { BASE_PATH: '/a b/' })).toThrow('content/settings.yaml 有 1 处错误：\n  - basePath: basePath 应以 / 开头并以 / 结尾，例如 / 或 /wenming/');
    expect(settingsSchema.safeParse({}).success).toBe(false);
  });
  it('publishes WebP only unless images.avif is set, and rejects a misspelt value', () => {
    const withoutImages = source.replace(/^images:\n  avif: true\n/m, '');
    expect(withoutImages).not.toMatch(/^images:/m);
    expect(parseSettings(withoutImages, {}).images).toEqual({ avif: false });
    expect(() => parseSettings(source.replace(/^  avif: true$/m, '  avif: 是'), {})).toThrow(/images\.avif/);
  });
});
