import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/**
 * A clause body as Markdown: read (what is not plain text, and the text the page shows) and
 * written (policy text escaped so that it reads back as itself).
 *
 * A clause body is the policy's plain text: paragraphs of text separated by blank lines, nothing
 * else. Any other Markdown would change what the page shows (a heading, bold, a list), run script
 * or lead elsewhere (raw HTML, links, images), or shift the sentence anchors, which count
 * sentences in the text nodes. A character that is part of the policy text but that Markdown reads
 * as syntax (* # [ < & …) is stored backslash-escaped (\*), as Markdown itself does; bodyText()
 * gives the text with the escapes resolved, as the page shows it.
 *
 * The body is parsed by remark (CommonMark, no GFM, as the site renders it), not matched with
 * patterns, so that every spelling of a construct is caught (setext headings, `***`, indented
 * code, reference links, nested and escaped brackets).
 */

/** One place where a body is not plain text. */
export interface MarkupProblem {
  /** Line in the body, from 1. */
  line: number;
  /** What was found, in plain words, e.g. "bold text **…**". */
  what: string;
  /** The source there, e.g. "**资助**". */
  source: string;
  /** What to do. */
  fix: string;
}

/** A body read as Markdown: its problems and its text. */
export interface BodyReading {
  /** Every place that is not plain text, in order (one report when it has too much syntax to parse, see PARSE_BUDGET). */
  problems: MarkupProblem[];
  /** The text as the page shows it: escapes resolved, paragraphs separated by a blank line. */
  text: string;
}

/** The escape advice shared by the fixes. */
const ESCAPE = 'if the character is part of the policy text, put a \\ before it';

/** Each kind of Markdown node a body may not hold, in plain words, with what to do. */
const KINDS: Readonly<Record<string, readonly [what: string, fix: string]>> = {
  heading: ['a Markdown heading (a line starting with #, or underlined with = or -)', `write the heading as plain text; ${ESCAPE} (\\# or \\= or \\-)`],
  thematicBreak: ['a horizontal rule (a line of ***, --- or ___)', `remove the line; ${ESCAPE} (\\*)`],
  blockquote: ['a quote block (a line starting with >)', `remove the >; ${ESCAPE} (\\>)`],
  list: ['a Markdown list (a line starting with -, +, * or a number and . or ))', `write the item as plain text; ${ESCAPE} (\\- or 1\\.)`],
  code: ['a code block (a line indented by 4 spaces or a tab, or fenced with ``` or ~~~)', 'remove the indentation or the fence: a clause has no code'],
  html: ['raw HTML', `remove the tag; ${ESCAPE} (\\<)`],
  definition: ['a link definition ([label]: address)', `remove it: links to cited documents are made from \`citations\`; ${ESCAPE} (\\[)`],
  strong: ['bold text **…**', `write the text plainly, without the ** or __; ${ESCAPE} (\\* or \\_)`],
  emphasis: ['italic text *…*', `write the text plainly, without the * or _; ${ESCAPE} (\\* or \\_)`],
  inlineCode: ['inline code `…`', `write the text plainly, without the backticks; ${ESCAPE} (\\\`)`],
  break: ['a hard line break (two spaces or a \\ at the end of a line)', 'remove the spaces or the \\ at the end of the line; paragraphs are separated by a blank line'],
  link: ['a link', `remove the link and keep its text: links to cited documents are made from \`citations\`; ${ESCAPE} (\\[ or \\<)`],
  image: ['an image', `remove it: a clause is text only; ${ESCAPE} (!\\[)`],
  linkReference: ['a reference link [text][label]', `remove the link and keep its text; ${ESCAPE} (\\[)`],
  imageReference: ['a reference image ![text][label]', `remove it: a clause is text only; ${ESCAPE} (!\\[)`],
  reference: ['a character reference (&name; or &#number;)', `write the character itself; ${ESCAPE} (\\&)`],
};

/** A node kind not listed above (a future remark may add some), reported by its mdast name. */
function kindOf(type: string): readonly [string, string] {
  return KINDS[type] ?? [`Markdown (${type})`, `write the text plainly; ${ESCAPE}`];
}

/**
 * Characters that can start Markdown syntax, and backslash escapes, found in one linear pass.
 * A chunk without syntax is plain text and is not parsed. Container markers (> - + 1.) count where
 * a line or a nested container could start (after a line start or whitespace). Group 1 is an
 * escape (\* …): not markup, and resolved without a parse in a chunk that holds no syntax.
 */
const MARKER = /(\\[!-/:-@[-`{-~])|[*_`[\]<>&]|\\(?=\r?$)|^[ \t]|^[-+#=~]|^\d{1,9}[.)]|[ \t][-+](?=[ \t]|\r?$)|[ \t]\d{1,9}[.)](?=[ \t]|\r?$)| {2,}(?=\r?$)/gmu;

/** A backslash escape: a \ before ASCII punctuation stands for the punctuation (CommonMark 2.4). */
const ESCAPED = /\\([!-/:-@[-`{-~])/gu;

/**
 * How much parsing a body may cost, in characters parsed times syntax characters (+1) in them.
 * micromark, like every CommonMark parser, is slower than linear on some inputs: measured,
 * 100,000 nested `> ` took over a minute, 80,000 escapes in a paragraph 3 s, and 500 unclosed
 * `[a](` or nested `- ` before 170,000 characters about 1 s, growing with both counts. Real
 * clauses cost a few hundred thousand; a body over budget is refused without parsing, at its first
 * syntax character, and stays well under a second.
 */
export const PARSE_BUDGET = 4_000_000;

/** The cost of a paragraph beyond its characters: micromark's work per block (measured). */
const CHUNK_COST = 8_000;

/**
 * A run of non-blank lines. CommonMark reads blank-line-separated runs independently, except for
 * constructs that span them (fenced code, HTML blocks, lists, quotes, link definitions), which all
 * start with syntax in a run that is parsed and rejected; so a run without syntax is plain text.
 */
interface Chunk {
  text: string;
  /** Offset in the body. */
  start: number;
  /** Line of the body on which it starts, from 1. */
  line: number;
  /** Characters of syntax in it (escapes excluded). */
  markers: number;
  /** Backslash escapes in it. */
  escapes: number;
}

/** Splits a body into blank-line-separated chunks, with their places. */
function chunksOf(body: string): Chunk[] {
  const chunks: Chunk[] = [];
  let offset = 0;
  let line = 1;
  let current: Chunk | null = null;
  for (const l of body.split('\n')) {
    if (/^[ \t\r]*$/.test(l)) current = null;
    else if (current) current.text += `\n${l}`;
    else chunks.push((current = { text: l, start: offset, line, markers: 0, escapes: 0 }));
    offset += l.length + 1;
    line += 1;
  }
  return chunks;
}

const parser = unified().use(remarkParse);

/** A character reference (&amp; &#42;) in the source of a text node, where the value differs from the source. */
const CHARACTER_REFERENCE = /&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/u;

/** Resolves backslash escapes and drops whitespace, as remark's text value differs from its source. */
function unescaped(source: string): string {
  return source.replace(ESCAPED, '$1').replace(/\s+/gu, '');
}

/**
 * Parses the chunks that hold syntax, appending their problems in order, and returns the text of
 * each (escapes resolved). They are parsed as one document, chunks separated by a blank line as in
 * the body: each parse call costs a fixed setup, too much for hundreds of small chunks.
 */
function readChunks(chunks: readonly Chunk[], problems: MarkupProblem[]): Map<Chunk, string[]> {
  const doc = chunks.map((x) => x.text).join('\n\n');
  // Where each chunk starts in doc: offset and line.
  const starts: Array<{ offset: number; line: number }> = [];
  let offset = 0;
  let line = 1;
  for (const x of chunks) {
    starts.push({ offset, line });
    offset += x.text.length + 2;
    line += x.text.split('\n').length + 1;
  }
  const texts = new Map<Chunk, string[]>(chunks.map((x) => [x, []]));
  let i = 0;
  const at = (node: Nodes, type: string, source?: string): MarkupProblem => {
    const [what, fix] = kindOf(type);
    const { start, end } = node.position ?? { start: { offset: 0, line: 1 }, end: { offset: 0 } };
    const chunk = chunks[i] as Chunk;
    const base = starts[i] as { line: number };
    return { line: chunk.line + start.line - base.line, what, source: source ?? doc.slice(start.offset, end.offset), fix };
  };
  const tree: Root = parser.parse(doc);
  for (const block of tree.children) {
    // Blocks come in document order: the chunk of a block is the last that starts before it.
    const from = block.position?.start.offset ?? 0;
    while (i < chunks.length - 1 && (starts[i + 1] as { offset: number }).offset <= from) i++;
    if (block.type !== 'paragraph') {
      problems.push(at(block, block.type));
      continue;
    }
    for (const inline of block.children) {
      if (inline.type !== 'text') {
        problems.push(at(inline, inline.type));
        continue;
      }
      // The only way a text node's value differs from its source, beyond escapes and layout,
      // is a character reference, which would hide a character (&lt;) from every check.
      const source = doc.slice(inline.position?.start.offset ?? 0, inline.position?.end.offset ?? 0);
      if (unescaped(source) !== inline.value.replace(/\s+/gu, '')) problems.push(at(inline, 'reference', CHARACTER_REFERENCE.exec(source)?.[0] ?? source));
    }
    texts.get(chunks[i] as Chunk)?.push(toString(block));
  }
  return texts;
}

/**
 * Reads a clause body as the site's Markdown renderer does and reports every node that is not a
 * paragraph of plain text, with its line and what to do. Only chunks that hold syntax are parsed;
 * a body whose syntax would cost more than PARSE_BUDGET to parse is reported once, unparsed.
 */
export function readBody(body: string): BodyReading {
  const chunks = chunksOf(body);
  let first: { line: number; source: string } | null = null;
  let c = 0;
  for (const m of body.matchAll(MARKER)) {
    while (c < chunks.length - 1 && (chunks[c + 1] as Chunk).start <= m.index) c++;
    const chunk = chunks[c];
    if (!chunk) break;
    if (m[1] !== undefined) {
      chunk.escapes += 1;
      continue;
    }
    chunk.markers += 1;
    first ??= { line: chunk.line + (body.slice(chunk.start, m.index).match(/\n/gu)?.length ?? 0), source: body.slice(m.index, m.index + 20).split('\n')[0] ?? '' };
  }
  // A body without syntax is its own text (escapes resolved), exactly.
  if (!first) return { problems: [], text: chunks.some((x) => x.escapes > 0) ? body.replace(ESCAPED, '$1') : body };
  const marked = chunks.filter((x) => x.markers > 0);
  const cost = marked.reduce((sum, x) => sum + CHUNK_COST + x.text.length * (x.markers + x.escapes + 1), 0);
  if (cost > PARSE_BUDGET) {
    const what = 'more Markdown syntax than a clause can hold (* _ ` [ ] < > & or markers at the start of lines), the first';
    return { problems: [{ line: first.line, what, source: first.source, fix: `write the text plainly; ${ESCAPE} (\\*)` }], text: body };
  }
  const problems: MarkupProblem[] = [];
  const parsed = readChunks(marked, problems);
  const text = chunks.map((x) => parsed.get(x)?.join('\n\n') ?? x.text.replace(ESCAPED, '$1')).join('\n\n');
  return { problems, text };
}

/**
 * A clause body's text as the page shows it: Markdown escapes resolved (\* is *). Rules that
 * compare the body with the source or quote it word for word should compare this text.
 */
export function bodyText(body: string): string {
  return readBody(body).text;
}

/**
 * Writes policy text as a clause body: every character Markdown could read as syntax is
 * backslash-escaped (\* \[ \< \& …, and # - + = ~ or "1." at the start of a line), and spaces and
 * tabs at the start and end of lines are dropped (layout, which the lossless rule ignores; kept,
 * they would make indented code or hard breaks). readBody() finds no problem in the result, and
 * bodyText() gives `text` back, but for that layout.
 */
export function escapeBodyText(text: string): string {
  return text
    .replace(/^[ \t]+|[ \t]+$/gmu, '')
    .replace(/[\\`*_[\]<>&]/gu, '\\$&')
    .replace(/^([-+#=~])/gmu, '\\$1')
    .replace(/^(\d{1,9})([.)])/gmu, '$1\\$2');
}
