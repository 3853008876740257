/**
 * Draws the images of a build a little ahead of the route that asks for them. Astro asks for one
 * image at a time and waits for it; starting the next few meanwhile keeps every drawing worker
 * (pool.ts) busy while the main thread looks up the cache and hands the images to Astro.
 */
export function renderAhead<T, R>(items: readonly T[], render: (item: T) => Promise<R>, ahead = 1): (index: number) => Promise<R> {
  const started = new Map<number, Promise<R>>();
  const start = (index: number) => {
    if (index >= items.length || started.has(index)) return;
    const result = render(items[index]!);
    // A failure is reported to whoever asks for that image; until then it is not "unhandled".
    result.catch(() => {});
    started.set(index, result);
  };
  return (index) => {
    for (let next = index; next <= index + ahead; next++) start(next);
    const result = started.get(index)!;
    // Handed over once: the map holds only the images drawn ahead, not the whole build.
    started.delete(index);
    return result;
  };
}
