/**
 * The vocabulary of heading markers: how Chinese legal and policy texts number their
 * divisions, provisions and items (第一编, 第一章, 第一节, 第一条, 一、, （一）, 1., （1）, ①).
 * Every part of the ingest that asks "does a numbered heading start here?" asks this module,
 * so that the markers are written once.
 */
import { divisionMarker, provisionLabel } from '../text/headings';
import { parseChineseNumeral } from '../text/numerals';

/**
 * Kinds of marker, outermost first within each family: a regulation's 编 → 章 → 节 → 条, a
 * policy's 一、 → （一） → 1. → （1） → ①. Which kinds are divisions, which are the provisions
 * and which stay items of a provision's body is decided per document (see build-tree.ts).
 */
export const MARKER_KINDS = [
  'book',
  'subbook',
  'chapter',
  'section',
  'article',
  'part',
  'clause',
  'item',
  'subitem',
  'circled',
] as const;

/** A kind of marker. */
export type MarkerKind = (typeof MARKER_KINDS)[number];

/** A Chinese numeral as headings write it, ideographic spaces allowed inside (第　二　条). */
const HAN = '[一二三四五六七八九十百千万零〇两]+';

/** Circled numbers ① … ⑳. */
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/**
 * The pattern of each kind at the start of a text, with the numeral in group 1. A 第X条 or
 * 第X章 that is a reference (第十六条第二款, 第三章规定的, 第十七条之一) is no heading: the words
 * that follow a reference are excluded.
 */
const PATTERNS: Readonly<Record<MarkerKind, RegExp>> = {
  book: new RegExp(`^第\\s*(${HAN}(?:\\s*${HAN})*)\\s*编(?![的中规所第之])`, 'u'),
  subbook: new RegExp(`^第\\s*(${HAN}(?:\\s*${HAN})*)\\s*分编(?![的中规所第之])`, 'u'),
  chapter: new RegExp(`^第\\s*(${HAN}(?:\\s*${HAN})*)\\s*章(?![的中规所第之])`, 'u'),
  section: new RegExp(`^第\\s*(${HAN}(?:\\s*${HAN})*)\\s*节(?![的中规所第之])`, 'u'),
  article: new RegExp(`^第\\s*(${HAN}(?:\\s*${HAN})*)\\s*条(?![第、和至及规的中所款项之])`, 'u'),
  part: new RegExp(`^(${HAN})、`, 'u'),
  clause: new RegExp(`^（(${HAN})）`, 'u'),
  item: /^(\d{1,3})[.．﹒](?!\d)/u,
  subitem: /^（(\d{1,3})）/u,
  circled: new RegExp(`^([${CIRCLED}])`, 'u'),
};

/** A marker found at the start of a text. */
export interface Marker {
  kind: MarkerKind;
  /** The numeral as written, spaces removed (十六, 3, ②). */
  numeral: string;
  /** Its value (16, 3, 2), or null when the numeral is not one the ingest reads. */
  value: number | null;
  /** How many characters the marker takes, spaces and punctuation included. */
  length: number;
}

/** The value of a numeral of any kind. */
function valueOf(kind: MarkerKind, numeral: string): number | null {
  if (kind === 'item' || kind === 'subitem') return Number(numeral);
  if (kind === 'circled') return CIRCLED.indexOf(numeral) + 1;
  return parseChineseNumeral(numeral.replace(/〇/gu, '零').replace(/两/gu, '二'));
}

/**
 * The marker a text starts with, or null. Kinds are tried outermost first; a text can only
 * start with one marker.
 */
export function markerAt(text: string): Marker | null {
  for (const kind of MARKER_KINDS) {
    const m = PATTERNS[kind].exec(text);
    if (!m) continue;
    const numeral = (m[1] ?? '').replace(/\s+/gu, '');
    return { kind, numeral, value: valueOf(kind, numeral), length: m[0].length };
  }
  return null;
}

/** The marker of `kind` a text starts with, or null. */
export function markerOfKind(text: string, kind: MarkerKind): Marker | null {
  const m = markerAt(text);
  return m?.kind === kind ? m : null;
}

/** Division kinds of a regulation (第X编/章/节), outermost first. */
export const LEGAL_DIVISIONS = ['book', 'subbook', 'chapter', 'section'] as const satisfies readonly MarkerKind[];

/** Provision kinds of a policy that is not a regulation, outermost first. */
export const POLICY_PROVISIONS = ['clause', 'item'] as const satisfies readonly MarkerKind[];

/** How a marker is cited in notes and messages: 第三章, 第十五条, 一、, （二）, 3., （1）, ①. */
export function markerLabel(kind: MarkerKind, numeral: string): string {
  switch (kind) {
    case 'book':
    case 'subbook':
    case 'chapter':
    case 'section':
    case 'part':
      return divisionMarker(kind, numeral);
    case 'article':
      return provisionLabel('article', numeral);
    case 'clause':
    case 'subitem':
      return `（${numeral}）`;
    case 'item':
      return `${numeral}.`;
    case 'circled':
      return numeral;
  }
}
