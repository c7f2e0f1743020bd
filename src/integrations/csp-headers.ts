import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cspOfHtml, headersFile, type PagePolicy } from '../lib/site/headers-file';

/** Every .html file under a folder. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return htmlFiles(path);
    return e.name.endsWith('.html') ? [path] : [];
  });
}

/** The site path a built file answers: dist/a/b/index.html → /a/b/. */
function sitePath(outDir: string, file: string): string {
  const rel = relative(outDir, file).split(sep).join('/');
  return `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * Writes `_headers` after the build with each page's Content-Security-Policy (the hashes Astro
 * put in its meta tag), so hosts that read the file send the policy as a header too.
 */
export function cspHeaders(): AstroIntegration {
  return {
    name: 'policy-kb:csp-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const pages: PagePolicy[] = [];
        for (const file of htmlFiles(outDir)) {
          const csp = cspOfHtml(readFileSync(file, 'utf8'));
          if (csp === null) throw new Error(`${relative(outDir, file)} has no Content-Security-Policy meta tag`);
          pages.push({ path: sitePath(outDir, file), csp });
        }
        writeFileSync(join(outDir, '_headers'), headersFile(pages));
        logger.info(`_headers written for ${String(pages.length)} pages`);
      },
    },
  };
}
