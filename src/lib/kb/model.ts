import type { Award, Ladder } from '../../schemas/award';
import type { Budget } from '../../schemas/budget';
import type { ClauseData } from '../../schemas/clause';
import type { Part, Policy } from '../../schemas/policy';
import type { Reference } from '../../schemas/reference';
import type { Target } from '../../schemas/target';
import type { Industry, IndustryGroup, Level, SearchEquivalent, SupportType } from '../../schemas/vocabulary';
import type { RawKnowledgeBase } from '../content/load';
import { describeAmount, maxYuan } from '../amounts/describe';
import { issuerOfDocNumber, parseDocNumber } from '../citations/doc-number';
import { sentenceId, sentenceNumberOf } from '../text/sentences';
import { awardAnchor, urls } from './urls';

/** A clause with what the site derives from it. */
export interface ClauseView extends ClauseData {
  /** The clause's text. */
  body: string;
  /** Site path of the clause page. */
  url: string;
  /** Its part. */
  partInfo: Part;
  /** Support types of its awards, in vocabulary order: derived, never written twice. */
  supportTypes: string[];
}

/** An award with its clause, for tables and the calculator. */
export interface AwardView extends Award {
  policy: string;
  clause: number;
  clauseNumeral: string;
  clauseTitle: string;
  /** Industries of its clause (empty: all manufacturing). */
  industries: string[];
  /** Link to the award's row on its clause page. */
  url: string;
  /** Link to the sentence it quotes. */
  sentenceUrl: string;
  /** The amount in words (200万元, 投入额的15%，最高300万元 …). */
  amountText: string;
  /** The largest sum it can pay, for sorting, or null. */
  maxYuan: number | null;
  /** The ladder it stands on, if any. */
  ladderInfo: Ladder | null;
}

/** A budget or fund with its clause. */
export interface BudgetView extends Budget {
  policy: string;
  clause: number;
  clauseNumeral: string;
  clauseTitle: string;
  url: string;
}

/** A target with its clause. */
export interface TargetView extends Target {
  policy: string;
  clause: number;
  clauseNumeral: string;
  clauseTitle: string;
  url: string;
}

/** A place that cites a referenced document. */
export interface CitingPlace {
  policy: string;
  clause: number;
  clauseNumeral: string;
  clauseTitle: string;
  quote: string;
  /** Link to the citing sentence. */
  url: string;
}

/** A referenced document with who cites it. */
export interface ReferenceView extends Reference {
  url: string;
  /** The issuer as far as the number tells, or null. */
  issuer: string | null;
  /** The year in the number, or null. */
  year: number | null;
  citedBy: CitingPlace[];
}

/** An industry with the clauses that name it. */
export interface IndustryView extends Industry {
  url: string;
  clauses: ClauseView[];
}

/** A support type with its awards. */
export interface SupportTypeView extends SupportType {
  url: string;
  awards: AwardView[];
}

/** A policy with its clauses. */
export interface PolicyView extends Policy {
  url: string;
  clauses: ClauseView[];
}

/** The whole base, derived once from validated content. */
export interface KnowledgeBase {
  policies: PolicyView[];
  clauses: ClauseView[];
  awards: AwardView[];
  budgets: BudgetView[];
  targets: TargetView[];
  references: ReferenceView[];
  industries: IndustryView[];
  industryGroups: IndustryGroup[];
  supportTypes: SupportTypeView[];
  levels: Level[];
  /** Words people search with for the policies' words. */
  searchEquivalents: SearchEquivalent[];
  /** The awards, budgets and targets of each clause, keyed by clauseKey(policy, number). */
  byClause: ReadonlyMap<string, ClauseRows>;
}

/** What a clause page lists as data. */
export interface ClauseRows {
  awards: AwardView[];
  budgets: BudgetView[];
  targets: TargetView[];
}

/** The key of a clause in lookups: unique across policies. */
export function clauseKey(policy: string, number: number): string {
  return `${policy}/${String(number)}`;
}

/** Link to the sentence of a clause where `quote` starts (or the clause when it is not found). */
function sentenceUrl(clauseUrl: string, body: string, quote: string): string {
  const n = sentenceNumberOf(body, quote);
  return n === null ? clauseUrl : `${clauseUrl}#${sentenceId(n)}`;
}

/** The clause fields every derived row repeats. */
function clauseRef(c: ClauseView) {
  return { policy: c.policy, clause: c.number, clauseNumeral: c.numeral, clauseTitle: c.title };
}

/** Builds the derived views of the base from validated content. */
export function buildKnowledgeBase(raw: RawKnowledgeBase): KnowledgeBase {
  const { vocabularies } = raw;
  const references = new Map(raw.references.map((r) => [r.data.id, r.data]));
  const policies = raw.policies.map((p) => p.data);
  const clauses: ClauseView[] = raw.clauses
    .map((c): ClauseView => {
      const policy = policies.find((p) => p.id === c.data.policy);
      const partInfo = policy?.parts.find((p) => p.number === c.data.part);
      if (!partInfo) throw new Error(`${c.file}: part ${String(c.data.part)} not found (validate content first)`);
      const kinds = new Set(c.data.awards.map((a) => a.kind));
      return {
        ...c.data,
        body: c.body,
        url: urls.clause(c.data.policy, c.data.number),
        partInfo,
        supportTypes: vocabularies.supportTypes.map((s) => s.name).filter((n) => kinds.has(n)),
      };
    })
    .sort((a, b) => a.policy.localeCompare(b.policy) || a.number - b.number);

  const awards = clauses.flatMap((c) =>
    c.awards.map((a): AwardView => {
      const ref = a.amount.type === 'byReference' ? references.get(a.amount.ref) : undefined;
      return {
        ...a,
        ...clauseRef(c),
        industries: c.industries,
        url: `${c.url}#${awardAnchor(a.id)}`,
        sentenceUrl: sentenceUrl(c.url, c.body, a.quote),
        amountText: describeAmount(a.amount, ref ? (ref.docNumber ?? ref.title) : undefined),
        maxYuan: maxYuan(a.amount),
        ladderInfo: c.ladders.find((l) => l.id === a.ladder?.id) ?? null,
      };
    }),
  );
  const budgets = clauses.flatMap((c) => c.budgets.map((b): BudgetView => ({ ...b, ...clauseRef(c), url: sentenceUrl(c.url, c.body, b.quote) })));
  const targets = clauses.flatMap((c) => c.targets.map((t): TargetView => ({ ...t, ...clauseRef(c), url: sentenceUrl(c.url, c.body, t.quote) })));

  // Grouped once: a page per clause filtering every row of the base would make builds quadratic.
  const byClause = new Map<string, ClauseRows>(clauses.map((c) => [clauseKey(c.policy, c.number), { awards: [], budgets: [], targets: [] }]));
  const rowsOf = (r: { policy: string; clause: number }) => byClause.get(clauseKey(r.policy, r.clause)) as ClauseRows;
  for (const a of awards) rowsOf(a).awards.push(a);
  for (const b of budgets) rowsOf(b).budgets.push(b);
  for (const t of targets) rowsOf(t).targets.push(t);

  return {
    byClause,
    policies: policies.map((p) => ({ ...p, url: urls.policy(p.id), clauses: clauses.filter((c) => c.policy === p.id) })),
    clauses,
    awards,
    budgets,
    targets,
    references: [...references.values()].map((r): ReferenceView => {
      const doc = r.docNumber ? parseDocNumber(r.docNumber) : null;
      return {
        ...r,
        url: urls.reference(r.id),
        issuer: doc ? issuerOfDocNumber(doc) : null,
        year: doc?.year ?? null,
        citedBy: clauses.flatMap((c) =>
          c.citations.filter((ct) => ct.ref === r.id).map((ct) => ({ ...clauseRef(c), quote: ct.quote, url: sentenceUrl(c.url, c.body, ct.quote) })),
        ),
      };
    }),
    industries: vocabularies.industries.map((i) => ({ ...i, url: urls.industry(i.id), clauses: clauses.filter((c) => c.industries.includes(i.name)) })),
    industryGroups: [...new Set(vocabularies.industries.map((i) => i.group))],
    supportTypes: vocabularies.supportTypes.map((s) => ({ ...s, url: urls.supportType(s.id), awards: awards.filter((a) => a.kind === s.name) })),
    levels: [...vocabularies.levels].sort((a, b) => b.rank - a.rank),
    searchEquivalents: vocabularies.searchEquivalents,
  };
}
