import type { Award, Ladder } from '../../schemas/award';
import type { Budget } from '../../schemas/budget';
import type { ClauseData } from '../../schemas/clause';
import type { Division } from '../../schemas/division';
import type { Policy } from '../../schemas/policy';
import type { Reference } from '../../schemas/reference';
import type { Target } from '../../schemas/target';
import type { Industry, IndustryGroup, Level, SearchEquivalent, SupportType } from '../../schemas/vocabulary';
import type { RawKnowledgeBase } from '../content/load';
import { describeAmount, maxYuan } from '../amounts/describe';
import { issuerOfDocNumber, parseDocNumber } from '../citations/doc-number';
import { bodyText } from '../content/body';
import { divisionName, provisionLabel, provisionName } from '../text/headings';
import { industryMatcher } from '../text/industry-match';
import { sentenceId, sentenceNumberOf } from '../text/sentences';
import { awardAnchor, urls } from './urls';

/** A part, chapter or section with what the site derives from it. */
export interface DivisionView extends Division {
  /** The policy's id. */
  policy: string;
  /** Site path of the division's page. */
  url: string;
  /** The heading for display: 第一章 总则, 一、构建…目标. */
  name: string;
  /** The id of the division it stands in, or null at the top. */
  parent: string | null;
  /** The provisions it holds, its sub-divisions' included, in order. */
  clauses: ClauseView[];
}

/** A provision (clause, article, item) with what the site derives from it. */
export interface ClauseView extends ClauseData {
  /** The provision's body as stored: Markdown, for rendering (a policy's * or [ is backslash-escaped). */
  body: string;
  /** The provision's text as the page shows it: escapes resolved, paragraphs separated by a blank line. */
  text: string;
  /** Site path of the provision's page. */
  url: string;
  /** The heading for display: （十六）实施绿色制造工程, 第一条（目的和依据）, 第一条. */
  name: string;
  /** How people cite it: 第（十六）条, 第十二条. */
  label: string;
  /** The divisions it stands in, outermost first (empty when the policy has none). */
  trail: DivisionView[];
  /** The number of its top-level division (part 四 is 4), or null: the `part` of the API. */
  part: number | null;
  /** Support types of its awards, in vocabulary order: derived, never written twice. */
  supportTypes: string[];
}

/** An award with its clause, for tables and the calculator. */
export interface AwardView extends Award {
  policy: string;
  clause: number;
  clauseNumeral: string;
  /** The provision's title or caption, or null when an article has none. */
  clauseTitle: string | null;
  /** The provision's heading for display: （十六）实施绿色制造工程, 第十二条. */
  clauseName: string;
  /** How people cite the provision: 第（十六）条, 第十二条. */
  clauseLabel: string;
  /** The short title of its policy. */
  policyTitle: string;
  /**
   * Industries its own sentence (quote or condition) names, by vocabulary name; empty when it names
   * none, whatever else its clause names in passing: an award belongs to an industry only where
   * the text says so.
   */
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
  /** The provision's title or caption, or null when an article has none. */
  clauseTitle: string | null;
  /** The provision's heading for display: （十六）实施绿色制造工程, 第十二条. */
  clauseName: string;
  /** How people cite the provision: 第（十六）条, 第十二条. */
  clauseLabel: string;
  /** The short title of its policy. */
  policyTitle: string;
  url: string;
}

/** A target with its clause. */
export interface TargetView extends Target {
  /** Industries its own sentence names (see AwardView.industries). */
  industries: string[];
  policy: string;
  clause: number;
  clauseNumeral: string;
  /** The provision's title or caption, or null when an article has none. */
  clauseTitle: string | null;
  /** The provision's heading for display: （十六）实施绿色制造工程, 第十二条. */
  clauseName: string;
  /** How people cite the provision: 第（十六）条, 第十二条. */
  clauseLabel: string;
  /** The short title of its policy. */
  policyTitle: string;
  url: string;
}

/** A place that cites a referenced document. */
export interface CitingPlace {
  policy: string;
  clause: number;
  clauseNumeral: string;
  /** The provision's title or caption, or null when an article has none. */
  clauseTitle: string | null;
  /** The provision's heading for display: （十六）实施绿色制造工程, 第十二条. */
  clauseName: string;
  /** How people cite the provision: 第（十六）条, 第十二条. */
  clauseLabel: string;
  /** The short title of its policy. */
  policyTitle: string;
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
  /** The cited document's page in the base when the base holds its text, else null. */
  policyUrl: string | null;
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

/** A policy with its provisions and divisions. */
export interface PolicyView extends Policy {
  url: string;
  clauses: ClauseView[];
  /** Its divisions, in document order, with their provisions. */
  divisionViews: DivisionView[];
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
function clauseRef(c: ClauseView, policyTitle: string) {
  return {
    policy: c.policy,
    clause: c.number,
    clauseNumeral: c.numeral,
    clauseTitle: c.title,
    clauseName: c.name,
    clauseLabel: c.label,
    policyTitle,
  };
}

/** The divisions of a policy as views, their provisions filled in by buildKnowledgeBase. */
function divisionViews(p: Policy): DivisionView[] {
  return p.divisions.map((d) => {
    const cut = d.id.lastIndexOf('.');
    return {
      ...d,
      policy: p.id,
      url: urls.division(p.id, d.id, d.kind),
      name: divisionName(d.kind, d),
      parent: cut < 0 ? null : d.id.slice(0, cut),
      clauses: [],
    };
  });
}

/** Builds the derived views of the base from validated content. */
export function buildKnowledgeBase(raw: RawKnowledgeBase): KnowledgeBase {
  const { vocabularies } = raw;
  const references = new Map(raw.references.map((r) => [r.data.id, r.data]));
  const policies = raw.policies.map((p) => p.data);
  const divisionsOf = new Map(policies.map((p) => [p.id, divisionViews(p)]));
  const matcher = industryMatcher(vocabularies.industries);
  const clauses: ClauseView[] = raw.clauses
    .map((c): ClauseView => {
      const policy = policies.find((p) => p.id === c.data.policy);
      if (!policy) throw new Error(`${c.file}: policy ${c.data.policy} not found (validate content first)`);
      const divisions = divisionsOf.get(policy.id) ?? [];
      const trail =
        c.data.division === null
          ? []
          : divisions.filter((d) => c.data.division === d.id || (c.data.division ?? '').startsWith(`${d.id}.`));
      const kinds = new Set(c.data.awards.map((a) => a.kind));
      const top = trail[0];
      return {
        ...c.data,
        body: c.body,
        text: bodyText(c.body),
        url: urls.clause(c.data.policy, c.data.number),
        name: provisionName(policy.provisionStyle, c.data),
        label: provisionLabel(policy.provisionStyle, c.data.numeral),
        trail,
        part: top ? Number(top.id) : null,
        supportTypes: vocabularies.supportTypes.map((s) => s.name).filter((n) => kinds.has(n)),
      };
    })
    .sort((a, b) => a.policy.localeCompare(b.policy) || a.number - b.number);
  for (const c of clauses) for (const d of c.trail) d.clauses.push(c);
  const shortTitles = new Map(policies.map((p) => [p.id, p.shortTitle]));
  const rowOf = (c: ClauseView) => clauseRef(c, shortTitles.get(c.policy) ?? c.policy);

  const awards = clauses.flatMap((c) =>
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
      };
    }),
  );
  const budgets = clauses.flatMap((c) =>
    c.budgets.map((b): BudgetView => ({ ...b, ...rowOf(c), url: sentenceUrl(c.url, c.text, b.quote) })),
  );
  const targets = clauses.flatMap((c) =>
    c.targets.map((t): TargetView => ({
      ...t,
      ...rowOf(c),
      industries: matcher.namedIn(`${t.what} ${t.quote}`),
      url: sentenceUrl(c.url, c.text, t.quote),
    })),
  );

  // Grouped once: a page per clause filtering every row of the base would make builds quadratic.
  const byClause = new Map<string, ClauseRows>(
    clauses.map((c) => [clauseKey(c.policy, c.number), { awards: [], budgets: [], targets: [] }]),
  );
  const rowsOf = (r: { policy: string; clause: number }) => byClause.get(clauseKey(r.policy, r.clause)) as ClauseRows;
  for (const a of awards) rowsOf(a).awards.push(a);
  for (const b of budgets) rowsOf(b).budgets.push(b);
  for (const t of targets) rowsOf(t).targets.push(t);

  return {
    byClause,
    policies: policies.map((p) => ({
      ...p,
      url: urls.policy(p.id),
      clauses: clauses.filter((c) => c.policy === p.id),
      divisionViews: divisionsOf.get(p.id) ?? [],
    })),
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
        policyUrl: r.policy ? urls.policy(r.policy) : null,
        citedBy: clauses.flatMap((c) =>
          c.citations
            .filter((ct) => ct.ref === r.id)
            .map((ct) => ({ ...rowOf(c), quote: ct.quote, url: sentenceUrl(c.url, c.text, ct.quote) })),
        ),
      };
    }),
    industries: vocabularies.industries.map((i) => ({
      ...i,
      url: urls.industry(i.id),
      clauses: clauses.filter((c) => c.industries.includes(i.name)),
    })),
    industryGroups: [...new Set(vocabularies.industries.map((i) => i.group))],
    supportTypes: vocabularies.supportTypes.map((s) => ({
      ...s,
      url: urls.supportType(s.id),
      awards: awards.filter((a) => a.kind === s.name),
    })),
    levels: [...vocabularies.levels].sort((a, b) => b.rank - a.rank),
    searchEquivalents: vocabularies.searchEquivalents,
  };
}
