// The filter island of a paginated list (units, figures, lectures). The page carries one page of
// cards; when a filter or a sort is chosen, the island loads the list's JSON index (every entry,
// written by src/lib/filters.ts), picks the matching entries from all pages and shows them in
// place of the page, in batches with a 「显示更多」 button. The choice lives in the URL
// (?level=省级&sort=year). With no choice the server's page and its page links come back.
const form = document.querySelector('form.filters[data-index]');
const list = form && document.getElementById(form.dataset.list);
const count = form && document.getElementById(form.dataset.count);
const none = form && document.getElementById(form.dataset.none);
if (form && list && count && none) {
  const BATCH = 48;
  const pageItems = [...list.children];
  const pageCount = count.textContent;
  const pagination = list.parentElement.querySelector('.pagination');
  const selects = [...form.querySelectorAll('select')];
  const template = form.dataset.shownTemplate || '{n}/{total}';
  const headingLevel = list.querySelector('.card-title')?.tagName.toLowerCase() || 'h3';
  let index = null;
  let loading = null;
  let shown = [];
  let more = null;

  const load = () => {
    loading ??= fetch(form.dataset.index)
      .then((response) => {
        if (!response.ok) throw new Error(String(response.status));
        return response.json();
      })
      .then((data) => (index = data));
    return loading;
  };

  const element = (tag, className, text) => {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };

  // The same markup as src/components/Card.astro, without the summary.
  const card = (item) => {
    const s = (i) => (i >= 0 ? index.strings[i] : '');
    const article = element('article', `card card--${item.p || 'wide'}`);
    const media = element('div', 'card-media');
    if (item.i) {
      const img = element('img');
      img.src = item.i;
      img.alt = '';
      img.loading = 'lazy';
      img.decoding = 'async';
      media.append(img);
    } else if (item.f) {
      const [mark, tone, label] = item.f;
      const length = [...mark].length;
      const fallback = element('div', `fallback fallback--${tone} fallback--${item.p || 'wide'}${length > 1 ? ' fallback--long' : ''}${length > 4 ? ' fallback--longer' : ''}`);
      fallback.setAttribute('aria-hidden', 'true');
      fallback.append(element('span', 'fallback-mark', mark));
      if (label >= 0) fallback.append(element('span', 'fallback-label', s(label)));
      media.append(fallback);
    }
    const body = element('div', 'card-body');
    if (item.k >= 0) body.append(element('p', 'card-kicker', s(item.k)));
    const heading = element(headingLevel, 'card-title');
    const link = element('a', '', item.t);
    link.href = index.base + item.h + '/';
    heading.append(link);
    body.append(heading);
    if (item.b) body.append(element('p', `badge badge-${item.b[1]}`, s(item.b[0])));
    if (item.m.length) {
      const meta = element('p', 'card-meta');
      for (const i of item.m) meta.append(element('span', '', s(i)));
      body.append(meta);
    }
    article.append(media, body);
    const li = element('li');
    li.append(article);
    return li;
  };

  const showMore = () => {
    const from = list.children.length;
    list.append(...shown.slice(from, from + BATCH).map(card));
    more.hidden = list.children.length >= shown.length;
  };

  const chosen = () => {
    const params = new URLSearchParams();
    for (const select of selects) {
      if (select.value && !(select.name === 'sort' && select.selectedIndex === 0)) params.set(select.name, select.value);
    }
    return params;
  };

  const apply = async () => {
    const params = chosen();
    const query = params.toString();
    history.replaceState(null, '', query ? '?' + query : location.pathname);
    if (!query) {
      // Back to the server's page.
      list.replaceChildren(...pageItems);
      count.textContent = pageCount;
      none.hidden = true;
      if (pagination) pagination.hidden = false;
      if (more) more.hidden = true;
      return;
    }
    if (!index) {
      count.textContent = form.dataset.loading;
      try {
        await load();
      } catch {
        count.textContent = form.dataset.failed;
        return;
      }
    }
    const facets = index.facets.map((facet) => {
      const select = form.elements.namedItem(facet.name);
      return select && select.value ? facet.values.indexOf(select.value) : -1;
    });
    const sortSelect = form.elements.namedItem('sort');
    const sort = Math.max(0, sortSelect ? index.sorts.indexOf(sortSelect.value) : 0);
    shown = index.items
      .filter((item) => facets.every((wanted, f) => wanted < 0 || item.v[f].includes(wanted)))
      .sort((a, b) => a.s[sort] - b.s[sort] || a.s[0] - b.s[0]);
    if (pagination) pagination.hidden = true;
    list.replaceChildren();
    if (!more) {
      more = element('button', 'filter-more', form.dataset.more);
      more.type = 'button';
      more.addEventListener('click', showMore);
      list.after(more);
    }
    showMore();
    count.textContent = template.replace('{n}', String(shown.length)).replace('{total}', String(index.items.length));
    none.hidden = shown.length > 0;
  };

  const params = new URLSearchParams(location.search);
  for (const select of selects) {
    const value = params.get(select.name);
    if (value !== null && [...select.options].some((option) => option.value === value)) select.value = value;
  }
  // Open on wide screens and whenever a choice is in effect; a phone sees one 「筛选与排序」 line.
  const panel = form.querySelector('details');
  if (panel && (matchMedia('(min-width: 56rem)').matches || chosen().toString())) panel.open = true;
  form.hidden = false;
  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply();
  });
  form.addEventListener('reset', () => setTimeout(apply));
  // Warm the index when the visitor reaches for the form, so the first choice is quick.
  form.addEventListener('focusin', () => load().catch(() => {}), { once: true });
  if (chosen().toString()) apply();
}
