/**
 * The search benchmark's baseline: a Pagefind index with Pagefind's defaults over plain pages of
 * the same clauses, and the server that serves it beside the build.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { getKnowledgeBase } from '../../src/lib/kb/index';
import { buildSearchRecords } from '../../src/lib/search/records';

/** The page of Pagefind's Default UI over the baseline index: /__baseline/ui/?q=… searches q on load. */
export const BASELINE_UI = '/__baseline/ui/';

/**
 * Pagefind's Default UI (pagefind-ui.js, which writeFiles ships beside pagefind.js) as its
 * documentation sets it up, searching the page's ?q= on load as the project's page does; the
 * page records when its first result, or its message (找到 N 个…, 未找到…), is in the document
 * (window.__firstResultAt, page clock).
 */
const DEFAULT_UI_PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>Pagefind UI</title>
<link href="/__baseline/pagefind/pagefind-ui.css" rel="stylesheet"><script src="/__baseline/pagefind/pagefind-ui.js"></script></head>
<body><div id="search"></div><script>
new MutationObserver((_, o) => {
  if (document.querySelector('.pagefind-ui__result, .pagefind-ui__message')) { window.__firstResultAt = performance.now(); o.disconnect(); }
}).observe(document.body, { childList: true, subtree: true });
const ui = new PagefindUI({ element: '#search', bundlePath: '/__baseline/pagefind/', baseUrl: '/' });
ui.triggerSearch(new URLSearchParams(location.search).get('q') ?? '');
</script></body></html>`;

/**
 * Serves the build `dist` at / and the baseline bundle at /__baseline/ (pages of 127.0.0.1 only),
 * uncompressed and without cache headers, as this benchmark always has: its figures stay
 * comparable from run to run (bench/serve.ts serves the scale benchmark as a host would).
 */
export function serveWithBaseline(dist: string, baselineDir: string): Promise<{ server: Server; origin: string }> {
  const types: Record<string, string> = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript',
    '.css': 'text/css',
    '.json': 'application/json',
    '.svg': 'image/svg+xml',
  };
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let file: string;
    if (url.pathname === BASELINE_UI) {
      res.writeHead(200, { 'content-type': types['.html'] }).end(DEFAULT_UI_PAGE);
      return;
    }
    if (url.pathname === '/__baseline/') {
      res
        .writeHead(200, { 'content-type': types['.html'] })
        .end(
          '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>baseline</title></head><body></body></html>',
        );
      return;
    } else if (url.pathname.startsWith('/__baseline/'))
      file = path.join(baselineDir, decodeURIComponent(url.pathname.slice('/__baseline/'.length)));
    else file = path.join(dist, decodeURIComponent(url.pathname));
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const addr = server.address();
      resolve({ server, origin: `http://127.0.0.1:${String(typeof addr === 'object' && addr ? addr.port : 0)}` });
    });
  });
}

/** Builds the baseline: Pagefind's defaults over plain HTML pages of the same clauses. */
export async function buildBaseline(dir: string): Promise<void> {
  const records = buildSearchRecords(getKnowledgeBase(), new Date());
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (errors.length > 0 || !index) throw new Error(`baseline createIndex: ${errors.join('; ')}`);
    for (const r of records) {
      const content = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${r.title}</title></head><body><h1>${r.title}</h1><p>${r.body}</p></body></html>`;
      const added = await index.addHTMLFile({ url: r.url, content });
      if (added.errors.length > 0) throw new Error(`baseline ${r.url}: ${added.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath: path.join(dir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`baseline writeFiles: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
}
