/**
 * Headings of divisions and provisions as policy texts write them, and the labels people cite
 * them by. The content stores numerals and titles; every heading is derived here, once, for
 * the lossless rule, the ingest and the site.
 */
import { PROVISION_STYLE, type DivisionKind, type ProvisionStyle } from '../../schemas/division';

/** What a heading is built from. */
interface Numbered {
  /** The numeral as written (十六, 三, 3); null for a division heading that writes none (人格权编). */
  numeral: string | null;
  /** The title, caption or null. */
  title: string | null;
  /** How a parenthesised provision's or item's title ends as written (。 unless it stood alone on its line). */
  titleEnd?: string;
}

/** The marker of a division heading: 一、, 第一章, 第一节, 第一编; none for a heading without a numeral. */
export function divisionMarker(kind: DivisionKind, numeral: string | null): string {
  if (numeral === null) return '';
  switch (kind) {
    case 'part':
      return `${numeral}、`;
    case 'book':
      return `第${numeral}编`;
    case 'subbook':
      return `第${numeral}分编`;
    case 'chapter':
      return `第${numeral}章`;
    case 'section':
      return `第${numeral}节`;
  }
}

/** A division's heading as the text writes it, without spaces: 一、构建…目标, 第一章总则. */
export function divisionHeading(kind: DivisionKind, d: Numbered): string {
  return divisionMarker(kind, d.numeral) + (d.title ?? '');
}

/** A division's heading for display: 第一章 总则, 一、构建…目标; 第一章 when the title is unknown. */
export function divisionName(kind: DivisionKind, d: Numbered): string {
  const marker = divisionMarker(kind, d.numeral);
  if (d.title === null || marker === '') return marker || (d.title ?? '');
  return kind === 'part' ? marker + d.title : `${marker} ${d.title}`;
}

/**
 * A provision's heading as the text writes it, without spaces, for the lossless rule:
 * （十六）实施绿色制造工程。 · 第一条（目的和依据） · 第一条 · 3.加大财政支持。 · 3.
 */
export function provisionHeading(style: ProvisionStyle, p: Numbered): string {
  switch (style) {
    case PROVISION_STYLE.parenthesised:
      return `（${p.numeral}）${p.title === null ? '' : p.title + (p.titleEnd ?? '。')}`;
    case PROVISION_STYLE.article:
      return `第${p.numeral}条${p.title ? `（${p.title}）` : ''}`;
    case PROVISION_STYLE.item:
      return `${p.numeral}.${p.title === null ? '' : p.title + (p.titleEnd ?? '。')}`;
  }
}

/** A provision's heading for display: （十六）实施绿色制造工程 · 第一条（目的和依据） · 第一条 · 3. 加大财政支持. */
export function provisionName(style: ProvisionStyle, p: Numbered): string {
  switch (style) {
    case PROVISION_STYLE.parenthesised:
      return `（${p.numeral}）${p.title ?? ''}`;
    case PROVISION_STYLE.article:
      return `第${p.numeral}条${p.title ? `（${p.title}）` : ''}`;
    case PROVISION_STYLE.item:
      return `${p.numeral}.${p.title ? ` ${p.title}` : ''}`;
  }
}

/** How people cite a provision: 第（十六）条 for a 意见's parenthesised provision, 第十二条 for an article, 第3项 for an item. */
export function provisionLabel(style: ProvisionStyle, numeral: string): string {
  switch (style) {
    case PROVISION_STYLE.parenthesised:
      return `第（${numeral}）条`;
    case PROVISION_STYLE.article:
      return `第${numeral}条`;
    case PROVISION_STYLE.item:
      return `第${numeral}项`;
  }
}

/** Division kinds in Chinese, for facets and breadcrumbs. */
export const DIVISION_KIND_NAMES: Readonly<Record<DivisionKind, string>> = {
  book: '编',
  subbook: '分编',
  chapter: '章',
  section: '节',
  part: '部分',
};
