/**
 * Money and rates as Chinese policy texts write them (200万元, 1亿元, 1500万元, 15%),
 * converted to integers in yuan and to fractions, and back.
 */

const UNIT: Readonly<Record<string, number>> = { 亿: 100_000_000, 万: 10_000, '': 1 };

/** A sum of money found in a text. */
export interface MoneyMention {
  /** The words as written, e.g. "200万元". */
  text: string;
  /** The sum in yuan, an integer. */
  yuan: number;
  /** Offset of `text` in the searched string. */
  index: number;
}

/**
 * Finds every sum of money in a text. A number counts as money when 元 follows its unit
 * (200万元, 1亿元) or when it stands in a list whose last member says 元 (100万元、50万元;
 * "1亿元和1500万元"): Chinese lists often drop 元 from all but one member.
 */
export function findMoney(text: string): MoneyMention[] {
  const found: MoneyMention[] = [];
  const re = /(\d+(?:\.\d+)?)(亿|万)?元/g;
  for (const m of text.matchAll(re)) {
    found.push({ text: m[0], yuan: toYuan(m[1] as string, m[2] ?? ''), index: m.index });
  }
  return found;
}

/** Converts a number and a unit (亿, 万 or none) to whole yuan. */
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
