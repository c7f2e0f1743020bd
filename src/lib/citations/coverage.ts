/**
 * How many of the base's citations land: of the titles the provisions name in 《》 whose document
 * the base holds, the share that the provision's page links to it (a declared citation of that
 * document, whose words are in the text); of the pinpoints after them and after 本条例, those
 * that land on an article. The rest are listed, so that each can be looked at.
 */
import { findMentions } from './mentions';
import type { ResolvedCitation } from './relations';
import type { CitationTargets } from './targets';

/** A provision as the measure reads it. */
export interface CoverageProvision {
  policy: string;
  number: number;
  url: string;
  /** The body as stored (a pinpoint's words never hold an escaped character). */
  body: string;
  citations: readonly { ref: string }[];
  citedPlaces: readonly ResolvedCitation[];
}

/** A place that does not land, for the list. */
export interface Miss {
  /** The citing provision's page. */
  url: string;
  /** What the text writes: 《title》 or 《title》第X条. */
  text: string;
  /** The policy of the base it names. */
  policy: string;
}

/** The measure. */
export interface CitationCoverage {
  /** Titles in 《》 the provisions write (one per provision and document). */
  titles: number;
  /** Those whose document the base holds (other than the citing document itself). */
  inBase: number;
  /** Those the page links to it. */
  linked: number;
  /** linked / inBase (1 when none is in the base). */
  share: number;
  /** The titles in the base that are not linked. */
  unlinked: Miss[];
  /** Pinpoints after a title of the base (in 《》 or not) or 本条例 (本法 …, 本条), and those that land on an article. */
  pinpoints: { afterTitle: number; afterTitleLanded: number; within: number; withinLanded: number };
  /** Pinpoints that land on a later version than the citing document's: they carry the version note. */
  versionNotes: number;
  /** Pinpoints into the base that do not land (the article is not in the base's version, or 之一). */
  unlanded: Miss[];
}

/** Measures the citations of the given provisions. */
export function citationCoverage(
  provisions: readonly CoverageProvision[],
  targets: CitationTargets,
  refs: ReadonlyMap<string, { docNumber: string | null; title: string }>,
): CitationCoverage {
  let titles = 0;
  let inBase = 0;
  let linked = 0;
  const unlinked: Miss[] = [];
  const unlanded: Miss[] = [];
  const pinpoints = { afterTitle: 0, afterTitleLanded: 0, within: 0, withinLanded: 0 };
  let versionNotes = 0;
  for (const c of provisions) {
    const seen = new Set<string>();
    const citing = { policy: c.policy, number: c.number };
    const written = findMentions(c.body);
    // Titles written without 《》 before a pinpoint (违反价格法第十四条) count for their pinpoints only.
    const bare = new Set(targets.bareMentions(c.body, citing));
    for (const m of [...written, ...bare]) {
      const held = targets.policyOfMention(m, citing);
      if (m.kind === 'document' && !bare.has(m)) {
        const key = `${held?.id ?? ''}:${m.title ?? ''}`;
        if (!seen.has(key)) {
          seen.add(key);
          titles += 1;
          if (held && held.id !== c.policy) {
            inBase += 1;
            const ok = c.citations.some((ct, i) => {
              const r = refs.get(ct.ref);
              return c.citedPlaces[i]?.policy === held.id && r !== undefined && c.body.includes(r.docNumber ?? r.title);
            });
            if (ok) linked += 1;
            else unlinked.push({ url: c.url, text: `《${m.title ?? ''}》`, policy: held.id });
          }
        }
      }
      if (!held || (m.kind === 'document' && held.id === c.policy)) continue;
      for (const p of m.pinpoints) {
        const t = targets.target(m, p, citing);
        if (m.kind === 'document') pinpoints.afterTitle += 1;
        else pinpoints.within += 1;
        if (!t) {
          unlanded.push({
            url: c.url,
            text: `${m.kind === 'document' ? `《${m.title ?? ''}》` : ''}${p.text}`,
            policy: held.id,
          });
          continue;
        }
        if (m.kind === 'document') pinpoints.afterTitleLanded += 1;
        else pinpoints.withinLanded += 1;
        if (t.note) versionNotes += 1;
      }
    }
  }
  return {
    titles,
    inBase,
    linked,
    share: inBase === 0 ? 1 : linked / inBase,
    unlinked,
    pinpoints,
    versionNotes,
    unlanded,
  };
}
