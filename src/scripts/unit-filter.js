// The units directory island: filters and sorts the server-rendered list by the data-*
// attributes src/lib/filters.ts wrote, and keeps the choice in the URL (?level=…&sort=…).
const form = document.getElementById('unit-filters');
const list = document.getElementById('unit-list');
const count = document.getElementById('unit-count');
const none = document.getElementById('unit-none');
if (form && list && count && none) {
  const items = [...list.children];
  const selects = [...form.querySelectorAll('select')];
  const template = form.dataset.shownTemplate || '{n}/{total}';

  const fromUrl = () => {
    const params = new URLSearchParams(location.search);
    for (const select of selects) {
      const value = params.get(select.name);
      if (value !== null && [...select.options].some((option) => option.value === value)) select.value = value;
    }
  };

  const apply = () => {
    const params = new URLSearchParams();
    const chosen = {};
    for (const select of selects) {
      if (select.value && !(select.name === 'sort' && select.value === 'name')) params.set(select.name, select.value);
      if (select.name !== 'sort' && select.value) chosen[select.name] = select.value;
    }
    const sort = form.elements.namedItem('sort').value || 'name';
    let shown = 0;
    for (const item of items) {
      const match = Object.entries(chosen).every(([name, value]) => (item.dataset[name] || '').split('|').includes(value));
      item.hidden = !match;
      if (match) shown++;
    }
    const key = (item) => Number(item.dataset['sort' + sort[0].toUpperCase() + sort.slice(1)]);
    const nameKey = (item) => Number(item.dataset.sortName);
    list.append(...items.toSorted((a, b) => key(a) - key(b) || nameKey(a) - nameKey(b)));
    count.textContent = template.replace('{n}', String(shown)).replace('{total}', String(items.length));
    none.hidden = shown > 0;
    const query = params.toString();
    history.replaceState(null, '', query ? '?' + query : location.pathname);
  };

  fromUrl();
  form.hidden = false;
  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => { event.preventDefault(); apply(); });
  form.addEventListener('reset', () => setTimeout(apply));
  apply();
}
