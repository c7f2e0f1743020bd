/**
 * Global setup of the unit tests: a mirror of the project whose content/ is the curated sample
 * (src/lib/content/curated-sample.ts), every other entry a link to the project's own. The unit
 * tests read the base from the working directory; they assert the curated documents' exact
 * facts, which the imported documents must not move, and a copy of the whole base per test
 * would cost minutes. Each test process starts in the mirror (chdir.ts).
 */
import { mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyCuratedSample } from '../../../src/lib/content/curated-sample';

/** Makes the mirror and names it in the environment the test processes inherit. */
export default function setup(): () => void {
  const project = process.cwd();
  const root = mkdtempSync(join(tmpdir(), 'policy-kb-unit-'));
  for (const entry of readdirSync(project))
    if (entry !== 'content' && !entry.startsWith('dist')) symlinkSync(join(project, entry), join(root, entry));
  copyCuratedSample(project, root);
  process.env['POLICY_KB_UNIT_ROOT'] = root;
  return () => {
    rmSync(root, { recursive: true, force: true });
  };
}
