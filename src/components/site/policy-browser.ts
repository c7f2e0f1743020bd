/**
 * The policy list's script: reads each row's facets from its data attributes, then filters,
 * orders and pages the rows as the state says (src/lib/policies/browse.ts), updates the counts of
 * the options, and keeps the state in the URL. Filters replace the history entry; a page is a new
 * one, so Back returns to the page before.
 */
import {
  dropUnknownValues,
  FACETS,
  facetCounts,
  facetTotal,
  formatBrowseState,
  INITIAL_STATE,
  pageSpan,
  parseBrowseState,
  supportCount,
  visibleOrder,
  type BrowseRow,
  type BrowseState,
  type Facet,
} from '../../lib/policies/browse';
import { DEFAULT_PAGE_SIZE, pageWindow } from '../../lib/site/paging';

/** How the history changes with a render. */
type HistoryMode = 'replace' | 'push' | 'none';

/** The facets of one row, as the build wrote them. */
function rowOf(li: HTMLElement): BrowseRow {
  const d = li.dataset;
  return {
    level: d['level'] ?? '',
    kind: d['kind'] ?? '',
    status: d['status'] ?? '',
    issuers: (d['issuers'] ?? '').split('|').filter((s) => s !== ''),
    support: d['support'] === '1',
    title: d['title'] ?? '',
    date: d['date'] ?? '',
  };
}

/** Wires one policy list (a .policy-browser element) to its form and pagers. */
export function initPolicyBrowser(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('form.policy-filters');
  const list = root.querySelector<HTMLElement>('ul.policy-list');
  if (!form || !list) return;
  const items = [...list.querySelectorAll<HTMLElement>(':scope > li')];
  const rows = items.map(rowOf);
  const size = Number(root.dataset['pageSize']) || DEFAULT_PAGE_SIZE;
  const selects = new Map<Facet, HTMLSelectElement>();
  for (const f of FACETS) {
    const s = form.elements.namedItem(f);
    if (s instanceof HTMLSelectElement) selects.set(f, s);
  }
  const q = form.elements.namedItem('q') as HTMLInputElement | null;
  const support = form.elements.namedItem('support') as HTMLInputElement | null;
  const supportLabel = support ? form.querySelector<HTMLLabelElement>(`label[for="${support.id}"]`) : null;
  const sort = form.elements.namedItem('sort') as HTMLSelectElement | null;
  const status = form.querySelector('.policy-count');
  const pagers = [...root.querySelectorAll<HTMLElement>('nav.policy-pager')];
  let state: BrowseState = { ...INITIAL_STATE };

  const fromUrl = (): BrowseState => dropUnknownValues(parseBrowseState(location.search), rows).state;

  const writeForm = (s: BrowseState) => {
    for (const [f, select] of selects) select.value = s[f];
    if (q) q.value = s.q;
    if (support) support.checked = s.support;
    if (sort) sort.value = s.sort;
  };

  const readForm = (): BrowseState => {
    const next: BrowseState = { ...state, page: 1 };
    for (const [f, select] of selects) next[f] = select.value;
    next.q = q?.value ?? '';
    next.support = support?.checked ?? false;
    next.sort = sort?.value === 'title' ? 'title' : 'newest';
    return next;
  };

  const pageHref = (n: number) => formatBrowseState({ ...state, page: n }) || location.pathname;

  const renderPager = (nav: HTMLElement, page: number, last: number) => {
    nav.hidden = last <= 1;
    nav.replaceChildren();
    if (last <= 1) return;
    const edge = (n: number, text: string, rel: string, active: boolean) => {
      if (!active) {
        const span = document.createElement('span');
        span.className = 'pager-edge';
        span.textContent = text;
        return span;
      }
      const a = document.createElement('a');
      a.href = pageHref(n);
      a.rel = rel;
      a.dataset['page'] = String(n);
      a.textContent = text;
      return a;
    };
    const ol = document.createElement('ol');
    for (const n of pageWindow(page, last)) {
      const li = document.createElement('li');
      if (n === 'gap') {
        li.className = 'pager-gap';
        li.setAttribute('aria-hidden', 'true');
        li.textContent = '…';
      } else {
        const a = document.createElement('a');
        a.href = pageHref(n);
        a.dataset['page'] = String(n);
        a.setAttribute('aria-label', `第 ${String(n)} 页`);
        if (n === page) a.setAttribute('aria-current', 'page');
        a.textContent = String(n);
        li.append(a);
      }
      ol.append(li);
    }
    nav.append(edge(page - 1, '上一页', 'prev', page > 1), ol, edge(page + 1, '下一页', 'next', page < last));
  };

  const renderCounts = () => {
    const counts = facetCounts(rows, state);
    for (const [f, select] of selects) {
      for (const option of select.options) {
        const label = option.dataset['label'] ?? option.value;
        const n = option.value === '' ? facetTotal(rows, state, f) : (counts[f].get(option.value) ?? 0);
        option.textContent = `${label}（${String(n)}）`;
        // An option that would empty the list cannot be chosen; the chosen one always can.
        option.disabled = n === 0 && option.value !== '' && option.value !== state[f];
      }
    }
    if (supportLabel) {
      const label = supportLabel.dataset['label'] ?? '';
      supportLabel.textContent = `${label}（${String(supportCount(rows, state))}）`;
    }
  };

  const render = (mode: HistoryMode) => {
    const order = visibleOrder(rows, state);
    const span = pageSpan(order.length, state.page, size);
    state = { ...state, page: span.page };
    const onPage = new Set(order.slice(span.start, span.end));
    // The rows in the state's order; those filtered out keep their place after them, hidden.
    const shown = new Set(order);
    list.append(...order.map((i) => items[i] as HTMLElement), ...items.filter((_, i) => !shown.has(i)));
    items.forEach((li, i) => {
      li.hidden = !onPage.has(i);
    });
    renderCounts();
    for (const nav of pagers) renderPager(nav, span.page, span.last);
    if (status) {
      const whole = order.length === rows.length;
      const head =
        order.length === 0
          ? `没有符合条件的政策文件，共 ${String(rows.length)} 份`
          : whole
            ? `共 ${String(rows.length)} 份`
            : `显示 ${String(order.length)} 份，共 ${String(rows.length)} 份`;
      const rowsOn =
        span.end - span.start === 1
          ? `第 ${String(span.end)} 份`
          : `第 ${String(span.start + 1)}–${String(span.end)} 份`;
      const where = span.last > 1 ? `；第 ${String(span.page)} / ${String(span.last)} 页，${rowsOn}` : '';
      status.textContent = head + where;
    }
    const url = formatBrowseState(state) || location.pathname;
    if (mode === 'replace') history.replaceState(null, '', url);
    else if (mode === 'push') history.pushState(null, '', url);
  };

  state = fromUrl();
  writeForm(state);
  form.hidden = false;
  render('replace');

  let typing: ReturnType<typeof setTimeout> | undefined;
  form.addEventListener('change', () => {
    state = readForm();
    render('replace');
  });
  q?.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => {
      state = readForm();
      render('replace');
    }, 150);
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
  });
  form.addEventListener('reset', (e) => {
    e.preventDefault();
    state = { ...INITIAL_STATE };
    writeForm(state);
    render('replace');
  });
  for (const nav of pagers)
    nav.addEventListener('click', (e) => {
      const a = (e.target as Element | null)?.closest<HTMLAnchorElement>('a[data-page]');
      if (!a || e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
      e.preventDefault();
      state = { ...state, page: Number(a.dataset['page']) };
      render('push');
      // The reader goes on at the top of the new page.
      list.focus({ preventScroll: true });
      (pagers[0] ?? list).scrollIntoView({ block: 'start' });
    });
  window.addEventListener('popstate', () => {
    state = fromUrl();
    writeForm(state);
    render('none');
  });
}
