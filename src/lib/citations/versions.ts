/**
 * Versions of a document as its record states them: when it was made (通过, 批准, 印发) and each
 * amendment (修正, 修订). A pinpoint names an article of the version in force when the citing
 * document was made; where the base holds a later version, the numbering may have changed.
 */
import type { Policy } from '../../schemas/policy';

type Dated = Pick<Policy, 'passed' | 'approved' | 'issuedOn' | 'amendments' | 'source'>;

/** The day of a version's text: made or last amended, by the dates its record states; null when it states none. */
export function versionDate(p: Dated): string | null {
  const days = [p.passed?.date, p.approved?.date, p.issuedOn, ...p.amendments.map((a) => a.date)].filter(
    (d): d is string => d !== undefined && d !== 'unknown',
  );
  return days.sort().at(-1) ?? null;
}

/** Every version day the record knows: made, each amendment, and the collection's other versions. */
function versionDays(p: Dated): string[] {
  const made = p.passed?.date ?? (p.issuedOn === 'unknown' ? undefined : p.issuedOn);
  const days = [made, ...p.amendments.map((a) => a.date), ...(p.source.collection?.otherVersions ?? [])];
  return [...new Set(days.filter((d): d is string => d !== undefined && /^\d{4}-\d{2}-\d{2}$/u.test(d)))].sort();
}

/**
 * The note a pinpoint into `cited` carries when `citing` was made before the version of `cited`
 * the base holds: 引用时为2017年版本；本库收录2021年修订版，条文序号可能已变. null when the versions
 * agree, or when either record states no date (nothing is inferred).
 */
export function versionNote(citing: Dated, cited: Dated): string | null {
  const citedOn = versionDate(cited);
  const citingOn = versionDate(citing);
  if (!citedOn || !citingOn || citedOn <= citingOn) return null;
  const amended = cited.amendments.some((a) => a.date === citedOn);
  const held = `本库收录${citedOn.slice(0, 4)}年${amended ? '修订版' : '版本'}`;
  const then = versionDays(cited)
    .filter((d) => d <= citingOn)
    .at(-1);
  return then
    ? `引用时为${then.slice(0, 4)}年版本；${held}，条文序号可能已变`
    : `引用时的版本早于本库收录的版本（${held.slice(4)}），条文序号可能已变`;
}
