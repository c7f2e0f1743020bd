/**
 * The one bounded reader of files that come from outside the code: the ingest's input, the
 * content files and a policy's raw source. Only a regular file within the size bound is read: a
 * folder, a device (/dev/zero), a FIFO or a link to one is refused without blocking, and a file
 * past the bound is refused before it is read, so that no file can make a read go on without end.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/** The largest source file read (bytes): 50 MB, the PDF reader's own bound; a raw text is far smaller. */
export const MAX_SOURCE_BYTES = 50 * 1024 * 1024;

/** Why a file was not read. */
export type UnreadReason =
  /** There is no such file. */
  | { kind: 'missing' }
  /** It cannot be opened (the errno code). */
  | { kind: 'unreadable'; code: string }
  /** It is a folder, a device, a FIFO or a socket. */
  | { kind: 'not-regular' }
  /** It is larger than the bound. */
  | { kind: 'too-large'; bytes: number };

/** The bytes of a file, or why it was not read. */
export type BoundedRead = { ok: true; bytes: Uint8Array } | { ok: false; reason: UnreadReason };

/** Reads a regular file of at most `max` bytes (see the file's comment). */
export function readRegularFile(path: string, max: number): BoundedRead {
  let fd: number;
  try {
    // Non-blocking, so that opening a FIFO returns at once and is refused below, not waited on.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'unknown error';
    return { ok: false, reason: code === 'ENOENT' ? { kind: 'missing' } : { kind: 'unreadable', code } };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { ok: false, reason: { kind: 'not-regular' } };
    if (stat.size > max) return { ok: false, reason: { kind: 'too-large', bytes: stat.size } };
    const bytes = new Uint8Array(stat.size);
    let read = 0;
    while (read < stat.size) {
      const n = readSync(fd, bytes, read, stat.size - read, read);
      if (n === 0) break;
      read += n;
    }
    return { ok: true, bytes: bytes.subarray(0, read) };
  } catch (e) {
    return { ok: false, reason: { kind: 'unreadable', code: (e as NodeJS.ErrnoException).code ?? 'unknown error' } };
  } finally {
    closeSync(fd);
  }
}
