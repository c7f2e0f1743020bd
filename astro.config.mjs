// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { contentGuard } from './src/integrations/content-guard.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { validateContent } from './src/lib/validate/index.ts';
import { remarkCitationLinks } from './src/remark/citation-links.ts';
import { remarkSentenceAnchors } from './src/remark/sentence-anchors.ts';
import { urls } from './src/lib/kb/urls.ts';

// Content is validated once, here: the guard stops the build on any problem before a page is
// written, and the citation plugin links to the references that validation loaded.
const { kb, issues } = validateContent(process.cwd());

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  trailingSlash: 'always',
  integrations: [contentGuard(issues), sitemap(), pagefindIndex()],
  markdown: {
    processor: unified({
      // SmartyPants would turn the text's quotes and dashes into other characters.
      smartypants: false,
      gfm: false,
      remarkPlugins: [
        remarkSentenceAnchors,
        [remarkCitationLinks, { references: kb.references.map((r) => r.data), href: urls.reference }],
      ],
    }),
  },
  server: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
});
