import { echoText } from './echo';
import { MAX_CLAIMS, type Profile } from './profile';

/**
 * The longest query string a shared link may have, in characters (the query of a URL is ASCII,
 * so also bytes): 8 KB. The longest profile the real calculator can write is 1,237 characters
 * (all 35 claims the combined calculator holds, every base at the 1万亿元 maximum, the longest
 * lower tier), so this is more than six times that. It is also what common servers take in a
 * request line (nginx's large_client_header_buffers: 8 KB; Apache's LimitRequestLine: 8,190
 * bytes): a longer link would not reach the page on them anyway. A 2 MB link takes 10–15 s to
 * load and would be printed whole as the result's URL; past this bound nothing of it is read.
 */
export const MAX_LINK_CHARS = 8192;

/** How much of a link refused as too long the page shows, so that the reader recognises it. */
export const LINK_HEAD_CHARS = 80;

/**
 * A profile in a URL query, readable and short: one `c` per claim, `award`, then `*baseYuan`
 * and `~previousAward` when present:
 * `?c=green-factory-national~green-factory-provincial&c=major-sci-tech-project-municipal*30000000`.
 * Award ids are slugs, so `*` and `~` never occur in them; encodeURIComponent leaves both as
 * they are (URLSearchParams would write ~ as %7E).
 */
export function encodeProfile(profile: Profile): string {
  return profile.claims
    .map((c) => {
      const base = c.baseYuan === undefined ? '' : `*${String(c.baseYuan)}`;
      const prev = c.previousAward === undefined ? '' : `~${c.previousAward}`;
      return `c=${encodeURIComponent(`${c.award}${base}${prev}`)}`;
    })
    .join('&');
}

/** A profile read from a URL, still untrusted, and how many claims past MAX_CLAIMS were left out. */
export interface DecodedLink {
  /** The claims, to be validated like a JSON profile. */
  profile: { claims: Record<string, unknown>[] };
  /** Claims beyond MAX_CLAIMS, not read: a link can be any length, the form has a few dozen awards. */
  omitted: number;
  /**
   * Set when the query was longer than MAX_LINK_CHARS: nothing of it was read. Its length and
   * its first LINK_HEAD_CHARS characters (control characters escaped, … when cut), for the message.
   */
  tooLong?: { length: number; head: string };
}

/**
 * Reads a profile back from a query string (with or without its `?`). The result is untrusted
 * input, to be validated like a JSON profile: a base that is not a number is kept as text so
 * that the validator names it rather than dropping it. A query longer than MAX_LINK_CHARS is
 * not read at all (`tooLong`). Only the first MAX_CLAIMS claims are read, so that a hand-made
 * link of thousands of claims is not validated claim by claim; the rest are counted.
 */
export function decodeLink(query: string): DecodedLink {
  const bare = query.startsWith('?') ? query.slice(1) : query;
  if (bare.length > MAX_LINK_CHARS) {
    return {
      profile: { claims: [] },
      omitted: 0,
      tooLong: { length: bare.length, head: echoText(bare, LINK_HEAD_CHARS) },
    };
  }
  const values = new URLSearchParams(query).getAll('c');
  const claims = values.slice(0, MAX_CLAIMS).map((value) => {
    const m = /^([^*~]*)(?:\*([^~]*))?(?:~(.*))?$/s.exec(value);
    const [, award = value, base, prev] = m ?? [];
    const claim: Record<string, unknown> = { award };
    // Every form String(number) writes (1e+21, Infinity) reads back as that number, so that a
    // reloaded link says "too large" as the form did, not "not a number".
    if (base !== undefined)
      claim['baseYuan'] = /^-?(?:\d+(?:\.\d+)?(?:e[+-]?\d+)?|Infinity)$/i.test(base) ? Number(base) : base;
    if (prev !== undefined) claim['previousAward'] = prev;
    return claim;
  });
  return { profile: { claims }, omitted: Math.max(0, values.length - MAX_CLAIMS) };
}

/** The profile of a query string (decodeLink without the count of claims left out). */
export function decodeProfile(query: string): { claims: Record<string, unknown>[] } {
  return decodeLink(query).profile;
}
