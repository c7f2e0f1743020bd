/** /api/clauses.json: see src/lib/site/api.ts for the contract. */
import { getKnowledgeBase } from '../../lib/kb/index';
import { clausesJson } from '../../lib/site/api';
import { jsonResponse } from '../../lib/site/respond';

/** Built once, at build time. */
export function GET(): Response {
  return jsonResponse(clausesJson(getKnowledgeBase()));
}
