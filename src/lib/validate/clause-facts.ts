/**
 * The facts of each provision agree with one another and with the base: award ids unique across
 * the base (profiles and links name them), ladders with their rungs, referenced documents and
 * cited provisions that exist, ids unique within the provision.
 */
import { preview, type ContentIssue } from '../content/issue';
import type { RawKnowledgeBase } from '../content/load';
import { duplicateKeys } from '../util/group';
import { clausesByPolicy } from './indexes';

/** Every provision's facts (see the file's comment). */
export function checkClauseFacts(kb: RawKnowledgeBase): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const policies = new Map(kb.policies.map((p) => [p.data.id, p]));
  const refIds = new Set(kb.references.map((r) => r.data.id));
  const refPolicies = new Map(kb.references.map((r) => [r.data.id, r.data.policy]));

  // Award ids name an award in calculator profiles and links across the whole base.
  const awards = kb.clauses.flatMap((c) => c.data.awards.map((a, i) => ({ c, a, i })));
  const dupAwards = duplicateKeys(awards, (x) => x.a.id);
  for (const { c, a, i } of awards)
    if (dupAwards.has(a.id))
      issues.push({
        file: c.file,
        field: `awards[${String(i)}].id`,
        found: preview(a.id),
        expected: 'an award id no other award of the base has',
        fix: 'give the award a distinct id (prefix it with a word of its policy if need be)',
      });

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
      if (l.stepUp && !l.quote)
        at(
          `ladders[${String(i)}].quote`,
          'nothing',
          'the words that grant the difference (进档的予以补差)',
          'quote them, or set stepUp to false',
        );
      const rungs = c.data.awards.filter((a) => a.ladder?.id === l.id);
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
    for (const [field, list] of [
      ['budgets', c.data.budgets],
      ['targets', c.data.targets],
      ['ladders', c.data.ladders],
    ] as const) {
      for (const id of duplicateKeys<{ id: string }>(list, (x) => x.id))
        at(field, `the id "${id}" twice`, 'ids unique within the clause', 'rename one of them');
    }
  }
  return issues;
}
