// The one escaping helper of the web UI: a tagged template that escapes every interpolated value unless it is already safe HTML.

/** HTML built by the `html` template (or by code that escaped every piece); inserted as is. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for element content and quoted attribute values. */
const SPECIAL = /[&<>"']/;

export function escapeHtml(text: string): string {
  return SPECIAL.test(text) ? text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]) : text;
}

/** A value an `html` template accepts: text (escaped), numbers, safe HTML, lists of these; null/undefined/false render nothing. */
export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[];

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false || value === true) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return (value as readonly HtmlValue[]).map(render).join('');
  return escapeHtml(String(value));
}

/** Tagged template: `html\`<p>${text}</p>\`` escapes `text`; nested `html` results pass through. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1];
  return new SafeHtml(out);
}

/** Joins pieces of safe HTML (or escaped text) into one. */
export function join(values: readonly HtmlValue[], separator = ''): SafeHtml {
  return new SafeHtml(values.map(render).join(separator));
}

/** A link target for a URL taken from content: kept only for http(s), never for `javascript:` or other schemes. */
export function safeExternalUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  const trimmed = url.trim();
  return /^https?:\/\/[^\s]+$/i.test(trimmed) ? trimmed : null;
}

/** Renders a search snippet: its text escaped, then the «matched» words marked. */
export function snippetHtml(snippet: string): SafeHtml {
  return new SafeHtml(escapeHtml(snippet).replace(/«([^«»]*)»/g, '<mark>$1</mark>'));
}
