/**
 * The day each policy record entered the repository: the oldest commit that added
 * content/policies/<id>.yaml, read with one `git log`. None when the history is not there (no
 * git, not a repository, or a shallow clone, whose one commit would date every document by it):
 * a feed then lists no additions rather than invent them.
 */
import { execFileSync } from 'node:child_process';

/** Runs git in `dir`, or returns null when it cannot. */
function git(dir: string, args: readonly string[]): string | null {
  try {
    return execFileSync('git', ['-C', dir, ...args], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 << 20,
    });
  } catch {
    return null;
  }
}

/**
 * The day (YYYY-MM-DD, Beijing) each policy record was added, by id.
 * @param dir the repository (the project's root)
 */
export function policyAddedDates(dir: string): Map<string, string> {
  const added = new Map<string, string>();
  if (git(dir, ['rev-parse', '--is-shallow-repository'])?.trim() !== 'false') return added;
  const log = git(dir, ['log', '--diff-filter=A', '--format=%x00%cI', '--name-only', '--', 'content/policies/']);
  if (log === null) return added;
  // Newest first: the last commit seen adding a file is its oldest.
  for (const block of log.split('\0').slice(1)) {
    const [when = '', ...files] = block.split('\n');
    const day = new Date(Date.parse(when) + 8 * 3_600_000).toISOString().slice(0, 10);
    for (const f of files) {
      const m = /^content\/policies\/([^/]+)\.yaml$/u.exec(f.trim());
      if (m?.[1] && !Number.isNaN(Date.parse(when))) added.set(m[1], day);
    }
  }
  return added;
}
