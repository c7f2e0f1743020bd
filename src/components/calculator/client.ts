/**
 * The calculator's browser side: reads a shared link into the form, then on every change reads
 * the form into a profile, runs the one computation of src/lib/eligibility, shows the result
 * and keeps the profile in the URL. Nothing here computes an amount.
 */
import './zod-jitless';
import { decodeLink, encodeProfile, repairLink, type CalcPolicy, type Catalog } from '../../lib/eligibility/index';
import { formRemarks, keepLowerTier, readForm, syncPrevious, tickForBase, writeForm } from './client-form';
import { render, renderTrace, type CalcData, type ResultElements } from './client-render';

/** The element matching `selector` of the given type, or a clear error when the page lacks it. */
function need<T extends Element>(selector: string, type: new () => T): T {
  const el = document.querySelector(selector);
  if (!(el instanceof type)) throw new Error(`calculator: missing ${selector}`);
  return el;
}

/** The JSON embedded in a script element of the page (built from the knowledge base). */
function embedded(selector: string): unknown {
  return JSON.parse(need(selector, HTMLScriptElement).textContent);
}

/** Starts the calculator on the page: reads the embedded data and the URL, then listens. */
export function startCalculator(): void {
  const data: CalcData = {
    catalog: embedded('#calc-catalog') as Catalog,
    policies: embedded('#calc-policies') as CalcPolicy[],
  };
  const form = need('#calc-form', HTMLFormElement);
  const els: ResultElements = {
    paid: need('#calc-total-paid', HTMLElement),
    cumulative: need('#calc-total-cumulative', HTMLElement),
    ceiling: need('#calc-total-ceiling', HTMLElement),
    bar: need('#calc-bar-total', HTMLElement),
    date: need('#calc-date', HTMLElement),
    url: need('#calc-url', HTMLAnchorElement),
    statuses: need('#calc-statuses', HTMLUListElement),
    errors: need('#calc-errors', HTMLElement),
    items: need('#calc-items', HTMLElement),
    notComputed: need('#calc-not-computed', HTMLElement),
  };

  // What only works with the script (the result, the bar, the promise of live results) is shown now.
  for (const node of document.querySelectorAll<HTMLElement>('[data-needs-js]')) node.hidden = false;

  // A shared link: what the form can hold goes into it; the parts it cannot are said once, and
  // the URL is left as it was until the reader changes something (it still reproduces this page).
  // A link too long to read is dropped from the address at once: the page keeps nothing of it.
  const decoded = decodeLink(location.search);
  if (decoded.tooLong) history.replaceState(null, '', location.pathname);
  const link = repairLink(decoded, data.catalog);
  writeForm(form, link.profile);
  const rungs = new Map<string, string>();
  keepLowerTier(form, rungs);
  render(els, data, readForm(form), [...link.messages, ...formRemarks(form)]);

  const update = (event?: Event) => {
    tickForBase(form, event?.target ?? null);
    keepLowerTier(form, rungs);
    syncPrevious(form);
    const profile = readForm(form);
    const query = encodeProfile(profile);
    // From the first change the URL is the form's: the link's messages no longer describe it.
    history.replaceState(null, '', query === '' ? location.pathname : `${location.pathname}?${query}`);
    render(els, data, profile, formRemarks(form));
  };
  form.addEventListener('input', update);
  form.addEventListener('change', update);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    update();
  });
  form.addEventListener('reset', () => {
    // The reset applies after this event: read the form once it has.
    setTimeout(() => {
      update();
    }, 0);
  });
  // A printout carries the day it was printed, not the day the page was opened.
  addEventListener('beforeprint', () => {
    renderTrace(
      els,
      data,
      readForm(form).claims.map((c) => c.award),
    );
  });
  document.getElementById('calc-print')?.addEventListener('click', () => {
    print();
  });
}
