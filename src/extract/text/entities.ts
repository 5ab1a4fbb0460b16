// HTML character references in plain text: records that arrive as text sometimes keep them ("Smith &amp; Wesson").

const NAMED: ReadonlyMap<string, string> = new Map(Object.entries({
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '\u2013', mdash: '\u2014',
  lsquo: '\u2018', rsquo: '\u2019', ldquo: '\u201c', rdquo: '\u201d', hellip: '\u2026', bull: '\u2022',
  middot: '\u00b7', copy: '\u00a9', reg: '\u00ae', trade: '\u2122', deg: '\u00b0', eacute: '\u00e9',
  egrave: '\u00e8', aacute: '\u00e1', iacute: '\u00ed', oacute: '\u00f3', uacute: '\u00fa', ntilde: '\u00f1',
  ccedil: '\u00e7', uuml: '\u00fc', ouml: '\u00f6', auml: '\u00e4', laquo: '\u00ab', raquo: '\u00bb',
  AMP: '&', LT: '<', GT: '>', QUOT: '"',
}));

const REFERENCE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z]{2,8}));/g;

function valid(cp: number): boolean {
  return cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) && cp !== 0xfffe && cp !== 0xffff && (cp >= 0x20 || cp === 9 || cp === 10);
}

/**
 * Decodes the HTML character references of plain text in one pass, so that text is decoded once
 * ("&amp;amp;" reads "&amp;", never "&"); a reference that is not one ("&foo;", "&#0;") and a bare
 * ampersand ("AT&T", "R&B") stay as written. Text without references is returned as it is.
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (ref: string, dec?: string, hex?: string, name?: string) => {
    if (name !== undefined) return NAMED.get(name) ?? ref;
    const cp = dec !== undefined ? Number(dec) : parseInt(hex!, 16);
    return valid(cp) ? String.fromCodePoint(cp) : ref;
  });
}
