/**
 * The day the site is built, which decides whether a policy is shown as in force.
 * SOURCE_DATE_EPOCH (seconds, the reproducible-builds convention) overrides the clock so that
 * a rebuild of old content shows the status it had then.
 */
export function buildDate(env: Readonly<Record<string, string | undefined>> = process.env): Date {
  const epoch = Number(env['SOURCE_DATE_EPOCH']);
  return Number.isFinite(epoch) && epoch > 0 ? new Date(epoch * 1000) : new Date();
}
