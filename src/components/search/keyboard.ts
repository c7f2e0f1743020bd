/**
 * Keyboard use of the results: ↓ from the search box to the first result, ↑/↓ between results
 * (↑ from the first back to the box), and the result opened remembered in the history entry so
 * that Back returns focus to it.
 */

/** The result links of the list, in order (each result's heading link). */
export function resultLinks(list: HTMLElement): HTMLAnchorElement[] {
  return [...list.querySelectorAll<HTMLAnchorElement>('[data-testid="search-result"] h2 a')];
}

/** Moves focus with the arrow keys between the search box and the result links. */
export function attachArrowKeys(input: HTMLInputElement, list: HTMLElement): void {
  input.addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowDown' || e.isComposing) return;
    const first = resultLinks(list)[0];
    if (!first) return;
    e.preventDefault();
    first.focus();
  });
  list.addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const links = resultLinks(list);
    const at = links.findIndex((a) => a === document.activeElement);
    if (at === -1) return;
    e.preventDefault();
    const next = e.key === 'ArrowDown' ? links[Math.min(links.length - 1, at + 1)] : links[at - 1];
    (next ?? input).focus();
  });
}

/** The history entry's record of the result opened from it. */
interface OpenedState {
  opened?: unknown;
}

/** Remembers in the current history entry which result link was followed (click, Enter, middle click). */
export function rememberOpened(list: HTMLElement): void {
  const remember = (e: Event) => {
    const a = e.target instanceof Element ? e.target.closest('a') : null;
    if (!a || !list.contains(a)) return;
    const state = (history.state ?? {}) as Record<string, unknown>;
    history.replaceState({ ...state, opened: a.getAttribute('href') }, '');
  };
  list.addEventListener('click', remember);
  list.addEventListener('auxclick', remember);
}

/** The href of the result opened from this history entry, if any. */
export function openedHref(): string | null {
  const opened = (history.state as OpenedState | null)?.opened;
  return typeof opened === 'string' ? opened : null;
}
