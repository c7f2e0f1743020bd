import type { Profile } from './profile';

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

/**
 * Reads a profile back from a query string. The result is untrusted input, to be validated
 * like a JSON profile: a base that is not a number is kept as text so that the validator
 * names it rather than dropping it.
 */
export function decodeProfile(query: string): { claims: Record<string, unknown>[] } {
  const claims = new URLSearchParams(query).getAll('c').map((value) => {
    const m = /^([^*~]*)(?:\*([^~]*))?(?:~(.*))?$/.exec(value);
    const [, award = value, base, prev] = m ?? [];
    const claim: Record<string, unknown> = { award };
    if (base !== undefined) claim['baseYuan'] = /^-?\d+(\.\d+)?$/.test(base) ? Number(base) : base;
    if (prev !== undefined) claim['previousAward'] = prev;
    return claim;
  });
  return { claims };
}
