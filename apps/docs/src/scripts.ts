/**
 * The site's two small scripts, served from `assets/`; no third-party code.
 */

/**
 * The search page's script, served as `assets/search.js`: loads the Pagefind bundle from `pagefind/` next to the
 * site root (found from this script's own URL, so the site works under any base path), runs the query from `?q=`
 * and then as the user types, and lists the results. Excerpts are rebuilt as text and `<mark>` nodes only; no
 * HTML from the index is inserted as markup.
 */
export const SEARCH_JS = `const base = new URL('../', import.meta.url);
const form = document.querySelector('main form[role="search"]');
const input = document.getElementById('search-page-q');
const status = document.getElementById('search-status');
const list = document.getElementById('search-results');
const MAX_RESULTS = 30;
let pagefind;
let latest = 0;
let timer;

async function load() {
  if (!pagefind) {
    pagefind = await import(new URL('pagefind/pagefind.js', base).href);
    await pagefind.options({ baseUrl: base.pathname });
  }
  return pagefind;
}

function excerpt(html) {
  const doc = new DOMParser().parseFromString('<p>' + html + '</p>', 'text/html');
  const p = document.createElement('p');
  for (const node of doc.body.firstChild.childNodes) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      p.append(mark);
    } else {
      p.append(node.textContent);
    }
  }
  return p;
}

async function run(raw) {
  const query = raw.trim();
  const id = ++latest;
  const url = new URL(location.href);
  if (query) url.searchParams.set('q', query); else url.searchParams.delete('q');
  history.replaceState(null, '', url);
  if (!query) {
    list.replaceChildren();
    status.textContent = 'Type a word to search terms, aliases and definitions.';
    return;
  }
  status.textContent = 'Searching…';
  try {
    const pf = await load();
    const search = await pf.search(query);
    const data = await Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data()));
    if (id !== latest) return;
    list.replaceChildren(...data.map((d) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = d.url;
      a.className = 'result-title';
      a.textContent = d.meta.title || d.url;
      li.append(a, excerpt(d.excerpt));
      return li;
    }));
    const n = search.results.length;
    status.textContent = n === 0 ? 'No terms match “' + query + '”.'
      : (n === 1 ? '1 term matches' : n + ' terms match') + ' “' + query + '”' + (n > MAX_RESULTS ? '; showing the first ' + MAX_RESULTS + '.' : '.');
  } catch (error) {
    if (id !== latest) return;
    status.textContent = 'Search could not load (' + error.message + '). Use the A–Z index instead.';
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(timer);
  run(input.value);
});
input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(() => run(input.value), 150);
});
const initial = new URLSearchParams(location.search).get('q') || '';
if (initial) {
  input.value = initial;
  run(initial);
}
`;

/**
 * The term pages' script, served as `assets/site.js`: on a screen narrower than a picture, the picture keeps its
 * natural size (so labels stay readable) in a horizontal scroller; this centres each scroller on the picture's
 * middle, where the term itself is. Without it the pictures still work, scrolled to their left edge.
 */
export const SITE_JS = `for (const el of document.querySelectorAll('.figure-scroll')) {
  if (el.scrollWidth > el.clientWidth) el.scrollLeft = (el.scrollWidth - el.clientWidth) / 2;
}
`;
