/**
 * Paragraphs rebuilt from a hard-wrapped text. Text copied out of a PDF or an e-mail breaks
 * every line at the page's width, in the middle of sentences, amounts (100⏎万元) and document
 * numbers (〔2017〕1⏎02号). A text is hard-wrapped when many of its lines end near one width
 * without closing a sentence; then a line that reaches that width and does not close a
 * sentence continues on the next line, unless the next line starts a numbered heading. Lines
 * of a text that is not wrapped are left as they are. The joined line keeps the position of
 * its first line.
 */
import { markerAt } from './markers';
import type { LineNode } from './tree';

/**
 * Punctuation that closes a sentence, a clause or a heading's lead-in; a line that ends with a
 * heading's marker (…支撑。（五）) closes nothing: the heading's text is on the next line.
 */
const CLOSES = /(?<!（[一二三四五六七八九十百零\d]{0,4})[。；！？：”）」』]$/u;

/** A line that starts with a date: a passage line (2016年10月26日…通过, 根据2021年…修正), never a continuation. */
const DATED = /^(?:根据)?\d{4}年\d{1,2}月\d{1,2}日/u;

/** The width of a line as a page sets it: a CJK character takes two columns, ASCII one. */
export function displayWidth(line: string): number {
  let w = 0;
  for (const ch of line) w += (ch.codePointAt(0) ?? 0) > 0xff ? 2 : 1;
  return w;
}

/** The narrowest wrap the rule accepts: 25 CJK characters, wider than nearly every heading. */
const MIN_WRAP = 50;

/** How far a wrapped line may fall short of the width: a character that did not fit, half-width digits. */
const SLACK = 0.15;

/**
 * The width a text is wrapped at, or null when it is not hard-wrapped: the median width of the
 * long lines that end without closing a sentence, when there are at least 4 of them, they are a
 * fifth of the long lines, most of them lie within 15% of the median, and the median is wider
 * than a heading (headings alone on their lines end without 。 too, but vary in width).
 */
export function wrapWidth(lines: readonly string[]): number | null {
  const long = lines.map(displayWidth).filter((w) => w >= 20);
  const open = lines
    .filter((l) => !CLOSES.test(l))
    .map(displayWidth)
    .filter((w) => w >= 20)
    .sort((a, b) => a - b);
  if (open.length < 4 || open.length < long.length / 5) return null;
  const median = open[Math.floor(open.length / 2)] ?? 0;
  const near = open.filter((w) => Math.abs(w - median) <= median * SLACK).length;
  return median >= MIN_WRAP && near >= open.length * 0.6 ? median : null;
}

/** Joins hard-wrapped lines into paragraphs (see the file's comment). */
export function unwrapLines(lines: readonly LineNode[]): LineNode[] {
  const width = wrapWidth(lines.map((l) => l.value));
  if (width === null) return [...lines];
  const out: LineNode[] = [];
  let open = false;
  for (const line of lines) {
    const last = out[out.length - 1];
    if (open && last && markerAt(line.value) === null && !DATED.test(line.value)) {
      last.value += line.value;
      if (last.position && line.position) last.position.end = line.position.end;
    } else out.push({ ...line, position: line.position && { ...line.position } });
    open = displayWidth(line.value) >= width * (1 - SLACK) && !CLOSES.test(line.value);
  }
  return out;
}
