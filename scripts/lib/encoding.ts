/**
 * Which encoding a text file was saved in. Content files must be UTF-8 (the site reads them so);
 * naming lists may also be GBK, as Excel saves CSV on a Chinese Windows. jschardet tells which,
 * iconv-lite decodes it (GBK as GB18030, its superset).
 */
import iconv from 'iconv-lite';
import jschardet from 'jschardet';

/** The encodings we know by jschardet's name: iconv-lite codec and the name shown to editors. */
const ENCODINGS: Record<string, { codec: string; label: string }> = {
  'utf-8-sig': { codec: 'utf8', label: 'UTF-8（带 BOM）' },
  'utf-8': { codec: 'utf8', label: 'UTF-8' },
  // Only ASCII bytes: UTF-8 reads them the same.
  ascii: { codec: 'utf8', label: 'UTF-8' },
  gb18030: { codec: 'gb18030', label: 'GBK' },
  gbk: { codec: 'gb18030', label: 'GBK' },
  gb2312: { codec: 'gb18030', label: 'GBK' },
};

/** The bytes as text in the encoding they were saved in (a byte-order mark dropped). */
export const decode = (bytes: Uint8Array, codec: string): string => iconv.decode(Buffer.from(bytes), codec);

const HAN = /[\u4e00-\u9fff]/;

/**
 * What the bytes were saved as: a known encoding, or only the name jschardet guessed. On a few
 * lines of Chinese jschardet may guess wrong (KOI8 for a short GBK file); bytes it does not take
 * for another East Asian encoding that read as GB18030 without a bad character, with Chinese in
 * them, are GBK.
 */
export function detectEncoding(bytes: Uint8Array): { codec: string; label: string } | { guess: string } {
  const detected = jschardet.detect(Buffer.from(bytes)).encoding ?? '';
  const known = ENCODINGS[detected.toLowerCase()];
  if (known) return known;
  // Another East Asian encoding (Big5 above all) is what it says: its bytes would read as GBK too.
  if (/big5|euc|shift_jis|iso-2022|tw/i.test(detected)) return { guess: detected };
  const asGbk = decode(bytes, 'gb18030');
  return !asGbk.includes('\uFFFD') && HAN.test(asGbk) ? ENCODINGS.gbk! : { guess: detected };
}


const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** A content file that is not UTF-8: where its first such byte is, and what it looks like. */
export class NotUtf8Error extends Error {
  /** The encoding it seems to be in (GBK, Big5, …), or '' when unknown. */
  readonly encoding: string;
  /** 0-based offset, in `text`, of the first line UTF-8 could not read. */
  readonly offset: number;
  /** The file as well as it can be read: in its own encoding when known. */
  readonly text: string;
  constructor(encoding: string, offset: number, text: string) {
    super(`文件${encoding ? `是 ${encoding} 编码` : '不是 UTF-8 编码'}，网站按 UTF-8 读取会把中文变成乱码：请另存为 UTF-8`);
    this.encoding = encoding;
    this.offset = offset;
    this.text = text;
  }
}

/** The bytes as UTF-8, or a NotUtf8Error. */
export function readUtf8(bytes: Uint8Array): string {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    const lossy = new TextDecoder('utf-8').decode(bytes);
    const found = detectEncoding(bytes);
    const known = 'codec' in found && found.codec !== 'utf8';
    const text = known ? decode(bytes, found.codec) : lossy;
    // The first character UTF-8 could not read is on the same line either way; count in the text shown.
    const badLine = lossy.slice(0, lossy.indexOf('\uFFFD')).split('\n').length - 1;
    const offset = text.split('\n').slice(0, badLine).reduce((sum, line) => sum + line.length + 1, 0);
    throw new NotUtf8Error(known ? found.label : 'guess' in found ? found.guess : '', offset, text);
  }
}

/** How to save a file as UTF-8, in the editors editors use. */
export const SAVE_AS_UTF8_HINT = 'VS Code：点窗口右下角显示编码的地方（如「GBK」）→「通过编码保存」→「UTF-8」；记事本：「另存为」→ 编码选「UTF-8」';
