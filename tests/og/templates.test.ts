import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { PICTURE_PLACEHOLDER } from '../../src/og/draw.ts';
import { OG_HEIGHT, OG_WIDTH } from '../../src/og/paths.ts';
import { uncoveredCharacters } from '../../src/og/font.ts';
import { drawSvg, type LayoutNode } from '../../src/og/render.ts';
import { drawnText, IMAGE_SIZE, renderTemplate, type ImageRole } from '../../src/og/templates/index.ts';
import { SIDE_IMAGE } from '../../src/og/templates/side.ts';
import type { OgChild, OgElement, TemplateImage, TemplateInput } from '../../src/og/types.ts';

const UNIT_40 = '山西省太原市晋源区喆堃犇镕彧昇社区卫生服务中心附属第一人民医院党委办公室文书档案';
const site = { siteName: '榜样 · 文明创建成果展示网站', siteHost: 'bangyang.example.gov.cn' };

const input = (overrides: Partial<TemplateInput> = {}): TemplateInput => ({
  label: '文明单位',
  title: UNIT_40,
  lines: ['全国文明单位 · 全国 · 2020年', '山西省 太原市 晋源区'],
  ...site,
  ...overrides,
});

/** The picture as the renderer hands it to a template: its box, filled by sharp after the drawing. */
async function picture(role: ImageRole): Promise<TemplateImage> {
  return { src: PICTURE_PLACEHOLDER, ...IMAGE_SIZE[role] };
}

async function layout(data: TemplateInput, role?: ImageRole): Promise<LayoutNode[]> {
  const nodes: LayoutNode[] = [];
  await drawSvg(renderTemplate(data, role), (node) => nodes.push(node));
  return nodes;
}

const textNode = (nodes: LayoutNode[], text: string) => {
  const node = nodes.find((candidate) => candidate.type === 'div' && candidate.textContent === text);
  if (!node) throw new Error(`no text node 「${text}」`);
  return node;
};
const bottom = (node: LayoutNode) => node.top + node.height;
const right = (node: LayoutNode) => node.left + node.width;

/** Every box inside the image; title, lines and footer stacked without overlap; text clear of the picture. */
function expectNoOverflow(nodes: LayoutNode[], data: TemplateInput, textRight: number) {
  for (const node of nodes) {
    expect(node.left, `${node.type} ${node.textContent ?? ''}`).toBeGreaterThanOrEqual(-0.5);
    expect(node.top).toBeGreaterThanOrEqual(-0.5);
    expect(right(node), `${node.type} ${node.textContent ?? ''}`).toBeLessThanOrEqual(OG_WIDTH + 0.5);
    expect(bottom(node)).toBeLessThanOrEqual(OG_HEIGHT + 0.5);
  }
  const stack = [textNode(nodes, data.label), textNode(nodes, data.title), ...data.lines.map((line) => textNode(nodes, line)), textNode(nodes, data.siteName)];
  for (let i = 1; i < stack.length; i++) {
    expect(bottom(stack[i - 1]!), `「${stack[i - 1]!.textContent}」 runs into 「${stack[i]!.textContent}」`).toBeLessThanOrEqual(stack[i]!.top + 0.5);
  }
  for (const node of nodes.filter((candidate) => candidate.textContent)) {
    expect(right(node), `「${node.textContent}」 crosses into the picture`).toBeLessThanOrEqual(textRight + 0.5);
  }
}

/** The same tree with every text in transparent ink: the layout is unchanged, no glyph is drawn. */
function withoutInk(node: OgChild): OgChild {
  if (typeof node === 'string') return node;
  const { children } = node.props;
  return {
    ...node,
    props: {
      ...node.props,
      style: { ...node.props.style, color: 'transparent' },
      ...(children === undefined ? {} : { children: Array.isArray(children) ? children.map(withoutInk) : withoutInk(children) }),
    },
  };
}

async function pixels(tree: OgElement): Promise<Uint8Array> {
  return new Resvg(await drawSvg(tree), { fitTo: { mode: 'original' } }).render().pixels;
}

/**
 * Where the glyphs really land: the pixels that change when the text is inked, each of which must
 * lie inside the layout box of a text element (2 px of anti-aliasing allowed). A title that ran
 * past its clamp, or a line that spilled out of its box, would ink pixels outside every box.
 */
async function expectInkInsideTextBoxes(data: TemplateInput, role: ImageRole | undefined) {
  const tree = renderTemplate(data, role);
  const nodes: LayoutNode[] = [];
  await drawSvg(tree, (node) => nodes.push(node));
  const boxes = nodes.filter((node) => node.textContent);
  const [inked, blank] = await Promise.all([pixels(tree), pixels(withoutInk(tree) as OgElement)]);
  const outside: string[] = [];
  let changed = 0;
  for (let offset = 0; offset < inked.length; offset += 4) {
    if (inked.subarray(offset, offset + 4).every((value, channel) => value === blank[offset + channel])) continue;
    changed += 1;
    const x = (offset / 4) % OG_WIDTH;
    const y = Math.floor(offset / 4 / OG_WIDTH);
    const inside = boxes.some((box) => x >= box.left - 2 && x <= right(box) + 2 && y >= box.top - 2 && y <= bottom(box) + 2);
    if (!inside && outside.length < 5) outside.push(`(${x}, ${y})`);
  }
  expect(changed, 'the text draws some ink').toBeGreaterThan(1000);
  expect(outside, 'ink outside every text box').toEqual([]);
}

describe('share-image templates', () => {
  it('are pure: the same input gives the same tree, and the input is left alone', () => {
    const data = input();
    const copy = structuredClone(data);
    expect(renderTemplate(data, undefined)).toEqual(renderTemplate(copy, undefined));
    expect(data).toEqual(copy);
  });

  it('draw a 40-character unit name with rare characters, every one of them in the font', () => {
    expect([...UNIT_40]).toHaveLength(40);
    for (const role of [undefined, 'side', 'photo'] as const) {
      const text = drawnText(renderTemplate(input({ image: { src: 'data:,', width: 1, height: 1 } }), role));
      expect(text).toContain(UNIT_40);
      expect(uncoveredCharacters(text)).toEqual([]);
    }
  });

  it('draw titles with markup characters as literal text', async () => {
    const title = '<script>alert("x")</script> & \'引号\'';
    const tree = renderTemplate(input({ title }), undefined);
    expect(drawnText(tree)).toContain(title);
    const svg = await drawSvg(tree);
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('alert');
  });

  const cases: [string, Partial<TemplateInput>][] = [
    ['a 40-character unit name with rare characters', {}],
    ['a short title', { title: '喆堃犇镕彧昇' }],
    ['a very long title', { title: UNIT_40.repeat(5) }],
    ['a long Latin title', { title: 'Shanxi Provincial Civilization Office Annual Report on Exemplary Units '.repeat(3) }],
    ['long lines, label and site name', { lines: [`第一行${UNIT_40.repeat(2)}`, `第二行${UNIT_40.repeat(2)}`], siteName: `站名${UNIT_40}`, label: `标签${UNIT_40}` }],
    ['no lines', { lines: [] }],
  ];

  it.each(cases)('keep %s inside the text-only card', async (_, overrides) => {
    const data = input(overrides);
    expectNoOverflow(await layout(data), data, OG_WIDTH);
  });

  it.each(cases)('keep %s clear of the portrait', async (_, overrides) => {
    const data = input({ ...overrides, image: await picture('side') });
    expectNoOverflow(await layout(data, 'side'), data, OG_WIDTH - SIDE_IMAGE.width);
  });

  it.each(cases)('keep %s inside the photo card', async (_, overrides) => {
    const data = input({ ...overrides, image: await picture('photo') });
    expectNoOverflow(await layout(data, 'photo'), data, OG_WIDTH);
  });

  it.each(cases)('draw the glyphs of %s inside their boxes', async (_, overrides) => {
    await expectInkInsideTextBoxes(input(overrides), undefined);
    await expectInkInsideTextBoxes(input({ ...overrides, image: await picture('side') }), 'side');
    await expectInkInsideTextBoxes(input({ ...overrides, image: await picture('photo') }), 'photo');
  });

  it('clamp a long title to three lines', async () => {
    const data = input({ title: UNIT_40.repeat(5) });
    const title = textNode(await layout(data), data.title);
    const oneLine = textNode(await layout(input({ title: '喆喆喆喆喆喆喆喆喆喆喆喆喆喆喆喆喆喆喆喆喆喆喆喆喆喆喆喆喆喆' })), '喆'.repeat(30));
    // Both are set at the smallest title size; one wraps to 2 lines, the long one stops at 3.
    expect(title.height / oneLine.height).toBeCloseTo(3 / 2, 1);
  });
});
