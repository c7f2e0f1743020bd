/**
 * Reads what a reader typed in a base field of the calculator form (万元) into whole yuan, or
 * says why it cannot: the form's one reader of a base, so that no input is dropped without a
 * word. Digits are ASCII 0–9 or full-width ０–９ (a Chinese input method's full-width mode);
 * other scripts' digits (Arabic-Indic ٠١٢, Persian ۰۱۲, Devanagari ०१२…) are refused by name
 * rather than guessed, and a sum below 1 元 is said to be so rather than rounded to 0.
 */
import { echoText } from './echo';

/** 万元 in the form, yuan in the profile. */
const WAN = 10_000;

/** What a base field holds. */
export type BaseReading =
  /** Nothing typed (or only spaces): the award asks for its base. */
  | { kind: 'empty' }
  /** A number, in whole yuan (rounded to the yuan); validation checks its range. */
  | { kind: 'yuan'; yuan: number }
  /** Text that is no base, and what to do, in the form's terms. */
  | { kind: 'problem'; message: string };

/** Full-width digits and signs, as a Chinese input method in full-width mode types them. */
const FULL_WIDTH: Readonly<Record<string, string>> = { '．': '.', '－': '-', '＋': '+', ｅ: 'e', Ｅ: 'E' };

/** A decimal number as Number() reads it (3000, 0.5, .5, -5, 1e+26 as the form writes large bases). */
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

/** Digits of any script; ASCII and full-width ones are read, the others named. */
const ANY_DIGIT = /\p{Nd}/gu;

/** How many distinct foreign digits a message lists. */
const DIGITS_LISTED = 5;

/** Full-width digits and signs made ASCII; every other character kept as it is. */
function halfWidth(text: string): string {
  return text.replace(/[０-９．－＋ｅＥ]/g, (c) =>
    c >= '０' && c <= '９' ? String.fromCharCode(c.charCodeAt(0) - 0xff10 + 0x30) : (FULL_WIDTH[c] ?? c),
  );
}

/** A character with its code point, so that a digit that looks like another is still told apart: ٣ (U+0663). */
function named(c: string): string {
  return `${c}（U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}）`;
}

/**
 * Reads a base field. `field` is the base's name as the form labels it (项目投入额), for the
 * message. Whole yuan: a sum that rounds to 0 yuan but is above 0 is refused as below 1 元, so
 * that 0.00001 万元 never reads as "应大于0万元".
 */
export function readBaseWan(raw: string, field: string): BaseReading {
  const typed = raw.trim();
  if (typed === '') return { kind: 'empty' };
  const text = halfWidth(typed);
  const shown = `“${echoText(typed)}”`;
  const foreign = [...new Set(text.match(ANY_DIGIT) ?? [])].filter((c) => !/[0-9]/.test(c));
  if (foreign.length > 0) {
    const listed = foreign.slice(0, DIGITS_LISTED).map(named).join('、');
    const more = foreign.length > DIGITS_LISTED ? ` 等 ${String(foreign.length)} 个` : '';
    return {
      kind: 'problem',
      message: `${field}${shown}中的数字 ${listed}${more} 无法识别，这个金额未计算；请用 0–9 填写${field}（万元）`,
    };
  }
  if (!DECIMAL.test(text)) {
    return {
      kind: 'problem',
      message: `${field}${shown}不是数字，这个金额未计算；请只填写数字，单位为万元（例如 3000 或 0.5），不加逗号或单位`,
    };
  }
  const wan = Number(text);
  const yuan = Math.round(wan * WAN);
  // Math.round(-0.1) is -0: a negative sum is validation's (应大于0), only a positive one is "too small".
  if (wan > 0 && yuan === 0) {
    return {
      kind: 'problem',
      message: `${field}${shown}万元不足1元：金额按整元计算，这个金额未计算；最少填写 0.0001 万元（1元）`,
    };
  }
  return { kind: 'yuan', yuan };
}
