/**
 * The calculator's browser side: reads the form into a profile, runs the one computation of
 * src/lib/eligibility, shows the result and keeps the profile in the URL. Nothing here
 * computes an amount.
 */
import './zod-jitless';
import { formatYuan } from '../../lib/amounts/money';
import { calculate, decodeProfile, encodeProfile, formatError, type Catalog, type Claim, type Profile } from '../../lib/eligibility/index';

/** 万元 in the form, yuan in the profile. */
const WAN = 10_000;

/** Every element the script needs, found once. */
interface Elements {
  form: HTMLFormElement;
  total: HTMLElement;
  /** The sticky copy of the total at the screen's bottom. */
  bar: HTMLElement;
  errors: HTMLElement;
  items: HTMLOListElement;
  notComputed: HTMLElement;
}

/** The element matching `selector` of the given type, or a clear error when the page lacks it. */
function need<T extends Element>(root: ParentNode, selector: string, type: new () => T): T {
  const el = root.querySelector(selector);
  if (!(el instanceof type)) throw new Error(`calculator: missing ${selector}`);
  return el;
}

/** An element with text, built without HTML parsing: content is never markup. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** The base entered for an award, in whole yuan, or undefined when empty. */
function baseFor(form: HTMLFormElement, award: string): number | undefined {
  const input = [...form.querySelectorAll<HTMLInputElement>('input[data-base]')].find((i) => (i.dataset['base'] ?? '').split(' ').includes(award));
  if (!input || input.value.trim() === '') return undefined;
  return Math.round(Number(input.value) * WAN);
}

/** The profile the form describes. */
function readForm(form: HTMLFormElement): Profile {
  const claims: Claim[] = [];
  const add = (award: string, previousAward?: string) => {
    const baseYuan = baseFor(form, award);
    claims.push({ award, ...(baseYuan === undefined ? {} : { baseYuan }), ...(previousAward ? { previousAward } : {}) });
  };
  // In the page's order, so that the URL follows the form.
  for (const node of form.querySelectorAll('input[name="award"]:checked, fieldset[data-ladder]')) {
    if (node instanceof HTMLInputElement) {
      add(node.value);
      continue;
    }
    const rung = node.querySelector<HTMLInputElement>('input[type="radio"]:checked');
    const previous = node.querySelector<HTMLSelectElement>('select[data-previous-for]');
    if (rung && rung.value !== '') add(rung.value, previous?.value);
  }
  return { claims };
}

/** Lets the select of a step-up ladder offer only rungs below the one reached. */
function syncPrevious(form: HTMLFormElement): void {
  for (const ladder of form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-ladder]')) {
    const select = ladder.querySelector<HTMLSelectElement>('select[data-previous-for]');
    if (!select) continue;
    const reached = Number(ladder.querySelector<HTMLInputElement>('input[type="radio"]:checked')?.dataset['rank'] ?? 0);
    select.disabled = reached <= 1;
    for (const option of select.options) {
      if (option.value === '') continue;
      option.disabled = Number(option.dataset['rank']) >= reached;
      if (option.disabled && option.selected) select.value = '';
    }
  }
}

/** Sets the form from a profile read from the URL; claims the form cannot show are left to the errors. */
function writeForm(form: HTMLFormElement, claims: readonly Record<string, unknown>[]): void {
  for (const claim of claims) {
    const { award, baseYuan, previousAward } = claim;
    if (typeof award !== 'string') continue;
    const input = form.querySelector<HTMLInputElement>(`input[value="${CSS.escape(award)}"]`);
    if (!input) continue;
    input.checked = true;
    const base = [...form.querySelectorAll<HTMLInputElement>('input[data-base]')].find((i) => (i.dataset['base'] ?? '').split(' ').includes(award));
    if (base && typeof baseYuan === 'number') base.value = String(baseYuan / WAN);
    const select = input.closest('fieldset')?.querySelector<HTMLSelectElement>('select[data-previous-for]');
    if (select && typeof previousAward === 'string') select.value = previousAward;
  }
  syncPrevious(form);
}

/** Shows a calculation: the total (live region), errors, items with link, and what was not computed. */
function render(els: Elements, catalog: Catalog, profile: unknown): void {
  const { result, errors } = calculate(profile, catalog);
  const byId = new Map(catalog.awards.map((a) => [a.id, a]));
  const count = result.items.length;
  els.total.textContent = count === 0 && result.notComputed.length === 0 ? '合计：0元（尚未选择任何奖励）' : `合计：${formatYuan(result.totalYuan)}（${String(count)}项可计算）`;
  els.bar.textContent = `合计：${formatYuan(result.totalYuan)}`;

  els.errors.hidden = errors.length === 0;
  need(els.errors, 'ul', HTMLUListElement).replaceChildren(...errors.map((e) => el('li', formatError(e))));

  els.items.replaceChildren(
    ...result.items.map((item) => {
      const award = byId.get(item.award);
      const li = el('li', undefined, 'calc-item');
      li.dataset['award'] = item.award;
      const head = el('p');
      head.append(el('span', `${award?.condition ?? item.award}：`), el('span', formatYuan(item.amountYuan), 'calc-amount'));
      const link = el('a', `（${award?.clauseNumeral ?? String(item.clause)}）${award?.clauseTitle ?? ''} 原文`);
      link.href = award?.url ?? '#';
      li.append(head, el('p', item.explanation, 'calc-explanation'), el('blockquote', item.quote), link);
      return li;
    }),
  );

  els.notComputed.hidden = result.notComputed.length === 0;
  need(els.notComputed, 'ul', HTMLUListElement).replaceChildren(
    ...result.notComputed.map((n) => {
      const li = el('li', `${byId.get(n.award)?.condition ?? n.award}：${n.reason}`);
      li.dataset['award'] = n.award;
      return li;
    }),
  );
}

/** Starts the calculator on the page: reads the embedded catalog and the URL, then listens. */
export function startCalculator(): void {
  const data = need(document, '#calc-catalog', HTMLScriptElement);
  const catalog = JSON.parse(data.textContent) as Catalog;
  const els: Elements = {
    form: need(document, '#calc-form', HTMLFormElement),
    total: need(document, '#calc-total', HTMLElement),
    bar: need(document, '#calc-bar-total', HTMLElement),
    errors: need(document, '#calc-errors', HTMLElement),
    items: need(document, '#calc-items', HTMLOListElement),
    notComputed: need(document, '#calc-not-computed', HTMLElement),
  };
  const fromUrl = decodeProfile(location.search);
  writeForm(els.form, fromUrl.claims);
  render(els, catalog, fromUrl);

  const update = () => {
    syncPrevious(els.form);
    const profile = readForm(els.form);
    const query = encodeProfile(profile);
    history.replaceState(null, '', query === '' ? location.pathname : `${location.pathname}?${query}`);
    render(els, catalog, profile);
  };
  els.form.addEventListener('input', update);
  els.form.addEventListener('change', update);
  els.form.addEventListener('submit', (e) => {
    e.preventDefault();
    update();
  });
  els.form.addEventListener('reset', () => setTimeout(update, 0));
}
