/**
 * The document Pagefind indexes for a page (src/integrations/search-document.ts) and the words
 * it is made of (src/lib/search-words.ts): the query's words, the site's names as whole words,
 * blocks closed the Chinese way, and nothing hidden or day-dependent as text.
 */
import { describe, expect, it } from 'vitest';
import { NameFinder, SPACE_MARK, searchDocument } from '../../src/integrations/search-document.ts';
import { joinedWords, nameWords, spaceWords } from '../../src/lib/search-words.ts';

const page = (main: string) => `<!doctype html><html lang="zh-CN"><head><title>标题 | 站点</title></head><body><nav>导航</nav><main id="main" data-pagefind-body>${main}</main><footer>页脚</footer></body></html>`;
const field = (document: string, name: string) => new RegExp(`data-pagefind-meta="${name}">([^<]*)<`).exec(document)?.[1];

describe('search words', () => {
  it('puts a space where the query segmenter puts a word boundary next to Chinese, and marks spaces the text has', () => {
    expect(spaceWords('播放山西省道德模范闫璟的事迹短片', SPACE_MARK).split(' ')).toContain('山西省');
    expect(spaceWords('2015年6月20日 19:00', SPACE_MARK)).toMatch(new RegExp(`日 ${SPACE_MARK} 19:00$`));
    expect(spaceWords('Risto Saukonpää', SPACE_MARK)).toBe('Risto Saukonpää');
  });

  it('makes every piece of a name begin an index word', () => {
    expect(nameWords('闫璟')).toEqual(['闫璟', '璟']);
    expect(nameWords('陈桂芳')).toEqual(['陈桂芳', '桂芳', '芳']);
    expect(nameWords('山西省图书馆')).toEqual(expect.arrayContaining(['山西省图书馆', '图书馆']));
    expect(nameWords('Risto Saukonpää')).toEqual(['risto', 'saukonpää']);
  });

  it('adds the words that begin inside or across the text\'s words', () => {
    expect(joinedWords('同时 担任 班主任 的 教师')).toContain('主任');
    expect(joinedWords('外来 务 工 人员')).toEqual(expect.arrayContaining(['务工', '工人员']));
    expect(joinedWords('家 是 我的 第 一个 课堂')).toContain('第一个');
  });
});

describe('the search document of a page', () => {
  const names = new NameFinder(['闫璟', '郭淑琴', '山西省图书馆']);

  it('is undefined for a page that is not indexed', () => {
    expect(searchDocument('<html><body><main id="main"><h1>列表</h1></main></body></html>', names)).toBeUndefined();
  });

  it('keeps the body only, with its words spaced, and the title as the page writes its heading', () => {
    const document = searchDocument(page('<h1>闫璟</h1><p>播放山西省道德模范闫璟的事迹短片</p>'), names)!;
    expect(document).not.toContain('导航');
    expect(document).not.toContain('页脚');
    expect(document).toContain('模范 闫 璟 的');
    expect(field(document, 'title')).toBe('闫璟');
    expect(field(document, 'heading')!.split(' ')).toEqual(['闫璟', '璟']);
  });

  it('closes blocks with 「。」 and terms with 「：」 instead of Pagefind\'s 「. 」', () => {
    const document = searchDocument(page('<h1>讲堂</h1><dl><dt>时间</dt><dd>2015年</dd><dt>地点：</dt><dd>礼堂</dd></dl>'), names)!;
    expect(document).toContain('讲堂 。</h1>');
    expect(document).toContain('<dt>时间 ：</dt>');
    expect(document).toContain('<dt>地点 ：</dt>'); // the page's own colon, not a second one
    expect(document).toContain('礼堂 。</dd>');
  });

  it('writes the names the page shows, cards included, as index-only words, and its keywords', () => {
    const document = searchDocument(
      page('<h1>单位</h1><p>主讲人郭淑琴、闫璟</p><ul class="card-grid"><li>山西省图书馆</li></ul><div hidden data-pagefind-ignore><span data-pagefind-meta="keywords">省图、旧馆</span></div>'),
      names,
      ['card-grid'],
    )!;
    expect(field(document, 'names')!.split(' ')).toEqual(expect.arrayContaining(['郭淑琴', '淑琴', '琴', '闫璟', '璟', '山西省图书馆', '图书馆']));
    expect(field(document, 'keywords')!.split(' ')).toEqual(expect.arrayContaining(['省图', '图', '旧馆', '馆']));
    // The card's text is left as it is (Pagefind leaves the card out), not segmented.
    expect(document).toContain('<li>山西省图书馆</li>');
  });

  it('does not read names from hidden or day-dependent text, and keeps metadata values as written', () => {
    const document = searchDocument(
      page('<h1>公示</h1><notice-window hidden><p>闫璟</p></notice-window><div hidden data-pagefind-ignore><span data-pagefind-meta="date">2015年6月20日</span></div>'),
      names,
    )!;
    expect(field(document, 'names')).toBeUndefined();
    expect(document).toContain('<span data-pagefind-meta="date">2015年6月20日</span>');
  });

  it('escapes what it writes', () => {
    const document = searchDocument(page('<h1>A &amp; B &lt;script&gt;</h1>'), names)!;
    expect(document).toContain('A &amp; B &lt;script&gt;');
    expect(document).not.toContain('<script>');
  });
});
