// Reads a Python literal (dict, list, str, number, None/True/False) or JSON into a JS value.

/** Parses JSON, or failing that a Python-style literal; returns undefined when neither reads. */
export function parseLiteral(src: string): unknown {
  try {
    return JSON.parse(src);
  } catch {
    // fall through to the Python reader
  }
  const r = new Reader(src);
  try {
    const v = r.value();
    r.ws();
    return r.pos === src.length ? v : undefined;
  } catch {
    return undefined;
  }
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', '\\': '\\', "'": "'", '"': '"', '0': '\0', a: '\x07', v: '\v' };

class Reader {
  pos = 0;
  constructor(private readonly s: string) {}

  ws(): void {
    while (this.pos < this.s.length && /\s/.test(this.s[this.pos]!)) this.pos++;
  }

  value(): unknown {
    this.ws();
    const c = this.s[this.pos];
    if (c === '{') return this.dict();
    if (c === '[' || c === '(') return this.list(c === '[' ? ']' : ')');
    if (c === "'" || c === '"') return this.str();
    const m = /^(None|True|False|null|true|false|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(this.s.slice(this.pos, this.pos + 40));
    if (!m) throw new Error(`unexpected input at ${this.pos}`);
    this.pos += m[0].length;
    const w = m[0];
    if (w === 'None' || w === 'null') return null;
    if (w === 'True' || w === 'true') return true;
    if (w === 'False' || w === 'false') return false;
    return Number(w);
  }

  private expect(ch: string): void {
    this.ws();
    if (this.s[this.pos] !== ch) throw new Error(`expected ${ch} at ${this.pos}`);
    this.pos++;
  }

  private dict(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    this.expect('{');
    for (;;) {
      this.ws();
      if (this.s[this.pos] === '}') { this.pos++; return out; }
      const k = this.value();
      this.expect(':');
      out[String(k)] = this.value();
      this.ws();
      if (this.s[this.pos] === ',') this.pos++;
    }
  }

  private list(close: string): unknown[] {
    const out: unknown[] = [];
    this.pos++;
    for (;;) {
      this.ws();
      if (this.s[this.pos] === close) { this.pos++; return out; }
      out.push(this.value());
      this.ws();
      if (this.s[this.pos] === ',') this.pos++;
    }
  }

  private str(): string {
    const q = this.s[this.pos]!;
    const triple = this.s.startsWith(q.repeat(3), this.pos);
    const end = triple ? q.repeat(3) : q;
    this.pos += end.length;
    let out = '';
    for (;;) {
      if (this.pos >= this.s.length) throw new Error('unterminated string');
      if (this.s.startsWith(end, this.pos)) { this.pos += end.length; return out; }
      const c = this.s[this.pos]!;
      if (c !== '\\') { out += c; this.pos++; continue; }
      const e = this.s[this.pos + 1] ?? '';
      if (e === 'x' || e === 'u' || e === 'U') {
        const len = e === 'x' ? 2 : e === 'u' ? 4 : 8;
        out += String.fromCodePoint(parseInt(this.s.slice(this.pos + 2, this.pos + 2 + len), 16));
        this.pos += 2 + len;
      } else if (e === '\n') {
        this.pos += 2;
      } else {
        out += ESCAPES[e] ?? '\\' + e;
        this.pos += 2;
      }
    }
  }
}
