import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readBody } from '../content/body';
import type { RawKnowledgeBase } from '../content/load';
import { splitMarkdownFile } from '../content/frontmatter';
import { preview, type ContentIssue } from '../content/issue';

/** At most this many places are reported per file: the first ones show what to do for the rest. */
const MAX_REPORTED = 10;

/** The line of the file on which a clause's body starts, to report lines of the file. */
function bodyLineOf(root: string, file: string): number {
  try {
    return splitMarkdownFile(readFileSync(join(root, file), 'utf8'))?.bodyLine ?? 1;
  } catch {
    return 1;
  }
}

/**
 * Clause bodies are plain text, so that no content can run script on the site, link elsewhere,
 * change how the text renders or shift the sentence anchors (see src/lib/content/body.ts, which
 * reads a body as the site's remark does). Each Markdown node that is not a paragraph of text is
 * reported with the line of the file, what it is in plain words, and what to do.
 */
export function checkSafeMarkup(kb: RawKnowledgeBase): ContentIssue[] {
  return kb.clauses.flatMap((c): ContentIssue[] => {
    const { problems } = readBody(c.body);
    if (problems.length === 0) return [];
    // Lines are counted from the body; the file's line is what an editor shows.
    const offset = bodyLineOf(kb.root, c.file) - 1;
    const issues = problems.slice(0, MAX_REPORTED).map((p): ContentIssue => ({
      file: c.file,
      field: `(body) line ${String(p.line + offset)}`,
      found: `${p.what}: ${preview(p.source, 40)}`,
      expected: "the clause's plain text, as the policy writes it (paragraphs separated by blank lines, no Markdown)",
      fix: p.fix,
    }));
    const left = problems.length - issues.length;
    if (left > 0)
      issues.push({
        file: c.file,
        field: '(body)',
        found: `${String(left)} more places with Markdown`,
        expected: 'plain text',
        fix: 'fix the places above the same way',
      });
    return issues;
  });
}
