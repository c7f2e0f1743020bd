// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { cspHeaders } from './src/integrations/csp-headers.ts';
import { buildLock } from './src/integrations/build-lock.ts';

// Content is read, validated and rendered by the content loaders (src/loaders/content.ts), which
// stop the build on any problem before a page is written.

// The public address, when the site has one: a sitemap lists absolute URLs, and one that named
// localhost would be wrong wherever the site is served, so without SITE_URL there is none.
const site = process.env.SITE_URL || undefined;

export default defineConfig({
  ...(site ? { site } : {}),
  trailingSlash: 'always',
  integrations: [buildLock(), ...(site ? [sitemap()] : []), pagefindIndex(), cspHeaders()],
  // Provision texts hold no code, and Shiki's inline styles would break the CSP below (Astro warns
  // of it at every build while Shiki is on). The loaders render the bodies (src/loaders/content.ts).
  markdown: { syntaxHighlight: false },
  // Only the site's own scripts and styles run (Astro hashes them into a CSP meta tag on every
  // page); 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly, and nothing loads from
  // another host.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  // A rebuild copies the provision pages whose key (lib/site/page-keys.ts) and code are unchanged
  // from the last build rather than render them: adding a policy renders that policy's pages.
  experimental: { incrementalBuild: true },
  server: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
});
