/**
 * The card for pages with a portrait or cover: the standard text column on the left and the
 * picture filling a panel on the right.
 */
import type { OgElement, TemplateImage, TemplateInput } from '../types.ts';
import { OG_HEIGHT } from '../paths.ts';
import { COLORS, el, footer, frame, infoLines, label, spacer, title, titleSize } from './parts.ts';

/** The size of the picture panel; images are cropped to it before they reach the template. */
export const SIDE_IMAGE = { width: 440, height: OG_HEIGHT };

export function sideTemplate(input: TemplateInput & { image: TemplateImage }): OgElement {
  return frame({ flexDirection: 'row', backgroundColor: COLORS.paper }, [
    el('div', { display: 'flex', width: 18, height: '100%', flexShrink: 0, backgroundColor: COLORS.red }),
    el('div', {
      display: 'flex',
      flexDirection: 'column',
      flexGrow: 1,
      flexShrink: 1,
      minWidth: 0,
      height: '100%',
      boxSizing: 'border-box',
      padding: '60px 56px 52px 60px',
    }, [
      label(input.label),
      el('div', { display: 'flex', flexDirection: 'column', width: '100%', marginTop: 34 }, [
        title(input.title, titleSize(input.title, false), 3, COLORS.ink),
        ...(input.lines.length ? [infoLines(input.lines, COLORS.muted)] : []),
      ]),
      spacer(),
      footer(input.siteName, input.siteHost, COLORS.red),
    ]),
    el('div', {
      display: 'flex',
      width: SIDE_IMAGE.width,
      height: SIDE_IMAGE.height,
      flexShrink: 0,
      borderLeft: `6px solid ${COLORS.gold}`,
      boxSizing: 'border-box',
      overflow: 'hidden',
    }, [
      el('img', { width: '100%', height: '100%', objectFit: 'cover' }, undefined, {
        src: input.image.src,
        width: input.image.width,
        height: input.image.height,
      }),
    ]),
  ]);
}
