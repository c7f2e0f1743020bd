import { basename } from 'node:path';
import { preview, type ContentIssue } from '../content/issue';
import { toChineseNumeral } from '../text/numerals';
import type { ClauseEntry, RawKnowledgeBase } from '../content/load';
import type { Division } from '../../schemas/division';
import type { Policy } from '../../schemas/policy';
import { chineseDate } from '../text/dates';
import { clausesByPolicy, clausesCiting } from './indexes';

/** Reports ids that occur more than once. */
function duplicates<T>(items: readonly T[], id: (t: T) => string): Set<string> {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const i of items) (seen.has(id(i)) ? dup : seen).add(id(i));
  return dup;
}

/** The dated events a policy record claims, each with its field, for the rule that the text states them. */
function statedDates(p: Policy): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  if (p.issuedOn !== 'unknown') out.push(['issuedOn', p.issuedOn]);
  if (p.effectiveFrom.date !== 'unknown') out.push(['effectiveFrom.date', p.effectiveFrom.date]);
  if (p.passed) out.push(['passed.date', p.passed.date]);
  if (p.approved) out.push(['approved.date', p.approved.date]);
  p.amendments.forEach((a, i) => out.push([`amendments[${String(i)}].date`, a.date]));
  return out;
}

/**
 * The numerals a provision's heading may write: the Chinese numeral of its number for clauses
 * and articles; for items the number itself, or its place in its division when items are
 * numbered afresh in each part.
 */
function expectedNumeral(policy: Policy, c: ClauseEntry, all: readonly ClauseEntry[]): string[] {
  if (policy.provisionStyle !== 'item') return [toChineseNumeral(c.data.number)];
  const inDivision = all.filter((x) => x.data.division === c.data.division && x.data.number <= c.data.number).length;
  return [...new Set([String(c.data.number), String(inDivision)])];
}

/** Division ids in document order: unique, each numbered after its predecessor at its level, nested under a division that exists. */
function checkDivisions(file: string, divisions: readonly Division[]): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const seen = new Set<string>();
  const lastAt = new Map<string, number>();
  divisions.forEach((d, i) => {
    const at = (field: string, found: string, expected: string, fix: string) =>
      issues.push({ file, field: `divisions[${String(i)}]${field}`, found, expected, fix });
    const path = d.id.split('.').map(Number);
    const parent = path.slice(0, -1).join('.');
    const n = path[path.length - 1] ?? 0;
    if (seen.has(d.id))
      at('.id', preview(d.id), 'an id no other division has', 'number the divisions in document order');
    if (parent !== '' && !seen.has(parent))
      at(
        '.id',
        preview(d.id),
        `a division nested in one listed before it (${parent} is not)`,
        'list the chapter before its sections',
      );
    const expected = (lastAt.get(parent) ?? 0) + 1;
    if (n !== expected)
      at(
        '.id',
        preview(d.id),
        preview([parent, String(expected)].filter(Boolean).join('.')),
        'number the divisions 1, 2, 3 … at each level in document order',
      );
    if (n >= 1 && n <= 9999 && d.numeral !== toChineseNumeral(n))
      at('.numeral', preview(d.numeral), preview(toChineseNumeral(n)), 'make the numeral agree with the id');
    if (!d.inSource && d.title !== null)
      at(
        '.title',
        preview(d.title),
        'null (the source lacks this heading, so its title is unknown)',
        'set title to null, or inSource to true if the heading is in the source',
      );
    if (d.inSource && d.title === null)
      at('.title', 'null', 'the title the heading writes', 'copy the title from the heading');
    seen.add(d.id);
    lastAt.set(parent, n);
  });
  return issues;
}

/**
 * Consistency across files: numbering, file names, parts, ids and every cross-reference
 * (policy, ladder, referenced document) resolve; the closing states the expiry date.
 */
export function checkConsistency(kb: RawKnowledgeBase): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const policies = new Map(kb.policies.map((p) => [p.data.id, p]));
  const refIds = new Set(kb.references.map((r) => r.data.id));
  const refPolicies = new Map(kb.references.map((r) => [r.data.id, r.data.policy]));

  for (const p of kb.policies) {
    if (basename(p.file).replace(/\.ya?ml$/, '') !== p.data.id)
      issues.push({
        file: p.file,
        field: 'id',
        found: preview(p.data.id),
        expected: 'the file name without .yaml',
        fix: 'rename the file or the id so they agree',
      });
    issues.push(...checkDivisions(p.file, p.data.divisions));
    const stated = [
      p.data.closing,
      p.data.preamble,
      p.data.cover?.text ?? '',
      ...(clausesByPolicy(kb.clauses).get(p.data.id) ?? []).map((c) => c.body),
    ].join('');
    if (p.data.expiresOn && !stated.includes(chineseDate(p.data.expiresOn)))
      issues.push({
        file: p.file,
        field: 'expiresOn',
        found: p.data.expiresOn,
        expected: `a date the text states (${chineseDate(p.data.expiresOn)} is not in it)`,
        fix: 'copy the expiry date from the text, or null if the text sets none',
      });
    for (const [field, date] of statedDates(p.data)) {
      if (!stated.includes(chineseDate(date)))
        issues.push({
          file: p.file,
          field,
          found: date,
          expected: `a date the text states (${chineseDate(date)} is not in the preamble, cover, closing or any provision)`,
          fix: 'copy the date from the text, or "unknown" (null for passed/approved) when the text does not state it',
        });
    }
  }

  for (const r of kb.references) {
    if (basename(r.file).replace(/\.ya?ml$/, '') !== r.data.id)
      issues.push({
        file: r.file,
        field: 'id',
        found: preview(r.data.id),
        expected: 'the file name without .yaml',
        fix: 'rename the file or the id so they agree',
      });
    if (r.data.policy !== null && !policies.has(r.data.policy))
      issues.push({
        file: r.file,
        field: 'policy',
        found: preview(r.data.policy),
        expected: `a policy in content/policies/ (${[...policies.keys()].join(', ')})`,
        fix: "name the policy that holds the document's text, or null while the base lacks it",
      });
    const cited = clausesCiting(kb.clauses).has(r.data.id);
    if (!cited)
      issues.push({
        file: r.file,
        field: 'id',
        found: preview(r.data.id),
        expected: 'a document that some clause cites',
        fix: 'add the citation to the clause that cites it, or delete this file',
      });
  }
  const numbered = kb.references.filter((r) => r.data.docNumber !== null);
  for (const docNumber of duplicates(numbered, (r) => r.data.docNumber ?? '')) {
    issues.push({
      file: 'content/references/',
      field: 'docNumber',
      found: preview(docNumber),
      expected: 'one record per document number',
      fix: 'merge the duplicate records',
    });
  }

  for (const [policyId, policy] of policies) {
    const clauses = [...(clausesByPolicy(kb.clauses).get(policyId) ?? [])].sort(
      (a, b) => a.data.number - b.data.number,
    );
    const dupNumbers = duplicates(clauses, (c) => String(c.data.number));
    const divisions = new Map(policy.data.divisions.map((d, i) => [d.id, i]));
    let lastDivision = -1;
    clauses.forEach((c, i) => {
      const at = (field: string, found: string, expected: string, fix: string) =>
        issues.push({ file: c.file, field, found, expected, fix });
      if (dupNumbers.has(String(c.data.number)))
        at(
          'number',
          String(c.data.number),
          'a number no other provision of the policy has',
          'renumber the provisions so each number occurs once',
        );
      else if (c.data.number !== i + 1)
        at(
          'number',
          String(c.data.number),
          `${String(i + 1)} (provision numbers run 1, 2, 3 … without gaps)`,
          'fill the gap or renumber the provisions',
        );
      const numeral = expectedNumeral(policy.data, c, clauses);
      if (!numeral.includes(c.data.numeral))
        at(
          'numeral',
          preview(c.data.numeral),
          numeral.map((n) => preview(n)).join(' or '),
          'make the numeral agree with the number',
        );
      if (policy.data.provisionStyle === 'clause' && c.data.title === null)
        at(
          'title',
          'null',
          "the clause's title (the heading after （一） up to its 。)",
          'copy the title from the heading',
        );
      const prefix = String(c.data.number).padStart(2, '0');
      if (!basename(c.file).startsWith(`${prefix}-`))
        at(
          'number',
          String(c.data.number),
          `a file name starting with "${prefix}-"`,
          'rename the file to NN-<slug>.md with its number (two digits at least)',
        );
      const place = c.data.division === null ? -1 : divisions.get(c.data.division);
      if (place === undefined)
        at(
          'division',
          preview(c.data.division),
          policy.data.divisions.length > 0
            ? `a division of ${policyId} (${policy.data.divisions.map((d) => d.id).join(', ')})`
            : `null (${policyId} has no divisions)`,
          'use the id of the part, chapter or section the provision stands in',
        );
      else if (place < lastDivision)
        at(
          'division',
          preview(c.data.division),
          `${policy.data.divisions[lastDivision]?.id ?? ''} or later (provisions follow the divisions in document order)`,
          'check which heading precedes this provision',
        );
      else lastDivision = place;
      if (c.body.trim() === '')
        at('(body)', 'an empty body', "the provision's text", 'paste the text below the frontmatter');
    });
  }

  // Award ids name an award in calculator profiles and links across the whole base.
  const awards = kb.clauses.flatMap((c) => c.data.awards.map((a, i) => ({ c, a, i })));
  const dupAwards = duplicates(awards, (x) => x.a.id);
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
      for (const rank of duplicates(rungs, (a) => String(a.ladder?.rank)))
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
      for (const id of duplicates<{ id: string }>(list, (x) => x.id))
        at(field, `the id "${id}" twice`, 'ids unique within the clause', 'rename one of them');
    }
  }
  return issues;
}
