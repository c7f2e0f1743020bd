/**
 * What citations state between documents: where each citation of a provision lands (the document
 * in the base, and the article, paragraph and item its quote pinpoints), what a document is made
 * under (根据《…》…，制定本条例 in its first article: its 制定依据) and, inverted, which documents
 * of the base implement a law; and the references a document repeals (《…》同时废止). Every fact
 * is read from the quote or sentence that states it.
 */
import type { Citation } from '../../schemas/citation';
import type { Reference } from '../../schemas/reference';
import { splitSentences } from '../text/sentences';
import { titleKey } from '../text/title-key';
import { urls } from '../kb/urls';
import { findMentions } from './mentions';
import type { CitationTargets, CitingPlace } from './targets';

/** A citation with where it lands. */
export interface ResolvedCitation {
  /** The cited policy's id when the base holds the document, else null. */
  policy: string | null;
  /** The provision (article) of it the quote pinpoints, with the paragraph and item it names. */
  provision?: number;
  paragraph?: number;
  item?: number;
  /** The pinpoint as the quote writes it: 第十四条第二款. */
  pinpoint?: string;
  /** Where the citation lands: the article's anchor, the document, or null when the base lacks it. */
  url: string | null;
  /** The version note of the pinpoint (引用时为…), or null. */
  note: string | null;
}

/** Where a citation lands: its document (by the reference's record, or its title as people write it) and its quote's first pinpoint into it. */
export function resolveCitation(
  targets: CitationTargets,
  ref: Pick<Reference, 'title' | 'docNumber' | 'policy'>,
  citation: Pick<Citation, 'quote'>,
  citing: CitingPlace,
): ResolvedCitation {
  const held = ref.policy ? targets.policy(ref.policy) : ref.docNumber ? null : targets.policyOfTitle(ref.title);
  if (!held) return { policy: null, url: null, note: null };
  for (const m of findMentions(citation.quote)) {
    if (m.kind !== 'document' || targets.policyOfTitle(m.title ?? '')?.id !== held.id) continue;
    for (const p of m.pinpoints) {
      const t = targets.target(m, p, citing);
      if (!t) continue;
      return {
        policy: held.id,
        provision: t.provision,
        ...(t.paragraph === undefined ? {} : { paragraph: t.paragraph }),
        ...(t.item === undefined ? {} : { item: t.item }),
        pinpoint: p.text,
        url: t.url,
        note: t.note,
      };
    }
  }
  return { policy: held.id, url: urls.policy(held.id), note: null };
}

/** A document another is made under, as its first article states. */
export interface Basis {
  /** The title as the sentence writes it. */
  title: string;
  /** The reference record of the citation, or null when the provision declares none for it. */
  ref: string | null;
  /** The policy of the base it is, or null. */
  policy: string | null;
  /** The provision that states it (the first article) and the sentence, word for word. */
  provision: number;
  quote: string;
}

/** The sentence of a first article that states the basis: …根据《…》…，制定本条例. */
const MADE = /制定本(?:实施细则|实施办法|条例|办法|规定|细则|规则|决定)/u;
/** The verb that introduces the basis. */
const UNDER = /根据|依据|依照|按照/u;

/**
 * The documents a policy is made under: the titles its first article names between 根据 (依据, 依照)
 * and 制定本条例 (本办法 …).
 * @param first the policy's first provision, with its citations
 * @param refs the reference records, by id
 */
export function basisOf(
  targets: CitationTargets,
  first: { number: number; text: string; citations: readonly Citation[] },
  refs: ReadonlyMap<string, Pick<Reference, 'id' | 'title'>>,
): Basis[] {
  const out: Basis[] = [];
  for (const sentence of splitSentences(first.text)) {
    const made = MADE.exec(sentence);
    const under = UNDER.exec(sentence);
    if (!made || !under || under.index > made.index) continue;
    for (const m of findMentions(sentence)) {
      if (m.kind !== 'document' || m.at < under.index || m.at > made.index) continue;
      const title = m.title ?? '';
      const cited = first.citations.find((c) => {
        const r = refs.get(c.ref);
        return r !== undefined && titleKey(r.title) === titleKey(title);
      });
      if (out.some((b) => titleKey(b.title) === titleKey(title))) continue;
      out.push({
        title,
        ref: cited?.ref ?? null,
        policy: targets.policyOfTitle(title)?.id ?? null,
        provision: first.number,
        quote: sentence,
      });
    }
  }
  return out;
}

/** A repeal a provision of the base states of a cited document: 《浙江省信息化促进条例》同时废止. */
export interface ReferenceRepeal {
  /** The repealing policy's id and the provision, with the sentence. */
  policy: string;
  provision: number;
  quote: string;
}

/**
 * The references the base's provisions repeal: each document named in 《》 in a sentence with 同时废止,
 * by the reference record whose title it is (as people write it), first statement kept. A law never
 * repeals its namesake (the new 工会法 repeals the 1950 one: the reference names the new law), and
 * a reference whose document the base holds is repealed only when that document is (kb/repeals.ts,
 * which compares their dates).
 * @param titleOf each policy's title, by id
 * @param repealedPolicies the ids of the base's documents that a document of the base repeals
 */
export function referenceRepeals(
  provisions: ReadonlyArray<{ policy: string; number: number; text: string; citations: readonly Citation[] }>,
  refs: ReadonlyMap<string, Pick<Reference, 'id' | 'title' | 'policy'>>,
  titleOf: ReadonlyMap<string, string>,
  repealedPolicies: ReadonlySet<string>,
): Map<string, ReferenceRepeal> {
  const out = new Map<string, ReferenceRepeal>();
  for (const c of provisions) {
    if (!c.text.includes('同时废止')) continue;
    for (const sentence of splitSentences(c.text).filter((s) => s.includes('同时废止')))
      for (const m of findMentions(sentence)) {
        if (m.kind !== 'document') continue;
        const key = titleKey(m.title ?? '');
        for (const ct of c.citations) {
          const r = refs.get(ct.ref);
          if (!r || titleKey(r.title) !== key || out.has(r.id)) continue;
          if (key === titleKey(titleOf.get(c.policy) ?? '')) continue;
          if (r.policy === null || repealedPolicies.has(r.policy))
            out.set(r.id, { policy: c.policy, provision: c.number, quote: sentence });
        }
      }
  }
  return out;
}
