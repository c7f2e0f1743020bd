/**
 * Pagefind's results checked lazily, in Pagefind's order. Checking a result means loading its
 * data (one request each), so a page of results loads just enough of them to fill the page,
 * plus one to know whether there are more, a batch at a time and at most MAX_CHECKS_PER_PAGE;
 * the next page goes on from where the last one stopped. A small set (CHECK_ALL_MAX or fewer)
 * is checked whole at once, so that its count is exact. The count of a larger set is estimated
 * from the share of matches among the results checked so far, and says so. Pure: the loading
 * and checking of a batch are handed in.
 */
import type { QueryWord } from './match';

/** Results rendered at once; more on request. */
export const PAGE_SIZE = 10;

/** Results loaded and checked together (in parallel). */
export const CHECK_BATCH = 2 * PAGE_SIZE;

/** Up to this many results, all are checked at once and the count is exact (a base of a few hundred provisions). */
export const CHECK_ALL_MAX = 50;

/** Results checked at most for one page: a query whose results rarely hold its words stops there. */
export const MAX_CHECKS_PER_PAGE = 50;

/** A result with its loaded data and the query words it lacks (none for a match). */
export interface Found<D> {
  id: string;
  data: D;
  lacks: QueryWord[];
}

/** How many results there are. */
export interface ResultCount {
  /** The count, or its estimate. */
  n: number;
  /** Whether every result was checked (or needed no check), so that `n` is the count. */
  exact: boolean;
  /** Results checked so far (what an estimate rests on). */
  checked: number;
}

/**
 * An estimate for a count rounded to what it can claim: two significant digits from 100 on
 * (约 4800, not 约 4823), never below what was found.
 */
export function roundEstimate(n: number, atLeast: number): number {
  if (n < 100) return Math.max(atLeast, Math.round(n));
  const unit = 10 ** (Math.floor(Math.log10(n)) - 1);
  return Math.max(atLeast, Math.round(n / unit) * unit);
}

/**
 * The count of matches among `total` results when `found` of the first `checked` were matches:
 * exact once all are checked, else the same share of the rest added, and never more than the
 * results (each is at most one match).
 */
export function countMatches(found: number, checked: number, total: number): ResultCount {
  if (checked >= total) return { n: found, exact: true, checked };
  if (checked === 0) return { n: total, exact: false, checked };
  const estimate = roundEstimate(found + ((total - checked) * found) / checked, found);
  return { n: Math.min(total, estimate), exact: false, checked };
}

/**
 * The matches among Pagefind's results, found lazily. With `verify` each result is checked
 * (a query: see match.ts); without, every result is a match and only loaded as shown (a filter
 * or the award list without a query).
 */
export class LazyMatches<R extends { id: string }, D> {
  /** The next result to check. */
  private next = 0;
  private readonly checkedList: Found<D>[] = [];
  private readonly matchList: Found<D>[] = [];
  /** Fills run one after another, so that batches are kept in order. */
  private queue: Promise<void> = Promise.resolve();

  /**
   * @param results Pagefind's results, in the order to show them
   * @param check loads and checks a batch of results, keeping their order
   * @param verify whether results must be checked (a query) or are all matches
   */
  constructor(
    private readonly results: readonly R[],
    private readonly check: (batch: readonly R[]) => Promise<Found<D>[]>,
    private readonly verify: boolean,
  ) {}

  /** The matches found so far, in order. */
  get found(): readonly Found<D>[] {
    return this.matchList;
  }

  /** Every result checked so far, matches or not, in order. */
  get checked(): readonly Found<D>[] {
    return this.checkedList;
  }

  /** The number of Pagefind's results. */
  get total(): number {
    return this.results.length;
  }

  /** Whether every result has been checked. */
  get done(): boolean {
    return this.next >= this.results.length;
  }

  /** How many matches there are: exact once every result is checked, else an estimate. */
  get count(): ResultCount {
    if (!this.verify) return { n: this.total, exact: true, checked: this.next };
    return countMatches(this.matchList.length, this.next, this.total);
  }

  /**
   * Checks results until `want` matches are found, every result is checked, or (with `verify`)
   * MAX_CHECKS_PER_PAGE results have been checked by this call. A small set is checked whole.
   */
  fill(want: number): Promise<void> {
    const run = this.queue.then(() => this.fillNow(want));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async fillNow(want: number): Promise<void> {
    const whole = this.verify && this.total <= CHECK_ALL_MAX;
    let budget = this.verify ? Math.max(MAX_CHECKS_PER_PAGE, whole ? this.total : 0) : Infinity;
    while ((whole || this.matchList.length < want) && !this.done && budget > 0) {
      const size = whole ? this.total : this.verify ? Math.min(CHECK_BATCH, budget) : want - this.matchList.length;
      const batch = this.results.slice(this.next, this.next + size);
      this.next += batch.length;
      budget -= batch.length;
      for (const f of await this.check(batch)) {
        this.checkedList.push(f);
        if (f.lacks.length === 0) this.matchList.push(f);
      }
    }
  }
}
