/**
 * Splits a clause's text into the sentences people cite: up to and including each 。 or ；
 * (a ； separates the provisions of one sentence, each with its own award).
 */
export function splitSentences(text: string): string[] {
  return text.match(/[^。；！？]+[。；！？]?/g)?.filter((s) => s.trim() !== '') ?? [];
}

/**
 * The 1-based number of the sentence in which `quote` starts, for deep links (#s3).
 * @returns null when the quote is not in the text
 */
export function sentenceNumberOf(text: string, quote: string): number | null {
  const at = text.indexOf(quote);
  if (at < 0) return null;
  let end = 0;
  const sentences = splitSentences(text);
  for (let i = 0; i < sentences.length; i++) {
    end += (sentences[i] as string).length;
    if (at < end) return i + 1;
  }
  return null;
}

/** The anchor id of a sentence, shared by the renderer and every link to it. */
export function sentenceId(n: number): string {
  return `s${String(n)}`;
}
