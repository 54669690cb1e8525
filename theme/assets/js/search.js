// The search page (theme/layouts/search.sbn): Pagefind's index of the article pages, queried in the browser.
// The query and the filters live in the URL (/search/?q=kerry&person=John+Kerry), so results can be linked.
// Pagefind runs on the main thread (noWorker): a worker would need the CSP's 'wasm-unsafe-eval' on its own
// script's URL too, and this page is the only one given it (docs/deploying.md).

const PAGE_SIZE = 20;
const FILTER_VALUES_SHOWN = 8;

const form = document.querySelector('.search-form');
const input = document.getElementById('search-query');
const status = document.getElementById('search-status');
const results = document.getElementById('search-results');
const more = document.getElementById('search-more');
const filterBox = document.getElementById('search-filters');
const filterPanel = document.getElementById('search-filter-panel');
const fieldsets = new Map([...filterBox.querySelectorAll('fieldset[data-filter]')].map(f => [f.dataset.filter, f]));

document.getElementById('search-noscript').hidden = true;

const state = readUrl();
input.value = state.query;

let pagefind;
try {
  pagefind = await import('/pagefind/pagefind.js');
  await pagefind.options({ noWorker: true, excerptLength: 30 });
  await pagefind.init();
} catch {
  document.getElementById('search-missing').hidden = false;
  form.hidden = true;
  pagefind = null;
}

if (pagefind) {
  let shown = [];
  let generation = 0;
  let filtersLoaded = false;

  form.addEventListener('submit', event => {
    event.preventDefault();
    state.query = input.value.trim();
    run();
  });
  input.addEventListener('input', () => {
    state.query = input.value.trim();
    run(120);
  });
  more.addEventListener('click', () => showMore());
  filterPanel.addEventListener('toggle', () => {
    if (filterPanel.open && !filtersLoaded) {
      run();
    }
  });
  filterBox.addEventListener('change', event => {
    const box = event.target;
    const values = state.filters.get(box.name) ?? new Set();
    if (box.checked) {
      values.add(box.value);
    } else {
      values.delete(box.value);
    }

    state.filters.set(box.name, values);
    run();
  });

  async function run(debounce = 0) {
    const mine = ++generation;
    writeUrl();
    const filters = Object.fromEntries([...state.filters].filter(([, v]) => v.size > 0).map(([k, v]) => [k, [...v]]));
    const filtered = Object.keys(filters).length > 0;
    if (!state.query && !filtered) {
      results.replaceChildren();
      more.hidden = true;
      filterPanel.hidden = true;
      status.textContent = '';
      return;
    }

    // Without a query the filters alone choose the articles, newest first.
    const options = state.query ? { filters } : { filters, sort: { date: 'desc' } };
    const search = debounce > 0
      ? await pagefind.debouncedSearch(state.query || null, options, debounce)
      : await pagefind.search(state.query || null, options);
    if (search === null || mine !== generation) {
      return; // a newer keystroke took over
    }

    shown = search.results;
    results.replaceChildren();
    await showMore(mine);
    if (mine !== generation) {
      return;
    }

    const count = search.results.length;
    const words = count === 1 ? '1 article' : `${count} articles`;
    status.textContent = state.query ? `${words} found for “${state.query}”.` : `${words} found.`;

    // Filter counts need every filter chunk (most of the bytes of a first query at 10,000 articles): loaded only
    // once the reader opens the filters, or arrives with one chosen in the URL.
    filterPanel.hidden = false;
    if (filtered) {
      filterPanel.open = true;
    }

    if (!filterPanel.open) {
      return;
    }

    let counts = search.filters;
    if (!filtersLoaded) {
      await pagefind.filters();
      filtersLoaded = true;
      const again = await pagefind.search(state.query || null, options);
      if (mine !== generation) {
        return;
      }

      counts = again.filters;
    }

    showFilters(counts);
  }

  async function showMore(mine = generation) {
    const next = shown.slice(results.children.length, results.children.length + PAGE_SIZE);
    const data = await Promise.all(next.map(r => r.data()));
    if (mine !== generation) {
      return;
    }

    results.append(...data.map(resultItem));
    more.hidden = results.children.length >= shown.length;
  }

  function showFilters(counts) {
    for (const [name, fieldset] of fieldsets) {
      const chosen = state.filters.get(name) ?? new Set();
      const values = Object.entries(counts?.[name] ?? {})
        .filter(([value, n]) => n > 0 || chosen.has(value))
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .slice(0, FILTER_VALUES_SHOWN);
      for (const value of chosen) {
        if (!values.some(([v]) => v === value)) {
          values.push([value, 0]);
        }
      }

      const list = fieldset.querySelector('ul');
      list.replaceChildren(...values.map(([value, n]) => filterItem(name, value, n, chosen.has(value))));
      fieldset.hidden = values.length === 0;
    }

    filterBox.hidden = [...fieldsets.values()].every(f => f.hidden);
  }

  function filterItem(name, value, count, checked) {
    const item = document.createElement('li');
    const label = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.name = name;
    box.value = value;
    box.checked = checked;
    const text = document.createElement('span');
    text.textContent = value;
    const number = document.createElement('span');
    number.className = 'count';
    number.textContent = ` (${count})`;
    label.append(box, ' ', text, number);
    item.append(label);
    return item;
  }

  function writeUrl() {
    const params = new URLSearchParams();
    if (state.query) {
      params.set('q', state.query);
    }

    for (const [name, values] of state.filters) {
      for (const value of values) {
        params.append(name, value);
      }
    }

    const query = params.toString();
    history.replaceState(null, '', query ? `?${query}` : location.pathname);
  }

  if (state.query || state.filters.size > 0) {
    run();
  }
}

function readUrl() {
  const params = new URLSearchParams(location.search);
  const filters = new Map();
  for (const name of fieldsets.keys()) {
    const values = params.getAll(name).filter(v => v.length > 0);
    if (values.length > 0) {
      filters.set(name, new Set(values));
    }
  }

  return { query: (params.get('q') ?? '').trim(), filters };
}

// One result as the article lists show an article: headline, date and source, then the excerpt with the
// query's words marked. The excerpt is Pagefind's escaped text with <mark> around matches; it is rebuilt as
// text nodes and <mark> elements, never assigned as HTML.
function resultItem(data) {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  item.append(link);
  const meta = [data.meta.date, data.meta.source].filter(Boolean).join(' · ');
  if (meta) {
    const span = document.createElement('span');
    span.className = 'item-meta';
    span.textContent = meta;
    item.append(span);
  }

  const excerpt = document.createElement('p');
  excerpt.className = 'excerpt';
  data.excerpt.split(/(<mark>.*?<\/mark>)/s).forEach(part => {
    const marked = part.startsWith('<mark>');
    const text = decode(marked ? part.slice(6, -7) : part);
    if (marked) {
      const mark = document.createElement('mark');
      mark.textContent = text;
      excerpt.append(mark);
    } else if (text) {
      excerpt.append(text);
    }
  });
  item.append(excerpt);
  return item;
}

function decode(escaped) {
  return new DOMParser().parseFromString(`<p>${escaped}</p>`, 'text/html').body.textContent ?? '';
}
