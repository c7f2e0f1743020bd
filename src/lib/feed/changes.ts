/**
 * The changes of the base, one per document and event, each dated by the content's own records
 * or the repository's history, never by a guess: a document added to the base (the commit that
 * added its record), amended (each amendment its text states), repealed (by a document of the
 * base, dated by the repealing text's effect), expiring within EXPIRING_DAYS (dated the day it
 * came within that window, and kept once past, as a log keeps it), or expired (the day after its stated last day). Only events on or
 * before `today` are listed: the feed reports what has happened.
 */
import type { PolicyView } from '../kb/model';
import { beijingDay } from '../kb/status';
import { chineseDate } from '../text/dates';

/** How far ahead an expiry is announced. */
export const EXPIRING_DAYS = 90;

/** What happened to a document. */
export type ChangeKind = 'added' | 'amended' | 'repealed' | 'expiring' | 'expired';

/** Words for each kind, as the feed and /changes/ say them. */
export const CHANGE_LABELS: Readonly<Record<ChangeKind, string>> = {
  added: '收录',
  amended: '修改',
  repealed: '废止',
  expiring: '即将失效',
  expired: '失效',
};

/** One change of one document. */
export interface Change {
  policy: string;
  /** The document's full title. */
  title: string;
  kind: ChangeKind;
  /** The day of the change (YYYY-MM-DD). */
  date: string;
  /** One sentence: what happened, and where the date comes from. */
  summary: string;
  /** The document's page. */
  url: string;
}

/** A day moved by whole days (YYYY-MM-DD in, YYYY-MM-DD out). */
function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Every change of the policies up to `today` (Beijing day), newest first, then by title.
 * @param added the day each document's record entered the repository, by id (empty when the history is not known)
 */
export function policyChanges(
  policies: readonly PolicyView[],
  today: Date,
  added: ReadonlyMap<string, string>,
): Change[] {
  const day = beijingDay(today);
  const byId = new Map(policies.map((p) => [p.id, p]));
  const out: Change[] = [];
  for (const p of policies) {
    const base = { policy: p.id, title: p.title, url: p.url };
    const addedOn = added.get(p.id);
    if (addedOn)
      out.push({ ...base, kind: 'added', date: addedOn, summary: `本库收录《${p.title}》（据本库版本记录）。` });
    for (const a of p.amendments)
      out.push({
        ...base,
        kind: 'amended',
        date: a.date,
        summary: `《${p.title}》于${chineseDate(a.date)}修改${a.by ? `（${a.by}）` : ''}（据原文题注）。`,
      });
    if (p.repealedBy) {
      const by = byId.get(p.repealedBy.policy);
      const on = by && by.effectiveFrom.date !== 'unknown' ? by.effectiveFrom.date : null;
      if (on)
        out.push({
          ...base,
          kind: 'repealed',
          date: on,
          summary: `《${p.title}》由《${p.repealedBy.title}》废止，自${chineseDate(on)}起：“${p.repealedBy.quote}”`,
        });
    }
    if (p.expiresOn && !p.repealedBy) {
      const warned = addDays(p.expiresOn, -EXPIRING_DAYS);
      if (warned <= day)
        out.push({
          ...base,
          kind: 'expiring',
          date: warned,
          summary: `《${p.title}》有效期至${chineseDate(p.expiresOn)}，将在${String(EXPIRING_DAYS)}天内失效（据原文所定有效期）。`,
        });
      const lapsed = addDays(p.expiresOn, 1);
      if (lapsed <= day)
        out.push({
          ...base,
          kind: 'expired',
          date: lapsed,
          summary: `《${p.title}》有效期至${chineseDate(p.expiresOn)}，自${chineseDate(lapsed)}起失效（据原文所定有效期）。`,
        });
    }
  }
  const collator = new Intl.Collator('zh-CN');
  return out
    .filter((c) => c.date <= day)
    .sort((a, b) => b.date.localeCompare(a.date) || collator.compare(a.title, b.title) || a.kind.localeCompare(b.kind));
}
