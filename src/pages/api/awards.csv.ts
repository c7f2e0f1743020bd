/** /api/awards.csv: one row per award, UTF-8 with BOM, Chinese headers (see src/lib/site/awards-csv.ts). */
import type { APIContext } from 'astro';
import { knowledgeBase } from '../../loaders/knowledge-base';
import { awardsCsv } from '../../lib/site/api';
import { buildDate } from '../../lib/site/build-date';

/** Built once, at build time; links are absolute when the site's address (SITE_URL) is known. */
export async function GET({ site }: APIContext): Promise<Response> {
  return new Response(awardsCsv(await knowledgeBase(), buildDate(), site?.href), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
}
