/**
 * Money and rates as Chinese policy texts write them (200万元, 1亿元, 1500万元, 15%),
 * converted to integers in yuan and to fractions, and back.
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

/**
 * A number with its unit, as policy texts write sums: digits (200, 1.5) or a Chinese numeral
 * (五, 二十, 一千), then 亿/千万/百万/万/千/百 or nothing, then 元 or not. The Chinese numeral is
 * taken only before a unit or 元, so that 一 or 十 elsewhere in a sentence is never money.
 */
const AMOUNT = /(\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+(?=亿|千万|百万|万|元))(亿|千万|百万|万|千|百)?(元)?/gu;

/** What may join the members of a list of sums: 100万元、50万元 · 1亿元和1500万元 · 100万或50万元. */
const LIST_JOINER = /^(?:、|和|或|及|至|到|—|-|～|~|，)$/u;

/** The value of a number as written: digits, or a Chinese numeral up to 九千九百九十九 (两 for 二). */
function numberValue(written: string): number | null {
  if (/^\d/u.test(written)) return Number(written);
  return parseChineseNumeral(written.replace(/两/gu, '二'));
}

/**
 * Finds every sum of money in a text, with one reading of "number + unit" for the whole project.
 * A number counts as money when 元 follows it (200万元, 1亿元, 一千万元), or when it stands in a
 * list whose later member says 元 (分别给予100万、50万元资助; 1亿元和1500万元): Chinese lists write
 * 元 once, on the last member. A list member without its own unit (1、2亿元) takes the unit of the
 * member that says 元. Linear in the length of the text.
 */
export function findMoney(text: string): MoneyMention[] {
  type Token = { text: string; value: number; unit: string; yuan: boolean; index: number; end: number };
  const tokens: Token[] = [];
  for (const m of text.matchAll(AMOUNT)) {
    const value = numberValue(m[1] ?? '');
    if (value === null || (m[2] === undefined && m[3] === undefined && !/^\d/u.test(m[1] ?? ''))) continue;
    tokens.push({
      text: m[0],
      value,
      unit: m[2] ?? '',
      yuan: m[3] !== undefined,
      index: m.index,
      end: m.index + m[0].length,
    });
  }
  const found: MoneyMention[] = [];
  // Walk backwards so that each member knows whether the list it stands in ends in 元, and with which unit.
  let listUnit: string | null = null;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i] as Token;
    const next = tokens[i + 1];
    const joined = next !== undefined && LIST_JOINER.test(text.slice(t.end, next.index));
    if (t.yuan) listUnit = t.unit;
    else if (!joined) listUnit = null;
    if (!t.yuan && listUnit === null) continue;
    const unit = t.unit !== '' || t.yuan ? t.unit : (listUnit ?? '');
    found.push({ text: t.text, yuan: Math.round(t.value * (UNIT[unit] ?? 1)), index: t.index });
  }
  return found.reverse();
}

/** Converts a number and a unit (亿, 千万, 万 … or none) to whole yuan. */
export function toYuan(num: string, unit: string): number {
  const factor = UNIT[unit];
  if (factor === undefined) throw new RangeError(`unknown money unit: ${unit}`);
  return Math.round(Number(num) * factor);
}

/** A percentage found in a text, as a fraction (15% → 0.15). */
export interface RateMention {
  /** The words as written, e.g. "15%". */
  text: string;
  /** The fraction, 0–1. */
  rate: number;
  /** Offset of `text` in the searched string. */
  index: number;
}

/** Finds every percentage in a text (ASCII or full-width %). */
export function findRates(text: string): RateMention[] {
  return [...text.matchAll(/(\d+(?:\.\d+)?)[%％]/g)].map((m) => ({
    text: m[0],
    rate: Number(m[1]) / 100,
    index: m.index,
  }));
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

/** Whether `text` states the rate (0.15 ↔ 15%). */
export function textStatesRate(text: string, rate: number): boolean {
  return findRates(text).some((m) => Math.abs(m.rate - rate) < 1e-9);
}
