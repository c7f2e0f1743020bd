import type { DivisionKind } from '../../schemas/division';

/**
 * Every URL of the site, in one place: pages link through these and the link check relies
 * on them. URLs carry the policy id so that more policies can join without breaking any.
 */
export const urls = {
  home: () => '/',
  policy: (policy: string) => `/policies/${policy}/`,
  /** Parts keep the 2018 policy's /parts/N/; chapters are /chapters/N/, their sections /chapters/N/sections/M/. */
  division: (policy: string, id: string, kind: DivisionKind) => {
    const [top = '', ...rest] = id.split('.');
    if (kind === 'part') return `/policies/${policy}/parts/${top}/`;
    return `/policies/${policy}/${['chapters', top, ...rest.flatMap((n) => ['sections', n])].join('/')}/`;
  },
  policies: () => '/policies/',
  clause: (policy: string, n: number) => `/policies/${policy}/${String(n)}/`,
  preamble: (policy: string) => `/policies/${policy}/preamble/`,
  closing: (policy: string) => `/policies/${policy}/closing/`,
  industries: () => '/industries/',
  industry: (slug: string) => `/industries/${slug}/`,
  supportTypes: () => '/support-types/',
  supportType: (slug: string) => `/support-types/${slug}/`,
  awards: () => '/awards/',
  targets: () => '/targets/',
  references: () => '/references/',
  reference: (slug: string) => `/references/${slug}/`,
  search: (q?: string) => `/search/${q ? `?q=${encodeURIComponent(q)}` : ''}`,
  calculator: () => '/calculator/',
  api: (file: string) => `/api/${file}`,
} as const;

/** The anchor of an award row on its clause page. */
export function awardAnchor(awardId: string): string {
  return `award-${awardId}`;
}
