/**
 * How people cite a provision in Chinese writing: 《full title》第（十六）条 or 《full title》第十二条,
 * then, for a policy no longer (or not yet) in force, its status, so that a pasted citation
 * never passes an expired text off as current. The copy button and the no-JavaScript citation
 * box use the same words.
 * @param label the provision as people cite it (provisionLabel): 第（十六）条, 第十二条
 * @param statusNote e.g. 已失效，有效期至2021年12月31日; omitted for a policy in force
 */
export function clauseCitation(policyTitle: string, label: string, statusNote?: string): string {
  return `《${policyTitle}》${label}${statusNote ? `（${statusNote}）` : ''}`;
}

/** The citation with its address, as the copy button puts it on the clipboard. */
export function clauseCitationWithUrl(policyTitle: string, label: string, url: string, statusNote?: string): string {
  return `${clauseCitation(policyTitle, label, statusNote)} ${url}`;
}
