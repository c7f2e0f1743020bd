/**
 * The calculator's browser side: reads the form into a profile, runs the one computation of
 * src/lib/eligibility, shows the result and keeps the profile in the URL. Nothing here
 * computes an amount.
 */
import './zod-jitless';
import { formatYuan } from '../../lib/amounts/money';
import { calculate, decodeLink, encodeProfile, FORM_WORDING, formErrorMessages, formTotalText, type Catalog, type Claim, type Profile } from '../../lib/eligibility/index';

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

/** The award ids a base input serves (data-base, space-separated). */
function baseAwards(input: HTMLInputElement): string[] {
  return (input.dataset['base'] ?? '').split(' ').filter((id) => id !== '');
}

/** The base input of an award, if its amount needs one. */
function baseInput(form: HTMLFormElement, award: string): HTMLInputElement | undefined {
  return [...form.querySelectorAll<HTMLInputElement>('input[data-base]')].find((i) => baseAwards(i).includes(award));
}

/**
 * The base entered for an award, in whole yuan, or undefined when empty. A value the browser
 * cannot read as a number is empty to it (input.value is ''); anything else, however large or
 * negative, goes to validation, which says what is wrong in 万元.
 */
function baseFor(form: HTMLFormElement, award: string): number | undefined {
  const input = baseInput(form, award);
  if (!input || input.value.trim() === '') return undefined;
  return Math.round(Number(input.value) * WAN);
}

/** The award ids claimed in the form: ticked checkboxes and the chosen rung of each ladder. */
function claimedIds(form: HTMLFormElement): Set<string> {
  const ids = [...form.querySelectorAll<HTMLInputElement>('input[name="award"]:checked, fieldset[data-ladder] input[type="radio"]:checked')].map((i) => i.value);
  return new Set(ids.filter((id) => id !== ''));
}

/**
 * Typing a base claims its award: a base only counts for a ticked award, and a reader who
 * typed 项目投入额 expects it counted. A ladder's base serves several rungs: which one was
 * reached is the reader's choice, so it is asked for (unusedBases) rather than guessed.
 */
function tickForBase(form: HTMLFormElement, target: EventTarget | null): void {
  if (!(target instanceof HTMLInputElement) || target.dataset['base'] === undefined || target.value.trim() === '') return;
  const [only, ...more] = baseAwards(target);
  if (only === undefined || more.length > 0) return;
  const box = [...form.querySelectorAll<HTMLInputElement>('input[name="award"]')].find((i) => i.value === only);
  if (box) box.checked = true;
}

/** Messages for bases typed where no award they serve is claimed: the amount would be silently unused. */
function unusedBases(form: HTMLFormElement): string[] {
  const claimed = claimedIds(form);
  return [...form.querySelectorAll<HTMLInputElement>('input[data-base]')]
    .filter((i) => i.value.trim() !== '' && !baseAwards(i).some((id) => claimed.has(id)))
    .map((i) => {
      const label = (i.labels?.[0]?.textContent ?? '金额').replace(/（万元）$/, '');
      const what = baseAwards(i).length > 1 ? '请选择达到的档次' : '请勾选对应的奖励';
      return `已填写${label}，但尚未选择它对应的奖励，这个金额未计算；${what}`;
    });
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

/**
 * Sets the form from a profile read from the URL; claims the form cannot show are left to the
 * errors. Only ids of the catalog are looked up: a link's text never becomes a selector, and a
 * megabyte-long id costs nothing here.
 */
function writeForm(form: HTMLFormElement, claims: readonly Record<string, unknown>[], known: ReadonlySet<string>): void {
  const inputs = [...form.querySelectorAll<HTMLInputElement>('input[name="award"], fieldset[data-ladder] input[type="radio"]')];
  for (const claim of claims) {
    const { award, baseYuan, previousAward } = claim;
    if (typeof award !== 'string' || !known.has(award)) continue;
    const input = inputs.find((i) => i.value === award);
    if (!input) continue;
    input.checked = true;
    const base = baseInput(form, award);
    if (base && typeof baseYuan === 'number' && Number.isFinite(baseYuan)) base.value = String(baseYuan / WAN);
    const select = input.closest('fieldset')?.querySelector<HTMLSelectElement>('select[data-previous-for]');
    if (select && typeof previousAward === 'string' && known.has(previousAward)) select.value = previousAward;
  }
  syncPrevious(form);
}

/**
 * Shows a calculation: the total (live region), errors, items with link, and what was not
 * computed. Errors and reasons are worded for the form (award names, 万元); `extra` adds the
 * form's own remarks (a base typed for no award, claims of a link past the limit).
 */
function render(els: Elements, catalog: Catalog, profile: unknown, extra: readonly string[] = [], omitted = 0): void {
  const { result, errors } = calculate(profile, catalog, FORM_WORDING);
  const byId = new Map(catalog.awards.map((a) => [a.id, a]));
  const messages = [...formErrorMessages(errors, catalog, omitted), ...extra];
  els.total.textContent = formTotalText(result.totalYuan, result.items.length, result.notComputed.length, messages.length);
  els.bar.textContent = `合计：${formatYuan(result.totalYuan)}`;

  els.errors.hidden = messages.length === 0;
  need(els.errors, 'ul', HTMLUListElement).replaceChildren(...messages.map((m) => el('li', m)));

  els.items.replaceChildren(
    ...result.items.map((item) => {
      const award = byId.get(item.award);
      const li = el('li', undefined, 'calc-item');
      li.dataset['award'] = item.award;
      const head = el('p');
      head.append(el('span', `${award?.condition ?? item.award}：`), el('span', formatYuan(item.amountYuan), 'calc-amount'));
      const link = el('a', `${award ? `${award.policyTitle}${award.clauseLabel}` : String(item.clause)} 原文`);
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
  const known = new Set(catalog.awards.map((a) => a.id));
  const fromUrl = decodeLink(location.search);
  writeForm(els.form, fromUrl.profile.claims, known);
  render(els, catalog, fromUrl.profile, [], fromUrl.omitted);

  const update = (event?: Event) => {
    tickForBase(els.form, event?.target ?? null);
    syncPrevious(els.form);
    const profile = readForm(els.form);
    const query = encodeProfile(profile);
    history.replaceState(null, '', query === '' ? location.pathname : `${location.pathname}?${query}`);
    render(els, catalog, profile, unusedBases(els.form));
  };
  els.form.addEventListener('input', update);
  els.form.addEventListener('change', update);
  els.form.addEventListener('submit', (e) => {
    e.preventDefault();
    update();
  });
  els.form.addEventListener('reset', () => {
    setTimeout(() => {
      update();
    }, 0);
  });
}
