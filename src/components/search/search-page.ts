/**
 * The search page's behaviour: searches as one types and on load from the URL, keeps the
 * query and filters in the URL (back and forward work), renders results, partial matches,
 * suggestions and the empty state, and moves focus to the results when a search is submitted.
 */
import { prepareQuery, type PreparedQuery, type QueryDictionaryData } from '../../lib/search/query';
import { phrasesOf, rerankByPhrases, type RankedText } from '../../lib/search/rerank';
import { indexedText, queryWords, type QueryWord } from '../../lib/search/match';
import { findMatches } from '../../lib/search/find';
import { suggestWords, type LexiconEntry } from '../../lib/search/suggest';
import { cleanWords } from '../../lib/search/highlight';
import { capQuery, MAX_QUERY_CHARS } from '../../lib/search/limits';
import {
  dropUnknownFilters,
  formatSearchState,
  parseSearchState,
  sameSearch,
  type SearchState,
  type UnknownFilter,
} from '../../lib/search/url-state';
import type { FilterKey } from '../../lib/search/filters';
import { loadPagefind, type PagefindData, type PagefindResult } from './pagefind-api';
import { renderResults, type ShownResult } from './render-results';
import { attachArrowKeys, openedHref, rememberOpened, resultLinks } from './keyboard';

/** Results rendered at once; more on request. */
const PAGE_SIZE = 10;
/** A pause in typing longer than this starts a new history entry rather than replacing it. */
const NEW_ENTRY_AFTER_MS = 1000;
/** Suggestions offered at most (是否要找：…). */
const MAX_SUGGESTIONS = 4;

/** Dictionary data embedded by the page at build time. */
interface PageData extends QueryDictionaryData {
  policyWords: Record<string, string[]>;
  lexicon: LexiconEntry[];
  /** The values each filter can take, to tell an unknown value in a URL. */
  filters: Partial<Record<FilterKey, string[]>>;
}

/** The names of the filters as the form labels them, for notes. */
const FILTER_LABELS: Record<FilterKey, string> = {
  industry: '产业',
  type: '支持方式',
  level: '级别',
  part: '部分或章',
  policy: '政策',
  kind: '文件类别',
  status: '时效',
};

const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
/** The words of a text as the browser segments them. */
const segment = (text: string) => [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);

/** The texts of a result that re-ranking reads, from its metadata. */
const rankedText = (d: PagefindData): RankedText => ({
  title: d.meta['title'] ?? '',
  defines: d.meta['defines'] ?? '',
  recipients: d.meta['recipients'] ?? '',
  awards: d.meta['awards'] ?? '',
  body: d.meta['body'] ?? '',
});

/**
 * The text Pagefind indexed for a result (its fragment's `content`: heading, text, award lines,
 * citations and synonyms), read defensively since the API type does not declare it.
 */
function contentOf(d: PagefindData): string {
  const content: unknown = (d as unknown as Record<string, unknown>)['content'];
  return typeof content === 'string' ? content : [d.meta['title'], d.meta['body'], d.meta['awards']].join(' ');
}

/** The words to highlight for query words: each word's terms and the policy words a user word stands for (补贴 → 资助). */
function highlightFor(words: readonly QueryWord[], policyWords: Readonly<Record<string, readonly string[]>>): string[] {
  return cleanWords(words.flatMap((w) => [...w.highlight, ...(policyWords[w.shown] ?? [])]));
}

/** Finds an element by its data attribute or stops: the markup and the script go together. */
function part<T extends Element>(root: Element, selector: string, type: abstract new () => T): T {
  const el = root.querySelector(selector);
  if (!(el instanceof type)) throw new Error(`search page: ${selector} missing`);
  return el;
}

/** Starts the search page inside `root` (the element holding the form and the results). */
export function startSearchPage(root: HTMLElement): void {
  const dict = JSON.parse(root.dataset['dict'] ?? '{}') as PageData;
  const lexicon = new Set(dict.lexicon.map(([w]) => w));
  const form = part(root, '[data-search-form]', HTMLFormElement);
  const input = part(form, 'input[name="q"]', HTMLInputElement);
  const status = part(root, '[data-search-status]', HTMLElement);
  const note = part(root, '[data-search-note]', HTMLElement);
  const notice = part(root, '[data-search-notice]', HTMLElement);
  const suggest = part(root, '[data-search-suggest]', HTMLElement);
  const list = part(root, '[data-search-list]', HTMLElement);
  const more = part(root, '[data-search-more]', HTMLButtonElement);
  const empty = part(root, '[data-search-empty]', HTMLElement);
  const selects = [...form.querySelectorAll('select')];

  let running = false;
  let pending: { state: SearchState; focus: boolean } | null = null;
  let shown: SearchState | null = null;
  let lastEntryAt = 0;
  /** Results not rendered yet: loaded ones, or Pagefind's (a filter without a query, loaded on request). */
  let rest: { loaded: ShownResult[]; unloaded: PagefindResult[]; words: string[] } = {
    loaded: [],
    unloaded: [],
    words: [],
  };
  /** Filters of the URL that no record carries, dropped, said once. */
  let dropped: UnknownFilter[] = [];
  /** Whether the URL's query was longer than MAX_QUERY_CHARS (parseSearchState cut it). */
  let urlCut = false;
  /** A result's data, loaded once per page: the same pages come back query after query. */
  const cache = new Map<string, Promise<PagefindData>>();
  const load = (r: PagefindResult) => {
    let d = cache.get(r.id);
    if (!d) {
      d = r.data();
      cache.set(r.id, d);
    }
    return d;
  };

  const readForm = (): SearchState =>
    parseSearchState(
      `?${new URLSearchParams([['q', input.value], ...selects.map((s) => [s.name, s.value] as [string, string])]).toString()}`,
    );

  const filtersBox = part(form, '[data-search-filters]', HTMLDetailsElement);
  const writeForm = (state: SearchState) => {
    input.value = state.q;
    // Filters stay folded on a phone unless one is in use; on a wide screen they are open.
    if (state.sort || Object.keys(state.filters).length > 0 || matchMedia('(min-width: 48rem)').matches)
      filtersBox.open = true;
    for (const s of selects) s.value = s.name === 'sort' ? state.sort : (state.filters[s.name as FilterKey] ?? '');
  };

  /** Puts the state in the URL: a new entry after a pause, else replacing the current one. */
  const record = (state: SearchState) => {
    const url = `${location.pathname}${formatSearchState(state)}`;
    if (url === `${location.pathname}${location.search}`) return;
    if (Date.now() - lastEntryAt > NEW_ENTRY_AFTER_MS) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    lastEntryAt = Date.now();
  };

  /** Reads the URL's state, dropping filter values no record carries (and the URL's copy of them). */
  const fromUrl = (): SearchState => {
    const cleaned = dropUnknownFilters(parseSearchState(location.search), dict.filters);
    dropped = cleaned.unknown;
    urlCut = capQuery(new URLSearchParams(location.search).get('q') ?? '').cut;
    if (dropped.length > 0 || urlCut)
      history.replaceState(history.state, '', `${location.pathname}${formatSearchState(cleaned.state)}`);
    return cleaned.state;
  };

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

  /** Notes that concern the request rather than its results: a query cut, a filter dropped. */
  const showNotices = (prepared: PreparedQuery | null, typed: string) => {
    const lines = [
      prepared?.cut || urlCut || Array.from(typed).length > MAX_QUERY_CHARS
        ? `查询超过 ${String(MAX_QUERY_CHARS)} 个字，只按前 ${String(MAX_QUERY_CHARS)} 个字搜索。`
        : '',
      dropped.length > 0
        ? `已忽略不存在的筛选条件：${dropped.map((d) => `${FILTER_LABELS[d.key]}“${d.value}”`).join('、')}。`
        : '',
    ].filter((l) => l.length > 0);
    notice.textContent = lines.join('');
    notice.hidden = lines.length === 0;
  };

  /**
   * “是否要找：…”: for each word found nowhere, the lexicon words nearest to it, or to it with
   * the word beside it (绿色公厂 reads as 绿色 + 公厂), each a link to the query with it instead.
   */
  const showSuggestions = (
    state: SearchState,
    prepared: PreparedQuery,
    words: readonly QueryWord[],
    missing: ReadonlySet<QueryWord>,
  ) => {
    suggest.replaceChildren();
    const offers: { word: string; q: string }[] = [];
    const raw = prepared.raw.trim();
    const tried = new Set<string>();
    words.forEach((w, i) => {
      if (!missing.has(w)) return;
      const before = words[i - 1]?.shown ?? '';
      const after = words[i + 1]?.shown ?? '';
      const spans = [w.shown, before + w.shown, w.shown + after, before + w.shown + after].filter(
        (t) => t !== '' && prepared.shown.includes(t),
      );
      for (const span of spans) tried.add(span);
    });
    // Pinyin typed with spaces (lv se gong chang) is one word split in several.
    if (/^[a-zA-Z\s]+$/.test(raw)) tried.add(raw);
    for (const span of tried) {
      for (const s of suggestWords(span, dict.lexicon)) {
        // The query with the span replaced, when the query holds it; else the word alone.
        const q = span !== raw && prepared.shown.includes(span) ? prepared.shown.replace(span, s) : s;
        if (!offers.some((o) => o.q === q)) offers.push({ word: s, q });
      }
    }
    suggest.hidden = offers.length === 0;
    if (offers.length === 0) return;
    suggest.append('是否要找：');
    offers.slice(0, MAX_SUGGESTIONS).forEach((o, i) => {
      if (i > 0) suggest.append('、');
      const a = document.createElement('a');
      a.href = `${location.pathname}${formatSearchState({ ...state, q: o.q })}`;
      a.textContent = o.word;
      suggest.append(a);
    });
  };

  const showMore = () => {
    more.hidden = rest.loaded.length === 0 && rest.unloaded.length === 0;
  };

  const run = async (state: SearchState, focusResults: boolean) => {
    const prepared = prepareQuery(state.q, dict);
    showNotices(prepared, state.q);
    suggest.hidden = true;
    const hasFilter = Object.keys(state.filters).length > 0;
    const awardList = state.sort === 'award' && prepared.terms.length === 0;
    if (prepared.terms.length === 0 && !hasFilter && !awardList) {
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
    const options = {
      filters: state.filters as Record<string, string>,
      ...(state.sort ? { sort: { award: 'desc' as const } } : {}),
    };
    const search = async (text: string | null) => (await pf.search(text, options))?.results ?? [];
    let results: ShownResult[] = [];
    let partial = false;
    let words: QueryWord[] = [];
    let unloaded: PagefindResult[] = [];
    if (prepared.terms.length === 0) {
      const all = await search(null);
      if (awardList) {
        // Sorted by award without a query: the provisions that grant a sum, largest first.
        const data = await Promise.all(all.map(load));
        results = data.filter((d) => (d.meta['badges'] ?? '').length > 0).map((d) => ({ data: d, lacks: [] }));
      } else {
        unloaded = all;
      }
    } else {
      words = queryWords(prepared.units, lexicon, segment);
      const outcome = await findMatches({
        text: prepared.text,
        words,
        search,
        load,
        textOf: (d: PagefindData) => indexedText(contentOf(d)),
        order: state.sort ? async () => (await search(null)).map((r) => r.id) : null,
      });
      partial = outcome.full.length === 0;
      const found = partial ? outcome.partial : outcome.full;
      results = found.map((f) => ({ data: f.data, lacks: f.lacks.map((w) => w.shown) }));
      if (!state.sort && !partial) {
        // Re-ranking by where the words stand refines relevance only; a chosen sort holds.
        const first = rerankByPhrases(
          results.slice(0, PAGE_SIZE),
          (r) => rankedText(r.data),
          phrasesOf(prepared.shownTerms, dict.policyWords),
        );
        results = [...first, ...results.slice(PAGE_SIZE)];
        // A question about money (能拿多少钱) is answered by the provisions that grant awards.
        if (prepared.wantsMoney)
          results = [...results.filter((r) => r.data.meta['awards']), ...results.filter((r) => !r.data.meta['awards'])];
      }
    }
    performance.mark('search:searched');
    if (unloaded.length > 0)
      results = (await Promise.all(unloaded.slice(0, PAGE_SIZE).map(load))).map((d) => ({ data: d, lacks: [] }));
    performance.mark('search:data-loaded');
    const highlight = highlightFor(words, dict.policyWords);
    renderResults(list, results.slice(0, PAGE_SIZE), highlight);
    rest = { loaded: results.slice(PAGE_SIZE), unloaded: unloaded.slice(PAGE_SIZE), words: highlight };
    showMore();
    const n = partial ? 0 : unloaded.length > 0 ? unloaded.length : results.length;
    const quoted = words.map((w) => `“${w.shown}”`).join('');
    status.textContent =
      n > 0
        ? `找到 ${String(n)} 条结果。`
        : awardList
          ? '没有找到载明金额的奖励。'
          : `没有找到同时包含${quoted || `“${state.q}”`}的条款。`;
    const rewritten = prepared.shown !== state.q.trim() && prepared.shown.length > 0;
    note.hidden = !(rewritten || (partial && results.length > 0) || awardList);
    note.textContent = [
      rewritten ? `已按“${prepared.shown}”搜索。` : '',
      partial && results.length > 0 ? `下列 ${String(results.length)} 条结果只包含部分词，每条注明了不含的词。` : '',
      awardList && n > 0 ? '未输入关键词：列出载明金额的全部奖励，按最高金额从高到低。' : '',
    ].join('');
    if (n === 0 && words.length > 0) {
      const missing = new Set(words.filter((w) => !results.some((r) => !r.lacks.includes(w.shown))));
      showSuggestions(state, prepared, words, missing);
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
    const state = readForm();
    dropped = [];
    urlCut = false;
    record(state);
    void schedule(state, focus);
  };

  /** Renders the next page of results (loading those not loaded yet). */
  const renderMore = async () => {
    const next = rest.loaded.slice(0, PAGE_SIZE);
    const fromPagefind = rest.unloaded.slice(0, PAGE_SIZE - next.length);
    const loaded = (await Promise.all(fromPagefind.map(load))).map((d) => ({ data: d, lacks: [] }));
    renderResults(list, [...next, ...loaded], rest.words, true);
    rest = { ...rest, loaded: rest.loaded.slice(next.length), unloaded: rest.unloaded.slice(fromPagefind.length) };
    showMore();
  };

  /** Back from a result: focus returns to the link that was followed, shown again if it was on a later page. */
  const restoreFocus = async () => {
    const href = openedHref();
    if (!href) return;
    const find = () => resultLinks(list).find((a) => a.getAttribute('href') === href);
    for (let i = 0; i < 30 && !find() && !more.hidden; i++) await renderMore();
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
    lastEntryAt = 0;
    // Enter: the reader wants the results, so focus goes to the first one once it is shown.
    onChange(true);
  });
  more.addEventListener('click', () => {
    void renderMore();
  });
  attachArrowKeys(input, list);
  rememberOpened(list);
  window.addEventListener('popstate', () => {
    const state = fromUrl();
    writeForm(state);
    void schedule(state);
  });
  window.addEventListener('pageshow', (e) => {
    // Restored from the back-forward cache: the page is as it was, focus goes back to the result.
    if (e.persisted) void restoreFocus();
  });

  const initial = fromUrl();
  writeForm(initial);
  lastEntryAt = 0;
  void schedule(initial).then(restoreFocus);
  // Fetch Pagefind while the reader starts typing, so the first keystroke finds it loaded.
  input.addEventListener('focus', () => void loadPagefind(import.meta.env.BASE_URL), { once: true });
}
