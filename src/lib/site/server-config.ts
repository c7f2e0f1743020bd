/**
 * The security headers of security-headers.ts as configuration for the common web servers, for
 * hosts that ignore `_headers`: nginx (add_header), Caddy (a header block), Apache (Header set,
 * also as dist/.htaccess, read where AllowOverride permits). Written into dist/ by the build.
 */
import { SERVER_HEADERS, type SecurityHeader } from './security-headers';

/** Where each file goes, relative to dist/. */
export const SERVER_CONFIG_FILES = {
  nginx: 'server-config/nginx.conf',
  caddy: 'server-config/Caddyfile',
  apache: 'server-config/apache.htaccess',
  htaccess: '.htaccess',
} as const;

/** What every file says first: where it comes from and what it leaves to the page. */
const ORIGIN = [
  '# Security headers of 政策库, written by the build from src/lib/site/security-headers.ts: edit that file, not this one.',
  "# Each page's own Content-Security-Policy is in its <meta> tag; the policy here adds frame-ancestors,",
  '# which only works as a header. Browsers enforce both. Check with: curl -sI https://<site>/ | grep -i -e content-security -e nosniff',
];

/**
 * A header value in double quotes, refusing what the server would read as more than text
 * (a quote or backslash anywhere; `$` variables in nginx, `{…}` placeholders in Caddy, `%{…}`
 * in Apache; line breaks): such a value must be written by hand, not generated wrong.
 */
function quoted(h: SecurityHeader, server: string, special: RegExp): string {
  if (/["\\\p{Cc}]/u.test(h.value) || special.test(h.value))
    throw new Error(
      `${server}: the value of ${h.name} (${h.value}) holds a character the server would not read as text`,
    );
  if (!/^[A-Za-z0-9-]+$/.test(h.name)) throw new Error(`${server}: ${h.name} is not a header name`);
  return `"${h.value}"`;
}

/** nginx: add_header lines for the server block; `always` sends them with error pages too. */
export function nginxConfig(headers: readonly SecurityHeader[] = SERVER_HEADERS): string {
  return [
    ...ORIGIN,
    '# nginx: include it in the server block that serves dist/, and in every location block with add_header',
    "# lines of its own (nginx then ignores the server block's):  include /path/to/dist/server-config/nginx.conf;",
    ...headers.map((h) => `add_header ${h.name} ${quoted(h, 'nginx', /\$/)} always;`),
    '',
  ].join('\n');
}

/** Caddy: a header block for the site block. */
export function caddyConfig(headers: readonly SecurityHeader[] = SERVER_HEADERS): string {
  return [
    ...ORIGIN,
    '# Caddy: import it inside the site block that serves dist/:  import /path/to/dist/server-config/Caddyfile',
    'header {',
    ...headers.map((h) => `\t${h.name} ${quoted(h, 'Caddy', /[{}`]/)}`),
    '}',
    '',
  ].join('\n');
}

/** Apache: Header set lines (mod_headers), for the server configuration or a .htaccess. */
export function apacheConfig(headers: readonly SecurityHeader[] = SERVER_HEADERS): string {
  return [
    ...ORIGIN,
    '# Apache: needs mod_headers (a2enmod headers). dist/.htaccess holds the same lines and applies where',
    '# AllowOverride includes FileInfo; otherwise put them in the <Directory> or <VirtualHost> that serves dist/.',
    '<IfModule mod_headers.c>',
    ...headers.map((h) => `    Header always set ${h.name} ${quoted(h, 'Apache', /%/)}`),
    '</IfModule>',
    '',
  ].join('\n');
}

/** Every file, by its path under dist/. */
export function serverConfigs(headers: readonly SecurityHeader[] = SERVER_HEADERS): Record<string, string> {
  const apache = apacheConfig(headers);
  return {
    [SERVER_CONFIG_FILES.nginx]: nginxConfig(headers),
    [SERVER_CONFIG_FILES.caddy]: caddyConfig(headers),
    [SERVER_CONFIG_FILES.apache]: apache,
    [SERVER_CONFIG_FILES.htaccess]: apache,
  };
}
