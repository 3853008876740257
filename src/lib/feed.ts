/**
 * The RSS feed's items: what each content type puts in it (`site.feed` in src/registry/: one
 * item per naming batch, figure, lecture, exhibition, notice …), newest first. Plain data; the
 * route hands it to @astrojs/rss, which escapes every field.
 */
import { publishedTypes } from '../registry/index.ts';
import type { SiteModel } from './site-model.ts';

export interface FeedItem {
  title: string;
  /** Site path below the base, e.g. `units/foo/`. */
  path: string;
  /** YYYY-MM-DD */
  date: string;
  description: string;
  category: string;
}

export function feedItems(site: SiteModel, limit = 50): FeedItem[] {
  const items = publishedTypes().flatMap((type) => type.site.feed?.(site) ?? []);
  return items.sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title)).slice(0, limit);
}

/** A day as the instant RSS wants: midnight in China. */
export const feedDate = (day: string) => new Date(`${day}T00:00:00+08:00`);
