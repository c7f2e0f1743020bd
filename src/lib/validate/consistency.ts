import { basename } from 'node:path';
import type { RawKnowledgeBase } from '../content/load';
import { preview, type ContentIssue } from '../content/issue';
import { toChineseNumeral } from '../text/numerals';
import { chineseDate } from '../text/dates';

/** Reports ids that occur more than once. */
function duplicates<T>(items: readonly T[], id: (t: T) => string): Set<string> {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const i of items) (seen.has(id(i)) ? dup : seen).add(id(i));
  return dup;
}

/**
 * Consistency across files: numbering, file names, parts, ids and every cross-reference
 * (policy, ladder, referenced document) resolve; the closing states the expiry date.
 */
export function checkConsistency(kb: RawKnowledgeBase): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const policies = new Map(kb.policies.map((p) => [p.data.id, p]));
  const refIds = new Set(kb.references.map((r) => r.data.id));

  for (const p of kb.policies) {
    if (basename(p.file).replace(/\.ya?ml$/, '') !== p.data.id) issues.push({ file: p.file, field: 'id', found: preview(p.data.id), expected: 'the file name without .yaml', fix: 'rename the file or the id so they agree' });
    p.data.parts.forEach((part, i) => {
      if (part.number !== i + 1) issues.push({ file: p.file, field: `parts[${String(i)}].number`, found: String(part.number), expected: String(i + 1), fix: 'number the parts 1, 2, 3 … in document order' });
      if (part.numeral !== toChineseNumeral(part.number)) issues.push({ file: p.file, field: `parts[${String(i)}].numeral`, found: preview(part.numeral), expected: preview(toChineseNumeral(part.number)), fix: 'make the numeral agree with the number' });
    });
    if (p.data.expiresOn && !p.data.closing.includes(chineseDate(p.data.expiresOn))) issues.push({ file: p.file, field: 'expiresOn', found: p.data.expiresOn, expected: `a date the closing states (${chineseDate(p.data.expiresOn)} is not in it)`, fix: 'copy the expiry date from the closing paragraph, or null if the text sets none' });
  }

  for (const r of kb.references) {
    if (basename(r.file).replace(/\.ya?ml$/, '') !== r.data.id) issues.push({ file: r.file, field: 'id', found: preview(r.data.id), expected: 'the file name without .yaml', fix: 'rename the file or the id so they agree' });
    const cited = kb.clauses.some((c) => c.data.citations.some((ct) => ct.ref === r.data.id));
    if (!cited) issues.push({ file: r.file, field: 'id', found: preview(r.data.id), expected: 'a document that some clause cites', fix: 'add the citation to the clause that cites it, or delete this file' });
  }
  const numbered = kb.references.filter((r) => r.data.docNumber !== null);
  for (const docNumber of duplicates(numbered, (r) => r.data.docNumber ?? '')) {
    issues.push({ file: 'content/references/', field: 'docNumber', found: preview(docNumber), expected: 'one record per document number', fix: 'merge the duplicate records' });
  }

  for (const [policyId, policy] of policies) {
    const clauses = kb.clauses.filter((c) => c.data.policy === policyId).sort((a, b) => a.data.number - b.data.number);
    const dupNumbers = duplicates(clauses, (c) => String(c.data.number));
    let lastPart = 1;
    clauses.forEach((c, i) => {
      const at = (field: string, found: string, expected: string, fix: string) => issues.push({ file: c.file, field, found, expected, fix });
      if (dupNumbers.has(String(c.data.number))) at('number', String(c.data.number), 'a number no other clause of the policy has', 'renumber the clauses so each number occurs once');
      else if (c.data.number !== i + 1) at('number', String(c.data.number), `${String(i + 1)} (clause numbers run 1, 2, 3 … without gaps)`, 'fill the gap or renumber the clauses');
      if (c.data.numeral !== toChineseNumeral(c.data.number)) at('numeral', preview(c.data.numeral), preview(toChineseNumeral(c.data.number)), 'make the numeral agree with the number');
      const prefix = String(c.data.number).padStart(2, '0');
      if (!basename(c.file).startsWith(`${prefix}-`)) at('number', String(c.data.number), `a file name starting with "${prefix}-"`, 'rename the file to NN-<slug>.md with its two-digit number');
      if (!policy.data.parts.some((p) => p.number === c.data.part)) at('part', String(c.data.part), `a part of ${policyId} (1–${String(policy.data.parts.length)})`, 'use the number of the part the clause stands in');
      else if (c.data.part < lastPart) at('part', String(c.data.part), `part ${String(lastPart)} or later (clauses follow the parts in document order)`, 'check which part heading precedes this clause');
      lastPart = Math.max(lastPart, c.data.part);
      if (c.body.trim() === '') at('(body)', 'an empty body', "the clause's text", 'paste the clause text below the frontmatter');
    });
    const awards = clauses.flatMap((c) => c.data.awards.map((a, i) => ({ c, a, i })));
    const dupAwards = duplicates(awards, (x) => x.a.id);
    for (const { c, a, i } of awards) if (dupAwards.has(a.id)) issues.push({ file: c.file, field: `awards[${String(i)}].id`, found: preview(a.id), expected: `an award id unique within ${policyId}`, fix: 'give the award a distinct id' });
  }

  for (const c of kb.clauses) {
    const at = (field: string, found: string, expected: string, fix: string) => issues.push({ file: c.file, field, found, expected, fix });
    if (!policies.has(c.data.policy)) at('policy', preview(c.data.policy), `a policy in content/policies/ (${[...policies.keys()].join(', ') || 'none'})`, 'fix the id or add the policy record');
    const ladders = new Map(c.data.ladders.map((l) => [l.id, l]));
    c.data.ladders.forEach((l, i) => {
      if (l.stepUp && !l.quote) at(`ladders[${String(i)}].quote`, 'nothing', 'the words that grant the difference (进档的予以补差)', 'quote them, or set stepUp to false');
      const rungs = c.data.awards.filter((a) => a.ladder?.id === l.id);
      if (rungs.length < 2) at(`ladders[${String(i)}]`, `${String(rungs.length)} award(s) on it`, 'at least two awards on a ladder', 'put the ladder on the awards it groups, or delete it');
      for (const rank of duplicates(rungs, (a) => String(a.ladder?.rank))) at(`ladders[${String(i)}]`, `two awards with rank ${rank}`, 'one award per rank', 'give each rung its own rank, 1 for the lowest');
    });
    c.data.awards.forEach((a, i) => {
      if (a.ladder && !ladders.has(a.ladder.id)) at(`awards[${String(i)}].ladder.id`, preview(a.ladder.id), `a ladder of this clause (${[...ladders.keys()].join(', ') || 'none'})`, 'add the ladder to `ladders` or fix the id');
      if (a.amount.type === 'byReference' && !refIds.has(a.amount.ref)) at(`awards[${String(i)}].amount.ref`, preview(a.amount.ref), 'the id of a record in content/references/', 'add the referenced document or fix the id');
    });
    c.data.citations.forEach((ct, i) => {
      if (!refIds.has(ct.ref)) at(`citations[${String(i)}].ref`, preview(ct.ref), 'the id of a record in content/references/', 'add content/references/<id>.yaml for the cited document, or fix the id');
    });
    for (const [field, list] of [['budgets', c.data.budgets], ['targets', c.data.targets], ['ladders', c.data.ladders]] as const) {
      for (const id of duplicates<{ id: string }>(list, (x) => x.id)) at(field, `the id "${id}" twice`, 'ids unique within the clause', 'rename one of them');
    }
  }
  return issues;
}
