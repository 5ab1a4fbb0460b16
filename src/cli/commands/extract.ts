// `triangulate extract`: prints the article extracted from each document, storing nothing.
import { articleToJson, formatMessage, renderArticleText } from '../../report/index.js';
import { EXIT, extractInputs, type Io } from '../io.js';

export async function extractCommand(paths: string[], opts: { json?: boolean; removed?: boolean }, io: Io): Promise<number> {
  let failed = 0;
  let first = true;
  for await (const result of extractInputs(paths, io)) {
    if (!result.ok) {
      failed++;
      if (opts.json) io.out(JSON.stringify({ id: null, source: result.source, messages: result.messages }));
      else for (const m of result.messages) io.err(`${result.source}: ${formatMessage(m)}`);
      continue;
    }
    if (opts.json) {
      io.out(JSON.stringify(articleToJson(result.article)));
    } else {
      if (!first) io.out('');
      io.out(renderArticleText(result.article, { removed: opts.removed === true }));
    }
    first = false;
  }
  return failed > 0 ? EXIT.documentFailed : EXIT.ok;
}
