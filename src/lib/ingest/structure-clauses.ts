/**
 * The structure of a 意见, 通知 or 办法 numbered the way policies (not laws) number: parts
 * 一、, then clauses （一） numbered through the policy, or, in a policy without （一）, items
 * 1. (1． 1﹒) numbered through the policy or afresh in each part. Headings may stand on lines
 * of their own or run into the text (as portals scrape it); they are found in numbering order
 * and only where a sentence can start, so that （含） or 国家、省 inside a sentence are never
 * taken for headings. A boxed 专栏 block between provisions stays the text of the provision
 * (or part intro) before it; inside a box, only a heading at the start of a line counts.
 */
import type { ProvisionStyle } from '../../schemas/division';
import { toChineseNumeral } from '../text/numerals';
import { IngestError } from './errors';
import { closingStart, partTitleLength } from './headings';
import { paragraphs, type Joined } from './layout';
import { divisionNode, provisionNode } from './provision-node';
import type { ClauseNode, DivisionNode } from './tree';

/** A heading found in the text. */
interface Marker {
  kind: 'part' | 'provision';
  /** Offset of the marker (一、, （一）, 3.). */
  at: number;
  /** Offset after the marker. */
  after: number;
  /** The numeral as written (一, 3). */
  numeral: string;
}

/** The dots items are written with: ASCII, full-width, small form. */
const ITEM_DOTS = ['.', '．', '﹒'] as const;

/** The structure of a policy numbered by parts and clauses or items. */
export interface ClauseStructure {
  style: ProvisionStyle;
  preamble: string;
  top: ClauseNode[];
  divisions: DivisionNode[];
  closing: string;
}

/** Finds where the policy text can start a sentence and where 专栏 boxes begin. */
class Scanner {
  readonly starts: ReadonlySet<number>;
  private readonly boxes: number[];

  constructor(
    readonly joined: Joined,
    from: number,
  ) {
    this.starts = new Set([from, ...joined.breaks]);
    this.boxes = [from, ...joined.breaks].filter((b) => joined.text.startsWith('专栏', b));
  }

  /**
   * Finds `marker` at or after `from` where a sentence can start. After a 专栏 box opened, a
   * heading must start a line, and a provision's line must hold a sentence (the box's own
   * lists, 1.汽车零部件, hold none).
   */
  find(
    marker: string,
    from: number,
    ok: (at: number, after: number) => boolean = () => true,
    provision = false,
  ): number {
    const text = this.joined.text;
    for (let at = text.indexOf(marker, from); at >= 0; at = text.indexOf(marker, at + 1)) {
      const inBox = this.boxes.some((b) => b >= from && b < at);
      const sentenceStart = this.starts.has(at) || (!inBox && /[。；：！？]/u.test(text[at - 1] ?? ''));
      if (inBox && provision && !/。/u.test(text.slice(at, this.lineEnd(at)))) continue;
      if (sentenceStart && ok(at, at + marker.length)) return at;
    }
    return -1;
  }

  /** The end of the source line that holds offset `at`. */
  private lineEnd(at: number): number {
    return this.joined.breaks.find((b) => b > at) ?? this.joined.text.length;
  }
}

/** The earliest of several candidate markers, or null. */
function earliest(candidates: ReadonlyArray<Marker | null>): Marker | null {
  return candidates.filter((m): m is Marker => m !== null && m.at >= 0).sort((a, b) => a.at - b.at)[0] ?? null;
}

/** An item marker k. (any dot) at or after `from`, not a decimal (1.5亿元). */
function itemMarker(scan: Scanner, k: number, from: number): Marker | null {
  const found = ITEM_DOTS.map((dot): Marker | null => {
    const marker = `${String(k)}${dot}`;
    const text = scan.joined.text;
    const at = scan.find(
      marker,
      from,
      (start, after) => !/\d/u.test(text[after] ?? '') && !/\d/u.test(text[start - 1] ?? ''),
      true,
    );
    return at < 0 ? null : { kind: 'provision', at, after: at + marker.length, numeral: String(k) };
  });
  return earliest(found);
}

/** Every part and provision heading, in numbering order. */
function findMarkers(scan: Scanner, from: number, style: 'clause' | 'item'): Marker[] {
  const markers: Marker[] = [];
  let pos = from;
  let total = 0;
  let inPart = 0;
  for (;;) {
    const parts = markers.filter((m) => m.kind === 'part').length;
    const partNumeral = toChineseNumeral(parts + 1);
    const p = scan.find(`${partNumeral}、`, pos);
    const part: Marker | null =
      p < 0 ? null : { kind: 'part', at: p, after: p + partNumeral.length + 1, numeral: partNumeral };
    let provision: Marker | null;
    if (style === 'clause') {
      const numeral = toChineseNumeral(total + 1);
      const c = scan.find(`（${numeral}）`, pos, undefined, true);
      provision = c < 0 ? null : { kind: 'provision', at: c, after: c + numeral.length + 2, numeral };
    } else {
      // Items run on through the policy or start again at 1 in each part.
      const continuous = itemMarker(scan, total + 1, pos);
      const afresh = inPart + 1 !== total + 1 ? itemMarker(scan, inPart + 1, pos) : null;
      provision = earliest([continuous, afresh]);
    }
    const m = earliest([part, provision]);
    if (!m) return markers;
    markers.push(m);
    if (m.kind === 'part') inPart = 0;
    else {
      total++;
      inPart++;
    }
    pos = m.after;
  }
}

/** The title of a provision and where its body starts in `run` (the text after the marker). */
function headingOf(style: 'clause' | 'item', run: string, numeral: string): { title: string | null; body: number } {
  const stop = run.indexOf('。');
  if (style === 'clause') {
    if (stop < 1)
      throw new IngestError(
        `clause （${numeral}）: its heading does not end with 。; expected a heading such as （${numeral}）实施绿色制造工程。`,
      );
    return { title: run.slice(0, stop), body: stop + 1 };
  }
  // An item has a title when its first sentence is a short phrase ending in 。: 3.加大财政支持。
  const first = run.slice(0, stop);
  return stop >= 2 && stop <= 24 && !/[，；：、]/u.test(first) && run.length > stop + 1
    ? { title: first, body: stop + 1 }
    : { title: null, body: 0 };
}

/**
 * Cuts a policy's joined text into preamble, parts, provisions and closing.
 * @param joined the policy text after any cover, the title included when it runs in
 * @param from where the text after the title starts
 * @param name the input's name, for errors
 */
export function clauseStructure(joined: Joined, from: number, name: string): ClauseStructure {
  const scan = new Scanner(joined, from);
  const style: 'clause' | 'item' =
    scan.find('（一）', from) >= 0 ? 'clause' : itemMarker(scan, 1, from) ? 'item' : 'clause';
  const markers = findMarkers(scan, from, style);
  if (!markers.some((m) => m.kind === 'provision')) {
    throw new IngestError(
      `${name}: no recognisable clauses; expected clause headings such as （一）大力发展战略性新兴产业。 after part headings such as 一、…, or articles 第一条 …`,
    );
  }
  const text = joined.text;
  const top: ClauseNode[] = [];
  const divisions: DivisionNode[] = [];
  let closing = '';
  markers.forEach((m, i) => {
    const next = markers[i + 1]?.at ?? text.length;
    const run = text.slice(m.after, next);
    if (m.kind === 'part') {
      const cut = partTitleLength(
        run,
        joined.breaks.filter((b) => b > m.after && b < next).map((b) => b - m.after),
      );
      const node = divisionNode(String(divisions.length + 1), 'part', m.numeral, run.slice(0, cut));
      node.intro = paragraphs(joined, m.after + cut, next);
      divisions.push(node);
      return;
    }
    const heading = headingOf(style, run, m.numeral);
    // A clause heading is written （一）title。; one that ends at a line break without 。 cannot be kept as such.
    if (style === 'clause' && joined.breaks.some((b) => b > m.after && b < m.after + heading.body - 1)) {
      throw new IngestError(
        `clause （${m.numeral}）: its heading ends at a line break without 。 ("${run.slice(0, 20)}…"); the content model writes a clause heading as （${m.numeral}）title。: add the 。 after the heading in the source`,
      );
    }
    let end = next;
    if (i === markers.length - 1) {
      const at = closingStart(text.slice(m.after + heading.body, next));
      if (at >= 0) {
        end = m.after + heading.body + at;
        closing = paragraphs(joined, end, text.length);
      }
    }
    const division = divisions[divisions.length - 1];
    const node = provisionNode(
      m.numeral,
      heading.title,
      paragraphs(joined, m.after + heading.body, end),
      division?.id ?? null,
    );
    (division ? division.children : top).push(node);
  });
  return { style, preamble: paragraphs(joined, from, markers[0]?.at ?? text.length), top, divisions, closing };
}
