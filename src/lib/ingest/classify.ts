/**
 * The classifying half of the structure pass: which marker kinds are a document's divisions and
 * provisions, where a heading's title ends, whether a line is a division heading, and how a
 * provision numbering runs. build-tree.ts walks the lines with these rules.
 */
import type { DivisionKind } from '../../schemas/division';
import { LEGAL_DIVISIONS, markerAt, type MarkerKind } from './markers';
import type { LineNode } from './tree';

/**
 * Whether the text after a division marker makes a heading line: a part (一、) may run into its
 * intro; a 编, 章 or 节 heading is a short title alone on its line (第一章至第三章的规定 is text).
 */
export function isDivisionLine(kind: MarkerKind, rest: string): boolean {
  return kind === 'part' || /^[^。；，：]{0,40}$/u.test(rest.trim());
}

/** A title that may stand on the line after a division heading (第一章 / 总则). */
export const TITLE_LINE = /^[^。；，：\d]{1,20}$/u;

/** A clause's or item's title: a short phrase, no comma or semicolon. */
const TITLE_PHRASE = /^[^，；：。]{1,40}$/u;

/**
 * The title of a clause or item and where its body starts in `rest` (the line after the
 * marker): a phrase ending in 。 followed by more text (（一）大力发展战略性新兴产业。瞄准…), a
 * phrase alone on its line (（一）指导思想), or none (（一）对…给予500万元的奖励。).
 */
export function provisionTitle(
  rest: string,
  hasMore: boolean,
): { title: string | null; titleEnd: '。' | ''; body: number } {
  const stop = rest.indexOf('。');
  if (stop < 0) {
    return TITLE_PHRASE.test(rest) && hasMore
      ? { title: rest, titleEnd: '', body: rest.length }
      : { title: null, titleEnd: '。', body: 0 };
  }
  const first = rest.slice(0, stop);
  const more = hasMore || rest.length > stop + 1;
  return TITLE_PHRASE.test(first) && more
    ? { title: first, titleEnd: '。', body: stop + 1 }
    : { title: null, titleEnd: '。', body: 0 };
}

/** The kinds that are the provisions and the divisions of a text. */
export function rolesOf(
  lines: readonly LineNode[],
  policyProvision: 'clause' | 'item' | null,
): {
  provision: MarkerKind | null;
  divisions: readonly MarkerKind[];
} {
  const starts = lines.map((l) => markerAt(l.value));
  if (starts.filter((m) => m?.kind === 'article').length >= 2)
    return { provision: 'article', divisions: LEGAL_DIVISIONS };
  return { provision: policyProvision, divisions: starts.some((m) => m?.kind === 'part') ? ['part'] : [] };
}

/**
 * The numbering of the provisions: through the policy, or afresh in each part (decided at the
 * first provision of the second part that has any). A list that starts again at 1 where no part
 * begins is a new list, not a defect; the first number need not be 1 (one book of a code starts
 * at 第二百零五条).
 */
export class Sequence {
  private last: number | null = null;
  private restart: boolean | undefined;

  /** Reads the next value; returns the defect it shows, if any. */
  next(
    value: number | null,
    partStart: boolean,
    inPart: number,
  ): { kind: 'missing-number' | 'repeated-number'; expected: number } | null {
    if (value === null) return null;
    const last = this.last;
    if (partStart && last !== null && this.restart === undefined) this.restart = value === 1;
    this.last = value;
    if (last === null || value === 1) return null;
    const expected = this.restart ? inPart + 1 : last + 1;
    if (value === expected) return null;
    if (value < expected) this.last = last;
    return { kind: value > expected ? 'missing-number' : 'repeated-number', expected };
  }
}

/** The division kind of a marker kind. */
export function divisionKind(kind: MarkerKind): DivisionKind {
  return kind === 'book' || kind === 'subbook' || kind === 'chapter' || kind === 'section' ? kind : 'part';
}
