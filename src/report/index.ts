// Public face of reporting: views of articles and dossiers for the terminal, Markdown, CSV and JSON.
export { articleToJson, renderArticleText, formatMessage, type ArticleJson } from './article.js';
export { renderDossierMarkdown, escapeMarkdown } from './dossier-markdown.js';
export { renderDossierTerminal, type TerminalOptions } from './dossier-terminal.js';
export { writeDossierCsv, formatCsv, csvField, type CsvCell } from './dossier-csv.js';
export { dossierToJson, validateDossier } from './dossier-json.js';
export {
  formatNumber, formatValue, formatDate, yearOf, tellingsByDate, valueHistory, tellingOutlets, bySpeaker, leadingValue, oneLine, cueWords,
  type SpeakerGroup, type ValueStep,
} from './dossier-format.js';
export { versionChange, formatVersionChange, textSentences, type VersionChange } from './article-versions.js';
