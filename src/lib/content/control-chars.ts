import type { ContentIssue } from './issue';
import { formatPath } from './zod-issues';

/**
 * Characters that no policy text contains and that must not reach a page: C0 controls but tab
 * and line feed (a carriage return only as part of CRLF), DEL and the C1 controls, the Unicode
 * line and paragraph separators, and the bidirectional controls that reorder what a reader sees
 * (U+202A–202E, U+2066–2069, and the marks U+200E, U+200F, U+061C). They are invisible in most
 * editors, come in with text pasted from PDFs and web pages, and would be copied as they are into
 * `<meta name="description">`, the JSON API and the search index.
 */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]|\r(?!\n)/gu;

/** Readable names of the characters a reader is most likely to meet. */
const NAMES: Readonly<Record<number, string>> = {
  0x00: 'NUL', 0x08: 'backspace', 0x0b: 'vertical tab', 0x0c: 'form feed', 0x0d: 'carriage return without a line feed',
  0x1b: 'escape', 0x7f: 'delete', 0x85: 'next line',
  0x2028: 'line separator', 0x2029: 'paragraph separator',
  0x202a: 'left-to-right embedding', 0x202b: 'right-to-left embedding', 0x202c: 'pop directional formatting',
  0x202d: 'left-to-right override', 0x202e: 'right-to-left override',
  0x2066: 'left-to-right isolate', 0x2067: 'right-to-left isolate', 0x2068: 'first strong isolate', 0x2069: 'pop directional isolate',
  0x200e: 'left-to-right mark', 0x200f: 'right-to-left mark', 0x061c: 'Arabic letter mark',
};

/** At most this many places are reported per file or value: one is enough to act on. */
const MAX_REPORTED = 5;

const EXPECTED = 'printable text, with no control or bidirectional-control characters';
const FIX = 'delete the character: it is invisible in most editors (search for it by its code, e.g. \\u0000), and text pasted from a PDF or a web page often carries it';

/** Names a character by its code point, e.g. "U+0000 (NUL)". */
export function describeCodePoint(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  const hex = code.toString(16).toUpperCase().padStart(4, '0');
  return `U+${hex} (${NAMES[code] ?? (code < 0x20 || (code >= 0x7f && code <= 0x9f) ? 'a control character' : 'a formatting character')})`;
}

/** The forbidden characters of `text` with their indices, at most `limit` of them. */
function findControls(text: string, limit: number): Array<{ index: number; char: string }> {
  const found: Array<{ index: number; char: string }> = [];
  for (const m of text.matchAll(CONTROL)) {
    found.push({ index: m.index, char: m[0] });
    if (found.length === limit) break;
  }
  return found;
}

/** The count beyond the reported places, as a suffix for the last report. */
function more(text: string, reported: number): string {
  if (reported < MAX_REPORTED) return '';
  const total = text.match(CONTROL)?.length ?? 0;
  return total > reported ? ` (and ${String(total - reported)} more in the file)` : '';
}

/**
 * Finds forbidden characters in a file's raw text, each reported with its line and column and
 * code point, e.g. `line 12, column 5: found the control character U+0000 (NUL)`.
 * @param file path of the file relative to the project root
 */
export function controlCharsInText(file: string, text: string): ContentIssue[] {
  const found = findControls(text, MAX_REPORTED);
  const rest = more(text, found.length);
  return found.map(({ index, char }, i) => {
    const before = text.slice(0, index);
    const line = before.split('\n').length;
    const column = Array.from(before.slice(before.lastIndexOf('\n') + 1)).length + 1;
    return {
      file,
      field: `line ${String(line)}, column ${String(column)}`,
      found: `the invisible character ${describeCodePoint(char)}${i === found.length - 1 ? rest : ''}`,
      expected: EXPECTED,
      fix: FIX,
    };
  });
}

/**
 * Finds forbidden characters in the strings (keys too) of a parsed YAML value, where YAML escapes
 * such as "\0" or "\u202E" put them, each reported with the field it is in.
 * @param file path of the file relative to the project root
 */
export function controlCharsInValue(file: string, data: unknown): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const report = (path: readonly PropertyKey[], text: string, what: string) => {
    const [first] = findControls(text, 1);
    if (!first || issues.length >= MAX_REPORTED) return;
    issues.push({
      file,
      field: formatPath(path) || '(top level)',
      found: `the invisible character ${describeCodePoint(first.char)} at character ${String(Array.from(text.slice(0, first.index)).length + 1)} of the ${what}`,
      expected: EXPECTED,
      fix: `${FIX}; in YAML, also look for escapes such as "\\0", "\\x1b" or "\\u202e" in double-quoted strings`,
    });
  };
  // Depth is bounded by js-yaml's maxDepth (100) and no value repeats (aliases are refused).
  const walk = (v: unknown, path: PropertyKey[]): void => {
    if (issues.length >= MAX_REPORTED) return;
    if (typeof v === 'string') report(path, v, 'value');
    else if (Array.isArray(v)) v.forEach((x, i) => { walk(x, [...path, i]); });
    else if (v !== null && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        report([...path, k], k, 'field name');
        walk(x, [...path, k]);
      }
    }
  };
  walk(data, []);
  return issues;
}
