import { describe, expect, it } from 'vitest';
import { drawSvg, describeMissing } from '../../src/og/render.ts';
import { fontsFor, planFonts, uncoveredCharacters } from '../../src/og/font.ts';
import { readCharacterMap } from '../../src/og/cmap.ts';
import { el, frame } from '../../src/og/templates/parts.ts';

const RARE = ['喆', '堃', '犇', '镕', '彧', '昇'];

describe('the share-image font', () => {
  it('covers rare characters used in names', () => {
    expect(uncoveredCharacters(RARE.join(''))).toEqual([]);
    expect(uncoveredCharacters('「全国文明单位」·—…（2020年）<script>"\'&ABCabc123')).toEqual([]);
  });

  it('names the characters it lacks, once each, skipping whitespace', () => {
    // U+17000 is Tangut, which no Chinese font carries.
    expect(uncoveredCharacters('西夏 \u{17000}文\u{17000}')).toEqual(['\u{17000}']);
    expect(describeMissing('/units/foo/', ['\u{17000}'])).toBe(
      '分享图 /units/foo/：字体 Noto Sans SC 缺少字符 「\u{17000}」(U+17000)，这些字符在图中会留空（页面本身不受影响）；请在内容中改用字库收录的写法，若是人名、单位名用字不能改，可在 src/og/font.ts 换用收录该字的开源字体',
    );
  });

  it('keeps every character of the text in the subset, and only what was asked for', async () => {
    const fonts = await fontsFor(RARE.join(''));
    expect(fonts.map((font) => font.weight)).toEqual([400, 700]);
    for (const font of fonts) {
      const hasGlyph = readCharacterMap(font.data);
      for (const char of [...RARE, '…']) expect(hasGlyph(char.codePointAt(0)!), `${char} in ${font.weight}`).toBe(true);
      expect(hasGlyph('龘'.codePointAt(0)!), '龘 was never asked for').toBe(false);
      expect(font.data.length).toBeLessThan(200_000);
    }
  });

  it('reuses the subset while it covers the text, and grows it when it does not', async () => {
    const first = await fontsFor('文明单位');
    expect(await fontsFor('单位')).toBe(first);
    const grown = await fontsFor('文明单位龘');
    expect(grown).not.toBe(first);
    expect(readCharacterMap(grown[0]!.data)('文'.codePointAt(0)!)).toBe(true);
    expect(readCharacterMap(grown[0]!.data)('龘'.codePointAt(0)!)).toBe(true);
  });

  it('cuts planned text into the next subset, so a build cuts one subset for all its cards', async () => {
    planFonts('榜样示范');
    // 鑫 is in no subset yet, so a new one is cut, holding the planned text too.
    const next = await fontsFor('鑫');
    for (const char of '榜样示范鑫') expect(readCharacterMap(next[1]!.data)(char.codePointAt(0)!), char).toBe(true);
    expect(await fontsFor('示范')).toBe(next);
  });

  it('draws each rare character as an outline, not an empty box', async () => {
    const empty = await drawSvg(frame({}, [el('div', { fontSize: 80 }, ' ')]));
    for (const char of RARE) {
      const svg = await drawSvg(frame({}, [el('div', { fontSize: 80, fontWeight: 700 }, char)]));
      const paths = [...svg.matchAll(/<path[^>]* d="([^"]+)"/g)].map((match) => match[1]!);
      expect(paths.length, char).toBeGreaterThan(0);
      // A glyph of a complex character has many curve commands; an empty .notdef box has four lines.
      expect(paths.join('').length, char).toBeGreaterThan(400);
      expect(svg.length).toBeGreaterThan(empty.length);
    }
  });
});
