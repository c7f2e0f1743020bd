/**
 * What a format reader (PDF, HTML, text) gives the ingest: the document's text as lines, and
 * the lines of that text that are not the document's own words (page marks, a masthead,
 * navigation), each with why. The text is what content/sources keeps beside the original and
 * what the lossless rule compares the content with; excluded lines are listed in the policy's
 * `source.excluded`, never silently dropped.
 */

/** A line of the extracted text that is not policy text. */
export interface ExcludedLine {
  /** The 1-based line number in `ExtractedText.text`. */
  line: number;
  /** The line as it stands in the text. */
  text: string;
  /** Why it is not policy text, in a few words (page number, masthead, registration code, navigation …). */
  reason: string;
}

/** The text a reader extracted from a document. */
export interface ExtractedText {
  /** The text, LF line endings, one paragraph per line where the reader could rebuild paragraphs. */
  text: string;
  /** Lines of `text` that are not the document's text. */
  excluded: ExcludedLine[];
  /** What the reader left out of the original that is not text at all (scripts, styles, images, link targets), for the report. */
  dropped: string[];
}
