import { describe, expect, it } from 'vitest';
import { Lookup, refSlug } from '../../src/lib/model.ts';
import { buildSiteModel, linksToFigure, linksToUnit, type RawContent, type SiteModel } from '../../src/lib/site-model.ts';
import { raw } from '../browse/model-fixture.ts';

/** The fixture plus entries that name the same slug twice, as a reference object and in reverse order. */
const photo = raw.exhibitions[0]!.data.photos[0]!;
const busier = {
  ...raw,
  // The office's own lecture, held at a unit: listed there as held, not organised.
  lectures: [...raw.lectures, { ...raw.lectures[0]!, slug: 'jiang-tan-2', data: { ...raw.lectures[0]!.data, organiser: 'office', venueUnit: 'jiao-yu-ju' } }],
  exhibitions: [
    {
      ...raw.exhibitions[0]!,
      data: {
        ...raw.exhibitions[0]!.data,
        photos: [
          photo,
          { ...photo, id: 'p2', units: ['gong-an-ting', { collection: 'units', id: 'gong-an-ting' }, 'jiao-yu-ju'], figures: ['li-si', 'zhang-san'] },
        ],
      },
    },
  ],
} as RawContent;

/** What the pages computed before the index: a scan of every list. */
const scanned = (site: SiteModel, slug: string) => ({
  figures: site.figures.filter((figure) => figure.data.unit && refSlug(figure.data.unit) === slug),
  // Organised by the unit or held at it (its venue); the office's own organiser is no unit.
  lectures: site.lectures.filter((lecture) => [lecture.data.organiser, lecture.data.venueUnit].some((ref) => ref && ref !== 'office' && refSlug(ref) === slug)),
  photos: site.photos.filter((p) => p.units.some((ref) => refSlug(ref) === slug)),
  // Naming it as a unit concerned or as a candidate.
  notices: site.notices.filter((notice) => [...notice.data.units, ...notice.data.candidates.flatMap((c) => (c.unit ? [c.unit] : []))].some((ref) => refSlug(ref) === slug)),
});
const scannedForFigure = (site: SiteModel, slug: string) => ({
  lectures: site.lectures.filter((lecture) => lecture.data.figures.some((ref) => refSlug(ref) === slug)),
  photos: site.photos.filter((p) => p.figures.some((ref) => refSlug(ref) === slug)),
  notices: site.notices.filter((notice) => notice.data.figures.some((ref) => refSlug(ref) === slug)),
});

describe('the site index', () => {
  for (const [name, content] of [['fixture', raw], ['entries naming a slug twice', busier]] as const) {
    it(`gives the links a scan of every entry gave (${name})`, () => {
      const site = buildSiteModel(content, '2026-11-26');
      for (const slug of [...site.units.map((unit) => unit.slug), 'nobody']) expect(linksToUnit(site, slug)).toEqual(scanned(site, slug));
      for (const slug of [...site.figures.map((figure) => figure.slug), 'nobody']) expect(linksToFigure(site, slug)).toEqual(scannedForFigure(site, slug));
      for (const exhibition of site.exhibitions) {
        expect(site.index.photosOf.get(exhibition.slug)).toEqual(site.photos.filter((p) => p.exhibition === exhibition.slug));
      }
    });
  }

  it('finds entries by slug and picks referenced ones once each, in list order', () => {
    const lookup = new Lookup([{ slug: 'a', n: 1 }, { slug: 'b', n: 2 }, { slug: 'a', n: 3 }, { slug: 'c', n: 4 }]);
    expect(lookup.get('a')).toEqual({ slug: 'a', n: 1 });
    expect(lookup.get('z')).toBeUndefined();
    expect(lookup.pick(['c', { collection: 'x', id: 'a' }, 'z', 'c', 'a']).map((entry) => entry.n)).toEqual([1, 4]);
    expect(lookup.pick([])).toEqual([]);
  });
});
