/**
 * The search page's behaviour: searches as one types and on load from the URL, keeps the
 * query and filters in the URL (back and forward work), renders results and the empty state.
 */
import { prepareQuery, type QueryDictionaryData } from '../../lib/search/query';
import { searchWithRelaxation } from '../../lib/search/relax';
import { phrasesOf, rerankByPhrases, type RankedText } from '../../lib/search/rerank';
import { highlightWords } from '../../lib/search/excerpt';
import { formatSearchState, parseSearchState, sameSearch, type SearchState } from '../../lib/search/url-state';
import { FILTER_KEYS } from '../../lib/search/filters';
import { loadPagefind, type PagefindData, type PagefindResult } from './pagefind-api';
import { renderResults } from './render-results';

/** Results rendered at once; more on request. */
const PAGE_SIZE = 10;
/** A pause in typing longer than this starts a new history entry rather than replacing it. */
const NEW_ENTRY_AFTER_MS = 1000;

/** Dictionary data embedded by the page at build time. */
interface PageData extends QueryDictionaryData {
  policyWords: Record<string, string[]>;
}

const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
/** The words of a term as the browser segments them. */
const segment = (term: string) => [...segmenter.segment(term)].filter((s) => s.isWordLike).map((s) => s.segment);

/** The texts of a result that re-ranking reads, from its metadata. */
const rankedText = (d: PagefindData): RankedText => ({
  title: d.meta['title'] ?? '',
  defines: d.meta['defines'] ?? '',
  recipients: d.meta['recipients'] ?? '',
  awards: d.meta['awards'] ?? '',
  body: d.meta['body'] ?? '',
});

/** Finds an element by its data attribute or stops: the markup and the script go together. */
function part<T extends Element>(root: Element, selector: string, type: abstract new () => T): T {
  const el = root.querySelector(selector);
  if (!(el instanceof type)) throw new Error(`search page: ${selector} missing`);
  return el;
}

/** Starts the search page inside `root` (the element holding the form and the results). */
export function startSearchPage(root: HTMLElement): void {
  const dict = JSON.parse(root.dataset['dict'] ?? '{}') as PageData;
  const form = part(root, '[data-search-form]', HTMLFormElement);
  const input = part(form, 'input[name="q"]', HTMLInputElement);
  const status = part(root, '[data-search-status]', HTMLElement);
  const note = part(root, '[data-search-note]', HTMLElement);
  const list = part(root, '[data-search-list]', HTMLElement);
  const more = part(root, '[data-search-more]', HTMLButtonElement);
  const empty = part(root, '[data-search-empty]', HTMLElement);
  const selects = [...form.querySelectorAll('select')];

  let running = false;
  let pending: SearchState | null = null;
  let shown: SearchState | null = null;
  let lastEntryAt = 0;
  let rest: { results: PagefindResult[]; words: string[] } = { results: [], words: [] };

  const readForm = (): SearchState =>
    parseSearchState(`?${new URLSearchParams([['q', input.value], ...selects.map((s) => [s.name, s.value] as [string, string])]).toString()}`);

  const filtersBox = part(form, '[data-search-filters]', HTMLDetailsElement);
  const writeForm = (state: SearchState) => {
    input.value = state.q;
    // Filters stay folded on a phone unless one is in use; on a wide screen they are open.
    if (state.sort || Object.keys(state.filters).length > 0 || matchMedia('(min-width: 48rem)').matches) filtersBox.open = true;
    for (const s of selects) s.value = s.name === 'sort' ? state.sort : (state.filters[s.name as (typeof FILTER_KEYS)[number]] ?? '');
  };

  /** Puts the state in the URL: a new entry after a pause, else replacing the current one. */
  const record = (state: SearchState) => {
    const url = `${location.pathname}${formatSearchState(state)}`;
    if (url === `${location.pathname}${location.search}`) return;
    if (Date.now() - lastEntryAt > NEW_ENTRY_AFTER_MS) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    lastEntryAt = Date.now();
  };

  /**
   * Tells tests and the benchmark that the results of `q` are in the page; the event's time is
   * taken at the next frame, when the browser paints them.
   */
  const announce = (q: string, n: number) => {
    root.dataset['renderedQuery'] = q;
    requestAnimationFrame(() => {
      root.dispatchEvent(new CustomEvent('search:rendered', { bubbles: true, detail: { q, n, at: performance.now() } }));
    });
  };

  const run = async (state: SearchState) => {
    const prepared = prepareQuery(state.q, dict);
    const hasFilter = Object.keys(state.filters).length > 0;
    if (prepared.terms.length === 0 && !hasFilter) {
      list.replaceChildren();
      status.textContent = state.q.trim() ? '请输入要搜索的词。' : '';
      note.hidden = true;
      empty.hidden = state.q.trim() === '';
      more.hidden = true;
      announce(state.q, 0);
      return;
    }
    const pf = await loadPagefind(import.meta.env.BASE_URL);
    performance.mark('search:pagefind-ready');
    const options = { filters: state.filters as Record<string, string>, ...(state.sort ? { sort: { award: 'desc' as const } } : {}) };
    const search = async (text: string | null) => (await pf.search(text, options))?.results ?? [];
    const outcome = prepared.terms.length === 0 ? { results: await search(null), relaxed: false } : await searchWithRelaxation(prepared.terms, search);
    performance.mark('search:searched');
    const words = highlightWords(prepared.shownTerms, segment, dict.policyWords);
    const loaded = await Promise.all(outcome.results.slice(0, PAGE_SIZE).map((r) => r.data()));
    const first = rerankByPhrases(loaded, rankedText, phrasesOf(prepared.shownTerms, dict.policyWords));
    performance.mark('search:data-loaded');
    renderResults(list, first, words);
    rest = { results: outcome.results.slice(PAGE_SIZE), words };
    more.hidden = rest.results.length === 0;
    const n = outcome.results.length;
    status.textContent = n === 0 ? `没有找到与“${state.q}”相关的条款。` : `找到 ${String(n)} 条结果。`;
    const rewritten = prepared.shown !== state.q.trim() && prepared.shown.length > 0;
    note.hidden = !(outcome.relaxed || rewritten);
    note.textContent = [
      rewritten ? `已按“${prepared.shown}”搜索。` : '',
      outcome.relaxed ? '没有同时包含所有词的条款，下列结果只包含其中部分词。' : '',
    ].join('');
    empty.hidden = n > 0;
    announce(state.q, n);
  };

  /** Runs searches one at a time; while one runs, only the latest request waits. */
  const schedule = async (state: SearchState) => {
    if (running) {
      pending = state;
      return;
    }
    running = true;
    try {
      await run(state);
      shown = state;
    } catch (e) {
      status.textContent = '搜索暂时不可用，请稍后再试。';
      console.error(e);
    } finally {
      running = false;
    }
    const next = pending;
    pending = null;
    if (next && !(shown && sameSearch(next, shown))) await schedule(next);
  };

  const onChange = () => {
    const state = readForm();
    record(state);
    void schedule(state);
  };

  input.addEventListener('input', (e) => {
    // While an input method composes (pinyin), the box holds Latin letters, not the query yet.
    if (!(e instanceof InputEvent && e.isComposing)) onChange();
  });
  input.addEventListener('compositionend', () => { onChange(); });
  for (const s of selects) s.addEventListener('change', () => { onChange(); });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    lastEntryAt = 0;
    onChange();
  });
  more.addEventListener('click', () => {
    void (async () => {
      const next = rest.results.slice(0, PAGE_SIZE);
      renderResults(list, await Promise.all(next.map((r) => r.data())), rest.words, true);
      rest = { ...rest, results: rest.results.slice(PAGE_SIZE) };
      more.hidden = rest.results.length === 0;
    })();
  });
  window.addEventListener('popstate', () => {
    const state = parseSearchState(location.search);
    writeForm(state);
    void schedule(state);
  });

  const initial = parseSearchState(location.search);
  writeForm(initial);
  lastEntryAt = 0;
  void schedule(initial);
  // Fetch Pagefind while the reader starts typing, so the first keystroke finds it loaded.
  input.addEventListener('focus', () => void loadPagefind(import.meta.env.BASE_URL), { once: true });
}
