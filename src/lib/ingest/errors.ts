/**
 * Errors the ingest reports to the person running it. Input that cannot be ingested (empty,
 * binary, not UTF-8, no clauses) exits with code 2 and writes nothing; a refusal to overwrite
 * exits with code 1.
 */

/** Exit code for input the ingest cannot read as a policy. */
export const BAD_INPUT = 2;

/** Exit code for a run that would overwrite files without --force, or a bad command line. */
export const REFUSED = 1;

/** An error with the message to print and the exit code to use. */
export class IngestError extends Error {
  /** The process exit code. */
  readonly exitCode: number;

  constructor(message: string, exitCode: number = BAD_INPUT) {
    super(message);
    this.name = 'IngestError';
    this.exitCode = exitCode;
  }
}
