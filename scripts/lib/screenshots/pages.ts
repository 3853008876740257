/**
 * Which pages `npm run screenshots` photographs: one of every page type in a built site, found
 * from the folders of dist/ so that a site with other content (a fixture, a generated bench
 * site) is covered too. A type the build lacks is skipped.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface ShotPage {
  /** A short ASCII name used in file names, e.g. `unit`. */
  name: string;
  /** What the page is, for the contact sheet. */
  label: string;
  /** Site path below the base, e.g. `units/foo/`. */
  path: string;
}

/** Subfolders of `folder` that hold an index.html, sorted, except `skip`. */
function pagesIn(dir: string, folder: string, skip: string[] = []): string[] {
  const root = join(dir, folder);
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !skip.includes(entry.name) && existsSync(join(root, entry.name, 'index.html')))
    .map((entry) => entry.name)
    .sort();
}

/** Every page type of the build, each with one representative page. */
export function pageTypes(dir: string): ShotPage[] {
  const has = (file: string) => existsSync(join(dir, file));
  const first = (folder: string, skip?: string[]) => pagesIn(dir, folder, skip)[0];
  const unit = first('units', ['batches', 'page']);
  const batch = first('units/batches');
  const figure = first('figures', ['page']);
  const lecture = first('lectures', ['page']);
  const exhibition = first('exhibitions', ['page']);
  const photo = exhibition && first(`exhibitions/${exhibition}`);
  const notice = first('notices', ['page']);
  // A news item (not a kind's or a year's list), one with attachments when there is one.
  const newsItems = pagesIn(dir, 'news', ['page', 'files']).filter((name) => readFileSync(join(dir, 'news', name, 'index.html'), 'utf8').includes('"NewsArticle"'));
  const newsItem = newsItems.find((name) => readFileSync(join(dir, 'news', name, 'index.html'), 'utf8').includes('class="attachments"')) ?? newsItems[0];
  const candidates: (ShotPage | false | '' | undefined)[] = [
    { name: 'home', label: '首页', path: '' },
    { name: 'units', label: '文明单位名录', path: 'units/' },
    has('units/page/2/index.html') && { name: 'units-page-2', label: '文明单位名录第2页', path: 'units/page/2/' },
    unit && { name: 'unit', label: '单位页', path: `units/${unit}/` },
    batch && { name: 'batch', label: '命名批次页', path: `units/batches/${batch}/` },
    { name: 'figures', label: '道德模范列表', path: 'figures/' },
    figure && { name: 'figure', label: '人物页', path: `figures/${figure}/` },
    { name: 'lectures', label: '讲坛列表', path: 'lectures/' },
    lecture && { name: 'lecture', label: '讲座页', path: `lectures/${lecture}/` },
    { name: 'exhibitions', label: '图片展列表', path: 'exhibitions/' },
    exhibition && { name: 'exhibition', label: '图片展页', path: `exhibitions/${exhibition}/` },
    photo && { name: 'photo', label: '图片页', path: `exhibitions/${exhibition}/${photo}/` },
    { name: 'notices', label: '公示列表', path: 'notices/' },
    notice && { name: 'notice', label: '公示页', path: `notices/${notice}/` },
    has('news/index.html') && { name: 'news', label: '动态与文件', path: 'news/' },
    newsItem && { name: 'news-item', label: '动态页', path: `news/${newsItem}/` },
    has('stats/index.html') && { name: 'stats', label: '统计', path: 'stats/' },
    has('credits/index.html') && { name: 'credits', label: '图片来源', path: 'credits/' },
    has('search/index.html') && { name: 'search', label: '搜索', path: 'search/?q=文明' },
    has('rss.xml') && { name: 'rss', label: 'RSS 订阅', path: 'rss.xml' },
    { name: '404', label: '找不到页面', path: 'no-such-page/' },
  ];
  return candidates.filter((page): page is ShotPage => Boolean(page));
}
