/**
 * A drawing worker of the pool in pool.ts: receives a card (tree, picture bytes) and, when the
 * subset changed, the font subset; answers with the image. Loaded by Node itself (not bundled by
 * Vite), so it imports only modules Node can run as they are: draw.ts and what it imports.
 */
import { parentPort } from 'node:worker_threads';
import { drawCard, type DrawJob, type SatoriFont } from './draw.ts';

export interface WorkerRequest {
  id: number;
  job: DrawJob;
  /** Sent with the first job of a new subset; the worker keeps it for the jobs after. */
  fonts?: SatoriFont[];
}

export type WorkerReply =
  | { id: number; image: Uint8Array; pictureProblem?: string }
  | { id: number; error: { message: string; stack?: string } };

if (!parentPort) throw new Error('src/og/worker.ts 是分享图的绘制线程，由 src/og/pool.ts 启动，不能直接运行');
const port = parentPort;

// The same objects for every job of a subset: satori caches parsed fonts by their identity.
let fonts: SatoriFont[] = [];

port.on('message', async ({ id, job, fonts: next }: WorkerRequest) => {
  if (next) fonts = next.map((font) => ({ ...font, data: Buffer.from(font.data as Uint8Array) }));
  try {
    const { image, pictureProblem } = await drawCard(job, fonts);
    port.postMessage({ id, image, ...(pictureProblem ? { pictureProblem } : {}) } satisfies WorkerReply);
  } catch (error) {
    const { message, stack } = error instanceof Error ? error : new Error(String(error));
    port.postMessage({ id, error: { message, ...(stack ? { stack } : {}) } } satisfies WorkerReply);
  }
});
