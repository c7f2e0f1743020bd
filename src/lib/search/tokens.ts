/**
 * Numbers as single index tokens: sums of money and clause numbers. Pagefind splits 20亿元 into 20 and 亿 and matches every
 * term as a prefix, so 20 also finds 200万元 and 2000万元; a sum written as one token in yuan,
 * closed by a letter (y2000000000y), matches that sum only, whichever way it was written
 * (20亿, 20亿元, 200000万元).
 */

/**
 * Yuan per unit. Not imported from amounts/money.ts on purpose: this file runs in the search
 * page's script, which then loads as one file instead of waiting for a shared chunk.
 */
const UNIT = { 万: 10_000, 亿: 100_000_000 } as const;

/** The token of a sum in yuan. */
export function moneyToken(yuan: number): string {
  return `y${String(yuan)}y`;
}

/** A sum in a query: digits and 万 or 亿, with or without 元 (200万, 1.5亿元). */
const QUERY_SUM = /(\d+(?:\.\d+)?)\s*(亿|万)\s*元?/g;

/** Rewrites the sums of a query as tokens: "绿色工厂 200万元" → "绿色工厂  y2000000y ". */
export function rewriteSums(query: string): string {
  return query.replace(
    QUERY_SUM,
    (_m, num: string, unit: '万' | '亿') => ` ${moneyToken(Math.round(Number(num) * UNIT[unit]))} `,
  );
}

/**
 * The token of clause number `n` (c16c), which the clause's record holds: people write 第16条 or
 * 第十六条, and the numeral alone would match other clauses by prefix (十 → 十六).
 */
export function clauseToken(n: number): string {
  return `c${String(n)}c`;
}
