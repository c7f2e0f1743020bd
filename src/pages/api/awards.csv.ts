/** /api/awards.csv: one row per award, UTF-8 with BOM (see src/lib/site/api.ts). */
import { getKnowledgeBase } from '../../lib/kb/index';
import { awardsCsv } from '../../lib/site/api';

/** Built once, at build time. */
export function GET(): Response {
  return new Response(awardsCsv(getKnowledgeBase()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
