/**
 * Every URL of the site, in one place: pages link through these and the link check relies
 * on them. URLs carry the policy id so that more policies can join without breaking any.
 */
export const urls = {
  home: () => '/',
  policy: (policy: string) => `/policies/${policy}/`,
  part: (policy: string, part: number) => `/policies/${policy}/parts/${String(part)}/`,
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
