/**
 * Reads a document as published, by its kind: a PDF (pdf.js), a saved web page (rehype), a
 * LawRefBook Markdown file, or a text. The file must be a regular file within the size bound:
 * a device, a FIFO or a link to one is never read, and a file past the bound is refused before
 * it is read, so that no input can make the ingest read without end.
 */
import { basename, extname } from 'node:path';
import { MAX_SOURCE_BYTES, readRegularFile } from '../../content/read-bounded';
import { IngestError } from '../errors';
import { decodeRaw } from '../read';
import type { ExtractedText } from './extracted';
import { readHtml } from './html';
import { isLawRefBook, readLawRefBook } from './lawrefbook';
import { joinLawRefBookParts, type JoinedCode } from './lawrefbook-parts';
import { readPdf } from './pdf';

/** The largest input file the ingest reads (bytes): 50 MB, the PDF reader's own bound. */
export const MAX_INPUT_BYTES = MAX_SOURCE_BYTES;

/** The formats the ingest reads. */
export type SourceFormat = 'pdf' | 'html' | 'lawrefbook' | 'text';

/** A document read from disk: its format, the original bytes and the extracted text. */
export interface SourceDocument extends ExtractedText {
  format: SourceFormat;
  /** The file as read, to keep beside the extracted text. */
  bytes: Uint8Array;
}

/** The format a file name says it has. */
export function formatOf(path: string): 'pdf' | 'html' | 'markdown' | 'text' {
  const ext = extname(path).toLowerCase();
  if (ext === '.pdf') return 'pdf';
  if (ext === '.html' || ext === '.htm') return 'html';
  if (ext === '.md' || ext === '.markdown') return 'markdown';
  return 'text';
}

/** Reads a regular file of at most `max` bytes, refusing anything else with what to do. */
export function readBounded(path: string, max = MAX_INPUT_BYTES): Uint8Array {
  const r = readRegularFile(path, max);
  if (r.ok) return r.bytes;
  const why = r.reason;
  if (why.kind === 'missing')
    throw new IngestError(`${path}: no such file; pass the path of the policy's PDF, web page or text`);
  if (why.kind === 'unreadable')
    throw new IngestError(`${path}: cannot be read (${why.code}); pass the path of a policy file`);
  if (why.kind === 'not-regular')
    throw new IngestError(`${path}: not a regular file (a folder, device or pipe); pass the path of a policy file`);
  throw new IngestError(
    `${path}: ${String(why.bytes)} bytes, more than the ingest reads (${String(max)}); split the document`,
  );
}

/** Reads a document of any supported format (see the file's comment). */
export async function readSource(path: string): Promise<SourceDocument> {
  const bytes = readBounded(path);
  const format = formatOf(path);
  if (format === 'pdf') return { format, bytes, ...(await readPdf(bytes, path)) };
  const text = decodeRaw(bytes, path);
  if (format === 'html') return { format, bytes, ...readHtml(text, path) };
  if (format === 'markdown' && isLawRefBook(text)) return { format: 'lawrefbook', bytes, ...readLawRefBook(text) };
  return { format: 'text', bytes, text, excluded: [], dropped: [] };
}

/**
 * Reads the part files of a code the collection keeps in parts (the 民法典, one file per 编) as
 * one document, with each file's name and bytes to keep as the originals.
 */
export function readCodeParts(paths: readonly string[]): JoinedCode & {
  files: Array<{ name: string; bytes: Uint8Array }>;
} {
  const files = paths.map((path) => ({ path, name: basename(path), bytes: readBounded(path) }));
  const joined = joinLawRefBookParts(files.map((f) => ({ path: f.path, text: decodeRaw(f.bytes, f.path) })));
  return { ...joined, files: files.map(({ name, bytes }) => ({ name, bytes })) };
}
