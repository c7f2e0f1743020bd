/**
 * The policy text as one string with the places where the source broke lines. Headings that
 * run into the text are found in the joined string; the breaks come back as paragraph breaks
 * (a blank line) inside the bodies, intros and paragraphs cut from it.
 */

/** A joined text and the offsets where the source started a new line. */
export interface Joined {
  /** The lines, joined without separator. */
  text: string;
  /** Offsets in `text` where a line other than the first starts. */
  breaks: number[];
}

/** Joins lines, keeping where each started. */
export function joinLines(lines: readonly string[]): Joined {
  let text = '';
  const breaks: number[] = [];
  for (const l of lines) {
    if (text !== '') breaks.push(text.length);
    text += l;
  }
  return { text, breaks };
}

/** The text between two offsets, with a blank line wherever the source broke a line inside it. */
export function paragraphs(joined: Joined, from: number, to: number): string {
  let out = '';
  let at = from;
  for (const b of joined.breaks) {
    if (b <= from || b >= to) continue;
    out += `${joined.text.slice(at, b).trim()}\n\n`;
    at = b;
  }
  return (out + joined.text.slice(at, to).trim()).trim();
}
