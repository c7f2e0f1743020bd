import type { Link, Parent, PhrasingContent, Root, Text } from 'mdast';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import type { PinpointSpan } from '../lib/citations/targets';

export type { PinpointSpan };

/** Options of remarkPinpointLinks. */
export interface PinpointLinkOptions {
  /** The pinpoints of a run of text that land in the base (CitationTargets.linksIn, bound to the citing provision). */
  pinpoints: (text: string) => readonly PinpointSpan[];
}

/** The link around a pinpoint's words. */
function pinpointLink(value: string, span: PinpointSpan): Link {
  return {
    type: 'link',
    url: span.url,
    title: span.note ? `${span.label}（${span.note}）` : span.label,
    children: [{ type: 'text', value }],
    data: { hProperties: { className: span.note ? ['pinpoint', 'other-version'] : ['pinpoint'] } },
  };
}

/** The version note after a pinpoint link: shown, and left out of the search index. */
function versionNote(note: string): PhrasingContent {
  return {
    type: 'emphasis',
    children: [{ type: 'text', value: `（${note}）` }],
    data: { hName: 'small', hProperties: { className: ['version-note'], dataPagefindIgnore: '' } },
  };
}

/**
 * Links each pinpoint of a provision's text (《…》第十四条第二款, 本条例第十六条, 本条第一款) to the
 * article it names and the paragraph or item anchor there. A pinpoint into a later version of the
 * cited document than the citing one is followed by its version note. Words inside a link stay as they are.
 */
export const remarkPinpointLinks: Plugin<[Readonly<PinpointLinkOptions>], Root> = (options) => (tree) => {
  visit(tree, 'text', (node: Text, index, parent: Parent | undefined) => {
    if (!parent || index === undefined || parent.type === 'link') return;
    const spans = options.pinpoints(node.value).filter((s) => s.end > s.at);
    if (spans.length === 0) return;
    const out: PhrasingContent[] = [];
    let pos = 0;
    for (const s of spans) {
      if (s.at < pos) continue;
      if (s.at > pos) out.push({ type: 'text', value: node.value.slice(pos, s.at) });
      out.push(pinpointLink(node.value.slice(s.at, s.end), s));
      if (s.note) out.push(versionNote(s.note));
      pos = s.end;
    }
    if (pos < node.value.length) out.push({ type: 'text', value: node.value.slice(pos) });
    (parent.children as PhrasingContent[]).splice(index, 1, ...out);
    return [SKIP, index + out.length];
  });
};
