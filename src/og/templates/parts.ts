/**
 * The pieces every share-image template shares: colours, the type label, the clamped title,
 * the honor lines and the site footer. Pure functions returning satori elements; text passed in
 * is drawn as glyphs, never parsed, so `<script>` or `&` in a title shows literally.
 */
import { OG_HEIGHT, OG_WIDTH } from '../paths.ts';
import type { OgChild, OgElement, OgStyle, TemplateInput } from '../types.ts';

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
    overflow: 'hidden',
    fontFamily: FONT_FAMILY,
    ...style,
  }, children);

export const label = (text: string, tone: 'solid' | 'light' = 'solid'): OgElement =>
  el('div', {
    display: 'flex',
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
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
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
    maxHeight: Math.ceil(size * 1.3) * lines,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    wordBreak: 'break-all',
  }, text);

/** The honor or category lines: one line each, cut with an ellipsis. */
export const infoLines = (lines: string[], color: string): OgElement =>
  el('div', { display: 'flex', flexDirection: 'column', width: '100%', marginTop: 22, gap: 8 }, lines.slice(0, 2).map((line) =>
    el('div', {
      display: 'block',
      width: '100%',
      fontSize: 32,
      lineHeight: 1.45,
      color,
      whiteSpace: 'nowrap',
      overflow: 'hidden',
      textOverflow: 'ellipsis',
    }, line),
  ));

/** The site's name and host along the bottom, under a thin gold rule. */
export const footer = (siteName: string, siteHost: string, color: string): OgElement =>
  el('div', {
    display: 'flex',
    width: '100%',
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
    // The site's name wins the space; the host is cut first.
    el('div', { display: 'block', flexShrink: 0, maxWidth: '100%', fontWeight: 700, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }, siteName),
    el('div', { display: 'block', flexShrink: 1, minWidth: 0, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis', opacity: 0.8 }, siteHost),
  ]);

/** Pushes what follows to the bottom of a column. */
export const spacer = (): OgElement => el('div', { display: 'flex', flexGrow: 1 });

/** The red edge down the left of the cards on paper. */
export const redEdge = (): OgElement => el('div', { display: 'flex', width: 18, height: '100%', flexShrink: 0, backgroundColor: COLORS.red });

/**
 * The text column of the cards on paper (standard and side): the type label, the title and the
 * lines, the site footer at the bottom. `wide` is a column without a picture beside it.
 */
export const paperColumn = (input: TemplateInput, { wide, padding, flexShrink }: { wide: boolean; padding: string; flexShrink?: number }): OgElement =>
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
    label(input.label),
    el('div', { display: 'flex', flexDirection: 'column', width: '100%', marginTop: 34 }, [
      title(input.title, titleSize(input.title, wide), 3, COLORS.ink),
      ...(input.lines.length ? [infoLines(input.lines, COLORS.muted)] : []),
    ]),
    spacer(),
    footer(input.siteName, input.siteHost, COLORS.red),
  ]);
