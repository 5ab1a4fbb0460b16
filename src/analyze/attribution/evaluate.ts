// Scores a model against gold documents with the PolNeAR span metrics.
import type { CharSpan, GoldDoc } from './corpus.js';
import type { AttributionModel } from './model.js';
import { keepsCue } from './cue-kind.js';
import { extendSpeakerSpan, isSpeakerSpan, speakerOfClause, trimSpeakerSpan } from './speaker-kind.js';
import { runModel } from './pipeline.js';
import { sentenceAt } from '../claims-context.js';
import { splitSentences } from '../sentences.js';
import { keptContent } from './trailing-content.js';
import { emptyScores, scoreRole, type Role, type RoleScores } from './score.js';

/** Exact and begin-match counts per role over all documents. */
export function evaluateModel(model: AttributionModel, docs: GoldDoc[]): Record<Role, RoleScores> {
  const scores = emptyScores();
  for (const doc of docs) {
    const { t, found } = runModel(model, doc.text);
    const sentences = splitSentences(doc.text);
    const tok = (s: [number, number]): CharSpan => [t.starts[s[0]], t.ends[s[1]]];
    const pred: Record<Role, CharSpan[]> = { source: [], cue: [], content: [] };
    for (const a of found) {
      const cue: CharSpan = [t.starts[a.cue[0]], t.ends[a.cue[1] - 1]];
      if (!keepsCue(doc.text, cue, a.source ? tok(a.source) : null)) continue;
      pred.cue.push(cue);
      // Speaker spans as the product keeps them (speaker-kind.ts): a clause's closing speaker, credits and chrome left out.
      const source = a.source ? speakerOfClause(doc.text, trimSpeakerSpan(doc.text, tok(a.source))) : null;
      if (source && isSpeakerSpan(doc.text, source)) pred.source.push(extendSpeakerSpan(doc.text, source));
      // Contents as the product keeps them: a cue closing its sentence reports the sentence before its comma (trailing-content.ts).
      if (a.content) {
        const content = tok(a.content);
        const s = sentences[sentenceAt(sentences, cue[0])];
        pred.content.push(s ? keptContent(doc.text, content, cue, source, s.span).span : content);
      }
    }
    const gold: Record<Role, CharSpan[]> = { source: [], cue: [], content: [] };
    for (const a of doc.attributions) {
      gold.cue.push(a.cue);
      if (a.source) gold.source.push(a.source);
      if (a.content) gold.content.push(a.content);
    }
    for (const role of ['source', 'cue', 'content'] as const) scoreRole(scores[role], doc.text, gold[role], pred[role]);
  }
  return scores;
}
