// Public face of attribution extraction: who said what, found by a trained cue tagger and span scorers.
import type { Attribution } from '../../model/analysis.js';
import { loadAttributionModel, type AttributionModel } from './model.js';
import { runModel } from './pipeline.js';
import { toAttributions } from './output.js';
import { isStatementCue } from './cue-kind.js';
import { afterCredit, extendSpeakerSpan, isSpeakerSpan, speakerOfClause, trimSpeakerSpan } from './speaker-kind.js';

export { loadAttributionModel, type AttributionModel } from './model.js';
export { isStatementCue } from './cue-kind.js';
export { headPart, speakerHead, speakerWords, type HeadMention } from './speaker-head.js';
export { afterCredit, extendSpeakerSpan, isSpeakerSpan, speakerOfClause, trimSpeakerSpan } from './speaker-kind.js';

export interface FindAttributionsOptions {
  /** A loaded model; pass one when analysing many texts (otherwise the model file is read on every call). */
  model?: AttributionModel;
  /** Path of a model file to load when `model` is not given (default: models/attribution/model.bin.gz in the package). */
  modelPath?: string;
}

/**
 * Finds attributions in `text`: speaker (or null), cue, content, whether quoted directly, and the
 * outlet spoken to. Spans are character offsets into `text`. Cues that tell an act rather than a
 * statement ("was charged", "responded") are left out (see cue-kind.ts); a speaker span that names no one
 * (a photo credit, a caption label, a clause) is dropped, the attribution kept without a speaker (see speaker-kind.ts).
 */
export function findAttributions(text: string, options: FindAttributionsOptions = {}): Attribution[] {
  const model = options.model ?? loadAttributionModel(options.modelPath);
  const { t, found } = runModel(model, text);
  return cutAtOtherCues(text, toAttributions(t, found)
    .filter((a) => isStatementCue(a.cue.text, text.slice(a.cue.span[1], a.cue.span[1] + 60))))
    .map((a) => {
      if (!a.speaker) return a;
      // "TOM HINDMAN | Gazette Mail Police say": a photo credit run into the sentence is no part of its speaker.
      const credited = afterCredit(text, a.speaker.span);
      if (!credited) return { ...a, speaker: null };
      const own = speakerOfClause(text, trimSpeakerSpan(text, credited));
      if (!own || !isSpeakerSpan(text, own)) return { ...a, speaker: null };
      const span = extendSpeakerSpan(text, own);
      return span[0] === a.speaker.span[0] && span[1] === a.speaker.span[1] ? a : { ...a, speaker: { text: text.slice(span[0], span[1]), span } };
    });
}

/**
 * A content told before its cue ("At least 12 people were injured, the health ministry said") never runs back over
 * another attribution's cue: where it does ('"One woman died," said the mayor. At least 12 ...'), it starts after the
 * sentence of that cue. The claims and "who said what" then give each speaker only their own words.
 */
function cutAtOtherCues(text: string, list: Attribution[]): Attribution[] {
  return list.map((a) => {
    if (a.content === null || a.cue.span[0] < a.content.span[1]) return a;
    let start = a.content.span[0];
    const end = a.content.span[1];
    for (const b of list) {
      if (b === a || b.cue.span[0] < start || b.cue.span[1] > end) continue;
      const sentenceEnd = /[.!?]["”’]?\s+/g;
      sentenceEnd.lastIndex = Math.max(b.cue.span[1], b.speaker?.span[1] ?? 0);
      const m = sentenceEnd.exec(text);
      if (m && m.index + m[0].length < end) start = m.index + m[0].length;
    }
    if (start === a.content.span[0]) return a;
    return { ...a, content: { ...a.content, text: text.slice(start, end), span: [start, end] as [number, number] } };
  });
}
