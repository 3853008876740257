import { describe, expect, it } from 'vitest';
import { ogFormatOf, ogImagePath, ogRouteParam } from '../../src/og/paths.ts';

describe('ogImagePath', () => {
  it.each([
    ['/', 'og/index.png'],
    ['', 'og/index.png'],
    ['/units/', 'og/units.png'],
    ['/units/foo/', 'og/units/foo.png'],
    ['units/foo/', 'og/units/foo.png'],
    ['/units/batches/2009-provincial/', 'og/units/batches/2009-provincial.png'],
    ['/exhibitions/x/photo-id/', 'og/exhibitions/x/photo-id.png'],
    ['/stats/', 'og/stats.png'],
    ['/404.html', 'og/404.png'],
    ['/404/', 'og/404.png'],
    ['/index.html', 'og/index.png'],
    ['/units/foo/?page=2#top', 'og/units/foo.png'],
  ])('%s → %s', (page, image) => {
    expect(ogImagePath(page)).toBe(image);
  });

  it('gives the image route its parameter, with the file extension', () => {
    expect(ogRouteParam('/units/foo/')).toBe('units/foo.png');
    expect(ogRouteParam('/')).toBe('index.png');
    expect(ogRouteParam('/exhibitions/x/photo-id/', 'jpeg')).toBe('exhibitions/x/photo-id.jpg');
  });

  it('makes a JPEG of a card a photo fills, a PNG of every other card', () => {
    expect(ogImagePath('/exhibitions/x/photo-id/', 'jpeg')).toBe('og/exhibitions/x/photo-id.jpg');
    expect(ogFormatOf({ image: { role: 'photo' } })).toBe('jpeg');
    expect(ogFormatOf({ image: { role: 'side' } })).toBe('png');
    expect(ogFormatOf({})).toBe('png');
  });
});
