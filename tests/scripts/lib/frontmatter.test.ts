/** What an editor's typing mistakes in the field area are called, and where they are reported. */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { FrontmatterError, parseSource } from '../../../scripts/lib/frontmatter.ts';
import { NotUtf8Error, readUtf8 } from '../../../scripts/lib/encoding.ts';

/** `line:col message` of the error a frontmatter gives (its lines start at line 2). */
function problem(frontmatter: string): string {
  try {
    parseSource(`---\n${frontmatter}---\n正文\n`);
  } catch (error) {
    if (error instanceof FrontmatterError) return `${error.line}:${error.col} ${error.message}`;
    throw error;
  }
  return 'ok';
}

describe('YAML mistakes, named as what they are', () => {
  it('a Chinese colon after a field name, also when it leaves the whole field area one string', () => {
    expect(problem('name: 甲\nsector：教育系统\nkind: 学校\n')).toBe('3:1 YAML 格式错误：字段名「sector」后面是中文冒号「：」，要用英文冒号加一个空格，写成「sector: 」');
    expect(problem('name：甲\n')).toBe('2:1 YAML 格式错误：字段名「name」后面是中文冒号「：」，要用英文冒号加一个空格，写成「name: 」');
  });

  it('an unclosed bracket, brace or quote, at the line where it opens', () => {
    expect(problem('name: 甲\nregion: [山西省, 太原市\nsector: 教育系统\n')).toBe('3:9 YAML 格式错误：方括号「[」没有配对的「]」：列表写在一行里，以「]」结束，例如 region: [山西省, 太原市]');
    expect(problem('contacts:\n  - { label: 电话, value: 0351-1234567\nsummary: 甲\n')).toBe('3:5 YAML 格式错误：花括号「{」没有配对的「}」：写在一行里，以「}」结束，例如 { label: 电话, value: 0351-1234567 }');
    expect(problem("name: '甲\nsector: 乙\n")).toBe("2:7 YAML 格式错误：单引号「'」没有配对：以引号开头的文字，结尾也要有同样的引号");
  });

  it('a bracket closed twice; and brackets inside text are not mistaken for an open list', () => {
    expect(problem('region: [山西省, 太原市]]\n')).toBe('2:19 YAML 格式错误：多了一个「]」：删掉它，或补上与它配对的「[」');
    expect(problem("title: 某某[第一期]的讲座\nnote: it's ok # 注释里的 [ 不算\n")).toBe('ok');
  });
});

describe('readUtf8', () => {
  it('reads UTF-8, and names GBK with the line UTF-8 cannot read', () => {
    expect(readUtf8(Buffer.from('甲\n乙'))).toBe('甲\n乙');
    let error: unknown;
    try {
      readUtf8(iconv.encode('---\nname: 王秀英\n---\n', 'gbk'));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(NotUtf8Error);
    expect((error as NotUtf8Error).message).toBe('文件是 GBK 编码，网站按 UTF-8 读取会把中文变成乱码：请另存为 UTF-8');
    expect((error as NotUtf8Error).text).toBe('---\nname: 王秀英\n---\n');
    expect((error as NotUtf8Error).offset).toBe(4);
  });
});
