/**
 * Defects of the source as the ingest reports them: a message on the file with its line and
 * column (as remark-lint reports), and an entry of the policy's `defects`, which the site shows.
 */
import type { VFile } from 'vfile';
import type { DefectKind } from '../../schemas/defect';
import { ingestData } from './file-data';
import type { LineNode } from './tree';

/** Reports a defect of the source on the file, and records it for the policy. */
export function defect(
  file: VFile,
  kind: DefectKind,
  line: LineNode,
  place: string,
  note: string,
  at: { provision?: number; division?: string } = {},
): void {
  const message = file.message(`${place}: ${note}`, { place: line.position, ruleId: kind, source: 'ingest' });
  message.fatal = false;
  ingestData(file).defects.push({
    kind,
    place,
    line: line.position?.start.line ?? 1,
    note,
    provision: at.provision ?? null,
    division: at.division ?? null,
  });
}
