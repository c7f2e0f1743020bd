import type { z } from 'zod';
import { echo } from './echo';
import type { BaseProblem } from './profile';

/**
 * What is wrong, as data, so that each reader can word it: the CLI prints `message` (it may
 * name fields), the page words the same problem in the form's terms (form-errors.ts).
 */
export type ErrorKind =
  /** The profile as a whole: not an object, no claims array, unknown fields, too many claims, too deep. */
  | 'profile'
  /** A claim that is not an object, or has unknown fields. */
  | 'claim'
  /** A claim's award missing, not a string, or empty. */
  | 'award'
  /** A problem of baseYuan's value. */
  | BaseProblem
  /** A previousAward that is not a string, or empty. */
  | 'previous'
  /** An award id that names nothing (`suggestions` may hold close ids). */
  | 'unknown-award'
  /** A previousAward id that names nothing (`suggestions` may hold close ids). */
  | 'unknown-previous'
  /** A budget or fund claimed as an award. */
  | 'budget'
  /** The same award claimed twice (`other` is the first claim). */
  | 'duplicate'
  /** A base given for an award whose amount does not depend on one. */
  | 'base-not-needed'
  /** A previousAward that is not a lower rung of the same step-up ladder. */
  | 'previous-not-allowed'
  /** A rung claimed although another claim (`other`) lists it as already received. */
  | 'previous-also-claimed'
  /** The total would not be exact. */
  | 'total-too-large';

/** A problem with a profile: with a claim (index and award id) or with the profile as a whole. */
export interface ProfileError {
  /** Index of the claim in `claims`, or null for the profile as a whole. */
  claim: number | null;
  /** The claim's award id when it has a readable one. */
  award: string | null;
  /** What is wrong and what to do, in Chinese, in the CLI's terms (fields by name). */
  message: string;
  /** What is wrong, for wording it elsewhere. */
  kind: ErrorKind;
  /** The offending value as received (an unknown id, a bad base). */
  value?: unknown;
  /** Ids close to an unknown one, best first. */
  suggestions?: string[];
  /** The other claim involved (the first of a duplicate, the one listing a rung as received). */
  other?: number;
}

/** One line for a reader: `claims[1]（award "green-factry"）：…` or `档案：…`. */
export function formatError(e: ProfileError): string {
  if (e.claim === null) return `档案：${e.message}`;
  const who = e.award === null ? '' : `（award ${echo(e.award)}）`;
  return `claims[${String(e.claim)}]${who}：${e.message}`;
}

/** The award id of a raw claim, if it has a string one, for naming the claim in errors. */
export function rawAwardId(claim: unknown): string | null {
  if (typeof claim !== 'object' || claim === null || !('award' in claim)) return null;
  const { award } = claim;
  return typeof award === 'string' && award !== '' ? award : null;
}

/** The kind of a zod issue of a profile, from where it stands and, for bases, its params. */
function kindOf(issue: z.core.$ZodIssue, value: unknown): ErrorKind {
  const [, , field] = issue.path;
  if (issue.path.length < 2) return 'profile';
  if (field === 'award') return 'award';
  if (field === 'previousAward') return 'previous';
  if (field === 'baseYuan') {
    const kind: unknown = issue.code === 'custom' ? issue.params?.['kind'] : undefined;
    if (kind === 'base-too-large' || kind === 'base-fraction' || kind === 'base-not-positive') return kind;
    // ±Infinity (±1e309 in JSON) fails zod's number type: it is a number too large (or below 0), not a wrong type.
    if (value === Infinity) return 'base-too-large';
    return value === -Infinity ? 'base-not-positive' : 'base-type';
  }
  return 'claim';
}

/** The value at an issue's place in the raw claims, for the page's messages. */
function valueAt(issue: z.core.$ZodIssue, rawClaims: readonly unknown[]): unknown {
  const [, index, field] = issue.path;
  const claim = typeof index === 'number' ? rawClaims[index] : undefined;
  if (typeof field !== 'string' || typeof claim !== 'object' || claim === null) return undefined;
  return (claim as Record<string, unknown>)[field];
}

/**
 * Turns zod issues of a profile into errors naming their claim. The messages come from the
 * schema itself (profile.ts), so they already say what to do.
 */
export function errorsFromIssues(issues: readonly z.core.$ZodIssue[], rawClaims: readonly unknown[]): ProfileError[] {
  return issues.map((issue) => {
    const [top, index] = issue.path;
    const value = valueAt(issue, rawClaims);
    const kind = kindOf(issue, value);
    if (top === 'claims' && typeof index === 'number') {
      return { claim: index, award: rawAwardId(rawClaims[index]), message: issue.message, kind, value };
    }
    return { claim: null, award: null, message: issue.message, kind };
  });
}
