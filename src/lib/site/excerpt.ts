/**
 * The opening words of a provision's text, by which an article without a caption is known in a
 * list or a table of contents (第一条 为了促进数字经济发展……): whitespace dropped, cut at `max`
 * characters (code points, so that no character is split) with …… when cut.
 */
export function openingWords(text: string, max: number): string {
  const chars = Array.from(text.replace(/\s+/gu, ''));
  return chars.length > max ? `${chars.slice(0, max).join('')}……` : chars.join('');
}
