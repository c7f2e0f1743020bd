/**
 * The loaders of the four collections (policies, references, vocabularies, clauses), as
 * Starlight's loaders.ts: content/ is read and validated once per sync, by the project's own rules
 * (lib/validate), and every store is filled from that one reading. A problem stops the sync with
 * the content guard's report: file, field, what was found, what to do.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { formatIssues } from '../lib/content/issue';
import type { RawKnowledgeBase } from '../lib/content/load';
import { validateContent } from '../lib/validate/index';
import { invalidContentError } from '../integrations/content-guard';
import { clauseHtml } from '../remark/body-html';
import { citationTargetsOf, withHeldPolicies } from '../lib/citations/of-base';
import { pinpointSpans } from '../lib/citations/targets';

/** The collections this module fills. */
export type ContentCollection = 'policies' | 'references' | 'vocabularies' | 'clauses';

/** The vocabulary entries: one per file of content/vocabularies, its list under `items`. */
const VOCABULARIES = ['industries', 'supportTypes', 'levels', 'searchEquivalents', 'shortForms'] as const;

/** The source of the code that renders a clause's body: a change to it must render every body again. */
function rendererDigest(ctx: LoaderContext): string {
  const dir = fileURLToPath(new URL('../remark/', import.meta.url));
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .sort();
  return ctx.generateDigest(files.map((f) => `${f}\0${readFileSync(path.join(dir, f), 'utf8')}`).join('\0'));
}

/** A store entry, made only when the store needs it. */
type MakeEntry = () => Parameters<LoaderContext['store']['set']>[0];

/** Replaces a store's entries by `entries`. */
function fill(ctx: LoaderContext, entries: ReadonlyMap<string, MakeEntry>): void {
  for (const id of ctx.store.keys()) if (!entries.has(id)) ctx.store.delete(id);
  for (const make of entries.values()) ctx.store.set(make());
}

/** The id of a clause: its path under content/clauses without .md, e.g. hz-2018-manufacturing/16-green-manufacturing. */
function clauseId(file: string): string {
  return file.replace(/^content\/clauses\//, '').replace(/\.md$/, '');
}

/**
 * Fills the clauses' store, rendering a body only when its digest changed. The body's HTML
 * depends on its text, its frontmatter, the references it cites (their numbers, titles and where
 * they link), where its pinpoints land (第十四条第二款 → an article's anchor, with its version note)
 * and the plugins: a change to any renders it again, and a changed reference renders exactly the
 * clauses that cite it.
 */
function fillClauses(ctx: LoaderContext, kb: RawKnowledgeBase): void {
  const targets = citationTargetsOf(kb);
  const references = withHeldPolicies(
    kb.references.map((r) => r.data),
    targets,
  );
  const refDigest = new Map(references.map((r) => [r.id, ctx.generateDigest(r)]));
  const renderer = rendererDigest(ctx);
  const entries = new Map<string, MakeEntry>();
  let rendered = 0;
  for (const c of kb.clauses) {
    const id = clauseId(c.file);
    const cited = [...new Set(c.data.citations.map((ct) => ct.ref))]
      .sort()
      .map((ref) => `${ref}:${refDigest.get(ref) ?? ''}`);
    const pinpoints = pinpointSpans(targets, c.data);
    // Where its pinpoints land (and their version notes) depends on the cited documents: part of the digest.
    const lands = pinpoints(c.body).map((p) => [p.url, p.note]);
    const digest = ctx.generateDigest({ data: c.data, body: c.body, cited, lands, renderer });
    entries.set(id, () => {
      const kept = ctx.store.get(id);
      if (kept?.digest === digest) return kept;
      rendered += 1;
      const html = clauseHtml(c.body, c.data.citations, references, undefined, pinpoints);
      return { id, data: c.data, body: c.body, filePath: c.file, digest, rendered: { html } };
    });
  }
  fill(ctx, entries);
  // One line the incremental check reads: how many bodies were rendered, how many kept.
  ctx.logger.info(`rendered ${String(rendered)} clause bodies, kept ${String(entries.size - rendered)}`);
}

/** Fills one collection's store from validated content. */
function fillCollection(ctx: LoaderContext, name: ContentCollection, kb: RawKnowledgeBase): void {
  if (name === 'clauses') {
    fillClauses(ctx, kb);
    return;
  }
  const entries = new Map<string, MakeEntry>();
  const record = (id: string, data: Record<string, unknown>, file?: string) => () => ({
    id,
    data,
    ...(file === undefined ? {} : { filePath: file }),
    digest: ctx.generateDigest(data),
  });
  if (name === 'policies') for (const p of kb.policies) entries.set(p.data.id, record(p.data.id, p.data, p.file));
  if (name === 'references') for (const r of kb.references) entries.set(r.data.id, record(r.data.id, r.data, r.file));
  if (name === 'vocabularies') for (const v of VOCABULARIES) entries.set(v, record(v, { items: kb.vocabularies[v] }));
  fill(ctx, entries);
}

/**
 * The loaders, sharing one validation of content/: the first loader that runs reads and checks
 * it, the others wait for that result. In `astro dev`, a change under content/ validates it again
 * and fills every store.
 * @param root the project root whose content/ is read
 */
export function contentLoaders(root: string = process.cwd()): Record<ContentCollection, Loader> {
  let validated: Promise<RawKnowledgeBase> | null = null;
  const contexts = new Map<ContentCollection, LoaderContext>();

  const validate = (ctx: LoaderContext): Promise<RawKnowledgeBase> => {
    validated ??= Promise.resolve().then(() => {
      const { kb, issues } = validateContent(root);
      if (issues.length === 0) return kb;
      ctx.logger.error(`\n${formatIssues(issues)}\n`);
      throw invalidContentError(issues);
    });
    return validated;
  };

  const watch = (ctx: LoaderContext) => {
    ctx.watcher?.on('all', (_event, file) => {
      if (!path.resolve(file).startsWith(path.join(root, 'content') + path.sep)) return;
      validated = null;
      void validate(ctx).then(
        (kb) => {
          for (const [name, c] of contexts) fillCollection(c, name, kb);
        },
        () => undefined,
      );
    });
  };

  const loader = (name: ContentCollection): Loader => ({
    name: `policy-kb:${name}`,
    load: async (ctx) => {
      contexts.set(name, ctx);
      if (name === 'clauses') watch(ctx);
      fillCollection(ctx, name, await validate(ctx));
    },
  });
  return {
    policies: loader('policies'),
    references: loader('references'),
    vocabularies: loader('vocabularies'),
    clauses: loader('clauses'),
  };
}
