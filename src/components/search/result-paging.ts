/**
 * Renders results a page at a time into the list: the first page of a search replaces the list,
 * “显示更多结果” appends the next one, and the button shows only while results remain. A page
 * asked for by an earlier search is dropped when it comes in late.
 */
import { renderResults, type ShownResult } from './render-results';
import { PAGE_SIZE, type ResultPages } from './result-pages';

/** The list of results and its “more” button. */
export class ResultPager {
  private pages: ResultPages | null = null;
  private highlight: readonly string[] = [];
  /** Pages asked for run one after another, so that a quick second click takes the page after. */
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly list: HTMLElement,
    private readonly moreButton: HTMLButtonElement,
  ) {}

  /** Empties the list: no search. */
  clear(): void {
    this.pages = null;
    this.list.replaceChildren();
    this.moreButton.hidden = true;
  }

  /** Loads the first page of `pages` and returns it, to render with `render`. */
  async first(pages: ResultPages): Promise<ShownResult[]> {
    return pages.next(PAGE_SIZE);
  }

  /** Renders the first page of `pages`, with `highlight` marked; further pages come from `pages`. */
  render(pages: ResultPages, results: readonly ShownResult[], highlight: readonly string[]): void {
    this.pages = pages;
    this.highlight = highlight;
    renderResults(this.list, results, highlight);
    this.moreButton.hidden = !pages.more();
  }

  /** Renders the next page, if the same search is still shown when it is loaded. */
  more(): Promise<void> {
    const run = this.queue.then(() => this.moreNow());
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async moreNow(): Promise<void> {
    const pages = this.pages;
    if (!pages?.more()) return;
    const next = await pages.next(PAGE_SIZE);
    if (pages !== this.pages) return;
    renderResults(this.list, next, this.highlight, true);
    this.moreButton.hidden = !pages.more();
  }

  /** Whether the “more” button is offered. */
  get hasMore(): boolean {
    return !this.moreButton.hidden;
  }
}
