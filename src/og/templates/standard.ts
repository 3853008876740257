/**
 * The card for pages without a picture (units without a cover, lectures, notices, batches, lists,
 * home): a red edge, the type label, the title and the honor lines on paper.
 */
import type { OgElement, TemplateInput } from '../types.ts';
import { frame, paper, paperColumn, redEdge, type Layer } from './parts.ts';

export function standardTemplate(input: TemplateInput, layer: Layer = 'card'): OgElement {
  return frame({ flexDirection: 'row', ...paper(layer) }, [
    redEdge(layer),
    paperColumn(input, layer, { wide: true, padding: '60px 72px 52px 64px' }),
  ]);
}
