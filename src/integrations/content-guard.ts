import { AstroError } from 'astro/errors';
import type { ContentIssue } from '../lib/content/issue';

/** What the build prints after the report: how to re-check once the problems are fixed. */
export const CONTENT_HINT =
  'Fix each problem listed above, then run "npm run check:content" to re-check (it lists every problem without building).';

/**
 * The error that stops Astro on invalid content (thrown by the content loaders,
 * src/loaders/content.ts, after they log the report). Astro prints its message and hint; it has
 * no stack, because the report names every file and field, and a trace would bury it.
 *
 * The report goes through the logger as it is, and this error carries only a summary and the
 * hint: Astro renders an error's message as Markdown on the terminal (`**x**` turns bold,
 * `[a](b)` turns into "a b"), which would change the very markup a report quotes.
 */
export function invalidContentError(issues: readonly ContentIssue[]): AstroError {
  const error = new AstroError(
    `Content is invalid: ${String(issues.length)} problem${issues.length === 1 ? '' : 's'}, listed above.`,
    CONTENT_HINT,
  );
  error.name = 'InvalidContent';
  // Astro prints a "Stack trace:" section whenever `stack` is set; an empty one prints none.
  error.stack = '';
  return error;
}
