/**
 * The report printed after an ingest: what was found, and what the reviewer must look at
 * because the pipeline could not classify it.
 */
import { provisionLabel } from '../text/headings';
import type { IngestResult } from './pipeline';

/** Counts of what an ingest found. */
export function counts(result: IngestResult): Record<string, number> {
  const all = result.clauses.map((c) => c.data);
  const sum = (f: (c: (typeof all)[number]) => number) => all.reduce((n, c) => n + f(c), 0);
  return {
    divisions: result.policy.divisions.length,
    provisions: all.length,
    awards: sum((c) => c.awards.length),
    ladders: sum((c) => c.ladders.length),
    budgets: sum((c) => c.budgets.length),
    targets: sum((c) => c.targets.length),
    citations: sum((c) => c.citations.length),
    'new references': result.newReferences.length,
    'industry mentions': sum((c) => c.industries.length),
    notes: sum((c) => c.notes.length),
  };
}

/** The report: counts, then each thing that could not be classified, with its clause. */
export function formatReport(result: IngestResult): string {
  const found = Object.entries(counts(result))
    .map(([k, v]) => `${String(v)} ${k}`)
    .join(', ');
  const byType = new Map<string, number>();
  for (const c of result.clauses)
    for (const a of c.data.awards) byType.set(a.amount.type, (byType.get(a.amount.type) ?? 0) + 1);
  const lines = [
    `Found in ${result.policy.id} (${result.policy.title}; ${result.policy.kind}, ${result.policy.provisionStyle}s):`,
    `  ${found}`,
    `  awards by amount: ${[...byType].map(([t, n]) => `${t} ${String(n)}`).join(', ') || 'none'}`,
    `  portal: ${result.policy.source.portal}; ${String(result.policy.source.excluded.length)} boilerplate line(s) left out`,
  ];
  const defects = result.policy.defects;
  if (defects.length > 0) {
    lines.push(`Defects of the source, kept as published and recorded in the policy (${String(defects.length)}):`);
    for (const d of defects) lines.push(`  line ${String(d.line)}, ${d.place}: ${d.note}`);
  }
  if (result.unclassified.length === 0) lines.push('Could not classify: nothing.');
  else {
    lines.push(`Could not classify (${String(result.unclassified.length)}):`);
    const numeral = (n: number) => result.clauses.find((c) => c.data.number === n)?.data.numeral ?? String(n);
    for (const u of result.unclassified)
      lines.push(`  ${provisionLabel(result.policy.provisionStyle, numeral(u.clause))} ${u.text}`);
  }
  return lines.join('\n');
}
