// Characters that change how text reads without being seen: in a name, a handle or a link's label they can make
// `invoice\u202Efdp.exe` read "invoiceexe.pdf", or hide a character in a look-alike handle.

// Bidi embeddings, overrides and isolates (U+202A–202E, U+2066–2069), zero-width spaces and joiners that join
// nothing (U+200B, U+2060–2064, U+FEFF, U+180E). Kept: the marks (LRM, RLM, ALM), which only place neutral
// characters, and ZWJ/ZWNJ, which shape scripts and emoji (👩‍👩‍👧).
const INVISIBLE = /[\u180e\u200b\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/** The text without the invisible characters that could make it read as something else. */
export function visibleSafe(text: string): string {
  return text.replace(INVISIBLE, '');
}
