/**
 * The site-wide 只看现行有效 switch: `?status=现行有效` in the URL, the parameter /policies/ and
 * /search/ already read, hides every row of the page whose policy is not in force (rows carry
 * data-state) and says how many it hides. Other scripts that count rows (the awards table) listen
 * for IN_FORCE_EVENT and read inForceOnly().
 */

/** The URL parameter and the value that keep only what is in force. */
export const IN_FORCE_PARAM = 'status';
export const IN_FORCE_VALUE = '现行有效';
/** Fired on document when the switch changes. */
export const IN_FORCE_EVENT = 'in-force-change';

/** Whether the page shows only rows of policies in force. */
export function inForceOnly(): boolean {
  return document.documentElement.dataset['inForceOnly'] === 'true';
}

/** Whether a row is hidden by the switch. */
export function hiddenBySwitch(row: HTMLElement): boolean {
  return inForceOnly() && row.dataset['state'] !== undefined && row.dataset['state'] !== 'in-force';
}

/** Sets the switch: the page's rows, the URL (replacing the history entry), the count. */
function apply(on: boolean, box: HTMLInputElement, count: HTMLOutputElement): void {
  box.checked = on;
  if (on) document.documentElement.dataset['inForceOnly'] = 'true';
  else delete document.documentElement.dataset['inForceOnly'];
  const url = new URL(location.href);
  if (on) url.searchParams.set(IN_FORCE_PARAM, IN_FORCE_VALUE);
  else url.searchParams.delete(IN_FORCE_PARAM);
  if (url.href !== location.href) history.replaceState(history.state, '', url);
  const others = document.querySelectorAll('main [data-state]:not([data-state="in-force"])').length;
  count.textContent = on
    ? others > 0
      ? `已隐藏 ${String(others)} 项非现行有效政策的条目。`
      : '本页没有非现行有效政策的条目。'
    : others > 0
      ? `本页有 ${String(others)} 项出自已失效或非现行有效的政策。`
      : '';
  document.dispatchEvent(new CustomEvent(IN_FORCE_EVENT));
}

/**
 * Wires a paged list's switch, which goes between the list (data-all) and its pages of rows in
 * force (data-in-force): a link with ?status=现行有效 to the list lands on the rows in force.
 */
function enhancePagedSwitch(box: HTMLInputElement, all: string, inForce: string): void {
  if (!box.checked && new URLSearchParams(location.search).get(IN_FORCE_PARAM) === IN_FORCE_VALUE) {
    location.replace(inForce);
    return;
  }
  box.addEventListener('change', () => {
    location.assign(box.checked ? inForce : all);
  });
}

/** Wires one switch (a form with a checkbox and an output). */
export function enhanceInForceSwitch(form: HTMLFormElement): void {
  const box = form.querySelector('input[type="checkbox"]');
  const count = form.querySelector('output');
  if (!(box instanceof HTMLInputElement) || !(count instanceof HTMLOutputElement)) return;
  form.hidden = false;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
  });
  const { all, inForce } = form.dataset;
  if (all !== undefined && inForce !== undefined) {
    enhancePagedSwitch(box, all, inForce);
    return;
  }
  apply(new URLSearchParams(location.search).get(IN_FORCE_PARAM) === IN_FORCE_VALUE, box, count);
  box.addEventListener('change', () => {
    apply(box.checked, box, count);
  });
}
