import { MAX_CLAIMS, type Profile } from './profile';

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
}

/**
 * Reads a profile back from a query string. The result is untrusted input, to be validated
 * like a JSON profile: a base that is not a number is kept as text so that the validator
 * names it rather than dropping it. Only the first MAX_CLAIMS claims are read, so that a
 * hand-made link of thousands of claims is not validated claim by claim; the rest are counted.
 */
export function decodeLink(query: string): DecodedLink {
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
