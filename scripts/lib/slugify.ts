/**
 * Readable ASCII slugs from Chinese names: words (as ICU segments them) spelled in toneless
 * pinyin and joined by hyphens. 山西省公安厅 → shanxisheng-gongan-ting.
 */
import { pinyin } from 'pinyin-pro';

const MAX_LENGTH = 48;
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

export function slugFromName(name: string): string {
  const words: string[] = [];
  for (const { segment, isWordLike } of segmenter.segment(name.normalize('NFKC'))) {
    if (!isWordLike) continue;
    const spelled = pinyin(segment, { toneType: 'none', type: 'array', v: true, nonZh: 'consecutive' })
      .join('')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
    if (spelled) words.push(spelled);
  }
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_LENGTH && slug) break;
    slug = next.slice(0, MAX_LENGTH).replace(/-+$/, '');
  }
  return slug || 'tiaomu';
}

/** The slug, or the slug with -2, -3… when it is taken. */
export function uniqueSlug(base: string, isTaken: (slug: string) => boolean): string {
  if (!isTaken(base)) return base;
  for (let n = 2; ; n++) if (!isTaken(`${base}-${n}`)) return `${base}-${n}`;
}
