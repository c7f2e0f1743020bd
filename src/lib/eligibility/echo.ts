/** How many characters of a value a message repeats: enough to recognise it, never a whole file. */
export const ECHO_CHARS = 40;

/**
 * Control and format characters (newlines, escape sequences, bidi overrides): written as \u
 * escapes so that an echoed value can neither break a line of stderr, drive the terminal, nor
 * reorder the text around it.
 */
const UNSAFE = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;

/** The first `max` characters (code points, so no surrogate is cut in half) and whether more follow. */
function head(text: string, max: number): { text: string; cut: boolean } {
  // 2 UTF-16 units per code point at most: slicing first keeps the work bounded for any length.
  const points = Array.from(text.slice(0, max * 2 + 1));
  return points.length > max
    ? { text: points.slice(0, max).join(''), cut: true }
    : { text: points.join(''), cut: false };
}

/** Escapes the characters that must not reach a terminal or a page as they are. */
function escapeUnsafe(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`);
}

/**
 * A piece of user text for a message, without quotes: at most `max` characters then `…`,
 * control characters escaped (file paths, JSON keys).
 */
export function echoText(text: string, max = ECHO_CHARS): string {
  const { text: start, cut } = head(text, max);
  return `${escapeUnsafe(start)}${cut ? '…' : ''}`;
}

/**
 * A value as received, for messages: strings in double quotes, other JSON values as JSON, a
 * number too large for JSON's range as such. Shortened to `max` characters with `…` and
 * escaped like echoText, whatever the size of the input.
 */
export function echo(value: unknown, max = ECHO_CHARS): string {
  if (typeof value === 'string') {
    const { text, cut } = head(value, max);
    // JSON.stringify quotes and escapes \" and \\; escapeUnsafe then catches what it leaves (U+2028, bidi).
    return `${escapeUnsafe(JSON.stringify(text))}${cut ? '…' : ''}`;
  }
  if (typeof value === 'number' && Number.isNaN(value)) return 'NaN（不是数字）';
  // JSON.stringify would write null: ±Infinity comes from a literal out of range (1e309).
  if (typeof value === 'number' && !Number.isFinite(value)) return '一个超出数值范围的数';
  let json: string | undefined;
  try {
    json = JSON.stringify(value);
  } catch {
    json = undefined;
  }
  return echoText(json ?? String(value), max);
}
