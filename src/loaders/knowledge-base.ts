/**
 * The knowledge base the pages read, built from the content collections that the loaders filled
 * (content.ts): the content is validated there, once, and read here as it was stored.
 */
import { getCollection } from 'astro:content';
import type { ClauseEntry, Located, RawKnowledgeBase } from '../lib/content/load';
import { buildKnowledgeBase, type KnowledgeBase } from '../lib/kb/model';
import type { Vocabularies } from '../schemas/vocabulary';

/** One knowledge base per build: every page reads the same object. */
let built: Promise<KnowledgeBase> | null = null;

/** Reads the four collections into the shape lib/kb builds from. */
async function fromCollections(): Promise<RawKnowledgeBase> {
  const [policies, references, vocabularies, clauses] = await Promise.all([
    getCollection('policies'),
    getCollection('references'),
    getCollection('vocabularies'),
    getCollection('clauses'),
  ]);
  const located = <T>(e: { filePath?: string | undefined; data: T }): Located<T> => ({
    file: e.filePath ?? '',
    data: e.data,
  });
  const byFile = <T extends { file: string }>(list: T[]): T[] =>
    list.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const vocabulary = <K extends keyof Vocabularies>(id: K): Vocabularies[K] =>
    (vocabularies.find((v) => v.id === id)?.data.items ?? []) as Vocabularies[K];
  // In content/'s order, as lib/content/load reads it: a store keeps an unchanged entry where it was.
  return {
    root: process.cwd(),
    vocabularies: {
      industries: vocabulary('industries'),
      supportTypes: vocabulary('supportTypes'),
      levels: vocabulary('levels'),
      searchEquivalents: vocabulary('searchEquivalents'),
      shortForms: vocabulary('shortForms'),
    },
    policies: byFile(policies.map((e) => located(e))),
    references: byFile(references.map((e) => located(e))),
    clauses: byFile(clauses.map((e): ClauseEntry => ({ file: e.filePath ?? '', data: e.data, body: e.body ?? '' }))),
  };
}

/** The knowledge base of this build, built once from the collections (again on every call in `astro dev`, where content changes). */
export async function knowledgeBase(): Promise<KnowledgeBase> {
  if (import.meta.env.DEV) return buildKnowledgeBase(await fromCollections());
  built ??= fromCollections().then(buildKnowledgeBase);
  return built;
}
