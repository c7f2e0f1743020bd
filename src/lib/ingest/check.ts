/**
 * `--check`: compares an ingest's draft with the curated content of the same policy, field by
 * field, as precision and recall over multisets of comparable facts: (clause, value) pairs, so
 * that a fact in the wrong clause counts as both a false positive and a miss.
 */
import type { Amount } from '../../schemas/amount';
import type { ClauseData } from '../../schemas/clause';
import type { Policy } from '../../schemas/policy';
import type { Reference } from '../../schemas/reference';

/** The clauses and policy record of one side of the comparison. */
export interface CheckSide {
  /** The policy record, or null when the side has none. */
  policy: Policy | null;
  /** The clauses: frontmatter and body. */
  clauses: ReadonlyArray<{ data: ClauseData; body: string }>;
  /** Reference records by id, to compare citations by number or title. */
  references: ReadonlyMap<string, Reference>;
}

/** Precision and recall of one field. */
export interface FieldScore {
  /** The field compared (award amounts, citations …). */
  field: string;
  /** Facts the draft has. */
  predicted: number;
  /** Facts the curated content has. */
  expected: number;
  /** Facts in both (multiset intersection). */
  matched: number;
  /** matched / predicted (1 when both sides are empty). */
  precision: number;
  /** matched / expected (1 when the curated side is empty). */
  recall: number;
}

/** The comparable value of an amount: its type and numbers (yuan, rate, cap, ceiling). */
export function amountKey(a: Amount): string {
  switch (a.type) {
    case 'fixed':
      return `fixed:${String(a.yuan)}`;
    case 'rate':
      return `rate:${String(a.rate)}:${String(a.capYuan ?? '-')}`;
    case 'upTo':
      return `upTo:${String(a.maxYuan)}`;
    default:
      return a.type;
  }
}

/** Whitespace is layout (the lossless rule ignores it): texts compare without it. */
const text = (s: string) => s.replace(/\s+/gu, '');

/** The facts of each field of one side, as strings. */
export function facts(side: CheckSide): Record<string, string[]> {
  const per = (f: (c: ClauseData, body: string) => string[]) =>
    side.clauses.flatMap((c) => f(c.data, c.body).map((v) => `${String(c.data.number)}|${v}`));
  const ref = (id: string) => {
    const r = side.references.get(id);
    return r ? (r.docNumber ?? r.title) : `?${id}`;
  };
  const awards = (f: (a: ClauseData['awards'][number], c: ClauseData) => string) =>
    per((c) => c.awards.map((a) => f(a, c)));
  const p = side.policy;
  const event = (e: { date: string; by: string | null } | null) => (e ? `${e.date} ${String(e.by)}` : 'null');
  return {
    'structure (clause boundaries)': per((_, body) => [text(body)]),
    numbers: per((c) => [c.numeral]),
    titles: per((c) => [String(c.title)]),
    divisions: [
      ...per((c) => [`in ${String(c.division)}`]),
      ...(p?.divisions ?? []).map(
        (d) => `division ${d.id}|${d.kind}|${d.numeral}|${String(d.title)}|${String(d.inSource)}|${text(d.intro)}`,
      ),
    ],
    'award amounts': awards((a) => amountKey(a.amount)),
    'award levels and kinds': awards((a) => `${a.amount.type}|${String(a.level)}|${a.kind}`),
    'award recipients': awards((a) => a.recipient),
    'award conditions': awards((a) => a.condition),
    'award ladders': awards((a, c) => {
      const ladder = a.ladder ? c.ladders.find((l) => l.id === a.ladder?.id) : undefined;
      return a.ladder ? `rank ${String(a.ladder.rank)}|stepUp ${String(ladder?.stepUp ?? false)}` : 'none';
    }),
    citations: per((c) => c.citations.map((x) => ref(x.ref))),
    targets: per((c) => c.targets.map((t) => `${String(t.value)}|${String(t.unit)}`)),
    industries: per((c) => c.industries),
    budgets: per((c) => c.budgets.map((b) => `${b.kind}:${String(b.amountYuan)}`)),
    notes: per((c) => c.notes.map((n) => n.text)),
    'policy record': p
      ? [
          `title|${p.title}`,
          `kind|${p.kind}`,
          `issuers|${p.issuers.join('/')}`,
          `docNumber|${p.docNumber}`,
          `issuedOn|${p.issuedOn}`,
          `passed|${event(p.passed)}`,
          `approved|${event(p.approved)}`,
          `amendments|${p.amendments.map(event).join('/')}`,
          `effective|${p.effectiveFrom.rule}|${p.effectiveFrom.date}`,
          `expires|${String(p.expiresOn)}`,
          `style|${p.provisionStyle}`,
          `cover|${p.cover ? `${p.cover.title}|${text(p.cover.text)}` : 'null'}`,
          `preamble|${text(p.preamble)}`,
          `closing|${text(p.closing)}`,
          `portal|${p.source.portal}`,
        ]
      : [],
  };
}

/** Size of the multiset intersection of two lists. */
function intersection(a: readonly string[], b: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const x of b) counts.set(x, (counts.get(x) ?? 0) + 1);
  let n = 0;
  for (const x of a) {
    const c = counts.get(x) ?? 0;
    if (c > 0) {
      n++;
      counts.set(x, c - 1);
    }
  }
  return n;
}

/** Scores every field of the draft against the curated content. */
export function compare(draft: CheckSide, curated: CheckSide): FieldScore[] {
  const d = facts(draft);
  const c = facts(curated);
  return Object.keys(d).map((field) => {
    const predicted = d[field] ?? [];
    const expected = c[field] ?? [];
    const matched = intersection(predicted, expected);
    return {
      field,
      predicted: predicted.length,
      expected: expected.length,
      matched,
      precision: predicted.length === 0 ? (expected.length === 0 ? 1 : 0) : matched / predicted.length,
      recall: expected.length === 0 ? 1 : matched / expected.length,
    };
  });
}

/** The facts of a field that only one side has, for the detail of a --check run. */
export function differences(
  draft: CheckSide,
  curated: CheckSide,
  field: string,
): { missing: string[]; extra: string[] } {
  const d = [...(facts(draft)[field] ?? [])];
  const c = [...(facts(curated)[field] ?? [])];
  const extra: string[] = [];
  for (const x of d) {
    const i = c.indexOf(x);
    if (i >= 0) c.splice(i, 1);
    else extra.push(x);
  }
  return { missing: c, extra };
}

/** Writes the scores as a table. */
export function formatScores(scores: readonly FieldScore[]): string {
  const rows = scores.map(
    (s) =>
      `${s.field.padEnd(30)} ${String(s.predicted).padStart(5)} ${String(s.expected).padStart(5)} ${String(s.matched).padStart(5)}   ${s.precision.toFixed(3)}   ${s.recall.toFixed(3)}`,
  );
  return [
    `${'field'.padEnd(30)} ${'draft'.padStart(5)} ${'gold'.padStart(5)} ${'match'.padStart(5)}   precision recall`,
    ...rows,
  ].join('\n');
}
