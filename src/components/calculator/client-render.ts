/**
 * Shows a calculation on the page: the totals (a polite live region: screen readers hear the
 * change, focus stays where the reader is), the traceability lines a printout needs (date,
 * policies' status, the URL holding the profile), errors, the awards by policy, and what was
 * not computed. Text is set with textContent only: nothing from a link becomes markup.
 */
import {
  calcDateText,
  calculate,
  FORM_WORDING,
  formCeilingAmount,
  formErrorMessages,
  formItemAmount,
  formTotals,
  policiesOf,
  statusLine,
  validityNote,
  withValidity,
  type CalcPolicy,
  type Catalog,
  type CatalogAward,
  type Profile,
  type CeilingItem,
  type ResultItem,
} from '../../lib/eligibility/index';

/** Every element the result needs, found once. */
export interface ResultElements {
  /** The first total line (合计, or 本次可得), inside the live region. */
  paid: HTMLElement;
  /** The 累计 line, inside the live region; hidden when it would repeat the first. */
  cumulative: HTMLElement;
  /** The ceilings' line (最高…, never in a total), inside the live region; hidden when none. */
  ceiling: HTMLElement;
  /** The sticky copy of the totals at the screen's bottom. */
  bar: HTMLElement;
  /** The day of the calculation. */
  date: HTMLElement;
  /** The page's URL, which holds the profile. */
  url: HTMLAnchorElement;
  /** The status of each policy concerned. */
  statuses: HTMLUListElement;
  errors: HTMLElement;
  items: HTMLElement;
  notComputed: HTMLElement;
}

/** What the page knows besides the form: the awards and the policies granting them. */
export interface CalcData {
  catalog: Catalog;
  policies: CalcPolicy[];
}

/** An element with text, built without HTML parsing: content is never markup. */
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** Sets text only when it changes, so that the live region is not re-announced for nothing. */
function setText(node: HTMLElement, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}

/** The list inside a container of the result. */
function listIn(container: HTMLElement): HTMLElement {
  const list = container.querySelector('ul, ol');
  if (!(list instanceof HTMLElement)) throw new Error('calculator: a result list is missing');
  return list;
}

/** A status pill as the policy pages show it (已失效, 现行有效). */
function pill(policy: CalcPolicy, day: Date): HTMLSpanElement {
  const { status } = statusLine(policy, day);
  return el('span', status.label, `status-pill status-${status.state}`);
}

/**
 * The traceability lines: the day of the calculation, each concerned policy's status on that
 * day, and the URL. Called on every change and again before printing, so that a printout made
 * the next day carries the day it was printed.
 */
export function renderTrace(
  els: ResultElements,
  data: CalcData,
  awardIds: readonly string[],
  day: Date = new Date(),
): void {
  setText(els.date, calcDateText(day));
  els.url.href = location.href;
  setText(els.url, location.href);
  els.statuses.replaceChildren(
    ...policiesOf(awardIds, data.catalog, data.policies).map((p) => {
      const line = statusLine(p, day);
      const li = el('li');
      li.dataset['policy'] = p.id;
      const link = el('a', p.title);
      link.href = p.url;
      li.append(pill(p, day), ' ', link, `，${line.detail}`);
      return li;
    }),
  );
}

/** Beside an amount of a policy not in force: （已失效：有效期至2021年12月31日）; nothing for one in force. */
function expiryNote(policy: CalcPolicy | undefined, day: Date): HTMLSpanElement[] {
  if (!policy) return [];
  const line = statusLine(policy, day);
  return line.status.state === 'in-force' ? [] : [el('span', `（${line.text}）`, 'calc-expiry')];
}

/** One computed award: its name and amount (with its policy's expiry when not in force), the calculation, the policy's words and a link. */
function itemView(item: ResultItem, award: CatalogAward | undefined, expiry: HTMLSpanElement[]): HTMLLIElement {
  const li = el('li', undefined, 'calc-item');
  li.dataset['award'] = item.award;
  const head = el('p');
  head.append(
    el('span', `${award?.condition ?? item.award}：`),
    el('span', formItemAmount(item), 'calc-amount'),
    ...expiry,
  );
  const link = el('a', `${award ? `${award.policyTitle}${award.clauseLabel}` : String(item.clause)} 原文`);
  link.href = award?.url ?? '#';
  li.append(head, el('p', item.explanation, 'calc-explanation'), el('blockquote', item.quote), link);
  return li;
}

/** One award with a ceiling only: its name, 最高…（上限）, the words, the policy's sentence and a link. */
function ceilingView(item: CeilingItem, award: CatalogAward | undefined, expiry: HTMLSpanElement[]): HTMLLIElement {
  const li = el('li', undefined, 'calc-item calc-ceiling');
  li.dataset['award'] = item.award;
  const head = el('p');
  head.append(
    el('span', `${award?.condition ?? item.award}：`),
    el('span', formCeilingAmount(item), 'calc-amount'),
    ...expiry,
  );
  const link = el('a', `${award ? `${award.policyTitle}${award.clauseLabel}` : String(item.clause)} 原文`);
  link.href = award?.url ?? '#';
  li.append(head, el('p', item.explanation, 'calc-explanation'), el('blockquote', item.quote), link);
  return li;
}

/**
 * Computes a profile and shows it. Errors and reasons are worded for the form (award names,
 * 万元); `extra` adds the page's own remarks (a base typed for no award, parts of a shared link
 * left out), which count as problems in the total's line.
 */
export function render(els: ResultElements, data: CalcData, profile: Profile, extra: readonly string[] = []): void {
  const { catalog } = data;
  const { result, errors } = calculate(profile, catalog, FORM_WORDING);
  const byId = new Map(catalog.awards.map((a) => [a.id, a]));
  const messages = [...formErrorMessages(errors, catalog), ...extra];
  const totals = formTotals(result, messages.length);
  const day = new Date();
  // The totals say when they rest on a policy no longer in force: in the headline and the bar, not only in the details.
  const policyOf = new Map(data.policies.map((p) => [p.id, p]));
  const concerned = [...new Set([...result.items, ...result.ceilings].map((i) => byId.get(i.award)?.policy))];
  const note = validityNote(
    concerned.flatMap((id) => {
      const p = id === undefined ? undefined : policyOf.get(id);
      return p ? [statusLine(p, day).status] : [];
    }),
  );
  setText(els.paid, withValidity(totals.paid, note));
  setText(els.cumulative, totals.cumulative ?? '');
  els.cumulative.hidden = totals.cumulative === null;
  setText(els.ceiling, totals.ceiling ?? '');
  els.ceiling.hidden = totals.ceiling === null;
  setText(els.bar, withValidity(totals.bar, note));

  els.errors.hidden = messages.length === 0;
  listIn(els.errors).replaceChildren(...messages.map((m) => el('li', m)));

  // The awards by policy, each group headed by the policy and its status: the page groups its
  // form the same way, and a printout must not let an expired policy's sum pass for a current one.
  els.items.replaceChildren(
    ...data.policies.flatMap((p) => {
      const own = result.items.filter((i) => byId.get(i.award)?.policy === p.id);
      const ceilings = result.ceilings.filter((i) => byId.get(i.award)?.policy === p.id);
      if (own.length === 0 && ceilings.length === 0) return [];
      const group = el('section', undefined, 'calc-group');
      group.dataset['policy'] = p.id;
      const heading = el('h3', `${p.shortTitle} `);
      heading.append(pill(p, day));
      const list = el('ol');
      list.append(
        ...own.map((i) => itemView(i, byId.get(i.award), expiryNote(p, day))),
        ...ceilings.map((i) => ceilingView(i, byId.get(i.award), expiryNote(p, day))),
      );
      group.append(heading, list);
      return [group];
    }),
  );

  els.notComputed.hidden = result.notComputed.length === 0;
  listIn(els.notComputed).replaceChildren(
    ...result.notComputed.map((n) => {
      const li = el('li', `${byId.get(n.award)?.condition ?? n.award}：${n.reason}`);
      li.dataset['award'] = n.award;
      return li;
    }),
  );
  renderTrace(
    els,
    data,
    profile.claims.map((c) => c.award),
    day,
  );
}
