/**
 * The card for an exhibition photo: the photo itself, full bleed, with the text set in white
 * over a dark gradient at the bottom so it stays readable on any picture. The gradient and the
 * footer are the base layer, drawn once per build over a transparent frame; src/og/draw.ts puts
 * the photo under it and the card's text over it.
 */
import type { OgElement, OgStyle, TemplateImage, TemplateInput } from '../types.ts';
import { OG_HEIGHT, OG_WIDTH } from '../paths.ts';
import { COLORS, draws, el, footer, footerRoom, frame, infoLines, label, title, titleSize, type Layer } from './parts.ts';

export const PHOTO_IMAGE = { width: OG_WIDTH, height: OG_HEIGHT };

/** Behind the photo, where it is transparent; drawn by sharp, which puts the photo under this card. */
export const PHOTO_BACKGROUND = '#111111';

/** A layer over the whole card: the gradient, then the text above it. */
const LAYER: OgStyle = { display: 'flex', position: 'absolute', left: 0, top: 0, width: OG_WIDTH, height: OG_HEIGHT };

export function photoTemplate(input: TemplateInput & { image: TemplateImage }, layer: Layer = 'card'): OgElement {
  const [base, text] = [draws(layer, 'base'), draws(layer, 'text')];
  // No background of its own: the photo and PHOTO_BACKGROUND are composited under the card.
  return frame({ flexDirection: 'column' }, [
    ...(base
      ? [
          el('img', { position: 'absolute', left: 0, top: 0, width: OG_WIDTH, height: OG_HEIGHT, objectFit: 'cover' }, undefined, {
            src: input.image.src,
            width: input.image.width,
            height: input.image.height,
          }),
          el('div', {
            ...LAYER,
            backgroundImage: 'linear-gradient(to top, rgba(0,0,0,0.86) 0%, rgba(0,0,0,0.55) 45%, rgba(0,0,0,0) 75%)',
          }),
        ]
      : []),
    el('div', {
      ...LAYER,
      flexDirection: 'column',
      justifyContent: 'flex-end',
      boxSizing: 'border-box',
      padding: '56px 72px 48px 72px',
    }, [
      ...(text
        ? [
            label(input.label, 'light'),
            el('div', { display: 'flex', flexDirection: 'column', width: '100%', marginTop: 22, marginBottom: 28 }, [
              title(input.title, titleSize(input.title, true) - 8, 2, COLORS.white),
              ...(input.lines.length ? [infoLines(input.lines, 'rgba(255,255,255,0.88)')] : []),
            ]),
          ]
        : []),
      // The text stands on the footer: the text layer keeps its room.
      base ? footer(input.siteName, input.siteHost, COLORS.white) : footerRoom(),
    ]),
  ]);
}
