import type { PhrasingContent, Root, Text } from 'mdast';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';

/**
 * A number with what belongs to it: a range (3—5年, 2018—2020年), a sum with its unit (200万元,
 * 1.5亿元), a percentage (15%), a year or a count (2020年, 70家). A line break inside one makes it
 * misread (3— at a line's end, 5年 at the next's start).
 */
const NUMBER =
  /\d+(?:\.\d+)?(?:[—–~～-]\d+(?:\.\d+)?)?(?:%|[万亿]?元|万|亿|[年月日个家项条款倍人次]|平方公里|公里|亩)?/gu;

/**
 * Wraps each number with its unit or range in a span that does not break across lines (class
 * "nowrap"). Text stays text: the spans add no character, so copying, search highlights and the
 * sentence anchors (which run first and wrap whole sentences) read the same words.
 */
export const remarkNumberSpans: Plugin<[], Root> = () => (tree) => {
  visit(tree, 'text', (node: Text, index, parent) => {
    if (!parent || index === undefined || parent.type === 'link') return;
    const parts: PhrasingContent[] = [];
    let last = 0;
    for (const m of node.value.matchAll(NUMBER)) {
      // A bare digit needs no protection; a number with a unit, a range or two digits does.
      if (m[0].length < 2) continue;
      if (m.index > last) parts.push({ type: 'text', value: node.value.slice(last, m.index) });
      parts.push({
        type: 'emphasis',
        children: [{ type: 'text', value: m[0] }],
        data: { hName: 'span', hProperties: { className: ['nowrap'] } },
      });
      last = m.index + m[0].length;
    }
    if (parts.length === 0) return;
    if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
    parent.children.splice(index, 1, ...parts);
    return [SKIP, index + parts.length];
  });
};
