import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { loadVocabularies, vocabularyNames } from './lib/content/load';
import { ClauseSchema } from './schemas/clause';

// Vocabulary problems are reported by the content guard; here an unknown name just fails the enum.
const names = vocabularyNames(loadVocabularies(process.cwd(), []));

/** Clause files; the body is rendered with the remark plugins of astro.config.mjs. */
const clauses = defineCollection({
  loader: glob({ pattern: '**/*.md', base: './content/clauses' }),
  schema: ClauseSchema(names),
});

export const collections = { clauses };
