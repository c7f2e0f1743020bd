/**
 * The security headers every response of the site should carry, written once: `_headers`
 * (headers-file.ts) and the server configurations (server-config.ts) are made from this list.
 * Each page's Content-Security-Policy is in its meta tag (Astro hashes the page's scripts and
 * styles into it); what a meta tag cannot do is here.
 */

/** A response header: its name and its value. */
export interface SecurityHeader {
  name: string;
  value: string;
}

/** The CSP directive that only works as a header: no other site may frame these pages (clickjacking). */
export const FRAME_ANCESTORS = "frame-ancestors 'none'";

/** Headers every response gets, whatever its path. */
export const COMMON_HEADERS: readonly SecurityHeader[] = [
  /** Browsers take a file for the type the server says, never for what it looks like. */
  { name: 'X-Content-Type-Options', value: 'nosniff' },
  /** Other sites learn the origin of a link followed from here, not the page's address. */
  { name: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
];

/**
 * What a server that cannot send each page's own policy sends on every response: the common
 * headers and a second policy with frame-ancestors alone. A browser enforces every policy it
 * receives, so the page's meta policy and this one apply together.
 */
export const SERVER_HEADERS: readonly SecurityHeader[] = [
  ...COMMON_HEADERS,
  { name: 'Content-Security-Policy', value: FRAME_ANCESTORS },
];
