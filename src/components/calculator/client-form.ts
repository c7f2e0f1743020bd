/**
 * The calculator form in the browser: reads it into a profile, writes a profile into it, and
 * keeps its ladders coherent (the lower tier of a step-up, a base that claims its award).
 * Nothing here computes an amount or words a result.
 */
import { readBaseWan, type BaseReading, type Claim, type Profile } from '../../lib/eligibility/index';

/** 万元 in the form, yuan in the profile. */
const WAN = 10_000;

/** The award ids a base input serves (data-base, space-separated). */
function baseAwards(input: HTMLInputElement): string[] {
  return (input.dataset['base'] ?? '').split(' ').filter((id) => id !== '');
}

/** The base input of an award, if its amount needs one. */
function baseInput(form: HTMLFormElement, award: string): HTMLInputElement | undefined {
  return [...form.querySelectorAll<HTMLInputElement>('input[data-base]')].find((i) => baseAwards(i).includes(award));
}

/** The base's name as its label says it, without the unit: 项目投入额. */
function baseLabel(input: HTMLInputElement): string {
  return (input.labels?.[0]?.textContent ?? '金额').replace(/（万元）$/, '');
}

/** What a base input holds, read by the form's one reader of bases (readBaseWan). */
function reading(input: HTMLInputElement): BaseReading {
  return readBaseWan(input.value, baseLabel(input));
}

/**
 * The base entered for an award, in whole yuan, or undefined when empty or unreadable (then
 * baseProblems says why). Any number, however large or negative, goes to validation, which
 * says what is wrong in 万元.
 */
function baseFor(form: HTMLFormElement, award: string): number | undefined {
  const input = baseInput(form, award);
  const read = input ? reading(input) : undefined;
  return read?.kind === 'yuan' ? read.yuan : undefined;
}

/** Messages for bases that cannot be read (letters, other scripts' digits, less than 1 元): never dropped silently. */
export function baseProblems(form: HTMLFormElement): string[] {
  return [...form.querySelectorAll<HTMLInputElement>('input[data-base]')].flatMap((i) => {
    const read = reading(i);
    return read.kind === 'problem' ? [read.message] : [];
  });
}

/** The award ids claimed in the form: ticked checkboxes and the chosen rung of each ladder. */
export function claimedIds(form: HTMLFormElement): Set<string> {
  const ids = [
    ...form.querySelectorAll<HTMLInputElement>(
      'input[name="award"]:checked, fieldset[data-ladder] input[type="radio"]:checked',
    ),
  ].map((i) => i.value);
  return new Set(ids.filter((id) => id !== ''));
}

/**
 * Typing a base claims its award: a base only counts for a ticked award, and a reader who
 * typed 项目投入额 expects it counted. A ladder's base serves several rungs: which one was
 * reached is the reader's choice, so it is asked for (unusedBases) rather than guessed.
 */
export function tickForBase(form: HTMLFormElement, target: EventTarget | null): void {
  if (!(target instanceof HTMLInputElement) || target.dataset['base'] === undefined || target.value.trim() === '')
    return;
  const [only, ...more] = baseAwards(target);
  if (only === undefined || more.length > 0) return;
  const box = [...form.querySelectorAll<HTMLInputElement>('input[name="award"]')].find((i) => i.value === only);
  if (box) box.checked = true;
}

/**
 * Messages for bases typed where no award they serve is claimed: the amount would be silently
 * unused. A base that cannot be read is left to baseProblems: that is the first thing to fix.
 */
export function unusedBases(form: HTMLFormElement): string[] {
  const claimed = claimedIds(form);
  return [...form.querySelectorAll<HTMLInputElement>('input[data-base]')]
    .filter((i) => reading(i).kind === 'yuan' && !baseAwards(i).some((id) => claimed.has(id)))
    .map((i) => {
      const label = baseLabel(i);
      const ladder = i.closest<HTMLFieldSetElement>('fieldset[data-ladder]')?.dataset['ladderName'];
      const what = ladder === undefined ? '请勾选对应的奖励' : `请在“${ladder}”中选择达到的档次`;
      return `已填写${label}，但尚未选择它对应的奖励，这个金额未计算；${what}`;
    });
}

/** The form's own remarks for the result: bases it cannot read, then bases typed for no claimed award. */
export function formRemarks(form: HTMLFormElement): string[] {
  return [...baseProblems(form), ...unusedBases(form)];
}

/** The profile the form describes, in the page's order so that the URL follows the form. */
export function readForm(form: HTMLFormElement): Profile {
  const claims: Claim[] = [];
  const add = (award: string, previousAward?: string) => {
    const baseYuan = baseFor(form, award);
    claims.push({
      award,
      ...(baseYuan === undefined ? {} : { baseYuan }),
      ...(previousAward ? { previousAward } : {}),
    });
  };
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

/** The rank of a ladder's checked rung; 0 for 未获得. */
function checkedRank(ladder: HTMLFieldSetElement): number {
  return Number(ladder.querySelector<HTMLInputElement>('input[type="radio"]:checked')?.dataset['rank'] ?? 0);
}

/** Lets the select of a step-up ladder offer only rungs below the one reached. */
export function syncPrevious(form: HTMLFormElement): void {
  for (const ladder of form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-ladder]')) {
    const select = ladder.querySelector<HTMLSelectElement>('select[data-previous-for]');
    if (!select) continue;
    const reached = checkedRank(ladder);
    select.disabled = reached <= 1;
    for (const option of select.options) {
      if (option.value === '') continue;
      option.disabled = Number(option.dataset['rank']) >= reached;
      if (option.disabled && option.selected) select.value = '';
    }
  }
}

/**
 * On a step-up ladder (进档的予以补差), a reader who had ticked 省级 and then picks 国家级 has
 * reached 国家级 from 省级: the lower rung is kept as "已获得的较低档次", so that the result pays
 * the difference rather than the full sum twice. Only when the select is still 无 (a choice
 * made there wins) and only when moving up; the reader can change it. `seen` holds the rung
 * each ladder showed at the last call.
 */
export function keepLowerTier(form: HTMLFormElement, seen: Map<string, string>): void {
  for (const ladder of form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-ladder]')) {
    const key = ladder.dataset['ladder'] ?? '';
    const radios = [...ladder.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    const now = radios.find((r) => r.checked);
    const before = radios.find((r) => r.value !== '' && r.value === seen.get(key));
    const select = ladder.querySelector<HTMLSelectElement>('select[data-previous-for]');
    if (
      select &&
      now &&
      before &&
      select.value === '' &&
      Number(now.dataset['rank']) > Number(before.dataset['rank'])
    ) {
      select.value = before.value;
    }
    seen.set(key, now?.value ?? '');
  }
}

/**
 * Sets the form from a profile the form can hold (repairLink's): ticks, bases in 万元, lower
 * tiers. Only ids of the catalog are looked up: a link's text never becomes a selector.
 */
export function writeForm(form: HTMLFormElement, profile: Profile): void {
  const inputs = [
    ...form.querySelectorAll<HTMLInputElement>('input[name="award"], fieldset[data-ladder] input[type="radio"]'),
  ];
  for (const { award, baseYuan, previousAward } of profile.claims) {
    const input = inputs.find((i) => i.value === award);
    if (!input) continue;
    input.checked = true;
    const base = baseInput(form, award);
    if (base && baseYuan !== undefined) base.value = String(baseYuan / WAN);
    const select = input
      .closest('fieldset[data-ladder]')
      ?.querySelector<HTMLSelectElement>('select[data-previous-for]');
    if (select && previousAward !== undefined) select.value = previousAward;
  }
  syncPrevious(form);
}
