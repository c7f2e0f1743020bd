/**
 * A search sent from the header box on any page lands on /search/ as a new page: the reader
 * pressed Enter to see results, so the search page moves focus to the first one, as it does
 * when Enter is pressed in its own box. The request crosses the page load in sessionStorage,
 * read once; without storage, focus stays at the top of the page.
 */

const KEY = 'policy-kb:focus-results';

/** Asks the next search page to move focus to its first result. */
export function requestResultsFocus(): void {
  try {
    sessionStorage.setItem(KEY, '1');
  } catch {
    // Storage disabled: the results are still shown, focus stays at the top.
  }
}

/** Whether the page that sent the reader here asked for focus on the results; the request is used up. */
export function takeResultsFocusRequest(): boolean {
  try {
    const asked = sessionStorage.getItem(KEY) === '1';
    sessionStorage.removeItem(KEY);
    return asked;
  } catch {
    return false;
  }
}
