/** /api/awards.json: see src/lib/site/api.ts for the contract. */
import { knowledgeBase } from '../../loaders/knowledge-base';
import { awardsJson } from '../../lib/site/api';
import { buildDate } from '../../lib/site/build-date';
import { jsonResponse } from '../../lib/site/respond';

/** Built once, at build time. */
export async function GET(): Promise<Response> {
  return jsonResponse(awardsJson(await knowledgeBase(), buildDate()));
}
