import type { CatalogAward } from './catalog';
import { ladderKey } from './catalog';
import { clauseKey } from '../kb/clause-key';

/** Awards of one ladder, highest rung first, shown as one choice of the rung reached. */
export interface LadderGroup {
  /** Discriminates the entries of a clause. */
  kind: 'ladder';
  /** The ladder key (catalog.ts), used as the form field's name. */
  key: string;
  /** What is climbed (绿色工厂评级). */
  name: string;
  /** Whether a lower rung already received is deducted (进档补差). */
  stepUp: boolean;
  /** The rungs, highest first. */
  rungs: CatalogAward[];
}

/** An award that stands alone, shown as one checkbox. */
export interface SingleGroup {
  /** Discriminates the entries of a clause. */
  kind: 'single';
  /** The award. */
  award: CatalogAward;
}

/** The awards of one clause, for one fieldset of the calculator form. */
export interface ClauseGroup {
  /** The policy's id. */
  policy: string;
  /** The policy's short title. */
  policyTitle: string;
  /** The clause number (16). */
  clause: number;
  /** The provision's heading for display: （十六）实施绿色制造工程, 第十四条. */
  clauseName: string;
  /** As the heading writes it (十六). */
  clauseNumeral: string;
  /** The heading (实施绿色制造工程); null for a clause without one (the knowledge base allows it). */
  clauseTitle: string | null;
  /** Its ladders and single awards, in the policy's order. */
  entries: (LadderGroup | SingleGroup)[];
}

/**
 * Groups the awards by clause and, within a clause, the rungs of each ladder together, in the
 * policy's order (a ladder stands where its first rung is written).
 */
export function groupAwards(awards: readonly CatalogAward[]): ClauseGroup[] {
  const clauses: ClauseGroup[] = [];
  // Clause numbers repeat across policies: a group is one provision of one policy. Found by key,
  // not by search: awards × groups is billions of steps for every award of a large base.
  const byClause = new Map<string, ClauseGroup>();
  for (const a of awards) {
    const clauseId = clauseKey(a.policy, a.clause);
    let group = byClause.get(clauseId);
    if (!group) {
      group = {
        policy: a.policy,
        policyTitle: a.policyTitle,
        clause: a.clause,
        clauseName: a.clauseName,
        clauseNumeral: a.clauseNumeral,
        clauseTitle: a.clauseTitle,
        entries: [],
      };
      clauses.push(group);
      byClause.set(clauseId, group);
    }
    const key = ladderKey(a);
    if (key === null || !a.ladderInfo) {
      group.entries.push({ kind: 'single', award: a });
      continue;
    }
    const ladder = group.entries.find((e): e is LadderGroup => e.kind === 'ladder' && e.key === key);
    if (ladder) ladder.rungs.push(a);
    else group.entries.push({ kind: 'ladder', key, name: a.ladderInfo.name, stepUp: a.ladderInfo.stepUp, rungs: [a] });
  }
  for (const c of clauses) {
    for (const e of c.entries)
      if (e.kind === 'ladder') e.rungs.sort((x, y) => (y.ladder?.rank ?? 0) - (x.ladder?.rank ?? 0));
  }
  return clauses;
}

/** The words for the base an award needs (项目投入额), or null. */
export function baseName(award: Pick<CatalogAward, 'amount'>): string | null {
  return award.amount.type === 'rate' || award.amount.type === 'matching' ? award.amount.base : null;
}

/** Parentheticals long enough to be a proviso (以集团汇总统计…), not a word's part (首台（套）). */
const PROVISO = /（[^）]{5,}）/g;

/** A condition without its provisos, for the rungs of a ladder: 制造业业务年营业收入首次达到1000亿元. */
export function shortCondition(condition: string): string {
  return condition.replace(PROVISO, '');
}

/** The provisos the rungs of a ladder share, said once for the ladder; empty when they differ. */
export function sharedProvisos(rungs: readonly Pick<CatalogAward, 'condition'>[]): string[] {
  const lists = rungs.map((r) => r.condition.match(PROVISO) ?? []);
  const [first = []] = lists;
  return lists.every((l) => l.join() === first.join()) ? first : [];
}
