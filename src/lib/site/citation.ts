/**
 * How people cite a clause in Chinese writing: 《full title》第（十六）条, followed by where to
 * read it. The copy button and the no-JavaScript citation box use the same words.
 */
export function clauseCitation(policyTitle: string, numeral: string): string {
  return `《${policyTitle}》第（${numeral}）条`;
}

/** The citation with its address, as the copy button puts it on the clipboard. */
export function clauseCitationWithUrl(policyTitle: string, numeral: string, url: string): string {
  return `${clauseCitation(policyTitle, numeral)} ${url}`;
}
