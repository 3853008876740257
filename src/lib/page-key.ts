/**
 * cacheKeys for the pages that getStaticPaths makes (see src/lib/cache-key.ts for why a key
 * must cover everything a page shows).
 *
 * The rule every such route follows: the page renders from its props and the site-wide inputs
 * named here, nothing else. getStaticPaths computes the page's view model (with the statuses,
 * banners and "upcoming" badges already decided for the build day) and passes it as props, so
 * the key is the digest of exactly what the page draws from:
 * - its props (view model, its own content entry with the rendered body, search metadata);
 * - the site settings the layout shows on every page (site name, navigation, footer, site URL);
 * - the share image the layout links to (src/og/site-cards.ts: its file and alt text), which is
 *   the page's own or, for a later page of a list, its first page's (`view.shareOf`).
 * The build day enters only through the values derived from it inside the props, so a daily
 * rebuild renders again only the pages whose statuses changed.
 *
 * What the key cannot see, Astro checks itself: the page's code and every module it imports
 * (the route's dependency hash), the Astro config, the lockfile, and the MDX modules a page
 * rendered.
 */
import { shareImageOf } from '../og/site-cards.ts';
import { cacheKey } from './cache-key.ts';
import { settings } from './content.ts';

/** A getStaticPaths entry before its key: the page's path below the base is in its view. */
interface Unkeyed {
  params: Record<string, string>;
  props: { view: { path: string; shareOf?: string | undefined } };
}

/** The entries of getStaticPaths, each with the cacheKey of the page it makes. */
export async function withCacheKeys<T extends Unkeyed>(pages: T[]): Promise<(T & { cacheKey: string })[]> {
  return Promise.all(
    pages.map(async (page) => {
      const where = `${page.props.view.path || '/'} 的 props`;
      const share = await shareImageOf(page.props.view.shareOf ?? page.props.view.path);
      return { ...page, cacheKey: cacheKey({ settings, share, props: page.props }, where) };
    }),
  );
}
