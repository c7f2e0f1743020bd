/**
 * The `_headers` file that static hosts (Netlify, Cloudflare Pages) read: the same
 * Content-Security-Policy as each page's meta tag, sent as a header, where it also covers
 * what a meta tag cannot (frame-ancestors).
 */
import { COMMON_HEADERS, FRAME_ANCESTORS } from './security-headers';

/** A built page and the policy its meta tag states. */
export interface PagePolicy {
  /** Site path, e.g. /policies/hz-2018-manufacturing/16/. */
  path: string;
  /** The content of its CSP meta tag. */
  csp: string;
}

/** Reads the CSP meta tag of a built HTML page, or null when it has none. */
export function cspOfHtml(html: string): string | null {
  const m = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html);
  return m
    ? (m[1] as string)
        .replace(/&#39;/g, "'")
        .replace(/&quot;/g, '"')
        .trim()
        .replace(/;$/, '')
    : null;
}

/** Writes the `_headers` file: common headers for all paths, then each page's CSP. */
export function headersFile(pages: readonly PagePolicy[]): string {
  const blocks = [['/*', ...COMMON_HEADERS.map((h) => `${h.name}: ${h.value}`)]];
  for (const p of [...pages].sort((a, b) => a.path.localeCompare(b.path))) {
    blocks.push([p.path, `Content-Security-Policy: ${p.csp}; ${FRAME_ANCESTORS}`]);
  }
  return `${blocks.map((lines) => lines.map((l, i) => (i === 0 ? l : `  ${l}`)).join('\n')).join('\n\n')}\n`;
}
