/**
 * /sitemap.xml, where crawlers and people look first: a sitemap index pointing at the file
 * that @astrojs/sitemap writes (sitemap-0.xml; one file holds up to 45,000 pages).
 */
import type { APIContext } from 'astro';

/** Built once, at build time, for the configured site URL. */
export function GET({ site }: APIContext): Response {
  const base = site ?? new URL('http://localhost:4321/');
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>${new URL('/sitemap-0.xml', base).href}</loc></sitemap></sitemapindex>\n`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
