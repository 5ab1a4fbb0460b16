// A rule on dates found by the date parser, shared by metadata extraction and analysis.

const MONTH_WORD = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?/i;

/**
 * Where a found date must be read again, or null: "New Orleans' 30-7 Oct. 19 loss" is found as 30 October 2019 and "the
 * 24-21 Nov 2 win" as 24 November, but where a pair of numbers (a score) comes before the month and a day right after
 * it, that day is the date's, the pair none of it, and two bare digits after a month are its day, never a year. The
 * offset returned is the month word's within `text`; `after` is what follows the found text (its first characters are
 * enough); a written year ("2019", "'19") keeps the date as found.
 */
export function rereadFromMonth(text: string, after: string): number | null {
  const month = MONTH_WORD.exec(text);
  if (!month || !/^\s*\d{1,3}\s*[-–]\s*\d{1,3}\s+$/.test(text.slice(0, month.index)) || /\d{4}|['\u2019]\d\d\b/.test(text)) return null;
  return /^\s+\d{1,2}(?![\d:])/.test(text.slice(month.index + month[0].length) + after.slice(0, 4)) ? month.index : null;
}
