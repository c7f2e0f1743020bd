/**
 * Keys for Astro's incremental static build (experimental.incrementalBuild): a page whose key and
 * code are unchanged since the previous build is copied from that build instead of rendered
 * again. A key must change whenever anything the page shows changes, so it hashes the files the
 * page is made from, not the views built from them: a provision page shows its own policy (its
 * record and provision files), the vocabularies (industry, support type and level links), the
 * references it cites (their numbers, titles and where they link), the day statuses are judged
 * on, and the publisher named in the footer.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beijingDay } from '../kb/status';
import { buildDate } from './build-date';
import { SITE_INFO } from './site-info';

/** Content hashes of the files pages are made from. */
export interface ContentDigests {
  /** Policy id → hash of content/policies/<id>.yaml and every file under content/clauses/<id>/. */
  policies: ReadonlyMap<string, string>;
  /** Reference id → hash of content/references/<id>.yaml. */
  references: ReadonlyMap<string, string>;
  /** Hash of every file in content/vocabularies/. */
  vocabularies: string;
}

const sha = (parts: readonly (string | Buffer)[]): string => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\0');
  return h.digest('hex').slice(0, 24);
};

/** The files under `dir`, recursively, sorted, as paths relative to it; none when it does not exist. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

/** Hash of the files of `dir` (names and contents). */
function folderHash(dir: string): string {
  return sha(filesUnder(dir).flatMap((f) => [f, readFileSync(path.join(dir, f))]));
}

/** Id → hash of each `<id>.yaml` in `dir`. */
function yamlHashes(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of filesUnder(dir))
    if (f.endsWith('.yaml')) out.set(f.slice(0, -'.yaml'.length), sha([readFileSync(path.join(dir, f))]));
  return out;
}

/** Reference id → hash of its file, for the base under `root`. */
function referenceDigests(root: string): Map<string, string> {
  return yamlHashes(path.join(root, 'content', 'references'));
}

/** Hashes the content folder under `root`. */
export function contentDigests(root: string): ContentDigests {
  const content = path.join(root, 'content');
  const records = yamlHashes(path.join(content, 'policies'));
  const policies = new Map(
    [...records].map(([id, record]) => [id, sha([record, folderHash(path.join(content, 'clauses', id))])]),
  );
  return { policies, references: referenceDigests(root), vocabularies: folderHash(path.join(content, 'vocabularies')) };
}

/** What a provision page's key covers besides its files: the day statuses are judged on, and the publisher. */
export interface PageContext {
  /** The Beijing day of the build, YYYY-MM-DD. */
  day: string;
  publisher: string;
}

/**
 * The incremental-build key of a provision page (or any page made from one policy): its policy's
 * files, the vocabularies, the references it cites, the day and the publisher.
 * @param cites the ids of the references the page cites (a provision's citations)
 * @param lands the ids of the policies its pinpoints land in (第十四条第二款 links to their articles' anchors)
 */
export function policyPageKey(
  digests: ContentDigests,
  policy: string,
  cites: readonly string[],
  context: PageContext,
  lands: readonly string[] = [],
): string {
  const refs = [...new Set(cites)].sort().map((id) => `${id}:${digests.references.get(id) ?? 'missing'}`);
  const landed = [...new Set(lands)].sort().map((id) => `land:${id}:${digests.policies.get(id) ?? 'missing'}`);
  return sha([
    `policy:${digests.policies.get(policy) ?? 'missing'}`,
    `vocabularies:${digests.vocabularies}`,
    ...refs,
    ...landed,
    `day:${context.day}`,
    `publisher:${context.publisher}`,
  ]);
}

/** The references a whole policy cites: what keys its pages that show every provision's citation links. */
export function policyCites(policy: { clauses: readonly { citations: readonly { ref: string }[] }[] }): string[] {
  return policy.clauses.flatMap((c) => c.citations.map((ct) => ct.ref));
}

let current: { root: string; digests: ContentDigests } | null = null;

/**
 * The key function of this build: the content under `root` hashed once (every route that keys
 * its pages shares it), the build's day and publisher.
 */
export function pageKeys(
  root: string = process.cwd(),
): (policy: string, cites: readonly string[], lands?: readonly string[]) => string {
  if (current?.root !== root) current = { root, digests: contentDigests(root) };
  const { digests } = current;
  const context: PageContext = { day: beijingDay(buildDate()), publisher: SITE_INFO.publisher };
  return (policy, cites, lands) => policyPageKey(digests, policy, cites, context, lands);
}
