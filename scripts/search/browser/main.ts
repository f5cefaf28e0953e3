import { MANIFEST_PATH, type SearchManifest } from '../manifest.ts';
import { openArchive } from './open-archive.ts';
import { createEngine, FIRST_EXACT, type EngineResponse, type Filters, type Order, type SearchEngine } from './engine.ts';
import { romanLookup } from './roman-lookup.ts';
import { typoLookup } from './typo-lookup.ts';
import { correctionHtml, readingNote, resultHtml, searchUrl, statusText, TEXT } from './ui.ts';

/**
 * Results shown at once; "और नतीजे" shows the next ones. Each shown result downloads its page
 * data (about 2.5 KB: Pagefind keeps the whole text there, for the excerpt), so five, like
 * Pagefind's own UI, keeps a query's download small.
 */
const PAGE_SIZE = 5;
const FILTERS = ['category', 'district', 'author'] as const;

// The script sits at <site>/pagefind/search.js, so the site root is one folder up.
const siteBase = new URL('../', import.meta.url).href;
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T | null;
const form = $<HTMLFormElement>('khoj-form');
const input = $<HTMLInputElement>('khoj-q');
const status = $<HTMLElement>('khoj-status');
const note = $<HTMLElement>('khoj-note');
const list = $<HTMLOListElement>('khoj-results');
const more = $<HTMLButtonElement>('khoj-more');
/** The correction line ("डेंगू के नतीजे दिखाए जा रहे हैं · डेंगु खोजें"), made here so the page's markup stays the layout's. */
const correction = document.createElement('p');
correction.id = 'khoj-correction';
correction.className = 'khoj-correction';
correction.hidden = true;
// Read out after the status line, so a screen reader hears that the words were corrected.
correction.setAttribute('aria-live', 'polite');
list?.before(correction);
/** Search what was typed, without corrections (the correction line's link, or `exact=1` in the URL). */
let exact = false;

let engine: Promise<SearchEngine> | undefined;
/** Opens the index on first use (focus or search), not on page load: readers who never search download nothing. */
function getEngine(): Promise<SearchEngine> {
  engine ??= (async () => {
    const loadJson = async (path: string) => (await fetch(new URL(path, siteBase))).json();
    const manifest = (await loadJson(MANIFEST_PATH)) as SearchManifest;
    return createEngine(
      await openArchive(manifest, siteBase),
      romanLookup(manifest.roman, loadJson),
      manifest.typos && typoLookup(manifest.typos, loadJson),
    );
  })();
  engine.catch(() => (engine = undefined));
  return engine;
}

const select = (name: string) => form?.elements.namedItem(name);
const selects = () => [...FILTERS, 'sort'].map(select).filter((e): e is HTMLSelectElement => e instanceof HTMLSelectElement);
const currentFilters = (): Filters =>
  Object.fromEntries(FILTERS.map((name) => [name, (select(name) as HTMLSelectElement | null)?.value ?? '']));
const currentOrder = (): Order => ((select('sort') as HTMLSelectElement | null)?.value === 'new' ? 'newest' : 'relevance');

let current: EngineResponse | undefined;
let shown = 0;
let run = 0;

async function showMore(focusFirst: boolean): Promise<void> {
  if (!current || !list || !more) return;
  const e = await getEngine();
  // Past the results ranked exactly so far, the engine first loads the positions that ranking takes.
  if (current.exact < shown + PAGE_SIZE) {
    const asked = current;
    const next = await asked.rerank(shown + FIRST_EXACT);
    if (current !== asked) return;
    current = next;
  }
  const batch = current.results.slice(shown, shown + PAGE_SIZE);
  const views = await Promise.all(batch.map((r) => e.view(r)));
  const start = list.children.length;
  list.insertAdjacentHTML('beforeend', views.map(resultHtml).join(''));
  shown += batch.length;
  more.hidden = shown >= current.results.length;
  if (focusFirst) list.children[start]?.querySelector('a')?.focus();
}

async function search(push: boolean): Promise<void> {
  if (!input || !status || !list || !more) return;
  const query = input.value;
  const filters = currentFilters();
  const filtered = Object.values(filters).some(Boolean);
  const order = currentOrder();
  const params = { ...filters, sort: order === 'newest' ? 'new' : '' };
  const url = searchUrl(location.pathname, query, { ...params, exact: exact ? '1' : '' });
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
  list.innerHTML = '';
  more.hidden = true;
  if (note) note.textContent = '';
  correction.hidden = true;
  correction.innerHTML = '';
  if (query.trim() === '' && !filtered) {
    status.textContent = TEXT.empty;
    return;
  }
  const mine = ++run;
  status.textContent = TEXT.loading;
  try {
    const response = await (await getEngine()).search(query, filters, order, exact);
    if (mine !== run) return;
    current = response;
    shown = 0;
    await showMore(false);
    if (mine !== run) return;
    status.textContent = statusText(query, response.results.length, filtered);
    if (note) note.textContent = readingNote(response.concepts);
    correction.innerHTML = correctionHtml(query, response.corrections, searchUrl(location.pathname, query, { ...params, exact: '1' }));
    correction.hidden = response.corrections.length === 0;
  } catch {
    if (mine === run) status.textContent = typeof DecompressionStream === 'undefined' ? TEXT.unsupported : TEXT.failed;
  }
}

function fromUrl(): void {
  const params = new URLSearchParams(location.search);
  if (input) input.value = params.get('q') ?? '';
  exact = params.get('exact') === '1';
  for (const s of selects()) s.value = params.get(s.name) ?? '';
  if (input?.value.trim() || FILTERS.some((f) => params.get(f))) void search(false);
}

if (form && input) {
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    exact = false;
    void search(true);
  });
  correction.addEventListener('click', (ev) => {
    if (!(ev.target instanceof Element) || !ev.target.closest('a[data-exact]')) return;
    ev.preventDefault();
    exact = true;
    void search(true);
    input.focus();
  });
  for (const s of selects()) s.addEventListener('change', () => void search(true));
  input.addEventListener('focus', () => void getEngine().catch(() => undefined), { once: true });
  more?.addEventListener('click', () => void showMore(true));
  if (more) more.textContent = TEXT.more;
  window.addEventListener('popstate', fromUrl);
  fromUrl();
}
