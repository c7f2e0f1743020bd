/**
 * The facts of each provision agree with one another and with the base: ids of awards, ladders,
 * budgets and targets unique across the base (profiles, links and anchors name them), ladders
 * with their rungs ranked as their levels and amounts rise and a step-up quoted in words that say
 * 进档 or 补差, referenced documents and cited provisions that exist.
 */
import { preview, type ContentIssue } from '../content/issue';
import type { RawKnowledgeBase } from '../content/load';
import type { Award } from '../../schemas/award';
import { describeAmount, maxYuan } from '../amounts/describe';
import { duplicateKeys, groupBy } from '../util/group';
import { clausesByPolicy } from './indexes';

/** A rung of a ladder: its award, its place in the clause, its rank. */
type Rung = { award: Award; index: number; rank: number };

/** A rung as errors name it: awards[0] (国家级, rank 2, 200万元). */
function rungName(r: Rung): string {
  const level = r.award.level === null ? '' : `${r.award.level}, `;
  return `awards[${String(r.index)}] (${level}rank ${String(r.rank)}, ${describeAmount(r.award.amount)})`;
}

/**
 * The order of a ladder's rungs: a higher level (the levels vocabulary's rank: 国家级 above 省级
 * above 市级) has a higher rank, and a higher rank never pays less than a lower one when both
 * are fixed sums. Walks the rungs once by rank, keeping the highest level and sum below.
 * @returns [found, expected, fix] for each rule broken, naming the ladder and two rungs
 */
function ladderOrder(
  id: string,
  name: string,
  awards: readonly Award[],
  levelRank: ReadonlyMap<string, number>,
): Array<[string, string, string]> {
  const rungs: Rung[] = awards
    .map((award, index) => ({ award, index, rank: award.ladder?.id === id ? award.ladder.rank : 0 }))
    .filter((r) => r.rank > 0)
    .sort((a, b) => a.rank - b.rank);
  const ladder = `ladder ${id} (${name})`;
  const level = (r: Rung) => (r.award.level === null ? undefined : levelRank.get(r.award.level));
  const yuan = (r: Rung) => maxYuan(r.award.amount) ?? undefined;
  const found: Array<[string, string, string]> = [];
  let topLevel: Rung | null = null;
  let topSum: Rung | null = null;
  let levelDone = false;
  let sumDone = false;
  for (const r of rungs) {
    const [l, y] = [level(r), yuan(r)];
    const [tl, ty] = [topLevel && level(topLevel), topSum && yuan(topSum)];
    if (!levelDone && topLevel && l !== undefined && tl != null && l < tl && topLevel.rank < r.rank) {
      levelDone = true;
      found.push([
        `${ladder}: ${rungName(topLevel)} is ranked below ${rungName(r)}`,
        'ranks that follow the levels: a higher level (content/vocabularies/levels.yaml: 国家级 above 省级 above 市级) on a higher rank',
        'give the higher level the higher rank (1 is the lowest rung)',
      ]);
    }
    if (!sumDone && topSum && y !== undefined && ty != null && y < ty && topSum.rank < r.rank) {
      sumDone = true;
      found.push([
        `${ladder}: ${rungName(r)} pays less than the lower ${rungName(topSum)}`,
        'a higher rank that never pays less than a lower one (the calculator pays the highest rung reached)',
        'correct the ranks or the amounts so that they rise together, as the quote states them',
      ]);
    }
    if (l !== undefined && (tl == null || l > tl)) topLevel = r;
    if (y !== undefined && (ty == null || y > ty)) topSum = r;
  }
  return found;
}

/** Up to three files by name and how many more, so that a report stays short when many files share an id. */
function namedFiles(files: readonly string[]): string {
  const more = files.length - 3;
  return `${files.slice(0, 3).join(' and ')}${more > 0 ? ` and ${String(more)} more` : ''}`;
}

/** Every provision's facts (see the file's comment). */
export function checkClauseFacts(kb: RawKnowledgeBase): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const policies = new Map(kb.policies.map((p) => [p.data.id, p]));
  const refIds = new Set(kb.references.map((r) => r.data.id));
  const refPolicies = new Map(kb.references.map((r) => [r.data.id, r.data.policy]));
  const levelRank = new Map(kb.vocabularies.levels.map((l) => [l.name, l.rank]));

  // Ids name a fact across the whole base: awards in calculator profiles and links, ladders,
  // budgets and targets in anchors and the API. Each is unique in the base, not only in its clause.
  for (const field of ['awards', 'ladders', 'budgets', 'targets'] as const) {
    const facts = kb.clauses.flatMap((c) => c.data[field].map((x: { id: string }, i) => ({ c, id: x.id, i })));
    for (const same of groupBy(facts, (x) => x.id).values()) {
      if (same.length < 2) continue;
      for (const { c, id, i } of same) {
        const others = same.filter((x) => !(x.c === c && x.i === i)).map((x) => (x.c === c ? 'this file' : x.c.file));
        issues.push({
          file: c.file,
          field: `${field}[${String(i)}].id`,
          found: `${preview(id)}, also an id in ${namedFiles([...new Set(others)])}`,
          expected: `an id no other ${field.slice(0, -1)} of the base has`,
          fix: `give it a distinct id: prefix it with its policy id (${c.data.policy}-…)`,
        });
      }
    }
  }

  for (const c of kb.clauses) {
    const at = (field: string, found: string, expected: string, fix: string) =>
      issues.push({ file: c.file, field, found, expected, fix });
    if (!policies.has(c.data.policy))
      at(
        'policy',
        preview(c.data.policy),
        `a policy in content/policies/ (${[...policies.keys()].join(', ') || 'none'})`,
        'fix the id or add the policy record',
      );
    const ladders = new Map(c.data.ladders.map((l) => [l.id, l]));
    c.data.ladders.forEach((l, i) => {
      if (l.stepUp && !/进档|补差/u.test(l.quote ?? ''))
        at(
          `ladders[${String(i)}].quote`,
          l.quote === undefined ? 'nothing' : preview(l.quote),
          'the words that grant the difference, saying 进档 or 补差 (进档的予以补差)',
          'quote them, or set stepUp to false',
        );
      const rungs = c.data.awards.filter((a) => a.ladder?.id === l.id);
      for (const [found, expected, fix] of ladderOrder(l.id, l.name, c.data.awards, levelRank))
        at(`ladders[${String(i)}]`, found, expected, fix);
      if (rungs.length < 2)
        at(
          `ladders[${String(i)}]`,
          `${String(rungs.length)} award(s) on it`,
          'at least two awards on a ladder',
          'put the ladder on the awards it groups, or delete it',
        );
      for (const rank of duplicateKeys(rungs, (a) => String(a.ladder?.rank)))
        at(
          `ladders[${String(i)}]`,
          `two awards with rank ${rank}`,
          'one award per rank',
          'give each rung its own rank, 1 for the lowest',
        );
    });
    c.data.awards.forEach((a, i) => {
      if (a.ladder && !ladders.has(a.ladder.id))
        at(
          `awards[${String(i)}].ladder.id`,
          preview(a.ladder.id),
          `a ladder of this clause (${[...ladders.keys()].join(', ') || 'none'})`,
          'add the ladder to `ladders` or fix the id',
        );
      if (a.amount.type === 'byReference' && !refIds.has(a.amount.ref))
        at(
          `awards[${String(i)}].amount.ref`,
          preview(a.amount.ref),
          'the id of a record in content/references/',
          'add the referenced document or fix the id',
        );
    });
    c.data.citations.forEach((ct, i) => {
      if (!refIds.has(ct.ref))
        at(
          `citations[${String(i)}].ref`,
          preview(ct.ref),
          'the id of a record in content/references/',
          'add content/references/<id>.yaml for the cited document, or fix the id',
        );
      if (ct.provision === undefined) return;
      const inBase = refPolicies.get(ct.ref) ?? null;
      if (inBase === null)
        at(
          `citations[${String(i)}].provision`,
          String(ct.provision),
          'a citation of a document whose text is in the base (its reference names a policy)',
          'set policy in the reference record, or drop provision',
        );
      else if (!(clausesByPolicy(kb.clauses).get(inBase) ?? []).some((x) => x.data.number === ct.provision))
        at(
          `citations[${String(i)}].provision`,
          String(ct.provision),
          `a provision number of ${inBase}`,
          'use the number of the article the quote names',
        );
    });
  }
  return issues;
}
