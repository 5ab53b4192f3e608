// STUB: the statistical entity recogniser (issue 3) replaces this file.
/** A trained tagger: one IOB2 tag over PER, ORG, LOC, MISC per input token. */
export interface NerTagger {
  tag(tokens: readonly string[]): string[];
}

/** The shipped model, or null when none is available. */
export function loadDefaultNer(): NerTagger | null {
  return null;
}
