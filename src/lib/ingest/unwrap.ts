/**
 * Paragraphs rebuilt from a hard-wrapped text. Text copied out of a PDF or an e-mail breaks
 * every line at the page's width, in the middle of sentences, amounts (100⏎万元) and document
 * numbers (〔2017〕1⏎02号). A text is hard-wrapped when many of its lines end at one width
 * without closing a sentence; then a line that reaches that width and does not close a
 * sentence continues on the next line, unless the next line starts a numbered heading. Lines
 * of a text that is not wrapped are left as they are. The joined line keeps the position of
 * its first line.
 */
import { markerAt } from './markers';
import type { LineNode } from './tree';

/** Punctuation that closes a sentence, a clause or a heading's lead-in. */
const CLOSES = /[。；！？：”）」』]$/u;

/** The width of a line as a page sets it: a CJK character takes two columns, ASCII one. */
export function displayWidth(line: string): number {
  let w = 0;
  for (const ch of line) w += (ch.codePointAt(0) ?? 0) > 0xff ? 2 : 1;
  return w;
}

/**
 * The width a text is wrapped at, or null when it is not hard-wrapped: the most common width
 * of the lines that end without closing a sentence, when at least 4 lines and a fifth of the
 * long lines end there (within a few columns: a full-width character or a number may not fit).
 */
export function wrapWidth(lines: readonly string[]): number | null {
  const open = lines.filter((l) => !CLOSES.test(l)).map(displayWidth);
  const counts = new Map<number, number>();
  for (const w of open) if (w >= 20) for (const d of [0, 1, 2, 3]) counts.set(w + d, (counts.get(w + d) ?? 0) + 1);
  let best: [number, number] = [0, 0];
  for (const [w, n] of counts) if (n > best[1] || (n === best[1] && w < best[0])) best = [w, n];
  const long = lines.filter((l) => displayWidth(l) >= 20).length;
  return best[1] >= 4 && best[1] >= long / 5 ? best[0] : null;
}

/** Joins hard-wrapped lines into paragraphs (see the file's comment). */
export function unwrapLines(lines: readonly LineNode[]): LineNode[] {
  const width = wrapWidth(lines.map((l) => l.value));
  if (width === null) return [...lines];
  const out: LineNode[] = [];
  let open = false;
  for (const line of lines) {
    const last = out[out.length - 1];
    if (open && last && markerAt(line.value) === null) {
      last.value += line.value;
      if (last.position && line.position) last.position.end = line.position.end;
    } else out.push({ ...line, position: line.position && { ...line.position } });
    open = displayWidth(line.value) >= width - 4 && !CLOSES.test(line.value);
  }
  return out;
}
