/**
 * Plugin: numbers the parts and clauses and checks that the numbering has no gaps. The
 * structure plugin finds headings in numbering order, so a heading missing from the source
 * (（四） followed by （六）) leaves every later clause inside the one before the gap; this
 * plugin finds such a heading and stops with a message that names it.
 */
import type { Plugin } from 'unified';
import { parseChineseNumeral, toChineseNumeral } from '../text/numerals';
import { IngestError } from './errors';
import { clausesOf, type PartNode, type PolicyRoot } from './tree';

/** A clause heading somewhere in a body: （六） after 。 or at the start. */
const STRAY_HEADING = /(?:^|[。；])（([一二三四五六七八九十]{1,3})）/gu;

/** The file name of a clause: NN-clause.md (matching is by number, not by name). */
export function clauseFileName(number: number): string {
  return `${String(number).padStart(2, '0')}-clause.md`;
}

/**
 * Assigns numbers, checks the sequence, and refuses numbering with gaps or numbering that
 * starts again at （一） in each part, which the content model (clauses 1…N across the policy)
 * cannot hold.
 */
export const ingestNumbering: Plugin<[], PolicyRoot> = () => (tree) => {
  for (const part of tree.children.filter((c): c is PartNode => c.type === 'part')) {
    const restart = /(?:^|[。；])（(一)）/u.exec(part.intro);
    if (restart && part.number > 1) {
      throw new IngestError(`part ${part.numeral} starts its clause numbering again at （一）; the content model numbers clauses （一）…（N） across the policy: renumber the source's clauses before ingesting`);
    }
  }
  const clauses = clausesOf(tree);
  clauses.forEach((clause, i) => {
    const number = parseChineseNumeral(clause.numeral);
    if (number !== i + 1) throw new IngestError(`clause （${clause.numeral}） stands where （${toChineseNumeral(i + 1)}） belongs; check the clause numbering of the source`);
    clause.data.draft.number = number;
    for (const m of clause.body.matchAll(STRAY_HEADING)) {
      const stray = parseChineseNumeral(m[1] ?? '');
      if (stray !== null && stray > number + 1) {
        throw new IngestError(`clause numbering jumps: （${toChineseNumeral(number + 1)}） is missing before （${m[1] ?? ''}）; add the missing heading to the source or renumber it`);
      }
    }
  });
};
