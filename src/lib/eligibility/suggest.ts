/**
 * The longest id worth suggesting for. Award ids are slugs of a few words (the longest is under
 * 50 characters); a longer string is no typo of one, and edit distance costs its length times
 * each id's: a 1 MB id takes 22 s, so longer input gets no suggestion at all.
 */
export const MAX_SUGGEST_LENGTH = 64;

/** Edit distance between two strings (insertions, deletions, substitutions). */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row.push(Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost));
    }
    prev = row;
  }
  return prev[b.length] ?? 0;
}

/**
 * Ids close to a mistyped one, best first: those that contain it or that it contains (a
 * prefix such as "green-factory"), then those within a quarter of its length in edits, counting
 * a misspelt prefix as one edit more than its misspellings. None for a string longer than
 * MAX_SUGGEST_LENGTH, so the work is bounded by ids × 64 × 64 whatever the input.
 */
export function closeIds(wrong: string, ids: readonly string[], max = 3): string[] {
  if (wrong.length > MAX_SUGGEST_LENGTH) return [];
  const w = wrong.toLowerCase();
  const scored = ids.map((id) => {
    const contained = w.length >= 3 && (id.includes(w) || w.includes(id));
    // A misspelt prefix ("green-factry") is compared with the id's start of the same length.
    const prefix = distance(w, id.slice(0, w.length)) + 1;
    return { id, score: contained ? 0 : Math.min(distance(w, id), prefix) };
  });
  const limit = Math.max(2, Math.ceil(w.length / 4));
  return scored
    .filter((s) => s.score <= limit)
    .sort((a, b) => a.score - b.score || a.id.localeCompare(b.id))
    .slice(0, max)
    .map((s) => s.id);
}
