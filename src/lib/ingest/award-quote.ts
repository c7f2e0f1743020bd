/**
 * The quote of an award: the sentence, or, when the sentence is longer than MAX_QUOTE, the run of
 * its clauses (split at ， and ； outside brackets) that states the award: from the clause that
 * names its object (对…的) or holds the grant verb, to the clause of the last amount after the
 * verb. Every award of a sentence repeated a 64 KB sentence as its quote, so that 5,000 amounts
 * wrote 306 MB: with quotes bounded, the drafts grow with the input, not with its square.
 */
import { findMoney, findRates } from '../amounts/money';

/**
 * The longest quote an award carries (characters). The sentences that grant support in the
 * curated base and the LawRefBook collection are far shorter; a longer granting clause is left
 * out and reported.
 */
export const MAX_QUOTE = 300;

/** The offsets of the ， and ； of a sentence outside （…）, in one pass. */
function clauseBreaks(s: string): number[] {
  const breaks: number[] = [];
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === '（') depth++;
    else if (ch === '）') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (ch === '，' || ch === '；')) breaks.push(i);
  }
  return breaks;
}

/**
 * The quote of the awards a sentence grants at `grantAt` (see the file's comment).
 * @param s the sentence without its closing 。 or ；
 * @returns the quote, or null when even the clauses that state the award are longer than MAX_QUOTE
 */
export function awardQuote(s: string, grantAt: number): string | null {
  if (s.length <= MAX_QUOTE) return s;
  const opening = [...s.slice(0, grantAt).matchAll(/(?:^|，)对/gu)].pop();
  const first = opening ? opening.index + opening[0].length - 1 : grantAt;
  const post = s.slice(grantAt);
  const last = [...findMoney(post), ...findRates(post)].reduce(
    (m, x) => Math.max(m, grantAt + x.index + x.text.length - 1),
    grantAt,
  );
  const breaks = clauseBreaks(s);
  const from = breaks.filter((b) => b < first).reduce((_, b) => b + 1, 0);
  const to = breaks.find((b) => b > last) ?? s.length;
  const quote = s.slice(from, to);
  return quote.length <= MAX_QUOTE ? quote : null;
}
