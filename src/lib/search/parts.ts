/**
 * The values of the search page's 部分或章 filter, by policy. A part's name (第一章 总则) is
 * shared by hundreds of documents, so the filter means something only within one policy: the
 * page offers a policy's parts once that policy is chosen, from a file it fetches then
 * (/search/parts.json), rather than carrying every document's chapters in its HTML.
 */

/** A provision's policy and the name of the top division it stands in, if any. */
export interface ProvisionPart {
  policy: string;
  part: string | undefined;
}

/**
 * The top divisions of each policy, in document order, for the policies that have two or more
 * (one part cannot narrow a search).
 */
export function partsByPolicy(provisions: Iterable<ProvisionPart>): Record<string, string[]> {
  const byPolicy = new Map<string, string[]>();
  for (const { policy, part } of provisions) {
    if (part === undefined) continue;
    const parts = byPolicy.get(policy) ?? [];
    if (!parts.includes(part)) parts.push(part);
    byPolicy.set(policy, parts);
  }
  return Object.fromEntries([...byPolicy].filter(([, parts]) => parts.length > 1));
}
