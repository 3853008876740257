/**
 * The card for pages with a portrait or cover: the standard text column on the left and the
 * picture filling a panel on the right. The panel, its gold edge and the picture's box belong to
 * the base layer: the picture itself is put into the box by src/og/draw.ts.
 */
import type { OgElement, TemplateImage, TemplateInput } from '../types.ts';
import { OG_HEIGHT } from '../paths.ts';
import { COLORS, draws, el, frame, paper, paperColumn, redEdge, type Layer } from './parts.ts';

/** The size of the picture panel; images are cropped to it before they reach the template. */
export const SIDE_IMAGE = { width: 440, height: OG_HEIGHT };

export function sideTemplate(input: TemplateInput & { image: TemplateImage }, layer: Layer = 'card'): OgElement {
  const base = draws(layer, 'base');
  return frame({ flexDirection: 'row', ...paper(layer) }, [
    redEdge(layer),
    paperColumn(input, layer, { wide: false, padding: '60px 56px 52px 60px', flexShrink: 1 }),
    el('div', {
      display: 'flex',
      width: SIDE_IMAGE.width,
      height: SIDE_IMAGE.height,
      flexShrink: 0,
      ...(base ? { borderLeft: `6px solid ${COLORS.gold}` } : {}),
      boxSizing: 'border-box',
    }, base ? [
      el('img', { width: '100%', height: '100%', objectFit: 'cover' }, undefined, {
        src: input.image.src,
        width: input.image.width,
        height: input.image.height,
      }),
    ] : []),
  ]);
}
