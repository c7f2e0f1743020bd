/**
 * The generated base's files the scale benchmark works with: the policy filtered searches go to,
 * and the policy held out of the full build and added for the incremental one.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { QUERIES } from './queries';

/** The policy (short title) whose provisions hold the most benchmark queries, and those queries. */
export function filteredQueries(dir: string): { policy: string; queries: string[] } {
  let best = { policy: '', queries: [] as string[] };
  for (const file of readdirSync(join(dir, 'content/policies'))) {
    const policy = load(readFileSync(join(dir, 'content/policies', file), 'utf8')) as {
      id: string;
      shortTitle: string;
    };
    const folder = join(dir, 'content/clauses', policy.id);
    const text = readdirSync(folder)
      .map((f) => readFileSync(join(folder, f), 'utf8'))
      .join('\n');
    const hits = QUERIES.filter((q) => q.split(' ').every((w) => text.includes(w)));
    if (hits.length > best.queries.length) best = { policy: policy.shortTitle, queries: hits };
  }
  return best;
}

/** Moves a policy's files (record, provisions, source) between the content folder and a holding folder. */
export function movePolicy(dir: string, id: string, out: boolean): void {
  const hold = join(dir, 'held');
  mkdirSync(join(hold, 'policies'), { recursive: true });
  mkdirSync(join(hold, 'clauses'), { recursive: true });
  mkdirSync(join(hold, 'sources'), { recursive: true });
  for (const [inContent, held] of [
    [`content/policies/${id}.yaml`, `policies/${id}.yaml`],
    [`content/clauses/${id}`, `clauses/${id}`],
    [`content/sources/${id}.raw.txt`, `sources/${id}.raw.txt`],
  ] as const) {
    if (out) renameSync(join(dir, inContent), join(hold, held));
    else renameSync(join(hold, held), join(dir, inContent));
  }
}
