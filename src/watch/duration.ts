// Durations as people write them on the command line: 30s, 10m, 1h, 1h30m, 500ms.

const UNITS: Record<string, number> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** Milliseconds of a duration such as `30s`, `10m`, `1h` or `1h30m`; throws on anything else (a bare number has no unit). */
export function parseDuration(text: string): number {
  const t = text.trim().toLowerCase();
  const parts = /^(?:\d+(?:\.\d+)?(?:ms|s|m|h|d))+$/.test(t) ? t.match(/\d+(?:\.\d+)?(?:ms|s|m|h|d)/g) : null;
  if (!parts) throw new Error(`"${text}" is not a duration: write it as 30s, 10m, 1h or 1h30m`);
  let ms = 0;
  for (const p of parts) {
    const [, n, unit] = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)$/.exec(p) as RegExpExecArray;
    ms += Number(n) * UNITS[unit];
  }
  if (ms <= 0) throw new Error(`"${text}" is not a positive duration`);
  return Math.round(ms);
}
