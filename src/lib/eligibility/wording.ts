import type { CatalogAward } from './catalog';

/**
 * The words a reason of the result uses for things the reader typed: the CLI's reader wrote
 * ids and baseYuan in a JSON file, the page's reader ticked names and typed 万元.
 */
export interface Wording {
  /**
   * Names an award inside a Chinese sentence, set off from the words around it: an id between
   * spaces (与 green-park-national 同属), or a name in quotes, which need no spaces (与“…”同属).
   */
  award(award: Pick<CatalogAward, 'id' | 'condition'>): string;
  /** Asks for the missing base of a rate or matching award (`base` as written: 项目投入额). */
  needBase(base: string): string;
}

/** The CLI's words: ids and field names, as in the profile file. */
export const CLI_WORDING: Wording = {
  award: (a) => ` ${a.id} `,
  needBase: (base) => `需要填写${base}（baseYuan，单位：元）`,
};

/** The form's words: award names and 万元, as on the /calculator/ page. */
export const FORM_WORDING: Wording = {
  award: (a) => `“${a.condition}”`,
  needBase: (base) => `需要填写${base}（万元）`,
};
