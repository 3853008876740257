/**
 * The threads that draw the share images: one worker per core (os.availableParallelism()), each
 * running satori, resvg and sharp for one card at a time (worker.ts, draw.ts). The main thread,
 * where Astro renders the pages, only builds cards, keys and cache lookups and hands the cards
 * out here, so a build uses every core of the machine.
 *
 * The worker is not bundled: the build bundles src/og into Astro's output chunks, where no
 * worker file sits beside the code, so worker.ts is looked up beside this module first (astro dev,
 * Vitest, scripts) and then in the project's src/og/ (npm run build, the bench's project copy),
 * and run by Node as TypeScript (type stripping, Node 24).
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
// Loaded by the main thread before any worker: on glibc Linux a native addon first opened by a
// worker is unloaded when that worker exits, which crashes the others (sharp's documentation,
// "worker threads"). resvg is a native addon too.
import '@resvg/resvg-js';
import 'sharp';
import type { DrawJob, Drawn, SatoriFont } from './draw.ts';
import type { WorkerReply, WorkerRequest } from './worker.ts';

const WORKER = 'worker.ts';

/** Where worker.ts is: beside this module when it runs from src/og, else in the project's src/og. */
export function workerFile(): string {
  const candidates = [join(dirname(fileURLToPath(import.meta.url)), WORKER), resolve('src', 'og', WORKER)];
  const found = candidates.find((file) => existsSync(file));
  if (!found) throw new Error(`找不到分享图绘制线程的文件（试过 ${candidates.join('、')}）：请在项目根目录运行构建，src/og/${WORKER} 须随项目一起复制`);
  return found;
}

interface Task {
  id: number;
  job: DrawJob;
  fonts: SatoriFont[];
  resolve: (drawn: Drawn) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  /** The font subset this worker holds, so it is sent once per subset, not with every card. */
  fonts?: SatoriFont[];
  task?: Task;
}

export interface DrawPool {
  readonly size: number;
  /** Draws a card on a free worker (queued until one is free). */
  draw(job: DrawJob, fonts: SatoriFont[]): Promise<Drawn>;
  /** Stops the workers; cards still queued are rejected. */
  close(): Promise<void>;
}

/** One worker per core the process may use, at least one. */
export const defaultPoolSize = (): number => Math.max(1, availableParallelism());

export function createDrawPool(size = defaultPoolSize(), file = workerFile()): DrawPool {
  const queue: Task[] = [];
  const slots: Slot[] = [];
  let nextId = 0;
  let closed = false;

  const start = (): Slot => {
    const slot: Slot = { worker: new Worker(file) };
    slot.worker.on('message', (reply: WorkerReply) => {
      const task = slot.task;
      if (!task || task.id !== reply.id) return;
      finish(slot);
      if ('error' in reply) {
        const error = new Error(reply.error.message);
        if (reply.error.stack) error.stack = reply.error.stack;
        task.reject(error);
      } else {
        task.resolve({ image: Buffer.from(reply.image.buffer, reply.image.byteOffset, reply.image.byteLength), ...(reply.pictureProblem ? { pictureProblem: reply.pictureProblem } : {}) });
      }
    });
    // A worker that dies (an uncaught error, a crash in a native addon) fails its card and is
    // replaced, so the cards after it are still drawn.
    const died = (error: Error) => {
      const index = slots.indexOf(slot);
      if (index < 0) return;
      slots.splice(index, 1);
      const task = slot.task;
      slot.task = undefined;
      task?.reject(error);
      if (!closed) {
        slots.push(start());
        run();
      }
    };
    slot.worker.on('error', died);
    slot.worker.on('exit', (code) => died(new Error(`分享图绘制线程意外退出（退出码 ${code}）`)));
    // An idle worker does not keep the process alive (a build ends when its pages are written);
    // a busy one does, or a build could exit with a card half drawn (see run). After the
    // listeners: adding a 'message' listener refs the worker's port again.
    slot.worker.unref();
    return slot;
  };

  const finish = (slot: Slot) => {
    slot.task = undefined;
    slot.worker.unref();
    run();
  };

  const run = () => {
    for (const slot of slots) {
      if (slot.task) continue;
      const task = queue.shift();
      if (!task) return;
      slot.task = task;
      slot.worker.ref();
      const request: WorkerRequest = { id: task.id, job: task.job };
      if (slot.fonts !== task.fonts) {
        request.fonts = task.fonts;
        slot.fonts = task.fonts;
      }
      slot.worker.postMessage(request);
    }
  };

  for (let i = 0; i < size; i++) slots.push(start());

  return {
    size,
    draw(job, fonts) {
      if (closed) return Promise.reject(new Error('分享图绘制线程已关闭'));
      return new Promise<Drawn>((resolve, reject) => {
        queue.push({ id: nextId++, job, fonts, resolve, reject });
        run();
      });
    },
    async close() {
      closed = true;
      const stopping = slots.splice(0);
      for (const task of [...queue.splice(0), ...stopping.flatMap((slot) => slot.task ?? [])]) task.reject(new Error('分享图绘制线程已关闭'));
      await Promise.all(stopping.map((slot) => slot.worker.terminate()));
    },
  };
}

let shared: DrawPool | undefined;

/** The pool of this process, started when the first card is drawn. */
export function drawPool(): DrawPool {
  shared ??= createDrawPool();
  return shared;
}
