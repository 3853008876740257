/**
 * 「是不是 …？」: the entries an editor most likely meant when a reference names none. Compared by
 * slug (a typo in the file name) and by name (an editor who wrote the unit's name, or part of it,
 * instead of its file name), with the edit distance from fastest-levenshtein.
 */
import { distance } from 'fastest-levenshtein';
import { normaliseName } from './names.ts';

export interface Candidate {
  slug: string;
  /** The entry's name or title, and former names, as written. */
  names: readonly string[];
}

/** How far two strings may be apart to count as a likely typo: about a third of the shorter one. */
const close = (a: string, b: string, floor: number) => distance(a, b) <= Math.max(floor, Math.floor(Math.min(a.length, b.length) / 3));

/** Up to `max` candidates, the closest first; an exact name match alone when there is one. */
export function nearestCandidates(written: string, candidates: readonly Candidate[], max = 3): Candidate[] {
  const slug = written.trim().toLowerCase();
  const name = normaliseName(written);
  const exact = candidates.filter((candidate) => candidate.names.some((other) => normaliseName(other) === name));
  if (exact.length) return exact.slice(0, max);
  const scored: { candidate: Candidate; score: number }[] = [];
  for (const candidate of candidates) {
    const bySlug = close(slug, candidate.slug, 2) ? distance(slug, candidate.slug) : Infinity;
    const byName = Math.min(
      ...candidate.names.map((other) => {
        const normal = normaliseName(other);
        if (name.length >= 2 && (normal.includes(name) || name.includes(normal))) return Math.abs(normal.length - name.length) / 10;
        return close(name, normal, 1) ? distance(name, normal) : Infinity;
      }),
    );
    const score = Math.min(bySlug, byName);
    if (Number.isFinite(score)) scored.push({ candidate, score });
  }
  return scored
    .sort((a, b) => a.score - b.score || a.candidate.slug.localeCompare(b.candidate.slug))
    .slice(0, max)
    .map(({ candidate }) => candidate);
}

/** 「是不是 a（名称）、b（名称）？」, or '' when nothing is close. */
export function didYouMean(written: string, candidates: readonly Candidate[]): string {
  const nearest = nearestCandidates(written, candidates);
  if (!nearest.length) return '';
  return `是不是 ${nearest.map((candidate) => (candidate.names[0] ? `${candidate.slug}（${candidate.names[0]}）` : candidate.slug)).join('、')}？`;
}
