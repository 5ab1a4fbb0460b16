// Public face of reporting: views of articles (and later dossiers) for the terminal, Markdown and JSON.
export { articleToJson, renderArticleText, formatMessage, type ArticleJson } from './article.js';
