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
  return toAttributions(t, found)
    .filter((a) => isStatementCue(a.cue.text, text.slice(a.cue.span[1], a.cue.span[1] + 60)))
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
