/**
 * The shapes of /api/*.json: scripts outside the project rely on them. Add fields, never rename
 * or remove one. Money is in whole yuan, rates are fractions (0.15 for 15%).
 */
import type { AwardView } from '../kb/model';

/** An award as the API gives it; money in whole yuan, rates as fractions (0.15). */
export interface AwardJson {
  id: string;
  policy: string;
  clause: number;
  numeral: string;
  /** The provision's title or caption; null for an article without a caption. */
  clauseTitle: string | null;
  /** How people cite the provision: 第（十六）条, 第十二条. */
  clauseLabel: string;
  /** The short title of the policy. */
  policyTitle: string;
  recipient: string;
  condition: string;
  level: string | null;
  kind: string;
  /** fixed, rate, upTo (a ceiling: 最高50万元), matching, byReference or unspecified. */
  amountType: AwardView['amount']['type'];
  /** The amount in words, e.g. 200万元 or 项目投入额的15%，最高300万元. */
  amountText: string;
  /** The sum of a fixed award, else null (an upTo amount is a ceiling, never a sure sum). */
  amountYuan: number | null;
  /** The rate of a rate award, else null. */
  rate: number | null;
  /** The cap of a rate award or the ceiling of an upTo award, or null when there is none. */
  capYuan: number | null;
  /** What a rate or a matching grant is a share of, else null. */
  base: string | null;
  /** The largest sum it can pay (the sum, the cap or the ceiling), for sorting; null when not stated. */
  maxYuan: number | null;
  /** Industries its clause names; empty: all manufacturing. */
  industries: string[];
  /** The departments responsible for its provision (责任单位：市科技局、…), as written; empty when the text names none. */
  departments: string[];
  /** The ladder of levels or tiers it belongs to, or null. */
  ladder: { id: string; name: string; rank: number; stepUp: boolean } | null;
  quote: string;
  /** The award's row on its clause page. */
  url: string;
  /** The quoted sentence on its clause page. */
  sentenceUrl: string;
}

/** An award of /api/awards.json: the award with its policy's status and expiry. */
export interface AwardListJson extends AwardJson {
  /** Its policy's status on the day the site was built (Beijing day): 现行有效, 已失效, 已废止 … */
  status: { state: string; label: string; asOf: string };
  /** Its policy's last day in force (YYYY-MM-DD) as the text states it, or null when it states none. */
  expiresOn: string | null;
}

/** A citation inside /api/clauses.json. */
export interface CitationJson {
  /** The number in official form, or null for a document cited by name only. */
  docNumber: string | null;
  title: string;
  quote: string;
  /** The referenced document's page. */
  url: string;
}

/** A citation inside /api/clauses.json: the referenced document, and where the citation lands in the base. */
export interface ClauseCitationJson extends CitationJson {
  /** The cited policy's id when the base holds the document, else null. */
  policy: string | null;
  /** The article of it the quote pinpoints (its provision number, the URL's), when it pinpoints one the base holds. */
  provision?: number;
  /** The paragraph (款) the pinpoint names. */
  paragraph?: number;
  /** The item (项) the pinpoint names. */
  item?: number;
  /** The pinpoint as the quote writes it: 第十四条第二款. */
  pinpoint?: string;
  /** Where the citation lands: the article's anchor, else the document; null when the base lacks it. */
  target: string | null;
  /** When the cited version in the base is later than the citing document: 引用时为…，条文序号可能已变. */
  versionNote?: string;
}

/** A pinpoint of a provision's text that lands in the base: 《…》第十四条第二款, 本条例第十六条, 本条第一款. */
export interface PinpointJson {
  /** document: after a title in 《》; self: after 本条例 (本办法 …); article: after 本条. */
  kind: 'document' | 'self' | 'article';
  /** The pinpoint as written: 第十四条第二款. */
  text: string;
  /** The place in words: 《…》第十四条第二款. */
  label: string;
  policy: string;
  provision: number;
  paragraph?: number;
  item?: number;
  /** The article's page with the paragraph or item anchor. */
  url: string;
  /** The version note, when the cited version is later than the citing document. */
  versionNote?: string;
}

/** A document a policy of the base is made under, or that is made under it (根据《…》…制定本条例). */
export interface BasisJson {
  /** The title as the first article writes it. */
  title: string;
  /** The policy of the base it is, or null. */
  policy: string | null;
  /** The reference record, or null. */
  ref: string | null;
  /** The document's page in the base, else the reference's page, else null. */
  url: string | null;
  /** The provision that states it and the sentence. */
  provision: number;
  quote: string;
}

/** A document of the base made under a law or a referenced document. */
export interface ImplementingJson {
  policy: string;
  title: string;
  /** Its provision that states the basis, that provision's page, and the sentence. */
  provision: number;
  url: string;
  quote: string;
}

/** One object of /api/clauses.json. */
export interface ClauseJson {
  policy: string;
  number: number;
  numeral: string;
  /** The clause's title or the article's caption; null for an article without a caption. */
  title: string | null;
  /** The number of the top-level division it stands in (part 四 is 4), or null. */
  part: number | null;
  /** The id of its division ("3", "3.2"), or null. */
  division: string | null;
  /** How people cite it: 第（十六）条, 第十二条. */
  label: string;
  /** The heading for display: （十六）实施绿色制造工程, 第十二条. */
  name: string;
  /** The short title of the policy. */
  policyTitle: string;
  url: string;
  industries: string[];
  industryGroups: string[];
  supportTypes: string[];
  awards: AwardJson[];
  budgets: BudgetJson[];
  targets: TargetJson[];
  citations: ClauseCitationJson[];
  /** The pinpoints of its text that land in the base (within the document too: 本条例第十六条第二款). */
  pinpoints: PinpointJson[];
  notes: { text: string; quote: string }[];
  /** The departments responsible for it (责任单位：市科技局、…), as written; empty when the text names none. */
  departments: string[];
  text: string;
}

/** A budget or fund (money set aside, not an award). */
export interface BudgetJson {
  id: string;
  kind: 'budget' | 'fund';
  what: string;
  amountYuan: number;
  period: string | null;
  payer: string | null;
  quote: string;
  url: string;
}

/** A quantitative target. */
export interface TargetJson {
  id: string;
  what: string;
  text: string;
  value: number | null;
  unit: string | null;
  deadline: string | null;
  quote: string;
  url: string;
}

/** One object of /api/references.json. */
export interface ReferenceJson {
  id: string;
  docNumber: string | null;
  title: string;
  issuer: string | null;
  year: number | null;
  url: string;
  /** Whether the base holds its full text. */
  fullTextInBase: boolean;
  /** The policy's id in the base when it holds the full text, else null. */
  policy: string | null;
  /** Numbers of the clauses that cite it. */
  citedBy: number[];
  /** Each citing place, with the sentence. */
  citations: { policy: string; clause: number; numeral: string; label: string; quote: string; url: string }[];
  /** The preambles that cite it: each with its policy, the quote and the preamble's page. */
  preambleCitations: { policy: string; quote: string; url: string }[];
  /** The documents of the base made under it (their first article: 根据《…》…制定本条例). */
  implementedBy: ImplementingJson[];
  /** Whether a provision of the base repeals it (《…》同时废止), and which, with the sentence. */
  repealed: boolean;
  repealedBy: { policy: string; title: string; provision: number; quote: string; url: string } | null;
}

/** One object of /api/industries.json. */
export interface IndustryJson {
  id: string;
  name: string;
  group: string;
  aliases: string[];
  url: string;
  /** Numbers of the clauses that name it. */
  clauses: number[];
  /** Each provision that names it, with its policy. */
  provisions: { policy: string; number: number; label: string; url: string }[];
}

/** One object of /api/policies.json. */
export interface PolicyJson {
  id: string;
  title: string;
  shortTitle: string;
  /** 地方性法规, 规范性文件 … */
  kind: string;
  issuers: string[];
  /** The level of government it comes from, read from its issuers: 国家, 浙江省, 杭州市 or 其他. */
  level: string;
  /** null when the source does not state it. */
  docNumber: string | null;
  /** null when the source does not state it. */
  issuedOn: string | null;
  /** Whom the document is copied to (抄送), as written, or null. */
  copiedTo: string | null;
  /** The 印发 line: the office and the date, or null. */
  printed: { date: string; by: string | null } | null;
  effectiveFrom: { rule: string; date: string | null };
  /** When it was passed (通过) and by whom, as the text states, or null. */
  passed: { date: string; by: string | null } | null;
  /** When it was approved (批准) and by whom, as the text states, or null. */
  approved: { date: string; by: string | null } | null;
  /** Amendments the text states, oldest first. */
  amendments: { date: string; by: string | null }[];
  expiresOn: string | null;
  /** What the text says of its validity (the phrase, and how expiresOn follows from it), or null. */
  validity: { rule: string; reading: string | null } | null;
  /** The status on the day the site was built. */
  status: { state: string; label: string; asOf: string };
  /** The repeal a document of the base states of it (its provision and the sentence), or null. */
  repealedBy: { policy: string; title: string; provision: number; quote: string; url: string } | null;
  /** What it is made under, as its first article states (制定依据). */
  basis: BasisJson[];
  /** The documents of the base made under it (本库中依据本法制定的文件). */
  implementedBy: ImplementingJson[];
  /** Where the text comes from: the portal or collection, and for a collection its snapshot, file and the other versions it holds. */
  source: {
    portal: string;
    collection: { repository: string; commit: string; path: string; parts: string[]; otherVersions: string[] } | null;
  };
  url: string;
  preambleUrl: string;
  closingUrl: string;
  /** The 一、 parts of a 意见 (empty for a policy divided into chapters: see divisions). */
  parts: { number: number; numeral: string | null; title: string; url: string; clauses: number[] }[];
  /** Every division (part, chapter, section) in document order. */
  divisions: {
    id: string;
    kind: string;
    /** The numeral the heading writes, or null when it writes none (the 民法典's 人格权编). */
    numeral: string | null;
    title: string | null;
    name: string;
    inSource: boolean;
    url: string;
    clauses: number[];
  }[];
  /** clause, article or item: what its numbered provisions are. */
  provisionStyle: string;
  clauseCount: number;
  /** Provisions of the lowest numbered level that has pages (articles of a 条例, parenthesised provisions of a 意见). */
  provisionCount: number;
  awardCount: number;
  /** Documents the preamble cites: number (or null), title, the quote and the reference's page. */
  preambleCitations: CitationJson[];
  /** Defects of the source, kept as published (see schemas/defect): `line` is the 1-based line of the raw source file. */
  defects: {
    /** missing-number, repeated-number, missing-heading, run-in-items, repeated-line, no-ending or missing-start. */
    kind: string;
    /** Where, as people cite it: 第十五条, 第一章. */
    place: string;
    line: number;
    /** The note the site shows: 原文缺第（二）项. */
    note: string;
    /** The number of the provision it concerns, or null. */
    provision: number | null;
    /** The id of the division it concerns, or null. */
    division: string | null;
  }[];
}
