// The page frame every web UI page shares: head with stylesheets and scripts from /assets/, navigation, search box.
import { html, type SafeHtml } from '../html.js';

export interface PageOptions {
  title: string;
  /** Asset names of scripts the page needs (served from /assets/). */
  scripts?: readonly string[];
  /** Text for the search box. */
  query?: string;
}

/** A whole HTML page around a body. */
export function layout(options: PageOptions, body: SafeHtml): SafeHtml {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title} · Triangulate</title>
<link rel="stylesheet" href="/assets/style.css">
<link rel="stylesheet" href="/assets/print.css" media="print">
${(options.scripts ?? []).map((s) => html`<script src="/assets/${s}" defer></script>`)}
</head>
<body>
<a class="skip" href="#content">Skip to content</a>
<header class="site">
  <a class="brand" href="/">Triangulate</a>
  <nav aria-label="Site"><a href="/">Stories</a> <a href="/search">Search</a> <a href="/upload">Add documents</a> <a href="/api/openapi.json">API</a></nav>
  <form class="search" action="/search" method="get" role="search" aria-label="Site search">
    <input type="search" name="q" value="${options.query ?? ''}" placeholder="Search articles and claims" aria-label="Search articles and claims">
  </form>
</header>
<main>
<div id="content" tabindex="-1">
${body}
</div>
</main>
</body>
</html>`;
}
