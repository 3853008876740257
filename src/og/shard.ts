/**
 * One shard of a site's share images: `npm run build -- --og-shard i/n` draws the cards whose key
 * falls to shard i of n into the share-image cache, and builds nothing else. A province-sized site
 * (50,000 pages) runs n such jobs side by side, each on its own machine, and the final build,
 * given all their caches, draws no card (see scripts/lib/build-og-shard.ts and
 * .github/workflows/deploy.yml). Run inside Astro's Vite server, because the cards come from the
 * content collections exactly as the build's image route plans them (sitePlans): the same cards,
 * the same keys. A card planned differently (a build on another day whose 公示 ended) is simply
 * drawn again by the final build: a shard only ever saves work, it decides nothing.
 */
import pLimit from 'p-limit';
import { shardOfKey } from './cache.ts';
import { defaultPoolSize } from './pool.ts';
import { drawPlanned, type PlannedCard } from './render.ts';
import { sitePlans } from './site-cards.ts';

export interface ShardResult {
  /** Cards of the whole site. */
  total: number;
  /** Cards of this shard, drawn now or found in the cache. */
  mine: number;
  drawn: number;
  cached: number;
}

export async function drawShard(index: number, count: number, log: (message: string) => void = console.log): Promise<ShardResult> {
  const plans = await sitePlans();
  const mine = plans.filter((plan) => shardOfKey(plan.key, count) === index);
  log(`分享图分片 ${index + 1}/${count}：全站 ${plans.length} 张，本片 ${mine.length} 张`);
  // A few cards per worker in flight: the pool stays busy, and only these cards' pictures are in memory.
  const limit = pLimit(2 * defaultPoolSize());
  let drawn = 0;
  let done = 0;
  await limit.map(mine, async (plan: PlannedCard) => {
    const result = await drawPlanned(plan);
    if (!result.fromCache) drawn += 1;
    done += 1;
    if (done % 200 === 0) log(`分享图分片 ${index + 1}/${count}：${done}/${mine.length}`);
  });
  return { total: plans.length, mine: mine.length, drawn, cached: mine.length - drawn };
}
