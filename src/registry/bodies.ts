/**
 * 授予机关: the bodies that confer honors (content/bodies/<slug>.yaml), declared once. Data only:
 * honors name a body (`body: shanxi-shengzhi`) and take their level, tier and validity rule from
 * it (src/lib/honors/). Their cross-file rules (titles, terms, histories) are checked with the
 * honors (scripts/lib/checks/honors.ts).
 */
import { bodySchema, type BodyData } from '../schemas/bodies.ts';
import type { ContentType } from './types.ts';

export const bodies: ContentType<'bodies', BodyData> = {
  name: 'bodies',
  singular: 'body',
  noun: '授予机关',
  files: { layout: 'data', loader: null },
  schema: () => bodySchema,
  settings: null,
  scaffold: null,
  events: [],
  checks: null,
};
