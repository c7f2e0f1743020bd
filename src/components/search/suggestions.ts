/**
 * “是否要找：…”: for each query word found nowhere, the lexicon words nearest to it, or to it
 * with the word beside it (绿色公厂 reads as 绿色 + 公厂), each a link to the query with it instead.
 */
import type { PreparedQuery } from '../../lib/search/query';
import type { QueryWord } from '../../lib/search/match';
import { suggestWords, type LexiconEntry } from '../../lib/search/suggest';
import { formatSearchState, type SearchState } from '../../lib/search/url-state';
import { closestPolicies } from '../../lib/search/closest';
import { urls } from '../../lib/kb/urls';

/** Suggestions offered at most. */
const MAX_SUGGESTIONS = 4;

/** The suggestions for the words of `missing`: each the word offered and the query it leads to. */
function offersFor(
  prepared: PreparedQuery,
  words: readonly QueryWord[],
  missing: ReadonlySet<QueryWord>,
  lexicon: readonly LexiconEntry[],
): { word: string; q: string }[] {
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
    for (const s of suggestWords(span, lexicon)) {
      // The query with the span replaced, when the query holds it; else the word alone.
      const q = span !== raw && prepared.shown.includes(span) ? prepared.shown.replace(span, s) : s;
      if (!offers.some((o) => o.q === q)) offers.push({ word: s, q });
    }
  }
  return offers;
}

/** Fills the suggestion line `el` (hidden when there is nothing to offer). */
export function showSuggestions(
  el: HTMLElement,
  state: SearchState,
  prepared: PreparedQuery,
  words: readonly QueryWord[],
  missing: ReadonlySet<QueryWord>,
  lexicon: readonly LexiconEntry[],
): void {
  el.replaceChildren();
  const offers = offersFor(prepared, words, missing, lexicon);
  el.hidden = offers.length === 0;
  if (offers.length === 0) return;
  el.append('是否要找：');
  offers.slice(0, MAX_SUGGESTIONS).forEach((o, i) => {
    if (i > 0) el.append('、');
    const a = document.createElement('a');
    a.href = `${location.pathname}${formatSearchState({ ...state, q: o.q })}`;
    a.textContent = o.word;
    el.append(a);
  });
}

/**
 * The empty state's closest content: the words no result holds, named, and the policies whose
 * titles are closest to the query (closest.ts), each a link to the policy; the links to browse
 * every policy and every cited document stay in any case, so the page is never empty.
 * @param policySelect the form's policy filter (values are ids, texts short titles), when shown
 */
export function showClosest(
  box: HTMLElement,
  words: readonly QueryWord[],
  missing: ReadonlySet<QueryWord>,
  policySelect: HTMLSelectElement | undefined,
): void {
  const named = box.querySelector('[data-search-closest-words]');
  const list = box.querySelector('[data-search-closest-list]');
  if (!named || !list) return;
  const lacking = words.filter((w) => missing.has(w)).map((w) => `“${w.shown}”`);
  named.textContent = lacking.length > 0 ? `本库的条款中没有找到${lacking.join('、')}。` : '';
  const policies = [...(policySelect?.options ?? [])]
    .filter((o) => o.value !== '')
    .map((o) => ({ id: o.value, title: o.text }));
  const closest = closestPolicies(
    words.map((w) => w.shown),
    policies,
  );
  list.replaceChildren(
    ...closest.flatMap((p, i) => {
      const a = document.createElement('a');
      a.href = urls.policy(p.id);
      a.textContent = p.title;
      return i > 0 ? [document.createTextNode('、'), a] : [a];
    }),
  );
  if (closest.length === 0) list.textContent = '无';
  box.hidden = false;
}
