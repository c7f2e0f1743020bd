/**
 * The addressable parts of a provision's text: its paragraphs (款) and its items (项, （一）…),
 * so that 第十二条第二款 and 第六十一条第（三）项 each have an anchor. A body keeps one paragraph
 * per block (blank lines between them); an item is a block that opens with （一）, （二） …
 * An item belongs to the paragraph before it: a 款 that ends with “下列…：” introduces its 项.
 */
import { parseChineseNumeral, toChineseNumeral } from './numerals';

/** One block of a provision's text with its place in the numbering. */
export interface ProvisionPart {
  /** para: a 款; item: a 项 inside the 款 before it. */
  kind: 'para' | 'item';
  /** The 款 it is, or belongs to (1-based). */
  para: number;
  /** The 项's number, for items. */
  item?: number;
  /** The anchor id on the provision's page: para-2, item-3, or para-2-item-3 when several 款 have items. */
  anchor: string;
  /** How people cite it within the provision: 第二款, 第（三）项, 第二款第（三）项. */
  label: string;
}

/** The 项 number of a block that opens with （三）, or null. */
function itemNumber(block: string): number | null {
  const m = /^（([一二三四五六七八九十百]{1,4})）/u.exec(block.trim());
  return m ? parseChineseNumeral(m[1] ?? '') : null;
}

/**
 * Numbers the blocks of a provision's text.
 * @param blocks the paragraphs of the body, in order (the body split on blank lines)
 */
export function provisionParts(blocks: readonly string[]): ProvisionPart[] {
  let para = 0;
  const raw = blocks.map((b) => {
    const item = itemNumber(b);
    if (item === null || para === 0) {
      para += 1;
      return { kind: 'para' as const, para };
    }
    return { kind: 'item' as const, para, item };
  });
  const parasWithItems = new Set(raw.filter((p) => p.kind === 'item').map((p) => p.para));
  const single = parasWithItems.size <= 1;
  return raw.map((p): ProvisionPart => {
    const paraLabel = `第${toChineseNumeral(p.para)}款`;
    if (p.kind === 'para') return { ...p, anchor: `para-${String(p.para)}`, label: paraLabel };
    const itemLabel = `第（${toChineseNumeral(p.item)}）项`;
    return single
      ? { ...p, anchor: `item-${String(p.item)}`, label: itemLabel }
      : { ...p, anchor: `para-${String(p.para)}-item-${String(p.item)}`, label: paraLabel + itemLabel };
  });
}

/** The blocks of a provision's body as stored: paragraphs separated by blank lines. */
export function bodyBlocks(body: string): string[] {
  return body
    .split(/\n\s*\n/u)
    .map((b) => b.trim())
    .filter((b) => b !== '');
}
