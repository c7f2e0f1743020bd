/**
 * A search record for tests, as records.ts makes them: a provision of `policy` with a body and
 * nothing else, the fields a test cares about given in `fields`.
 */
import type { SearchRecord } from '../../../src/lib/search/records';

/** A record of `policy` with `body`; every other field empty unless given. */
export function searchRecord(policy: string, body: string, fields: Partial<SearchRecord> = {}): SearchRecord {
  return {
    url: `/policies/${policy}/1/`,
    title: '第一条',
    numeral: '一',
    part: '',
    policy,
    status: '现行有效',
    body,
    awardLines: [],
    recipients: [],
    defines: [],
    awards: [],
    badges: [],
    citations: [],
    synonyms: [],
    filters: { policy: [policy], industry: [] },
    maxYuan: 0,
    ...fields,
  };
}
