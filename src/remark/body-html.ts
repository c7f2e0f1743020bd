/**
 * A provision's text as HTML, for pages that show many provisions at once (the policy's full
 * text). It goes through the plugins of the provision's own page (plugins.ts), so both pages
 * render one body the same way; only its ids take a prefix, to stay unique on the page.
 */
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { LinkableReference } from './citation-links';
import type { PinpointLinkOptions } from './pinpoint-links';
import { provisionRehypePlugins, provisionRemarkPlugins } from './plugins';
import { citationHref } from '../lib/kb/citation-href';

/**
 * Renders Markdown `body` as its provision's page does: 款 and 项 anchors, sentence anchors,
 * the declared citations linked, numbers kept with their units.
 * @param references every document that may be cited
 * @param idPrefix put before every id of the body (see lib/site/anchors.ts bodyIdPrefix)
 * @param pinpoints the pinpoints of a run of its text that land in the base (lib/citations/targets.ts pinpointSpans)
 */
export function clauseHtml(
  body: string,
  citations: readonly { ref: string; provision?: number | undefined }[],
  references: readonly (LinkableReference & { policy: string | null })[],
  idPrefix?: string,
  pinpoints?: PinpointLinkOptions['pinpoints'],
): string {
  // The citation plugin reads the declared citations where Astro puts frontmatter.
  const file = { value: body, data: { astro: { frontmatter: { citations } } } };
  const options = { references, href: citationHref(references), idPrefix, pinpoints };
  // remark-parse alone is CommonMark, as Astro's processor with gfm and smartypants off (plugins.ts).
  const processor = unified()
    .use(remarkParse)
    .use(provisionRemarkPlugins(options))
    .use(remarkRehype)
    .use(provisionRehypePlugins(options))
    .use(rehypeStringify);
  return String(processor.processSync(file));
}
