/**
 * Builds the nodes of the tree: a provision with an empty draft for the later plugins, and a
 * division.
 */
import { splitSentences } from '../text/sentences';
import type { DivisionKind } from '../../schemas/division';
import type { ClauseNode, DivisionNode } from './tree';

/** A provision with its body as sentences and an empty draft; `number` is set by the numbering plugin. */
export function provisionNode(
  numeral: string,
  title: string | null,
  body: string,
  division: string | null,
  titleEnd: '。' | '' = '。',
): ClauseNode {
  return {
    type: 'clause',
    numeral,
    title,
    body,
    // Sentences per paragraph: a quote must stand in the body word for word, never across a break.
    children: body
      .split('\n\n')
      .flatMap((p) => splitSentences(p))
      .map((value) => ({ type: 'sentence', value })),
    data: {
      draft: {
        number: 0,
        numeral,
        title,
        titleEnd,
        division,
        industries: [],
        industryGroups: [],
        awards: [],
        ladders: [],
        budgets: [],
        targets: [],
        citations: [],
        notes: [],
        departments: [],
      },
      unclassified: [],
    },
  };
}

/** A division node without provisions yet. */
export function divisionNode(
  id: string,
  kind: DivisionKind,
  numeral: string | null,
  title: string | null,
  inSource = true,
): DivisionNode {
  return { type: 'division', id, kind, numeral, title, intro: '', inSource, children: [] };
}
