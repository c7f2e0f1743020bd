import { closeSync, mkdirSync, openSync, readdirSync, readSync, writeFileSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cspOfHtml, headersFile, type PagePolicy } from '../lib/site/headers-file';
import { serverConfigs } from '../lib/site/server-config';

/** Every .html file under a folder. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return htmlFiles(path);
    return e.name.endsWith('.html') ? [path] : [];
  });
}

/** How much of a page is read for its head: the CSP meta tag comes first. */
const HEAD_LIMIT = 1 << 20;

/**
 * A page's text up to its `</head>` (at most HEAD_LIMIT bytes). Pages listing every award run to
 * tens of megabytes at 50,000 provisions, and reading each whole exhausted the build's memory.
 */
export function headOf(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const decoder = new StringDecoder('utf8');
    const chunk = Buffer.alloc(64 * 1024);
    let text = '';
    for (let pos = 0; pos < HEAD_LIMIT && !text.includes('</head>');) {
      const n = readSync(fd, chunk, 0, chunk.length, pos);
      if (n === 0) break;
      pos += n;
      text += decoder.write(chunk.subarray(0, n));
    }
    return text;
  } finally {
    closeSync(fd);
  }
}

/** The site path a built file answers: dist/a/b/index.html → /a/b/. */
function sitePath(outDir: string, file: string): string {
  const rel = relative(outDir, file).split(sep).join('/');
  return `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * Writes `_headers` after the build with each page's Content-Security-Policy (the hashes Astro
 * put in its meta tag), so hosts that read the file send the policy as a header too; and the
 * same security headers as nginx, Caddy and Apache configuration (server-config/, .htaccess)
 * for servers that ignore `_headers`.
 */
export function cspHeaders(): AstroIntegration {
  return {
    name: 'policy-kb:csp-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const pages: PagePolicy[] = [];
        for (const file of htmlFiles(outDir)) {
          const csp = cspOfHtml(headOf(file));
          if (csp === null) throw new Error(`${relative(outDir, file)} has no Content-Security-Policy meta tag`);
          pages.push({ path: sitePath(outDir, file), csp });
        }
        writeFileSync(join(outDir, '_headers'), headersFile(pages));
        logger.info(`_headers written for ${String(pages.length)} pages`);
        const configs = Object.entries(serverConfigs());
        for (const [path, text] of configs) {
          mkdirSync(dirname(join(outDir, path)), { recursive: true });
          writeFileSync(join(outDir, path), text);
        }
        logger.info(`server configuration written: ${configs.map(([path]) => path).join(', ')}`);
      },
    },
  };
}
