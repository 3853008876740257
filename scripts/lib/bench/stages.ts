/**
 * Seconds per stage of one build, read from the log Astro and our integrations print. Every line
 * carries the moment it arrived (Astro's own timestamps are whole seconds), so a stage is the time
 * between the line that opens it and the line that closes it.
 */
export interface LogLine {
  /** Milliseconds since the build started. */
  at: number;
  text: string;
}

export interface Stages {
  /** The content gate, the checks of `npm run check` that run before Astro starts (scripts/lib/content-gate.ts). */
  contentCheck: number;
  /** Content sync, type generation, Vite bundling: everything after the content gate, before the first page. */
  setup: number;
  /** HTML and data routes, without the share-image route. */
  pages: number;
  /** The og/ route: share images (rendered or from the cache). */
  shareImages: number;
  /** Astro's optimized-image pass: photo and cover derivatives. */
  photos: number;
  /** The Pagefind integration. */
  searchIndex: number;
}

export interface BuildCounts {
  /** Share images drawn in this build (not taken from a cache). */
  shareImagesRendered: number;
  /** Share images Astro's incremental build copied from its cache instead of asking the route. */
  shareImagesRestored: number;
  shareImages: number;
  /** Other routes (HTML, feeds, data files): rendered, and copied by the incremental build. */
  pagesRendered: number;
  pagesRestored: number;
  /** Derivatives encoded in this build, and those Astro reused from its cache. */
  photoDerivativesEncoded: number;
  photoDerivativesReused: number;
  /** Pages Pagefind indexed. */
  indexedPages: number;
}

const ROUTES_START = /generating static routes/;
const IMAGES_START = /generating optimized images/;
const COMPLETED = /✓ Completed in/;
const OG_ROUTE = /├─ \/(?:[^ ]*\/)?og\//;
const ROUTE = /├─ \//;
const IMAGE = /▶ /;
const REUSED = /(?:reused|revalidated) cache entry/;
const RESTORED = /├─ \S+ \((?:restored|cached)\)/;
const OG_PROGRESS = /分享图 (\d+)\/(\d+)（/;
const OG_DRAWN = /新绘制 (\d+) 张/;
const OG_CACHED = /缓存 (\d+) 张/;
const PAGEFIND = /已为 (\d+) 个页面建立检索索引.*?([\d.]+) 秒/;
const CONTENT_CHECK = /内容检查通过：.*（用时 ([\d.]+) 秒）/;

const seconds = (ms: number) => Math.round(ms / 10) / 100;

/**
 * The stages and counts of one build. With `cpuAt` (the process tree's CPU time in ms at a moment
 * of the build, see process-tree.ts), also the CPU seconds each stage used, all cores together:
 * on a shared machine the wall-clock seconds grow with the load, the CPU seconds much less.
 */
export function parseBuildLog(lines: readonly LogLine[], totalMs: number, cpuAt?: (at: number) => number): { stages: Stages; cpu?: Stages; counts: BuildCounts } {
  const index = (pattern: RegExp, from = 0) => {
    for (let i = from; i < lines.length; i++) if (pattern.test(lines[i]!.text)) return i;
    return -1;
  };
  const routesStart = index(ROUTES_START);
  const routesEnd = routesStart < 0 ? -1 : index(COMPLETED, routesStart);
  const imagesStart = index(IMAGES_START);
  const imagesEnd = imagesStart < 0 ? -1 : index(COMPLETED, imagesStart);

  /** The og route's block, [from, to] in ms, when there is one. */
  let og: [number, number] | undefined;
  if (routesStart >= 0 && routesEnd >= 0) {
    // The og route's pages come as one block. A page's line arrives when the page is done, so
    // the block starts when the line before it arrived and ends with its last line (a progress
    // message can split a page's line in two), just before the next route's first page.
    const first = lines.findIndex((line, i) => i > routesStart && i < routesEnd && OG_ROUTE.test(line.text));
    if (first >= 0) {
      let last = first;
      for (let i = first; i < routesEnd && !(ROUTE.test(lines[i]!.text) && !OG_ROUTE.test(lines[i]!.text)); i++) last = i;
      og = [lines[first - 1]!.at, lines[last]!.at];
    }
  }
  /** [from, to] in ms between two lines, when both were printed. */
  const between = (start: number, end: number): [number, number] | undefined => (start >= 0 && end >= 0 ? [lines[start]!.at, lines[end]!.at] : undefined);
  const routes = between(routesStart, routesEnd);
  const images = between(imagesStart, imagesEnd);
  const pagefindLine = lines.find((line) => PAGEFIND.test(line.text));
  const pagefind = pagefindLine && PAGEFIND.exec(pagefindLine.text);
  // The integration says how long it took; it printed its line at the end.
  const search: [number, number] | undefined = pagefindLine && pagefind ? [pagefindLine.at - Number(pagefind[2]) * 1000, pagefindLine.at] : undefined;
  const checkLine = lines.find((line) => CONTENT_CHECK.test(line.text));
  // The gate says how long it took; it printed its line at the end. Setup is the rest of the time
  // before the first page.
  const contentCheck: [number, number] | undefined = checkLine ? [checkLine.at - 1000 * Number(CONTENT_CHECK.exec(checkLine.text)![1]), checkLine.at] : undefined;
  const beforePages: [number, number] = [0, routesStart >= 0 ? lines[routesStart]!.at : totalMs];

  /** A stage's length by `measure` (wall-clock ms, or CPU ms through cpuAt): pages are the routes less the og block. */
  const stagesBy = (measure: (span: [number, number]) => number): Stages => {
    const of = (span: [number, number] | undefined) => (span ? measure(span) : 0);
    return {
      contentCheck: seconds(of(contentCheck)),
      setup: seconds(of(beforePages) - of(contentCheck)),
      pages: seconds(of(routes) - of(og)),
      shareImages: seconds(of(og)),
      photos: seconds(of(images)),
      searchIndex: seconds(of(search)),
    };
  };

  // The renderer's last progress line: `分享图 done/total（缓存 c 张，新绘制 d 张…）`, either part left
  // out when it is zero.
  const progress = lines.filter((line) => OG_PROGRESS.test(line.text)).at(-1)?.text ?? '';
  const routeLines = lines.filter((line) => ROUTE.test(line.text));
  const ogLines = routeLines.filter((line) => OG_ROUTE.test(line.text));
  const restored = (some: LogLine[]) => some.filter((line) => RESTORED.test(line.text)).length;
  const ogRestored = restored(ogLines);
  // The route prints its tally every 20 images and at the last one, so with the incremental build
  // (which asks it for the changed images only) the last tally can be missing or behind: the
  // images the route was asked for, less those its tally says came from the disk cache.
  const ogAsked = ogLines.length - ogRestored;
  const progressDone = Number(OG_PROGRESS.exec(progress)?.[1] ?? 0);
  const drawn = progress && progressDone >= ogAsked ? Number(OG_DRAWN.exec(progress)?.[1] ?? 0) : ogAsked - Number(OG_CACHED.exec(progress)?.[1] ?? 0);
  const imageLines = lines.filter((line) => IMAGE.test(line.text));
  const reused = imageLines.filter((line) => REUSED.test(line.text)).length;

  return {
    stages: stagesBy(([from, to]) => to - from),
    ...(cpuAt ? { cpu: stagesBy(([from, to]) => cpuAt(to) - cpuAt(from)) } : {}),
    counts: {
      shareImages: Math.max(ogLines.length, Number(OG_PROGRESS.exec(progress)?.[2] ?? 0)),
      shareImagesRendered: ogLines.length ? drawn : Number(OG_DRAWN.exec(progress)?.[1] ?? 0),
      shareImagesRestored: ogRestored,
      pagesRendered: routeLines.length - ogLines.length - restored(routeLines) + ogRestored,
      pagesRestored: restored(routeLines) - ogRestored,
      photoDerivativesEncoded: imageLines.length - reused,
      photoDerivativesReused: reused,
      indexedPages: pagefind ? Number(pagefind[1]) : 0,
    },
  };
}
