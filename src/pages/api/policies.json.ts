/** /api/policies.json: see src/lib/site/api.ts for the contract. */
import { knowledgeBase } from '../../loaders/knowledge-base';
import { policiesJson } from '../../lib/site/api';
import { buildDate } from '../../lib/site/build-date';
import { jsonResponse } from '../../lib/site/respond';

/** Built once, at build time; the status is the one on the build date. */
export async function GET(): Promise<Response> {
  return jsonResponse(policiesJson(await knowledgeBase(), buildDate()));
}
