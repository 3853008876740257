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
import { chineseDate, listedOn, listPages, page, sources, text, unitHonors } from './built.ts';

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

  it('says how many units were ever named and how many hold a title on the build day, as the home page and the unit pages do', () => {
    // A unit holds a title when its page shows an honor in force (held or warned) on the build day.
    const held = units.filter((unit) => /class="badge badge-(held|warned)">当前状态/.test(page(`units/${unit.slug}/`))).length;
    // The demo's state on the tests' build day, 2026-11-26 (notes: 15 held and 1 warned; the three
    // 全国文明单位 lapse on 2026-12-05).
    expect(held).toBe(16);
    const heading = text(/<h2 id="unit-list-heading"[^>]*>(.*?)<\/h2>/.exec(pages[0]!)![1]!);
    expect(heading).toBe(`共 ${units.length} 个单位，其中 ${held} 个今天持有称号`);
    expect(text(page(''))).toContain(`截至2026年11月26日持有称号${held}个历年命名 ${units.length} 个`);
  });

  it('writes every unit into the filter index with the filter values of its honors', () => {
    expect(index.items.map((item) => item.h).sort()).toEqual(units.map((unit) => unit.slug).sort());
    const facet = (name: string) => index.facets.findIndex((candidate) => candidate.name === name);
    for (const unit of units) {
      const item = index.items.find((candidate) => candidate.h === unit.slug)!;
      const values = (name: string) => item.v[facet(name)]!.map((i) => index.facets[facet(name)]!.values[i]);
      const years = [...new Set(unitHonors().filter((entry) => entry.unit.slug === unit.slug).map(({ honor }) => String(honor.year)))];
      expect(values('year').sort(), unit.slug).toEqual(years.sort());
      expect(values('region')).toEqual([unit.data.region[0]]);
      expect(values('sector')).toEqual([unit.data.sector]);
    }
  });
});

describe('naming batches', () => {
  // One decision is one body and one term.
  const byBatch = Map.groupBy(unitHonors(), ({ honor }) => honor.batch);

  it('has one readable ASCII page per decision: body and term', () => {
    expect(byBatch.size).toBe(29);
    for (const slug of byBatch.keys()) {
      expect(slug).toMatch(/^[a-z]+(-[a-z]+)*-(\d{4}(-\d{4})?|jie-\d+)$/);
      expect(existsSync(join(DIST, 'units/batches', slug, 'index.html')), slug).toBe(true);
    }
  });

  it('lists exactly the units named in the batch, with their count', () => {
    for (const [slug, members] of byBatch) {
      const html = page(`units/batches/${slug}/`);
      const rows = [...html.matchAll(/<tr><th scope="row"><a href="\/units\/([^/]+)\/">/g)].map((match) => match[1]);
      expect(rows.sort(), slug).toEqual(members.map(({ unit }) => unit.slug).sort());
      const distinct = new Set(members.map(({ unit }) => unit.slug)).size;
      expect(text(/<caption>(本批共.*?)<\/caption>/.exec(html)?.[1] ?? ''), slug).toBe(`本批共 ${distinct} 个单位`);
      for (const { honor } of members) if (honor.document) expect(html, slug).toContain(honor.document);
    }
  });
});

describe('unit pages', () => {
  it('show every status change of every honor, with its date and document', () => {
    for (const { unit, honor } of unitHonors()) {
      const html = page(`units/${unit.slug}/`);
      const timelines = [...html.matchAll(/<ol class="timeline">(.*?)<\/ol>/g)].map((match) => match[1]!);
      const timeline = timelines.find((candidate) => honor.history.every((change) => !change.date || candidate.includes(`datetime="${change.date}"`)));
      expect(timeline, `${unit.slug} ${honor.title} ${honor.year}`).toBeDefined();
      // The written decisions, in order; what is derived (届满终止, 升格) follows in its own style.
      const steps = [...timeline!.matchAll(/<li>(.*?)<\/li>/g)].map((match) => text(match[1]!));
      expect(steps).toHaveLength(honor.history.length);
      honor.history.forEach((change, i) => {
        expect(steps[i]).toContain(change.status);
        if (change.date) expect(steps[i]).toContain(chineseDate(String(change.date)));
        if (change.document) expect(steps[i]).toContain(change.document);
        if (change.note) expect(steps[i]).toContain(change.note);
      });
      expect(html).toContain(`href="/units/batches/${honor.batch}/"`);
    }
  });

  it('link back from everything that refers to the unit: figures, lectures it organised or hosted, photos, notices and their candidates', () => {
    const expected = new Map<string, string[]>(units.map((unit) => [unit.slug, []]));
    for (const figure of sources('figures')) if (figure.data.unit) expected.get(figure.data.unit)!.push(`/figures/${figure.slug}/`);
    for (const lecture of sources('lectures')) {
      for (const unit of new Set([lecture.data.organiser, lecture.data.venueUnit])) if (unit && unit !== 'office') expected.get(unit)!.push(`/lectures/${lecture.slug}/`);
    }
    for (const notice of sources('notices')) {
      const named = [...(notice.data.units ?? []), ...(notice.data.candidates ?? []).flatMap((candidate: { unit?: string }) => (candidate.unit ? [candidate.unit] : []))];
      for (const unit of new Set(named)) expected.get(unit)!.push(`/notices/${notice.slug}/`);
    }
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
