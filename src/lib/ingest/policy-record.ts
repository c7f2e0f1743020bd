/**
 * The policy record of an ingested text: title, issuers and a short title read from the title,
 * effect and expiry read from the closing, source facts from the boilerplate plugin. What the
 * text does not state is 'unknown', never guessed.
 */
import type { Policy } from '../../schemas/policy';
import { isoDateOf } from '../text/dates';
import type { IngestFileData } from './file-data';
import { paragraphOf, type PartNode, type PolicyRoot } from './tree';

/** Words that close the name of an issuing body, where two bodies are written without a space. */
const BODY_END = /(?<=市委|省委|区委|县委|党委|人民政府|办公厅|委员会|办公室)(?=中共|[\u4e00-\u9fa5]{2,4}[省市县区])/u;

/** The issuers the title names before 关于: 中共杭州市委 杭州市人民政府 → two issuers. */
export function issuersOf(title: string): string[] {
  const before = title.slice(0, Math.max(0, title.indexOf('关于')));
  const issuers = before.split(/[\s、，]+/u).flatMap((t) => t.split(BODY_END)).filter((t) => t.length >= 2);
  return issuers.length > 0 ? issuers : ['unknown'];
}

/** Verbs that start the last action of a title's subject: 推动制造业高质量发展. */
const ACTIONS = /(推动|促进|加快|支持|推进|鼓励|实施|加强|做好|进一步|全面|深化|优化|培育|扶持)/gu;

/**
 * A short title: the place of the first issuer and the last action of the subject, with the
 * kind of document (杭州市推动制造业高质量发展的若干意见).
 */
export function shortTitleOf(title: string, issuers: readonly string[]): string {
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

/** Builds the policy record from the structured tree. */
export function buildPolicy(tree: PolicyRoot, data: IngestFileData, id: string, rawFile: string): Policy {
  const title = paragraphOf(tree, 'title')?.value ?? '';
  const closing = paragraphOf(tree, 'closing')?.value ?? '';
  const issuers = issuersOf(title);
  const effect = EFFECT.exec(closing)?.[0];
  const parts = tree.children.filter((c): c is PartNode => c.type === 'part');
  return {
    id,
    title,
    shortTitle: shortTitleOf(title, issuers),
    issuers,
    docNumber: data.docNumber,
    issuedOn: data.issuedOn,
    effectiveFrom: { rule: effect ?? 'unknown', date: (effect && isoDateOf(effect)) ?? 'unknown' },
    expiresOn: isoDateOf(/有效期至(\d{4}年\d{1,2}月\d{1,2}日)/u.exec(closing)?.[1] ?? ''),
    source: { portal: data.portal, rawFile, excluded: data.excluded },
    preamble: paragraphOf(tree, 'preamble')?.value ?? '',
    parts: parts.map((p) => ({ number: p.number, numeral: p.numeral, title: p.title, intro: p.intro })),
    closing,
  };
}
