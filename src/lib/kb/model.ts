/**
 * The knowledge base derived from validated content: every view (views.ts) built once, with
 * the lookups the pages need grouped in one pass each (a page filtering every provision of the
 * base would make the build quadratic in its size).
 */
import type { Policy } from '../../schemas/policy';
import type { RawKnowledgeBase } from '../content/load';
import { describeAmount, maxYuan } from '../amounts/describe';
import { issuerOfDocNumber, parseDocNumber } from '../citations/doc-number';
import { bodyText } from '../content/body';
import { divisionName, provisionLabel, provisionName } from '../text/headings';
import { industryMatcher } from '../text/industry-match';
import { sentenceId, sentenceNumberOf } from '../text/sentences';
import { groupBy, groupByEach } from '../util/group';
import { clauseKey } from './clause-key';
import { awardAnchor, urls } from './urls';
import type {
  AwardView,
  BudgetView,
  ClauseRef,
  ClauseRows,
  ClauseView,
  DivisionView,
  KnowledgeBase,
  ReferenceView,
  TargetView,
} from './views';

export type * from './views';
export { clauseKey };

/** Link to the sentence of a clause where `quote` starts (or the clause when it is not found). */
function sentenceUrl(clauseUrl: string, body: string, quote: string): string {
  const n = sentenceNumberOf(body, quote);
  return n === null ? clauseUrl : `${clauseUrl}#${sentenceId(n)}`;
}

/** The clause fields every derived row repeats. */
function clauseRef(c: ClauseView, policyTitle: string): ClauseRef {
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
  const policyById = new Map(policies.map((p) => [p.id, p]));
  const divisionsOf = new Map(policies.map((p) => [p.id, divisionViews(p)]));
  const matcher = industryMatcher(vocabularies.industries);
  const clauses: ClauseView[] = raw.clauses
    .map((c): ClauseView => {
      const policy = policyById.get(c.data.policy);
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
        departments: c.departments,
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
  const clausesOf = groupBy(clauses, (c) => c.policy);
  const clausesNaming = groupByEach(clauses, (c) => c.industries);
  const awardsOfKind = groupBy(awards, (a) => a.kind);
  const citing = groupBy(
    clauses.flatMap((c) => c.citations.map((ct) => ({ c, ct }))),
    ({ ct }) => ct.ref,
  );

  return {
    byClause,
    policies: policies.map((p) => ({
      ...p,
      url: urls.policy(p.id),
      clauses: clausesOf.get(p.id) ?? [],
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
        citedBy: (citing.get(r.id) ?? []).map(({ c, ct }) => ({
          ...rowOf(c),
          quote: ct.quote,
          url: sentenceUrl(c.url, c.text, ct.quote),
        })),
        citedByPreamble: policies.flatMap((p) =>
          p.preambleCitations
            .filter((ct) => ct.ref === r.id)
            .map((ct) => ({ policy: p.id, policyTitle: p.shortTitle, quote: ct.quote, url: urls.preamble(p.id) })),
        ),
      };
    }),
    industries: vocabularies.industries.map((i) => ({
      ...i,
      url: urls.industry(i.id),
      clauses: clausesNaming.get(i.name) ?? [],
    })),
    industryGroups: [...new Set(vocabularies.industries.map((i) => i.group))],
    supportTypes: vocabularies.supportTypes.map((s) => ({
      ...s,
      url: urls.supportType(s.id),
      awards: awardsOfKind.get(s.name) ?? [],
    })),
    levels: [...vocabularies.levels].sort((a, b) => b.rank - a.rank),
    searchEquivalents: vocabularies.searchEquivalents,
  };
}
