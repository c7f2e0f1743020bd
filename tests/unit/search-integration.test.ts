import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { pagefindIndex } from '../../src/integrations/pagefind';
import { getKnowledgeBase } from '../../src/lib/kb/index';
import { buildSearchRecords, SEARCH_RECORDS_FILE } from '../../src/lib/search/records';

const out = mkdtempSync(path.join(tmpdir(), 'pagefind-integration-'));
afterAll(() => {
  rmSync(out, { recursive: true, force: true });
});

describe('the Pagefind integration', () => {
  it('writes the index into the build’s own output folder and adds preload hints to the search page', async () => {
    mkdirSync(path.join(out, 'search'));
    writeFileSync(path.join(out, 'search', 'index.html'), '<html><head><title>搜索</title></head><body></body></html>');
    // The records the build writes (src/pages/search-records.json.ts), which the integration reads and removes.
    const records = path.join(out, SEARCH_RECORDS_FILE);
    writeFileSync(records, JSON.stringify(buildSearchRecords(getKnowledgeBase(), new Date('2026-01-01'))));
    const hook = pagefindIndex().hooks['astro:build:done'];
    if (!hook) throw new Error('no astro:build:done hook');
    const logged: string[] = [];
    const logger = { info: (m: string) => logged.push(m) };
    await (hook as (o: unknown) => Promise<void>)({ dir: pathToFileURL(`${out}/`), logger });
    expect(existsSync(path.join(out, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(readFileSync(path.join(out, 'search', 'index.html'), 'utf8')).toMatch(
      /<link rel="preload" href="\/pagefind\/pagefind\.zh-cn_[0-9a-f]+\.pf_meta"/,
    );
    expect(logged.join('\n')).toMatch(/indexed \d+ records/);
    expect(existsSync(records)).toBe(false);
  }, 60_000);
});
