/**
 * node scripts/lib/bench/cards.ts [--text N] [--photos DIR] [--out DIR]
 *
 * What one share image costs, away from the build: a fixed set of cards (unit cards with names
 * from the benchmark's vocabulary, exhibition cards with a photo beside the text, and photo cards
 * from the JPEGs in DIR, the demo's exhibition photos by default) drawn one after the other on
 * this thread with draw.ts, as a drawing worker draws them. CPU time is process.cpuUsage() around
 * each card, all threads of the process (sharp's included) — steadier than wall-clock time on a
 * shared machine. The first card of each kind also draws its template's base layer, once per
 * worker in a build: it is reported apart. One JSON line goes to stdout; with --out, one image of
 * each kind is written there to look at.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { drawCard, PICTURE_PLACEHOLDER, type DrawJob } from '../../../src/og/draw.ts';
import { fontsFor } from '../../../src/og/font.ts';
import { OG_FORMATS, type OgFormat } from '../../../src/og/paths.ts';
import { drawnText, IMAGE_SIZE, renderTemplate, type ImageRole } from '../../../src/og/templates/index.ts';
import type { TemplateInput } from '../../../src/og/types.ts';
import { KINDS, personName, REGIONS, unitName } from './chinese.ts';
import { createRandom } from './random.ts';

const { values } = parseArgs({ options: { text: { type: 'string' }, photos: { type: 'string' }, out: { type: 'string' } } });
const textCount = Number(values.text ?? 60);
const photoDir = values.photos ?? 'content/exhibitions/chuangjian-xunli/photos';

const site = { siteName: '榜样', siteHost: 'bangyang.example.cn' };
const random = createRandom(20261203);

/** A unit card as buildCards makes it: label, name, honor line, region. */
function unitInput(): TemplateInput {
  const [province, cities, counties] = random.pick(REGIONS);
  const city = random.pick(cities);
  const [, suffixes] = random.pick(KINDS);
  const year = random.int(2005, 2024);
  return { label: '文明单位', title: unitName(random, city, random.pick(counties), suffixes), lines: [`全国文明单位 · 全国 · ${year}年`, `${province} · ${city}`], ...site };
}

const photoInput = (role: ImageRole): TemplateInput => ({
  label: '图片展',
  title: role === 'photo' ? `${personName(random)}在社区志愿服务站` : '文明创建巡礼图片展',
  lines: role === 'photo' ? [`文明创建巡礼 · 摄影：${personName(random)}`] : ['2024年3月1日—3月31日 · 市美术馆'],
  ...site,
  image: { src: PICTURE_PLACEHOLDER, ...IMAGE_SIZE[role] },
});

interface Sample {
  kind: 'text' | 'side' | 'photo';
  job: DrawJob;
  text: string;
}

const job = (input: TemplateInput, role: ImageRole | undefined, format: OgFormat, bytes?: Buffer): DrawJob => ({
  base: renderTemplate(input, role, 'base'),
  text: renderTemplate(input, role, 'text'),
  format,
  ...(role && bytes ? { picture: { bytes, role } } : {}),
});

const photos = readdirSync(photoDir).filter((name) => /\.jpe?g$/i.test(name)).sort().map((name) => readFileSync(join(photoDir, name)));
const samples: Sample[] = [
  ...Array.from({ length: textCount }, (): Sample => {
    const input = unitInput();
    return { kind: 'text', job: job(input, undefined, 'png'), text: drawnText(renderTemplate(input, undefined)) };
  }),
  ...photos.map((bytes): Sample => {
    const input = photoInput('side');
    return { kind: 'side', job: job(input, 'side', 'png', bytes), text: drawnText(renderTemplate(input, 'side')) };
  }),
  ...photos.map((bytes): Sample => {
    const input = photoInput('photo');
    return { kind: 'photo', job: job(input, 'photo', 'jpeg', bytes), text: drawnText(renderTemplate(input, 'photo')) };
  }),
];

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
// One subset for every card, as a build cuts it; satori parses it with the first card.
const fonts = await fontsFor(samples.map((sample) => sample.text).join(''));
const tally: Record<Sample['kind'], { count: number; cpuMs: number; bytes: number; maxBytes: number; firstMs?: number }> = {
  text: { count: 0, cpuMs: 0, bytes: 0, maxBytes: 0 },
  side: { count: 0, cpuMs: 0, bytes: 0, maxBytes: 0 },
  photo: { count: 0, cpuMs: 0, bytes: 0, maxBytes: 0 },
};
if (values.out) mkdirSync(values.out, { recursive: true });
for (const sample of samples) {
  const started = cpuMs();
  const { image } = await drawCard(sample.job, fonts);
  const spent = cpuMs() - started;
  const kind = tally[sample.kind];
  if (kind.firstMs === undefined) {
    // The first card of a kind also parses the font (the very first) and draws the base layer.
    kind.firstMs = Math.round(spent);
    if (values.out) writeFileSync(join(values.out, `${sample.kind}.${OG_FORMATS[sample.job.format].extension}`), image);
    continue;
  }
  kind.count += 1;
  kind.cpuMs += spent;
  kind.bytes += image.length;
  kind.maxBytes = Math.max(kind.maxBytes, image.length);
}
const report = Object.fromEntries(Object.entries(tally).map(([kind, { count, cpuMs: ms, bytes, maxBytes, firstMs }]) => [kind, {
  cards: count,
  cpuMsPerCard: Math.round((ms / Math.max(count, 1)) * 10) / 10,
  firstCardCpuMs: firstMs,
  kbPerCard: Math.round(bytes / Math.max(count, 1) / 100) / 10,
  maxKb: Math.round(maxBytes / 100) / 10,
}]));
console.log(JSON.stringify({ date: new Date().toISOString(), node: process.version, photoDir, ...report }));
