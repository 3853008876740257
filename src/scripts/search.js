// The search page island, loaded by src/components/SearchPanel.astro on the search page only.
// It runs the form against Pagefind's JS API, imported at run time from the bundle the build
// wrote under the base path, and keeps the form's state in the URL so that a search can be shared:
// ?q=…&type=…&level=…&year=…&category=…&region=…&status=…&sort=desc|asc.
// A large site's index comes in parts (src/integrations/pagefind.ts, listed in parts.json);
// openIndex searches them all and merges the results, so the rest of this file sees one index.
// Plain browser JavaScript without imports: it is served as is, as an external file (CSP).
const form = document.getElementById('search-form');
const status = document.getElementById('search-status');
const hints = document.getElementById('search-hints');
const list = document.getElementById('search-results');
const more = document.getElementById('search-more');
const reset = document.getElementById('search-reset');
if (form && status && hints && list && more && reset) start();

/** Results rendered at once and per press of "显示更多结果". */
const PAGE_SIZE = 10;
/** Typing runs the search after this pause, so the index is not queried on every key. */
const TYPING_DELAY = 300;

async function start() {
  const strings = JSON.parse(form.dataset.strings || '{}');
  const input = form.elements.namedItem('q');
  const selects = [...form.querySelectorAll('select')];
  const filterSelects = selects.filter((select) => select.name !== 'sort');
  const fill = (template, values) => template.replace(/\{(\w+)\}/g, (_, name) => String(values[name] ?? ''));

  status.textContent = strings.loading;
  let index;
  try {
    index = await openIndex(form.dataset.bundle, { baseUrl: form.dataset.base, excerptLength: 40 });
    addIndexValues(filterSelects, await index.filters(), strings);
  } catch (error) {
    status.textContent = strings.error;
    console.error(error);
    return;
  }

  let run = 0;
  let pending = { total: 0, left: () => 0, take: async () => [] };
  let timer;

  const readUrl = () => {
    const params = new URLSearchParams(location.search);
    input.value = params.get('q') || '';
    for (const select of selects) {
      const value = params.get(select.name) || '';
      select.value = [...select.options].some((option) => option.value === value) ? value : '';
    }
  };

  const writeUrl = (mode) => {
    const params = new URLSearchParams();
    if (input.value.trim()) params.set('q', input.value.trim());
    for (const select of selects) if (select.value) params.set(select.name, select.value);
    const query = params.toString();
    const url = query ? `${location.pathname}?${query}` : location.pathname;
    if (url !== location.pathname + location.search) history[mode](null, '', url);
  };

  /** Shows the next results of search number `current`; nothing if a newer search has begun. */
  const showMore = async (current) => {
    const items = (await pending.take(PAGE_SIZE)).map(renderResult);
    if (current !== run) return [];
    list.append(...items);
    more.hidden = pending.left() === 0;
    return items;
  };

  const search = async () => {
    const current = ++run;
    const query = input.value.trim();
    const filters = {};
    for (const select of filterSelects) if (select.value) filters[select.name] = select.value;
    const filtered = Object.keys(filters).length > 0;
    hints.hidden = true;
    if (!query && !filtered) {
      list.replaceChildren();
      list.removeAttribute('aria-busy');
      more.hidden = true;
      status.textContent = strings.prompt;
      return;
    }
    list.setAttribute('aria-busy', 'true');
    const order = form.elements.namedItem('sort').value || (query ? '' : 'desc');
    try {
      const found = await index.search(query || null, { filters, sort: order ? { date: order } : {} });
      if (current !== run) return;
      pending = found;
      list.replaceChildren();
      await showMore(current);
      if (current !== run) return;
      const n = found.total;
      if (n > 0) status.textContent = query ? fill(strings.countQuery, { q: query, n }) : fill(strings.count, { n });
      else if (!query) status.textContent = strings.noneFilters;
      else status.textContent = fill(filtered ? strings.noneFiltered : strings.none, { q: query });
      hints.hidden = n > 0;
    } catch (error) {
      if (current !== run) return;
      list.replaceChildren();
      more.hidden = true;
      status.textContent = strings.error;
      console.error(error);
    }
    list.removeAttribute('aria-busy');
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    writeUrl('pushState');
    search();
  });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      writeUrl('replaceState');
      search();
    }, TYPING_DELAY);
  });
  for (const select of selects) {
    select.addEventListener('change', () => {
      writeUrl('pushState');
      search();
    });
  }
  reset.addEventListener('click', () => {
    for (const select of filterSelects) select.value = '';
    writeUrl('pushState');
    search();
  });
  more.addEventListener('click', async () => {
    const [first] = await showMore(run);
    first?.querySelector('a')?.focus();
  });
  window.addEventListener('popstate', () => {
    readUrl();
    search();
  });

  readUrl();
  const header = document.getElementById('site-search');
  if (header) header.value = input.value;
  search();
}

/**
 * Opens the index below `bundle`: Pagefind's script of each part listed in its parts.json (one
 * part, `./`, on most sites), all with the same options, and searches them as one:
 * - by relevance: all results by score, as Pagefind's mergeIndex() does;
 * - by date: each part returns its results in date order, and the parts' lists are merged one
 *   result at a time by the day each page carries as `sort_date` metadata, so only the
 *   fragments of the results shown (plus one per part) are loaded.
 * Not mergeIndex(): it sorts merged results by score even when a date order was asked for. Not
 * createInstance() either: instances in one worker share one WebAssembly module and corrupt
 * each other's memory ("memory access out of bounds", Pagefind 1.6). Each part's own script,
 * imported from its own URL, is a module of its own with a worker of its own.
 * A search returns { total, left(), take(n) }: take(n) resolves to the next n results' data.
 */
async function openIndex(bundle, settings) {
  const root = new URL(bundle, location.href);
  const response = await fetch(new URL('parts.json', root));
  if (!response.ok) throw new Error(`${response.url}: ${response.status}`);
  const folders = (await response.json()).parts.map((part) => new URL(part, root).pathname);
  const parts = await Promise.all(folders.map((folder) => import(`${folder}pagefind.js`)));
  await Promise.all(parts.map((part) => part.options(settings)));
  return {
    async filters() {
      const merged = {};
      for (const filters of await Promise.all(parts.map((part) => part.filters()))) {
        for (const [name, values] of Object.entries(filters)) {
          merged[name] ??= {};
          for (const [value, count] of Object.entries(values)) merged[name][value] = (merged[name][value] || 0) + count;
        }
      }
      return merged;
    },
    async search(term, options) {
      const found = await Promise.all(parts.map((part) => part.search(term, options)));
      const complete = parts.length > 1 && term ? await holdingEveryWord(parts, term) : parts.map(() => true);
      const lists = found.map((one, i) => (complete[i] ? one.results : []));
      const total = lists.reduce((sum, results) => sum + results.length, 0);
      const direction = Object.values(options.sort)[0];
      if (lists.length === 1) return inOrder(lists[0]);
      return direction ? inDateOrder(lists, direction, total) : inOrder(lists.flat().sort((a, b) => b.score - a.score));
    },
  };
}

/**
 * Which parts hold every word of `term` that any part holds. Pagefind leaves out of a search
 * the words its index lacks, so a part without one of the words answers a different,
 * shorter query: "见义勇为" (见 / 义勇 / 为) in a part without 义勇 finds every page with 为.
 * One index over all pages would have required every word, so such a part's results are
 * dropped. The words are split as Pagefind splits a Chinese query (Intl.Segmenter, without
 * punctuation) and each is looked up on its own, unfiltered: does the part's index have it.
 */
async function holdingEveryWord(parts, term) {
  const segmenter = new Intl.Segmenter(document.documentElement.lang || 'zh-CN', { granularity: 'word' });
  const words = [...new Set([...segmenter.segment(term)].map(({ segment }) => segment.replace(/[\p{P}\s]/gu, '').toLowerCase()).filter(Boolean))];
  if (words.length < 2) return parts.map(() => true);
  const holds = await Promise.all(parts.map((part) => Promise.all(words.map((word) => part.search(word).then((found) => found.results.length > 0)))));
  const anywhere = words.map((_, w) => holds.some((part) => part[w]));
  return holds.map((part) => anywhere.every((needed, w) => !needed || part[w]));
}

/** Results in the order given: one part's as Pagefind ranked them, or several parts' by score. */
function inOrder(results) {
  const queue = [...results];
  return {
    total: results.length,
    left: () => queue.length,
    take: (n) => Promise.all(queue.splice(0, n).map((result) => result.data())),
  };
}

/**
 * Merges per-part lists that are each in date order ('asc' or 'desc') into one. Pages without
 * a day come last, as within one part. Equal days keep the parts' order.
 */
function inDateOrder(lists, direction, total) {
  const heads = lists.map(() => 0);
  const loaded = new Map();
  const dataOf = (result) => {
    if (!loaded.has(result)) loaded.set(result, result.data());
    return loaded.get(result);
  };
  const before = (a, b) => {
    const x = a.meta.sort_date || '';
    const y = b.meta.sort_date || '';
    if (!x || !y) return Boolean(x) && !y;
    return direction === 'asc' ? x < y : x > y;
  };
  let left = total;
  // One take at a time: each continues from where the previous one stopped.
  let previous = Promise.resolve();
  const take = async (n) => {
    await previous.catch(() => {});
    const taken = [];
    while (taken.length < n && left > 0) {
      const open = lists.flatMap((list, i) => (heads[i] < list.length ? [i] : []));
      const candidates = await Promise.all(open.map((i) => dataOf(lists[i][heads[i]])));
      let best = 0;
      for (let c = 1; c < candidates.length; c++) if (before(candidates[c], candidates[best])) best = c;
      taken.push(candidates[best]);
      heads[open[best]]++;
      left--;
    }
    return taken;
  };
  return {
    total,
    left: () => left,
    take(n) {
      const next = take(n);
      previous = next;
      return next;
    },
  };
}

/**
 * Puts every value the index holds into its select: open-ended ones (years, newest first;
 * regions) are added, listed ones that no page carries are dropped.
 */
function addIndexValues(selects, available, strings) {
  for (const select of selects) {
    const values = Object.keys(available[select.name] || {});
    for (const option of [...select.options]) if (option.value && !values.includes(option.value)) option.remove();
    const listed = new Set([...select.options].map((option) => option.value));
    const added = values.filter((value) => !listed.has(value));
    added.sort(select.name === 'year' ? (a, b) => b.localeCompare(a) : (a, b) => a.localeCompare(b, 'zh-CN'));
    for (const value of added) {
      const label = select.name === 'year' ? strings.year.replace('{year}', value) : value;
      select.append(new Option(label, value));
    }
  }
}

/** One result: thumbnail, type label and date, linked title, highlighted excerpt. */
function renderResult(data) {
  const item = document.createElement('li');
  item.className = 'search-result';
  if (data.meta.image) {
    const image = document.createElement('img');
    image.src = data.meta.image;
    image.alt = data.meta.image_alt || '';
    image.width = 96;
    image.height = 72;
    image.loading = 'lazy';
    image.className = 'search-thumb';
    item.append(image);
  }
  const body = document.createElement('div');
  const kicker = document.createElement('p');
  kicker.className = 'card-kicker';
  const type = (data.filters.type || [])[0];
  kicker.textContent = [type, data.meta.date].filter(Boolean).join(' · ');
  const heading = document.createElement('h3');
  heading.className = 'search-title';
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title || data.url;
  heading.append(link);
  const excerpt = document.createElement('p');
  excerpt.className = 'search-excerpt';
  excerpt.append(excerptNodes(data.excerpt));
  body.append(kicker, heading, excerpt);
  item.append(body);
  return item;
}

/**
 * Pagefind's excerpt is HTML with <mark> around the matches. Only text and <mark> are kept,
 * as new nodes, so nothing from the content can become markup.
 */
function excerptNodes(html) {
  const template = document.createElement('template');
  template.innerHTML = html;
  const fragment = document.createDocumentFragment();
  for (const node of template.content.childNodes) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = readable(node.textContent);
      fragment.append(mark);
    } else {
      fragment.append(readable(node.textContent));
    }
  }
  return fragment;
}

/**
 * Pagefind's indexed text as Chinese is written: without the zero-width spaces it puts between
 * words, and with "。" where it joined two blocks (a heading and the next paragraph) with ". "
 * or a space after a Chinese character.
 */
function readable(text) {
  return (text || '')
    .replace(/\u200b/g, '')
    .replace(/(\p{Script=Han})\. +/gu, '$1。')
    .replace(/(\p{Script=Han}) +(?=\p{Script=Han})/gu, '$1。');
}
