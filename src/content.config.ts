import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { contentLoaders } from './loaders/content';
import type { ClauseData } from './schemas/clause';
import type { Policy } from './schemas/policy';
import type { Reference } from './schemas/reference';
import type { Vocabularies } from './schemas/vocabulary';

// Every kind of content, read and validated once by the loaders (src/loaders/content.ts) with the
// project's own rules. The schemas below only type the entries: the loaders store what passed
// validation, and never parse it a second time.
const loaders = contentLoaders();

/** A vocabulary entry: one per file of content/vocabularies, its list under `items`. */
type VocabularyEntry = { [K in keyof Vocabularies]: { items: Vocabularies[K] } }[keyof Vocabularies];

export const collections = {
  policies: defineCollection({ loader: loaders.policies, schema: z.custom<Policy>() }),
  references: defineCollection({ loader: loaders.references, schema: z.custom<Reference>() }),
  vocabularies: defineCollection({ loader: loaders.vocabularies, schema: z.custom<VocabularyEntry>() }),
  clauses: defineCollection({ loader: loaders.clauses, schema: z.custom<ClauseData>() }),
};
