/**
 * Plugin: targets. A quantitative goal is a number with a unit of count or share that ends a
 * phrase (…上市企业70家。, …占比达50%以上，) in a sentence that grants nothing; its deadline
 * is the sentence's 到2020年 or 通过3—5年努力. Goals that are met or not without a number
 * (全覆盖, 零突破) count too.
 */
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import type { Target } from '../../schemas/target';
import type { SupportType, Vocabularies } from '../../schemas/vocabulary';
import { MAX_QUOTE } from './award-quote';
import { draftIdPrefix, isClause, quoteOf, type ClauseNode, type PolicyRoot } from './tree';
import { alternation } from '../text/words';

/** Options of ingestTargets. */
export interface TargetOptions {
  /** The controlled vocabularies; only the names of the support types are read. */
  vocabularies: Pick<Vocabularies, 'supportTypes'>;
  /** The policy id, which the targets' ids start with. */
  policyId: string;
}

/** A target as a sentence states it, before its id. */
export type TargetDraft = Omit<Target, 'id'>;

/** A figure: optional qualifier, number, unit, optional 以上; it must end a phrase. */
const FIGURE =
  /(不低于|不少于|超过|突破|达到|达)?(\d+(?:\.\d+)?)(%|平方公里|亿元|万元|万人|万户|个|家|项|人|名|座|条|所|台|套|件|亩|公顷|倍|户|次)(以上|左右)?(?=[，。；、]|$)/gu;

/** Goals without a number: a yes-or-no outcome. */
const BINARY = /全覆盖|零突破/u;

/** 到2020年, 到2020年底, 通过3—5年努力, 力争3年内. */
const DEADLINE =
  /到\d{4}年底?|通过[\d一二三四五六七八九十]+(?:[—-][\d一二三四五六七八九十]+)?年(?:左右)?(?:的)?努力|力争\d+年内/u;

/**
 * A sentence that grants or allots money: its figures are conditions, not goals. The grant verbs
 * (给予, 予以), allotments (安排…万元) and funds (基金) are not support types and stay here; the
 * names of support types (资助, 专项奖励, 通报表扬 …) come from the vocabulary, so that a type
 * added there is not read as a goal.
 */
function notAGoalPattern(supportTypes: readonly Pick<SupportType, 'name'>[]): RegExp {
  const names = alternation(supportTypes.map((t) => t.name));
  return new RegExp(`给予|予以|${names}|安排[^，。；]{0,6}\\d|基金`, 'u');
}

/** Verbs and qualifiers that are not part of what is measured. */
const LEAD =
  /^(?:力争)?(?:(?:通过[^，]*?努力|到\d{4}年底?)，?)?(?:确保|力争|实现|培育形成|培育做强|培育|形成|创建|完成|建成|新增(?=境|\d))?/u;

/**
 * A reader of the targets of a sentence, with the support types of a vocabulary (the ingest
 * passes content/vocabularies/support-types.yaml); compiled once, then called per sentence.
 */
export function targetFinder(supportTypes: readonly Pick<SupportType, 'name'>[]): (sentence: string) => TargetDraft[] {
  const notAGoal = notAGoalPattern(supportTypes);
  return (sentence) => {
    const quote = quoteOf(sentence);
    return notAGoal.test(quote) ? [] : targetsOf(quote);
  };
}

/** The targets of a sentence that grants nothing. */
function targetsOf(quote: string): TargetDraft[] {
  const deadline = DEADLINE.exec(quote)?.[0] ?? null;
  const found: TargetDraft[] = [];
  const binary = BINARY.exec(quote);
  if (binary && deadline)
    found.push({
      what: phraseBefore(quote, binary.index).replace(/[“”]$/u, '') || binary[0],
      text: binary[0],
      value: null,
      unit: null,
      deadline,
      quote,
    });
  for (const m of quote.matchAll(FIGURE)) {
    const text = m[0].replace(/^(?:达到|达|突破)/u, '');
    const what = phraseBefore(quote, m.index).replace(/(?:累计)?(?:达到|达|保持在|为)?$/u, (s) =>
      s.startsWith('累计') ? '累计' : '',
    );
    found.push({
      what: what.length >= 2 ? what : text,
      text,
      value: Number(m[2]),
      unit: m[3] ?? null,
      deadline,
      quote,
    });
  }
  // A figure that ends a phrase but stands in a sentence without a deadline or a goal verb is a fact, not a goal.
  return deadline || /确保|保持在|不低于|力争/u.test(quote) ? found : [];
}

/** The words of the phrase before an offset, without the verbs that lead into a goal. */
function phraseBefore(quote: string, at: number): string {
  const start = Math.max(quote.lastIndexOf('，', at - 1), quote.lastIndexOf('、', at - 1)) + 1;
  return quote.slice(start, at).replace(LEAD, '').trim();
}

/** Reads the targets of every clause. */
export const ingestTargets: Plugin<[Readonly<TargetOptions>], PolicyRoot> = (options) => (tree) => {
  const findTargets = targetFinder(options.vocabularies.supportTypes);
  visit(tree, isClause, (clause: ClauseNode) => {
    const prefix = draftIdPrefix(options.policyId, clause.data.draft.number);
    for (const sentence of clause.children) {
      const targets = findTargets(sentence.value);
      if (targets.length === 0) continue;
      sentence.data = { ...sentence.data, claimed: sentence.data?.claimed ?? 'target' };
      // Every target quotes its sentence: a sentence past the bound would repeat itself per target.
      if (sentence.value.length > MAX_QUOTE) {
        clause.data.unclassified.push(
          `targets left out, the sentence is longer than ${String(MAX_QUOTE)} characters: ${sentence.value.slice(0, 60)}…`,
        );
        continue;
      }
      for (const t of targets)
        clause.data.draft.targets.push({
          id: `${prefix}-target-${String(clause.data.draft.targets.length + 1)}`,
          ...t,
        });
    }
  });
};
