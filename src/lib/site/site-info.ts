/**
 * Who publishes the site, shown in every page's footer. A deployment names itself through
 * SITE_PUBLISHER (e.g. 某某市经济和信息化局); the default names the project, which is who
 * publishes a build of this repository.
 */
export const SITE_INFO = {
  /** The publisher's name, as the footer shows it before 编制发布. */
  publisher: process.env['SITE_PUBLISHER'] || '政策库（policy-kb）项目',
} as const;
