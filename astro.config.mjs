// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { contentGuard } from './src/integrations/content-guard.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { cspHeaders } from './src/integrations/csp-headers.ts';
import { buildLock } from './src/integrations/build-lock.ts';
import { referenceStore } from './src/integrations/reference-store.ts';
import { validateContent } from './src/lib/validate/index.ts';
import { shareValidatedContent } from './src/lib/kb/index.ts';
import { provisionMarkdown } from './src/remark/plugins.ts';
import { citationHref } from './src/lib/kb/citation-href.ts';

// Content is validated once, here: the guard stops the build on any problem before a page is
// written, and the citation plugin links to the references that validation loaded.
const { kb, issues } = validateContent(process.cwd());
if (issues.length === 0) shareValidatedContent(kb);

// The public address, when the site has one: a sitemap lists absolute URLs, and one that named
// localhost would be wrong wherever the site is served, so without SITE_URL there is none.
const site = process.env.SITE_URL || undefined;

export default defineConfig({
  ...(site ? { site } : {}),
  trailingSlash: 'always',
  integrations: [
    buildLock(),
    contentGuard(issues),
    referenceStore(),
    ...(site ? [sitemap()] : []),
    pagefindIndex(),
    cspHeaders(),
  ],
  markdown: {
    // Clause texts hold no code; Shiki's inline styles would also break the CSP below.
    syntaxHighlight: false,
    // The plugins of src/remark/plugins.ts, which the policy's full text renders each body with too.
    processor: unified(
      provisionMarkdown({
        // A function, so that Astro's config hash leaves references out (see reference-store.ts).
        references: () => kb.references.map((r) => r.data),
        href: citationHref(kb.references.map((r) => r.data)),
      }),
    ),
  },
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
