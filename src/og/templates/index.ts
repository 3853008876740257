/**
 * Picks the template for a card: the photo itself for exhibition photos, a side panel for a
 * portrait or cover, text only otherwise. Also lists the text a tree draws, for font subsetting
 * and coverage checks.
 */
import type { OgChild, OgElement, TemplateInput } from '../types.ts';
import { COLORS, type Layer } from './parts.ts';
import { PHOTO_BACKGROUND, photoTemplate, PHOTO_IMAGE } from './photo.ts';
import { sideTemplate, SIDE_IMAGE } from './side.ts';
import { standardTemplate } from './standard.ts';

export type ImageRole = 'photo' | 'side';

/** The pixel size a picture is cropped to before it is handed to the template. */
export const IMAGE_SIZE: Record<ImageRole, { width: number; height: number }> = { photo: PHOTO_IMAGE, side: SIDE_IMAGE };

/**
 * How src/og/draw.ts puts the picture into the drawn card: under it for the photo card, whose
 * gradient and text lie over the photo (so that card leaves its background transparent), over it
 * for the side panel, which nothing covers. `background` shows through a picture's transparent
 * parts; `position` picks the crop (a face in a portrait or cover, the middle of a photo).
 */
export const IMAGE_PLACEMENT: Record<ImageRole, { layer: 'under' | 'over'; background: string; position: 'centre' | 'attention' }> = {
  photo: { layer: 'under', background: PHOTO_BACKGROUND, position: 'centre' },
  side: { layer: 'over', background: COLORS.paper, position: 'attention' },
};

export type { Layer };

/** The template's tree of a card, or of one of its layers (see Layer in parts.ts). */
export function renderTemplate(input: TemplateInput, role: ImageRole | undefined, layer: Layer = 'card'): OgElement {
  if (input.image && role === 'photo') return photoTemplate({ ...input, image: input.image }, layer);
  if (input.image) return sideTemplate({ ...input, image: input.image }, layer);
  return standardTemplate(input, layer);
}

/** Every string an element tree draws, joined; satori's ellipsis character is added. */
export function drawnText(node: OgChild | OgChild[] | undefined): string {
  if (node === undefined) return '';
  if (typeof node === 'string') return node;
  if (Array.isArray(node)) return node.map(drawnText).join('');
  return drawnText(node.props.children);
}
