// Shape patterns of page chrome (counters, time stamps, reading times, date lines, credits), each with its rule id.
import type { Block } from './blocks.js';
import { isCreditLine, isDownloadLine } from './cues.js';

/** Most tokens a line may have and still be read as a stamp, date or reading-time line. */
const STAMP_MAX_TOKENS = 8;
/** Relative stamps are looked for only in the last characters of a line, which keeps long lines cheap. */
const STAMP_TAIL = 48;

/** Time units in the relative stamps of several languages ("16 mins ago", "vor 5 Minuten", "hace 2 horas"). */
const UNIT = String.raw`(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mos?|months?|y|yrs?|years?|` +
  String.raw`sekunden|minuten?|stunden?|tagen?|wochen|monaten?|jahren?|segundos?|minutos?|horas?|d[ií]as?|semanas?|meses|` +
  String.raw`secondes?|heures?|jours?|semaines?|mois|ans?|minuti|ore|giorni|settimane|mesi|anni|minutter|timer|dager|` +
  String.raw`dagar|timmar|minuter|uur|dagen|weken|мин\S*|час\S*|дн\S*)`;
const AGO = new RegExp(
  String.raw`(?:^|[\s\-–—|·•])(?:(?:\d+|an?|one)\s*${UNIT}\.?\s+(?:ago|siden|sedan|geleden|fa|назад)|` +
    String.raw`(?:vor|hace|há|il y a)\s+(?:\d+|einer?|un[ae]?)\s*${UNIT}|\d+\s*(?:分|時間|日|分钟|小时|天)前)\s*$`,
  'iu',
);
/** A minute count, the core of a reading-time line ("5 mins", "Reading time: 3 min.", "Lesezeit 4 Min."). */
const MINUTES = /\d+\s*(?:[-–]\s*\d+\s*)?(?:min|mins|minutes?|minuten?|minutos?|minuti|minuter|minutter|minut|мин\S*|分)(?![\p{L}])/iu;
/** Month and weekday names (several languages) and clock words that make up date lines. */
const DATE_WORDS = new Set(
  `jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august september
  october november december mon tue wed thu fri sat sun monday tuesday wednesday thursday friday saturday sunday
  januar februar märz mai juni juli oktober dezember montag dienstag mittwoch donnerstag freitag samstag sonntag
  janvier février mars avril juin juillet août septembre octobre novembre décembre lundi mardi mercredi jeudi
  vendredi samedi dimanche enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre
  diciembre lunes martes miércoles jueves viernes sábado domingo gennaio febbraio aprile maggio giugno luglio
  settembre ottobre dicembre janeiro fevereiro março maio junho julho setembro outubro dezembro januari
  februari maart mei augustus am pm gmt utc est edt pst pdt bst cet cest kst jst ist 年 月 日 de del`
    .split(/\s+/)
    .filter(Boolean),
);
const NUMBER = /^\p{N}+(?:st|nd|rd|th|er|e|º|ª)?$/u;
/** Words that open a photo or illustration credit ("Illustration: Craig Stephens", "Foto: dpa"). Evidence only:
 *  the line must also have the credit shape (label, colon, a few capitalised names). */
const CREDIT_LABELS = /^(?:photo|photos|image|images|picture|illustration|graphic|credit|credits|foto|fotos|bild|imagen|ilustraci[oó]n|cr[ée]dit|crédits|immagine|фото)\s*:/iu;
const CREDIT_SHAPE = /^[\p{L}]+\s*:\s*[\p{Lu}\p{N}][\p{L}\p{N}.'’&-]*(?:[\s/,]+[\p{L}\p{N}.'’&-]+){0,5}$/u;

/** The rule a line's shape alone decides, or null. `text/headline-list` marks a headline carrying a relative stamp. */
export function chromePattern(b: Block): string | null {
  if (!b.hasLetter || b.text.length <= 1) return 'text/short-control';
  const n = b.tokenCount;
  if (AGO.test(b.text.slice(-STAMP_TAIL))) return n <= 5 ? 'text/relative-time-stamp' : 'text/headline-list';
  if (n <= STAMP_MAX_TOKENS && MINUTES.test(b.text)) return 'text/reading-time';
  if (n <= STAMP_MAX_TOKENS && isDateLine(b)) return 'text/date-line';
  if (n <= 6 && CREDIT_LABELS.test(b.text) && CREDIT_SHAPE.test(b.text)) return 'text/caption-credit';
  if (isCreditLine(b.text)) return 'text/credit';
  if (isDownloadLine(b.text)) return 'text/download';
  return null;
}

/** A short line made of numbers, month and weekday names, plus at most two other words ("Updated", "|"). */
function isDateLine(b: Block): boolean {
  let dateish = 0;
  let other = 0;
  let months = 0;
  for (const t of b.tokens) {
    if (NUMBER.test(t)) dateish++;
    else if (DATE_WORDS.has(t) || DATE_WORDS.has(t.replace(/\.$/, ''))) {
      dateish++;
      months++;
    } else other++;
  }
  const numericDate = /\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b|\b\d{1,2}:\d{2}\b/.test(b.text);
  return (months > 0 || numericDate) && dateish >= 2 && other <= 2 && other < dateish;
}

/** Shortest teaser headline, in characters, that the teaser-pair rule compares. */
const TEASER_MIN_CHARS = 40;
/** Most characters of a dateline ("NEW ORLEANS (AP) - ") before the repeated headline in a teaser's second line. */
const TEASER_DATELINE_CHARS = 40;

/**
 * Indexes of a page's teaser pairs: a one-sentence headline followed by a line that repeats it, whole or going on with
 * the story's opening (after a dateline or none), the shape of a site's list of other stories. Found only when two or
 * more different headlines are paired, each told no more than twice on the page: a single pair may be an article's
 * summary repeated by its lede, and a gallery repeats a caption many times. `counts` holds how often each line's key
 * stands on the page.
 */
export function teaserPairs(blocks: readonly Block[], counts: ReadonlyMap<string, number>): Set<number> {
  const out = new Set<number>();
  const heads = new Set<string>();
  for (let i = 0; i + 1 < blocks.length; i++) {
    const a = blocks[i];
    if (!a.terminal || a.text.length < TEASER_MIN_CHARS) continue;
    const at = blocks[i + 1].text.indexOf(a.text);
    if (at < 0 || at > TEASER_DATELINE_CHARS) continue;
    if ((counts.get(a.key) ?? 0) <= 2) heads.add(a.key);
    out.add(i).add(i + 1);
    i++;
  }
  return heads.size >= 2 ? out : new Set();
}
