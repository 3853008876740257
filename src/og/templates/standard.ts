/**
 * The card for pages without a picture (units without a cover, lectures, notices, batches, lists,
 * home): a red edge, the type label, the title and the honor lines on paper.
 */
import type { OgElement, TemplateInput } from '../types.ts';
import { COLORS, frame, paperColumn, redEdge } from './parts.ts';

export function standardTemplate(input: TemplateInput): OgElement {
  return frame({ flexDirection: 'row', backgroundColor: COLORS.paper }, [
    redEdge(),
    paperColumn(input, { wide: true, padding: '60px 72px 52px 64px' }),
  ]);
}
