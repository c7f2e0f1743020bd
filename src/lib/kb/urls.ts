import type { DivisionKind } from '../../schemas/division';

/**
 * Every URL of the site, in one place: pages link through these and the link check relies
 * on them. URLs carry the policy id so that more policies can join without breaking any.
 */
export const urls = {
  home: () => '/',
  policy: (policy: string) => `/policies/${policy}/`,
  /**
   * Parts are /parts/N/; chapters /chapters/N/, their sections /chapters/N/sections/M/; in a code
   * of 编 (and 分编), the kind and the path: /books/2/, /subbooks/2-1/, /chapters/2-1-3/.
   */
  division: (policy: string, id: string, kind: DivisionKind) => {
    const path = id.split('.');
    const [top = '', second] = path;
    if (kind === 'part') return `/policies/${policy}/parts/${top}/`;
    if (kind === 'chapter' && path.length === 1) return `/policies/${policy}/chapters/${top}/`;
    if (kind === 'section' && path.length === 2 && second)
      return `/policies/${policy}/chapters/${top}/sections/${second}/`;
    return `/policies/${policy}/${kind}s/${path.join('-')}/`;
  },
  policies: () => '/policies/',
  clause: (policy: string, n: number) => `/policies/${policy}/${String(n)}/`,
  preamble: (policy: string) => `/policies/${policy}/preamble/`,
  closing: (policy: string) => `/policies/${policy}/closing/`,
  industries: () => '/industries/',
  industry: (slug: string) => `/industries/${slug}/`,
  /** One list of an industry page, on pages of its own: awards, clauses, group (see lib/site/industries). */
  industryList: (slug: string, list: string) => `/industries/${slug}/${list}/`,
  supportTypes: () => '/support-types/',
  supportType: (slug: string) => `/support-types/${slug}/`,
  awards: () => '/awards/',
  /** Awards open to every industry: their own sentence names none (see the industry pages). */
  generalAwards: () => '/awards/general/',
  budgets: () => '/awards/budgets/',
  /** The search page listing every award, largest first, with its filters. */
  awardSearch: () => '/search/?sort=award',
  targets: () => '/targets/',
  references: () => '/references/',
  reference: (slug: string) => `/references/${slug}/`,
  search: (q?: string) => `/search/${q ? `?q=${encodeURIComponent(q)}` : ''}`,
  /** The search page's 部分或章 values by policy, fetched once a policy is chosen. */
  searchParts: () => '/search/parts.json',
  /** The calculator of every policy, or of one policy (each has its own page). */
  calculator: (policy?: string) => (policy ? `/calculator/${policy}/` : '/calculator/'),
  api: (file: string) => `/api/${file}`,
  /** The Atom feed of every change, and the page that lists the same. */
  feed: () => '/feed.xml',
  changes: () => '/changes/',
  policyFeed: (policy: string) => `/feeds/policies/${policy}.xml`,
  industryFeed: (slug: string) => `/feeds/industries/${slug}.xml`,
} as const;

/** The anchor of an award row on its clause page. */
export function awardAnchor(awardId: string): string {
  return `award-${awardId}`;
}
