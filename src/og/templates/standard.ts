/**
 * The card for pages without a picture (units without a cover, lectures, notices, batches, lists,
 * home): a red edge, the type label, the title and the honor lines on paper.
 */
import type { OgElement, TemplateInput } from '../types.ts';
import { COLORS, el, footer, frame, infoLines, label, spacer, title, titleSize } from './parts.ts';

export function standardTemplate(input: TemplateInput): OgElement {
  return frame({ flexDirection: 'row', backgroundColor: COLORS.paper }, [
    el('div', { display: 'flex', width: 18, height: '100%', flexShrink: 0, backgroundColor: COLORS.red }),
    el('div', {
      display: 'flex',
      flexDirection: 'column',
      flexGrow: 1,
      minWidth: 0,
      height: '100%',
      boxSizing: 'border-box',
      padding: '60px 72px 52px 64px',
    }, [
      label(input.label),
      el('div', { display: 'flex', flexDirection: 'column', width: '100%', marginTop: 34 }, [
        title(input.title, titleSize(input.title, true), 3, COLORS.ink),
        ...(input.lines.length ? [infoLines(input.lines, COLORS.muted)] : []),
      ]),
      spacer(),
      footer(input.siteName, input.siteHost, COLORS.red),
    ]),
  ]);
}
