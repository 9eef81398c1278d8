// Text into the RSS and Atom generators' markup.

/** `text` with the characters XML reserves in content and attribute values escaped. */
export const escapeXml = (text) => text.replace(/[<>&"]/g, (char) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', '"': 'quot' }[char]};`);
