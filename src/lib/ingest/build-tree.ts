/**
 * The structure of a policy text, in two passes as mdast-util-toc builds a table of contents:
 * each line is classified once by the marker it starts with (markers.ts), then one walk over
 * the classified lines builds the tree. Which marker kinds are divisions, which are the
 * provisions and which stay items of a provision's body follows from the document:
 * - a text with 第一条 at the start of a line is a regulation: 编/章/节 divide it, 第X条 are the
 *   provisions, everything else is the articles' text;
 * - any other text is numbered as a policy: 一、 parts divide it, （一） parenthesised provisions (or, without
 *   them, 1. items) are the provisions, lower numbering stays in their bodies. A part may hold
 *   only paragraphs, and a policy may have no provisions at all.
 *
 * A number the sequence skips or repeats is a defect of the source: it is recorded as a
 * message on the file (with line and column) and as a defect of the policy, and the text is
 * kept as published. Nothing is renumbered and nothing is invented: a heading the structure
 * implies but the source lacks is a division without a title, marked as not in the source.
 */
import type { VFile } from 'vfile';
import { PROVISION_STYLE, type ProvisionStyle } from '../../schemas/division';
import { toChineseNumeral } from '../text/numerals';
import { divisionKind, isDivisionLine, provisionTitle, Sequence, TITLE_LINE } from './classify';
import { cutClosing } from './closing';
import { partTitleLength } from './headings';
import { markerAt, markerLabel, type Marker, type MarkerKind } from './markers';
import { divisionNode, provisionNode } from './provision-node';
import { checkBodyItems } from './body-items';
import { IngestError } from './errors';
import { defect } from './defects';
import type { ClauseNode, DivisionNode, LineNode } from './tree';

/** The structure of a policy's text. */
export interface TreeParts {
  style: ProvisionStyle;
  /** The text before the first heading, paragraphs separated by blank lines. */
  preamble: string;
  /** Provisions outside any division. */
  top: ClauseNode[];
  /** Divisions in document order, each with its own provisions. */
  divisions: DivisionNode[];
  /** The paragraph after the last provision that speaks of the document itself. */
  closing: string;
}

/** Levels of the division kinds, outermost first. */
const LEVEL: Readonly<Partial<Record<MarkerKind, number>>> = { book: 0, subbook: 1, chapter: 2, section: 3, part: 0 };

/** The provision being read: its heading's facts and its paragraphs. */
interface OpenProvision {
  numeral: string;
  title: string | null;
  titleEnd: '。' | '';
  division: string | null;
  number: number;
  paragraphs: string[];
  line: LineNode;
  marker: Marker;
}

/** Builds the tree of a policy's text lines (see the file's comment). */
export function buildTree(
  lines: readonly LineNode[],
  roles: { provision: MarkerKind | null; divisions: readonly MarkerKind[] },
  file: VFile,
): TreeParts {
  const style: ProvisionStyle =
    roles.provision === 'article'
      ? PROVISION_STYLE.article
      : roles.provision === 'item'
        ? PROVISION_STYLE.item
        : PROVISION_STYLE.parenthesised;
  const preamble: string[] = [];
  const top: ClauseNode[] = [];
  const divisions: DivisionNode[] = [];
  const open: Array<DivisionNode | undefined> = [undefined, undefined, undefined, undefined];
  const lastAt = new Map<string, number>();
  // The last number of each kind anywhere: a code's chapters run on across its 分编 (合同编's
  // 第二分编 opens at 第九章) while they start again in each 编.
  const lastOfKind = new Map<MarkerKind, number>();
  // How far a parent's numbering runs on: its first division's value less one.
  const offsetAt = new Map<string, number>();
  const provisions = new Sequence();
  let provisionCount = 0;
  let inPart = 0;
  let partStart = false;
  let current: OpenProvision | null = null;
  let lastNode: 'provision' | 'division' | 'none' = 'none';
  // A 专栏 box keeps its own lists (1.汽车零部件): inside it, only a heading that holds a sentence is a provision.
  let inBox = false;

  const innermost = (below = open.length) =>
    open
      .slice(0, below)
      .filter((d) => d !== undefined)
      .pop();
  const finish = () => {
    if (!current) return;
    const c = current;
    const node = provisionNode(c.numeral, c.title, c.paragraphs.join('\n\n'), c.division, c.titleEnd);
    node.data.draft.number = c.number;
    const division = innermost();
    (division ? division.children : top).push(node);
    checkBodyItems(node, c.marker, c.line, file);
    current = null;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as LineNode;
    const marker: Marker | null = markerAt(line.value);
    const kind = marker?.kind;
    if (marker && kind && marker.value === null && (kind === roles.provision || roles.divisions.includes(kind)))
      throw new IngestError(
        `${file.path || 'input'}: line ${String(line.position?.start.line ?? 0)}: ${markerLabel(kind, marker.numeral)} is a number the ingest does not read (1–9999); split the document before ingesting it`,
      );
    if (line.value.startsWith('专栏')) inBox = true;
    if (line.data?.heading === 'book') {
      // A 编 heading the markup states without a numeral (人格权编): a book numbered by its place.
      finish();
      const n = (lastAt.get('|book') ?? 0) + 1;
      lastAt.set('|book', n);
      const node = divisionNode(String(n), 'book', null, line.value.replace(/\s+/gu, ''));
      divisions.push(node);
      open.fill(undefined);
      open[0] = node;
      inBox = false;
      lastNode = 'division';
      continue;
    }
    if (marker && kind && roles.divisions.includes(kind) && isDivisionLine(kind, line.value.slice(marker.length))) {
      finish();
      const level = LEVEL[kind] ?? 0;
      const parent = innermost(level);
      const key = `${parent?.id ?? ''}|${kind}`;
      const last = lastAt.get(key) ?? 0;
      const n = last + 1;
      const label = markerLabel(kind, marker.numeral);
      const held = parent ? parent.children : top;
      const ranOn = lastOfKind.get(kind) ?? 0;
      if (last === 0 && ranOn > 0 && marker.value === ranOn + 1) offsetAt.set(key, ranOn);
      const offset = offsetAt.get(key) ?? 0;
      if (marker.value !== null) lastOfKind.set(kind, marker.value);
      if (marker.value === n + offset) {
        // Numbered as expected, in this parent or on from the one before.
      } else if (marker.value !== n && last === 0 && marker.value === 2 && held.length > 0) {
        // The source lacks the first heading: the provisions so far stand in division 1, without a title.
        const missing = divisionNode(parent ? `${parent.id}.1` : '1', divisionKind(kind), '一', null, false);
        missing.children = held.splice(0, held.length);
        for (const c of missing.children) c.data.draft.division = missing.id;
        divisions.splice(parent ? divisions.indexOf(parent) + 1 : 0, 0, missing);
        defect(
          file,
          'missing-heading',
          line,
          markerLabel(kind, '一'),
          `原文缺${markerLabel(kind, '一')}的标题，其条文归入${markerLabel(kind, '一')}`,
          { division: missing.id },
        );
        lastAt.set(key, 1);
      } else {
        const missingOne = marker.value !== null && marker.value > n + offset;
        defect(
          file,
          missingOne ? 'missing-number' : 'repeated-number',
          line,
          label,
          missingOne
            ? `原文缺${markerLabel(kind, toChineseNumeral(n + offset))}，此处为${label}`
            : `原文${label}重复或次序倒置`,
          { division: parent ? `${parent.id}.${String(n)}` : String(n) },
        );
      }
      const id = [parent?.id, String((lastAt.get(key) ?? 0) + 1)].filter(Boolean).join('.');
      let rest = line.value.slice(marker.length).trim();
      let intro = '';
      if (kind === 'part' && rest.includes('。')) {
        const cut = partTitleLength(rest);
        intro = rest.slice(cut).trim();
        rest = rest.slice(0, cut);
      } else if (
        rest === '' &&
        TITLE_LINE.test(lines[i + 1]?.value ?? '') &&
        markerAt(lines[i + 1]?.value ?? '') === null
      ) {
        rest = lines[++i]?.value ?? '';
      }
      const title = rest.replace(/\s+/gu, '');
      const node = divisionNode(id, divisionKind(kind), marker.numeral, title === '' ? null : title);
      node.intro = intro;
      lastAt.set(key, (lastAt.get(key) ?? 0) + 1);
      divisions.push(node);
      open[level] = node;
      for (let k = level + 1; k < open.length; k++) open[k] = undefined;
      if (kind === 'part') {
        inPart = 0;
        partStart = true;
      }
      inBox = false;
      lastNode = 'division';
      continue;
    }
    if (marker && kind === roles.provision && !(inBox && !line.value.includes('。'))) {
      inBox = false;
      finish();
      provisionCount++;
      const label = markerLabel(kind, marker.numeral);
      const problem = provisions.next(marker.value, partStart, inPart);
      partStart = false;
      inPart++;
      let rest = line.value.slice(marker.length).trim();
      let title: string | null = null;
      let titleEnd: '。' | '' = '。';
      if (kind === 'article') {
        const caption = /^（([^（）。，；：]{1,30})）/u.exec(rest);
        if (caption && markerAt(rest) === null) {
          title = caption[1] ?? null;
          rest = rest.slice(caption[0].length).trim();
        }
      } else {
        const nextLine = lines[i + 1]?.value ?? '';
        const next = markerAt(nextLine);
        const hasMore = nextLine !== '' && !(next && (next.kind === kind || roles.divisions.includes(next.kind)));
        const t = provisionTitle(rest, hasMore);
        title = t.title;
        titleEnd = t.titleEnd;
        rest = rest.slice(t.body).trim();
      }
      current = {
        numeral: marker.numeral,
        title,
        titleEnd,
        division: innermost()?.id ?? null,
        number: provisionCount,
        paragraphs: rest === '' ? [] : [rest],
        line,
        marker,
      };
      if (problem)
        defect(
          file,
          problem.kind,
          line,
          label,
          problem.kind === 'missing-number'
            ? `原文缺${markerLabel(kind, kind === 'item' ? String(problem.expected) : toChineseNumeral(problem.expected))}，此处为${label}`
            : `原文${label}重复或次序倒置`,
          { provision: provisionCount },
        );
      lastNode = 'provision';
      continue;
    }
    if (current) current.paragraphs.push(line.value);
    else {
      const division = innermost();
      if (division) division.intro = division.intro === '' ? line.value : `${division.intro}\n\n${line.value}`;
      else preamble.push(line.value);
    }
  }
  finish();
  const closing = cutClosing(style, top, divisions, lastNode);
  return { style, preamble: preamble.join('\n\n'), top, divisions, closing };
}
