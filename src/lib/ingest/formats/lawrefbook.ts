/**
 * The Markdown of the LawRefBook/Laws collection, read as it comes: a `# ` title line, passage
 * lines, an `<!-- INFO END -->` marker, then the body with `## `/`### ` before chapter and
 * section headings. The heading marks are Markdown, not text: the extracted text is the file
 * without them, and the marker line stays in the text as an excluded line.
 */
import type { ExtractedText } from './extracted';

/** The marker that ends the collection's info block. */
export const INFO_END = '<!-- INFO END -->';

/** Whether a Markdown file is one of the collection's: a `# ` title and the info marker. */
export function isLawRefBook(text: string): boolean {
  return /^\uFEFF?# \S/u.test(text) && text.includes(INFO_END);
}

/** The text of a collection file, heading marks removed, the info marker excluded. */
export function readLawRefBook(text: string): ExtractedText {
  const lines = text
    .replace(/^\uFEFF/u, '')
    .replace(/\r\n?/gu, '\n')
    .split('\n');
  const excluded: ExtractedText['excluded'] = [];
  const out = lines.map((line, i) => {
    if (line.trim() === INFO_END) excluded.push({ line: i + 1, text: INFO_END, reason: 'LawRefBook 信息块结束标记' });
    return line.replace(/^#{1,6}\s+/u, '');
  });
  return { text: out.join('\n'), excluded, dropped: [] };
}
