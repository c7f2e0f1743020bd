/**
 * Consistency across files: ids agree with file names, dates are stated by the texts, references
 * name policies of the base and are cited; then each policy's structure (structure.ts) and each
 * provision's facts (clause-facts.ts).
 */
import { basename } from 'node:path';
import { preview, type ContentIssue } from '../content/issue';
import type { RawKnowledgeBase } from '../content/load';
import type { Policy } from '../../schemas/policy';
import { readValidity } from '../text/validity';
import { chineseDate, statesDate } from '../text/dates';
import { duplicateKeys } from '../util/group';
import { checkClauseFacts } from './clause-facts';
import { clausesByPolicy, clausesCiting } from './indexes';
import { checkStructure } from './structure';

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
 * The expiry of a policy is grounded: the text states the day, or it states the validity phrase
 * of `validity` and the phrase, read again from the effective date, gives the same day.
 */
function checkExpiry(p: RawKnowledgeBase['policies'][number], stated: string): ContentIssue[] {
  const { expiresOn, validity, effectiveFrom } = p.data;
  const at = (field: string, found: string, expected: string, fix: string): ContentIssue[] => [
    { file: p.file, field, found, expected, fix },
  ];
  if (validity && !stated.includes(validity.rule))
    return at(
      'validity.rule',
      preview(validity.rule),
      'a phrase the text states word for word',
      'copy the phrase from the text',
    );
  if (!expiresOn) return [];
  if (statesDate(stated, expiresOn)) return [];
  const again = validity
    ? readValidity(validity.rule, effectiveFrom.date === 'unknown' ? null : effectiveFrom.date)
    : null;
  if (again?.expiresOn === expiresOn) return [];
  return at(
    'expiresOn',
    expiresOn,
    `a date the text states, or the last day its validity phrase gives (${chineseDate(expiresOn)} is neither${again?.expiresOn ? `; the phrase gives ${chineseDate(again.expiresOn)}` : ''})`,
    'copy the expiry date from the text, set validity to the phrase that gives it, or null if the text sets none',
  );
}

/**
 * Consistency across files: numbering, file names, parts, ids and every cross-reference
 * (policy, ladder, referenced document, cited provision) resolve; the texts state the dates.
 */
export function checkConsistency(kb: RawKnowledgeBase): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const policies = new Map(kb.policies.map((p) => [p.data.id, p]));

  for (const p of kb.policies) {
    if (basename(p.file).replace(/\.ya?ml$/, '') !== p.data.id)
      issues.push({
        file: p.file,
        field: 'id',
        found: preview(p.data.id),
        expected: 'the file name without .yaml',
        fix: 'rename the file or the id so they agree',
      });
    const stated = [
      p.data.closing,
      p.data.preamble,
      p.data.cover?.text ?? '',
      ...(clausesByPolicy(kb.clauses).get(p.data.id) ?? []).map((c) => c.body),
    ].join('');
    issues.push(...checkExpiry(p, stated));
    for (const [field, date] of statedDates(p.data)) {
      if (!statesDate(stated, date))
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
    const cited =
      clausesCiting(kb.clauses).has(r.data.id) ||
      kb.policies.some((p) => p.data.preambleCitations.some((ct) => ct.ref === r.data.id));
    if (!cited)
      issues.push({
        file: r.file,
        field: 'id',
        found: preview(r.data.id),
        expected: 'a document that some clause or preamble cites',
        fix: 'add the citation to the clause that cites it, or delete this file',
      });
  }
  // The short title names a policy on every page, in search results and in the policy filter's list.
  for (const shortTitle of duplicateKeys(kb.policies, (p) => p.data.shortTitle)) {
    const same = kb.policies.filter((p) => p.data.shortTitle === shortTitle);
    for (const p of same) {
      const others = same.filter((x) => x !== p).map((x) => x.file);
      issues.push({
        file: p.file,
        field: 'shortTitle',
        found: `${preview(shortTitle)}, which ${others.join(' and ')} also has`,
        expected: 'a short title no other policy of the base has (readers tell the policies apart by it)',
        fix: 'make the short titles differ, e.g. by the year or the issuer (2018年…, 杭州市…)',
      });
    }
  }
  const numbered = kb.references.filter((r) => r.data.docNumber !== null);
  for (const docNumber of duplicateKeys(numbered, (r) => r.data.docNumber ?? '')) {
    issues.push({
      file: 'content/references/',
      field: 'docNumber',
      found: preview(docNumber),
      expected: 'one record per document number',
      fix: 'merge the duplicate records',
    });
  }

  return [...issues, ...checkStructure(kb), ...checkClauseFacts(kb)];
}
