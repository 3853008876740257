/**
 * Reading a built site the way a host and a browser would: its files, its pages parsed into a
 * DOM (html-validate's parser, the same one the validity test runs), every reference a page
 * or a data file makes, and where on disk each one lands.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { decodeHTML } from 'entities';
import { Parser, StaticConfigLoader, type HtmlElement } from 'html-validate';

/** Every file below `dir`, as sorted posix paths relative to it. */
export function siteFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => statSync(join(dir, file)).isFile())
    .map((file) => file.split('\\').join('/'))
    .sort();
}

/**
 * The admin page (the editors' web form, src/cms/) is a tool in the output folder, not a page of
 * the site: no sitemap entry, share image or h1 of its own. tests/cms/ checks it. It is known by
 * the CMS script beside it, wherever the settings put it.
 */
export const isAdminPage = (dir: string, file: string) => existsSync(join(dir, posix.dirname(file), 'sveltia-cms.js'));

/** The site's pages: every HTML file but the admin page. */
export const htmlFiles = (dir: string) => siteFiles(dir).filter((file) => file.endsWith('.html') && !isAdminPage(dir, file));

/** The URL path a page is served at: `units/x/index.html` → `/sub/units/x/`. */
export function pageUrl(file: string, base: string): string {
  return `${base}${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

const parser = new Parser(await new StaticConfigLoader({ extends: ['html-validate:standard'] }).getConfigFor('page.html'));

export const parseHtml = (source: string): HtmlElement => parser.parseHtml(source);

/** An attribute's value with character references decoded, as a browser reads it. */
export const attribute = (element: HtmlElement, name: string): string | undefined => {
  const value = element.getAttributeValue(name);
  return value === null ? undefined : decodeHTML(value);
};

/** An element's text with character references decoded. */
export const text = (element: HtmlElement): string => decodeHTML(element.textContent);

/** Attributes that hold one URL, per selector. */
const URL_ATTRIBUTES: [selector: string, attribute: string][] = [
  ['a[href]', 'href'],
  ['link[href]', 'href'],
  ['area[href]', 'href'],
  ['script[src]', 'src'],
  ['img[src]', 'src'],
  ['source[src]', 'src'],
  ['video[src]', 'src'],
  ['video[poster]', 'poster'],
  ['audio[src]', 'src'],
  ['track[src]', 'src'],
  ['iframe[src]', 'src'],
  ['form[action]', 'action'],
  ['[data-src]', 'data-src'],
  ['meta[property="og:image"]', 'content'],
  ['meta[property="og:url"]', 'content'],
  ['meta[name="twitter:image"]', 'content'],
  ['meta[itemprop="image"]', 'content'],
];

/** Attributes that hold a srcset (a list of URLs with widths). */
const SRCSET_ATTRIBUTES: [selector: string, attribute: string][] = [
  ['img[srcset]', 'srcset'],
  ['source[srcset]', 'srcset'],
  ['[data-srcset]', 'data-srcset'],
];

/** Every URL a page refers to (links, assets, share images), as written. */
export function pageReferences(root: HtmlElement): string[] {
  const urls: string[] = [];
  for (const [selector, name] of URL_ATTRIBUTES) {
    for (const element of root.querySelectorAll(selector)) urls.push(attribute(element, name)!);
  }
  for (const [selector, name] of SRCSET_ATTRIBUTES) {
    for (const element of root.querySelectorAll(selector)) {
      for (const candidate of attribute(element, name)!.split(',')) {
        const url = candidate.trim().split(/\s+/)[0];
        if (url) urls.push(url);
      }
    }
  }
  return urls;
}

/** URLs inside a stylesheet (`url(…)`), as written. */
export const cssReferences = (css: string): string[] =>
  [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)].map((match) => match[2]!);

/** Absolute URLs of the site itself inside a text file (feed, sitemap, robots.txt, data files). */
export function absoluteReferences(text: string, siteUrl: string): string[] {
  const origin = siteUrl.replace(/\/+$/, '');
  const pattern = new RegExp(`${origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/[^\\s"'<>,）]*`, 'g');
  return [...text.matchAll(pattern)].map((match) => match[0]);
}

/**
 * Where a reference made from `from` (a URL path) points, if it points into this site:
 * other origins, fragments only, mailto: and tel: are not ours.
 */
export function resolveReference(reference: string, from: string, siteUrl: string): string | undefined {
  if (/^(mailto|tel|javascript|data|blob):/i.test(reference) || reference.startsWith('#')) return undefined;
  const site = new URL(siteUrl);
  const url = new URL(reference, new URL(from, site));
  if (url.origin !== site.origin) return undefined;
  return decodeURIComponent(url.pathname);
}

/** The file a URL path is served from, or undefined when the site has none. */
export function fileFor(dir: string, pathname: string, base: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  const path = pathname.slice(base.length);
  const candidates = path === '' || path.endsWith('/') ? [posix.join(path, 'index.html')] : [path, posix.join(path, 'index.html')];
  return candidates.find((candidate) => {
    try {
      return statSync(join(dir, candidate)).isFile();
    } catch {
      return false;
    }
  });
}

export const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');
