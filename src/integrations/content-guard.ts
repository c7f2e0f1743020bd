import type { AstroIntegration } from 'astro';
import { formatIssues, type ContentIssue } from '../lib/content/issue';

/**
 * Stops `astro build` and `astro dev` before anything is written when content/ is invalid,
 * with every problem named (file, field, what was found, what to do) and no stack trace.
 * @param issues what validating content/ found, once, when the configuration loaded
 */
export function contentGuard(issues: readonly ContentIssue[]): AstroIntegration {
  return {
    name: 'policy-kb:content-guard',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        if (issues.length === 0) return;
        logger.error(`\n${formatIssues(issues)}\n\nRun "npm run check:content" to re-check after fixing.`);
        // The report above says everything; a stack trace would only bury it.
        process.exit(1);
      },
    },
  };
}
