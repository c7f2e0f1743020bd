/**
 * The search records: one per clause, one for a policy's preamble and one for its closing
 * paragraph, built from the knowledge base (never scraped from the built pages, so that the
 * header, navigation and banners can never leak into the index).
 */
import { clauseKey, type ClauseView, type KnowledgeBase, type PolicyView } from '../kb/model';
import { policyStatus } from '../kb/status';
import { kindLabel } from '../../schemas/policy';
import { urls } from '../kb/urls';
import { definedTerms } from './definitions';
import { docNumberIndexForms } from './doc-number';
import { findMoney } from '../amounts/money';
import { AWARD_FILTER, AWARD_VALUES, FILTER_KEYS, type FilterKey } from './filters';
import { clauseToken, moneyToken } from './tokens';
import { synonymGroups, synonymsFor, type SynonymGroup } from './synonyms';
import { abbreviationGroups } from './abbreviations';
import { groupBy } from '../util/group';
import { holdsWord } from './jieba';
import { PASSAGE_TITLE } from './rerank';

/** What the index holds for one page. */
/** The file of the build's output holding its search records until the index is built (src/pages/search-records.json.ts). */
export const SEARCH_RECORDS_FILE = 'search-records.json';

export interface SearchRecord {
  /** The page's URL, exactly as urls.clause / urls.preamble / urls.closing give it. */
  url: string;
  /** Heading shown in results: （十六）实施绿色制造工程. */
  title: string;
  /** The clause numeral (十六), or empty for the preamble and the closing. */
  numeral: string;
  /** The divisions it stands in (四、构建高效率升级体系，激发高质量发展活力 · 第三章 数字基础设施), or empty. */
  part: string;
  /** The policy's short title. */
  policy: string;
  /** The policy's status on the build date (现行有效, 已失效 …), shown on results when not in force. */
  status: string;
  /** The text of the page, for the index and for excerpts. */
  body: string;
  /** One line per award: condition, recipient, level, amount and kind (re-ranking reads them). */
  awardLines: string[];
  /** Who the awards go to, once each (re-ranking reads them). */
  recipients: string[];
  /** The terms the text defines (本条例所称X，是指; 以下简称X), for re-ranking. */
  defines: string[];
  /** The award lines, and the sums they name in every form: weighted above the body. */
  awards: string[];
  /** Amounts shown as badges in results: 200万元, 投入额的15%，最高300万元 (awards with a sum only). */
  badges: string[];
  /** Cited documents: numbers in every form and titles. */
  citations: string[];
  /** Words people use for the words of this text: weighted below the body. */
  synonyms: string[];
  /** Filter values, one entry per value: the FILTER_KEYS the form offers, and AWARD_FILTER for the page alone. */
  filters: Record<string, string[]>;
  /** The largest award in yuan (0 when none), for sorting. */
  maxYuan: number;
}

/**
 * Sums written with and without 元 (200万元 → 200万, 1亿元 → 1亿): people type both.
 * @returns the short forms of every sum in `text`
 */
export function amountForms(text: string): string[] {
  return [...text.matchAll(/(\d+(?:\.\d+)?)(万|亿)元/g)].map((m) => `${m[1] ?? ''}${m[2] ?? ''}`);
}

/** The tokens of every sum of money in a text (as findMoney reads them), for the index. */
export function moneyTokens(text: string): string[] {
  return [...new Set(findMoney(text).map((m) => moneyToken(m.yuan)))];
}

const unique = (xs: readonly string[]) => [...new Set(xs.filter((x) => x.length > 0))];

/**
 * The filters a policy-wide record (preamble, closing) carries. The policy filter holds the
 * policy's id, never its short title: the filter and the bundle it loads (bundleKey) name one
 * policy even should two share a title. The form shows each id by its short title (policyLabels).
 */
function policyFilters(policy: PolicyView, today: Date): Record<string, string[]> {
  return { policy: [policy.id], kind: [kindLabel(policy.kind)], status: [policyStatus(policy, today).label] };
}

/** What every record of a policy says about the policy: its short title and its status. */
function policyFields(policy: PolicyView, today: Date): Pick<SearchRecord, 'policy' | 'status'> {
  return { policy: policy.shortTitle, status: policyStatus(policy, today).label };
}

/** The record of one clause. */
function clauseRecord(kb: KnowledgeBase, c: ClauseView, groups: readonly SynonymGroup[], today: Date): SearchRecord {
  const policy = kb.policies.find((p) => p.id === c.policy);
  if (!policy) throw new Error(`${c.url}: policy ${c.policy} not found`);
  const awards = kb.byClause.get(clauseKey(c.policy, c.number))?.awards ?? [];
  const trail = c.trail.map((d) => d.name).join(' · ');
  const awardLines = awards.map((a) => [a.condition, a.recipient, a.level ?? '', a.amountText, a.kind].join(' '));
  const refs = c.citations.map((ct) => kb.references.find((r) => r.id === ct.ref)).filter((r) => r !== undefined);
  const citations = refs.flatMap((r) => [
    ...(r.docNumber ? [r.docNumber, ...docNumberIndexForms(r.docNumber)] : []),
    r.title,
  ]);
  const text = [c.title ?? '', c.body, ...awardLines, ...c.supportTypes].join(' ');
  // Badges show sums; "按…相关政策" is not an amount and stays in the text.
  const badges = unique(awards.filter((a) => a.maxYuan !== null).map((a) => a.amountText));
  return {
    url: c.url,
    title: c.name,
    numeral: c.numeral,
    part: trail,
    ...policyFields(policy, today),
    body: c.body,
    awardLines: unique(awardLines),
    recipients: unique(awards.map((a) => a.recipient)),
    defines: definedTerms(c.body),
    awards: unique([...awardLines, ...amountForms(text), ...moneyTokens(text)]),
    badges,
    citations: unique(citations),
    synonyms: [clauseToken(c.number), `第${c.numeral}条`, c.label, ...synonymsFor(text, groups, holdsWord)],
    filters: {
      ...policyFilters(policy, today),
      industry: unique(c.industries),
      type: unique(c.supportTypes),
      level: unique(awards.map((a) => a.level ?? '')),
      part: c.trail.slice(0, 1).map((d) => d.name),
      [AWARD_FILTER]: [
        ...(awardLines.length > 0 ? [AWARD_VALUES.any] : []),
        ...(badges.length > 0 ? [AWARD_VALUES.sum] : []),
      ],
    },
    maxYuan: Math.max(0, ...awards.map((a) => a.maxYuan ?? 0)),
  };
}

/** A record for a paragraph of a policy that is not a clause. */
function paragraphRecord(
  policy: PolicyView,
  url: string,
  title: string,
  body: string,
  groups: readonly SynonymGroup[],
  today: Date,
): SearchRecord {
  return {
    url,
    title,
    numeral: '',
    part: '',
    ...policyFields(policy, today),
    body,
    awardLines: [],
    recipients: [],
    defines: definedTerms(body),
    awards: [...amountForms(body), ...moneyTokens(body)],
    badges: [],
    citations: [],
    synonyms: synonymsFor(body, groups, holdsWord),
    filters: policyFilters(policy, today),
    maxYuan: 0,
  };
}

/**
 * The heading of a closing's record. The site heads the closing's page 结语：施行日期与有效期,
 * words the policy does not write: as a record's heading (weighted highest) they made every
 * closing a first result for 有效期 or 施行, whether it states a validity or not.
 */
export const CLOSING_TITLE = '结语';

/**
 * Every search record of the base.
 * @param today the build date, which decides each policy's status (现行有效 / 已失效)
 */
export function buildSearchRecords(kb: KnowledgeBase, today: Date): SearchRecord[] {
  const shared = synonymGroups(kb.supportTypes, kb.industries, kb.searchEquivalents);
  const shortForms = groupBy(
    kb.shortForms.filter((f) => f.use),
    (f) => f.policy,
  );
  return kb.policies.flatMap((p) => {
    // The short forms a policy defines hold within that policy only.
    const groups = [...shared, ...abbreviationGroups(shortForms.get(p.id) ?? [])];
    return policyRecords(kb, p, groups, today);
  });
}

/** The records of one policy: preamble, provisions, closing. */
function policyRecords(kb: KnowledgeBase, p: PolicyView, groups: readonly SynonymGroup[], today: Date): SearchRecord[] {
  return [
    ...(p.preamble
      ? [
          paragraphRecord(
            p,
            urls.preamble(p.id),
            p.provisionStyle === 'article' ? PASSAGE_TITLE : '序言',
            p.preamble,
            groups,
            today,
          ),
        ]
      : []),
    ...p.clauses.map((c) => clauseRecord(kb, c, groups, today)),
    ...(p.closing ? [paragraphRecord(p, urls.closing(p.id), CLOSING_TITLE, p.closing, groups, today)] : []),
  ];
}

/** The text the search form shows for each value of the policy filter (an id): the policy's short title. */
export function policyLabels(kb: Pick<KnowledgeBase, 'policies'>): Record<string, string> {
  return Object.fromEntries(kb.policies.map((p) => [p.id, p.shortTitle]));
}

/**
 * The values of each filter that some record carries, in first-seen order (clause order),
 * for the search page's selects: exactly the values the index can match.
 */
export function filterOptions(records: readonly SearchRecord[]): Record<FilterKey, string[]> {
  const out = Object.fromEntries(FILTER_KEYS.map((k) => [k, [] as string[]])) as Record<FilterKey, string[]>;
  for (const r of records) {
    for (const k of FILTER_KEYS) for (const v of r.filters[k] ?? []) if (!out[k].includes(v)) out[k].push(v);
  }
  return out;
}
