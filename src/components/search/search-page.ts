/**
 * The search page's behaviour, wired to its markup: searches as one types and on load from the
 * URL, one search at a time (while one runs only the latest request waits), keeps the search in
 * the URL (back and forward work), shows the results, their count and notes, suggestions and
 * the empty state, and moves focus to the results when a search is submitted. The parts: the
 * elements (page-parts.ts), the URL (page-url.ts), the search (search-flow.ts), the pages of
 * results (result-paging.ts), the texts (search-messages.ts, suggestions.ts).
 */
import { prepareQuery } from '../../lib/search/query';
import { parseSearchState, sameSearch, type SearchState } from '../../lib/search/url-state';
import type { QueryWord } from '../../lib/search/match';
import { loadPagefind } from './pagefind-api';
import { attachArrowKeys, openedHref, rememberOpened, resultLinks } from './keyboard';
import { findParts, readPageData } from './page-parts';
import { PageUrl } from './page-url';
import { PartFilter } from './part-filter';
import { takeResultsFocusRequest } from './focus-request';
import { asksNothing, SearchFlow, type SearchOutcome } from './search-flow';
import { ResultPager } from './result-paging';
import { noteText, noticeText, statusText } from './search-messages';
import { showClosest, showSuggestions } from './suggestions';

/** The search page's state and its steps; each method one job (see the file's comment). */
class SearchPage {
  private readonly dict: ReturnType<typeof readPageData>;
  private readonly parts: ReturnType<typeof findParts>;
  private readonly url: PageUrl;
  private readonly flow: SearchFlow;
  private readonly pager: ResultPager;
  /** The 部分或章 filter, offered once a policy is chosen; null when the page has none. */
  private readonly partFilter: PartFilter | null;
  private running = false;
  private pending: { state: SearchState; focus: boolean } | null = null;
  private shown: SearchState | null = null;
  /** The search shown, whose count a further page may make exact. */
  private current: { outcome: SearchOutcome; q: string } | null = null;

  constructor(private readonly root: HTMLElement) {
    this.dict = readPageData(root);
    this.parts = findParts(root);
    this.url = new PageUrl(this.parts, this.dict.filters);
    const partSelect = this.parts.selects.find((s) => s.name === 'part');
    this.partFilter = partSelect ? new PartFilter(partSelect, this.dict.filters) : null;
    this.flow = new SearchFlow(this.dict);
    this.pager = new ResultPager(this.parts.list, this.parts.more);
  }

  /**
   * Tells tests and the benchmark that the results of `q` are in the page; the event's time is
   * taken at the next frame, when the browser paints them.
   */
  private announce(q: string, n: number): void {
    this.root.dataset['renderedQuery'] = q;
    requestAnimationFrame(() => {
      this.root.dispatchEvent(
        new CustomEvent('search:rendered', { bubbles: true, detail: { q, n, at: performance.now() } }),
      );
    });
  }

  /** Clears the results for a query that asks nothing (empty, or only words that are dropped). */
  private showNothing(q: string): void {
    const { status, note, empty } = this.parts;
    this.current = null;
    this.pager.clear();
    status.textContent = q.trim() ? '请输入要搜索的词。' : '';
    note.hidden = true;
    empty.hidden = q.trim() === '';
    this.announce(q, 0);
  }

  /** Runs one search and shows its results, count, notes and suggestions. */
  private async run(state: SearchState, focusResults: boolean): Promise<void> {
    const { notice, suggest, status, note, empty, list } = this.parts;
    const prepared = prepareQuery(state.q, this.dict);
    notice.textContent = noticeText(prepared, state.q, this.url.urlCut, this.url.dropped);
    notice.hidden = notice.textContent === '';
    suggest.hidden = true;
    if (asksNothing(state, prepared)) {
      this.showNothing(state.q);
      return;
    }
    const outcome = await this.flow.run(state, prepared);
    performance.mark('search:searched');
    const first = await this.pager.first(outcome.results);
    performance.mark('search:data-loaded');
    this.pager.render(outcome.results, first, outcome.highlight);
    const count = outcome.results.count();
    const { n } = count;
    status.textContent = statusText(outcome, count, state.q);
    this.current = { outcome, q: state.q };
    note.textContent = noteText(outcome, prepared, state.q, n, first.length);
    note.hidden = note.textContent === '';
    if (n === 0 && outcome.words.length > 0) {
      const missing = new Set<QueryWord>(outcome.words.filter((w) => !first.some((r) => !r.lacks.includes(w.shown))));
      showSuggestions(suggest, state, prepared, outcome.words, missing, this.dict.lexicon);
      const policySelect = this.parts.selects.find((s) => s.name === 'policy');
      showClosest(this.parts.closest, outcome.words, missing, policySelect);
    } else this.parts.closest.hidden = true;
    empty.hidden = n > 0;
    if (focusResults) resultLinks(list)[0]?.focus();
    this.announce(state.q, n);
  }

  /** Runs searches one at a time; while one runs, only the latest request waits. */
  async schedule(state: SearchState, focus = false): Promise<void> {
    if (this.running) {
      this.pending = { state, focus: focus || (this.pending?.focus ?? false) };
      return;
    }
    this.running = true;
    try {
      await this.run(state, focus);
      this.shown = state;
    } catch (e) {
      this.parts.status.textContent = '搜索暂时不可用，请稍后再试。';
      console.error(e);
    } finally {
      this.running = false;
    }
    const next = this.pending;
    this.pending = null;
    if (next && !(this.shown && sameSearch(next.state, this.shown) && !next.focus))
      await this.schedule(next.state, next.focus);
  }

  /** The form changed: record the search in the URL and run it. */
  onChange(focus = false): void {
    const state = this.url.readForm();
    this.url.forgetNotes();
    this.url.record(state);
    void this.schedule(state, focus);
  }

  /** Renders the next page; the count, estimated while results remain unchecked, is said again when it changed. */
  async showMore(): Promise<void> {
    await this.pager.more();
    if (!this.current) return;
    const text = statusText(this.current.outcome, this.current.outcome.results.count(), this.current.q);
    if (this.parts.status.textContent !== text) this.parts.status.textContent = text;
  }

  /** Back from a result: focus returns to the link that was followed, shown again if it was on a later page. */
  async restoreFocus(): Promise<void> {
    const href = openedHref();
    if (!href) return;
    const find = () => resultLinks(this.parts.list).find((a) => a.getAttribute('href') === href);
    for (let i = 0; i < 30 && !find() && this.pager.hasMore; i++) await this.showMore();
    find()?.focus();
  }

  /** Listens to the form, the more button, the keyboard and the history. */
  listen(): void {
    const { form, input, selects, more, list } = this.parts;
    input.addEventListener('input', (e) => {
      // While an input method composes (pinyin), the box holds Latin letters, not the query yet.
      if (!(e instanceof InputEvent && e.isComposing)) this.onChange();
    });
    input.addEventListener('compositionend', () => {
      this.onChange();
    });
    for (const s of selects)
      s.addEventListener('change', () => {
        // Another policy has other parts: they are offered before the search runs.
        if (s.name === 'policy' && this.partFilter)
          void this.partFilter.show(s.value).then(() => {
            this.onChange();
          });
        else this.onChange();
      });
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.url.newEntry();
      // Enter: the reader wants the results, so focus goes to the first one once it is shown.
      this.onChange(true);
    });
    more.addEventListener('click', () => {
      void this.showMore();
    });
    attachArrowKeys(input, list);
    rememberOpened(list);
    window.addEventListener('popstate', () => {
      void this.offerParts().then(() => {
        const state = this.url.fromUrl();
        this.url.writeForm(state);
        void this.schedule(state);
      });
    });
    window.addEventListener('pageshow', (e) => {
      // Restored from the back-forward cache: the page is as it was, focus goes back to the result.
      if (e.persisted) void this.restoreFocus();
    });
    // Fetch Pagefind while the reader starts typing, so the first keystroke finds it loaded.
    input.addEventListener('focus', () => void loadPagefind(import.meta.env.BASE_URL), { once: true });
  }

  /** Offers the parts of the policy the URL names, so that its part filter can be read from it. */
  private async offerParts(): Promise<void> {
    await this.partFilter?.show(parseSearchState(location.search).filters.policy ?? '');
  }

  /** Runs the search the URL holds, as the page loads. */
  async start(): Promise<void> {
    await this.offerParts();
    const initial = this.url.fromUrl();
    this.url.writeForm(initial);
    this.url.newEntry();
    // Sent here by Enter in the header box: focus goes to the first result; back from a result: to that result.
    const focus = takeResultsFocusRequest() && initial.q.trim() !== '';
    void this.schedule(initial, focus).then(() => this.restoreFocus());
  }
}

/** Starts the search page inside `root` (the element holding the form and the results). */
export function startSearchPage(root: HTMLElement): void {
  const page = new SearchPage(root);
  page.listen();
  void page.start();
}
