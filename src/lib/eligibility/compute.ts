import type { CatalogAward } from './catalog';
import { ladderKey } from './catalog';
import { explainCeiling, explainFixed, explainMatching, explainRate, explainStepUp } from './explain';
import type { CeilingItem, NotComputed, Result, ResultItem } from './result';
import { ladderName, rungLabel } from './rungs';
import type { ValidClaim } from './validate';
import { CLI_WORDING, type Wording } from './wording';

/**
 * The sum of one claim (paid now, and in all with a lower tier received earlier), a ceiling
 * (the text states only 最高…), or why there is none.
 */
type Outcome =
  | { amountYuan: number; cumulativeYuan: number; explanation: string }
  | { maxYuan: number; explanation: string }
  | { reason: string };

/** The outcome of an award paid in full: nothing was received earlier, so both sums are the same. */
function paid(amountYuan: number, explanation: string): Outcome {
  return { amountYuan, cumulativeYuan: amountYuan, explanation };
}

/** A step-up: the higher rung minus the lower already received; both must be fixed sums. */
function stepUp(award: CatalogAward, previous: CatalogAward): Outcome {
  if (award.amount.type !== 'fixed' || previous.amount.type !== 'fixed') {
    return { reason: `进档补差需要两档都是定额（${award.amountText}、${previous.amountText}），无法计算差额` };
  }
  const yuan = award.amount.yuan;
  const prevYuan = previous.amount.yuan;
  if (yuan <= prevYuan) return { reason: `${rungLabel(award)}金额不高于已获的${rungLabel(previous)}，没有差额可补` };
  // Paid now: the difference; in all: the higher rung, the lower tier having been paid before.
  return {
    amountYuan: yuan - prevYuan,
    cumulativeYuan: yuan,
    explanation: explainStepUp(award, yuan, previous, prevYuan),
  };
}

/**
 * A rate as an exact fraction of integers, from its shortest decimal writing (0.15 → 15/100),
 * so that a share is computed without binary rounding: 0.15 is not exactly representable.
 */
function rateFraction(rate: number): { num: bigint; den: bigint } {
  const m = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(rate));
  if (!m) throw new Error(`eligibility: rate ${String(rate)} is not a positive decimal`);
  const [, int = '0', frac = '', exp = '0'] = m;
  const shift = frac.length - Number(exp);
  const digits = BigInt(`${int}${frac}`);
  return shift >= 0 ? { num: digits, den: 10n ** BigInt(shift) } : { num: digits * 10n ** BigInt(-shift), den: 1n };
}

/**
 * base × rate in whole yuan, halves rounded up, computed in BigInt: exact for every base the
 * schema admits (profile.ts bounds bases so that the result is a safe integer).
 */
export function shareOf(baseYuan: number, rate: number): number {
  const { num, den } = rateFraction(rate);
  return Number((2n * BigInt(baseYuan) * num + den) / (2n * den));
}

/** The sum of a claim from its award's amount form. */
function outcome({ claim, award, previous }: ValidClaim, wording: Wording): Outcome {
  const { amount } = award;
  const base = claim.baseYuan;
  switch (amount.type) {
    case 'fixed':
      return previous ? stepUp(award, previous) : paid(amount.yuan, explainFixed(award, amount.yuan));
    case 'rate': {
      if (base === undefined) return { reason: wording.needBase(amount.base) };
      const product = shareOf(base, amount.rate);
      const yuan = amount.capYuan === undefined ? product : Math.min(product, amount.capYuan);
      return paid(yuan, explainRate(amount.base, base, amount.rate, product, amount.capYuan));
    }
    case 'upTo':
      return { maxYuan: amount.maxYuan, explanation: explainCeiling(award, amount.maxYuan) };
    case 'matching':
      if (base === undefined) return { reason: wording.needBase(amount.base) };
      return paid(base, explainMatching(amount.base, base, award.kind));
    case 'byReference':
      return { reason: `金额由${award.referenceName ?? amount.ref}规定，该文件尚未收录` };
    case 'unspecified':
      return { reason: `原文未规定金额：${amount.note}` };
  }
}

/**
 * Keeps the highest claimed rung of each ladder: one award per ladder. The lower rungs go to
 * notComputed, saying which rung counts instead.
 */
function highestRungs(
  claims: readonly ValidClaim[],
  wording: Wording,
): { counted: ValidClaim[]; dropped: NotComputed[] } {
  const best = new Map<string, ValidClaim>();
  for (const c of claims) {
    const key = ladderKey(c.award);
    const held = key === null ? undefined : best.get(key);
    if (key !== null && (!held || (c.award.ladder?.rank ?? 0) > (held.award.ladder?.rank ?? 0))) best.set(key, c);
  }
  const counted: ValidClaim[] = [];
  const dropped: NotComputed[] = [];
  for (const c of claims) {
    const key = ladderKey(c.award);
    const top = key === null ? c : best.get(key);
    if (!top || top === c) counted.push(c);
    else {
      dropped.push({
        award: c.award.id,
        clause: c.award.clause,
        reason: `与${wording.award(top.award)}同属${ladderName(c.award)}，同一荣誉只计最高一档（${rungLabel(top.award)}），本档不另计`,
      });
    }
  }
  return { counted, dropped };
}

/**
 * Computes a profile's validated claims: each award's sum in whole yuan with the calculation
 * in words, the total paid now and the total with lower tiers received earlier (step-ups), and
 * the awards whose text states only a ceiling (最高…: listed apart, never in a total), and
 * what could not be computed and why. Output follows the policy's
 * order (`order` gives each award id its position). Reasons name awards and bases in `wording`.
 * The total is summed exactly (BigInt); calculate() refuses one beyond Number.MAX_SAFE_INTEGER.
 */
export function computeClaims(
  claims: readonly ValidClaim[],
  order: ReadonlyMap<string, number>,
  wording: Wording = CLI_WORDING,
): Result {
  const { counted, dropped } = highestRungs(claims, wording);
  const items: ResultItem[] = [];
  const ceilings: CeilingItem[] = [];
  const notComputed: NotComputed[] = [...dropped];
  for (const c of counted) {
    const o = outcome(c, wording);
    if ('reason' in o) notComputed.push({ award: c.award.id, clause: c.award.clause, reason: o.reason });
    else if ('maxYuan' in o) {
      const { maxYuan, explanation } = o;
      ceilings.push({ award: c.award.id, clause: c.award.clause, maxYuan, explanation, quote: c.award.quote });
    } else {
      items.push({
        award: c.award.id,
        clause: c.award.clause,
        amountYuan: o.amountYuan,
        cumulativeYuan: o.cumulativeYuan,
        explanation: o.explanation,
        quote: c.award.quote,
      });
    }
  }
  const byPolicy = (a: { award: string }, b: { award: string }) =>
    (order.get(a.award) ?? 0) - (order.get(b.award) ?? 0);
  items.sort(byPolicy);
  ceilings.sort(byPolicy);
  notComputed.sort(byPolicy);
  const total = items.reduce((sum, i) => sum + BigInt(i.amountYuan), 0n);
  const cumulative = items.reduce((sum, i) => sum + BigInt(i.cumulativeYuan), 0n);
  const ceiling = ceilings.reduce((sum, i) => sum + BigInt(i.maxYuan), 0n);
  return {
    items,
    totalYuan: Number(total),
    cumulativeYuan: Number(cumulative),
    ceilings,
    ceilingYuan: Number(ceiling),
    notComputed,
  };
}
