/**
 * The units section as built: the directory lists every unit across its pages without
 * JavaScript and in its filter index, a page per
 * naming batch lists exactly the honors named in it, and each unit page shows its whole honor
 * timeline and everything that links to it.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { FilterIndex } from '../../src/lib/filters.ts';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../setup/paths.ts';
import { chineseDay, LEVEL_SLUGS, listedOn, listPages, page, sources, text, unitHonors, type SourceHonor } from './built.ts';

const units = sources('units');

describe('units directory', () => {
  const pages = listPages('units/');
  const index = JSON.parse(readFileSync(join(DIST, 'units/filter.json'), 'utf8')) as FilterIndex;

  it('lists every unit once across its pages as plain HTML, each page at most 24 cards, the filter form hidden until its script runs', () => {
    expect(pages.length, 'the demo has more units than one page holds').toBeGreaterThan(1);
    const listed = pages.flatMap((html) => listedOn(html, 'units'));
    expect(listed.sort()).toEqual(units.map((unit) => unit.slug).sort());
    for (const html of pages) {
      expect(listedOn(html, 'units').length).toBeLessThanOrEqual(24);
      expect(html).toMatch(/<form class="filters" id="unit-filters" hidden/);
    }
  });

  it('says how many units were ever named and how many hold a title today, as the home page does', () => {
    const held = units.filter((unit) => unit.data.honors.some((honor: SourceHonor) => !['撤销', '摘牌', '自动终止'].includes(honor.history.at(-1)!.status))).length;
    const heading = text(/<h2 id="unit-list-heading"[^>]*>(.*?)<\/h2>/.exec(pages[0]!)![1]!);
    expect(heading).toBe(`共 ${units.length} 个单位，其中 ${held} 个现有称号`);
    expect(text(page(''))).toContain(`现有文明单位${held}个历年命名 ${units.length} 个`);
  });

  it('writes every unit into the filter index with the filter values of its honors', () => {
    expect(index.items.map((item) => item.h).sort()).toEqual(units.map((unit) => unit.slug).sort());
    const facet = (name: string) => index.facets.findIndex((candidate) => candidate.name === name);
    for (const unit of units) {
      const item = index.items.find((candidate) => candidate.h === unit.slug)!;
      const values = (name: string) => item.v[facet(name)]!.map((i) => index.facets[facet(name)]!.values[i]);
      const years = [...new Set(unit.data.honors.map((honor: { year: number }) => String(honor.year)))];
      expect(values('year').sort(), unit.slug).toEqual(years.sort());
      expect(values('region')).toEqual([unit.data.region[0]]);
      expect(values('sector')).toEqual([unit.data.sector]);
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
