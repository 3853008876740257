/**
 * Reads which characters a TrueType/OpenType font has glyphs for, from its `cmap` table, so the
 * build can name a character the font lacks instead of drawing an empty box. Handles the two
 * formats fonts use for Unicode (4 for the BMP, 12 for all planes); pure and dependency-free.
 */

type HasGlyph = (codePoint: number) => boolean;

export function readCharacterMap(font: Uint8Array): HasGlyph {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const numTables = view.getUint16(4);
  let cmapOffset = -1;
  for (let i = 0; i < numTables; i++) {
    const record = 12 + i * 16;
    const tag = String.fromCharCode(...font.subarray(record, record + 4));
    if (tag === 'cmap') cmapOffset = view.getUint32(record + 8);
  }
  if (cmapOffset < 0) throw new Error('字体文件没有 cmap 表，无法判断字符覆盖');

  const subtables: { platform: number; encoding: number; offset: number; format: number }[] = [];
  const count = view.getUint16(cmapOffset + 2);
  for (let i = 0; i < count; i++) {
    const record = cmapOffset + 4 + i * 8;
    const offset = cmapOffset + view.getUint32(record + 4);
    subtables.push({ platform: view.getUint16(record), encoding: view.getUint16(record + 2), offset, format: view.getUint16(offset) });
  }
  const isUnicode = (t: (typeof subtables)[number]) => t.platform === 0 || (t.platform === 3 && (t.encoding === 1 || t.encoding === 10));
  const full = subtables.find((t) => isUnicode(t) && t.format === 12);
  if (full) return readFormat12(view, full.offset);
  const bmp = subtables.find((t) => isUnicode(t) && t.format === 4);
  if (bmp) return readFormat4(view, bmp.offset);
  throw new Error('字体的 cmap 表没有 Unicode 子表（格式 4 或 12）');
}

function readFormat12(view: DataView, offset: number): HasGlyph {
  const groups = view.getUint32(offset + 12);
  const starts = new Uint32Array(groups);
  const ends = new Uint32Array(groups);
  const glyphs = new Uint32Array(groups);
  for (let i = 0; i < groups; i++) {
    const group = offset + 16 + i * 12;
    starts[i] = view.getUint32(group);
    ends[i] = view.getUint32(group + 4);
    glyphs[i] = view.getUint32(group + 8);
  }
  return (codePoint) => {
    const i = findGroup(starts, ends, codePoint);
    return i >= 0 && glyphs[i]! + (codePoint - starts[i]!) !== 0;
  };
}

function readFormat4(view: DataView, offset: number): HasGlyph {
  const segments = view.getUint16(offset + 6) / 2;
  const endsAt = offset + 14;
  const startsAt = endsAt + segments * 2 + 2;
  const deltasAt = startsAt + segments * 2;
  const rangesAt = deltasAt + segments * 2;
  const starts = new Uint32Array(segments);
  const ends = new Uint32Array(segments);
  for (let i = 0; i < segments; i++) {
    ends[i] = view.getUint16(endsAt + i * 2);
    starts[i] = view.getUint16(startsAt + i * 2);
  }
  return (codePoint) => {
    const i = findGroup(starts, ends, codePoint);
    if (i < 0 || codePoint === 0xffff) return false;
    const delta = view.getInt16(deltasAt + i * 2);
    const rangeOffset = view.getUint16(rangesAt + i * 2);
    if (rangeOffset === 0) return ((codePoint + delta) & 0xffff) !== 0;
    const glyph = view.getUint16(rangesAt + i * 2 + rangeOffset + (codePoint - starts[i]!) * 2);
    return glyph !== 0 && ((glyph + delta) & 0xffff) !== 0;
  };
}

/** Binary search over sorted, disjoint [start, end] ranges. */
function findGroup(starts: Uint32Array, ends: Uint32Array, codePoint: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (codePoint < starts[mid]!) high = mid - 1;
    else if (codePoint > ends[mid]!) low = mid + 1;
    else return mid;
  }
  return -1;
}

/** Characters of `text` the font has no glyph for, each once; whitespace and controls are skipped. */
export function missingCharacters(text: string, hasGlyph: HasGlyph): string[] {
  const missing = new Set<string>();
  for (const char of text) {
    const codePoint = char.codePointAt(0)!;
    if (/\s|\p{Cc}|\p{Cf}/u.test(char)) continue;
    if (!hasGlyph(codePoint)) missing.add(char);
  }
  return [...missing];
}
