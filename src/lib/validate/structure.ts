/**
 * The structure of each policy: its divisions (numbered in document order, nested, with their
 * numerals) and its provisions (numbered 1…N without gaps, with the numeral the heading writes,
 * a file name starting with the number, in a division of the policy, in the divisions' order,
 * with a text). Where the source itself skips or repeats a number, the policy records it as a
 * defect and the numeral stays as written.
 */
import { basename } from 'node:path';
import { preview, type ContentIssue } from '../content/issue';
import { parseChineseNumeral, toChineseNumeral } from '../text/numerals';
import type { ClauseEntry, RawKnowledgeBase } from '../content/load';
import type { Division } from '../../schemas/division';
import type { Defect } from '../../schemas/defect';
import type { Policy } from '../../schemas/policy';
import { duplicateKeys } from '../util/group';
import { clausesByPolicy } from './indexes';

/**
 * The numerals a provision's heading may write: the numeral of its number, the next after the
 * provision before it (numbering that continues past a gap the policy records, or that starts
 * at 第二百零五条 in one book of a code), or 1 (numbering that starts again, in a new part, a new
 * list or an amendment's articles). Items are written in digits, everything else in Chinese numerals.
 */
function expectedNumeral(policy: Policy, c: ClauseEntry, previous: ClauseEntry | undefined): string[] {
  const write = policy.provisionStyle === 'item' ? String : toChineseNumeral;
  const read = (numeral: string) => (policy.provisionStyle === 'item' ? Number(numeral) : parseChineseNumeral(numeral));
  // The first provision may start anywhere: the lossless rule holds its heading to the source.
  if (!previous) return [c.data.numeral];
  const before = read(previous.data.numeral);
  const options = [c.data.number, 1, ...(before !== null && before < 9999 ? [before + 1] : [])];
  return [...new Set(options.map((n) => write(n)))];
}

/**
 * Division ids in document order: unique, each numbered after its predecessor at its level,
 * nested under a division that exists; the numeral agrees with the id, or runs on from the last
 * division of its kind, unless the policy records the source's numbering there as a defect.
 */
function checkDivisions(file: string, divisions: readonly Division[], defects: readonly Defect[]): ContentIssue[] {
  const recorded = new Set(defects.map((d) => d.division).filter((d) => d !== null));
  const issues: ContentIssue[] = [];
  const seen = new Set<string>();
  const lastAt = new Map<string, number>();
  const lastNumeral = new Map<Division['kind'], number>();
  const offsetAt = new Map<string, number>();
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
    // The first of its kind in a parent may run on from the one before it in another parent
    // (合同编's 第二分编 opens at 第九章).
    const ranOn = lastNumeral.get(d.kind) ?? 0;
    if (n === 1 && ranOn > 0 && d.numeral === toChineseNumeral(ranOn + 1)) offsetAt.set(`${parent}|${d.kind}`, ranOn);
    const want = n + (offsetAt.get(`${parent}|${d.kind}`) ?? 0);
    // A heading without a numeral (人格权编) is numbered by its place alone, and must say what it is.
    if (d.numeral === null && d.title === null)
      at(
        '.numeral',
        'null',
        `a numeral, or a title (${d.id} has neither)`,
        'give the division the heading the source writes',
      );
    if (d.numeral !== null && n >= 1 && n <= 9999 && d.numeral !== toChineseNumeral(want) && !recorded.has(d.id))
      at('.numeral', preview(d.numeral), preview(toChineseNumeral(want)), 'make the numeral agree with the id');
    const value = d.numeral === null ? null : parseChineseNumeral(d.numeral);
    if (value !== null) lastNumeral.set(d.kind, value);
    if (!d.inSource && d.title !== null)
      at(
        '.title',
        preview(d.title),
        'null (the source lacks this heading, so its title is unknown)',
        'set title to null, or inSource to true if the heading is in the source',
      );
    seen.add(d.id);
    lastAt.set(parent, n);
  });
  return issues;
}

/** The provisions of one policy: numbering, numerals, titles, file names, divisions and texts. */
function checkProvisions(policy: RawKnowledgeBase['policies'][number], own: readonly ClauseEntry[]): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const policyId = policy.data.id;
  const clauses = [...own].sort((a, b) => a.data.number - b.data.number);
  const dupNumbers = duplicateKeys(clauses, (c) => String(c.data.number));
  const divisions = new Map(policy.data.divisions.map((d, i) => [d.id, i]));
  const recorded = new Set(policy.data.defects.map((d) => d.provision).filter((n) => n !== null));
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
    const numeral = expectedNumeral(policy.data, c, clauses[i - 1]);
    if (!numeral.includes(c.data.numeral) && !recorded.has(c.data.number))
      at(
        'numeral',
        preview(c.data.numeral),
        numeral.map((n) => preview(n)).join(' or '),
        'make the numeral agree with the number',
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
  return issues;
}

/** Every policy's divisions and provisions (see the file's comment). */
export function checkStructure(kb: RawKnowledgeBase): ContentIssue[] {
  const byPolicy = clausesByPolicy(kb.clauses);
  return kb.policies.flatMap((p) => [
    ...checkDivisions(p.file, p.data.divisions, p.data.defects),
    ...checkProvisions(p, byPolicy.get(p.data.id) ?? []),
  ]);
}
