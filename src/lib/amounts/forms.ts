/**
 * The form of the amount a quote grants, read once for the ingest and for grounding: a share of
 * a base (15%, 百分之三十), a range (10万—50万元, 最低不少于50万元), a ceiling alone (最高100万元,
 * 一万元以下), a sum per period (3000元/月,
 * 每年给予) or per unit (100元/平方米), a foreign currency (200万美元). A fixed award must come
 * from a quote that states none of them; a rate from a quote that states no range or foreign sum.
 */
import type { Amount } from '../../schemas/amount';
import { findForeignMoney, findMoney, findRates, type MoneyMention } from './money';

/** A way of stating an amount that is not a one-off sum in yuan. */
export interface AmountForm {
  /**
   * rate: a share; range: two bounds or a floor; bound: a ceiling alone (最高100万元, 一万元以下);
   * period: per month, year …; perUnit: per m², t …; currency: not yuan.
   */
  kind: 'rate' | 'range' | 'bound' | 'period' | 'perUnit' | 'currency';
  /** The words as written (10万—50万元, 3000元/月, 200万美元). */
  text: string;
}

/** The kinds of form, the most telling first. */
const ORDER: ReadonlyArray<AmountForm['kind']> = ['currency', 'rate', 'range', 'period', 'perUnit', 'bound'];

/** The verbs that grant, in the order grantAt looks for them. */
const GRANT_VERBS = ['给予', '予以'] as const;

/**
 * The part of an award's quote that says what is given: from the first 给予 on (else the first
 * 予以), when there is one. Sums before it are conditions (首次达到1000亿元, 投入5000万元).
 */
export function grantedPart(quote: string): string {
  return quote.slice(grantIndex(quote));
}

/** Where the granted part of a quote starts (0 when it names no grant verb). */
function grantIndex(quote: string): number {
  for (const verb of GRANT_VERBS) {
    const at = quote.indexOf(verb);
    if (at >= 0) return at;
  }
  return 0;
}

/** What joins the two bounds of a range: 10万—50万元, 200-300万元, 2万至5万元, 5万元（含）至10万元. */
const RANGE_GAP = /^(?:（含）)?(?:至|到|—{1,2}|-|～|~|－|–|―)$/u;
/** A floor before a sum: 最低不少于50万元, 不低于10万元, 至少5万元. */
const FLOOR_BEFORE = /(?:最低|不少于|不低于|至少)[^，。；、\d]{0,4}$/u;
/** A period after a sum: 3000元/月, 500元/人·月, 2万元/年. */
const PER_PERIOD_AFTER = /^(?:\/|／)(?:人[·・]?|户[·・]?)?(?:月|年|季度?|半年|天|日|周)/u;
/** A unit after a sum: 100元/平方米, 50元/吨; not /家, /个, /项, /次, which name the recipient. */
const PER_UNIT_AFTER = /^(?:\/|／)(?![家个项次])\S/u;
/** Words of a recurring grant: 每月, 每人每月, 每年度, 按月发放, 逐年. */
const PERIOD_WORDS = /每(?:人|名|户)?每?个?(?:月|年度?|季度?|半年|天|日|周)|按(?:月|季度?)|逐(?:月|年)/u;
/** Words of a sum per unit or per head: 每平方米, 每亩, 每吨, 每人, 每名. */
const UNIT_WORDS = /每(?:平方米|亩|吨|千瓦时?|兆瓦|台|套|辆|公里|人|名|户)(?!每?个?(?:月|年|季|半年|天|日|周))/u;
/** A recurring grant said just before its verb: 每年给予, 每月再予以, 每年度均给予. */
const PERIOD_BEFORE_VERB = /每(?:人|名|户)?每?个?(?:月|年度?|季度?|半年)[再均可分别]{0,3}$/u;

/** A bound after a sum: 一万元以下, 100万元以内, 五千元以上. */
const BOUND_AFTER = /^(?:（含）)?(?:以上|以下|以内)/u;

/**
 * Ranges of sums: two sums joined as bounds (10万—50万元, 5万元以上10万元以下) and floors
 * (最低不少于50万元, 五千元以上); and ceilings alone (最高100万元, 一万元以下), which are no fixed sum.
 */
function moneyRanges(text: string, sums: readonly MoneyMention[]): AmountForm[] {
  const found: AmountForm[] = [];
  sums.forEach((m, i) => {
    const next = sums[i + 1];
    const end = m.index + m.text.length;
    if (next) {
      const gap = text.slice(end, next.index);
      const bounded = gap === '以上' && text.startsWith('以下', next.index + next.text.length);
      if (RANGE_GAP.test(gap) || bounded)
        found.push({ kind: 'range', text: text.slice(m.index, next.index + next.text.length) });
    }
    const before = text.slice(Math.max(0, m.index - 10), m.index);
    const floor = FLOOR_BEFORE.exec(before);
    const after = BOUND_AFTER.exec(text.slice(end, end + 6))?.[0];
    const cap = CAP_BEFORE.exec(before)?.[0];
    if (floor || after?.endsWith('以上'))
      found.push({ kind: 'range', text: `${floor?.[0] ?? ''}${m.text}${after ?? ''}` });
    else if (cap !== undefined || after !== undefined)
      found.push({ kind: 'bound', text: `${cap ?? ''}${m.text}${after ?? ''}` });
  });
  return found;
}

/** Rates, and ranges of rates (10%—20%, 10-20%, 百分之十至百分之二十). */
function rateForms(text: string): AmountForm[] {
  const rates = findRates(text);
  return rates.map((r, i): AmountForm => {
    const prev = rates[i - 1];
    const before = text.slice(Math.max(0, r.index - 12), r.index);
    if (prev && RANGE_GAP.test(text.slice(prev.index + prev.text.length, r.index)))
      return { kind: 'range', text: text.slice(prev.index, r.index + r.text.length) };
    if (/\d(?:至|到|—{1,2}|-|～|~|－|–)$/u.test(before)) return { kind: 'range', text: r.text };
    return { kind: 'rate', text: r.text };
  });
}

/**
 * Every form of the amount the quote's granted part states that is not a one-off sum in yuan,
 * and a recurring grant said just before the verb (每年给予).
 * @param from where the granted part starts: the grant verb, or an earlier rate (按投入的10%—20%给予)
 */
export function amountForms(quote: string, from = grantIndex(quote)): AmountForm[] {
  const at = grantIndex(quote);
  const text = quote.slice(from);
  const sums = findMoney(text);
  const forms: AmountForm[] = [...rateForms(text), ...moneyRanges(text, sums)];
  for (const m of sums) {
    const after = text.slice(m.index + m.text.length, m.index + m.text.length + 8);
    const period = PER_PERIOD_AFTER.exec(after);
    const unit = period ? null : PER_UNIT_AFTER.exec(after);
    if (period) forms.push({ kind: 'period', text: `${m.text}${period[0]}` });
    else if (unit) forms.push({ kind: 'perUnit', text: `${m.text}${after.split(/[，。；、）]/u)[0] ?? ''}` });
  }
  // A rate before the verb that 按 introduces is the grant's (按照百分之三十的比例给予), not a condition.
  for (const r of findRates(quote.slice(0, from)))
    if (/(?:按照|按)[^，]*$/u.test(quote.slice(0, r.index))) forms.push({ kind: 'rate', text: r.text });
  const granted = GRANT_VERBS.some((v) => quote.includes(v));
  const periodWord = PERIOD_WORDS.exec(text)?.[0] ?? PERIOD_BEFORE_VERB.exec(quote.slice(0, at))?.[0];
  if (periodWord && granted) forms.push({ kind: 'period', text: periodWord });
  const unitWord = UNIT_WORDS.exec(text)?.[0];
  if (unitWord && sums.length > 0) forms.push({ kind: 'perUnit', text: unitWord });
  for (const f of findForeignMoney(text)) forms.push({ kind: 'currency', text: f.text });
  // The most telling first: an error or a report names the first.
  return forms.sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind));
}

/**
 * The forms of the quote that the amount's type contradicts (see the file's comment): a fixed
 * sum any form; a ceiling (upTo) any form but a ceiling; a rate a range or a foreign sum.
 */
export function contradictions(amount: Amount, quote: string): AmountForm[] {
  if (amount.type === 'fixed') return amountForms(quote);
  if (amount.type === 'upTo') return amountForms(quote).filter((f) => f.kind !== 'bound');
  if (amount.type !== 'rate') return [];
  // The rate may come before the verb (按投入额的10%—20%给予): read from the rate on.
  const stated = findRates(quote).find((r) => Math.abs(r.rate - amount.rate) < 1e-9)?.index ?? quote.length;
  return amountForms(quote, Math.min(stated, grantIndex(quote))).filter(
    (f) => f.kind === 'range' || f.kind === 'currency',
  );
}

/** What a form is, in words for reports and errors: "a range (10万—50万元)". */
export function describeForm(form: AmountForm): string {
  const what = {
    rate: 'a rate',
    range: 'a range or a floor',
    bound: 'a ceiling, not a sum the award pays',
    period: 'a sum per period',
    perUnit: 'a sum per unit or per head',
    currency: 'a sum in a foreign currency',
  }[form.kind];
  return `${what} (${form.text})`;
}

/** Words that make a sum a cap when they stand before it: 最高, 不超过, 最高资助, 最多, 上限为. */
const CAP_BEFORE = /(?:最高|不超过|不高于|最多|上限为?|封顶)[^，。；、\d]{0,4}$/u;

/** A cap raised to a new sum: 单个企业资助上限由200万元提高至500万元 (the cap is the new sum). */
const RAISED_CAP = /上限由[^，。；]{1,12}?(?:提高|调整|上调)[至到为]$/u;

/** Whether the words before a sum make it a cap (CAP_BEFORE in the 10 characters, RAISED_CAP in the 20 before it). */
function capBefore(text: string, at: number): boolean {
  return CAP_BEFORE.test(text.slice(Math.max(0, at - 10), at)) || RAISED_CAP.test(text.slice(Math.max(0, at - 20), at));
}

/**
 * The ceilings a quote grants (the upTo form): sums of its granted part after 最高, 不超过 or a
 * like word (给予最高50万元奖励, 再给予不超过30万元的一次性奖励), or before 以下/以内 (10万元以下),
 * every member of a list after such a word (分别给予最高100万元、100万元、20万元), and the
 * ceiling of a grant said before its verb (单个企业最高可补贴50万元: the sum stands after
 * 补贴, so the whole quote is read when it names no 给予/予以).
 * @param start where the granted part starts (the grant verb by default; 0 for a text that is all granted)
 */
export function findCeilings(quote: string, start = grantIndex(quote)): MoneyMention[] {
  const text = quote.slice(start);
  const sums = findMoney(text);
  // A list after 最高 is a list of ceilings: 分别给予最高100万元、100万元、20万元.
  let previous: MoneyMention | null = null;
  return sums
    .filter((m) => {
      const end = m.index + m.text.length;
      const listed =
        previous !== null && /^[、和或]$/u.test(text.slice(previous.index + previous.text.length, m.index));
      const ceiling = listed || capBefore(text, m.index) || /^(?:（含）)?(?:以下|以内)/u.test(text.slice(end, end + 6));
      previous = ceiling ? m : null;
      return ceiling;
    })
    .map((m) => ({ ...m, index: m.index + start }));
}

/**
 * The caps a quote states for a rate: sums after 最高/不超过 (or a like word, or 上限由…提高至), from the first
 * rate or the grant verb on, whichever comes first (按投入额的10%、最高100万元给予资助; 按…的1%
 * 给予最高100万元的资助). A sum without such a word is no cap.
 */
export function findCaps(quote: string): MoneyMention[] {
  const firstRate = findRates(quote)[0]?.index ?? quote.length;
  const at = grantIndex(quote);
  const start = Math.min(firstRate, at > 0 ? at : quote.length);
  const text = quote.slice(start);
  return findMoney(text)
    .filter((m) => capBefore(text, m.index))
    .map((m) => ({ ...m, index: m.index + start }));
}
