import type { RawKnowledgeBase } from '../content/load';
import { preview, type ContentIssue } from '../content/issue';

/**
 * Markup that a policy text never contains and that would reach the page as HTML or a link:
 * raw HTML tags and autolinks (<script>, <iframe>, <img onerror=…>, <javascript:…>), Markdown
 * links and images, block syntax, and script URLs. A clause body is the policy's plain text, so any of these is an error.
 */
const UNSAFE: ReadonlyArray<[RegExp, string]> = [
  [/<\/?[a-z!?][^>]*>?/i, 'raw HTML'],
  [/!?\[[^\]]*\]\([^)]*\)/, 'a Markdown link or image'],
  [/\b(?:javascript|vbscript|data)\s*:/i, 'a script URL'],
  [/^\s*(?:[-*+]|\d+[.)]|#{1,6}|>|```|~~~)\s/m, 'Markdown block syntax (list, heading, quote or code)'],
];

/**
 * Clause bodies are plain policy text: no HTML, no Markdown links or blocks, no script URLs,
 * so that no content can run script on the site or change how the text renders.
 */
export function checkSafeMarkup(kb: RawKnowledgeBase): ContentIssue[] {
  return kb.clauses.flatMap((c): ContentIssue[] => {
    for (const [pattern, what] of UNSAFE) {
      const m = pattern.exec(c.body);
      if (m) {
        return [{
          file: c.file,
          field: '(body)',
          found: `${what}: ${preview(m[0], 40)}`,
          expected: "the clause's plain text, as the policy writes it",
          fix: 'remove the markup; policy text needs none, and links to cited documents are made from `citations`',
        }];
      }
    }
    return [];
  });
}
