/**
 * Build-time half of traditional → simplified conversion: a character map restricted to the
 * characters the index holds, so the browser gets about a kilobyte instead of OpenCC's
 * dictionaries. Runs in Node only (it loads opencc-js); the browser half is simplify.ts.
 */
import * as OpenCC from 'opencc-js';

/** Traditional character → simplified character. */
export type TradMap = Record<string, string>;

const HAN = /\p{Script=Han}/u;

/**
 * The traditional forms (Taiwan and Hong Kong standards) of every Han character of `texts`
 * that has one, mapped back to the simplified character. A form is kept only when OpenCC
 * converts it back to the same character, so ambiguous forms never rewrite a query wrongly.
 */
export function buildTradMap(texts: readonly string[]): TradMap {
  const toTw = OpenCC.Converter({ from: 'cn', to: 'tw' });
  const toHk = OpenCC.Converter({ from: 'cn', to: 'hk' });
  const toCn = OpenCC.Converter({ from: 'tw', to: 'cn' });
  const chars = new Set(Array.from(texts.join('')).filter((ch) => HAN.test(ch)));
  const map: TradMap = {};
  for (const simp of [...chars].sort()) {
    for (const trad of new Set([toTw(simp), toHk(simp)])) {
      if (trad !== simp && Array.from(trad).length === 1 && toCn(trad) === simp) map[trad] = simp;
    }
  }
  return map;
}
