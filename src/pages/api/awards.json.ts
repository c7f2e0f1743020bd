/** /api/awards.json: see src/lib/site/api.ts for the contract. */
import { getKnowledgeBase } from '../../lib/kb/index';
import { awardsJson } from '../../lib/site/api';
import { jsonResponse } from '../../lib/site/respond';

/** Built once, at build time. */
export function GET(): Response {
  return jsonResponse(awardsJson(getKnowledgeBase()));
}
