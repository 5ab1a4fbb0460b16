// The versions of a stored article and what changed from the one before: what `show`, the article page and the API report.
import type { Article } from '../model/index.js';
import { versionChange, type VersionChange } from '../report/index.js';
import type { ArticleVersion, Store } from '../store/index.js';

export interface ArticleVersions {
  /** Every version, oldest first (one when the article was never revised). */
  versions: ArticleVersion[];
  /** Which of them this article is (1-based). */
  number: number;
  /** The latest version's id (the one in stories). */
  latest: string;
  /** The change from the version before this one; null for a first version. */
  change: VersionChange | null;
}

/** The versions of a stored article, with the change from the version before it. */
export async function articleVersions(store: Store, article: Article): Promise<ArticleVersions> {
  const versions = await store.articleVersions(article.id);
  const at = versions.findIndex((v) => v.id === article.id);
  const before = at > 0 ? await store.getArticle(versions[at - 1]!.id) : null;
  return {
    versions,
    number: at + 1,
    latest: versions.at(-1)?.id ?? article.id,
    change: before ? versionChange(before, article) : null,
  };
}
