// The incremental linker: each new article is checked for near-copies and placed in a story, without revisiting the corpus.
import type { Article } from '../model/index.js';
import type { ArticleAnalysis } from '../model/analysis.js';
import { StoryIndex, type StoryIndexState } from './cluster.js';
import { DuplicateIndex, type DuplicateState } from './dedupe.js';
import { entityKey } from './entities.js';

export interface LinkerState {
  version: 1;
  duplicates: DuplicateState;
  stories: StoryIndexState;
}

export interface LinkDecision {
  articleId: string;
  storyId: string;
  storyRule: string;
  storyScore: number;
  syndicatedFrom: string | null;
  similarity: number | null;
  /** Articles whose earliest copy is now this article (it is older than what they derived from). */
  rederived: string[];
}

export class Linker {
  private constructor(private readonly duplicates: DuplicateIndex, private readonly stories: StoryIndex) {}

  static create(): Linker {
    return new Linker(new DuplicateIndex(), new StoryIndex());
  }

  static fromJSON(state: LinkerState): Linker {
    return new Linker(DuplicateIndex.fromJSON(state.duplicates), StoryIndex.fromJSON(state.stories));
  }

  toJSON(): LinkerState {
    return { version: 1, duplicates: this.duplicates.toJSON(), stories: this.stories.toJSON() };
  }

  has(articleId: string): boolean {
    return this.stories.storyOf(articleId) !== null;
  }

  /** Places one article: a syndicated copy joins the story of the copy it derives from. */
  add(article: Article, analysis: ArticleAnalysis | null): LinkDecision {
    const published = article.metadata.published?.value ?? null;
    const dup = this.duplicates.add({ id: article.id, text: article.text, published });
    const entities = analysis
      ? analysis.entities.filter((e) => e.refersTo === undefined).map((e) => ({ key: entityKey(e.text), type: e.type })).filter((e) => e.key.length > 0)
      : undefined;
    const decision = this.stories.add({ id: article.id, title: article.metadata.title?.value ?? null, text: article.text, published, entities });
    return {
      articleId: article.id,
      storyId: decision.storyId,
      storyRule: decision.rule,
      storyScore: decision.score,
      syndicatedFrom: dup?.syndicatedFrom ?? null,
      similarity: dup ? dup.similarity : null,
      rederived: dup?.rederived ?? [],
    };
  }
}
