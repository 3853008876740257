/**
 * The name index: every name the site shows (src/lib/search-meta.ts, searchNames), with its
 * pinyin, in small files the browser loads only when it needs them (src/pages/search/names/):
 * - the search page, when the query is typed in Latin letters (「yanjing」, 「yj」 → 闫璟);
 * - the header search box, which suggests units and figures as the visitor types.
 * The indexer (src/integrations/pagefind.ts) reads the same files to know the site's names.
 *
 * Files: `index.json` (NameManifest) and one shard per letter, holding each name under the first
 * letter of the pinyin of each of its words (山西省图书馆 under s and t), so that a query loads
 * the one shard its first letter (or, for Chinese, its first character's reading) names.
 */
import { pinyin } from 'pinyin-pro';
import type { NameKind, NameRecord } from './search-meta.ts';
import { segmentWords } from './search-words.ts';

/**
 * One name in a shard: [name, readings, path, kind, target]. Readings are separated by `;`,
 * a reading's words by `/` and its syllables by spaces: `shan xi sheng/tu shu guan`. Path, kind
 * and target are empty for names without a page of their own.
 */
export type NameEntry = [name: string, readings: string, path: string, kind: NameKind | '', target: string];

export interface NameManifest {
  /** The shard letters that exist. */
  shards: string[];
  /** For the characters a name's word starts with: the first letters of their readings, for Chinese queries. */
  initials: Record<string, string>;
  /** The traditional-character map (traditionalBitmap), for the header search box. */
  traditional?: string;
}

export interface NameIndex {
  manifest: NameManifest;
  shards: Map<string, NameEntry[]>;
}

/** The folder of the name index below the site, and its files. */
export const NAMES_DIR = 'search/names';
export const NAMES_MANIFEST = 'index.json';
export const shardFile = (letter: string) => `${letter}.json`;

const HAN = /\p{Script=Han}/u;

/**
 * A name's readings in pinyin, word by word. People's names are read with surname readings
 * (单 shàn, 曾 zēng, 仇 qiú), and also as the characters read elsewhere, since visitors type
 * either; other names are read in context (重庆 chóng, 银行 háng). Latin words stay as they are.
 */
export function readings(name: string, person: boolean): string[] {
  const variants = person ? [true, false] : [false];
  const out = new Set<string>();
  for (const surname of variants) {
    const syllables = pinyin(name, { type: 'array', toneType: 'none', v: true, surname: surname ? 'head' : 'off', nonZh: 'consecutive' });
    // pinyin-pro gives one syllable per Chinese character and keeps other text as it is.
    const chars = [...name];
    const words: string[][] = [];
    let word: string[] = [];
    let at = 0;
    const startsWord = new Set<number>();
    for (const part of person ? [name] : segmentWords(name)) {
      startsWord.add(at);
      at += [...part].length;
    }
    let c = 0;
    for (const syllable of syllables) {
      const length = HAN.test(chars[c] ?? '') ? 1 : [...syllable].length;
      const text = syllable.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
      if (startsWord.has(c) && word.length) {
        words.push(word);
        word = [];
      }
      for (const piece of text.split(/[^a-z0-9]+/)) if (piece) word.push(piece);
      c += length;
    }
    if (word.length) words.push(word);
    out.add(words.map((w) => w.join(' ')).join('/'));
  }
  return [...out].filter(Boolean);
}

/** Builds the manifest and shards from every name the site shows. */
export function nameIndex(records: NameRecord[]): NameIndex {
  const entries = new Map<string, NameEntry>();
  for (const record of records) {
    const name = record.name.trim();
    if (!name) continue;
    const key = `${name}\t${record.path ?? ''}`;
    const existing = entries.get(key);
    if (existing && (existing[2] || !record.path)) continue;
    entries.set(key, [name, readings(name, record.person).join(';'), record.path ?? '', record.kind ?? '', record.target ?? '']);
  }
  // A name shown both with and without a page needs only the entry with the page.
  for (const [key, entry] of entries) if (!entry[2] && [...entries.values()].some((other) => other[2] && other[0] === entry[0])) entries.delete(key);

  const shards = new Map<string, NameEntry[]>();
  const initials: Record<string, string> = {};
  for (const entry of [...entries.values()].sort((a, b) => a[0].localeCompare(b[0], 'zh-Hans-CN-u-co-pinyin'))) {
    const letters = new Set<string>();
    const chars = [...entry[0]];
    for (const reading of entry[1].split(';')) {
      let at = 0;
      reading.split('/').forEach((word, w) => {
        const letter = word[0];
        // A name is found from its start and from the start of each longer word in it (图书 in
        // 山西省图书馆), not from every single character (省, 馆).
        if (letter && (w === 0 || word.includes(' '))) {
          letters.add(letter);
          const char = chars[at];
          if (char && HAN.test(char) && !(initials[char] ?? '').includes(letter)) initials[char] = (initials[char] ?? '') + letter;
        }
        at += word.split(' ').length;
      });
    }
    for (const letter of letters) {
      if (!shards.has(letter)) shards.set(letter, []);
      shards.get(letter)!.push(entry);
    }
  }
  return { manifest: { shards: [...shards.keys()].sort(), initials }, shards };
}

/** The range of the traditional-character map: CJK Unified Ideographs, where nearly all of them are. */
export const TRADITIONAL_FIRST = 0x4e00;
const TRADITIONAL_LAST = 0x9fff;

/**
 * Which characters OpenCC (opencc-js) writes differently in simplified Chinese, as a bitmap over
 * U+4E00–U+9FFF in base64 (3.5 KB). The browser loads the converter itself (50 KB) only for a
 * query that has one of them, so the search of a simplified query costs nothing extra.
 */
export async function traditionalBitmap(): Promise<string> {
  const { Converter } = await import('opencc-js/t2cn');
  const toSimplified = Converter({ from: 'tw', to: 'cn' });
  const bits = new Uint8Array(Math.ceil((TRADITIONAL_LAST - TRADITIONAL_FIRST + 1) / 8));
  for (let code = TRADITIONAL_FIRST; code <= TRADITIONAL_LAST; code++) {
    const char = String.fromCodePoint(code);
    if (toSimplified(char) !== char) bits[(code - TRADITIONAL_FIRST) >> 3]! |= 1 << ((code - TRADITIONAL_FIRST) & 7);
  }
  return Buffer.from(bits).toString('base64');
}
