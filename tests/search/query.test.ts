/**
 * The query helpers shared by the search page and the header box (src/scripts/search-query.js)
 * and the name index they read (src/lib/search-names.ts): pinyin and initials, surname
 * readings, traditional characters, and excerpts as the page writes them.
 */
import { describe, expect, it } from 'vitest';
import { nameIndex, readings, traditionalBitmap } from '../../src/lib/search-names.ts';
import { isLatinQuery, pinyinScore, readableExcerpt, readableText, toSimplified, traditionalMap } from '../../src/scripts/search-query.js';

describe('name readings', () => {
  it('reads people\'s surnames as surnames, and also as the characters read elsewhere', () => {
    expect(readings('闫璟', true)).toEqual(['yan jing']);
    expect(readings('单雄信', true)).toEqual(['shan xiong xin', 'dan xiong xin']);
    expect(readings('曾国藩', true)[0]).toBe('zeng guo fan');
    expect(readings('解小东', true)[0]).toBe('xie xiao dong');
    expect(readings('仇英', true)[0]).toBe('qiu ying');
  });

  it('reads other names in context, word by word', () => {
    expect(readings('山西省图书馆', false)).toEqual(['shan xi sheng/tu shu/guan']);
    expect(readings('重庆市第一中学', false)[0]).toMatch(/^chong qing/);
    expect(readings('单位', false)[0]).toBe('dan wei');
  });

  it('files a name under the first letter of each longer word and knows those characters\' letters', () => {
    const { manifest, shards } = nameIndex([
      { name: '山西省图书馆', person: false, path: 'units/a/', kind: 'unit' },
      { name: '山西省图书馆', person: false },
      { name: '闫璟', person: true, path: 'figures/b/', kind: 'figure' },
    ]);
    expect(manifest.shards).toEqual(['s', 't', 'y']);
    expect(shards.get('t')).toEqual([['山西省图书馆', 'shan xi sheng/tu shu/guan', 'units/a/', 'unit', '']]);
    expect(manifest.initials).toMatchObject({ 山: 's', 图: 't', 闫: 'y' });
  });
});

describe('pinyin queries', () => {
  it('finds a name by its pinyin, with or without spaces, and by initials', () => {
    for (const typed of ['yanjing', 'yan jing', 'yj', 'yanj']) expect(pinyinScore('yan jing', typed), typed).toBeGreaterThan(0);
    expect(pinyinScore('yan jing', 'jing')).toBe(-1);
    expect(pinyinScore('yan jing', 'yjx')).toBe(-1);
  });

  it('lets the rest of a word be left out and a later word begin the match', () => {
    const library = 'shan xi sheng/tu shu/guan';
    for (const typed of ['shanxi tushuguan', 'shanxitushuguan', 'sxstsg', 'tushuguan']) expect(pinyinScore(library, typed), typed).toBeGreaterThan(0);
    expect(pinyinScore(library, 'shanxi tushuguan')).toBeGreaterThan(pinyinScore(library, 'tushuguan'));
  });

  it('is asked only for Latin letters', () => {
    expect(isLatinQuery('yj')).toBe(true);
    expect(isLatinQuery('yan jing')).toBe(true);
    expect(isLatinQuery('y')).toBe(false);
    expect(isLatinQuery('闫璟')).toBe(false);
  });
});

describe('traditional characters', () => {
  it('are known from a small map, so the converter loads only for a query that has one', async () => {
    const isTraditional = traditionalMap(await traditionalBitmap());
    expect([...'閆璟圖書館'].map(isTraditional)).toEqual([true, false, true, true, true]);
    expect([...'闫璟图书馆山西省'].some(isTraditional)).toBe(false);
    expect(await toSimplified('山西省圖書館', isTraditional, 'opencc-js/t2cn')).toBe('山西省图书馆');
    expect(await toSimplified('閆璟', isTraditional, 'opencc-js/t2cn')).toBe('闫璟');
    expect(await toSimplified('闫璟', isTraditional, 'no-such-module')).toBe('闫璟');
  });
});

describe('excerpts', () => {
  it('read as the page: no added spaces next to Chinese, the page\'s own spaces kept, highlights in place', () => {
    const parts = readableExcerpt([
      { text: '讲堂 。 播放 山西省 道德 模范 ', mark: false },
      { text: '闫', mark: true },
      { text: ' ', mark: false },
      { text: '璟', mark: true },
      { text: ' 的 事迹 。 时间 ：2016 年 5 月 20 日 \u2060 09:00 。 Risto Saukonpää', mark: false },
    ]);
    expect(parts).toEqual([
      { text: '讲堂。播放山西省道德模范', mark: false },
      { text: '闫', mark: true },
      { text: '璟', mark: true },
      { text: '的事迹。时间：2016年5月20日 09:00。Risto Saukonpää', mark: false },
    ]);
    expect(readableText('闫 璟')).toBe('闫璟');
  });
});
