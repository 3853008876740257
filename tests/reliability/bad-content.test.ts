/**
 * Content an editor may well commit. Odd but valid files (a BOM, CRLF line ends, tabs in the
 * text) build, and drafts beside them appear nowhere in the output. Invalid ones fail
 * `npm run build` with the message `npm run check` prints — file, line, field and fix — before
 * Astro starts (scripts/lib/content-gate.ts), and the failed build leaves the previous output
 * byte for byte as it was.
 *
 * Each variant is a copy of the escaping fixture site with one thing changed. A failing build
 * stops at the content gate, so those builds take seconds; the one successful build is shared
 * by the tests that read its output.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, SITES, variant, WORK, type BuildResult } from './fixture-sites.ts';
import { parseHtml, read, siteFiles, text } from './site.ts';
import { originalsIn } from '../../src/integrations/unused-originals.ts';

const fixture = (file: string) => readFileSync(join(SITES, 'escaping', 'content', file), 'utf8');

/** Every file of a folder with its bytes, to compare before and after. */
const snapshot = (dir: string) => Object.fromEntries(siteFiles(dir).map((file) => [file, readFileSync(join(dir, file)).toString('base64')]));

/** Builds a variant into an output folder that holds a previous site; returns the output. */
function failingBuild(name: string, change: Parameters<typeof variant>[2]) {
  const outDir = join(WORK, `${name}-dist`);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(join(outDir, 'units'), { recursive: true });
  writeFileSync(join(outDir, 'index.html'), '<p>上一次成功构建的网站</p>');
  writeFileSync(join(outDir, 'units', 'keep.html'), 'keep');
  const before = snapshot(outDir);
  return { ...buildSite(variant('escaping', name, change), outDir), before };
}

/** A draft of each kind: copies of the fixture's entries, marked, with what would fail a published entry. */
const MARK = 'CAOGAO草稿标记';
const asDraft = (source: string) => `${source.replace(/^---\r?\n/, '---\ndraft: true\n').replace(/^(name|title): .*$/m, `$1: ${MARK}`)}\n${MARK}正文：待填写：事迹。\n`;
const DRAFTS: Record<string, (source: string) => string> = {
  'units/caogao-danwei.md': () => asDraft(fixture('units/ceshi-danwei.md')),
  // No consent, a category still to fill in: neither matters in a draft.
  'figures/caogao-renwu.md': () => asDraft(fixture('figures/ceshi-renwu.md')).replace(/^consent: .*$/m, '').replace(/^category: .*$/m, 'category: 待填写：类别'),
  'lectures/caogao-jiangzuo.md': () => asDraft(fixture('lectures/ceshi-jiangzuo.md')),
  'notices/caogao-gongshi.md': () => asDraft(fixture('notices/ceshi-gongshi.md')),
};
/** An exhibition is a folder, which the variant's edits cannot create. */
const DRAFT_EXHIBITION = asDraft(fixture('exhibitions/tu-zhan/index.md'));
const DRAFT_SLUGS = ['caogao-danwei', 'caogao-renwu', 'caogao-jiangzuo', 'caogao-zhan', 'caogao-gongshi'];

describe('a site with odd but valid content, and a draft of every kind', () => {
  const outDir = join(WORK, 'odd-valid-dist');
  let build: BuildResult;
  beforeAll(() => {
    const content = variant('escaping', 'odd-valid', {
      'units/ceshi-danwei.md': (source) => `\uFEFF${source}`,
      'figures/ceshi-renwu.md': (source) => source.replace(/\n/g, '\r\n'),
      'lectures/ceshi-jiangzuo.md': (source) => source.replace('讲座摘要。', '讲座\t摘要：\n\n\t缩进的一行。').replace("venue: '报告厅<script>'", "venue: '报告厅\t一层'\t# 一个 Tab 在引号里和注释前"),
      'settings.yaml': (source) => source.replace(/\n/g, '\r\n'),
      // As the import writes a unit: the list's facts, no story yet.
      'units/wu-shiji.md': () => fixture('units/ceshi-danwei.md').replace(/^name: .*$/m, 'name: 没有事迹的单位').replace(/^cover: .*\n/m, '').replace(/\n---\n[\s\S]*$/, '\n---\n'),
      ...DRAFTS,
    });
    mkdirSync(join(content, 'exhibitions/caogao-zhan'), { recursive: true });
    writeFileSync(join(content, 'exhibitions/caogao-zhan/index.md'), DRAFT_EXHIBITION);
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, 'stale.html'), 'from an earlier build');
    build = buildSite(content, outDir);
  }, 600_000);

  it('builds with a BOM, CRLF line ends, and tabs in the text and inside YAML values', () => {
    expect(build.status, build.output).toBe(0);
    const heading = (page: string) => text(parseHtml(read(outDir, page)).querySelectorAll('h1')[0]!);
    expect(heading('units/ceshi-danwei/index.html')).toBe('测试<script>alert(1)</script>单位</title>"\'&{}');
    expect(heading('figures/ceshi-renwu/index.html')).toBe('人物<script>alert(5)</script></title>"\'&{}');
    expect(read(outDir, 'lectures/ceshi-jiangzuo/index.html')).toContain('缩进的一行');
    expect(read(outDir, 'lectures/ceshi-jiangzuo/index.html')).toContain('报告厅\t一层');
    // A unit without a story shows its facts, without an empty 创建事迹 heading.
    const headings = (page: string) => parseHtml(read(outDir, page)).querySelectorAll('h2').map(text);
    expect(headings('units/ceshi-danwei/index.html')).toContain('创建事迹');
    expect(headings('units/wu-shiji/index.html')).not.toContain('创建事迹');
    // Photos are published as their derivatives only, never as the original file.
    const assets = readdirSync(join(outDir, '_astro'));
    expect(assets.some((name) => /\.(webp|avif)$/.test(name))).toBe(true);
    expect(originalsIn(assets)).toEqual([]);
    // The finished build replaced the folder as a whole: nothing of the earlier one is left.
    expect(existsSync(join(outDir, 'stale.html'))).toBe(false);
    expect(readdirSync(dirname(outDir)).filter((name) => name.startsWith('.odd-valid-dist.'))).toEqual([]);
  });

  it('lists the drafts as unfinished in its log, and publishes them nowhere: no page, list, sitemap, feed, data file, share image or search index', () => {
    expect(build.status, build.output).toBe(0);
    expect(build.output).toMatch(/内容检查通过：检查了 \d+ 个条目、\d+ 张图片：0 个错误，\d+ 个警告，5 个草稿不会发布/);
    const files = siteFiles(outDir);
    expect(files.filter((file) => DRAFT_SLUGS.some((slug) => file.includes(slug)))).toEqual([]);
    const leaks = files.filter((file) => {
      let bytes = readFileSync(join(outDir, file));
      // Pagefind's index and fragments are gzip-compressed.
      if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
      const content = bytes.toString('utf8');
      return content.includes(MARK) || DRAFT_SLUGS.some((slug) => content.includes(slug));
    });
    expect(leaks).toEqual([]);
    // The check can fail: the published entries are in those same files.
    expect(files.some((file) => file.startsWith('pagefind/'))).toBe(true);
    expect(read(outDir, 'sitemap-0.xml')).toContain('/units/ceshi-danwei/');
    expect(read(outDir, 'data/units.json')).toContain('ceshi-danwei');
  });
});

/** One invalid change per case, and what its build output must say. */
const INVALID: { what: string; change: Record<string, (source: string) => string>; expected: RegExp[] }[] = [
  {
    what: 'unreadable YAML',
    change: { 'units/ceshi-danwei.md': (source: string) => source.replace('kind: 党政机关', 'kind: [党政机关') },
    expected: [/units\/ceshi-danwei\.md:8:7: error: YAML 格式错误：方括号「\[」没有配对的「\]」/, /修改建议：对照同类的其他文件修正格式/],
  },
  {
    what: 'a tab in the YAML indentation',
    change: { 'units/ceshi-danwei.md': (source: string) => source.replace('  - body:', '\t- body:') },
    expected: [/units\/ceshi-danwei\.md:\d+:\d+: error: YAML 格式错误：缩进里有 Tab，请改成空格/],
  },
  {
    what: 'a wrong enum value',
    change: { 'figures/ceshi-renwu.md': (source: string) => source.replace('category: 助人为乐', 'category: 乐于助人') },
    expected: [/figures\/ceshi-renwu\.md:\d+:\d+: error: category: 类别 category「乐于助人」无效，可选值：助人为乐、见义勇为、诚实守信、敬业奉献、孝老爱亲/, /修改建议：从上面列出的可选值中选一个/],
  },
  {
    what: 'an unknown reference',
    change: { 'figures/ceshi-renwu.md': (source: string) => source.replace('unit: ceshi-danwei', 'unit: ceshi-danwie') },
    expected: [/figures\/ceshi-renwu\.md:\d+:\d+: error: unit: 找不到「ceshi-danwie」：content\/units\/ 下没有这个文件。是不是 ceshi-danwei（测试<script>alert\(1\)<\/script>单位<\/title>"'&\{\}）？/],
  },
  {
    what: 'a missing image',
    change: { 'units/ceshi-danwei.md': (source: string) => source.replace(/src: [^,]+with-gps\.jpg/, 'src: ./missing.jpg') },
    expected: [/units\/ceshi-danwei\.md:\d+:\d+: error: cover\.src: 找不到图片文件「\.\/missing\.jpg」（路径相对于本文件所在的文件夹）/],
  },
  {
    what: 'a date that does not exist',
    change: { 'notices/ceshi-gongshi.md': (source: string) => source.replace('published: 2026-02-20', 'published: 2026-02-30') },
    expected: [/notices\/ceshi-gongshi\.md:\d+:\d+: error: 日期「2026-02-30」不存在，请检查月份和日期/, /修改建议：改正字段 published 的日期/],
  },
  {
    what: 'a duplicate slug',
    change: { 'lectures/ceshi-jiangzuo.mdx': () => fixture('lectures/ceshi-jiangzuo.md') },
    expected: [/lectures\/ceshi-jiangzuo\.md:1:1: error: 网址重复：与 \S*lectures\/ceshi-jiangzuo\.mdx 的网址相同（都是 lectures\/ceshi-jiangzuo\/）/],
  },
  {
    what: 'an identity-card number and a mobile number in a story',
    change: { 'figures/ceshi-renwu.md': (source: string) => `${source}\n身份证 11010519491231002X，电话 13912345678。\n` },
    expected: [/figures\/ceshi-renwu\.md:\d+:5: error: 疑似身份证号码「110105\*{8}002X」：身份证号属于个人信息，不得公开发布/, /figures\/ceshi-renwu\.md:\d+:\d+: error: 疑似手机号码「139\*{4}5678」：个人手机号不得公开发布/],
  },
  {
    what: 'a placeholder left in a published entry',
    change: { 'units/ceshi-danwei.md': (source: string) => source.replace(/^summary: .*$/m, 'summary: 待填写：一句话介绍这个单位的创建特色') },
    expected: [/units\/ceshi-danwei\.md:\d+:10: error: summary: 还没有填写（模板里的「待填写：一句话介绍这个单位的创建特色」）/, /修改建议：换成真实内容.*还没准备好发布的条目，在字段区加一行 draft: true/, /content\/units\/ceshi-danwei\.md：还有 1 处「待填写」，构建会失败/],
  },
  {
    what: 'a figure without a consent record',
    change: { 'figures/ceshi-renwu.md': (source: string) => source.replace(/^consent: .*\n/m, '') },
    expected: [/figures\/ceshi-renwu\.md:\d+:1: error: consent: 没有发布同意记录 consent：未取得本人（已故的取得家属）同意的人物不能发布/],
  },
];

describe.each(INVALID)('$what', ({ what, change, expected }) => {
  it('fails the build with check’s message (file, line, field, fix); the previous output stays byte for byte', () => {
    const name = `bad-${what.replace(/\W+/g, '-')}`;
    const { status, output, outDir, before } = failingBuild(name, change);
    expect(status, output).toBe(1);
    expect(output).toContain('构建失败，输出文件夹未改动。');
    for (const pattern of expected) expect(output).toMatch(pattern);
    // Stopped by the content gate, before Astro started.
    expect(output).not.toContain('[build]');
    expect(output).not.toMatch(/11010519491231002X|13912345678/);
    expect(snapshot(outDir)).toEqual(before);
    expect(readdirSync(dirname(outDir)).filter((entry) => entry.startsWith(`.${name}-dist.`))).toEqual([]);
  });
});
