/**
 * `npm run check:content`: validates content/ and prints every problem, or a summary.
 * Exit code 1 when content is invalid.
 */
import { formatIssues } from '../src/lib/content/issue';
import { validateContent } from '../src/lib/validate/index';

const { kb, issues } = validateContent(process.cwd());
if (issues.length > 0) {
  console.error(formatIssues(issues));
  process.exit(1);
}
const awards = kb.clauses.reduce((n, c) => n + c.data.awards.length, 0);
console.log(
  `Content is valid: ${String(kb.policies.length)} ${kb.policies.length === 1 ? 'policy' : 'policies'}, ${String(kb.clauses.length)} clauses, ${String(awards)} awards, ${String(kb.references.length)} referenced documents.`,
);
