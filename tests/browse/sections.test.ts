/**
 * The figures, lectures and exhibitions sections as built: figures by category and year,
 * lectures by series and year with speakers and video, and the gallery's images.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../setup/paths.ts';
import { page, sources, text } from './built.ts';

describe('figures', () => {
  const html = page('figures/');
  const figures = sources('figures');

  it('lists every figure under its category', () => {
    const sections = [...html.matchAll(/<h2 id="category-\d+">([^（<]+)（[\s\S]*?<\/ul>/g)];
    for (const figure of figures) {
      const section = sections.find((match) => match[1] === figure.data.category);
      expect(section?.[0], `${figure.slug} in ${figure.data.category}`).toContain(`href="/figures/${figure.slug}/"`);
    }
  });

  it('lists every figure under the year of its newest honor', () => {
    const byYear = html.slice(html.indexOf('id="by-year"'));
    for (const figure of figures) {
      const year = Math.max(...figure.data.honors.map((honor: { year: number }) => honor.year));
      const block = new RegExp(`<h3>${year}年</h3><ul class="year-list">([\\s\\S]*?)</ul>`).exec(byYear)?.[1];
      expect(block, `${figure.slug} under ${year}`).toContain(`href="/figures/${figure.slug}/"`);
    }
  });
});

describe('lectures', () => {
  const lectures = sources('lectures');

  it('groups lectures by series, then by year', () => {
    const html = page('lectures/');
    for (const lecture of lectures) {
      const series = html.indexOf(`>${lecture.data.series}（`);
      const year = html.indexOf(`>${String(lecture.data.date).slice(0, 4)}年</h3>`, series);
      const link = html.indexOf(`href="/lectures/${lecture.slug}/"`, year);
      const nextSeries = html.indexOf('<h2 id="series-', series + 1);
      expect(series, lecture.slug).toBeGreaterThan(-1);
      expect(year, lecture.slug).toBeGreaterThan(series);
      expect(link, lecture.slug).toBeGreaterThan(year);
      if (nextSeries > -1) expect(link, lecture.slug).toBeLessThan(nextSeries);
    }
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
