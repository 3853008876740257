/**
 * The figures, lectures and exhibitions sections as built: the paginated lists with their filter
 * indexes, lectures with speakers and video, and the gallery's images.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../setup/paths.ts';
import type { FilterIndex } from '../../src/lib/filters.ts';
import { listedOn, listPages, page, sources, text } from './built.ts';

describe('figures', () => {
  const figures = sources('figures');
  const pages = listPages('figures/');
  const index = JSON.parse(readFileSync(join(DIST, 'figures/filter.json'), 'utf8')) as FilterIndex;

  it('lists every figure once across the pages, newest honor first', () => {
    const listed = pages.flatMap((html) => listedOn(html, 'figures'));
    expect([...listed].sort()).toEqual(figures.map((figure) => figure.slug).sort());
    const newest = (slug: string) => Math.max(...figures.find((figure) => figure.slug === slug)!.data.honors.map((honor: { date: string | number }) => Number(String(honor.date).slice(0, 4))));
    const years = listed.map(newest);
    expect(years).toEqual([...years].sort((a, b) => b - a));
  });

  it('filters by category and by the year of every honor, over every figure', () => {
    const facet = (name: string) => index.facets.findIndex((candidate) => candidate.name === name);
    for (const figure of figures) {
      const item = index.items.find((candidate) => candidate.h === figure.slug)!;
      expect(item.v[facet('category')]!.map((i) => index.facets[facet('category')]!.values[i])).toEqual([figure.data.category]);
      const years = [...new Set(figure.data.honors.map((honor: { date: string | number }) => String(honor.date).slice(0, 4)))];
      expect(item.v[facet('year')]!.map((i) => index.facets[facet('year')]!.values[i]).sort()).toEqual(years.sort());
    }
  });
});

describe('lectures', () => {
  const lectures = sources('lectures');

  it('lists every lecture once across the pages, newest first, with its series filter', () => {
    const listed = listPages('lectures/').flatMap((html) => listedOn(html, 'lectures'));
    expect([...listed].sort()).toEqual(lectures.map((lecture) => lecture.slug).sort());
    const dates = listed.map((slug) => String(lectures.find((lecture) => lecture.slug === slug)!.data.date));
    expect(dates).toEqual([...dates].sort().reverse());
    const index = JSON.parse(readFileSync(join(DIST, 'lectures/filter.json'), 'utf8')) as FilterIndex;
    expect(index.facets[0]!.values.sort()).toEqual([...new Set(lectures.map((lecture) => lecture.data.series as string))].sort());
  });

  it('shows the speakers, a local video with its captions, and an external video as a link that opens safely', () => {
    let locals = 0;
    for (const lecture of lectures) {
      const html = page(`lectures/${lecture.slug}/`);
      for (const speaker of lecture.data.speakers) expect(text(html)).toContain(speaker.name);
      const video = lecture.data.video?.src as string | undefined;
      if (video?.startsWith('/media/')) {
        expect(html).toContain(`<video class="lecture-video" controls preload="metadata" src="${video}"`);
        expect(html).toContain(`<track kind="captions" srclang="zh-CN" label="中文字幕" src="${lecture.data.video.captions}" default>`);
        expect(existsSync(join(DIST, video)), video).toBe(true);
        expect(readFileSync(join(DIST, lecture.data.video.captions), 'utf8')).toMatch(/^WEBVTT/);
        locals++;
      }
      if (video?.startsWith('https://')) {
        expect(html).toMatch(new RegExp(`<a href="${video.replace(/[.?]/g, '\\$&')}" rel="noopener noreferrer external" target="_blank">`));
        expect(html).not.toContain('<iframe');
      }
    }
    expect(locals, 'the demo content has a lecture with a local video').toBeGreaterThan(0);
  });
});

describe('exhibition gallery', () => {
  for (const exhibition of sources('exhibitions')) {
    it(`gives ${exhibition.slug}'s photos AVIF (the demo sets images.avif) and WebP at the shared widths, size attributes, and lazy loading below the fold`, () => {
      const html = page(`exhibitions/${exhibition.slug}/`);
      const pictures = [...html.matchAll(/<a href="([^"]+)" data-lightbox[^>]*><picture>([\s\S]*?)<\/picture>/g)];
      expect(pictures.map((match) => match[1])).toEqual(exhibition.data.photos.map((photo: { id: string }) => `/exhibitions/${exhibition.slug}/${photo.id}/`));
      pictures.forEach(([, , picture], i) => {
        for (const type of ['avif', 'webp']) {
          // 480 and 960, then 1600 or the photo's own width when it is narrower.
          const widest = new RegExp(`<source type="image/${type}" srcset="[^"]+ 480w, [^"]+ 960w, [^"]+ (\\d+)w"`).exec(picture!)?.[1];
          expect(Number(widest), `${type} in ${picture}`).toBeGreaterThan(960);
          expect(Number(widest)).toBeLessThanOrEqual(1600);
        }
        const img = /<img ([^>]+)>/.exec(picture!)![1]!;
        expect(img).toMatch(/ width="\d+" height="\d+"/);
        expect(img).toMatch(/ alt="[^"]+"/);
        expect(img).toContain(i < 4 ? 'loading="eager"' : 'loading="lazy"');
      });
    });
  }

  it('uses the same files on the photo page as in the gallery', () => {
    const exhibition = sources('exhibitions')[0]!;
    const photo = exhibition.data.photos[0].id;
    const srcsets = (html: string) => [...html.matchAll(/<source type="image\/(?:avif|webp)" srcset="([^"]+)"/g)].map((match) => match[1]);
    const gallery = new RegExp(`<a href="[^"]+/${photo}/" data-lightbox[^>]*><picture>([\\s\\S]*?)</picture>`).exec(page(`exhibitions/${exhibition.slug}/`))![1]!;
    expect(srcsets(page(`exhibitions/${exhibition.slug}/${photo}/`))).toEqual(srcsets(gallery));
  });
});
