import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { getKnowledgeBase } from '../lib/kb/index';
import { urls } from '../lib/kb/urls';
import { buildDate } from '../lib/site/build-date';
import { insertIntoHead, preloadLinks } from '../lib/search/preload';
import { buildSearchRecords } from '../lib/search/records';
import { recordHtml } from '../lib/search/record-html';

/** Throws with every message when a Pagefind response reports errors. */
function check(what: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${what} failed:\n${errors.join('\n')}`);
}

/** Adds preload hints for the index files to the built search page (see preload.ts). */
function addPreloads(outDir: string, bundleDir: string): void {
  const page = path.join(outDir, urls.search(), 'index.html');
  if (!existsSync(page)) return;
  const entry = JSON.parse(readFileSync(path.join(bundleDir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
  const links = preloadLinks('/pagefind/', {
    metaHashes: Object.values(entry.languages).map((l) => l.hash),
    indexChunks: readdirSync(path.join(bundleDir, 'index')),
  });
  writeFileSync(page, insertIntoHead(readFileSync(page, 'utf8'), links));
}

/**
 * Builds the search index after `astro build`, from the knowledge base rather than from the
 * pages, and writes it to <outDir>/pagefind/. One record per clause, preamble and closing.
 * @param today the date that decides each policy's status filter (the build date by default)
 */
export function pagefindIndex(today: Date = buildDate()): AstroIntegration {
  return {
    name: 'policy-kb:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const records = buildSearchRecords(getKnowledgeBase(), today);
        const outDir = fileURLToPath(dir);
        const bundleDir = path.join(outDir, 'pagefind');
        try {
          const { index, errors } = await pagefind.createIndex({});
          check('createIndex', errors);
          if (!index) throw new Error('Pagefind createIndex returned no index');
          for (const r of records) {
            const added = await index.addHTMLFile({ url: r.url, content: recordHtml(r) });
            check(`indexing ${r.url}`, added.errors);
          }
          check('writeFiles', (await index.writeFiles({ outputPath: bundleDir })).errors);
        } finally {
          await pagefind.close();
        }
        addPreloads(outDir, bundleDir);
        logger.info(`indexed ${String(records.length)} records into ${bundleDir}`);
      },
    },
  };
}
