/**
 * Where a mention lands: the document a title names in the base (with or without 中华人民共和国,
 * titles quoted inside titles), the article a pinpoint names in it, and the paragraph or item anchor
 * of that article as the site numbers them (provisionParts). A pinpoint into a version of the cited
 * document later than the citing one carries a note (versions.ts); an article the base's version
 * lacks is not linked, so a citation never lands silently on another rule.
 */
import type { Policy } from '../../schemas/policy';
import { parseChineseNumeral, toChineseNumeral } from '../text/numerals';
import { bodyBlocks, provisionParts } from '../text/provision-parts';
import { titleKey } from '../text/title-key';
import { urls } from '../kb/urls';
import { findMentions, type Mention } from './mentions';
import { pinpointsAt, type Pinpoint } from './pinpoint';

/** A run of words ending in 法 or 条例 right before 第X条, not after 《》 or 本 (those are read by findMentions). */
const BARE = /(?<![》本\p{Script=Han}])(\p{Script=Han}{2,30}?(?:法|条例))(?=第[零〇一二三四五六七八九十百千]+条)/gu;
import { versionNote } from './versions';

/** A provision the base holds, as the resolver needs it. */
export interface TargetProvision {
  policy: string;
  number: number;
  numeral: string;
  /** The body as stored: blocks separated by blank lines. */
  body: string;
}

/** The citing provision: its policy and number. */
export interface CitingPlace {
  policy: string;
  number: number;
}

/** Where a pinpoint lands. */
export interface PinpointTarget {
  /** The cited policy's id. */
  policy: string;
  /** The provision (its number in the policy, the URL's) the article is. */
  provision: number;
  /** The paragraph (款) the pinpoint names, when it names one. */
  paragraph?: number;
  /** The item (项) it names, when it names one. */
  item?: number;
  /** The anchor of the paragraph or item on the provision's page, null when it names none or the article has no such part. */
  anchor: string | null;
  /** The provision's page, with the anchor. */
  url: string;
  /** The version note (引用时为…), or null when the versions agree or the place is within the citing document. */
  note: string | null;
  /** The place in words, for the link's title: 《…》第十四条第二款, 本条例第十条至第十五条. */
  label: string;
}

/** A pinpoint of a text with where it lands. */
export interface PinpointLink {
  /** The mention it follows. */
  mention: Mention;
  /** The pinpoint, with its offsets in the text. */
  pinpoint: Pinpoint;
  target: PinpointTarget;
}

/** Resolves the mentions of the base's texts to the base's documents and provisions. */
export class CitationTargets {
  private readonly byKey = new Map<string, Policy>();
  private readonly byId = new Map<string, Policy>();
  /** Each article-style policy's articles by the number their numeral writes, first occurrence. */
  private readonly articles = new Map<string, Map<number, TargetProvision>>();

  constructor(policies: readonly Policy[], provisions: readonly TargetProvision[]) {
    for (const p of policies) {
      this.byId.set(p.id, p);
      if (!this.byKey.has(titleKey(p.title))) this.byKey.set(titleKey(p.title), p);
    }
    for (const c of provisions) {
      if (this.byId.get(c.policy)?.provisionStyle !== 'article') continue;
      const n = parseChineseNumeral(c.numeral);
      if (n === null) continue;
      const map = this.articles.get(c.policy) ?? new Map<number, TargetProvision>();
      if (!map.has(n)) map.set(n, c);
      this.articles.set(c.policy, map);
    }
  }

  /** The policy of the base a title names, as people write it (《电子商务法》, 〈〉 or 《》 inside), or null. */
  policyOfTitle(title: string): Policy | null {
    return this.byKey.get(titleKey(title)) ?? null;
  }

  /** The policy of an id, or null. */
  policy(id: string): Policy | null {
    return this.byId.get(id) ?? null;
  }

  /** The policy a mention names from `citing`: the titled document, or the citing one itself. */
  policyOfMention(m: Mention, citing: CitingPlace): Policy | null {
    return m.kind === 'document' ? this.policyOfTitle(m.title ?? '') : this.policy(citing.policy);
  }

  /**
   * Where a pinpoint of a mention lands, or null: the document is not in the base, is not made of
   * articles, lacks the article, or the pinpoint names an inserted article (之一) the base cannot tell apart.
   */
  target(m: Mention, p: Pinpoint, citing: CitingPlace): PinpointTarget | null {
    const cited = this.policyOfMention(m, citing);
    if (!cited || p.inserted) return null;
    const article =
      p.article === null
        ? [...(this.articles.get(cited.id)?.values() ?? [])].find((c) => c.number === citing.number)
        : this.articles.get(cited.id)?.get(p.article);
    if (!article) return null;
    const anchor = partAnchor(article.body, p);
    const within = cited.id === citing.policy;
    const citingPolicy = this.byId.get(citing.policy);
    const note = within || !citingPolicy ? null : versionNote(citingPolicy, cited);
    // Named in full, the article too where the text leaves it to the list (第十四条第（一）项、第（二）项) or to 本条.
    const label = `《${cited.title}》${pinpointLabel(article.numeral, p)}`;
    return {
      policy: cited.id,
      provision: article.number,
      ...(p.paragraph === undefined ? {} : { paragraph: p.paragraph }),
      ...(p.item === undefined ? {} : { item: p.item }),
      anchor,
      url: anchor ? `${urls.clause(cited.id, article.number)}#${anchor}` : urls.clause(cited.id, article.number),
      note,
      label,
    };
  }

  /**
   * Titles written without 《》 right before a pinpoint (采取审计法第四十五条, 违反价格法第十四条):
   * the longest run of the words before 第X条 that is the title of a document of the base, other
   * than the citing one (a regulation's own name is 本条例).
   */
  bareMentions(text: string, citing: CitingPlace): Mention[] {
    const out: Mention[] = [];
    for (const m of text.matchAll(BARE)) {
      const run = m[1] ?? '';
      const end = m.index + run.length;
      for (let i = 0; i <= run.length - 2; i++) {
        const title = run.slice(i);
        const held = this.policyOfTitle(title);
        if (!held || held.id === citing.policy) continue;
        const pinpoints = pinpointsAt(text, end);
        if (pinpoints.length > 0) out.push({ kind: 'document', title, at: m.index + i, end, pinpoints });
        break;
      }
    }
    return out;
  }

  /** Every pinpoint of a text that lands in the base, in text order. */
  linksIn(text: string, citing: CitingPlace): PinpointLink[] {
    const mentions = [...findMentions(text), ...this.bareMentions(text, citing)].sort((a, b) => a.at - b.at);
    return mentions.flatMap((mention) =>
      mention.pinpoints.flatMap((pinpoint) => {
        const target = this.target(mention, pinpoint, citing);
        return target ? [{ mention, pinpoint, target }] : [];
      }),
    );
  }
}

/** A pinpoint's words in a text, where they land and the note they carry, as the site links them. */
export interface PinpointSpan {
  /** Offset of the pinpoint's words (第十四条第二款) in the text given. */
  at: number;
  /** Offset after them. */
  end: number;
  /** The article's page, with the paragraph or item anchor. */
  url: string;
  /** The place in words, 《…》第十四条第二款, for the link's title. */
  label: string;
  /** The version note (引用时为…), shown after the link, or null. */
  note: string | null;
}

/** The pinpoints of a text as spans to link, for the citing provision. */
export function pinpointSpans(targets: CitationTargets, citing: CitingPlace): (text: string) => PinpointSpan[] {
  return (text) =>
    targets.linksIn(text, citing).map(({ pinpoint, target }) => ({
      at: pinpoint.at,
      end: pinpoint.end,
      url: target.url,
      // A paragraph or item the base's text of the article does not set apart (a defect of the source): the link says it lands on the article.
      label:
        target.anchor === null && (pinpoint.paragraph !== undefined || pinpoint.item !== undefined)
          ? `${target.label}（本库所收文本中该条未分出此款项，链接到该条）`
          : target.label,
      note: target.note,
    }));
}

/** A pinpoint in full words: 第十四条第二款, 第十四条第（二）项, 第十条至第十五条. */
export function pinpointLabel(articleNumeral: string, p: Pick<Pinpoint, 'paragraph' | 'item' | 'through'>): string {
  const para = p.paragraph === undefined ? '' : `第${toChineseNumeral(p.paragraph)}款`;
  const item = p.item === undefined ? '' : `第（${toChineseNumeral(p.item)}）项`;
  const through = p.through === undefined ? '' : `至第${toChineseNumeral(p.through)}条`;
  return `第${articleNumeral}条${para}${item}${through}`;
}

/** The anchor of the paragraph or item a pinpoint names in an article's body, or null. */
export function partAnchor(body: string, p: Pick<Pinpoint, 'paragraph' | 'item'>): string | null {
  if (p.paragraph === undefined && p.item === undefined) return null;
  const parts = provisionParts(bodyBlocks(body));
  const found =
    p.item === undefined
      ? parts.find((x) => x.kind === 'para' && x.para === p.paragraph)
      : parts.find(
          (x) => x.kind === 'item' && x.item === p.item && (p.paragraph === undefined || x.para === p.paragraph),
        );
  return found?.anchor ?? null;
}
