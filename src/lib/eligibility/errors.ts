import type { z } from 'zod';

/** A problem with a profile: with a claim (index and award id) or with the profile as a whole. */
export interface ProfileError {
  /** Index of the claim in `claims`, or null for the profile as a whole. */
  claim: number | null;
  /** The claim's award id when it has a readable one. */
  award: string | null;
  /** What is wrong and what to do, in Chinese. */
  message: string;
}

/** One line for a reader: `claims[1]（award "green-factry"）：…` or `档案：…`. */
export function formatError(e: ProfileError): string {
  if (e.claim === null) return `档案：${e.message}`;
  const who = e.award === null ? '' : `（award "${e.award}"）`;
  return `claims[${String(e.claim)}]${who}：${e.message}`;
}

/** The award id of a raw claim, if it has a string one, for naming the claim in errors. */
export function rawAwardId(claim: unknown): string | null {
  if (typeof claim !== 'object' || claim === null || !('award' in claim)) return null;
  const { award } = claim;
  return typeof award === 'string' && award !== '' ? award : null;
}

/**
 * Turns zod issues of a profile into errors naming their claim. The messages come from the
 * schema itself (profile.ts), so they already say what to do.
 */
export function errorsFromIssues(issues: readonly z.core.$ZodIssue[], rawClaims: readonly unknown[]): ProfileError[] {
  return issues.map((issue) => {
    const [top, index] = issue.path;
    if (top === 'claims' && typeof index === 'number') {
      return { claim: index, award: rawAwardId(rawClaims[index]), message: issue.message };
    }
    return { claim: null, award: null, message: issue.message };
  });
}
