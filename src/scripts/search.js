// The search page island, loaded by src/components/SearchPanel.astro on the search page only.
// It runs the form against Pagefind's JS API, imported at run time from the bundle the build
// wrote under the base path, and keeps the form's state in the URL so that a search can be shared:
// ?q=…&type=…&level=…&year=…&category=…&region=…&status=…&sort=desc|asc.
// A large site's index comes in parts (src/integrations/pagefind.ts, listed in parts.json);
// openIndex searches them all and merges the results, so the rest of this file sees one index.
// Before the index sees a query, search-query.js converts traditional characters and reads
// Latin letters as pinyin of the site's names; every spelling it finds is searched and the
// results are merged.
// Plain browser JavaScript: it is served as is, as an external file (CSP), and loads its helper
// module from the URL the page gives (data-query-module).
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
  const fields = [...form.querySelectorAll('[data-filter-types]')];
  const fill = (template, values) => template.replace(/\{(\w+)\}/g, (_, name) => String(values[name] ?? ''));

  status.textContent = strings.loading;
  let index;
  let tools;
  try {
    tools = await import(form.dataset.queryModule);
    index = await openIndex(form.dataset.bundle, { baseUrl: form.dataset.base, excerptLength: 40, ranking: tools.RANKING });
  } catch (error) {
    status.textContent = strings.error;
    console.error(error);
    return;
  }

  const isTraditional = tools.traditionalMap(form.dataset.traditional);
  /** The spellings to search for what was typed, and a note on how they were found. */
  const spellings = async (typed) => {
    const simplified = await tools.toSimplified(typed, isTraditional, form.dataset.opencc);
    const terms = [simplified];
    const notes = [];
    if (simplified !== typed) notes.push(fill(strings.simplified, { q: simplified }));
    if (tools.isLatinQuery(simplified)) {
      const names = (await tools.findNames(simplified, form.dataset.names, { limit: 5 })).map((found) => found.name);
      terms.push(...names);
      if (names.length) notes.push(fill(strings.pinyin, { names: names.join('、') }));
    }
    return { terms: [...new Set(terms)], note: notes.join('；') };
  };

  /** Only the filters that apply to the chosen type are offered; the others are cleared. */
  const showFilters = () => {
    const type = form.elements.namedItem('type').value;
    for (const field of fields) {
      const applies = !type || field.dataset.filterTypes.split(' ').includes(type);
      field.hidden = !applies;
      if (!applies) field.querySelector('select').value = '';
    }
  };

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
    const items = (await pending.take(PAGE_SIZE)).map((data) => renderResult(data, tools));
    if (current !== run) return [];
    list.append(...items);
    more.hidden = pending.left() === 0;
    return items;
  };

  const search = async () => {
    const current = ++run;
    const typed = input.value.trim();
    showFilters();
    const filters = {};
    for (const select of filterSelects) if (select.value) filters[select.name] = select.value;
    const filtered = Object.keys(filters).length > 0;
    hints.hidden = true;
    if (!typed && !filtered) {
      list.replaceChildren();
      list.removeAttribute('aria-busy');
      more.hidden = true;
      status.textContent = strings.prompt;
      return;
    }
    list.setAttribute('aria-busy', 'true');
    const order = form.elements.namedItem('sort').value || (typed ? '' : 'desc');
    try {
      const { terms, note } = typed ? await spellings(typed) : { terms: [null], note: '' };
      const found = await index.search(terms, { filters, sort: order ? { date: order } : {} });
      if (current !== run) return;
      pending = found;
      list.replaceChildren();
      await showMore(current);
      if (current !== run) return;
      const n = found.total;
      let message;
      if (n > 0) message = typed ? fill(strings.countQuery, { q: typed, n }) : fill(strings.count, { n });
      else if (!typed) message = strings.noneFilters;
      else message = fill(filtered ? strings.noneFiltered : strings.none, { q: typed });
      status.textContent = note ? `${message}（${note}）` : message;
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
      if (select.name === 'type') showFilters();
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

/** The synthetic filter that tells the parts of an index apart (openIndex). */
const PART = 'bangyang_part';

/**
 * Opens the index below `bundle` and searches it as one. Most sites have one bundle; a large
 * site's index comes in parts (listed in parts.json), which are opened as Pagefind's merged
 * indexes: one copy of Pagefind's script, worker and WebAssembly serves them all, and each part
 * answers to a filter of its own (PART), so that a search can still ask one part at a time:
 * - by relevance: one search of every part that holds all the query's words (holdingEveryWord),
 *   results by score, as Pagefind merges them;
 * - by date: one search per part, each in date order, merged one result at a time by the day
 *   each page carries as `sort_date` metadata, so only the fragments of the results shown (plus
 *   one per part) are loaded. (Pagefind would order merged results by each part's rank.)
 * A search is for one or more spellings (terms) of what was typed, each a Pagefind query (null
 * for filters alone), and finds the pages any of them finds, each once. It returns
 * { total, left(), take(n) }: take(n) resolves to the next n results' data.
 */
async function openIndex(bundle, settings) {
  const root = new URL(bundle, location.href);
  const response = await fetch(new URL('parts.json', root));
  if (!response.ok) throw new Error(`${response.url}: ${response.status}`);
  const folders = (await response.json()).parts.map((part) => new URL(part, root).pathname);
  const pagefind = await import(`${folders[0]}pagefind.js`);
  const parts = folders.map((_, i) => String(i));
  const many = parts.length > 1;
  await pagefind.options({ ...settings, ...(many ? { mergeFilter: { [PART]: parts[0] } } : {}) });
  await Promise.all(folders.slice(1).map((folder, i) => pagefind.mergeIndex(folder, { ...settings, mergeFilter: { [PART]: parts[i + 1] } })));
  const inPart = (filters, part) => ({ ...filters, [PART]: part });
  return {
    async search(terms, options) {
      const direction = Object.values(options.sort)[0];
      // One list per spelling and part, each in Pagefind's order.
      const lists = (
        await Promise.all(
          terms.map(async (term) => {
            if (!many) return [(await pagefind.search(term, options)).results];
            const holding = term ? await holdingEveryWord(pagefind, parts, term) : parts;
            if (holding.length === 0) return [];
            if (!direction) return [(await pagefind.search(term, { ...options, filters: inPart(options.filters, { any: holding }) })).results];
            return Promise.all(holding.map(async (part) => (await pagefind.search(term, { ...options, filters: inPart(options.filters, part) })).results));
          }),
        )
      ).flat();
      if (lists.length === 1) return inOrder(lists[0]);
      if (direction) {
        // A page found by several spellings stays where it first comes.
        const seen = new Set();
        const unique = lists.map((list) => list.filter((result) => !seen.has(result.id) && seen.add(result.id)));
        return inDateOrder(unique, direction, seen.size);
      }
      // By spelling, in the order given (what was typed first, then the names its pinyin spells,
      // best match first: scores of different queries do not compare), then by score.
      const best = new Map();
      lists.forEach((list, tier) => {
        for (const result of list) if (!best.has(result.id)) best.set(result.id, { result, tier });
      });
      return inOrder([...best.values()].sort((a, b) => a.tier - b.tier || b.result.score - a.result.score).map(({ result }) => result));
    },
  };
}

/**
 * The parts that hold every word of `term` that any part holds. Pagefind leaves out of a search
 * the words an index lacks, so a part without one of the words answers a different, shorter
 * query: "闫璟" (闫 / 璟) in a part without 璟 finds every page with 闫. One index over all
 * pages would have required every word, so such a part is left out. The words are split as
 * Pagefind splits a Chinese query (Intl.Segmenter, without punctuation) and each is looked up on
 * its own: the PART counts of its results say which parts hold it.
 */
async function holdingEveryWord(pagefind, parts, term) {
  const segmenter = new Intl.Segmenter(document.documentElement.lang || 'zh-CN', { granularity: 'word' });
  const words = [...new Set([...segmenter.segment(term)].map(({ segment }) => segment.replace(/[\p{P}\s]/gu, '').toLowerCase()).filter(Boolean))];
  if (words.length < 2) return parts;
  const holders = await Promise.all(words.map(async (word) => (await pagefind.search(word)).filters[PART] || {}));
  return parts.filter((part) => holders.every((counts) => Object.values(counts).every((n) => !n) || counts[part] > 0));
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

/** One result: thumbnail, type label and date, linked title, highlighted excerpt. */
function renderResult(data, tools) {
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
  link.textContent = tools.readableText(data.meta.title) || data.url;
  heading.append(link);
  const excerpt = document.createElement('p');
  excerpt.className = 'search-excerpt';
  excerpt.append(excerptNodes(data.excerpt, tools));
  body.append(kicker, heading, excerpt);
  item.append(body);
  return item;
}

/**
 * Pagefind's excerpt is HTML with <mark> around the matches. Only text and <mark> are kept,
 * as new nodes, so nothing from the content can become markup; the text reads as the page
 * does (readableExcerpt).
 */
function excerptNodes(html, tools) {
  const template = document.createElement('template');
  template.innerHTML = html;
  const parts = [...template.content.childNodes].map((node) => ({ text: node.textContent || '', mark: node.nodeName === 'MARK' }));
  const fragment = document.createDocumentFragment();
  for (const part of tools.readableExcerpt(parts)) {
    if (part.mark) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      fragment.append(mark);
    } else {
      fragment.append(part.text);
    }
  }
  return fragment;
}
