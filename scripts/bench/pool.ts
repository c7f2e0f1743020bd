/**
 * The material a synthetic corpus is recombined from: the sentences of the real clauses, each
 * with the structured items (awards, budgets, targets, notes, ladders) its clause quotes from
 * it, and a way to vary the money in a sentence and in its items consistently.
 */
import { formatYuan, textStatesYuan, toYuan } from '../../src/lib/amounts/money';
import type { ClauseEntry, RawKnowledgeBase } from '../../src/lib/content/load';
import type { Award, Ladder } from '../../src/schemas/award';
import type { Budget } from '../../src/schemas/budget';
import type { Note } from '../../src/schemas/citation';
import type { ClauseData } from '../../src/schemas/clause';
import type { Target } from '../../src/schemas/target';
import { splitSentences } from '../../src/lib/text/sentences';

/** A sentence of a real clause. */
export interface PoolSentence {
  /** The text, with its closing 。 or ； */
  text: string;
  /** The real clause it comes from. */
  clause: ClauseEntry;
  /** Whether an award of its clause quotes it. */
  hasAward: boolean;
}

/** The real clauses split into sentences. */
export interface SentencePool {
  /** The clauses with a title, for titles and slugs. */
  clauses: readonly ClauseEntry[];
  /** Sentences by clause file. */
  byClause: ReadonlyMap<string, readonly PoolSentence[]>;
  /** Every usable sentence. */
  all: readonly PoolSentence[];
  /** The sentences an award quotes. */
  withAward: readonly PoolSentence[];
}

/** Awards whose amount the synthetic corpus can vary (byReference ones cite real documents). */
function usableAwards(c: ClauseEntry): Award[] {
  return c.data.awards.filter((a) => a.amount.type !== 'byReference');
}

/**
 * Splits every real clause into sentences. Sentences that cite a document (《…》, 〔2018〕)
 * are left out: the synthetic corpus cites only its own policies.
 */
export function buildPool(kb: RawKnowledgeBase): SentencePool {
  const byClause = new Map<string, PoolSentence[]>();
  for (const c of kb.clauses) {
    const sentences = splitSentences(c.body)
      .filter((s) => !/[《》〔〕]/.test(s))
      .map((text) => ({ text, clause: c, hasAward: usableAwards(c).some((a) => text.includes(a.quote)) }));
    byClause.set(c.file, sentences);
  }
  const all = [...byClause.values()].flat();
  // Synthetic provisions borrow a real provision's title: only titled ones (（一）…, captioned articles) have one to borrow.
  return {
    clauses: kb.clauses.filter((c) => c.data.title !== null && c.body.length > 0),
    byClause,
    all,
    withAward: all.filter((s) => s.hasAward),
  };
}

/** Scales a sum by a factor, to whole 万元 (at least 1万元) so that it reads back exactly. */
export function scaleYuan(yuan: number, factor: number): number {
  return Math.max(1, Math.round((yuan * factor) / 10_000)) * 10_000;
}

/** Rewrites every sum of money in a text (200万元, 1.5亿元) scaled by a factor. */
export function scaleMoney(text: string, factor: number): string {
  return text.replace(/(\d+(?:\.\d+)?)(亿|万)?元/g, (_m, num: string, unit: string | undefined) =>
    formatYuan(scaleYuan(toYuan(num, unit ?? ''), factor)),
  );
}

/** The structured items of a synthetic clause. */
export type ClauseItems = Pick<ClauseData, 'awards' | 'ladders' | 'budgets' | 'targets' | 'notes'>;

/**
 * The items of the real clauses behind `sources` that still hold in `body` once the money
 * has been scaled by `factor`: every quote in the body, every amount in its quote.
 * @param suffix appended to the ids of awards, ladders, budgets and targets, which must be unique in the base
 */
export function itemsFor(sources: readonly ClauseEntry[], body: string, factor: number, suffix: string): ClauseItems {
  const items: ClauseItems = { awards: [], ladders: [], budgets: [], targets: [], notes: [] };
  const seen = new Set<string>();
  for (const c of sources) {
    if (seen.has(c.file)) continue;
    seen.add(c.file);
    for (const a of usableAwards(c)) {
      const quote = scaleMoney(a.quote, factor);
      if (!body.includes(quote)) continue;
      const amount =
        a.amount.type === 'fixed'
          ? { ...a.amount, yuan: scaleYuan(a.amount.yuan, factor) }
          : a.amount.type === 'rate' && a.amount.capYuan !== undefined
            ? { ...a.amount, capYuan: scaleYuan(a.amount.capYuan, factor) }
            : a.amount.type === 'upTo'
              ? { ...a.amount, maxYuan: scaleYuan(a.amount.maxYuan, factor) }
              : a.amount;
      if (amount.type === 'fixed' && !textStatesYuan(quote, amount.yuan)) continue;
      if (amount.type === 'rate' && amount.capYuan !== undefined && !textStatesYuan(quote, amount.capYuan)) continue;
      if (amount.type === 'upTo' && !textStatesYuan(quote, amount.maxYuan)) continue;
      items.awards.push({ ...a, id: `${a.id}-${suffix}`, amount, quote });
    }
    for (const b of c.data.budgets) {
      const quote = scaleMoney(b.quote, factor);
      const amountYuan = scaleYuan(b.amountYuan, factor);
      if (body.includes(quote) && textStatesYuan(quote, amountYuan))
        items.budgets.push({ ...b, amountYuan, quote } satisfies Budget);
    }
    for (const t of c.data.targets) {
      const quote = scaleMoney(t.quote, factor);
      if (t.text.includes('元') || !body.includes(quote) || !quote.includes(t.text)) continue;
      if (t.deadline !== null && !body.includes(t.deadline)) continue;
      items.targets.push({ ...t, quote } satisfies Target);
    }
    for (const n of c.data.notes) if (body.includes(n.quote)) items.notes.push(n satisfies Note);
    for (const l of c.data.ladders) items.ladders.push(...ladderFor(l, items.awards, body));
  }
  return withSuffix(dedupeIds(items), suffix);
}

/** Ids made unique in the base (ids of awards, ladders, budgets and targets are): each suffixed, ladder rungs too. */
function withSuffix(items: ClauseItems, suffix: string): ClauseItems {
  const id = <T extends { id: string }>(x: T): T => ({ ...x, id: `${x.id}-${suffix}` });
  return {
    ...items,
    awards: items.awards.map((a) => (a.ladder ? { ...a, ladder: { ...a.ladder, id: `${a.ladder.id}-${suffix}` } } : a)),
    ladders: items.ladders.map(id),
    budgets: items.budgets.map(id),
    targets: items.targets.map(id),
  };
}

/** A ladder kept when at least two of its rungs, each with its own rank, survived. */
function ladderFor(l: Ladder, awards: readonly Award[], body: string): Ladder[] {
  const rungs = awards.filter((a) => a.ladder?.id === l.id);
  const ranks = new Set(rungs.map((a) => a.ladder?.rank));
  if (rungs.length < 2 || ranks.size !== rungs.length) return [];
  if (l.stepUp && (l.quote === undefined || !body.includes(l.quote)))
    return [{ id: l.id, name: l.name, stepUp: false }];
  return [l];
}

/** Drops items whose id another item of the same kind already has, and rungs of dropped ladders. */
function dedupeIds(items: ClauseItems): ClauseItems {
  const unique = <T extends { id: string }>(list: readonly T[]): T[] => {
    const seen = new Set<string>();
    return list.filter((x) => !seen.has(x.id) && Boolean(seen.add(x.id)));
  };
  const ladders = unique(items.ladders);
  const ladderIds = new Set(ladders.map((l) => l.id));
  return {
    ...items,
    // Awards on a ladder that did not survive stand alone.
    awards: unique(items.awards).map((a) => {
      if (!a.ladder || ladderIds.has(a.ladder.id)) return a;
      const alone = { ...a };
      delete alone.ladder;
      return alone;
    }),
    ladders,
    budgets: unique(items.budgets),
    targets: unique(items.targets),
  };
}
