/**
 * The search page's behaviour, wired to its markup: searches as one types and on load from the
 * URL, one search at a time (while one runs only the latest request waits), keeps the search in
 * the URL (back and forward work), shows the results, their count and notes, suggestions and
 * the empty state, and moves focus to the results when a search is submitted. The parts: the
 * elements (page-parts.ts), the URL (page-url.ts), the search (search-flow.ts), the pages of
 * results (result-paging.ts), the texts (search-messages.ts, suggestions.ts).
 */
import { prepareQuery } from '../../lib/search/query';
import { sameSearch, type SearchState } from '../../lib/search/url-state';
import type { QueryWord } from '../../lib/search/match';
import { loadPagefind } from './pagefind-api';
import { attachArrowKeys, openedHref, rememberOpened, resultLinks } from './keyboard';
import { findParts, readPageData } from './page-parts';
import { PageUrl } from './page-url';
import { asksNothing, SearchFlow, type SearchOutcome } from './search-flow';
import { ResultPager } from './result-paging';
import { noteText, noticeText, statusText } from './search-messages';
import { showSuggestions } from './suggestions';

/** Starts the search page inside `root` (the element holding the form and the results). */
export function startSearchPage(root: HTMLElement): void {
  const dict = readPageData(root);
  const parts = findParts(root);
  const { form, input, selects, status, note, notice, suggest, list, more, empty } = parts;
  const url = new PageUrl(parts, dict.filters);
  const flow = new SearchFlow(dict);
  const pager = new ResultPager(list, more);

  let running = false;
  let pending: { state: SearchState; focus: boolean } | null = null;
  let shown: SearchState | null = null;
  /** The search shown, whose count a further page may make exact. */
  let current: { outcome: SearchOutcome; q: string } | null = null;

  /**
   * Tells tests and the benchmark that the results of `q` are in the page; the event's time is
   * taken at the next frame, when the browser paints them.
   */
  const announce = (q: string, n: number) => {
    root.dataset['renderedQuery'] = q;
    requestAnimationFrame(() => {
      root.dispatchEvent(
        new CustomEvent('search:rendered', { bubbles: true, detail: { q, n, at: performance.now() } }),
      );
    });
  };

  const run = async (state: SearchState, focusResults: boolean) => {
    const prepared = prepareQuery(state.q, dict);
    notice.textContent = noticeText(prepared, state.q, url.urlCut, url.dropped);
    notice.hidden = notice.textContent === '';
    suggest.hidden = true;
    if (asksNothing(state, prepared)) {
      current = null;
      pager.clear();
      status.textContent = state.q.trim() ? '请输入要搜索的词。' : '';
      note.hidden = true;
      empty.hidden = state.q.trim() === '';
      announce(state.q, 0);
      return;
    }
    const outcome = await flow.run(state, prepared);
    performance.mark('search:searched');
    const first = await pager.first(outcome.results);
    performance.mark('search:data-loaded');
    pager.render(outcome.results, first, outcome.highlight);
    const count = outcome.results.count();
    const { n } = count;
    status.textContent = statusText(outcome, count, state.q);
    current = { outcome, q: state.q };
    note.textContent = noteText(outcome, prepared, state.q, n, first.length);
    note.hidden = note.textContent === '';
    if (n === 0 && outcome.words.length > 0) {
      const missing = new Set<QueryWord>(outcome.words.filter((w) => !first.some((r) => !r.lacks.includes(w.shown))));
      showSuggestions(suggest, state, prepared, outcome.words, missing, dict.lexicon);
    }
    empty.hidden = n > 0;
    if (focusResults) resultLinks(list)[0]?.focus();
    announce(state.q, n);
  };

  /** Runs searches one at a time; while one runs, only the latest request waits. */
  const schedule = async (state: SearchState, focus = false) => {
    if (running) {
      pending = { state, focus: focus || (pending?.focus ?? false) };
      return;
    }
    running = true;
    try {
      await run(state, focus);
      shown = state;
    } catch (e) {
      status.textContent = '搜索暂时不可用，请稍后再试。';
      console.error(e);
    } finally {
      running = false;
    }
    const next = pending;
    pending = null;
    if (next && !(shown && sameSearch(next.state, shown) && !next.focus)) await schedule(next.state, next.focus);
  };

  const onChange = (focus = false) => {
    const state = url.readForm();
    url.forgetNotes();
    url.record(state);
    void schedule(state, focus);
  };

  /** Renders the next page; the count, estimated while results remain unchecked, is said again when it changed. */
  const showMore = async () => {
    await pager.more();
    if (!current) return;
    const text = statusText(current.outcome, current.outcome.results.count(), current.q);
    if (status.textContent !== text) status.textContent = text;
  };

  /** Back from a result: focus returns to the link that was followed, shown again if it was on a later page. */
  const restoreFocus = async () => {
    const href = openedHref();
    if (!href) return;
    const find = () => resultLinks(list).find((a) => a.getAttribute('href') === href);
    for (let i = 0; i < 30 && !find() && pager.hasMore; i++) await showMore();
    find()?.focus();
  };

  input.addEventListener('input', (e) => {
    // While an input method composes (pinyin), the box holds Latin letters, not the query yet.
    if (!(e instanceof InputEvent && e.isComposing)) onChange();
  });
  input.addEventListener('compositionend', () => {
    onChange();
  });
  for (const s of selects)
    s.addEventListener('change', () => {
      onChange();
    });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    url.newEntry();
    // Enter: the reader wants the results, so focus goes to the first one once it is shown.
    onChange(true);
  });
  more.addEventListener('click', () => {
    void showMore();
  });
  attachArrowKeys(input, list);
  rememberOpened(list);
  window.addEventListener('popstate', () => {
    const state = url.fromUrl();
    url.writeForm(state);
    void schedule(state);
  });
  window.addEventListener('pageshow', (e) => {
    // Restored from the back-forward cache: the page is as it was, focus goes back to the result.
    if (e.persisted) void restoreFocus();
  });

  const initial = url.fromUrl();
  url.writeForm(initial);
  url.newEntry();
  void schedule(initial).then(restoreFocus);
  // Fetch Pagefind while the reader starts typing, so the first keystroke finds it loaded.
  input.addEventListener('focus', () => void loadPagefind(import.meta.env.BASE_URL), { once: true });
}
