/**
 * The generated base's files the scale benchmark works with: the policy filtered searches go to,
 * and the policy held out of the full build and added for the incremental one.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { QUERIES } from './queries';

/** The policy (its id, the policy filter's value) whose provisions hold the most benchmark queries, and those queries. */
export function filteredQueries(dir: string): { policy: string; queries: string[] } {
  let best = { policy: '', queries: [] as string[] };
  for (const file of readdirSync(join(dir, 'content/policies'))) {
    const policy = load(readFileSync(join(dir, 'content/policies', file), 'utf8')) as {
      id: string;
    };
    const folder = join(dir, 'content/clauses', policy.id);
    const text = readdirSync(folder)
      .map((f) => readFileSync(join(folder, f), 'utf8'))
      .join('\n');
    const hits = QUERIES.filter((q) => q.split(' ').every((w) => text.includes(w)));
    if (hits.length > best.queries.length) best = { policy: policy.id, queries: hits };
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

/**
 * The policy the incremental build adds: the last one (by id) that cites nothing and that no
 * reference names as its text. Without it, a reference only it cites would be left uncited, or a
 * reference would name a policy not in the base: the content guard rejects both.
 */
export function heldPolicy(dir: string): string {
  const citesNothing = (id: string) =>
    readdirSync(join(dir, 'content/clauses', id)).every((f) =>
      readFileSync(join(dir, 'content/clauses', id, f), 'utf8').includes('citations: []'),
    );
  const named = new Set(
    readdirSync(join(dir, 'content/references')).map(
      (f) => (load(readFileSync(join(dir, 'content/references', f), 'utf8')) as { policy?: string | null }).policy,
    ),
  );
  const id = readdirSync(join(dir, 'content/policies'))
    .map((f) => f.replace(/\.yaml$/, ''))
    .sort()
    .reverse()
    .find((p) => !named.has(p) && citesNothing(p));
  if (id === undefined)
    throw new Error('every generated policy cites a document or is named by a reference: none can be held out');
  return id;
}
