/**
 * Keeps Astro's content store honest about references. A provision's text is rendered to HTML
 * once and kept in the content store (data-store.json) until its file changes; its citation links
 * also depend on the references it cites (content/references/*.yaml), which the store does not
 * track, and which astro.config.mjs hides from Astro's config hash so that a new reference does
 * not re-render every page (see remark/citation-links.ts). So this clears the store whenever a
 * reference the previous build knew changed or was removed; new references need nothing, as no
 * text rendered before cites them.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { referenceDigests } from '../lib/site/page-keys';

/** The file in Astro's cache folder recording each reference's hash at the last build. */
const RECORD = 'policy-kb-references.json';

/** Astro's content store, in its cache folder (astro/dist/content/paths.js). */
const DATA_STORE = 'data-store.json';

/**
 * The references of `before` whose file changed or is gone in `now`.
 * @param before id → hash at the last build
 * @param now id → hash now
 */
export function changedReferences(
  before: Readonly<Record<string, string>>,
  now: ReadonlyMap<string, string>,
): string[] {
  return Object.entries(before)
    .filter(([id, hash]) => now.get(id) !== hash)
    .map(([id]) => id);
}

/** Reads the record of the last build; none when absent or unreadable (then nothing was rendered from it). */
function readRecord(file: string): Record<string, string> {
  if (!existsSync(file)) return {};
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  } catch {
    return {};
  }
}

/** The integration: runs before Astro syncs content, so that a cleared store is filled again in the same build. */
export function referenceStore(): AstroIntegration {
  return {
    name: 'policy-kb:reference-store',
    hooks: {
      'astro:config:done': ({ config, logger }) => {
        const cache = fileURLToPath(config.cacheDir);
        const record = path.join(cache, RECORD);
        const now = referenceDigests(fileURLToPath(config.root));
        const changed = changedReferences(readRecord(record), now);
        if (changed.length > 0) {
          rmSync(path.join(cache, DATA_STORE), { force: true });
          logger.info(
            `${String(changed.length)} reference(s) changed (${changed.slice(0, 3).join(', ')}${changed.length > 3 ? ', …' : ''}): every provision's text is rendered again`,
          );
        }
        mkdirSync(cache, { recursive: true });
        writeFileSync(record, JSON.stringify(Object.fromEntries(now)));
      },
    },
  };
}
