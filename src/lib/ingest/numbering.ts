/**
 * Plugin: numbers the provisions 1…N and checks that the numbering has no gaps and no
 * repeats. The structure plugin finds headings in numbering order, so a heading missing from
 * the source (（四） followed by （六）) or written twice leaves it inside the body of the
 * provision before; this plugin finds such a heading and stops with a message that names it.
 * In a regulation it also checks the （一） items of each article.
 */
import type { Plugin } from 'unified';
import { parseChineseNumeral, toChineseNumeral } from '../text/numerals';
import { IngestError } from './errors';
import { clausesOf, divisionsOf, type ClauseNode, type PolicyRoot } from './tree';

/** A clause heading somewhere in a body: （六） after 。 or at the start of a paragraph. */
const STRAY_CLAUSE = /(?:^|[。；\n])（([一二三四五六七八九十百]{1,4})）/gu;

/** An item heading somewhere in a body: 6. after 。 or at the start of a paragraph. */
const STRAY_ITEM = /(?:^|[。；\n])(\d{1,3})[.．﹒](?!\d)/gu;

/** An item of an article: a paragraph that starts with （一）. */
const ARTICLE_ITEM = /^（([一二三四五六七八九十百]{1,4})）/u;

/** The file name of a provision: NN-clause.md, two digits at least (matching is by number, not by name). */
export function clauseFileName(number: number): string {
  return `${String(number).padStart(2, '0')}-clause.md`;
}

/** How a provision's heading is cited in errors: （二）, 第二条, 2. */
function label(style: string, numeral: string): string {
  return style === 'article' ? `第${numeral}条` : style === 'item' ? `${numeral}.` : `（${numeral}）`;
}

/** Checks the （一） items of an article: 1, 2, 3 … in each run. */
function checkArticleItems(article: ClauseNode): void {
  let last = 0;
  for (const paragraph of article.body.split('\n\n')) {
    const m = ARTICLE_ITEM.exec(paragraph);
    if (!m) continue;
    const n = parseChineseNumeral(m[1] ?? '') ?? 0;
    // A list starts again at （一） for a new 款 of the article.
    if (n === 1) last = 0;
    if (n === last + 1) {
      last = n;
      continue;
    }
    throw new IngestError(
      n <= last
        ? `第${article.numeral}条: item （${m[1] ?? ''}） occurs twice; check the items of the article in the source`
        : `第${article.numeral}条: item （${toChineseNumeral(last + 1)}） is missing before （${m[1] ?? ''}）; add the missing item to the source or renumber it`,
    );
  }
}

/** Checks the headings left in a body: a later number means one is missing, an earlier one a repeat. */
function checkStray(style: string, c: ClauseNode, number: number, expectedNext: number): void {
  const pattern = style === 'item' ? STRAY_ITEM : STRAY_CLAUSE;
  // A 专栏 box keeps its own lists: only the text before it can hide a heading.
  const box = c.body.search(/(?:^|\n)专栏/u);
  for (const m of (box < 0 ? c.body : c.body.slice(0, box)).matchAll(pattern)) {
    const n = style === 'item' ? Number(m[1]) : parseChineseNumeral(m[1] ?? '');
    if (n === null) continue;
    const here = label(style, c.numeral);
    if (n > expectedNext) {
      const want = style === 'item' ? String(expectedNext) : toChineseNumeral(expectedNext);
      throw new IngestError(
        `numbering jumps: ${label(style, want)} is missing before ${label(style, m[1] ?? '')} (found in the body of ${here}); add the missing heading to the source or renumber it`,
      );
    }
    if (style === 'clause' && n <= number && n > 1) {
      throw new IngestError(
        `numbering repeats: ${label(style, m[1] ?? '')} occurs again in the body of ${here}; check the numbering of the source`,
      );
    }
  }
}

/**
 * Assigns numbers, checks the sequence, and refuses numbering with gaps or repeats, and
 * clause numbering that starts again at （一） in each part, which the content model (clauses
 * 1…N across the policy) cannot hold.
 */
export const ingestNumbering: Plugin<[], PolicyRoot> = () => (tree) => {
  const style = tree.data?.provisionStyle ?? 'clause';
  if (style === 'clause') {
    for (const part of divisionsOf(tree)) {
      if (/(?:^|[。；\n])（一）/u.test(part.intro) && part.id !== '1') {
        throw new IngestError(
          `part ${part.numeral} starts its clause numbering again at （一）; the content model numbers clauses （一）…（N） across the policy: renumber the source's clauses before ingesting`,
        );
      }
    }
  }
  const clauses = clausesOf(tree);
  clauses.forEach((clause, i) => {
    const number = i + 1;
    if (style !== 'item' && parseChineseNumeral(clause.numeral) !== number) {
      throw new IngestError(
        `${label(style, clause.numeral)} stands where ${label(style, toChineseNumeral(number))} belongs; check the numbering of the source`,
      );
    }
    clause.data.draft.number = number;
    if (style === 'article') checkArticleItems(clause);
    else {
      // Items numbered afresh in each part continue from the item's own numeral.
      const next = style === 'item' ? Number(clause.numeral) + 1 : number + 1;
      checkStray(style, clause, style === 'item' ? Number(clause.numeral) : number, next);
    }
  });
};
