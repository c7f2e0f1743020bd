/**
 * The Markdown plugins of a provision's body, defined once and run by body-html.ts: the clauses'
 * loader (src/loaders/content.ts) renders each provision's page body with them, and the policy's
 * full text renders each body with the same, so the two pages show one body the same way. A body
 * is plain CommonMark (src/lib/validate/safe-markup.ts), with neither GFM nor SmartyPants, which
 * would turn the text's quotes and dashes into other characters.
 */
import type { RehypePlugin, RemarkPlugin } from '@astrojs/markdown-remark';
import { remarkCitationLinks, type CitationLinkOptions } from './citation-links';
import { rehypeIdPrefix } from './id-prefix';
import { remarkNumberSpans } from './number-spans';
import { remarkPinpointLinks, type PinpointLinkOptions } from './pinpoint-links';
import { remarkProvisionAnchors } from './provision-anchors';
import { remarkSentenceAnchors } from './sentence-anchors';

/** A plugin, alone or with its options, as both Astro and unified's use() take it. */
type Entry<P> = P | [P, unknown];

/** Options of the provision body's plugins. */
export interface ProvisionMarkdownOptions extends CitationLinkOptions {
  /**
   * Put before every id the body's anchors get (para-1, item-3, s1 …). None on the provision's
   * own page; on a page that shows many provisions, one per provision keeps the ids unique.
   */
  idPrefix?: string | undefined;
  /** The pinpoints of a run of the body's text that land in the base; none are linked without it. */
  pinpoints?: PinpointLinkOptions['pinpoints'] | undefined;
}

/** The remark plugins, in the order they run. */
export function provisionRemarkPlugins(options: Readonly<ProvisionMarkdownOptions>): Entry<RemarkPlugin>[] {
  return [
    remarkProvisionAnchors,
    remarkSentenceAnchors,
    // Before the citation links: a pinpoint's words (第十四条第二款) are outside the title's link.
    ...(options.pinpoints
      ? [[remarkPinpointLinks, { pinpoints: options.pinpoints } satisfies PinpointLinkOptions] as Entry<RemarkPlugin>]
      : []),
    [remarkCitationLinks, { references: options.references, href: options.href } satisfies CitationLinkOptions],
    // After the citation links: a 文号's year must stay inside its link's text.
    remarkNumberSpans,
  ];
}

/** The rehype plugins, in the order they run. */
export function provisionRehypePlugins(options: Readonly<ProvisionMarkdownOptions>): Entry<RehypePlugin>[] {
  return options.idPrefix ? [[rehypeIdPrefix, { prefix: options.idPrefix }]] : [];
}
