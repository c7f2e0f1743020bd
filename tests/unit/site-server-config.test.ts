import { describe, expect, it } from 'vitest';
import { headersFile } from '../../src/lib/site/headers-file';
import { COMMON_HEADERS, FRAME_ANCESTORS, SERVER_HEADERS } from '../../src/lib/site/security-headers';
import {
  apacheConfig,
  caddyConfig,
  nginxConfig,
  SERVER_CONFIG_FILES,
  serverConfigs,
} from '../../src/lib/site/server-config';

/** The headers a configuration sets, read back as each server reads its lines (comments aside). */
const readers: Record<string, (text: string) => [string, string][]> = {
  [SERVER_CONFIG_FILES.nginx]: (text) =>
    [...text.matchAll(/^add_header ([\w-]+) "([^"]*)" always;$/gm)].map((m) => [m[1] ?? '', m[2] ?? '']),
  [SERVER_CONFIG_FILES.caddy]: (text) => {
    const block = /^header \{\n([\s\S]*?)\n\}$/m.exec(text)?.[1] ?? '';
    return [...block.matchAll(/^\t([\w-]+) "([^"]*)"$/gm)].map((m) => [m[1] ?? '', m[2] ?? '']);
  },
  [SERVER_CONFIG_FILES.apache]: (text) =>
    [...text.matchAll(/^ {4}Header always set ([\w-]+) "([^"]*)"$/gm)].map((m) => [m[1] ?? '', m[2] ?? '']),
  [SERVER_CONFIG_FILES.htaccess]: (text) =>
    [...text.matchAll(/^ {4}Header always set ([\w-]+) "([^"]*)"$/gm)].map((m) => [m[1] ?? '', m[2] ?? '']),
};

/** Lines that are neither comments nor blank: what the server reads. */
const directives = (text: string) => text.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#'));

describe('security headers for nginx, Caddy and Apache', () => {
  const files = serverConfigs();

  it('writes nosniff, the referrer policy and frame-ancestors, one list for every server', () => {
    expect(SERVER_HEADERS.map((h) => `${h.name}: ${h.value}`)).toEqual([
      'X-Content-Type-Options: nosniff',
      'Referrer-Policy: strict-origin-when-cross-origin',
      "Content-Security-Policy: frame-ancestors 'none'",
    ]);
    expect(Object.keys(files).sort()).toEqual(Object.keys(readers).sort());
  });

  for (const [path, read] of Object.entries(readers)) {
    it(`${path} sets every header of the list, with the same value, and nothing else`, () => {
      const text = files[path] ?? '';
      expect(read(text)).toEqual(SERVER_HEADERS.map((h) => [h.name, h.value]));
      // Every line the server reads is one of those headers or the block around them.
      const around = path.endsWith('Caddyfile') ? 2 : path.endsWith('htaccess') ? 2 : 0;
      expect(directives(text)).toHaveLength(SERVER_HEADERS.length + around);
    });
  }

  it('.htaccess is the Apache configuration', () => {
    expect(files[SERVER_CONFIG_FILES.htaccess]).toBe(files[SERVER_CONFIG_FILES.apache]);
  });

  it('_headers carries the same common headers and frame-ancestors on every page', () => {
    const text = headersFile([{ path: '/', csp: "default-src 'self'" }]);
    for (const h of COMMON_HEADERS) expect(text).toContain(`\n  ${h.name}: ${h.value}\n`);
    expect(text).toContain(`Content-Security-Policy: default-src 'self'; ${FRAME_ANCESTORS}\n`);
  });

  it('refuses a value the server would not read as text rather than write it wrong', () => {
    const header = (value: string) => [{ name: 'X-Test', value }];
    expect(() => nginxConfig(header('a $host'))).toThrow(/nginx: the value of X-Test/);
    expect(() => caddyConfig(header('{http.request.host}'))).toThrow(/Caddy/);
    expect(() => apacheConfig(header('%{REMOTE_ADDR}e'))).toThrow(/Apache/);
    expect(() => nginxConfig(header('say "no"'))).toThrow(/nginx/);
    expect(() => caddyConfig(header('two\nlines'))).toThrow(/Caddy/);
    expect(() => apacheConfig([{ name: 'X Bad', value: 'v' }])).toThrow(/not a header name/);
  });
});
