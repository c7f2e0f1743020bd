/**
 * The 部分或章 filter: offered once a policy is chosen, with that policy's parts only (see
 * lib/search/parts.ts). The parts of every policy are fetched once, when first needed; the
 * values it offers are also the ones a URL may carry, so the page's list of known values grows
 * as they load.
 */
import type { PageData } from './page-parts';

/** The part select, driven by the policy select. */
export class PartFilter {
  private all: Promise<Record<string, string[]>> | null = null;

  constructor(
    private readonly select: HTMLSelectElement,
    private readonly known: PageData['filters'],
  ) {}

  /** The parts of every policy, fetched once; none if the file cannot be had. */
  private parts(): Promise<Record<string, string[]>> {
    this.all ??= fetch(this.select.dataset['partsUrl'] ?? '')
      .then((r) => (r.ok ? (r.json() as Promise<Record<string, string[]>>) : {}))
      .catch(() => ({}));
    return this.all;
  }

  /** Offers the parts of `policy` (none chosen, or one with a single part: the filter is off). */
  async show(policy: string): Promise<void> {
    const parts = policy ? ((await this.parts())[policy] ?? []) : [];
    this.known.part = [...new Set([...(this.known.part ?? []), ...parts])];
    const s = this.select;
    const keep = s.value;
    s.replaceChildren(
      new Option(parts.length > 0 ? '全部' : policy ? '全部（此政策不分部分或章）' : '全部（先选择政策）', ''),
    );
    for (const p of parts) s.add(new Option(p, p));
    s.disabled = parts.length === 0;
    s.value = parts.includes(keep) ? keep : '';
  }
}
