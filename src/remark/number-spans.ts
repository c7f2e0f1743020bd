import type { Emphasis, Root } from 'mdast';
import { findAndReplace } from 'mdast-util-find-and-replace';
import type { Plugin } from 'unified';

/**
 * A number with what belongs to it: a range (3—5年, 2018—2020年), a sum with its unit (200万元,
 * 1.5亿元), a percentage (15%), a year or a count (2020年, 70家). A line break inside one makes it
 * misread (3— at a line's end, 5年 at the next's start).
 */
const NUMBER =
  /\d+(?:\.\d+)?(?:[—–~～-]\d+(?:\.\d+)?)?(?:%|[万亿]?元|万|亿|[年月日个家项条款倍人次]|平方公里|公里|亩)?/gu;

/** A span that keeps `value` on one line: an mdast node that remark-rehype turns into <span class="nowrap">. */
function nowrap(value: string): Emphasis {
  return {
    type: 'emphasis',
    children: [{ type: 'text', value }],
    data: { hName: 'span', hProperties: { className: ['nowrap'] } },
  };
}

/**
 * Wraps each number with its unit or range in a span that does not break across lines (class
 * "nowrap"). Text stays text: the spans add no character, so copying, search highlights and the
 * sentence anchors (which run first and wrap whole sentences) read the same words. Numbers inside
 * links are left alone: a 文号 stays one link.
 */
export const remarkNumberSpans: Plugin<[], Root> = () => (tree) => {
  findAndReplace(
    tree,
    // A bare digit needs no protection (false: no match); a number with a unit, a range or two digits does.
    [NUMBER, (value: string) => (value.length < 2 ? false : nowrap(value))],
    { ignore: ['link', 'linkReference'] },
  );
};
