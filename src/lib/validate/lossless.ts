import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ClauseEntry, RawKnowledgeBase } from '../content/load';
import type { ContentIssue } from '../content/issue';
import { normalizeText } from '../text/normalize';
import type { Policy } from '../../schemas/policy';

/** The heading of a part as the text writes it: 一、构建高能级产业体系，明确高质量发展目标. */
export function partHeading(part: { numeral: string; title: string }): string {
  return `${part.numeral}、${part.title}`;
}

/** The heading of a clause as the text writes it: （十六）实施绿色制造工程。 */
export function clauseHeading(clause: { numeral: string; title: string }): string {
  return `（${clause.numeral}）${clause.title}。`;
}

/**
 * The policy's text rebuilt from content, in document order: title, preamble, each part's
 * heading and intro followed by its clauses' headings and bodies, closing.
 */
export function rebuildPolicyText(policy: Policy, clauses: readonly ClauseEntry[]): string {
  const own = clauses.filter((c) => c.data.policy === policy.id).sort((a, b) => a.data.number - b.data.number);
  const pieces = [policy.title, policy.preamble];
  for (const part of policy.parts) {
    pieces.push(partHeading(part), part.intro);
    for (const c of own.filter((x) => x.data.part === part.number)) pieces.push(clauseHeading(c.data), c.body);
  }
  pieces.push(policy.closing);
  return pieces.join('');
}

/**
 * The policy text of a raw source: normalised, without the lines the policy record lists as
 * not policy text, joined without line breaks (line breaks are layout, not text).
 */
export function sourcePolicyText(raw: string, excluded: readonly string[]): string {
  const drop = new Set(excluded.map((l) => normalizeText(l).trim()));
  return normalizeText(raw)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !drop.has(l))
    .join('');
}

/** Where two texts first differ, with some context of each, or null when they are equal. */
export function firstDifference(expected: string, actual: string): { index: number; expected: string; actual: string } | null {
  if (expected === actual) return null;
  let i = 0;
  while (i < expected.length && expected[i] === actual[i]) i++;
  const from = Math.max(0, i - 15);
  return { index: i, expected: expected.slice(from, i + 25), actual: actual.slice(from, i + 25) };
}

/**
 * Lossless: the source's policy text equals the content's text in document order, so that
 * no character was lost, added or moved in curation.
 */
export function checkLossless(kb: RawKnowledgeBase): ContentIssue[] {
  return kb.policies.flatMap((p): ContentIssue[] => {
    let raw: string;
    try {
      raw = readFileSync(join(kb.root, p.data.source.rawFile), 'utf8');
    } catch {
      return [{ file: p.file, field: 'source.rawFile', found: p.data.source.rawFile, expected: 'a file that exists', fix: 'put the raw source text under content/sources/ and name it here' }];
    }
    const diff = firstDifference(sourcePolicyText(raw, p.data.source.excluded), rebuildPolicyText(p.data, kb.clauses));
    if (!diff) return [];
    return [{
      file: p.file,
      field: '(policy text)',
      found: `at character ${String(diff.index)} the content reads "${diff.actual}"`,
      expected: `the source, which reads "${diff.expected}"`,
      fix: `restore the text there in the clause, part or paragraph that holds it (source: ${p.data.source.rawFile})`,
    }];
  });
}
