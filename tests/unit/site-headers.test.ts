import { describe, expect, it } from 'vitest';
import { cspOfHtml, headersFile } from '../../src/lib/site/headers-file';

describe('_headers from the pages’ CSP meta tags', () => {
  it('reads the policy of a page, unescaped and without the trailing semicolon', () => {
    const html = `<head><meta http-equiv="content-security-policy" content="default-src &#39;self&#39;; script-src &#39;self&#39; &#39;sha256-abc=&#39;;"></head>`;
    expect(cspOfHtml(html)).toBe("default-src 'self'; script-src 'self' 'sha256-abc='");
    expect(cspOfHtml('<head></head>')).toBeNull();
  });

  it('writes common headers and one CSP block per page, sorted, with frame-ancestors', () => {
    const text = headersFile([
      { path: '/b/', csp: "default-src 'self'" },
      { path: '/', csp: "default-src 'none'" },
    ]);
    expect(text).toBe(
      [
        '/*',
        '  X-Content-Type-Options: nosniff',
        '  Referrer-Policy: strict-origin-when-cross-origin',
        '',
        '/',
        "  Content-Security-Policy: default-src 'none'; frame-ancestors 'none'",
        '',
        '/b/',
        "  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'",
        '',
      ].join('\n'),
    );
  });
});
