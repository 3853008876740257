/**
 * The units section as built: the directory lists every unit without JavaScript, a page per
 * naming batch lists exactly the honors named in it, and each unit page shows its whole honor
 * timeline and everything that links to it.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../setup/paths.ts';
import { chineseDay, LEVEL_SLUGS, page, sources, text, unitHonors } from './built.ts';

const units = sources('units');

describe('units directory', () => {
  const html = page('units/');
  /** Each list item's data attributes, by the unit its card links to. */
  const items = new Map([...html.matchAll(/<li (data-level="[^>]*)><article[\s\S]*?href="\/units\/([^/]+)\/"/g)].map((match) => [match[2]!, match[1]!]));

  it('lists every unit as plain HTML, the filter form hidden until its script runs', () => {
    expect(items.size).toBe(units.length);
    for (const unit of units) expect(html).toContain(`href="/units/${unit.slug}/"`);
    expect(html).toMatch(/<form class="filters" id="unit-filters" hidden/);
  });

  it('writes the filter values of each unit from its honors', () => {
    for (const unit of units) {
      const item = items.get(unit.slug)!;
      const years = [...new Set(unit.data.honors.map((honor: { year: number }) => String(honor.year)))];
      const itemYears = /data-year="([^"]*)"/.exec(item)![1]!.split('|');
      expect(itemYears.sort(), unit.slug).toEqual(years.sort());
      expect(item).toContain(`data-region="${unit.data.region[0]}"`);
      expect(item).toContain(`data-sector="${unit.data.sector}"`);
    }
  });
});

describe('naming batches', () => {
  const byBatch = Map.groupBy(unitHonors(), ({ honor }) => `${honor.year}-${LEVEL_SLUGS[honor.level]}`);

  it('has one readable ASCII page per year and level', () => {
    expect(byBatch.size).toBeGreaterThan(3);
    for (const slug of byBatch.keys()) {
      expect(slug).toMatch(/^\d{4}-[a-z]+$/);
      expect(existsSync(join(DIST, 'units/batches', slug, 'index.html')), slug).toBe(true);
    }
  });

  it('lists exactly the units named in the batch, with their count', () => {
    for (const [slug, members] of byBatch) {
      const html = page(`units/batches/${slug}/`);
      const rows = [...html.matchAll(/<tr><th scope="row"><a href="\/units\/([^/]+)\/">/g)].map((match) => match[1]);
      expect(rows.sort(), slug).toEqual(members.map(({ unit }) => unit.slug).sort());
      const distinct = new Set(members.map(({ unit }) => unit.slug)).size;
      expect(text(/<caption>(.*?)<\/caption>/.exec(html)![1]!), slug).toBe(`本批共 ${distinct} 个单位`);
      for (const { honor } of members) if (honor.document) expect(html, slug).toContain(honor.document);
    }
  });
});

describe('unit pages', () => {
  it('show every status change of every honor, with its date and document', () => {
    for (const { unit, honor } of unitHonors()) {
      const html = page(`units/${unit.slug}/`);
      const timelines = [...html.matchAll(/<ol class="timeline">(.*?)<\/ol>/g)].map((match) => match[1]!);
      const timeline = timelines.find((candidate) => honor.history.every((change) => candidate.includes(`datetime="${change.date}"`)));
      expect(timeline, `${unit.slug} ${honor.title} ${honor.year}`).toBeDefined();
      const steps = [...timeline!.matchAll(/<li>(.*?)<\/li>/g)].map((match) => text(match[1]!));
      expect(steps).toHaveLength(honor.history.length);
      honor.history.forEach((change, i) => {
        expect(steps[i]).toContain(change.status);
        expect(steps[i]).toContain(chineseDay(change.date));
        if (change.document) expect(steps[i]).toContain(change.document);
        if (change.note) expect(steps[i]).toContain(change.note);
      });
      expect(html).toContain(`href="/units/batches/${honor.year}-${LEVEL_SLUGS[honor.level]}/"`);
    }
  });

  it('link back from everything that refers to the unit: figures, lectures, photos, notices', () => {
    const expected = new Map<string, string[]>(units.map((unit) => [unit.slug, []]));
    for (const figure of sources('figures')) if (figure.data.unit) expected.get(figure.data.unit)!.push(`/figures/${figure.slug}/`);
    for (const lecture of sources('lectures')) expected.get(lecture.data.host)!.push(`/lectures/${lecture.slug}/`);
    for (const notice of sources('notices')) for (const unit of notice.data.units ?? []) expected.get(unit)!.push(`/notices/${notice.slug}/`);
    let photos = 0;
    for (const exhibition of sources('exhibitions')) {
      for (const photo of exhibition.data.photos) {
        for (const unit of photo.units ?? []) {
          expected.get(unit)!.push(`/exhibitions/${exhibition.slug}/${photo.id}/`);
          photos++;
        }
      }
    }
    expect(photos, 'the demo content has a photo that shows a unit').toBeGreaterThan(0);
    for (const [slug, links] of expected) {
      const html = page(`units/${slug}/`);
      for (const link of links) expect(html, `${slug} → ${link}`).toContain(`href="${link}"`);
    }
  });
});
