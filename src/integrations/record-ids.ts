/**
 * The Pagefind ids of a written bundle's records, read back from its fragments: a search result's
 * `id` is its fragment's hash, known only once Pagefind has written the bundle.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

/** Pagefind's signature before a fragment's JSON, after decompression. */
const SIGNATURE = 'pagefind_dcd';

/** A fragment as Pagefind writes it: one record, or a group of records keyed by their ids. */
type Fragment = { url: string } | Record<string, { url: string }>;

/** Each record of the bundle written in `bundleDir`: its Pagefind id → its URL. */
export function recordUrls(bundleDir: string): Map<string, string> {
  const dir = path.join(bundleDir, 'fragment');
  const urls = new Map<string, string>();
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.pf_fragment')) continue;
    let data = readFileSync(path.join(dir, name));
    if (data.subarray(0, SIGNATURE.length).toString() !== SIGNATURE) data = gunzipSync(data);
    const fragment = JSON.parse(data.subarray(SIGNATURE.length).toString('utf8')) as Fragment;
    if (typeof fragment.url === 'string') urls.set(name.slice(0, -'.pf_fragment'.length), fragment.url);
    else for (const [id, f] of Object.entries(fragment as Record<string, { url: string }>)) urls.set(id, f.url);
  }
  return urls;
}
