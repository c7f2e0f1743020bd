/**
 * A worker of the corpus benchmark: loads the base once, then ingests each path it is sent and
 * sends back the verdict (a crash of the ingest is sent back as a refusal of class "crash").
 */
import { loadContent } from '../../src/lib/content/load';
import { ingestOne, type IngestVerdict } from './ingest-one';

const base = loadContent(process.cwd(), []);

process.on('message', (file: string) => {
  ingestOne(file, base)
    .catch((e: unknown): IngestVerdict => ({
      file,
      status: 'refused',
      provisions: 0,
      defects: [],
      reason: `crash: ${e instanceof Error ? e.message : String(e)}`,
      refusal: 'crash (a bug of the ingest)',
    }))
    .then((v) => process.send?.(v))
    .catch(() => process.exit(1));
});
process.send?.('ready');
