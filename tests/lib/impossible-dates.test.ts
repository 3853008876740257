import { describe, expect, it } from 'vitest';
import { findImpossibleDates } from '../../src/lib/impossible-dates.ts';

const markdown = (frontmatter: string) => `---\n${frontmatter}\n---\n正文 2026-02-30 不算。\n`;

describe('findImpossibleDates', () => {
  it('finds nothing in frontmatter whose dates all exist, and ignores the body', () => {
    expect(findImpossibleDates(markdown('published: 2026-02-28\nwindow: { start: 2024-02-29, end: "2024-03-01" }'))).toEqual([]);
  });

  it('names the field of a date that does not exist, unquoted, quoted or in a list', () => {
    expect(findImpossibleDates(markdown('published: 2026-02-30')).map((issue) => issue.path)).toEqual([['published']]);
    expect(findImpossibleDates(markdown("history:\n  - { status: 命名, date: '2009-13-01' }")).map((issue) => issue.path)).toEqual([['history', 0, 'date']]);
  });

  it('reads text where an impossible date hides behind digits or an escape', () => {
    // Only a whole value is a date; a longer number around it is not reported.
    expect(findImpossibleDates(markdown('code: 12026-02-301'))).toEqual([]);
    expect(findImpossibleDates(markdown('a: 2026-02-2026-02-30\nb: 2026-02-30')).map((issue) => issue.path)).toEqual([['b']]);
    expect(findImpossibleDates(markdown('date: "2026\\x2d02-30"')).map((issue) => issue.path)).toEqual([['date']]);
  });
});
