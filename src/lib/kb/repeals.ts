/**
 * Repeals a document of the base states of another: a sentence with 同时废止 (…通过的《浙江省信息化
 * 促进条例》同时废止) repeals every document it names in 《》. A document the base holds under that
 * title is repealed when the repealing one is not itself (a new law repeals the old one of the same
 * name) and is dated after it, by the dates both texts state; where either is silent, nothing is
 * inferred.
 */
import type { Policy } from '../../schemas/policy';
import { splitSentences } from '../text/sentences';
import { titleKey } from '../text/title-key';

/** A repeal stated by a provision of the base. */
export interface Repeal {
  /** The repealing policy's id. */
  policy: string;
  /** Its title, as the record has it. */
  title: string;
  /** The provision's number in it. */
  provision: number;
  /** The sentence that states the repeal, word for word. */
  quote: string;
}

/** The verb of a repeal stated alongside the new text's effect. */
const REPEALS = /同时废止/u;

/** The latest day a policy's own text dates it by: passed, issued, amended or effective. */
function datedOn(p: Policy): string | null {
  const days = [p.passed?.date, p.issuedOn, p.effectiveFrom.date, ...p.amendments.map((a) => a.date)].filter(
    (d): d is string => d !== undefined && d !== 'unknown',
  );
  return days.length > 0 ? (days.sort().at(-1) ?? null) : null;
}

/** The titles a sentence names in 《》, outermost only. */
function namedTitles(sentence: string): string[] {
  return [...sentence.matchAll(/《((?:[^《》]|《[^《》]*》)+)》/gu)].map((m) => m[1] ?? '');
}

/**
 * The repeals of the base: for each policy the sentences repeal, the first repeal that stands
 * (see the file's comment).
 */
export function repealsIn(
  policies: readonly Policy[],
  provisions: ReadonlyArray<{ policy: string; number: number; text: string }>,
): Map<string, Repeal> {
  const byTitle = new Map<string, Policy[]>();
  for (const p of policies) byTitle.set(titleKey(p.title), [...(byTitle.get(titleKey(p.title)) ?? []), p]);
  const byId = new Map(policies.map((p) => [p.id, p]));
  const repeals = new Map<string, Repeal>();
  for (const c of provisions) {
    const repealing = byId.get(c.policy);
    const since = repealing ? datedOn(repealing) : null;
    if (!repealing || !since) continue;
    for (const sentence of splitSentences(c.text).filter((s) => REPEALS.test(s)))
      for (const title of namedTitles(sentence))
        for (const held of byTitle.get(titleKey(title)) ?? []) {
          const heldOn = datedOn(held);
          if (held.id === repealing.id || !heldOn || heldOn > since || repeals.has(held.id)) continue;
          repeals.set(held.id, { policy: repealing.id, title: repealing.title, provision: c.number, quote: sentence });
        }
  }
  return repeals;
}
