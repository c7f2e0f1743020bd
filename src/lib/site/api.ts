/**
 * The data behind /api/*.json and /api/awards.csv: plain objects built from the knowledge base,
 * so the endpoints stay one line each and the contract is tested without a build. Scripts
 * outside the project rely on these shapes: add fields, never rename or remove one.
 */
import type {
  AwardView,
  BudgetView,
  ClauseView,
  KnowledgeBase,
  PolicyView,
  ReferenceView,
  TargetView,
} from '../kb/model';
import { clauseKey } from '../kb/model';
import { beijingDay, policyStatus } from '../kb/status';
import { urls } from '../kb/urls';
import { policyJurisdiction } from '../policies/jurisdiction';
import { awardsCsvText } from './awards-csv';
import type {
  AwardJson,
  AwardListJson,
  BudgetJson,
  ClauseJson,
  IndustryJson,
  PolicyJson,
  ReferenceJson,
  TargetJson,
} from './api-types';

export type * from './api-types';

/** Amount fields of an award, flattened so that a spreadsheet can hold them. */
function amountFields(a: AwardView): Pick<AwardJson, 'amountType' | 'amountYuan' | 'rate' | 'capYuan' | 'base'> {
  const amount = a.amount;
  return {
    amountType: amount.type,
    amountYuan: amount.type === 'fixed' ? amount.yuan : null,
    rate: amount.type === 'rate' ? amount.rate : null,
    capYuan: amount.type === 'rate' ? (amount.capYuan ?? null) : amount.type === 'upTo' ? amount.maxYuan : null,
    base: amount.type === 'rate' || amount.type === 'matching' ? amount.base : null,
  };
}

/** An award for the API. */
export function awardJson(a: AwardView): AwardJson {
  return {
    id: a.id,
    policy: a.policy,
    clause: a.clause,
    numeral: a.clauseNumeral,
    clauseTitle: a.clauseTitle,
    clauseLabel: a.clauseLabel,
    policyTitle: a.policyTitle,
    recipient: a.recipient,
    condition: a.condition,
    level: a.level,
    kind: a.kind,
    ...amountFields(a),
    amountText: a.amountText,
    maxYuan: a.maxYuan,
    industries: a.industries,
    departments: a.departments,
    ladder:
      a.ladder && a.ladderInfo
        ? { id: a.ladderInfo.id, name: a.ladderInfo.name, rank: a.ladder.rank, stepUp: a.ladderInfo.stepUp }
        : null,
    quote: a.quote,
    url: a.url,
    sentenceUrl: a.sentenceUrl,
  };
}

/** A budget for the API. */
function budgetJson(b: BudgetView): BudgetJson {
  return {
    id: b.id,
    kind: b.kind,
    what: b.what,
    amountYuan: b.amountYuan,
    period: b.period,
    payer: b.payer,
    quote: b.quote,
    url: b.url,
  };
}

/** A target for the API. */
function targetJson(t: TargetView): TargetJson {
  return {
    id: t.id,
    what: t.what,
    text: t.text,
    value: t.value,
    unit: t.unit,
    deadline: t.deadline,
    quote: t.quote,
    url: t.url,
  };
}

/** /api/clauses.json: one object per clause, in policy and number order. */
export function clausesJson(kb: KnowledgeBase): ClauseJson[] {
  const refs = new Map(kb.references.map((r) => [r.id, r]));
  const policyTitles = new Map(kb.policies.map((p) => [p.id, p.shortTitle]));
  return kb.clauses.map((c: ClauseView) => {
    const rows = kb.byClause.get(clauseKey(c.policy, c.number));
    return {
      policy: c.policy,
      number: c.number,
      numeral: c.numeral,
      title: c.title,
      part: c.part,
      division: c.division,
      label: c.label,
      name: c.name,
      policyTitle: policyTitles.get(c.policy) ?? c.policy,
      url: c.url,
      industries: c.industries,
      industryGroups: c.industryGroups,
      supportTypes: c.supportTypes,
      awards: (rows?.awards ?? []).map(awardJson),
      budgets: (rows?.budgets ?? []).map(budgetJson),
      targets: (rows?.targets ?? []).map(targetJson),
      citations: c.citations.map((ct, i) => {
        const ref = refs.get(ct.ref);
        if (!ref) throw new Error(`clause ${c.url} cites unknown reference ${ct.ref} (validate content first)`);
        const at = c.citedPlaces[i];
        return {
          docNumber: ref.docNumber,
          title: ref.title,
          quote: ct.quote,
          url: ref.url,
          policy: at?.policy ?? null,
          ...(at?.provision === undefined ? {} : { provision: at.provision }),
          ...(at?.paragraph === undefined ? {} : { paragraph: at.paragraph }),
          ...(at?.item === undefined ? {} : { item: at.item }),
          ...(at?.pinpoint === undefined ? {} : { pinpoint: at.pinpoint }),
          target: at?.url ?? null,
          ...(at?.note ? { versionNote: at.note } : {}),
        };
      }),
      pinpoints: kb.citationTargets.linksIn(c.body, c).map(({ mention, pinpoint, target }) => ({
        kind: mention.kind,
        text: pinpoint.text,
        label: target.label,
        policy: target.policy,
        provision: target.provision,
        ...(target.paragraph === undefined ? {} : { paragraph: target.paragraph }),
        ...(target.item === undefined ? {} : { item: target.item }),
        url: target.url,
        ...(target.note ? { versionNote: target.note } : {}),
      })),
      notes: c.notes.map((n) => ({ text: n.text, quote: n.quote })),
      departments: c.departments,
      text: c.text,
    };
  });
}

/** /api/awards.json: every award of every policy. */
/**
 * /api/awards.json: every award with its policy's status on `today` (Beijing day) and its last day
 * in force: 45 of the curated base's 48 manufacturing awards come from a policy that expired in 2021.
 */
export function awardsJson(kb: KnowledgeBase, today: Date): AwardListJson[] {
  const asOf = beijingDay(today);
  const states = new Map(kb.policies.map((p) => [p.id, { status: policyStatus(p, today), expiresOn: p.expiresOn }]));
  return kb.awards.map((a) => {
    const p = states.get(a.policy);
    if (!p) throw new Error(`award ${a.id} of unknown policy ${a.policy} (validate content first)`);
    return {
      ...awardJson(a),
      status: { state: p.status.state, label: p.status.label, asOf },
      expiresOn: p.expiresOn,
    };
  });
}

/**
 * /api/awards.csv: one row per award, with its policy's status on `today` and absolute links
 * when the site's address is known (see awards-csv.ts for the columns).
 */
export function awardsCsv(kb: KnowledgeBase, today: Date, site?: string): string {
  const status = new Map(kb.policies.map((p) => [p.id, { status: policyStatus(p, today), expiresOn: p.expiresOn }]));
  return awardsCsvText(awardsJson(kb, today), { status, site });
}

/** /api/references.json: every referenced document with who cites it. */
export function referencesJson(kb: KnowledgeBase): ReferenceJson[] {
  return kb.references.map((r: ReferenceView) => ({
    id: r.id,
    docNumber: r.docNumber,
    title: r.title,
    issuer: r.issuer,
    year: r.year,
    url: r.url,
    fullTextInBase: r.policy !== null,
    policy: r.policy,
    citedBy: [...new Set(r.citedBy.map((c) => c.clause))],
    citations: r.citedBy.map((c) => ({
      policy: c.policy,
      clause: c.clause,
      numeral: c.clauseNumeral,
      label: c.clauseLabel,
      quote: c.quote,
      url: c.url,
    })),
    preambleCitations: r.citedByPreamble.map((c) => ({ policy: c.policy, quote: c.quote, url: c.url })),
    implementedBy: r.implementedBy,
    repealed: r.repealedBy !== null,
    repealedBy: r.repealedBy,
  }));
}

/** /api/industries.json: every industry of the vocabulary, named by a clause or not. */
export function industriesJson(kb: KnowledgeBase): IndustryJson[] {
  return kb.industries.map((i) => ({
    id: i.id,
    name: i.name,
    group: i.group,
    aliases: i.aliases,
    url: i.url,
    clauses: i.clauses.map((c) => c.number),
    provisions: i.clauses.map((c) => ({ policy: c.policy, number: c.number, label: c.label, url: c.url })),
  }));
}

/** "unknown" in content becomes null in the API. */
function known(value: string): string | null {
  return value === 'unknown' ? null : value;
}

/** /api/policies.json: every policy, with its status on `today`. */
export function policiesJson(kb: KnowledgeBase, today: Date): PolicyJson[] {
  return kb.policies.map((p: PolicyView) => {
    const status = policyStatus(p, today);
    return {
      id: p.id,
      title: p.title,
      shortTitle: p.shortTitle,
      kind: p.kind,
      issuers: p.issuers,
      level: policyJurisdiction(p),
      docNumber: known(p.docNumber),
      issuedOn: known(p.issuedOn),
      copiedTo: p.copiedTo,
      printed: p.printed,
      effectiveFrom: { rule: p.effectiveFrom.rule, date: known(p.effectiveFrom.date) },
      passed: p.passed,
      approved: p.approved,
      amendments: p.amendments,
      expiresOn: p.expiresOn,
      validity: p.validity,
      status: { state: status.state, label: status.label, asOf: beijingDay(today) },
      repealedBy: p.repealedBy && { ...p.repealedBy, url: urls.clause(p.repealedBy.policy, p.repealedBy.provision) },
      basis: p.basis.map((b) => ({
        title: b.title,
        policy: b.policy,
        ref: b.ref,
        url: b.url,
        provision: b.provision,
        quote: b.quote,
      })),
      implementedBy: p.implementedBy,
      source: { portal: p.source.portal, collection: p.source.collection },
      url: p.url,
      preambleUrl: urls.preamble(p.id),
      closingUrl: urls.closing(p.id),
      parts: p.divisionViews
        .filter((d) => d.kind === 'part')
        .map((d) => ({
          number: Number(d.id),
          numeral: d.numeral,
          title: d.title ?? '',
          url: d.url,
          clauses: d.clauses.map((c) => c.number),
        })),
      divisions: p.divisionViews.map((d) => ({
        id: d.id,
        kind: d.kind,
        numeral: d.numeral,
        title: d.title,
        name: d.name,
        inSource: d.inSource,
        url: d.url,
        clauses: d.clauses.map((c) => c.number),
      })),
      provisionStyle: p.provisionStyle,
      clauseCount: p.clauses.length,
      provisionCount: p.clauses.length,
      awardCount: kb.awards.filter((a) => a.policy === p.id).length,
      preambleCitations: p.preambleCitations.map((ct) => {
        const ref = kb.references.find((r) => r.id === ct.ref);
        if (!ref) throw new Error(`policy ${p.id} cites unknown reference ${ct.ref} (validate content first)`);
        return { docNumber: ref.docNumber, title: ref.title, quote: ct.quote, url: ref.url };
      }),
      defects: p.defects.map((d) => ({
        kind: d.kind,
        place: d.place,
        line: d.line,
        note: d.note,
        provision: d.provision,
        division: d.division,
      })),
    };
  });
}
