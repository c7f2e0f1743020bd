/** /api/clauses.json: see src/lib/site/api.ts for the contract. */
import { knowledgeBase } from '../../loaders/knowledge-base';
import { clausesJson } from '../../lib/site/api';
import { jsonResponse } from '../../lib/site/respond';

/** Built once, at build time. */
export async function GET(): Promise<Response> {
  return jsonResponse(clausesJson(await knowledgeBase()));
}
