/**
 * Awards in legislation. A law or regulation says 给予表彰和奖励, 给予经济补偿 or 按照国家有关规定给予
 * 补助 as a rule of conduct, with no sum and no programme behind it: read as an award, such a
 * sentence would put hundreds of claims no enterprise can make beside the support policies'
 * real ones. In legislation, an award is kept only where the text states its money (a sum, a
 * rate, a match); the others are left out and reported, since a missed award is better than an
 * invented one. A rate is left out too: in legislation it is a share an employer or a fund owes
 * (百分之六十予以补足 of a pension), never a grant to an enterprise. Policies (意见, 若干政策) keep
 * every award the ingest finds.
 */
import type { Award } from '../../schemas/award';
import type { PolicyKind } from '../../schemas/policy';

/** The kinds of legislation: laws, regulations and rules, as opposed to policy documents. */
export const LEGISLATION_KINDS: ReadonlySet<PolicyKind> = new Set([
  '法律',
  '行政法规',
  '部门规章',
  '地方性法规',
  '地方政府规章',
]);

/** The amounts legislation keeps: a sum the text states. */
const STATED_SUMS: ReadonlySet<Award['amount']['type']> = new Set(['fixed']);

/** The awards legislation keeps, and the quotes of those it leaves out. */
export function legislationAwards(awards: readonly Award[]): { kept: Award[]; left: string[] } {
  return {
    kept: awards.filter((a) => STATED_SUMS.has(a.amount.type)),
    left: awards.filter((a) => !STATED_SUMS.has(a.amount.type)).map((a) => a.quote),
  };
}
