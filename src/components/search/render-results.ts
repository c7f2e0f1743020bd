/**
 * Renders search results into the list: policy and provision, divisions and the policy's
 * status, excerpt with <mark>ed words, award badges, and for a partial match the words it lacks;
 * each link goes to the page with ?highlight=… for the words (one ?, whole words). Built with DOM
 * nodes and textContent only: nothing from the index is parsed as HTML.
 */
import { makeExcerpt, markWords, type ExcerptPart } from '../../lib/search/excerpt';
import { resultHref } from '../../lib/search/highlight';
import { BADGE_SEPARATOR } from '../../lib/search/record-html';
import { META } from '../../lib/search/meta-keys';
import type { PagefindSearchFragment } from './pagefind-types';

/** A result to show: its data, and the words it lacks (none for a match). */
export interface ShownResult {
  data: PagefindSearchFragment;
  /** The query words, as the reader knows them, that the result does not hold. */
  lacks: readonly string[];
}

/** Appends excerpt parts to an element as text and <mark> nodes. */
function appendParts(el: HTMLElement, parts: readonly ExcerptPart[]): void {
  for (const p of parts) {
    if (p.mark) {
      const m = document.createElement('mark');
      m.textContent = p.text;
      el.append(m);
    } else el.append(p.text);
  }
}

/** The status every policy is expected to have: results show a policy's status only when it differs. */
const IN_FORCE = '现行有效';

/**
 * One result as a list item: the provision's name (第十二条, （十六）实施绿色制造工程) as the link,
 * under the policy's short title, so that the 12th articles of five policies can be told apart
 * (the link's text holds both, for screen readers too); the divisions; the policy's status when
 * it is not in force.
 */
function resultItem({ data, lacks }: ShownResult, words: readonly string[]): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'search-result';
  li.dataset['testid'] = 'search-result';
  // The contract of tests and assistive styling: all words found, or only some.
  li.dataset['match'] = lacks.length === 0 ? 'all' : 'partial';
  const h = document.createElement('h2');
  const a = document.createElement('a');
  a.href = resultHref(data.url, words);
  const policy = data.meta[META.policy];
  if (policy) {
    const p = document.createElement('span');
    p.className = 'search-result-policy';
    p.textContent = policy;
    a.append(p, ' ');
  }
  const name = document.createElement('span');
  name.className = 'search-result-name';
  appendParts(name, markWords(data.meta[META.title] ?? data.url, words));
  a.append(name);
  h.append(a);
  li.append(h);
  const part = data.meta[META.part];
  const status = data.meta[META.status];
  if (part || (status && status !== IN_FORCE)) {
    const p = document.createElement('p');
    p.className = 'search-result-part';
    if (part) p.append(part);
    if (status && status !== IN_FORCE) {
      const badge = document.createElement('span');
      badge.className = 'search-result-status';
      badge.textContent = status;
      p.append(badge);
    }
    li.append(p);
  }
  if (lacks.length > 0) {
    const p = document.createElement('p');
    p.className = 'search-result-lacks';
    p.textContent = `部分匹配：不含“${lacks.join('”“')}”`;
    li.append(p);
  }
  const excerpt = document.createElement('p');
  excerpt.className = 'search-result-excerpt';
  appendParts(excerpt, makeExcerpt(data.meta[META.body] ?? '', words));
  li.append(excerpt);
  const badges = (data.meta[META.badges] ?? '').split(BADGE_SEPARATOR).filter((b) => b.length > 0);
  if (badges.length > 0) {
    const ul = document.createElement('ul');
    ul.className = 'search-result-badges';
    ul.setAttribute('aria-label', '奖励金额');
    for (const b of badges) {
      const bi = document.createElement('li');
      bi.textContent = b;
      ul.append(bi);
    }
    li.append(ul);
  }
  return li;
}

/**
 * Replaces (or extends, with `append`) the list's items with the results.
 * @param words the words to highlight
 */
export function renderResults(
  list: HTMLElement,
  results: readonly ShownResult[],
  words: readonly string[],
  append = false,
): void {
  const items = results.map((d) => resultItem(d, words));
  if (append) list.append(...items);
  else list.replaceChildren(...items);
}
