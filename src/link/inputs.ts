// What the linker reads from one article alone (near-copy shingles and signature, the event profile of its text), made ahead of linking on another thread.
import type { Article } from '../model/index.js';
import { outletKey } from './chrome.js';
import { DEFAULT_DUPLICATE_OPTIONS, minhash, shingleHashes, type DuplicateOptions } from './dedupe.js';
import { eventProfile, type EventProfile } from './event-profile.js';
import { dateMs } from './text-features.js';

/**
 * An article's linker inputs, with the options they were made with: the linker uses the copy
 * inputs only under the same options, and the profile only when no chrome line is removed from
 * the text (chrome depends on the articles linked before).
 */
export interface LinkInputs {
  shingleSize: number;
  seed: number;
  shingles: Uint32Array;
  signature: Uint32Array;
  /** The event profile of the article's title and whole text (as `StoryIndex.add` makes it). */
  profile: EventProfile;
}

/** The inputs of an article under the given copy options (the linker's defaults when absent). */
export function linkInputs(article: Article, options: DuplicateOptions = DEFAULT_DUPLICATE_OPTIONS): LinkInputs {
  const published = article.metadata.published?.value ?? null;
  const outlet = outletKey(article.metadata.outlet?.value ?? null, article.metadata.url ?? null);
  const shingles = shingleHashes(article.text, options.shingleSize, options.seed);
  return {
    shingleSize: options.shingleSize,
    seed: options.seed,
    shingles,
    signature: minhash(shingles, options.bands * options.rows, options.seed),
    profile: eventProfile(article.metadata.title?.value ?? null, article.text, dateMs(published), outlet),
  };
}
