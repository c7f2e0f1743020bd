/** /api/policies.json: see src/lib/site/api.ts for the contract. */
import { getKnowledgeBase } from '../../lib/kb/index';
import { policiesJson } from '../../lib/site/api';
import { buildDate } from '../../lib/site/build-date';
import { jsonResponse } from '../../lib/site/respond';

/** Built once, at build time; the status is the one on the build date. */
export function GET(): Response {
  return jsonResponse(policiesJson(getKnowledgeBase(), buildDate()));
}
