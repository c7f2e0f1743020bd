/** /api/awards.csv: one row per award, UTF-8 with BOM, Chinese headers (see src/lib/site/awards-csv.ts). */
import type { APIContext } from 'astro';
import { getKnowledgeBase } from '../../lib/kb/index';
import { awardsCsv } from '../../lib/site/api';
import { buildDate } from '../../lib/site/build-date';

/** Built once, at build time; links are absolute when the site's address (SITE_URL) is known. */
export function GET({ site }: APIContext): Response {
  return new Response(awardsCsv(getKnowledgeBase(), buildDate(), site?.href), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
}
