/**
 * Punctuation normaliser shared by the content, the lossless test and the ingest.
 *
 * Portals scrape Chinese official documents with ASCII punctuation (",", "(", ";").
 * The official form is full-width, so every text stored in content/ is normalised
 * with this one function and every comparison with the source goes through it too.
 */

/** ASCII punctuation that becomes full-width when it stands in Chinese running text. */
const HALF_TO_FULL: Readonly<Record<string, string>> = {
  ',': '，',
  ';': '；',
  ':': '：',
  '?': '？',
  '!': '！',
  '(': '（',
  ')': '）',
  '[': '〔',
  ']': '〕',
};

/** Full-width or variant bracket forms that official documents write in a single way. */
const VARIANTS: Readonly<Record<string, string>> = {
  '［': '〔',
  '］': '〕',
  '【': '〔',
  '】': '〕',
  '〖': '〔',
  '〗': '〕',
  '–': '—',
  '﹣': '—',
};

const DIGIT = /[0-9]/;

/** Separators that are ASCII by right between two digits: "1,000", "10:30". */
const NUMERIC_SEPARATORS = new Set([',', ':']);

/** Whether the separator at `i` sits between two ASCII digits, where it must stay ASCII. */
function numericSeparator(text: string, i: number): boolean {
  return NUMERIC_SEPARATORS.has(text[i] ?? '') && DIGIT.test(text[i - 1] ?? '') && DIGIT.test(text[i + 1] ?? '');
}

/**
 * Converts full-width ASCII letters and digits (Ａ, １) to half-width: official texts write
 * numbers with ASCII digits, and search and amounts need one form.
 */
function halfWidthAlphanumerics(text: string): string {
  return text.replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\uFF05\uFF0B]/g, (ch) =>
    String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
  );
}

/** Pairs straight double quotes as “…”, which is how the official text quotes. */
function pairStraightQuotes(text: string): string {
  let open = true;
  return text.replace(/"/g, () => {
    const q = open ? '“' : '”';
    open = !open;
    return q;
  });
}

/**
 * Normalises a policy text to the official punctuation: full-width commas, brackets,
 * colons and semicolons in running text; ASCII digits and letters; 〔〕 around document
 * years; LF line endings; no BOM; no trailing spaces. Idempotent.
 *
 * @param text raw text, for example as scraped from a portal
 * @returns the text as it is stored in content/
 */
export function normalizeText(text: string): string {
  const unified = halfWidthAlphanumerics(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
  let out = '';
  for (let i = 0; i < unified.length; i++) {
    const ch = unified[i] as string;
    const full = HALF_TO_FULL[ch];
    if (full !== undefined && !numericSeparator(unified, i)) out += full;
    else out += VARIANTS[ch] ?? ch;
  }
  return (
    pairStraightQuotes(out)
      // Item numbers are written 1. 1． or 1﹒ (PDF copies): one form, so the heading rebuilds.
      .replace(/(?<=\d)[．﹒](?=\s*\D)/gu, '.')
      .replace(/[ \t]+$/gm, '')
      .replace(/^[ \t]+/gm, '')
  );
}
