/**
 * News items: the demo items are valid; a kind must be one of the settings' kinds; 终审 is
 * required only when the settings say so; attachments must exist and get their size. And the
 * lists: all items, one per kind, one per year.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { standInHelpers } from '../../scripts/lib/schemas.ts';
import { newsSchema, newsSettingsSchema } from '../../src/schemas/news.ts';
import { defaultTypeSettings } from '../../src/schemas/settings.ts';
import { kindKey, news } from '../../src/registry/news.ts';
import { buildSiteModel } from '../../src/lib/site-model.ts';
import { ROOT } from '../setup/paths.ts';

const dir = join(ROOT, 'content', 'news');
const files = readdirSync(dir).filter((name) => name.endsWith('.md'));
const file = join(dir, 'x.md');

const base = {
  title: '关于开展文明单位复查的通知',
  date: '2026-03-02',
  kind: '通知公告',
  summary: '部署2026年度文明单位复查。',
  review: { editor: '甲', reviewer: '乙' },
};

function problems(data: unknown, settings: unknown = {}): string[] {
  const helpers = standInHelpers(file, { ...defaultTypeSettings(), news: newsSettingsSchema.parse(settings) });
  const result = newsSchema(helpers).safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('news schema', () => {
  it.each(files)('accepts the demo item %s', (name) => {
    expect(problems(matter(readFileSync(join(dir, name), 'utf8')).data)).toEqual([]);
  });

  it('takes the kinds from the settings', () => {
    expect(problems({ ...base, kind: '志愿服务' })).toMatchInlineSnapshot(`
      [
        "kind: 栏目 kind「志愿服务」不在 content/settings.yaml 的 news.kinds 里，可选值：工作动态、通知公告、政策文件、媒体报道",
      ]
    `);
    expect(problems({ ...base, kind: '志愿服务' }, { kinds: ['工作动态', '志愿服务'] })).toEqual([]);
  });

  it('requires 终审 only when news.requireFinalReview is true', () => {
    expect(problems(base)).toEqual([]);
    expect(problems(base, { requireFinalReview: true })).toEqual([
      'review.approver: 缺少终审 review.approver：本站设置要求每条动态都经过终审（content/settings.yaml 的 news.requireFinalReview: true），请写上终审人的姓名',
    ]);
    expect(problems({ ...base, review: { ...base.review, approver: '丙' } }, { requireFinalReview: true })).toEqual([]);
  });

  it('checks that attachments exist, and reads their size', () => {
    const helpers = standInHelpers(file);
    const ok = newsSchema(helpers).parse({ ...base, attachments: [{ title: '一览', file: './files/2010-yichang-chuangjian-neirong.xlsx' }] });
    expect(ok.attachments[0]!.file).toMatchObject({ path: 'files/2010-yichang-chuangjian-neirong.xlsx', format: 'xlsx' });
    expect(ok.attachments[0]!.file.bytes).toBeGreaterThan(0);
    expect(problems({ ...base, attachments: [{ title: '方案', file: './files/nope.pdf' }] })).toEqual([
      'attachments.0.file: 找不到附件文件「./files/nope.pdf」（路径相对于本文件所在的文件夹）',
    ]);
    expect(problems({ ...base, attachments: [{ title: '方案', file: './files/a.exe' }] })[0]).toContain('只能附 pdf、docx、xlsx 文件');
    // A file beside the item, not in files/, would not be published: the schema says where it goes.
    const elsewhere = mkdtempSync(join(tmpdir(), 'bangyang-news-'));
    writeFileSync(join(elsewhere, 'plan.xlsx'), 'x');
    const result = newsSchema(standInHelpers(join(elsewhere, 'x.md'))).safeParse({ ...base, attachments: [{ title: '方案', file: './plan.xlsx' }] });
    rmSync(elsewhere, { recursive: true });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(['附件「plan.xlsx」应放在 content/news/files/ 里，写成 ./files/文件名，例如 ./files/2026-fucha-xize.pdf']);
  });
});

describe('news lists', () => {
  const item = (slug: string, date: string, kind: string) => ({ slug, file: `content/news/${slug}.md`, data: { ...base, date, kind, attachments: [], units: [], figures: [], lectures: [], exhibitions: [], notices: [], draft: false } });
  const site = buildSiteModel({ news: [item('a', '2025-05-01', '工作动态'), item('b', '2026-01-02', '政策文件'), item('c', '2026-02-03', '工作动态')] } as never, '2026-11-26');

  it('are all items newest first, then one list per kind and per year', () => {
    const lists = news.site.lists(site);
    expect(lists.map((list) => [list.base, list.title, list.entries.map((e) => (e as { slug: string }).slug).join('')])).toEqual([
      ['news/', '动态与文件', 'cba'],
      ['news/gongzuodongtai/', '工作动态', 'ca'],
      ['news/zhengcewenjian/', '政策文件', 'b'],
      ['news/2026/', '2026年动态与文件', 'cb'],
      ['news/2025/', '2025年动态与文件', 'a'],
    ]);
  });

  it('give each kind an address in pinyin', () => {
    expect(['工作动态', '通知公告', '媒体报道', 'AI 动态'].map(kindKey)).toEqual(['gongzuodongtai', 'tongzhigonggao', 'meitibaodao', 'ai-dongtai']);
  });
});
