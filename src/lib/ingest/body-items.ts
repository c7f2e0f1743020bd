/**
 * The items inside a provision's body: （一） items of an article, 1. or （1） items of a clause.
 * Their numbering is checked as the source writes it; a gap, a repeat or items run into one
 * line are defects of the source, recorded and kept as published.
 */
import type { VFile } from 'vfile';
import { parseChineseNumeral, toChineseNumeral } from '../text/numerals';
import { defect } from './defects';
import { markerAt, markerLabel, type Marker, type MarkerKind } from './markers';
import type { ClauseNode, LineNode } from './tree';

/** Item kinds checked inside a body. */
const ITEM_KINDS: ReadonlySet<MarkerKind> = new Set(['clause', 'item', 'subitem', 'circled']);

/** The next （N） item run into a paragraph after a sentence: "……；（三）……". */
function runInAt(paragraph: string, numeral: string): number {
  const at = paragraph.indexOf(`（${numeral}）`, 1);
  return at > 0 && /[。；]/u.test(paragraph[at - 1] ?? '') ? at : -1;
}

/**
 * Checks the items of a provision's body and records what the source lacks or repeats.
 * @param own the provision's own heading marker
 */
export function checkBodyItems(node: ClauseNode, own: Marker, line: LineNode, file: VFile): void {
  const last = new Map<MarkerKind, number>();
  const number = node.data.draft.number;
  const place = markerLabel(own.kind, own.numeral);
  // A heading of the provision's own kind left inside its body is one the source repeats.
  if (own.kind === 'clause' && own.value !== null)
    for (const m of node.body.matchAll(/[。；]（([一二三四五六七八九十百]+)）/gu)) {
      const value = parseChineseNumeral(m[1] ?? '');
      if (value !== null && value <= own.value)
        defect(file, 'repeated-number', line, `（${m[1] ?? ''}）`, `原文（${m[1] ?? ''}）重复出现于${place}的正文中`, {
          provision: number,
        });
    }
  for (const paragraph of node.body.split('\n\n')) {
    const m = markerAt(paragraph);
    if (!m || !ITEM_KINDS.has(m.kind) || m.value === null) continue;
    // A list starts again at 1 for a new paragraph (款) of the provision.
    const before = m.value === 1 ? 0 : (last.get(m.kind) ?? 0);
    if (m.value > before + 1)
      defect(
        file,
        'missing-number',
        line,
        place,
        `原文${place}缺第${markerLabel(m.kind, itemNumeral(m.kind, before + 1))}项`,
        {
          provision: number,
        },
      );
    else if (m.value <= before)
      defect(file, 'repeated-number', line, place, `原文${place}的第${markerLabel(m.kind, m.numeral)}项重复`, {
        provision: number,
      });
    let value = m.value;
    if (m.kind === 'clause') {
      for (
        let at = runInAt(paragraph, toChineseNumeral(value + 1));
        at > 0;
        at = runInAt(paragraph, toChineseNumeral(value + 1))
      ) {
        value++;
        defect(
          file,
          'run-in-items',
          line,
          place,
          `原文${place}的第（${toChineseNumeral(value)}）项与上一项写在同一段`,
          {
            provision: number,
          },
        );
      }
    }
    last.set(m.kind, value);
  }
}

/** A numeral of an item kind: Chinese for （一）, digits for 1. and （1）, circled for ①. */
function itemNumeral(kind: MarkerKind, n: number): string {
  if (kind === 'clause') return toChineseNumeral(n);
  if (kind === 'circled') return '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳'[n - 1] ?? String(n);
  return String(n);
}
