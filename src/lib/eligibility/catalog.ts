import { clauseKey } from '../kb/clause-key';
import type { AwardView, BudgetView, KnowledgeBase } from '../kb/model';

/**
 * What the calculator needs of one award: the fields of the knowledge base's AwardView it
 * reads, plus the name of the document that sets a byReference amount. Plain JSON, so that the
 * /calculator/ page can embed it and run the very same computation in the browser.
 */
export type CatalogAward = Pick<
  AwardView,
  | 'id'
  | 'policy'
  | 'clause'
  | 'clauseNumeral'
  | 'clauseTitle'
  | 'clauseName'
  | 'clauseLabel'
  | 'policyTitle'
  | 'url'
  | 'recipient'
  | 'condition'
  | 'level'
  | 'kind'
  | 'amount'
  | 'amountText'
  | 'ladder'
  | 'ladderInfo'
  | 'quote'
> & {
  /** For byReference amounts: the cited document's number, or its name when it has none. */
  referenceName: string | null;
};

/** A budget or fund, known only so that a claim naming one gets a precise error. */
export type CatalogBudget = Pick<
  BudgetView,
  'id' | 'policy' | 'clause' | 'clauseNumeral' | 'clauseLabel' | 'policyTitle' | 'what'
>;

/** Everything the calculator reads, in the knowledge base's order (by clause, then as written). */
export interface Catalog {
  /** Every award of every policy. */
  awards: CatalogAward[];
  /** Every budget and fund: never claimable, known for their error message. */
  budgets: CatalogBudget[];
}

/** Extracts the calculator's catalog from the knowledge base (server side: CLI, page build, tests). */
export function buildCatalog(kb: Pick<KnowledgeBase, 'awards' | 'budgets' | 'references'>): Catalog {
  const refs = new Map(kb.references.map((r) => [r.id, r.docNumber ?? r.title]));
  return {
    awards: kb.awards.map((a) => ({
      id: a.id,
      policy: a.policy,
      clause: a.clause,
      clauseNumeral: a.clauseNumeral,
      clauseTitle: a.clauseTitle,
      clauseName: a.clauseName,
      clauseLabel: a.clauseLabel,
      policyTitle: a.policyTitle,
      url: a.url,
      recipient: a.recipient,
      condition: a.condition,
      level: a.level,
      kind: a.kind,
      amount: a.amount,
      amountText: a.amountText,
      ...(a.ladder ? { ladder: a.ladder } : {}),
      ladderInfo: a.ladderInfo,
      quote: a.quote,
      referenceName: a.amount.type === 'byReference' ? (refs.get(a.amount.ref) ?? a.amount.ref) : null,
    })),
    budgets: kb.budgets.map((b) => ({
      id: b.id,
      policy: b.policy,
      clause: b.clause,
      clauseNumeral: b.clauseNumeral,
      clauseLabel: b.clauseLabel,
      policyTitle: b.policyTitle,
      what: b.what,
    })),
  };
}

const built = new WeakMap<object, Catalog>();

/**
 * The catalog of a knowledge base, built once per base: every calculator page (one per policy)
 * embeds part of it, and building it again per page costs pages × awards.
 */
export function catalogOf(kb: Pick<KnowledgeBase, 'awards' | 'budgets' | 'references'>): Catalog {
  const known = built.get(kb);
  if (known) return known;
  const catalog = buildCatalog(kb);
  built.set(kb, catalog);
  return catalog;
}

/** The part of a catalog that one policy holds: what that policy's own calculator page embeds. */
export function policyCatalog(catalog: Catalog, policy: string): Catalog {
  return {
    awards: catalog.awards.filter((a) => a.policy === policy),
    budgets: catalog.budgets.filter((b) => b.policy === policy),
  };
}

/**
 * The key of an award's ladder: ladder ids are unique only within a clause, so the key carries
 * the policy and the clause. Null when the award stands on no ladder.
 */
export function ladderKey(award: Pick<CatalogAward, 'policy' | 'clause' | 'ladder'>): string | null {
  return award.ladder ? `${clauseKey(award.policy, award.clause)}/${award.ladder.id}` : null;
}
