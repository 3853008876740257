// The header search box as a combobox (WAI-ARIA APG, "editable combobox with list autocomplete"):
// as the visitor types (Chinese, pinyin or initials, traditional characters too) it suggests the
// site's units and figures from the name index and goes straight to the chosen one's page;
// Enter without a chosen suggestion submits the form to the search page, as without JavaScript.
// The page's script (site.js) loads this file when the box is first focused; the helpers
// (search-query.js) and the name index load then too.
const box = document.querySelector('form[data-suggest]');
const input = box?.querySelector('input[name="q"]');
const list = box?.querySelector('[role="listbox"]');
const live = box?.querySelector('[data-suggest-status]');
if (box && input && list && live) setUp();

function setUp() {
  const strings = JSON.parse(box.dataset.strings || '{}');
  const base = box.dataset.base;
  let tools;
  let options = [];
  let active = -1;
  let run = 0;
  let timer;

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('aria-expanded', 'false');

  const load = () => (tools ??= import(box.dataset.queryModule));
  const close = () => {
    list.hidden = true;
    list.replaceChildren();
    options = [];
    active = -1;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  };
  const highlight = (index) => {
    active = index;
    options.forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    if (index < 0) input.removeAttribute('aria-activedescendant');
    else {
      input.setAttribute('aria-activedescendant', options[index].id);
      options[index].scrollIntoView({ block: 'nearest' });
    }
  };
  const go = (option) => {
    location.href = option.dataset.href;
  };

  const suggest = async () => {
    const current = ++run;
    const typed = input.value.trim();
    if (!typed) return close();
    try {
      const helpers = await load();
      const manifest = await helpers.nameManifest(box.dataset.names);
      const query = await helpers.toSimplified(typed, helpers.traditionalMap(manifest.traditional || ''), box.dataset.opencc);
      const found = await helpers.findNames(query, box.dataset.names, { limit: 8, withPage: true });
      if (current !== run) return;
      options = found.map((name, i) => {
        const option = document.createElement('li');
        option.id = `${list.id}-${i}`;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        option.dataset.href = base + name.path;
        const label = document.createElement('span');
        label.textContent = name.name;
        const kind = document.createElement('span');
        kind.className = 'suggest-kind';
        kind.textContent = name.kind === 'alias' ? strings.alias.replace('{name}', name.target) : strings[name.kind] || '';
        option.append(label, kind);
        // mousedown, not click: the input keeps its focus and the list stays until the page changes.
        option.addEventListener('mousedown', (event) => {
          event.preventDefault();
          go(option);
        });
        return option;
      });
      list.replaceChildren(...options);
      active = -1;
      input.removeAttribute('aria-activedescendant');
      list.hidden = options.length === 0;
      input.setAttribute('aria-expanded', String(options.length > 0));
      live.textContent = options.length ? strings.count.replace('{n}', options.length) : '';
    } catch (error) {
      console.error(error);
      close();
    }
  };

  void load();
  // Typed before this file arrived.
  if (input.value.trim()) suggest();
  input.addEventListener('input', () => {
    clearTimeout(timer);
    // An emptied box closes at once; typing waits for a pause.
    if (!input.value.trim()) {
      run++;
      close();
    } else timer = setTimeout(suggest, 120);
  });
  input.addEventListener('keydown', (event) => {
    const open = !list.hidden && options.length > 0;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!open) {
        if (event.key === 'ArrowDown' && input.value.trim()) suggest();
        return;
      }
      event.preventDefault();
      // Moves through the suggestions, wrapping around at either end.
      const n = options.length;
      highlight(event.key === 'ArrowDown' ? (active + 1) % n : (active - 1 + n) % n);
    } else if (event.key === 'Enter' && open && active >= 0) {
      event.preventDefault();
      go(options[active]);
    } else if (event.key === 'Escape') {
      if (open) {
        event.preventDefault();
        close();
      } else if (input.value) {
        event.preventDefault();
        input.value = '';
      }
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
}
