/**
 * Browser code of the awards table: sort rows by amount (from the header, or from the form's
 * sort select on phones where the header is hidden), and filter them by the form's selects.
 * Rows carry their data in data-* attributes written at build time.
 */

import { hiddenBySwitch, IN_FORCE_EVENT } from './in-force-switch';

type Order = 'descending' | 'ascending' | '';

/** The form's fields kept in the URL (/awards/?industry=集成电路&sort=descending). */
const URL_FIELDS = ['policy', 'level', 'kind', 'industry', 'sort'] as const;

/** Rows with no amount (matching grants, amounts set elsewhere) go last in both orders. */
function compare(a: HTMLTableRowElement, b: HTMLTableRowElement, order: Order): number {
  if (order === '') return 0;
  const x = a.dataset['amount'] ? Number(a.dataset['amount']) : null;
  const y = b.dataset['amount'] ? Number(b.dataset['amount']) : null;
  if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
  return order === 'descending' ? y - x : x - y;
}

/** The value of a select of the form, '' when absent. */
function selected(form: HTMLFormElement, name: string): string {
  const el = form.elements.namedItem(name);
  return el instanceof HTMLSelectElement ? el.value : '';
}

/** Shows only the rows that match every filter of the form. */
function applyFilters(form: HTMLFormElement, rows: readonly HTMLTableRowElement[]): void {
  const level = selected(form, 'level');
  const kind = selected(form, 'kind');
  const industry = selected(form, 'industry');
  const policy = selected(form, 'policy');
  let shown = 0;
  for (const row of rows) {
    const industries = row.dataset['industries'] ? (row.dataset['industries'] ?? '').split('|') : [];
    const ok =
      (level === '' || (level === '-' ? row.dataset['level'] === '' : row.dataset['level'] === level)) &&
      (kind === '' || row.dataset['kind'] === kind) &&
      (policy === '' || row.dataset['policy'] === policy) &&
      (industry === '' || (industry === '-' ? industries.length === 0 : industries.includes(industry)));
    row.hidden = !ok;
    if (ok && !hiddenBySwitch(row)) shown += 1;
  }
  const filtered = shown !== rows.length;
  const count = form.querySelector('output');
  if (count)
    count.textContent = filtered
      ? `显示 ${String(shown)} 项，共 ${String(rows.length)} 项`
      : `共 ${String(rows.length)} 项`;
  // The caption names the table for screen readers: it must say what the rows now are.
  const caption = rows[0]?.closest('table')?.caption;
  if (caption) {
    caption.dataset['full'] ??= caption.textContent;
    caption.textContent = filtered
      ? `${caption.dataset['full']}：筛选后显示 ${String(shown)} 项（共 ${String(rows.length)} 项）`
      : caption.dataset['full'];
  }
}

/** Fills the form's selects from the URL; a value the select does not offer is dropped. */
function readUrl(form: HTMLFormElement): void {
  const params = new URLSearchParams(location.search);
  for (const name of URL_FIELDS) {
    const el = form.elements.namedItem(name);
    const value = params.get(name);
    if (!(el instanceof HTMLSelectElement) || value === null) continue;
    if ([...el.options].some((o) => o.value === value)) el.value = value;
  }
}

/** Puts the form's selects in the URL (replacing the history entry), keeping other parameters. */
function writeUrl(form: HTMLFormElement): void {
  const url = new URL(location.href);
  for (const name of URL_FIELDS) {
    const value = selected(form, name);
    if (value === '') url.searchParams.delete(name);
    else url.searchParams.set(name, value);
  }
  if (url.href !== location.href) history.replaceState(history.state, '', url);
}

/** Wires the form and the amount header of one awards table. */
export function enhanceAwardsTable(form: HTMLFormElement, table: HTMLTableElement): void {
  const body = table.tBodies[0];
  const th = table.querySelector<HTMLTableCellElement>('th[data-sort="amount"]');
  const sortSelect = form.elements.namedItem('sort');
  if (!body || !th || !(sortSelect instanceof HTMLSelectElement)) return;
  const original = [...body.rows];
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'sort-button';
  button.textContent = th.textContent;
  th.textContent = '';
  th.append(button);

  const sort = (order: Order): void => {
    if (order === '') th.removeAttribute('aria-sort');
    else th.setAttribute('aria-sort', order);
    button.dataset['order'] = order;
    sortSelect.value = order;
    // A stable sort of the original order keeps clause order among equal amounts.
    body.append(...[...original].sort((a, b) => compare(a, b, order)));
  };
  button.addEventListener('click', () => {
    sort(th.getAttribute('aria-sort') === 'descending' ? 'ascending' : 'descending');
  });
  form.addEventListener('change', (event) => {
    if (event.target === sortSelect) sort(sortSelect.value as Order);
    else applyFilters(form, original);
    writeUrl(form);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
  });
  document.addEventListener(IN_FORCE_EVENT, () => {
    applyFilters(form, original);
  });
  readUrl(form);
  form.hidden = false;
  if (sortSelect.value !== '') sort(sortSelect.value as Order);
  applyFilters(form, original);
}
