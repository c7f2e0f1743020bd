/**
 * Which documents of the LawRefBook/Laws collection the base takes: every regulation of Zhejiang
 * province and of Hangzhou (the other cities' regulations do not govern a Hangzhou enterprise),
 * and every national law or administrative regulation that a document of the base cites by title.
 */
import type { CatalogueEntry } from './catalogue';
import { titleKey } from '../text/title-key';
import type { DocumentVersions } from './versions';

/** The folder of the Zhejiang regulations (provincial and of each city). */
export const ZHEJIANG_FOLDER = 'DLC/浙江地方法规/地方性法规/浙江';

/** The folders of national laws, the Civil Code's parts and administrative regulations. */
export const NATIONAL_FOLDERS = [
  '宪法',
  '宪法相关法',
  '民法典',
  '民法商法',
  '行政法',
  '经济法',
  '社会法',
  '刑法',
  '诉讼与非诉讼程序法',
  '行政法规',
] as const;

/** The collection's repository. */
export const COLLECTION_REPOSITORY = 'LawRefBook/Laws';

/** How the collection names itself, the portal of its documents. */
export const COLLECTION_PORTAL = 'LawRefBook/Laws 法律法规数据库';

/** Whether a Zhejiang regulation is the province's or Hangzhou's, by its title. */
export function isProvinceOrHangzhou(entry: CatalogueEntry): boolean {
  return /^(?:浙江省|杭州)/u.test(entry.title);
}

/** The documents whose title key is among the cited ones, each with the key it matched. */
export function citedDocuments(
  documents: readonly DocumentVersions[],
  citedTitles: Iterable<string>,
): DocumentVersions[] {
  const cited = new Set([...citedTitles].map(titleKey));
  return documents.filter((d) => cited.has(titleKey(d.chosen.title)));
}
