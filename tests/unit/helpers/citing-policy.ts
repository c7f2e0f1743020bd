import type { Policy } from '../../../src/schemas/policy';

/**
 * A policy record with only the fields the citation resolver reads: its title, its dates
 * (passed, amended) and the dates of the other versions its collection holds.
 */
export const citingPolicy = (
  id: string,
  title: string,
  passed: string,
  amended: string[] = [],
  others: string[] = [],
): Policy =>
  ({
    id,
    title,
    provisionStyle: 'article',
    issuedOn: 'unknown',
    passed: { date: passed, by: '常务委员会' },
    approved: null,
    amendments: amended.map((date) => ({ date, by: '常务委员会' })),
    source: { collection: others.length > 0 ? { otherVersions: others } : null },
  }) as unknown as Policy;
