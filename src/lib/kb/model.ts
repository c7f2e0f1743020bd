/**
 * The knowledge base derived from validated content: every view (views.ts) built once, with
 * the lookups the pages need grouped in one pass each (a page filtering every provision of the
 * base would make the build quadratic in its size).
 */
import type { Policy } from '../../schemas/policy';
import { repealsIn } from './repeals';
import { citationTargetsOf, withHeldPolicies } from '../citations/of-base';
import { basisOf, referenceRepeals, resolveCitation } from '../citations/relations';
import type { CitationTargets } from '../citations/targets';
import type { Reference } from '../../schemas/reference';
import type { Vocabularies } from '../../schemas/vocabulary';
import type { RawKnowledgeBase } from '../content/load';
import { bodyText } from '../content/body';
import { divisionName, provisionLabel, provisionName } from '../text/headings';
import { industryMatcher } from '../text/industry-match';
import { groupBy, groupByEach } from '../util/group';
import { clauseKey } from './clause-key';
import { awardViews, budgetViews, referenceViews, rowOfPolicies, rowsByClause, targetViews } from './rows';
import { urls } from './urls';
import type { ClauseView, DivisionView, ImplementingView, KnowledgeBase } from './views';

export type * from './views';
export { clauseKey };

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

/**
 * The provisions as views, sorted by policy and number, each pushed onto the divisions of its
 * trail (which divisionViews left empty).
 * @param divisionsOf the division views of each policy, by policy id
 */
function clauseViews(
  raw: RawKnowledgeBase,
  policyById: ReadonlyMap<string, Policy>,
  divisionsOf: ReadonlyMap<string, DivisionView[]>,
  supportTypes: Vocabularies['supportTypes'],
): ClauseView[] {
  const clauses = raw.clauses
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
        supportTypes: supportTypes.map((s) => s.name).filter((n) => kinds.has(n)),
        citedPlaces: [],
      };
    })
    .sort((a, b) => a.policy.localeCompare(b.policy) || a.number - b.number);
  for (const c of clauses) for (const d of c.trail) d.clauses.push(c);
  return clauses;
}

/** The vocabularies as views: industries with the provisions naming them, support types with their awards. */
function vocabularyViews(
  vocabularies: Vocabularies,
  clauses: readonly ClauseView[],
  awards: KnowledgeBase['awards'],
): Pick<
  KnowledgeBase,
  'industries' | 'industryGroups' | 'supportTypes' | 'levels' | 'searchEquivalents' | 'shortForms'
> {
  const clausesNaming = groupByEach(clauses, (c) => c.industries);
  const awardsOfKind = groupBy(awards, (a) => a.kind);
  return {
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
    shortForms: vocabularies.shortForms,
  };
}

/** What citations state between documents: where each lands, the basis of each policy and who implements whom, the references repealed. */
function citationRelations(
  targets: CitationTargets,
  policies: readonly Policy[],
  clauses: ClauseView[],
  clausesOf: ReadonlyMap<string, ClauseView[]>,
  references: ReadonlyMap<string, Reference>,
  repealedPolicies: ReadonlySet<string>,
) {
  for (const c of clauses)
    c.citedPlaces = c.citations.map((ct) => {
      const ref = references.get(ct.ref);
      return ref ? resolveCitation(targets, ref, ct, c) : { policy: null, url: null, note: null };
    });
  const titles = new Map(policies.map((p) => [p.id, p.title]));
  const basis = new Map(
    policies.map((p) => {
      const first = clausesOf.get(p.id)?.[0];
      return [p.id, first && p.provisionStyle === 'article' ? basisOf(targets, first, references) : []] as const;
    }),
  );
  const implementedBy = new Map<string, ImplementingView[]>();
  for (const [id, list] of basis)
    for (const b of list) {
      const row: ImplementingView = {
        policy: id,
        title: titles.get(id) ?? id,
        provision: b.provision,
        url: urls.clause(id, b.provision),
        quote: b.quote,
      };
      for (const key of [b.policy && `policy:${b.policy}`, b.ref && `ref:${b.ref}`])
        if (key) implementedBy.set(key, [...(implementedBy.get(key) ?? []), row]);
    }
  const repealed = referenceRepeals(clauses, references, titles, repealedPolicies);
  return { basis, implementedBy, repealed, titles };
}

/** Builds the derived views of the base from validated content. */
export function buildKnowledgeBase(raw: RawKnowledgeBase): KnowledgeBase {
  const { vocabularies } = raw;
  const citationTargets = citationTargetsOf(raw);
  const references = new Map(
    withHeldPolicies(
      raw.references.map((r) => r.data),
      citationTargets,
    ).map((r) => [r.id, r]),
  );
  const policies = raw.policies.map((p) => p.data);
  const divisionsOf = new Map(policies.map((p) => [p.id, divisionViews(p)]));
  const clauses = clauseViews(raw, new Map(policies.map((p) => [p.id, p])), divisionsOf, vocabularies.supportTypes);
  const matcher = industryMatcher(vocabularies.industries);
  const rowOf = rowOfPolicies(policies);
  const awards = awardViews(clauses, references, matcher, rowOf);
  const budgets = budgetViews(clauses, rowOf);
  const targets = targetViews(clauses, matcher, rowOf);
  const clausesOf = groupBy(clauses, (c) => c.policy);
  const repeals = repealsIn(
    policies,
    raw.clauses.map((c) => ({ policy: c.data.policy, number: c.data.number, text: c.body })),
  );
  const relations = citationRelations(
    citationTargets,
    policies,
    clauses,
    clausesOf,
    references,
    new Set(repeals.keys()),
  );
  return {
    byClause: rowsByClause(clauses, { awards, budgets, targets }),
    policies: policies.map((p) => ({
      ...p,
      url: urls.policy(p.id),
      repealedBy: repeals.get(p.id) ?? null,
      basis: (relations.basis.get(p.id) ?? []).map((b) => ({
        ...b,
        url: b.policy ? urls.policy(b.policy) : b.ref ? urls.reference(b.ref) : null,
      })),
      implementedBy: relations.implementedBy.get(`policy:${p.id}`) ?? [],
      clauses: clausesOf.get(p.id) ?? [],
      divisionViews: divisionsOf.get(p.id) ?? [],
    })),
    clauses,
    awards,
    budgets,
    targets,
    references: referenceViews(references.values(), clauses, rowOf, policies).map((r) => {
      const repeal = relations.repealed.get(r.id);
      return {
        ...r,
        implementedBy: relations.implementedBy.get(`ref:${r.id}`) ?? [],
        repealedBy: repeal
          ? {
              ...repeal,
              title: relations.titles.get(repeal.policy) ?? repeal.policy,
              url: urls.clause(repeal.policy, repeal.provision),
            }
          : null,
      };
    }),
    citationTargets,
    ...vocabularyViews(vocabularies, clauses, awards),
  };
}
