// Baseline extractor for evaluations: Mozilla Readability on a jsdom DOM, returning textContent.
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';

/** The article text Readability.js finds in a page ('' when it finds none or fails). */
export function readabilityText(html: string): string {
  const virtualConsole = new VirtualConsole();
  try {
    const dom = new JSDOM(html, { virtualConsole });
    const article = new Readability(dom.window.document).parse();
    dom.window.close();
    return article?.textContent ?? '';
  } catch {
    return '';
  }
}
