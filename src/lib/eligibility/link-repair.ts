import { ladderKey, type Catalog, type CatalogAward } from './catalog';
import { MAX_LINK_CHARS, type DecodedLink } from './codec';
import { echo } from './echo';
import type { ErrorKind, ProfileError } from './errors';
import { formErrorMessage } from './form-errors';
import { baseName } from './groups';
import { MAX_BASE_YUAN, MAX_CLAIMS, type Claim, type Profile } from './profile';
import { ladderName, rungLabel } from './rungs';
import { validateProfile } from './validate';

/** A shared link read for the form: what the form can show, and what of the link was left out. */
export interface LinkRepair {
  /** A profile the form can hold: known awards, one rung per ladder, usable bases and lower tiers. */
  profile: Profile;
  /** One message per part of the link that was left out or changed, in the form's terms. */
  messages: string[];
}

/** 万元 in the form, yuan in the profile. */
const WAN = 10_000;

/** Errors that leave nothing of a claim to keep. */
const DROP_CLAIM = new Set<ErrorKind>([
  'profile',
  'claim',
  'award',
  'unknown-award',
  'budget',
  'duplicate',
  'previous-also-claimed',
]);
/** Errors of a claim's base: the base is dropped, the award kept. */
const DROP_BASE = new Set<ErrorKind>([
  'base-type',
  'base-fraction',
  'base-too-large',
  'base-not-positive',
  'base-not-needed',
]);
/** Errors of a claim's lower tier: the lower tier is dropped, the award kept. */
const DROP_PREVIOUS = new Set<ErrorKind>(['previous', 'unknown-previous', 'previous-not-allowed']);

/**
 * Whether the form can show a bad base as it is, and then says itself what is wrong with it
 * (过大, 应大于0) under its own field: a finite number, too large or not positive, of an award
 * that has a base field.
 */
function formShowsBase(e: ProfileError, byId: ReadonlyMap<string, CatalogAward>): boolean {
  const award = e.award === null ? undefined : byId.get(e.award);
  const shown = e.kind === 'base-too-large' || e.kind === 'base-not-positive';
  return (
    shown && award !== undefined && baseName(award) !== null && typeof e.value === 'number' && Number.isFinite(e.value)
  );
}

/** An award's name in quotes, as the form labels it. */
function named(award: CatalogAward): string {
  return `“${award.condition}”`;
}

/** The message for a base of the link left out, by what was wrong with it. */
function baseMessage(e: ProfileError, award: CatalogAward): string {
  const base = baseName(award);
  if (base === null || e.kind === 'base-not-needed') {
    const form =
      award.amount.type === 'fixed' ? `是定额奖励（${award.amountText}）` : `的金额不按基数计算（${award.amountText}）`;
    const then = award.amount.type === 'fixed' ? '，按定额计算' : '';
    return `${named(award)}${form}，不需要填写金额；网址中附带的金额已忽略${then}`;
  }
  // Only bases the form cannot show reach here: not a number, not whole, or ±Infinity (1e400).
  const what =
    e.kind === 'base-type'
      ? `${echo(e.value)}不是数字`
      : e.kind === 'base-fraction'
        ? `为 ${echo(e.value)} 元，不是整元`
        : e.kind === 'base-too-large'
          ? `过大（最多可填 ${String(MAX_BASE_YUAN / WAN)} 万元）`
          : '应大于0万元';
  return `网址中${named(award)}的${base}${what}，已忽略；请在表单中填写${base}（万元）`;
}

/** The message for a lower tier of the link left out: the award is then counted in full. */
function previousMessage(e: ProfileError, award: CatalogAward, catalog: Catalog): string {
  const prev = typeof e.value === 'string' ? catalog.awards.find((a) => a.id === e.value) : undefined;
  const sameLadder = prev !== undefined && ladderKey(prev) !== null && ladderKey(prev) === ladderKey(award);
  const prevName = prev === undefined ? echo(e.value) : sameLadder ? `“${rungLabel(prev)}”` : named(prev);
  const what =
    e.kind === 'previous'
      ? '在网址中为空或无法读取'
      : `${prevName}${e.kind === 'previous-not-allowed' ? '不是同一荣誉中较低的一档' : '不是本计算器中的奖励'}`;
  return `网址中${named(award)}的“已获得的较低档次”${what}，已忽略，本项按全额计算；如已获得较低档次，请在表单中选择`;
}

/** A claim being repaired, with its place in the link (for messages) and what is left of it. */
interface Work {
  /** Its index among the link's claims. */
  index: number;
  /** What is kept of it, as untrusted input for the next round of validation. */
  claim: Record<string, unknown>;
}

/**
 * Reads a shared link for the form. The form can only show known awards, one rung per ladder
 * and tiers that fit, so a bad part of a link cannot be kept as it is: it is left out, said in
 * the form's terms, and the rest is kept and computed (a bad base drops the base, not the award;
 * a bad lower tier drops the tier). Bases the form can show and check itself (too large, not
 * positive) are kept, so that the form's own message stands under them. Validation runs again
 * after each repair, since a claim with a bad base is not checked further until it is fixed;
 * each round removes at least one part of a claim, so three rounds reach a valid profile.
 */
export function repairLink(link: DecodedLink, catalog: Catalog): LinkRepair {
  if (link.tooLong) return { profile: { claims: [] }, messages: [tooLongMessage(link.tooLong)] };
  const byId = new Map(catalog.awards.map((a) => [a.id, a]));
  const messages: string[] = [];
  let work: Work[] = link.profile.claims.map((claim, index) => ({ index, claim: { ...claim } }));
  for (let round = 0; round < 4; round++) {
    const { errors } = validateProfile({ claims: work.map((w) => w.claim) }, catalog);
    const fixes = errors.filter((e) => !formShowsBase(e, byId));
    if (fixes.length === 0) break;
    const dropped = new Set<number>();
    for (const e of fixes) {
      const w = e.claim === null ? undefined : work[e.claim];
      if (!w) {
        messages.push(formErrorMessage(e, catalog));
        dropped.add(-1);
        continue;
      }
      const award = typeof w.claim['award'] === 'string' ? byId.get(w.claim['award']) : undefined;
      if (DROP_CLAIM.has(e.kind) || !award) {
        messages.push(dropMessage(e, w, work, catalog));
        dropped.add(e.claim ?? -1);
      } else if (DROP_BASE.has(e.kind)) {
        messages.push(baseMessage(e, award));
        delete w.claim['baseYuan'];
      } else if (DROP_PREVIOUS.has(e.kind)) {
        messages.push(previousMessage(e, award, catalog));
        delete w.claim['previousAward'];
      }
    }
    // An error of the whole profile (none arises from decodeLink's shape) leaves nothing to keep.
    work = dropped.has(-1) ? [] : work.filter((_, i) => !dropped.has(i));
  }
  const claims = oneRungPerLadder(work, byId, messages);
  if (link.omitted > 0)
    messages.push(`网址中的申报项超过 ${String(MAX_CLAIMS)} 项，其余 ${String(link.omitted)} 项已忽略`);
  return { profile: { claims }, messages };
}

/** The message for a link refused whole: its length, the limit, and its start, so that it can be recognised. */
export function tooLongMessage(tooLong: { length: number; head: string }): string {
  return (
    `网址过长：网址中“?”之后的部分有 ${tooLong.length.toLocaleString('en-US')} 个字符，` +
    `超过上限 ${MAX_LINK_CHARS.toLocaleString('en-US')} 个字符，其中的申报项一项也未读取。` +
    `网址开头为：“${tooLong.head}”。请在表单中重新勾选；正常分享的网址远短于上限`
  );
}

/** The message for a claim left out whole: by its place in the link, never by a JSON field. */
function dropMessage(e: ProfileError, w: Work, work: readonly Work[], catalog: Catalog): string {
  if (e.kind === 'previous-also-claimed') {
    const award = catalog.awards.find((a) => a.id === w.claim['award']);
    const by = e.other === undefined ? undefined : work[e.other];
    const other =
      typeof by?.claim['award'] === 'string' ? catalog.awards.find((a) => a.id === by.claim['award']) : undefined;
    if (award && other) return `网址中${named(award)}已作为${named(other)}的“已获得的较低档次”，不再单独计算`;
  }
  // formErrorMessage counts places from e.claim: give it the claim's place in the link.
  return formErrorMessage({ ...e, claim: w.index }, catalog);
}

/**
 * Keeps the highest rung of each ladder, as the form's radio group holds one; a lower rung of
 * the link is said to be left out (the result would not count it either: 只计最高一档).
 */
function oneRungPerLadder(work: readonly Work[], byId: ReadonlyMap<string, CatalogAward>, messages: string[]): Claim[] {
  const top = new Map<string, CatalogAward>();
  for (const w of work) {
    const award = byId.get(String(w.claim['award']));
    const key = award ? ladderKey(award) : null;
    const held = key === null ? undefined : top.get(key);
    if (award && key !== null && (!held || (award.ladder?.rank ?? 0) > (held.ladder?.rank ?? 0))) top.set(key, award);
  }
  const claims: Claim[] = [];
  for (const w of work) {
    const award = byId.get(String(w.claim['award']));
    if (!award) continue;
    const key = ladderKey(award);
    const best = key === null ? undefined : top.get(key);
    if (best && best !== award) {
      const stepUp =
        award.ladderInfo?.stepUp === true ? `；如${rungLabel(award)}是此前已获得的，请在“已获得的较低档次”中选择` : '';
      messages.push(
        `网址中同时有${named(award)}和${named(best)}，同属${ladderName(award)}，只计最高一档（${rungLabel(best)}），${named(award)}已忽略${stepUp}`,
      );
      continue;
    }
    const { baseYuan, previousAward } = w.claim;
    claims.push({
      award: award.id,
      ...(typeof baseYuan === 'number' ? { baseYuan } : {}),
      ...(typeof previousAward === 'string' ? { previousAward } : {}),
    });
  }
  return claims;
}
