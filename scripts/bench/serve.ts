/**
 * A tiny static server for a built site, as a host would serve it: gzip for text files,
 * cacheable responses (so that a warm visit transfers nothing again), 404.html for unknown
 * paths. Listens on 127.0.0.1 and a free port.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** Types worth compressing; Pagefind's own index files are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.svg', '.txt', '.csv']);

/** A page outside the site for running pagefind.js in a Chinese document. */
export const BENCH_PAGE = '/__bench__/';
const BENCH_HTML =
  '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>bench</title></head><body><ol id="results"></ol></body></html>';

/** Bytes the server sent (status line, headers and body), all requests and /pagefind/ ones. */
export interface SentBytes {
  bytes: number;
  pagefindBytes: number;
  requests: number;
  /** /pagefind/ bytes by what they are (see pagefindKind). */
  byKind: Record<string, number>;
}

/**
 * What a /pagefind/ file is, for the benchmark's breakdown of a query's bytes: the runtime
 * (script and WebAssembly), the directory's files, a bundle's index chunks, its fragments, its
 * filters, or entries and metadata (entry, pf_meta, manifest, sort tables).
 */
export function pagefindKind(path: string): string {
  if (/\/pagefind\/(?:pagefind(?:-highlight)?\.js|wasm\.[^/]+)$/u.test(path)) return 'runtime';
  if (path.includes('/b/directory/')) return 'directory';
  if (path.includes('/fragment/')) return 'fragments';
  if (path.includes('/index/')) return 'index chunks';
  if (path.includes('/filter/')) return 'filters';
  return 'entries+meta';
}

/** A running server. */
export interface StaticServer {
  /** http://127.0.0.1:PORT */
  origin: string;
  /** What was sent since the last reset: what a visitor's browser transferred (cache hits send nothing). */
  sent: SentBytes;
  /** Starts counting again from zero. */
  resetSent: () => void;
  close: () => Promise<void>;
}

/** The file a URL path names inside `root`, or null when it escapes it. */
function fileFor(root: string, pathname: string): string | null {
  const path = normalize(join(root, decodeURIComponent(pathname)));
  return path === root || path.startsWith(root + sep) ? path : null;
}

/** Serves `root` until closed. */
export async function serveStatic(root: string): Promise<StaticServer> {
  const sent: SentBytes = { bytes: 0, pagefindBytes: 0, requests: 0, byKind: {} };
  const count = (path: string, status: number, headers: Record<string, string>, body: number): void => {
    const head = `HTTP/1.1 ${String(status)} OK\r\n${Object.entries(headers)
      .map(([k, v]) => `${k}: ${v}\r\n`)
      .join('')}date: Mon, 30 Nov 2026 00:00:00 GMT\r\nconnection: keep-alive\r\n\r\n`;
    const n = Buffer.byteLength(head) + body;
    sent.bytes += n;
    sent.requests++;
    if (path.startsWith('/pagefind/')) {
      sent.pagefindBytes += n;
      const kind = pagefindKind(path);
      sent.byKind[kind] = (sent.byKind[kind] ?? 0) + n;
    }
  };
  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      if (url.pathname === BENCH_PAGE) {
        res.writeHead(200, { 'content-type': TYPES['.html'] ?? 'text/html' });
        res.end(BENCH_HTML);
        return;
      }
      let file = fileFor(root, url.pathname);
      if (file && url.pathname.endsWith('/')) file = join(file, 'index.html');
      let status = 200;
      const exists =
        file !== null &&
        (await stat(file).then(
          (s) => s.isFile(),
          () => false,
        ));
      if (!exists || file === null) {
        status = 404;
        file = join(root, '404.html');
      }
      let body: Buffer;
      try {
        body = await readFile(file);
      } catch {
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('not found');
        return;
      }
      const ext = extname(file);
      const headers: Record<string, string> = {
        'content-type': TYPES[ext] ?? 'application/octet-stream',
        'cache-control': 'public, max-age=3600',
      };
      if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        body = gzipSync(body);
        headers['content-encoding'] = 'gzip';
        headers.vary = 'accept-encoding';
      }
      headers['content-length'] = String(body.length);
      count(url.pathname, status, headers, body.length);
      res.writeHead(status, headers);
      res.end(body);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${String(port)}`,
    sent,
    resetSent: () => {
      sent.bytes = 0;
      sent.pagefindBytes = 0;
      sent.requests = 0;
      sent.byKind = {};
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}
