/**
 * Content an editor may well commit. Odd but valid files (a BOM, CRLF line ends, tabs in the
 * text) build. Invalid ones fail `npm run build` with a message that names the file, the field
 * or line, and what would be valid — and the failed build leaves the previous output exactly as
 * it was, because scripts/build.ts builds beside it and swaps only a finished site in.
 *
 * Each variant is a copy of the escaping fixture site with one thing changed. A failing build
 * stops at the content step, so these builds are short.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, SITES, variant, WORK } from './fixture-sites.ts';
import { parseHtml, read, siteFiles, text } from './site.ts';

const fixture = (file: string) => readFileSync(join(SITES, 'escaping', 'content', file), 'utf8');

/** Builds a variant into an output folder that holds a previous site; returns the output. */
function failingBuild(name: string, change: Parameters<typeof variant>[2]) {
  const outDir = join(WORK, `${name}-dist`);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(join(outDir, 'units'), { recursive: true });
  writeFileSync(join(outDir, 'index.html'), '<p>上一次成功构建的网站</p>');
  writeFileSync(join(outDir, 'units', 'keep.html'), 'keep');
  return buildSite(variant('escaping', name, change), outDir);
}

describe('odd but valid content', () => {
  it('builds with a BOM, CRLF line ends, and tabs in the text and inside YAML values', () => {
    const content = variant('escaping', 'odd-valid', {
      'units/ceshi-danwei.md': (source) => `\uFEFF${source}`,
      'figures/ceshi-renwu.md': (source) => source.replace(/\n/g, '\r\n'),
      'lectures/ceshi-jiangzuo.md': (source) => source.replace('讲座摘要。', '讲座\t摘要：\n\n\t缩进的一行。').replace("venue: '报告厅<script>'", "venue: '报告厅\t一层'\t# 一个 Tab 在引号里和注释前"),
      'settings.yaml': (source) => source.replace(/\n/g, '\r\n'),
    });
    const outDir = join(WORK, 'odd-valid-dist');
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, 'stale.html'), 'from an earlier build');
    const result = buildSite(content, outDir);
    expect(result.status, result.output).toBe(0);
    const heading = (page: string) => text(parseHtml(read(outDir, page)).querySelectorAll('h1')[0]!);
    expect(heading('units/ceshi-danwei/index.html')).toBe('测试<script>alert(1)</script>单位</title>"\'&{}');
    expect(heading('figures/ceshi-renwu/index.html')).toBe('人物<script>alert(5)</script></title>"\'&{}');
    expect(read(outDir, 'lectures/ceshi-jiangzuo/index.html')).toContain('缩进的一行');
    expect(read(outDir, 'lectures/ceshi-jiangzuo/index.html')).toContain('报告厅\t一层');
    // The finished build replaced the folder as a whole: nothing of the earlier one is left.
    expect(existsSync(join(outDir, 'stale.html'))).toBe(false);
    expect(readdirSync(dirname(outDir)).filter((name) => name.startsWith('.odd-valid-dist.'))).toEqual([]);
  });
});

/** One invalid change per case, and what its build output must say. */
const INVALID: { what: string; change: Record<string, (source: string) => string>; expected: RegExp[] }[] = [
  {
    what: 'unreadable YAML',
    change: { 'units/ceshi-danwei.md': (source: string) => source.replace('kind: 党政机关', 'kind: [党政机关') },
    expected: [/units\/ceshi-danwei\.md:\d+: YAML 格式错误：/, /提示：字段名后是英文冒号加一个空格/],
  },
  {
    what: 'a tab in the YAML indentation',
    change: { 'units/ceshi-danwei.md': (source: string) => source.replace('  - title:', '\t- title:') },
    expected: [/units\/ceshi-danwei\.md:\d+: YAML 格式错误：缩进里有 Tab，请改成空格/],
  },
  {
    what: 'a wrong enum value',
    change: { 'figures/ceshi-renwu.md': (source: string) => source.replace('category: 助人为乐', 'category: 乐于助人') },
    expected: [/figures\/ceshi-renwu\.md 的内容不符合要求/, /category: 类别 category「乐于助人」无效，可选值：助人为乐、见义勇为、诚实守信、敬业奉献、孝老爱亲/],
  },
  {
    what: 'an unknown reference',
    change: { 'figures/ceshi-renwu.md': (source: string) => source.replace('unit: ceshi-danwei', 'unit: no-such-unit') },
    expected: [/figures\/ceshi-renwu\.md → unit: 找不到「no-such-unit」/, /请检查拼写，或先新建该条目/],
  },
  {
    what: 'a missing image',
    change: { 'units/ceshi-danwei.md': (source: string) => source.replace(/src: [^,]+with-gps\.jpg/, 'src: ./missing.jpg') },
    expected: [/units\/ceshi-danwei\.md:\d+: 找不到图片「\.\/missing\.jpg」/, /提示：图片路径相对于条目文件所在的文件夹/],
  },
  {
    what: 'a date that does not exist',
    change: { 'notices/ceshi-gongshi.md': (source: string) => source.replace('published: 2026-02-20', 'published: 2026-02-30') },
    expected: [/notices\/ceshi-gongshi\.md 有 1 处错误/, /published: 日期「2026-02-30」不存在，请检查月份和日期/],
  },
  {
    what: 'a duplicate slug',
    change: { 'lectures/ceshi-jiangzuo.mdx': () => fixture('lectures/ceshi-jiangzuo.md') },
    expected: [/lectures\/ceshi-jiangzuo\.mdx? 与 .*lectures\/ceshi-jiangzuo\.mdx? 的网址相同（ceshi-jiangzuo）/, /请把其中一个改名或删除/],
  },
];

describe.each(INVALID)('$what', ({ what, change, expected }) => {
  it('fails the build naming the file, the field or line, and what is valid; the previous output stays', () => {
    const name = `bad-${what.replace(/\W+/g, '-')}`;
    const { status, output, outDir } = failingBuild(name, change);
    expect(status, output).toBe(1);
    expect(output).toContain('构建失败，输出文件夹未改动。');
    for (const pattern of expected) expect(output).toMatch(pattern);
    expect(siteFiles(outDir)).toEqual(['index.html', 'units/keep.html']);
    expect(read(outDir, 'index.html')).toBe('<p>上一次成功构建的网站</p>');
    expect(readdirSync(dirname(outDir)).filter((entry) => entry.startsWith(`.${name}-dist.`))).toEqual([]);
  });
});
