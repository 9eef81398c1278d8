// Noor's notes as Atom 1.0 (/demo/feeds/notes.atom): short notes in HTML, plain text and XHTML, one of them in Arabic.
import { DAY, HOUR, MINUTE } from './time.mjs';
import { escapeXml } from './xml.mjs';

const SITE = 'https://noor.example';

/** Builds the notes' Atom document, dated back from `now`; its icon is served by the demo at `origin`. */
export function notesAtom(now = Date.now(), origin = 'http://localhost:8000') {
  const date = (ago) => new Date(now - ago).toISOString();
  const entry = (ago, slug, title, body, lang) => `
  <entry${lang ? ` xml:lang="${lang}"` : ''}>
    <title>${escapeXml(title)}</title>
    <link rel="alternate" type="text/html" href="${SITE}/notes/${slug}"/>
    <id>tag:noor.example,2025:notes/${slug}</id>
    <published>${date(ago)}</published>
    <updated>${date(ago)}</updated>
    ${body}
  </entry>`;
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <title>Noor Haddad</title>
  <subtitle>Notes on typography, right-to-left layouts and bilingual websites.</subtitle>
  <link rel="alternate" type="text/html" href="${SITE}/notes/"/>
  <link rel="self" type="application/atom+xml" href="${SITE}/notes.atom"/>
  <id>tag:noor.example,2025:notes</id>
  <updated>${date(20 * MINUTE)}</updated>
  <author><name>Noor Haddad</name><uri>${SITE}/</uri></author>
  <icon>${origin}/demo/assets/noor.svg</icon>${entry(
    20 * MINUTE,
    'dir-rtl',
    '',
    `<content type="html">${escapeXml(
      '<p>Logical properties made the Arabic version of our site a one-line change: <code>dir="rtl"</code> on the root. <a href="https://noor.example/notes/dir-rtl">How we got there</a></p>',
    )}</content>`,
  )}${entry(
    6 * HOUR,
    'arabic-line-height',
    'ارتفاع السطر في العربية',
    '<summary>الخطوط العربية تحتاج إلى ارتفاع سطر أكبر قليلاً من اللاتينية: جرّب 1.8 بدلاً من 1.5.</summary>',
    'ar',
  )}${entry(
    3 * DAY + 2 * HOUR,
    'reading-list',
    'Reading list: typography for bilingual pages',
    `<summary type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Three essays on pairing Latin and Arabic type, starting with <a href="https://noor.example/notes/reading-list#pairing">font pairing</a>.</div></summary>`,
  )}
</feed>
`;
}
