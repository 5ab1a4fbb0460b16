// Words that order tellings of a value in time: a later or risen count, a correction, an authority's word against a telling, a total so far.
import type { Telling } from '../model/dossier.js';

/**
 * Words that tell a count as the later one of its day: "now", "has died", "a second victim died",
 * "rose to", "bringing the toll to". Publication days without hours leave the tellings of one day
 * unordered; these words order them.
 */
export const LATER = /\b(?:now|(?:has|have|had|since|later)\s+died|died\s+later|(?:has|have)\s+since|succumbed|(?:second|third|fourth|fifth|sixth|seventh|eighth|another)\s+(?:\S+\s+){0,3}?(?:died|dies|has\s+died|was\s+pronounced\s+dead)|(?:rose|risen|rises|climbed|climbs|increased|jumped)\s+to|(?:bringing|brings|brought|raising|raises|raised|pushing|pushed)\s+(?:the\s+)?(?:total\s+|overall\s+)?(?:death\s+toll|toll|number|count)|updated|latest)\b/i;
/** Words that tell a value as a total so far, which only grows: "has already grossed", "to date", "turnout reached", "as of 4 p.m.". */
export const SO_FAR = /\b(?:(?:has|have|had)\s+already|so\s+far|to\s+date|thus\s+far|as\s+of\s+\d|(?:has|have)\s+(?:now\s+)?(?:grossed|earned|taken\s+in|brought\s+in|accumulated|collected|raised|reached|climbed\s+to|risen\s+to)\b|reached\s+(?:about\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?[$€£]?\d|now\s+stands?\s+at)/i;
/** Words that tell a lower count as a correction of an earlier one: "revised from eight to six", "not five as first reported". */
export const REVISED = /\b(?:revised|corrected|correction|(?:earlier|initially|previously|first)\s+(?:reported|said|stated)|down\s+from|lowered)\b/i;

/** Words that tell a count as risen: "a fourth victim has died", "rose to", "bringing the toll to". */
export const RISE = /\b(?:(?:second|third|fourth|fifth|sixth|seventh|eighth|another)\s+(?:\S+\s+){0,3}?(?:died|dies|has\s+died|was\s+pronounced\s+dead)|(?:rose|risen|rises|climbed|climbs|increased|jumped)\s+to|(?:bringing|brings|brought|raising|raises|raised|pushing|pushed)\s+(?:the\s+)?(?:total\s+|overall\s+)?(?:death\s+toll|toll|number|count))\b/i;
export const toldAsRise = (t: Telling): boolean => t.rules.measure === 'measure/ordinal-victim-died' || t.rules.measure === 'measure/all-victims-died' || RISE.test(t.sentence);

/** "..., but authorities say no one was injured", "but police said he was not shot": an authority's word against an earlier telling (as the claims pass reads it, analyze/victims.ts). */
export const CONTRADICTED = /\bbut\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}(?:police|authorities|officials|investigators|deputies|detectives|officers|troopers|sheriff(?:['’]s\s+(?:office|department))?|coroner|spokes(?:wo)?man|spokesperson)|(?:police|authorities|officials|investigators|deputies|detectives|officers|troopers)|the\s+(?:sheriff|coroner)(?:['’]s\s+office)?)\s+(?:now\s+|later\s+)?(?:say|says|said|confirmed|determined|clarified|stated)\b(?:\s+that)?[^.;]*?\b(?:not|no\s+one|no-one|nobody|none|never)\b/iu;

/** Whether a telling of a count says it is the later, or the corrected, value of its day. */
export function toldAsLater(t: Telling): boolean {
  return t.rules.measure === 'measure/ordinal-victim-died' || t.rules.measure === 'measure/all-victims-died' || LATER.test(t.sentence) || REVISED.test(t.sentence);
}
