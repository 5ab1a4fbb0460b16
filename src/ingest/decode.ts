// Bytes to text: BOM, then a declared charset (HTML meta / XML prolog), then UTF-8 validity, then a detector.
import chardet from 'chardet';
import iconv from 'iconv-lite';
import type { Document, Message } from '../model/index.js';

export interface Decoded {
  text: string;
  charset: Document['charset'];
  messages: Message[];
}

/** How far into an HTML document a charset declaration is looked for (the HTML standard's prescan reads 1024 bytes; pages often put it later). */
const DECLARATION_SCAN_BYTES = 4096;

const utf8Strict = new TextDecoder('utf-8', { fatal: true });
const utf8Loose = new TextDecoder('utf-8', { fatal: false });

/** Charset labels that browsers treat as another encoding (WHATWG Encoding: latin1 and ascii are windows-1252). */
function normaliseLabel(label: string): string {
  const l = label.trim().toLowerCase().replace(/^["']|["']$/g, '');
  if (l === 'iso-8859-1' || l === 'latin1' || l === 'us-ascii' || l === 'ascii' || l === 'iso8859-1' || l === 'l1') return 'windows-1252';
  if (l === 'utf8') return 'utf-8';
  if (l === 'x-sjis' || l === 'shift-jis') return 'shift_jis';
  return l;
}

function bomCharset(bytes: Uint8Array): { name: string; length: number } | null {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { name: 'utf-8', length: 3 };
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { name: 'utf-16le', length: 2 };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { name: 'utf-16be', length: 2 };
  return null;
}

/** A charset declared in the first bytes: `<meta charset>`, `<meta http-equiv content="...charset=">`, `<?xml encoding=?>`. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, DECLARATION_SCAN_BYTES)).toString('latin1');
  const meta = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  if (meta) return normaliseLabel(meta[1]);
  const xml = /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (xml) return normaliseLabel(xml[1]);
  return null;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    utf8Strict.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function decodeWith(bytes: Uint8Array, name: string): string | null {
  if (name === 'utf-8') return utf8Loose.decode(bytes);
  if (!iconv.encodingExists(name)) return null;
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), name);
}

/**
 * Decodes a document's bytes. `html` enables the declaration scan. `charset` is a charset declared
 * outside the bytes (an HTTP Content-Type): it goes before the page's own declaration, as in
 * browsers, is ignored when unknown, and is reported with basis `meta` (declared). Never throws:
 * an unknown declared charset or invalid UTF-8 becomes a message and the best available decoding.
 */
export function decodeBytes(bytes: Uint8Array, options: { html: boolean; charset?: string }): Decoded {
  const messages: Message[] = [];
  const bom = bomCharset(bytes);
  if (bom) {
    const text = decodeWith(bytes.subarray(bom.length), bom.name) ?? '';
    return { text, charset: { name: bom.name, basis: 'bom' }, messages };
  }
  const utf8 = isValidUtf8(bytes);
  const header = options.charset ? normaliseLabel(options.charset) : null;
  if (options.html || header) {
    const declared = header && (header === 'utf-8' || iconv.encodingExists(header)) ? header : options.html ? declaredCharset(bytes) : null;
    // A page declaring a legacy charset whose bytes are valid UTF-8 with multi-byte sequences
    // was almost always re-encoded on the way; UTF-8 wins then.
    if (declared && declared !== 'utf-8' && !(utf8 && hasMultiByte(bytes))) {
      const text = decodeWith(bytes, declared);
      if (text !== null) return { text, charset: { name: declared, basis: 'meta' }, messages };
      messages.push({ severity: 'warning', ruleId: 'ingest/unknown-charset', reason: `declared charset "${declared}" is unknown; detecting instead` });
    } else if (declared === 'utf-8' && utf8) {
      return { text: utf8Loose.decode(bytes), charset: { name: 'utf-8', basis: 'meta' }, messages };
    }
  }
  if (utf8) return { text: utf8Loose.decode(bytes), charset: { name: 'utf-8', basis: hasMultiByte(bytes) ? 'detected' : 'default' }, messages };
  const detected = detectLegacy(bytes);
  if (detected) {
    const text = decodeWith(bytes, detected);
    if (text !== null) return { text, charset: { name: detected, basis: 'detected' }, messages };
  }
  messages.push({ severity: 'warning', ruleId: 'ingest/invalid-utf8', reason: 'bytes are not valid UTF-8 and no charset could be detected; invalid sequences were replaced with U+FFFD' });
  return { text: utf8Loose.decode(bytes), charset: { name: 'utf-8', basis: 'default' }, messages };
}

function hasMultiByte(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80) return true;
  return false;
}

/** Bytes looked at by the detector: enough for a stable guess, bounded so huge pages stay cheap. */
const DETECTOR_SAMPLE_BYTES = 1 << 18;

function detectLegacy(bytes: Uint8Array): string | null {
  const sample = bytes.subarray(0, DETECTOR_SAMPLE_BYTES);
  const guess = chardet.detect(sample);
  if (!guess) return null;
  const name = normaliseLabel(guess);
  // Single-byte Western guesses: windows-1252 is a superset of latin1 and what such pages use.
  if (name === 'iso-8859-15' || name === 'windows-1252') return 'windows-1252';
  if (name === 'utf-8') return 'windows-1252';
  return name;
}
