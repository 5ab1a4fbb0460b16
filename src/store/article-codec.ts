// Stored form of an article in the SQLite store: its text in a column of its own (read by search), the rest as compressed JSON.
import type { Article } from '../model/index.js';
import { compressText, storedText, type StoredValue } from './compress.js';

/** The article less its text (null in its place, so keys keep their order), compressed. */
export function packArticle(article: Article): Buffer {
  return compressText(JSON.stringify({ ...article, text: null }));
}

/** The article from its stored data (packed, or JSON whole as stores before packing kept it) and the text column. */
export function unpackArticle(data: StoredValue, text: string | null): Article {
  const article = JSON.parse(storedText(data)) as Omit<Article, 'text'> & { text: string | null };
  if (article.text === null) {
    if (text === null) throw new Error(`article ${article.id}: stored without its text`);
    article.text = text;
  }
  return article as Article;
}
