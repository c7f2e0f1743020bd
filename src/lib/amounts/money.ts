/**
 * Money and rates as Chinese policy texts write them (200万元, 1亿元, 1500万元, 15%, 百分之三十,
 * 千分之五), converted to integers in yuan and to fractions, and back; sums in other currencies
 * (200万美元) are found as such and never read as yuan.
 */
import { parseChineseNumeral } from '../text/numerals';

/** Multipliers of the units a sum is written with (1500万元, 1亿元, 一千万元, 5千元). */
const UNIT: Readonly<Record<string, number>> = {
  亿: 100_000_000,
  千万: 10_000_000,
  百万: 1_000_000,
  万: 10_000,
  千: 1_000,
  百: 100,
  '': 1,
};

/** A sum of money found in a text. */
export interface MoneyMention {
  /** The words as written, e.g. "200万元", or "100万" for a list member whose 元 comes later. */
  text: string;
  /** The sum in yuan, an integer. */
  yuan: number;
  /** Offset of `text` in the searched string. */
  index: number;
}

/** A sum in another currency than the yuan (200万美元, 100万港元): never read as yuan. */
export interface ForeignMoneyMention {
  /** The words as written, e.g. "200万美元". */
  text: string;
  /** The currency as written (美元, 港元, 欧元 …). */
  currency: string;
  /** Offset of `text` in the searched string. */
  index: number;
}

/**
 * The currencies a sum may be written in: 元 is the yuan (人民币), every other one is foreign.
 * Longest first, so that 港元 is never read as 元.
 */
const CURRENCY = '新加坡元|澳门元|新台币|美元|美金|港元|港币|欧元|日元|韩元|英镑|澳元|加元|卢布|法郎|元';

/**
 * A number with its unit, as policy texts write sums: digits (200, 1.5) or a Chinese numeral
 * (五, 二十, 一千), then 亿/千万/百万/万/千/百 or nothing, then a currency (元, 美元 …) or not.
 * The Chinese numeral is taken only before a unit or a currency, so that 一 or 十 elsewhere in a
 * sentence is never money.
 */
const AMOUNT = new RegExp(
  `(\\d+(?:\\.\\d+)?|[零〇一二两三四五六七八九十百千]+(?=亿|千万|百万|万|${CURRENCY}))(亿|千万|百万|万|千|百)?(${CURRENCY})?`,
  'gu',
);

/** What may join the members of a list of sums: 100万元、50万元 · 1亿元和1500万元 · 100万或50万元. */
const LIST_JOINER = /^(?:、|和|或|及|至|到|—|-|～|~|，)$/u;

/** The value of a number as written: digits, or a Chinese numeral up to 九千九百九十九 (两 for 二). */
function numberValue(written: string): number | null {
  if (/^\d/u.test(written)) return Number(written);
  return parseChineseNumeral(written.replace(/两/gu, '二'));
}

/** A sum in any currency; `currency` is 元 for the yuan. */
type AnyMoney = MoneyMention & { currency: string };

/**
 * Every sum of a text in any currency, with one reading of "number + unit" for the whole
 * project. A number counts as money when a currency follows it (200万元, 1亿元, 一千万元,
 * 200万美元), or when it stands in a list whose later member names one (分别给予100万、50万元
 * 资助; 1亿元和1500万元): Chinese lists write 元 once, on the last member, and the member takes
 * that currency. A list member without its own unit (1、2亿元) takes the unit of the member that
 * names the currency. Linear in the length of the text.
 */
function scanMoney(text: string): AnyMoney[] {
  type Token = { text: string; value: number; unit: string; currency: string | null; index: number; end: number };
  const tokens: Token[] = [];
  for (const m of text.matchAll(AMOUNT)) {
    const value = numberValue(m[1] ?? '');
    if (value === null || (m[2] === undefined && m[3] === undefined && !/^\d/u.test(m[1] ?? ''))) continue;
    tokens.push({
      text: m[0],
      value,
      unit: m[2] ?? '',
      currency: m[3] ?? null,
      index: m.index,
      end: m.index + m[0].length,
    });
  }
  const found: AnyMoney[] = [];
  // Walk backwards so that each member knows whether the list it stands in ends in a currency, and with which unit.
  let list: { unit: string; currency: string } | null = null;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i] as Token;
    const next = tokens[i + 1];
    const joined = next !== undefined && LIST_JOINER.test(text.slice(t.end, next.index));
    if (t.currency !== null) list = { unit: t.unit, currency: t.currency };
    else if (!joined) list = null;
    if (list === null) continue;
    const unit = t.unit !== '' || t.currency !== null ? t.unit : list.unit;
    found.push({
      text: t.text,
      yuan: Math.round(t.value * (UNIT[unit] ?? 1)),
      index: t.index,
      currency: list.currency,
    });
  }
  return found.reverse();
}

/**
 * Finds every sum of money in yuan in a text (see scanMoney): 200万元, 1亿元, 一千万元, and the
 * members of a list that ends in 元. Sums in another currency are not yuan: see findForeignMoney.
 */
export function findMoney(text: string): MoneyMention[] {
  return scanMoney(text)
    .filter((m) => m.currency === '元')
    .map(({ text: t, yuan, index }) => ({ text: t, yuan, index }));
}

/** Finds every sum in another currency than the yuan (200万美元, 100万港元, 5万欧元). */
export function findForeignMoney(text: string): ForeignMoneyMention[] {
  return scanMoney(text)
    .filter((m) => m.currency !== '元')
    .map(({ text: t, currency, index }) => ({ text: t, currency, index }));
}

/** Converts a number and a unit (亿, 千万, 万 … or none) to whole yuan. */
export function toYuan(num: string, unit: string): number {
  const factor = UNIT[unit];
  if (factor === undefined) throw new RangeError(`unknown money unit: ${unit}`);
  return Math.round(Number(num) * factor);
}

/** A percentage found in a text, as a fraction (15% → 0.15). */
export interface RateMention {
  /** The words as written, e.g. "15%", "百分之三十", "千分之五". */
  text: string;
  /** The fraction (15% → 0.15); above 1 when the text says more than 100%. */
  rate: number;
  /** Offset of `text` in the searched string. */
  index: number;
}

/** The fraction of a rate written in words: 百分之 is a hundredth, 千分之 a thousandth, 万分之 a ten-thousandth. */
const PER: Readonly<Record<string, number>> = { 百分之: 100, 千分之: 1_000, 万分之: 10_000 };

/**
 * A rate as policy texts write it: digits with % or ％ (15%, 1.5％) or ‰, or in words,
 * 百分之/千分之/万分之 and a number in digits or Chinese numerals, with 点 for the decimals
 * (百分之三十, 千分之五, 百分之十五点五, 百分之百).
 */
const RATE =
  /(\d+(?:\.\d+)?)([%％‰])|(百分之|千分之|万分之)(\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+(?:点[零〇一二三四五六七八九]+)?)/gu;

/** The digits of a decimal part written in Chinese numerals (点五 → 5). */
const DECIMAL_DIGITS = '零一二三四五六七八九';

/** The value of the number of a rate in words: 三十 → 30, 十五点五 → 15.5, 百 → 100 (百分之百). */
function wordRateNumber(written: string): number | null {
  if (/^\d/u.test(written)) return Number(written);
  const [int = '', frac] = written.replace(/〇/gu, '零').replace(/两/gu, '二').split('点');
  const whole = int === '百' ? 100 : parseChineseNumeral(int);
  if (whole === null) return null;
  if (frac === undefined) return whole;
  const digits = frac.replace(/./gu, (ch) => String(DECIMAL_DIGITS.indexOf(ch)));
  return Number(`${String(whole)}.${digits}`);
}

/** Finds every rate in a text: 15%, 1％, 5‰, 百分之三十, 千分之五, 百分之十五点五. */
export function findRates(text: string): RateMention[] {
  const found: RateMention[] = [];
  for (const m of text.matchAll(RATE)) {
    if (m[1] !== undefined) {
      found.push({ text: m[0], rate: Number(m[1]) / (m[2] === '‰' ? 1_000 : 100), index: m.index });
      continue;
    }
    const value = wordRateNumber(m[4] ?? '');
    if (value !== null) found.push({ text: m[0], rate: value / (PER[m[3] ?? ''] ?? 100), index: m.index });
  }
  return found;
}

/**
 * Writes yuan the way the policy does: the largest unit that keeps the number whole,
 * or one decimal of 亿 (1.5亿元). 2000000 → "200万元", 100000000 → "1亿元".
 */
export function formatYuan(yuan: number): string {
  if (yuan >= 100_000_000 && yuan % 10_000_000 === 0) {
    return `${String(yuan / 100_000_000)}亿元`;
  }
  if (yuan >= 10_000 && yuan % 10_000 === 0) return `${String(yuan / 10_000)}万元`;
  return `${yuan.toLocaleString('zh-CN')}元`;
}

/** Writes a fraction as a percentage: 0.15 → "15%". */
export function formatRate(rate: number): string {
  return `${String(Math.round(rate * 10_000) / 100)}%`;
}

/** Whether `text` states the sum `yuan` (in any of its written forms). */
export function textStatesYuan(text: string, yuan: number): boolean {
  return findMoney(text).some((m) => m.yuan === yuan);
}

/** Whether `text` states the rate (0.15 ↔ 15% or 百分之十五). */
export function textStatesRate(text: string, rate: number): boolean {
  return findRates(text).some((m) => Math.abs(m.rate - rate) < 1e-9);
}
