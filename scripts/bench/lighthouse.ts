/**
 * Lighthouse scores (performance, accessibility, best practices, SEO) of built pages, served
 * by the benchmark's static server and audited in Debian's Chromium (CHROME_PATH).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveStatic } from './serve';
import { printTable } from './report';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
/** The score each category must reach. */
export const LIGHTHOUSE_TARGET = 95;

/** Runs the Lighthouse CLI once; resolves with the report or rejects with its output. */
function audit(url: string, out: string): Promise<{ categories: Record<string, { score: number | null }> }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(
      join(process.cwd(), 'node_modules/.bin/lighthouse'),
      [
        url,
        '--output=json',
        `--output-path=${out}`,
        '--quiet',
        `--only-categories=${CATEGORIES.join(',')}`,
        '--chrome-flags=--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run',
      ],
      {
        env: {
          ...process.env,
          CHROME_PATH: process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let log = '';
    child.stdout.on('data', (d: Buffer) => {
      log += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      log += d.toString();
    });
    child.on('close', (code) => {
      if (code !== 0) {
        reject(new Error(`lighthouse exited with ${String(code)}: ${log.slice(-2000)}`));
        return;
      }
      resolvePromise(JSON.parse(readFileSync(out, 'utf8')) as { categories: Record<string, { score: number | null }> });
    });
  });
}

/** Audits each page and prints a table of scores; sets the exit code to 1 below the target. */
export async function runLighthouse(dist: string, pages: ReadonlyArray<readonly [string, string]>): Promise<void> {
  const server = await serveStatic(dist);
  const dir = mkdtempSync(join(tmpdir(), 'policy-kb-lighthouse-'));
  const rows: string[][] = [['page', 'path', ...CATEGORIES]];
  let below = false;
  try {
    for (const [label, path] of pages) {
      const report = await audit(server.origin + path, join(dir, 'report.json'));
      const scores = CATEGORIES.map((c) => Math.round((report.categories[c]?.score ?? 0) * 100));
      if (scores.some((s) => s < LIGHTHOUSE_TARGET)) below = true;
      rows.push([label, path, ...scores.map(String)]);
    }
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`\n## Lighthouse (target ≥ ${String(LIGHTHOUSE_TARGET)} in each category)\n`);
  printTable(rows);
  if (below) {
    console.error(`\nA score is below ${String(LIGHTHOUSE_TARGET)}.`);
    process.exitCode = 1;
  }
}
