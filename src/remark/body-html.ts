/**
 * A provision's text as HTML with its citations linked, for pages that show many provisions at once
 * (the policy's full text). The clause page renders through Astro with sentence anchors; here
 * the anchors are left out because ids s1, s2 … would repeat for every clause of the page.
 */
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { remarkCitationLinks, type LinkableReference } from './citation-links';
import { citationHref } from '../lib/kb/citation-href';

/**
 * Renders Markdown `body` with its declared citations linked.
 * @param references every document that may be cited
 */
export function clauseHtml(
  body: string,
  citations: readonly { ref: string; provision?: number | undefined }[],
  references: readonly (LinkableReference & { policy: string | null })[],
): string {
  // The plugin reads the declared citations where Astro puts frontmatter.
  const file = { value: body, data: { astro: { frontmatter: { citations } } } };
  const processor = unified()
    .use(remarkParse)
    .use(remarkCitationLinks, { references, href: citationHref(references) })
    .use(remarkRehype)
    .use(rehypeStringify);
  return String(processor.processSync(file));
}
