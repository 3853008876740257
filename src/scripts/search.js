// The search page island, loaded by src/components/SearchPanel.astro on the search page only.
// It runs the form against Pagefind's JS API, imported at run time from the bundle the build
// wrote under the base path, and keeps the form's state in the URL so that a search can be shared:
// ?q=…&type=…&level=…&year=…&category=…&region=…&status=…&sort=desc|asc.
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
  let pagefind;
  try {
    pagefind = await import(form.dataset.bundle + 'pagefind.js');
    await pagefind.options({ baseUrl: form.dataset.base, excerptLength: 40 });
    addIndexValues(filterSelects, await pagefind.filters(), strings);
  } catch (error) {
    status.textContent = strings.error;
    console.error(error);
    return;
  }

  let run = 0;
  let pending = [];
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
    const batch = pending.splice(0, PAGE_SIZE);
    const items = await Promise.all(batch.map((result) => result.data().then(renderResult)));
    if (current !== run) return [];
    list.append(...items);
    more.hidden = pending.length === 0;
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
      const found = await pagefind.search(query || null, { filters, sort: order ? { date: order } : {} });
      if (current !== run) return;
      pending = [...found.results];
      list.replaceChildren();
      await showMore(current);
      if (current !== run) return;
      const n = found.results.length;
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
