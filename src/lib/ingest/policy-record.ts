/**
 * The policy record of an ingested text: title, kind, issuers and a short title read from
 * the title, the cover or the passage lines; effect and expiry read from the closing or the
 * provision that states them; source facts from the boilerplate plugin. What the text does
 * not state is 'unknown' (null for events), never guessed.
 */
import { UNKNOWN } from '../../schemas/common';
import { PROVISION_STYLE } from '../../schemas/division';
import type { Policy, PolicyKind } from '../../schemas/policy';
import { isoDateOf } from '../text/dates';
import { splitSentences } from '../text/sentences';
import { readValidity, type ValidityReading } from '../text/validity';
import { SELF_REFERENCE, titleKindWord } from '../text/document-kinds';
import type { IngestFileData } from './file-data';
import { enactingBody, publishersOf, readPassage, type Passage } from './passage';
import { clausesOf, coverOf, divisionsOf, paragraphOf, type PolicyRoot } from './tree';

/** Words that close the name of an issuing body, where two bodies are written without a space. */
const BODY_END = /(?<=市委|省委|区委|县委|党委|人民政府|办公厅|委员会|办公室)(?=中共|[\u4e00-\u9fa5]{2,4}[省市县区])/u;

/** The issuers a title names before 关于: 中共杭州市委 杭州市人民政府 → two issuers; ['unknown'] when it names none. */
export function issuersOf(title: string): string[] {
  const at = title.indexOf('关于');
  if (at < 0) return ['unknown'];
  const issuers = title
    .slice(0, at)
    // A notice that issues a policy: 杭州市人民政府印发关于… names its issuer before 印发.
    .replace(/(?:印发|转发|发布)$/u, '')
    .split(/[\s、，]+/u)
    .flatMap((t) => t.split(BODY_END))
    .filter((t) => t.length >= 2);
  return issuers.length > 0 ? issuers : ['unknown'];
}

/** Verbs that start the last action of a title's subject: 推动制造业高质量发展. */
const ACTIONS = /(推动|促进|加快|支持|推进|鼓励|实施|加强|做好|进一步|全面|深化|优化|培育|扶持)/gu;

/**
 * A short title: the place of the first issuer and the last action of the subject, with the
 * kind of document (杭州市推动制造业高质量发展的若干意见). A title without issuers (浙江省数字经济促进条例)
 * is short already.
 */
export function shortTitleOf(title: string, issuers: readonly string[]): string {
  if (!title.includes('关于')) return title;
  const place = /([\u4e00-\u9fa5]{2,3}?[省市县区])/u.exec((issuers[0] ?? '').replace(/^中共/u, ''))?.[1] ?? '';
  const subject = title.slice(title.indexOf('关于') + 2);
  const lastSpace = subject.lastIndexOf(' ');
  const tail = subject.slice(lastSpace + 1);
  const actions = [...tail.matchAll(ACTIONS)];
  const last = actions.pop();
  const cut = last && tail.indexOf('的', last.index) - last.index >= 4 ? tail.slice(last.index) : tail;
  return `${place}${cut}`;
}

/** 自印发之日起施行, 自2019年1月1日起施行. */
const EFFECT = /自[^，。；]{2,30}?(?:起)?(?:施行|执行|实施)/u;

/** Where the text says the document takes effect: 本条例自…施行 in a provision, or the closing. */
function effectRule(closing: string, bodies: readonly string[]): string | undefined {
  const own = new RegExp(`${SELF_REFERENCE}(自[^，。；]{2,30}?(?:起)?(?:施行|执行|实施))`, 'u');
  for (const body of [...bodies].reverse()) {
    const m = own.exec(body);
    if (m) return m[1];
  }
  return EFFECT.exec(closing)?.[0];
}

/** Kind words that only 规范性文件 end their titles with (a 条例, 办法 or 规定 may be anything). */
const POLICY_KIND_WORDS: ReadonlySet<string> = new Set([
  '意见',
  '若干意见',
  '实施意见',
  '指导意见',
  '通知',
  '方案',
  '实施方案',
  '工作方案',
  '行动方案',
  '措施',
  '若干措施',
  '政策措施',
  '计划',
  '行动计划',
  '细则',
  '实施细则',
  '政策',
  '若干政策',
  '决定',
  '纲要',
]);

/**
 * The kind of document, as the text shows it: passed by a congress → 法律 or 地方性法规; issued
 * as a 令 → 地方政府规章 (or 部门规章); a 国务院 条例 → 行政法规; an opinion, notice, plan or measures
 * of a government or party body, or a policy issued by a 印发 notice → 规范性文件. A 条例, 办法 or
 * 规定 with none of these signs could be a regulation, a rule or a normative document: unknown, for
 * review, never a guess.
 */
export function kindOf(title: string, passage: Passage, text: string): PolicyKind | typeof UNKNOWN {
  const by = passage.passed?.by ?? '';
  if (/全国人民代表大会/u.test(by)) return '法律';
  if (/人民代表大会|人大常委会/u.test(by)) return '地方性法规';
  if (/国务院令/u.test(text)) return '行政法规';
  // Published or approved by the State Council itself (1987年9月15日 国务院发布, 国务院批准).
  if ([passage.issuedBy?.by, passage.approved?.by].some((b) => b?.startsWith('国务院'))) return '行政法规';
  if (passage.published && publishersOf(passage.published.docNumber).includes('国务院')) return '行政法规';
  if (/(?:人民政府|政府)令\s*第?\s*\d+\s*号|政府令/u.test(text)) return '地方政府规章';
  if (/部令|局令|委令/u.test(text)) return '部门规章';
  if (/^国务院/u.test(title) && /条例$/u.test(title)) return '行政法规';
  if (POLICY_KIND_WORDS.has(titleKindWord(title) ?? '') || /印发/u.test(text)) return '规范性文件';
  return UNKNOWN;
}

/**
 * The validity the document states of itself: in its closing, or in a sentence of a provision
 * that names the document before its 有效期 (本办法自…施行，有效期5年), never a licence's 有效期
 * in a regulation's article, even one that goes on 本条例另有规定的除外.
 */
function validityOf(closing: string, bodies: readonly string[], effective: string | null): ValidityReading | null {
  const own = new RegExp(`${SELF_REFERENCE}[^。；]*?有效`, 'u');
  const sentences = bodies.flatMap((b) => splitSentences(b)).filter((s) => own.test(s));
  for (const text of [closing, ...sentences.reverse()]) {
    const v = readValidity(text, effective);
    if (v) return v;
  }
  return null;
}

/**
 * A body named by its level alone (市人大常委会, 省人大常委会), as a city's or the province's own
 * passage lines write it, with the place the title opens with: 杭州市民用建筑节能条例 →
 * 杭州市人大常委会. A body that names its place, or a title that names none, is kept as written.
 */
export function ofPlace(body: string, title: string): string {
  const place = /^[\u4e00-\u9fa5]{2}[省市]/u.exec(title)?.[0];
  return place && /^[省市]/u.test(body) && place.endsWith(body.charAt(0)) ? place + body.slice(1) : body;
}

/** Builds the policy record from the structured tree. */
export function buildPolicy(tree: PolicyRoot, data: IngestFileData, id: string, rawFile: string): Policy {
  const title = paragraphOf(tree, 'title')?.value ?? '';
  const closing = paragraphOf(tree, 'closing')?.value ?? '';
  const preamble = paragraphOf(tree, 'preamble')?.value ?? '';
  const cover = coverOf(tree);
  const bodies = clausesOf(tree).map((c) => c.body);
  const passage = readPassage(preamble);
  const passedBy = passage.passed?.by;
  const publishers = passage.issuedBy?.by
    ? [passage.issuedBy.by]
    : passage.published
      ? publishersOf(passage.published.docNumber)
      : [];
  const issuers = passedBy
    ? [ofPlace(enactingBody(passedBy), title)]
    : publishers.length > 0
      ? publishers
      : cover
        ? issuersOf(cover.title)
        : issuersOf(title);
  const rule = effectRule(closing, bodies);
  // 自公布之日起施行: the day of publication the passage lines state, when they state it.
  const published = passage.published?.date ?? passage.issuedBy?.date ?? null;
  const effect = rule
    ? { rule, date: isoDateOf(rule) ?? (/自(?:公布|发布)之日起施行/u.test(rule) && published ? published : 'unknown') }
    : (passage.effective ?? { rule: 'unknown', date: 'unknown' });
  const validity = validityOf(closing, bodies, effect.date === 'unknown' ? null : effect.date);
  return {
    id,
    title,
    shortTitle: shortTitleOf(title, issuers),
    kind: kindOf(title, passage, [preamble, cover?.value ?? ''].join('\n')),
    issuers,
    docNumber: passage.published?.docNumber ?? data.docNumber,
    issuedOn: passage.published?.date ?? passage.issuedBy?.date ?? data.issuedOn,
    passed: passage.passed,
    approved: passage.approved,
    amendments: passage.amendments,
    copiedTo: data.copiedTo,
    printed: data.printed,
    effectiveFrom: effect,
    expiresOn: validity?.expiresOn ?? null,
    validity: validity && { rule: validity.rule, reading: validity.reading },
    source: { portal: data.portal, rawFile, excluded: data.excluded, collection: null },
    cover: cover ? { title: cover.title, text: cover.value } : null,
    preamble,
    preambleCitations: data.preambleCitations,
    provisionStyle: tree.data?.provisionStyle ?? PROVISION_STYLE.parenthesised,
    divisions: divisionsOf(tree).map((d) => ({
      id: d.id,
      kind: d.kind,
      numeral: d.numeral,
      title: d.title,
      intro: d.intro,
      inSource: d.inSource,
    })),
    closing,
    defects: data.defects,
  };
}
