/**
 * The pieces every share-image template shares: colours, the type label, the clamped title,
 * the honor lines and the site footer. Pure functions returning satori elements; text passed in
 * is drawn as glyphs, never parsed, so `<script>` or `&` in a title shows literally.
 *
 * A template draws a card in two layers (see Layer): what every card of the template shares, drawn
 * once per build and worker, and the card's own text. No box sets `overflow: hidden`: satori turns
 * each such box into a clip path and a mask that resvg renders at the size of the whole card, which
 * doubled the cost of a card (BENCHMARKS.md, 规模, fourth round). The card's text is kept inside its box
 * by line clamps instead (a single line is a clamp of one), which cut and add the ellipsis just the
 * same; only the footer, drawn once in the base layer, keeps its clips.
 */
import { OG_HEIGHT, OG_WIDTH } from '../paths.ts';
import type { OgChild, OgElement, OgStyle, TemplateInput } from '../types.ts';

/**
 * Which part of a card a tree draws. `card`: all of it, for checks of the layout and the glyphs.
 * `base`: what every card of the template shows alike (background, edges, the site footer, the
 * picture's box), from the site's name and host only. `text`: the card's own label, title and
 * lines, each where the whole card has it, on a transparent frame.
 */
export type Layer = 'card' | 'base' | 'text';

/** Whether a layer draws the parts of `part`. */
export const draws = (layer: Layer, part: Exclude<Layer, 'card'>): boolean => layer === 'card' || layer === part;

export const FONT_FAMILY = 'Noto Sans SC';

export const COLORS = {
  paper: '#fbf6ee',
  ink: '#221a15',
  muted: '#5e5046',
  red: '#b3202a',
  gold: '#c8a15a',
  white: '#ffffff',
};

export const el = (type: OgElement['type'], style: OgStyle, children?: OgChild | OgChild[], extra: Omit<OgElement['props'], 'style' | 'children'> = {}): OgElement => ({
  type,
  props: { style, ...(children === undefined ? {} : { children }), ...extra },
});

/** The full-size frame: every box sizes its padding inward, or satori lets it spill out. */
export const frame = (style: OgStyle, children: OgChild[]): OgElement =>
  el('div', {
    display: 'flex',
    position: 'relative',
    width: OG_WIDTH,
    height: OG_HEIGHT,
    boxSizing: 'border-box',
    fontFamily: FONT_FAMILY,
    ...style,
  }, children);

/** One line of text, cut with an ellipsis where it would wrap (what `nowrap` + `ellipsis` did, without a clip). */
const ONE_LINE: OgStyle = { display: 'block', lineClamp: 1, wordBreak: 'break-all' };

export const label = (text: string, tone: 'solid' | 'light' = 'solid'): OgElement =>
  el('div', {
    alignSelf: 'flex-start',
    maxWidth: '100%',
    boxSizing: 'border-box',
    padding: '6px 22px',
    borderRadius: 6,
    fontSize: 30,
    lineHeight: 1.4,
    fontWeight: 700,
    color: COLORS.white,
    backgroundColor: tone === 'solid' ? COLORS.red : 'rgba(179, 32, 42, 0.92)',
    ...ONE_LINE,
  }, text);

/**
 * Title size steps down with length so short names stay bold and long ones still fit their
 * clamp. `chars` counts a CJK character as 1 and a Latin letter as about half.
 */
export function titleSize(title: string, wide: boolean): number {
  let chars = 0;
  for (const char of title) chars += /[\u0000-\u024f]/.test(char) ? 0.55 : 1;
  const steps = wide ? [[12, 76], [24, 64], [Infinity, 54]] : [[9, 68], [18, 56], [Infinity, 48]];
  return steps.find(([limit]) => chars <= limit!)![1]!;
}

/** The title, wrapped and clamped to `lines` lines with an ellipsis. */
export const title = (text: string, size: number, lines: number, color: string): OgElement =>
  el('div', {
    display: 'block',
    width: '100%',
    boxSizing: 'border-box',
    fontSize: size,
    fontWeight: 700,
    lineHeight: 1.3,
    color,
    lineClamp: lines,
    wordBreak: 'break-all',
  }, text);

/** The honor or category lines: one line each, cut with an ellipsis. */
export const infoLines = (lines: string[], color: string): OgElement =>
  el('div', { display: 'flex', flexDirection: 'column', width: '100%', marginTop: 22, gap: 8 }, lines.slice(0, 2).map((line) =>
    el('div', { ...ONE_LINE, width: '100%', fontSize: 32, lineHeight: 1.45, color }, line),
  ));

/** The footer's height, fixed so that the text layer can leave the same room for it (photoTemplate). */
export const FOOTER_HEIGHT = 62;

/** The site's name and host along the bottom, under a thin gold rule. */
export const footer = (siteName: string, siteHost: string, color: string): OgElement =>
  el('div', {
    display: 'flex',
    width: '100%',
    height: FOOTER_HEIGHT,
    flexShrink: 0,
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: 24,
    paddingTop: 20,
    borderTop: `2px solid ${COLORS.gold}`,
    boxSizing: 'border-box',
    fontSize: 28,
    lineHeight: 1.4,
    color,
  }, [
    // The site's name wins the space; the host is cut first, down to nothing if need be, which
    // takes a clip: the footer is in the base layer, drawn once, so its clips cost nothing per card.
    el('div', { display: 'block', flexShrink: 0, maxWidth: '100%', fontWeight: 700, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }, siteName),
    el('div', { display: 'block', flexShrink: 1, minWidth: 0, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis', opacity: 0.8 }, siteHost),
  ]);

/** The footer's room in the text layer: the same box, nothing drawn. */
export const footerRoom = (): OgElement => el('div', { display: 'flex', width: '100%', height: FOOTER_HEIGHT, flexShrink: 0 });

/** Pushes what follows to the bottom of a column. */
export const spacer = (): OgElement => el('div', { display: 'flex', flexGrow: 1 });

/** The red edge down the left of the cards on paper; its room only, in the text layer. */
export const redEdge = (layer: Layer): OgElement =>
  el('div', { display: 'flex', width: 18, height: '100%', flexShrink: 0, ...(draws(layer, 'base') ? { backgroundColor: COLORS.red } : {}) });

/** The background of the cards on paper, in the layers that draw it. */
export const paper = (layer: Layer): OgStyle => (draws(layer, 'base') ? { backgroundColor: COLORS.paper } : {});

/**
 * The text column of the cards on paper (standard and side): the type label, the title and
 * the lines at the top (text layer), the site footer at the bottom (base layer). `wide` is a
 * column without a picture beside it.
 */
export const paperColumn = (input: TemplateInput, layer: Layer, { wide, padding, flexShrink }: { wide: boolean; padding: string; flexShrink?: number }): OgElement =>
  el('div', {
    display: 'flex',
    flexDirection: 'column',
    flexGrow: 1,
    ...(flexShrink === undefined ? {} : { flexShrink }),
    minWidth: 0,
    height: '100%',
    boxSizing: 'border-box',
    padding,
  }, [
    ...(draws(layer, 'text')
      ? [
          label(input.label),
          el('div', { display: 'flex', flexDirection: 'column', width: '100%', marginTop: 34 }, [
            title(input.title, titleSize(input.title, wide), 3, COLORS.ink),
            ...(input.lines.length ? [infoLines(input.lines, COLORS.muted)] : []),
          ]),
        ]
      : []),
    spacer(),
    // Nothing after the footer, so the text above it sits where it would without it.
    ...(draws(layer, 'base') ? [footer(input.siteName, input.siteHost, COLORS.red)] : []),
  ]);
