/**
 * The curated documents of a base as a base of their own: the policies that came from no
 * collection (their records have no `source.collection`), their provisions and source files,
 * the vocabularies, and the references their provisions and preambles cite. A reference linked
 * to a document outside the sample is unlinked, as it was before that document joined the base.
 * The detailed tests and their build (npm run build:curated) read this sample, whose exact
 * clauses, rankings and counts the growing base must not move.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { ShortFormsFileSchema } from '../../schemas/vocabulary';
import { SHORT_FORMS_PATH, shortFormsYaml } from '../search/short-forms';

/** The ids of the policies of `content/` that came from no collection. */
export function curatedPolicyIds(content: string): Set<string> {
  const ids = new Set<string>();
  for (const name of readdirSync(join(content, 'policies'))) {
    const data = load(readFileSync(join(content, 'policies', name), 'utf8')) as {
      id: string;
      source?: { collection?: unknown };
    };
    if (!data.source?.collection) ids.add(data.id);
  }
  return ids;
}

/** Keeps the entries of the short forms' file (at `path`) that the policies `keep` define. */
function keepShortFormsOf(keep: ReadonlySet<string>, path: string): void {
  const entries = ShortFormsFileSchema.parse(load(readFileSync(path, 'utf8')));
  writeFileSync(path, shortFormsYaml(entries.filter((e) => keep.has(e.policy))));
}

/** The reference ids a text of content cites (`ref: <id>` entries of its frontmatter). */
function citedRefs(text: string): string[] {
  return [...text.matchAll(/^[\s-]+ref: (\S+)$/gmu)].map((m) => m[1] ?? '');
}

/**
 * Copies the curated sample of the project at `root` into `dest` (content/ and the source files
 * its records name), and returns the ids of its policies.
 */
export function copyCuratedSample(root: string, dest: string): Set<string> {
  const content = join(root, 'content');
  const copy = join(dest, 'content');
  const keep = curatedPolicyIds(content);
  for (const dir of ['policies', 'clauses', 'references']) mkdirSync(join(copy, dir), { recursive: true });
  cpSync(join(content, 'vocabularies'), join(copy, 'vocabularies'), { recursive: true });
  keepShortFormsOf(keep, join(copy, SHORT_FORMS_PATH.replace(/^content\//u, '')));
  const cited = new Set<string>();
  for (const id of keep) {
    const record = readFileSync(join(content, 'policies', `${id}.yaml`), 'utf8');
    writeFileSync(join(copy, 'policies', `${id}.yaml`), record);
    for (const ref of citedRefs(record)) cited.add(ref);
    cpSync(join(content, 'clauses', id), join(copy, 'clauses', id), { recursive: true });
    for (const name of readdirSync(join(content, 'clauses', id)))
      for (const ref of citedRefs(readFileSync(join(content, 'clauses', id, name), 'utf8'))) cited.add(ref);
    const raw = /^ {2}rawFile: (\S+)$/mu.exec(record)?.[1];
    if (raw) cpSync(join(root, raw), join(dest, raw));
  }
  for (const ref of cited) {
    const text = readFileSync(join(content, 'references', `${ref}.yaml`), 'utf8');
    const policy = /^policy: (\S+)$/mu.exec(text)?.[1];
    const linked = policy !== undefined && policy !== 'null' && !keep.has(policy);
    writeFileSync(join(copy, 'references', `${ref}.yaml`), linked ? text.replace(/^policy: \S+$/mu, 'policy: null') : text);
  }
  return keep;
}
