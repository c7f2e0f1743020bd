/**
 * Plugin: the policy's structure. Joins the policy lines (line breaks are layout, as the
 * lossless rule reads them) and cuts the text into title, preamble, parts (heading and intro),
 * clauses (heading up to the first 。 and body, as sentences) and closing. Headings are found
 * in numbering order — 一、 then （一）, （二）… — and only where a sentence can start, so that
 * （含） or 国家、省 inside a sentence are never taken for headings.
 */
import type { Plugin } from 'unified';
import { toChineseNumeral } from '../text/numerals';
import { splitSentences } from '../text/sentences';
import { IngestError } from './errors';
import { closingStart, partTitleLength, TITLE_PATTERN } from './headings';
import type { ClauseNode, LineNode, ParagraphNode, PartNode, PolicyRoot } from './tree';

/** A heading found in the text. */
interface Marker {
  kind: 'part' | 'clause';
  /** Offset of the marker (一、 or （一）). */
  at: number;
  /** Offset after the marker. */
  after: number;
  numeral: string;
}

/** The joined policy text and the offsets where the source broke lines. */
function joinLines(lines: readonly LineNode[]): { text: string; breaks: number[] } {
  let text = '';
  const breaks: number[] = [];
  for (const l of lines) {
    if (text !== '') breaks.push(text.length);
    text += l.value;
  }
  return { text, breaks };
}

/** Finds `marker` at or after `from` where a sentence can start. */
function findMarker(text: string, marker: string, from: number, starts: ReadonlySet<number>): number {
  for (let at = text.indexOf(marker, from); at >= 0; at = text.indexOf(marker, at + 1)) {
    if (starts.has(at) || /[。；：！？]/u.test(text[at - 1] ?? '')) return at;
  }
  return -1;
}

/** Every part and clause heading, in numbering order. */
function findMarkers(text: string, from: number, starts: ReadonlySet<number>): Marker[] {
  const markers: Marker[] = [];
  let pos = from;
  for (;;) {
    const part = toChineseNumeral(markers.filter((m) => m.kind === 'part').length + 1);
    const clause = toChineseNumeral(markers.filter((m) => m.kind === 'clause').length + 1);
    const p = findMarker(text, `${part}、`, pos, starts);
    const c = findMarker(text, `（${clause}）`, pos, starts);
    if (p < 0 && c < 0) return markers;
    const m: Marker = p >= 0 && (c < 0 || p < c) ? { kind: 'part', at: p, after: p + part.length + 1, numeral: part } : { kind: 'clause', at: c, after: c + clause.length + 2, numeral: clause };
    markers.push(m);
    pos = m.after;
  }
}

/** An empty draft for a clause, filled in by the later plugins. */
function clauseNode(numeral: string, title: string, body: string, part: number): ClauseNode {
  return {
    type: 'clause',
    numeral,
    title,
    body,
    children: splitSentences(body).map((value) => ({ type: 'sentence', value })),
    data: {
      draft: { number: 0, numeral, title, part, industries: [], industryGroups: [], awards: [], ladders: [], budgets: [], targets: [], citations: [], notes: [] },
      unclassified: [],
    },
  };
}

/** Builds parts and clauses from the markers; the closing is cut from the last clause. */
function buildParts(text: string, markers: readonly Marker[], breaks: readonly number[]): { parts: PartNode[]; closing: string } {
  const parts: PartNode[] = [];
  let closing = '';
  markers.forEach((m, i) => {
    const next = markers[i + 1]?.at ?? text.length;
    const run = text.slice(m.after, next);
    if (m.kind === 'part') {
      const cut = partTitleLength(run, breaks.filter((b) => b > m.after && b < next).map((b) => b - m.after));
      parts.push({ type: 'part', numeral: m.numeral, number: parts.length + 1, title: run.slice(0, cut), intro: run.slice(cut), children: [] });
      return;
    }
    const stop = run.indexOf('。');
    if (stop < 2) throw new IngestError(`clause （${m.numeral}）: its heading does not end with 。; expected a heading such as （${m.numeral}）实施绿色制造工程。`);
    let body = run.slice(stop + 1);
    if (i === markers.length - 1) {
      const at = closingStart(body);
      if (at >= 0) [body, closing] = [body.slice(0, at), body.slice(at)];
    }
    const part = parts[parts.length - 1];
    if (!part) throw new IngestError(`clause （${m.numeral}） comes before any part heading (一、…); the content model puts every clause in a part`);
    part.children.push(clauseNode(m.numeral, run.slice(0, stop), body, part.number));
  });
  return { parts, closing };
}

/** Replaces the lines of the root with the policy's structure. */
export const ingestStructure: Plugin<[], PolicyRoot> = () => (tree, file) => {
  const lines = tree.children.filter((c): c is LineNode => c.type === 'line' && !c.data?.excluded);
  const { text, breaks } = joinLines(lines);
  const title = TITLE_PATTERN.exec(text)?.[0] ?? '';
  const starts = new Set([title.length, ...breaks]);
  const markers = findMarkers(text, title.length, starts);
  if (!markers.some((m) => m.kind === 'clause')) {
    throw new IngestError(`${file.path || 'input'}: no recognisable clauses; expected clause headings such as （一）大力发展战略性新兴产业。 after part headings such as 一、…`);
  }
  const { parts, closing } = buildParts(text, markers, breaks);
  const paragraph = (role: ParagraphNode['role'], value: string): ParagraphNode => ({ type: 'paragraph', role, value });
  tree.children = [paragraph('title', title), paragraph('preamble', text.slice(title.length, markers[0]?.at ?? text.length)), ...parts, paragraph('closing', closing)];
};
