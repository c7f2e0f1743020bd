/**
 * The views of the knowledge base: the content model's records with what the site derives from
 * them (URLs, names, the rows of awards, budgets and targets with their clause). buildKnowledgeBase
 * (model.ts) makes them.
 */
import type { Basis, ReferenceRepeal, ResolvedCitation } from '../citations/relations';
import type { CitationTargets } from '../citations/targets';
import type { Repeal } from './repeals';
import type { Award, Ladder } from '../../schemas/award';
import type { Budget } from '../../schemas/budget';
import type { ClauseData } from '../../schemas/clause';
import type { Division } from '../../schemas/division';
import type { Policy } from '../../schemas/policy';
import type { Reference } from '../../schemas/reference';
import type { Target } from '../../schemas/target';
import type {
  Industry,
  IndustryGroup,
  Level,
  SearchEquivalent,
  ShortForm,
  SupportType,
} from '../../schemas/vocabulary';

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
  /** Where each of its citations lands, in the order of `citations`: the document in the base and the article its quote pinpoints. */
  citedPlaces: ResolvedCitation[];
}

/** A document of the base made under another (根据《…》…制定本条例), as the cited one lists it. */
export interface ImplementingView {
  /** The implementing policy's id and title. */
  policy: string;
  title: string;
  /** Its provision that states the basis (the first article), that provision's page and the sentence. */
  provision: number;
  url: string;
  quote: string;
}

/** A document a policy is made under, with where it links. */
export interface BasisView extends Basis {
  /** The document's page in the base, else its reference's page, else null. */
  url: string | null;
}

/** The provision a row of the base (an award, budget, target or citation) stands in, as every row repeats it. */
export interface ClauseRef {
  /** Its policy's id. */
  policy: string;
  /** The provision's number (its URL). */
  clause: number;
  /** The provision's numeral as its heading writes it. */
  clauseNumeral: string;
  /** The provision's title or caption, or null when an article has none. */
  clauseTitle: string | null;
  /** The provision's heading for display: （十六）实施绿色制造工程, 第十二条. */
  clauseName: string;
  /** How people cite the provision: 第（十六）条, 第十二条. */
  clauseLabel: string;
  /** The short title of its policy. */
  policyTitle: string;
}

/** An award with its clause, for tables and the calculator. */
export interface AwardView extends Award, ClauseRef {
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
  /** The departments responsible for its provision (责任单位), as the text names them; empty when it names none. */
  departments: string[];
}

/** A budget or fund with its clause. */
export interface BudgetView extends Budget, ClauseRef {
  url: string;
}

/** A target with its clause. */
export interface TargetView extends Target, ClauseRef {
  /** Industries its own sentence names (see AwardView.industries). */
  industries: string[];
  url: string;
}

/** A place that cites a referenced document. */
export interface CitingPlace extends ClauseRef {
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
  /** The preambles that cite it (根据《…》（浙政发〔2024〕4号）等文件精神), each with its policy and quote. */
  citedByPreamble: PreambleCitingPlace[];
  /** The documents of the base made under it (their first article: 根据《…》…制定本条例). */
  implementedBy: ImplementingView[];
  /** The repeal a provision of the base states of it (《…》同时废止), with the repealing policy's title and the provision's page, or null. */
  repealedBy: (ReferenceRepeal & { title: string; url: string }) | null;
}

/** A preamble that cites a referenced document. */
export interface PreambleCitingPlace {
  /** Its policy's id. */
  policy: string;
  /** The short title of its policy. */
  policyTitle: string;
  /** The sentence of the preamble that cites it. */
  quote: string;
  /** The preamble's page. */
  url: string;
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
  /** The repeal a document of the base states of it, or null (see repeals.ts). */
  repealedBy: Repeal | null;
  /** What it is made under, as its first article states (制定依据), in the order named. */
  basis: BasisView[];
  /** The documents of the base made under it (本库中依据本法制定的文件). */
  implementedBy: ImplementingView[];
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
  /** The short forms the texts define for themselves (content/vocabularies/short-forms.yaml). */
  shortForms: ShortForm[];
  /** The awards, budgets and targets of each clause, keyed by clauseKey(policy, number). */
  byClause: ReadonlyMap<string, ClauseRows>;
  /** Where the mentions of the texts land: titles, pinpoints, 本条例第X条 (lib/citations/targets.ts). */
  citationTargets: CitationTargets;
}

/** What a clause page lists as data. */
export interface ClauseRows {
  awards: AwardView[];
  budgets: BudgetView[];
  targets: TargetView[];
}
