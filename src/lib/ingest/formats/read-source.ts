/**
 * Reads a document as published, by its kind: a PDF (pdf.js), a saved web page (rehype), a
 * LawRefBook Markdown file, or a text. The file must be a regular file within the size bound:
 * a device, a FIFO or a link to one is never read, and a file past the bound is refused before
 * it is read, so that no input can make the ingest read without end.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { extname } from 'node:path';
import { IngestError } from '../errors';
import { decodeRaw } from '../read';
import type { ExtractedText } from './extracted';
import { readHtml } from './html';
import { isLawRefBook, readLawRefBook } from './lawrefbook';
import { readPdf } from './pdf';

/** The largest input file the ingest reads (bytes): 50 MB, the PDF reader's own bound. */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

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
  let fd: number;
  try {
    // Non-blocking, so that opening a FIFO returns at once and is refused below, not waited on.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new IngestError(
      code === 'ENOENT'
        ? `${path}: no such file; pass the path of the policy's PDF, web page or text`
        : `${path}: cannot be read (${code ?? 'unknown error'}); pass the path of a policy file`,
    );
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile())
      throw new IngestError(`${path}: not a regular file (a folder, device or pipe); pass the path of a policy file`);
    if (stat.size > max)
      throw new IngestError(
        `${path}: ${String(stat.size)} bytes, more than the ingest reads (${String(max)}); split the document`,
      );
    const bytes = new Uint8Array(stat.size);
    let read = 0;
    while (read < stat.size) {
      const n = readSync(fd, bytes, read, stat.size - read, read);
      if (n === 0) break;
      read += n;
    }
    return bytes.subarray(0, read);
  } finally {
    closeSync(fd);
  }
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
