/**
 * The structure of a regulation: 第X编 / 第X章 / 第X节 headings and 第X条 articles, each at the
 * start of a line. Articles are numbered 1…N through the whole text, so a heading that is not
 * the next number is a repeated or missing article and stops the ingest; a 第X条 that is not
 * at the start of a line is a reference (本条例第十六条) and stays text. The （一） items and the
 * paragraphs (款) of an article stay in its body, one paragraph per line, separated by a blank
 * line. Articles before 第二章 whose 第一章 heading the source lacks stand in a chapter "1" that
 * is marked as not in the source.
 */
import type { DivisionKind } from '../../schemas/division';
import { parseChineseNumeral, toChineseNumeral } from '../text/numerals';
import { IngestError } from './errors';
import { divisionNode, provisionNode } from './provision-node';
import type { ClauseNode, DivisionNode } from './tree';

/** A Chinese numeral as headings write it. */
const NUMERAL = '[一二三四五六七八九十百千零〇]+';

/** 第一章　总则, 第七章  附  则, 第五章行政行为规范: a division heading, the whole line. */
const DIVISION_LINE = new RegExp(`^第(${NUMERAL})(编|章|节)(?![的中规所])\\s*([^。；，：]{0,40})$`, 'u');

/**
 * 第一条（目的和依据） text, 第一条 text: an article heading at the start of a line. A
 * reference that wraps to the start of a line (第十六条第二款, 第十条规定的) is not one.
 */
const ARTICLE_LINE = new RegExp(
  `^第(${NUMERAL})条(?![第、和至及规的中所款项])\\s*(?:（(?!${NUMERAL}）)([^（）。，；：]{1,30})）)?\\s*(.*)$`,
  'u',
);

/** Levels of the division kinds, outermost first. */
const LEVEL: Readonly<Record<Exclude<DivisionKind, 'part'>, number>> = { book: 0, chapter: 1, section: 2 };
const KIND_BY_WORD: Readonly<Record<string, Exclude<DivisionKind, 'part'>>> = {
  编: 'book',
  章: 'chapter',
  节: 'section',
};

/** The structure of a regulation's text. */
export interface ArticleStructure {
  /** The lines before the first heading (passage lines), one paragraph each. */
  preamble: string;
  /** Articles outside any division. */
  top: ClauseNode[];
  /** Divisions in document order, each with its own articles. */
  divisions: DivisionNode[];
}

/** Whether a text has 第一条 at the start of a line: a regulation. */
export function hasArticles(lines: readonly string[]): boolean {
  return lines.some((l) => ARTICLE_LINE.exec(l)?.[1] === '一');
}

/** Cuts the lines after the title into preamble, divisions and articles. */
export function articleStructure(lines: readonly string[]): ArticleStructure {
  const preamble: string[] = [];
  const top: ClauseNode[] = [];
  const divisions: DivisionNode[] = [];
  const open: Array<DivisionNode | undefined> = [undefined, undefined, undefined];
  const lastAt = new Map<string, number>();
  let article: {
    numeral: string;
    title: string | null;
    paragraphs: string[];
    division: DivisionNode | undefined;
  } | null = null;
  let lastArticle = 0;

  const innermost = (below = 3): DivisionNode | undefined =>
    open
      .slice(0, below)
      .filter((d) => d !== undefined)
      .pop();
  const finish = () => {
    if (!article) return;
    const node = provisionNode(
      article.numeral,
      article.title,
      article.paragraphs.join('\n\n'),
      article.division?.id ?? null,
    );
    (article.division ? article.division.children : top).push(node);
    article = null;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const d = DIVISION_LINE.exec(line);
    const a = d ? null : ARTICLE_LINE.exec(line);
    if (d) {
      finish();
      const kind = KIND_BY_WORD[d[2] ?? ''] ?? 'chapter';
      const n = parseChineseNumeral(d[1] ?? '') ?? 0;
      let title = (d[3] ?? '').replace(/\s+/gu, '');
      // A heading whose title stands on the next line (第一章 / 总则).
      if (
        title === '' &&
        /^[^。；，：\d]{1,20}$/u.test(lines[i + 1] ?? '') &&
        !DIVISION_LINE.test(lines[i + 1] ?? '') &&
        !ARTICLE_LINE.test(lines[i + 1] ?? '')
      )
        title = (lines[++i] ?? '').replace(/\s+/gu, '');
      const level = LEVEL[kind];
      const parent = innermost(level);
      const key = `${parent?.id ?? ''}|${kind}`;
      const last = lastAt.get(key) ?? 0;
      if (n !== last + 1) {
        const held = parent ? parent.children : top;
        if (last === 0 && n === 2 && held.length > 0) {
          // The source lacks the first heading: the provisions so far stand in division 1.
          const missing = divisionNode(parent ? `${parent.id}.1` : '1', kind, '一', null, false);
          missing.children = held.splice(0, held.length);
          for (const c of missing.children) c.data.draft.division = missing.id;
          divisions.splice(parent ? divisions.indexOf(parent) + 1 : 0, 0, missing);
        } else {
          const word = d[2] ?? '章';
          throw new IngestError(
            n <= last
              ? `第${d[1] ?? ''}${word} occurs twice (line "${line}"); number the ${kind}s once each`
              : `第${toChineseNumeral(last + 1)}${word} is missing before 第${d[1] ?? ''}${word} (line "${line}"); add the missing heading to the source`,
          );
        }
      }
      const node = divisionNode(
        parent ? `${parent.id}.${String(n)}` : String(n),
        kind,
        toChineseNumeral(n),
        title === '' ? null : title,
      );
      if (node.title === null)
        throw new IngestError(
          `第${d[1] ?? ''}${d[2] ?? ''} has no title (line "${line}"); expected a heading such as 第一章　总则`,
        );
      lastAt.set(key, n);
      divisions.push(node);
      open[level] = node;
      for (let k = level + 1; k < open.length; k++) open[k] = undefined;
      continue;
    }
    if (a) {
      const n = parseChineseNumeral(a[1] ?? '');
      if (n === null)
        throw new IngestError(`line "${line}": 第${a[1] ?? ''}条 is not a numeral the ingest reads (1–9999)`);
      if (n !== lastArticle + 1) {
        throw new IngestError(
          n <= lastArticle
            ? `第${a[1] ?? ''}条 occurs twice (line "${line.slice(0, 40)}"); check the article numbering of the source`
            : `第${toChineseNumeral(lastArticle + 1)}条 is missing before 第${a[1] ?? ''}条 (line "${line.slice(0, 40)}"); add the missing article to the source or renumber it`,
        );
      }
      finish();
      lastArticle = n;
      const rest = (a[3] ?? '').trim();
      article = {
        numeral: toChineseNumeral(n),
        title: a[2] ?? null,
        paragraphs: rest === '' ? [] : [rest],
        division: innermost(),
      };
      continue;
    }
    if (article) article.paragraphs.push(line);
    else {
      const division = innermost();
      if (division) division.intro = division.intro === '' ? line : `${division.intro}\n\n${line}`;
      else preamble.push(line);
    }
  }
  finish();
  return { preamble: preamble.join('\n\n'), top, divisions };
}
