/**
 * Where headings and paragraphs end in a text whose headings run into the text: the rules
 * that find a policy's title, a part's title and the closing paragraph. Pure functions, so
 * that each rule is tested on its own with headings that are not in the 2018 policy.
 */

import { KIND_ALTERNATION, SELF_REFERENCE } from '../text/document-kinds';

/**
 * A policy title at the start of a text: issuers, 关于, the subject and the kind of document
 * (…关于…的若干意见). The subject is matched lazily: the title ends at the first kind word.
 */
export const TITLE_PATTERN = new RegExp(
  `^[^。，；：\\n]{0,60}?关于[^。；：\\n]+?的(?:若干|实施|暂行|补充|指导)?(?:${KIND_ALTERNATION})`,
  'u',
);

/**
 * Words that open the first sentence of a part's intro. A part heading is a noun phrase
 * (构建…体系，明确…目标); its intro opens with a verb or a preposition (坚持, 围绕, 以…为, 按照).
 */
const OPENERS =
  /^(?:坚持|围绕|以(?![上下及来后前外内])|按照|根据|为(?:了|贯彻|加快|推动|进一步|深入)|通过|到\d|力争|立足|聚焦|紧扣|紧紧|贯彻|深入|全面|着力|大力|积极|加快|推动|推进|加强|强化|实施|鼓励|支持|建立|完善|充分|进一步|各地|各级|依托)/u;

/** The stricter openers used when a heading has no comma to measure parallelism by. */
const STRONG_OPENERS =
  /^(?:坚持|围绕|以[^，。]{1,30}为|按照|根据|为(?:了|贯彻|加快|推动|进一步|深入)|通过|到\d|力争|立足|聚焦|紧扣|紧紧|依托)/u;

/** Whether an intro sentence plausibly opens at `at`. */
function opensAt(text: string, at: number, strong = false): boolean {
  return (strong ? STRONG_OPENERS : OPENERS).test(text.slice(at));
}

/**
 * Splits a part heading that runs into its intro ("构建高能级产业体系，明确高质量发展目标坚持…").
 *
 * The rule, in order:
 * 1. A line break inside the first sentence ends the title (the source set it on its own line).
 * 2. Parallel structure: headings of official documents pair phrases of equal length
 *    (构建高能级产业体系 / 明确高质量发展目标, 9 and 9 characters). The first comma-phrase
 *    longer than the first phrase holds the run-in; the title ends where that phrase reaches
 *    the first phrase's length, if an intro opener (坚持, 围绕, 以…, 按照) starts there or
 *    within three characters of it.
 * 3. Without a comma (总体要求坚持以…为指导): the title ends at the first strong opener at
 *    least four characters in.
 * 4. Otherwise the whole first sentence is the title.
 *
 * @param run the text after 一、 up to the first clause heading
 * @param breaks offsets within `run` where the raw text broke the line
 * @returns the length of the title within `run`
 */
export function partTitleLength(run: string, breaks: readonly number[] = []): number {
  const stop = run.indexOf('。') < 0 ? run.length : run.indexOf('。');
  const lineBreak = breaks.find((b) => b >= 2 && b <= stop);
  if (lineBreak !== undefined) return lineBreak;
  const sentence = run.slice(0, stop);
  const phrases = sentence.split('，');
  const first = (phrases[0] ?? '').length;
  let start = 0;
  for (const [m, phrase] of phrases.entries()) {
    if (m > 0 && phrase.length > first) {
      const cut = start + first;
      for (const delta of [0, 1, -1, 2, -2, 3, -3]) {
        const at = cut + delta;
        if (at > start + 1 && at < start + phrase.length && opensAt(sentence, at)) return at;
      }
      break;
    }
    start += phrase.length + 1;
  }
  for (let at = 4; at < first; at++) if (opensAt(sentence, at, true)) return at;
  // With commas but no opener, parallelism alone decides.
  const longer = phrases.findIndex((p, m) => m > 0 && p.length > first);
  if (longer > 0) return phrases.slice(0, longer).join('，').length + 1 + first;
  return sentence.length;
}

/**
 * The sentence that opens a closing paragraph: the document speaking of itself
 * (本意见自印发之日起施行, 本办法由…负责解释) or its term of validity (有效期至…).
 */
const CLOSING_SENTENCE = new RegExp(
  `^(?:${SELF_REFERENCE}[^。]{0,30}?(?:自|起|施行|执行|实施|有效期|解释|废止)|有效期|此前[^。]*与本)`,
  'u',
);

/**
 * Where the closing paragraph starts in the text after the last clause heading: at the first
 * sentence that speaks of the document itself (本意见自…施行, 有效期至…).
 * @returns the offset in `text`, or -1 when the text has no closing
 */
export function closingStart(text: string): number {
  let at = 0;
  while (at < text.length) {
    if (CLOSING_SENTENCE.test(text.slice(at))) return at;
    const end = text.indexOf('。', at);
    if (end < 0) return -1;
    at = end + 1;
    while (/\s/u.test(text[at] ?? '')) at++;
  }
  return -1;
}
