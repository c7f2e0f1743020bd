import { z } from 'zod';

/** A lowercase ASCII slug used in ids and URLs: `green-factory`, `hz-2018-manufacturing`. */
export const SlugSchema = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'expected a slug of lowercase letters, digits and hyphens, e.g. "green-factory"',
  );

/** A sum of money in whole yuan (200万元 → 2000000). */
export const YuanSchema = z.number().int('expected whole yuan, e.g. 2000000 for 200万元').positive();

/** A rate as a fraction of one (15% → 0.15). */
export const RateSchema = z
  .number()
  .gt(0, 'expected a fraction above 0, e.g. 0.15 for 15%')
  .lte(1, 'expected a fraction of at most 1, e.g. 0.15 for 15%');

/** Text quoted word for word from the clause's body; the build checks that it is there. */
export const QuoteSchema = z.string().min(4, 'expected a sentence quoted from the body');

/** A calendar date written YYYY-MM-DD. */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((iso) => {
    const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }, 'expected a day of the calendar (no 2024-02-30, no month 13, no day 0)');

/** A fact the source text does not state: the site says 未知 and never guesses. */
export const UNKNOWN = 'unknown' as const;

/** A date, or "unknown" when the source does not state it. */
export const DateOrUnknownSchema = z.union([IsoDateSchema, z.literal(UNKNOWN)]);
