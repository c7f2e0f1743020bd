/**
 * Plugin: awards. Every provision that grants support (给予, 予以, 进行通报表扬) becomes one or
 * more awards with condition, level, kind, amount and the provision as quote (bounded, see
 * award-quote.ts); fixed sums paired with levels or thresholds form a ladder, which pays the difference when the text says 进档 or
 * 补差. A provision whose amount is a range, a sum per period or unit, a foreign sum or a rate
 * without a base is left out whole and listed in the clause's unclassified notes: never a wrong award.
 */
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import type { Award, Ladder } from '../../schemas/award';
import type { Vocabularies } from '../../schemas/vocabulary';
import { amountForms, contradictions, describeForm } from '../amounts/forms';
import { formatYuan } from '../amounts/money';
import { checkAwards } from '../validate/grounding-awards';
import type { Reference } from '../../schemas/reference';
import { awardQuote, MAX_QUOTE } from './award-quote';
import { ingestData } from './file-data';
import { levelName, levelWords } from './lists';
import { grantAt, readProvision, type AwardSpec } from './provision';
import { draftIdPrefix, isClause, quoteOf, type ClauseNode, type PolicyRoot, type SentenceNode } from './tree';

/** Options of ingestAwards. */
export interface AwardOptions {
  /** The controlled vocabularies: levels and support types. */
  vocabularies: Vocabularies;
  /** The policy id, which the awards' and ladders' ids start with. */
  policyId: string;
  /** The support type of support set by a cited document (默认 政策支持). */
  byReferenceKind?: string;
}

/** A budget or fund sentence, which the budgets plugin reads instead. */
const BUDGET = /安排[^，。；]{0,6}\d|规模(?:为|扩大至|达到)\d|基金规模/u;

/** What a penalty or a compensation for damage imposes, which a grant verb may precede. */
const PENALTY = /罚款|罚金|违约金|赔偿|没收|处罚|处分|拘留|警告|吊销/u;

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

/** The words of a quote that grant the difference between rungs (进档的予以补差), or undefined. */
function stepUpWords(quote: string): string | undefined {
  const at = quote.search(/进档|补差/u);
  if (at < 0) return undefined;
  const start = Math.max(...['（', '）', '，', '。', '；'].map((c) => quote.lastIndexOf(c, at))) + 1;
  const end = quote.slice(at).search(/[（）。；，]/u);
  return quote.slice(start, end < 0 ? quote.length : at + end);
}

/**
 * Ladders for awards paired with a list of levels or thresholds: ranked by level (the levels
 * vocabulary's rank) when every rung names one, else by amount. A ladder whose higher level pays
 * less than a lower one is not written: the reason is returned for the report.
 */
function ladderFor(
  awards: Award[],
  specs: readonly AwardSpec[],
  id: string,
  quote: string,
  levelRank: ReadonlyMap<string, number>,
): Ladder | string | null {
  const [first] = specs;
  if (!first || specs.length < 2 || !specs.every((s) => s.rung)) return null;
  const yuan = (a: Award) => (a.amount.type === 'fixed' ? a.amount.yuan : 0);
  const byLevel = awards.every((a) => a.level !== null && levelRank.has(a.level));
  const rank = (a: Award) => (byLevel ? (levelRank.get(a.level ?? '') ?? 0) : 0);
  const order = awards
    .map((a, i) => ({ a, i }))
    .sort((x, y) => rank(y.a) - rank(x.a) || yuan(y.a) - yuan(x.a) || x.i - y.i);
  const k = order.findIndex((x, j) => j > 0 && yuan(x.a) > yuan((order[j - 1] ?? x).a));
  const [lower, higher] = [order[k]?.a, order[k - 1]?.a];
  if (lower && higher)
    return `the ladder's ${String(lower.level)} rung pays more than the higher ${String(higher.level)} rung (${formatYuan(yuan(lower))} > ${formatYuan(yuan(higher))})`;
  order.forEach(({ a }, k) => (a.ladder = { id, rank: awards.length - k }));
  const stepUp = stepUpWords(quote);
  const name = `${first.recipient}${first.rung?.list === 'thresholds' ? '档次' : '认定'}`;
  return stepUp ? { id, name, stepUp: true, quote: stepUp } : { id, name, stepUp: false };
}

/** Whether the build's grounding accepts awards as their quotes state them. */
function groundedIn(awards: readonly Award[], refs: ReadonlyMap<string, Reference>): boolean {
  let ok = true;
  checkAwards(awards, refs, () => (ok = false));
  return ok;
}

/** Reads the awards of every clause. */
export const ingestAwards: Plugin<[Readonly<AwardOptions>], PolicyRoot> = (options) => {
  const words = kindWords(options.vocabularies);
  const levels = options.vocabularies.levels.map((l) => l.name);
  const levelRank = new Map(options.vocabularies.levels.map((l) => [l.name, l.rank]));
  const levelReader = levelWords(levels);
  const byRefKind = options.byReferenceKind ?? '政策支持';
  const kindIn = (post: string): string | null => words.find(([w]) => post.includes(w))?.[1] ?? null;
  const kindWordIn = (post: string): string | null =>
    words.find(([w]) => post.slice(0, w.length + 4).includes(w))?.[0] ?? null;

  return (tree, file) => {
    visit(tree, isClause, (clause: ClauseNode) => {
      const prefix = draftIdPrefix(options.policyId, clause.data.draft.number);
      clause.children.forEach((sentence: SentenceNode) => {
        const s = quoteOf(sentence.value);
        if (BUDGET.test(s)) return;
        const g = grantAt(s, (post) => kindWordIn(post) !== null);
        if (!g) return;
        const post = s.slice(g.at + g.verb.length);
        // Penalties and damages (给予警告，并处一千元以下罚款; 依照…予以处罚) are no support: their sums stay unattached, and reported.
        if (PENALTY.test(post)) return;
        const word = kindWordIn(post);
        const note = /另行制定/u.test(fullSentence(clause.body, s)) ? '具体政策另行制定' : word;
        const cites = sentence.data?.citations ?? [];
        const refBefore = (at: number) => cites.filter((c) => c.at < at).pop()?.ref ?? null;
        const specs = readProvision(s, g, refBefore, note, levelReader);
        // A provision whose amount no award can hold is left out whole and reported, never half read.
        const omit = (reason: string) => {
          sentence.data = { ...sentence.data, claimed: 'award' };
          clause.data.unclassified.push(`award left out, ${reason}: ${s}`);
        };
        if ('omitted' in specs) {
          omit(specs.omitted);
          return;
        }
        // The quote is bounded (award-quote.ts): a granting clause too long to quote is left out.
        const quote = awardQuote(s, g.at);
        if (quote === null || specs.some((spec) => spec.condition.length > MAX_QUOTE)) {
          omit(`the clauses that grant it are longer than a quote may be (${String(MAX_QUOTE)} characters)`);
          return;
        }
        if (specs.length === 0) {
          const foreign = amountForms(s).find((f) => f.kind === 'currency');
          if (foreign) omit(`the amount is ${describeForm(foreign)}`);
          return;
        }
        const draft = clause.data.draft;
        const awards: Award[] = specs.map((spec, i) => ({
          id: `${prefix}-award-${String(draft.awards.length + i + 1)}`,
          recipient: spec.recipient,
          condition: spec.condition.length >= 2 ? spec.condition : quote,
          level: levelName(spec.levelWord, levels),
          kind: spec.amount.type === 'byReference' ? byRefKind : (kindIn(post) ?? byRefKind),
          amount: spec.amount,
          quote,
        }));
        // A quote shorter than its sentence must still state each award as the build checks it.
        if (quote !== s && !groundedIn(awards, ingestData(file).references)) {
          omit(`its amount is stated outside the ${String(MAX_QUOTE)} characters a quote may hold`);
          return;
        }
        // Awards of one provision share its quote: read its forms once per amount, not once per award.
        const seen = new Map<string, ReturnType<typeof contradictions>>();
        const formsOf = (a: Award) => {
          const key = JSON.stringify(a.amount);
          const forms = seen.get(key) ?? contradictions(a.amount, a.quote);
          seen.set(key, forms);
          return forms;
        };
        const clash = awards.flatMap(formsOf)[0];
        if (clash) {
          omit(`the amount is ${describeForm(clash)}`);
          return;
        }
        const ladder = ladderFor(
          awards,
          specs,
          `${prefix}-ladder-${String(draft.ladders.length + 1)}`,
          quote,
          levelRank,
        );
        if (typeof ladder === 'string') {
          omit(ladder);
          return;
        }
        sentence.data = { ...sentence.data, claimed: 'award' };
        if (ladder) draft.ladders.push(ladder);
        draft.awards.push(...awards);
      });
    });
  };
};
