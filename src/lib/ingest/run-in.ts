/**
 * Headings run into the text, as portals scrape a 意见 onto one line ("…提出如下意见。一、构建…
 * （一）大力发展…。瞄准…"). Before lines are classified, a line is cut where the next heading of
 * the numbering starts a sentence: the next part (二、 after 一、) or the next provision (（三）
 * after （二）, or 1. again after a new part). Only the next number is looked for, so （含） or
 * 国家、省 inside a sentence are never taken for headings; a 专栏 box keeps its own lists.
 * Each piece keeps its position in the source.
 */
import { toChineseNumeral } from '../text/numerals';
import { markerAt, type Marker } from './markers';
import type { LineNode } from './tree';

/** Where a sentence can start inside a line: after a full stop, a semicolon or a colon. */
const SENTENCE_END = /[。；：！？]/u;

/** The dots items are written with. */
const ITEM_DOTS = ['.', '．', '﹒'];

/** Counters of the numbering so far. */
interface Counters {
  parts: number;
  provisions: number;
  inPart: number;
  /** Whether provisions start again at 1 in each part; unknown until a second part's first provision. */
  restart: boolean | undefined;
}

/** The provision numbers that would continue the numbering. */
function nextNumbers(c: Counters): number[] {
  // A number or two the source skips still starts a heading; the gap is recorded when the tree is built.
  const after = (n: number) => [n + 1, n + 2, n + 3];
  if (c.restart === true) return after(c.inPart);
  if (c.restart === false || c.inPart > 0 || c.provisions === 0) return after(c.provisions);
  return [...after(c.provisions), 1];
}

/** The markers that would continue the numbering. */
function nextMarkers(kind: 'clause' | 'item', c: Counters): string[] {
  const part = `${toChineseNumeral(c.parts + 1)}、`;
  const numbers = nextNumbers(c);
  if (kind === 'clause') return [part, ...numbers.map((n) => `（${toChineseNumeral(n)}）`)];
  return [part, ...numbers.flatMap((n) => ITEM_DOTS.map((d) => `${String(n)}${d}`))];
}

/** Updates the counters for a marker that starts a line. */
function count(c: Counters, marker: Marker | null, provisionKind: 'clause' | 'item'): void {
  if (marker?.kind === 'part') {
    c.parts++;
    c.inPart = 0;
  } else if (marker?.kind === provisionKind) {
    if (c.inPart === 0 && c.provisions > 0 && c.restart === undefined) c.restart = marker.value === 1;
    c.provisions++;
    c.inPart++;
  }
}

/** The earliest offset after `from` where one of `markers` starts a sentence, or -1. */
function nextCut(text: string, from: number, markers: readonly string[]): number {
  let best = -1;
  for (const m of markers) {
    for (let at = text.indexOf(m, from); at >= 0; at = text.indexOf(m, at + 1)) {
      const decimal = /\d/u.test(m) && (/\d/u.test(text[at + m.length] ?? '') || /\d/u.test(text[at - 1] ?? ''));
      if (!decimal && SENTENCE_END.test(text[at - 1] ?? '')) {
        if (best < 0 || at < best) best = at;
        break;
      }
    }
  }
  return best;
}

/** A piece of a line, with its position moved by `offset` characters. */
function piece(line: LineNode, from: number, to: number): LineNode {
  const start = line.position?.start;
  return {
    type: 'line',
    value: line.value.slice(from, to).trim(),
    position: start && {
      start: { line: start.line, column: start.column + from },
      end: { line: start.line, column: start.column + to },
    },
  };
}

/**
 * Cuts lines at headings run into the text.
 * @param provisionKind what the policy's provisions are numbered with
 */
export function splitRunIn(lines: readonly LineNode[], provisionKind: 'clause' | 'item'): LineNode[] {
  const c: Counters = { parts: 0, provisions: 0, inPart: 0, restart: undefined };
  const out: LineNode[] = [];
  let inBox = false;
  for (const line of lines) {
    if (line.value.startsWith('专栏')) inBox = true;
    let from = 0;
    for (;;) {
      const rest = line.value.slice(from);
      const marker = markerAt(rest);
      if (marker?.kind === 'part' || marker?.kind === provisionKind) inBox = false;
      count(c, marker, provisionKind);
      const cut = inBox ? -1 : nextCut(line.value, from + 1, nextMarkers(provisionKind, c));
      if (cut < 0) break;
      out.push(piece(line, from, cut));
      from = cut;
    }
    out.push(from === 0 ? line : piece(line, from, line.value.length));
  }
  return out;
}

/** Whether a text numbers its provisions （一） or 1. (at the start of a sentence), or neither. */
export function provisionKindOf(lines: readonly LineNode[]): 'clause' | 'item' | null {
  const at = (marker: string) => lines.some((l) => l.value.startsWith(marker) || nextCut(l.value, 1, [marker]) >= 0);
  if (at('（一）')) return 'clause';
  return ITEM_DOTS.some((d) => at(`1${d}`)) ? 'item' : null;
}
