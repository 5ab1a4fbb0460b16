// The print stylesheet of the web UI (served as /assets/print.css): no chrome, every claim group's tellings shown, links spelled out.
export const PRINT_CSS = `
@page { margin: 16mm 14mm; }
html { font-size: 10.5pt; }
header.site, form.filters, form.search, nav.toc, .anchor, p.pager, p.legend { display: none !important; }
main { max-width: none; padding: 0; }
a { color: inherit; text-decoration: none; }
a.cite { color: #333; }
section.claim, tr, figure.chart { break-inside: avoid; }
h2 { break-after: avoid; }
details > *:not(summary) { display: block; }
details.removed, details.messages { display: none; }
section.claim { border-left-width: 3px; box-shadow: none !important; }
.badge { color: #000 !important; background: none !important; border: 1px solid #000; }
.s:target { background: none; outline: none; }
figure.chart svg { background: none; }
table { font-size: 9pt; }
`;
