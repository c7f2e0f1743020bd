/**
 * The rows derived from provisions (awards, budgets, targets, and the places citing each
 * reference), each made by one function, and their grouping by provision.
 */
import type { Policy } from '../../schemas/policy';
import type { Reference } from '../../schemas/reference';
import { describeAmount, maxYuan } from '../amounts/describe';
import { issuerOfDocNumber, parseDocNumber } from '../citations/doc-number';
import type { IndustryMatcher } from '../text/industry-match';
import { sentenceId, sentenceNumberOf } from '../text/sentences';
import { groupBy } from '../util/group';
import { clauseKey } from './clause-key';
import { awardAnchor, urls } from './urls';
import type { AwardView, BudgetView, ClauseRef, ClauseRows, ClauseView, ReferenceView, TargetView } from './views';

/** Makes the provision fields every derived row repeats. */
export type RowOf = (c: ClauseView) => ClauseRef;

/** Link to the sentence of a provision where `quote` starts (or the provision when it is not found). */
function sentenceUrl(clauseUrl: string, body: string, quote: string): string {
  const n = sentenceNumberOf(body, quote);
  return n === null ? clauseUrl : `${clauseUrl}#${sentenceId(n)}`;
}

/**
 * The maker of the provision fields every derived row repeats, with the policy's short title.
 * @param policies the policies the provisions belong to
 */
export function rowOfPolicies(policies: readonly Policy[]): RowOf {
  const shortTitles = new Map(policies.map((p) => [p.id, p.shortTitle]));
  return (c) => ({
    policy: c.policy,
    clause: c.number,
    clauseNumeral: c.numeral,
    clauseTitle: c.title,
    clauseName: c.name,
    clauseLabel: c.label,
    policyTitle: shortTitles.get(c.policy) ?? c.policy,
  });
}

/**
 * Every award of the provisions, in their order, with its industries, links and amount text.
 * @param references the references by id, for amounts set by a referenced document
 */
export function awardViews(
  clauses: readonly ClauseView[],
  references: ReadonlyMap<string, Reference>,
  matcher: IndustryMatcher,
  rowOf: RowOf,
): AwardView[] {
  return clauses.flatMap((c) =>
    c.awards.map((a): AwardView => {
      const ref = a.amount.type === 'byReference' ? references.get(a.amount.ref) : undefined;
      return {
        ...a,
        ...rowOf(c),
        industries: matcher.namedIn(`${a.condition} ${a.quote}`),
        url: `${c.url}#${awardAnchor(a.id)}`,
        sentenceUrl: sentenceUrl(c.url, c.text, a.quote),
        amountText: describeAmount(a.amount, ref ? (ref.docNumber ?? ref.title) : undefined),
        maxYuan: maxYuan(a.amount),
        ladderInfo: c.ladders.find((l) => l.id === a.ladder?.id) ?? null,
        departments: c.departments,
      };
    }),
  );
}

/** Every budget of the provisions, in their order, linked to its sentence. */
export function budgetViews(clauses: readonly ClauseView[], rowOf: RowOf): BudgetView[] {
  return clauses.flatMap((c) =>
    c.budgets.map((b): BudgetView => ({ ...b, ...rowOf(c), url: sentenceUrl(c.url, c.text, b.quote) })),
  );
}

/** Every target of the provisions, in their order, with its industries, linked to its sentence. */
export function targetViews(clauses: readonly ClauseView[], matcher: IndustryMatcher, rowOf: RowOf): TargetView[] {
  return clauses.flatMap((c) =>
    c.targets.map((t): TargetView => ({
      ...t,
      ...rowOf(c),
      industries: matcher.namedIn(`${t.what} ${t.quote}`),
      url: sentenceUrl(c.url, c.text, t.quote),
    })),
  );
}

/**
 * The rows of each provision, by clauseKey, grouped once: a page per provision filtering every
 * row of the base would make builds quadratic.
 */
export function rowsByClause(
  clauses: readonly ClauseView[],
  rows: { awards: readonly AwardView[]; budgets: readonly BudgetView[]; targets: readonly TargetView[] },
): Map<string, ClauseRows> {
  const byClause = new Map<string, ClauseRows>(
    clauses.map((c) => [clauseKey(c.policy, c.number), { awards: [], budgets: [], targets: [] }]),
  );
  const rowsOf = (r: { policy: string; clause: number }) => byClause.get(clauseKey(r.policy, r.clause)) as ClauseRows;
  for (const a of rows.awards) rowsOf(a).awards.push(a);
  for (const b of rows.budgets) rowsOf(b).budgets.push(b);
  for (const t of rows.targets) rowsOf(t).targets.push(t);
  return byClause;
}

/** Every reference with its issuer, year, links and the places that cite it. */
export function referenceViews(
  references: Iterable<Reference>,
  clauses: readonly ClauseView[],
  rowOf: RowOf,
  policies: readonly Policy[],
): Omit<ReferenceView, 'implementedBy' | 'repealedBy'>[] {
  const citing = groupBy(
    clauses.flatMap((c) => c.citations.map((ct) => ({ c, ct }))),
    ({ ct }) => ct.ref,
  );
  const citingPreambles = groupBy(
    policies.flatMap((p) => p.preambleCitations.map((ct) => ({ p, ct }))),
    ({ ct }) => ct.ref,
  );
  return [...references].map((r): Omit<ReferenceView, 'implementedBy' | 'repealedBy'> => {
    const doc = r.docNumber ? parseDocNumber(r.docNumber) : null;
    return {
      ...r,
      url: urls.reference(r.id),
      issuer: doc ? issuerOfDocNumber(doc) : null,
      year: doc?.year ?? null,
      policyUrl: r.policy ? urls.policy(r.policy) : null,
      citedBy: (citing.get(r.id) ?? []).map(({ c, ct }) => ({
        ...rowOf(c),
        quote: ct.quote,
        url: sentenceUrl(c.url, c.text, ct.quote),
      })),
      citedByPreamble: (citingPreambles.get(r.id) ?? []).map(({ p, ct }) => ({
        policy: p.id,
        policyTitle: p.shortTitle,
        quote: ct.quote,
        url: urls.preamble(p.id),
      })),
    };
  });
}
