/**
 * Decodes the bytes of a text file and refuses what is not a text: the checks happen on bytes, before
 * any parsing, so that a wrong file fails with a message that says what is wrong with it.
 */
import { IngestError } from './errors';

/**
 * Whether bytes are UTF-16: a byte-order mark (FF FE, FE FF), or, without one, NUL bytes in
 * every other position of a mostly-ASCII or CJK text (Windows "Unicode" text files).
 */
export function isUtf16(bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)))
    return true;
  const pairs = Math.floor(Math.min(bytes.length, 4096) / 2);
  if (pairs < 2) return false;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  // ASCII in UTF-16 has a NUL in half the bytes, all on one side; a binary file scatters them.
  return Math.max(evenNul, oddNul) >= pairs * 0.3 && Math.min(evenNul, oddNul) <= pairs * 0.05;
}

/** Reads bytes as strict UTF-8 text, with clear errors for empty, UTF-16, binary and non-UTF-8 input. */
export function decodeRaw(bytes: Uint8Array, name: string): string {
  if (isUtf16(bytes))
    throw new IngestError(
      `${name}: the file is UTF-16; convert with iconv -f UTF-16 -t UTF-8 ${name} > policy.raw.txt`,
    );
  if (bytes.length === 0 || /^[\s\uFEFF]*$/u.test(Buffer.from(bytes).toString('utf8'))) {
    throw new IngestError(`${name}: the file is empty; expected the text of a policy copied from a portal`);
  }
  // A NUL byte never occurs in a UTF-8 text; it marks an image, a PDF or a Word file.
  if (bytes.includes(0)) {
    throw new IngestError(
      `${name}: the file is binary (it contains NUL bytes); expected a UTF-8 text file (copy the policy text into a .txt file)`,
    );
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new IngestError(
      `${name}: the file is not UTF-8; convert it first, e.g. iconv -f GBK -t UTF-8 ${name} > policy.raw.txt`,
    );
  }
}
