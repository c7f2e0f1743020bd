/**
 * The syntax tree of a policy as the ingest builds it (unist-style): a `policy` root holding
 * the raw lines, then, once the structure plugin has run, its title, preamble, parts, clauses
 * and sentences. Frontmatter drafts are typed from the content schemas, so that what the
 * plugins fill in is what a clause file must hold.
 */
import type { Literal, Node, Parent } from 'unist';
import type { ClauseData } from '../../schemas/clause';

/** A non-empty line of the raw text after normalisation, before the structure is known. */
export interface LineNode extends Literal {
  type: 'line';
  /** The line, normalised and trimmed. */
  value: string;
  data?: {
    /** Set by the boilerplate plugin: the line is portal boilerplate or a repeated title. */
    excluded?: boolean;
  };
}

/** One sentence of a clause body, up to and including its 。 or ；. */
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

/** A clause: （十六）实施绿色制造工程。 and its body, as sentences. */
export interface ClauseNode extends Parent {
  type: 'clause';
  /** The numeral as the heading writes it (十六). */
  numeral: string;
  /** The heading after the numeral, without 。. */
  title: string;
  /** The body after the heading, exactly as in the source. */
  body: string;
  children: SentenceNode[];
  data: {
    /** The draft frontmatter. */
    draft: ClauseDraft;
    /** What a plugin saw but could not classify, for the report. */
    unclassified: string[];
  };
}

/** A part: 一、构建高能级产业体系，明确高质量发展目标, its intro and its clauses. */
export interface PartNode extends Parent {
  type: 'part';
  /** The numeral as the heading writes it (一). */
  numeral: string;
  /** 1 for 一. */
  number: number;
  /** The heading after 一、. */
  title: string;
  /** The text between the heading and the first clause. */
  intro: string;
  children: ClauseNode[];
}

/** A run of policy text outside parts: the title, the preamble, the closing. */
export interface ParagraphNode extends Literal {
  type: 'paragraph';
  /** Which paragraph it is. */
  role: 'title' | 'preamble' | 'closing';
  value: string;
}

/** The root: the lines of the raw text, later the policy's structure. */
export interface PolicyRoot extends Parent {
  type: 'policy';
  children: Array<LineNode | ParagraphNode | PartNode>;
}

/** Every node type of the tree. */
export type IngestNode = PolicyRoot | LineNode | ParagraphNode | PartNode | ClauseNode | SentenceNode;

/** Whether a node is a clause (for unist-util-visit tests). */
export function isClause(node: Node): node is ClauseNode {
  return node.type === 'clause';
}

/** The clauses of a structured tree, in document order. */
export function clausesOf(tree: PolicyRoot): ClauseNode[] {
  return tree.children.flatMap((c) => (c.type === 'part' ? c.children : []));
}

/** The paragraph with a role, or undefined before the structure plugin ran. */
export function paragraphOf(tree: PolicyRoot, role: ParagraphNode['role']): ParagraphNode | undefined {
  return tree.children.find((c): c is ParagraphNode => c.type === 'paragraph' && c.role === role);
}

/** The prefix of the ids a plugin gives the drafts of clause `number`: c07-… */
export function draftIdPrefix(number: number): string {
  return `c${String(number).padStart(2, '0')}`;
}
