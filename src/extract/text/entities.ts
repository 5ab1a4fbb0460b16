// HTML character references in plain text: records that arrive as text sometimes keep them ("Smith &amp; Wesson").
import { decodeHTML, DecodingMode } from 'entities';

/**
 * Decodes the HTML character references of plain text in one pass, so that text is decoded once
 * ("&amp;amp;" reads "&amp;", never "&"). Strict mode: only references closed by ";" are decoded, so a
 * bare ampersand ("AT&T", "R&B") and an unknown name ("&foo;") stay as written; a reference to no
 * character ("&#0;") reads U+FFFD, as in HTML. Text without references is returned as it is.
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return decodeHTML(text, DecodingMode.Strict);
}
