/**
 * Plugin: awards. Every provision that grants support (给予, 予以, 进行通报表扬) becomes one or
 * more awards with condition, level, kind, amount and the provision as quote; fixed sums paired
 * with levels or thresholds form a ladder, which pays the difference when the text says 进档.
 */
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import type { Award, Ladder } from '../../schemas/award';
import type { Vocabularies } from '../../schemas/vocabulary';
import { levelName, levelWords } from './lists';
import { grantAt, readProvision, type AwardSpec } from './provision';
import { draftIdPrefix, isClause, quoteOf, type ClauseNode, type PolicyRoot, type SentenceNode } from './tree';

/** Options of ingestAwards. */
export interface AwardOptions {
  /** The controlled vocabularies: levels and support types. */
  vocabularies: Vocabularies;
  /** The support type of support set by a cited document (默认 政策支持). */
  byReferenceKind?: string;
}

/** A budget or fund sentence, which the budgets plugin reads instead. */
const BUDGET = /安排[^，。；]{0,6}\d|规模(?:为|扩大至|达到)\d|基金规模/u;

/** Words of support types: names, and synonyms that belong to one type only. */
function kindWords(v: Vocabularies): Array<[string, string]> {
  const count = new Map<string, number>();
  for (const t of v.supportTypes) for (const s of t.synonyms) count.set(s, (count.get(s) ?? 0) + 1);
  const words: Array<[string, string]> = v.supportTypes.map((t) => [t.name, t.name]);
  for (const t of v.supportTypes)
    for (const s of t.synonyms) if (count.get(s) === 1 && !words.some(([w]) => w === s)) words.push([s, t.name]);
  return words.sort((a, b) => b[0].length - a[0].length);
}

/** The 。-sentence of the body that holds a provision, to read 具体政策另行制定 after a ；. */
function fullSentence(body: string, provision: string): string {
  const at = body.indexOf(provision);
  const start = body.lastIndexOf('。', at) + 1;
  const end = body.indexOf('。', at);
  return body.slice(start, end < 0 ? body.length : end);
}

/** Ladders for awards paired with a list of levels or thresholds, ranked by amount. */
function ladderFor(awards: Award[], specs: readonly AwardSpec[], id: string, quote: string): Ladder | null {
  const [first] = specs;
  if (!first || specs.length < 2 || !specs.every((s) => s.rung)) return null;
  const order = awards
    .map((a, i) => ({ a, i, yuan: a.amount.type === 'fixed' ? a.amount.yuan : 0 }))
    .sort((x, y) => y.yuan - x.yuan || x.i - y.i);
  order.forEach(({ a }, k) => (a.ladder = { id, rank: awards.length - k }));
  const stepUp = /进档[^（）。；，]*/u.exec(quote)?.[0];
  const name = `${first.recipient}${first.rung?.list === 'thresholds' ? '档次' : '认定'}`;
  return stepUp ? { id, name, stepUp: true, quote: stepUp } : { id, name, stepUp: false };
}

/** Reads the awards of every clause. */
export const ingestAwards: Plugin<[Readonly<AwardOptions>], PolicyRoot> = (options) => {
  const words = kindWords(options.vocabularies);
  const levels = options.vocabularies.levels.map((l) => l.name);
  const levelReader = levelWords(levels);
  const byRefKind = options.byReferenceKind ?? '政策支持';
  const kindIn = (post: string): string | null => words.find(([w]) => post.includes(w))?.[1] ?? null;
  const kindWordIn = (post: string): string | null =>
    words.find(([w]) => post.slice(0, w.length + 4).includes(w))?.[0] ?? null;

  return (tree) => {
    visit(tree, isClause, (clause: ClauseNode) => {
      const prefix = draftIdPrefix(clause.data.draft.number);
      clause.children.forEach((sentence: SentenceNode) => {
        const s = quoteOf(sentence.value);
        if (BUDGET.test(s)) return;
        const g = grantAt(s, (post) => kindWordIn(post) !== null);
        if (!g) return;
        const post = s.slice(g.at + g.verb.length);
        const word = kindWordIn(post);
        const note = /另行制定/u.test(fullSentence(clause.body, s)) ? '具体政策另行制定' : word;
        const cites = sentence.data?.citations ?? [];
        const refBefore = (at: number) => cites.filter((c) => c.at < at).pop()?.ref ?? null;
        const specs = readProvision(s, g, refBefore, note, levelReader);
        if (specs.length === 0) return;
        sentence.data = { ...sentence.data, claimed: 'award' };
        const draft = clause.data.draft;
        const awards: Award[] = specs.map((spec, i) => ({
          id: `${prefix}-award-${String(draft.awards.length + i + 1)}`,
          recipient: spec.recipient,
          condition: spec.condition.length >= 2 ? spec.condition : s,
          level: levelName(spec.levelWord, levels),
          kind: spec.amount.type === 'byReference' ? byRefKind : (kindIn(post) ?? byRefKind),
          amount: spec.amount,
          quote: s,
        }));
        const ladder = ladderFor(awards, specs, `${prefix}-ladder-${String(draft.ladders.length + 1)}`, s);
        if (ladder) draft.ladders.push(ladder);
        draft.awards.push(...awards);
      });
    });
  };
};
