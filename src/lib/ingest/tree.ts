/**
 * The syntax tree of a policy as the ingest builds it (unist-style): a `policy` root holding
 * the raw lines, then, once the structure plugin has run, its cover, title, preamble,
 * divisions (parts, books, chapters, sections), provisions (clauses, articles, items) and
 * sentences. Frontmatter drafts are typed from the content schemas, so that what the plugins
 * fill in is what a clause file must hold.
 */
import type { Literal, Node, Parent } from 'unist';
import type { ClauseData } from '../../schemas/clause';
import type { DivisionKind, ProvisionStyle } from '../../schemas/division';

/** A non-empty line of the raw text after normalisation, before the structure is known. */
export interface LineNode extends Literal {
  type: 'line';
  /** The line, normalised and trimmed. */
  value: string;
  data?: {
    /**
     * Set by the boilerplate plugin: `excluded` for portal boilerplate or a repeated title,
     * `cover-title` and `cover` for a 印发 notice around the policy, `title` for lines that hold
     * the policy's title and nothing else. Lines without a role are policy text.
     */
    role?: LineRole;
    /**
     * Set from the format's markup: the line is a 编 heading that writes no numeral (人格权编, a
     * part heading of a code the collection keeps in parts), so no marker would find it.
     */
    heading?: 'book';
  };
}

/** What a line of the raw text is, as far as the boilerplate plugin can tell. */
export type LineRole = 'excluded' | 'cover-title' | 'cover' | 'title';

/** One sentence of a provision body, up to and including its 。 or ；. */
export interface SentenceNode extends Literal {
  type: 'sentence';
  value: string;
  data?: {
    /** Documents the sentence cites, set by the citations plugin: the reference id and where. */
    citations?: Array<{ ref: string; at: number }>;
    /** The plugin that accounted for the amounts of the sentence, if any. */
    claimed?: 'award' | 'budget' | 'target';
  };
}

/** A sentence as quotes write it: without the closing 。 or ；. */
export function quoteOf(sentence: string): string {
  return sentence.replace(/[。；！？]$/u, '');
}

/** The frontmatter fields the plugins fill in, typed from ClauseSchema. */
export type ClauseDraft = Omit<ClauseData, 'policy'>;

/**
 * A provision: a clause （十六）实施绿色制造工程。, an article 第一条（目的和依据）, or an item
 * 3.加大财政支持。, with its body as sentences. (The node type stays `clause`, the name the
 * content gives every provision file.)
 */
export interface ClauseNode extends Parent {
  type: 'clause';
  /** The numeral as the heading writes it (十六, 一百零三, 3). */
  numeral: string;
  /** The title or caption after the numeral, or null. */
  title: string | null;
  /** The body after the heading, as in the source; paragraphs separated by a blank line. */
  body: string;
  children: SentenceNode[];
  data: {
    /** The draft frontmatter. */
    draft: ClauseDraft;
    /** What a plugin saw but could not classify, for the report. */
    unclassified: string[];
  };
}

/** A division: 一、…, 第一编, 第一章, 第一节, with its intro and its own provisions. */
export interface DivisionNode extends Parent {
  type: 'division';
  /** The path of numbers, "3" or "3.2". */
  id: string;
  kind: DivisionKind;
  /** The numeral as the heading writes it (三), or null when the heading writes none (人格权编). */
  numeral: string | null;
  /** The heading after the numeral without spaces, or null when the source lacks the heading. */
  title: string | null;
  /** The text between the heading and the first provision or sub-division. */
  intro: string;
  /** False when the structure implies the division but the source omits its heading. */
  inSource: boolean;
  children: ClauseNode[];
}

/** A run of policy text outside divisions: the title, the preamble, the closing. */
export interface ParagraphNode extends Literal {
  type: 'paragraph';
  /** Which paragraph it is. */
  role: 'title' | 'preamble' | 'closing';
  value: string;
}

/** A 印发 notice around the policy: its title and its text up to the policy's title. */
export interface CoverNode extends Literal {
  type: 'cover';
  /** The notice's title. */
  title: string;
  /** The notice's text; paragraphs separated by blank lines. */
  value: string;
}

/** The root: the lines of the raw text, later the policy's structure. */
export interface PolicyRoot extends Parent {
  type: 'policy';
  children: Array<LineNode | CoverNode | ParagraphNode | DivisionNode | ClauseNode>;
  data?: {
    /** What the numbered provisions are, set by the structure plugin. */
    provisionStyle?: ProvisionStyle;
  };
}

/** Every node type of the tree. */
export type IngestNode = PolicyRoot | LineNode | CoverNode | ParagraphNode | DivisionNode | ClauseNode | SentenceNode;

/** Whether a node is a provision (for unist-util-visit tests). */
export function isClause(node: Node): node is ClauseNode {
  return node.type === 'clause';
}

/** The provisions of a structured tree, in document order. */
export function clausesOf(tree: PolicyRoot): ClauseNode[] {
  return tree.children.flatMap((c) => (c.type === 'division' ? c.children : c.type === 'clause' ? [c] : []));
}

/** The divisions of a structured tree, in document order. */
export function divisionsOf(tree: PolicyRoot): DivisionNode[] {
  return tree.children.filter((c): c is DivisionNode => c.type === 'division');
}

/** The paragraph with a role, or undefined before the structure plugin ran. */
export function paragraphOf(tree: PolicyRoot, role: ParagraphNode['role']): ParagraphNode | undefined {
  return tree.children.find((c): c is ParagraphNode => c.type === 'paragraph' && c.role === role);
}

/** The cover of a structured tree, or undefined. */
export function coverOf(tree: PolicyRoot): CoverNode | undefined {
  return tree.children.find((c): c is CoverNode => c.type === 'cover');
}

/**
 * The prefix of the ids a plugin gives the drafts of provision `number` of a policy:
 * hz-2018-manufacturing-c07-…, …-c103-…. Ids name awards in calculator profiles and links across
 * the whole base, so they start with the policy id: two policies' drafts never share one.
 */
export function draftIdPrefix(policyId: string, number: number): string {
  return `${policyId}-c${String(number).padStart(2, '0')}`;
}
