/**
 * The search records of the build, for the Pagefind integration (src/integrations/pagefind.ts),
 * which indexes them once the pages are written and then deletes this file: the integration runs
 * outside the pages' module graph, and reads the knowledge base through this page rather than
 * validating content/ a second time.
 */
import { knowledgeBase } from '../loaders/knowledge-base';
import { buildSearchRecords } from '../lib/search/records';
import { buildDate } from '../lib/site/build-date';
import { jsonResponse } from '../lib/site/respond';

/** Built once, at build time. */
export async function GET(): Promise<Response> {
  return jsonResponse(buildSearchRecords(await knowledgeBase(), buildDate()));
}
