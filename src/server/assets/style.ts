// The screen stylesheet of the web UI (served as /assets/style.css).
export const STYLE_CSS = `
:root { --fg: #1d2125; --muted: #5d6770; --line: #d8dde2; --bg: #fff; --soft: #f4f6f8; --link: #0b57a4;
  --ok: #1e7b3a; --single: #6b6f74; --upd: #8a5a00; --bad: #b3261e; --deny: #6f2da8; }
* { box-sizing: border-box; }
html { font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); }
body { margin: 0; }
a { color: var(--link); }
header.site { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; align-items: center; padding: .6rem 1.25rem; border-bottom: 1px solid var(--line); background: var(--soft); }
header.site .brand { font-weight: 700; text-decoration: none; color: var(--fg); letter-spacing: .02em; }
header.site nav a { margin-right: .9rem; display: inline-block; padding: .2rem 0; }
header.site form.search { margin-left: auto; }
header.site input[type=search] { width: 18rem; max-width: 60vw; padding: .3rem .5rem; border: 1px solid var(--line); border-radius: 4px; }
main { max-width: 72rem; margin: 0 auto; padding: 1rem 1.25rem 4rem; overflow-wrap: break-word; }
#content:focus { outline: none; }
a.skip { position: absolute; left: .5rem; top: -3rem; padding: .5rem .8rem; background: var(--bg); border: 2px solid var(--link); border-radius: 4px; z-index: 10; }
a.skip:focus { top: .5rem; }
.vh { position: absolute !important; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; }
caption { text-align: left; font-size: .85rem; color: var(--muted); padding: .2rem 0; }
h1 { font-size: 1.7rem; line-height: 1.25; margin: .6rem 0 .3rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .6rem; padding-bottom: .2rem; border-bottom: 1px solid var(--line); }
.meta, small { color: var(--muted); font-size: .88rem; }
nav.toc { display: flex; flex-wrap: wrap; gap: .2rem .9rem; }
nav.toc a { font-size: .9rem; display: inline-block; padding: .15rem 0; min-height: 24px; }
table { border-collapse: collapse; width: 100%; font-size: .92rem; }
th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid var(--line); }
thead th { background: var(--soft); font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.contested { color: var(--bad); font-weight: 700; }
code { font-size: .85em; background: var(--soft); padding: 0 .25em; border-radius: 3px; }
form.filters { display: flex; flex-wrap: wrap; gap: .6rem 1rem; align-items: end; margin: .8rem 0 1rem; }
form.filters label { display: flex; flex-direction: column; font-size: .85rem; color: var(--muted); }
input, textarea, button { font: inherit; }
input[type=text], input[type=date], input[type=search], textarea { padding: .3rem .5rem; border: 1px solid var(--line); border-radius: 4px; }
button { padding: .35rem .9rem; border: 1px solid var(--link); background: var(--link); color: #fff; border-radius: 4px; cursor: pointer; }
ol.brief li { margin: .45rem 0; }
a.cite { font-size: .85em; display: inline-block; min-width: 24px; min-height: 24px; text-align: center; }
.see { font-size: .85em; color: var(--muted); }
section.claim { border: 1px solid var(--line); border-left: 4px solid var(--single); border-radius: 4px; margin: .6rem 0; background: var(--bg); }
section.claim.v-corroborated { border-left-color: var(--ok); }
section.claim.v-updated { border-left-color: var(--upd); }
section.claim.v-contested { border-left-color: var(--bad); }
section.claim.v-denied { border-left-color: var(--deny); }
section.claim:target { box-shadow: 0 0 0 3px #ffd54a; }
section.claim summary { cursor: pointer; padding: .55rem .75rem; list-style-position: inside; }
section.claim summary .statement { font-weight: 600; }
section.claim summary .meta { display: block; margin-left: 1rem; }
h3.single { font-size: 1.05rem; margin: 1.4rem 0 .4rem; color: var(--muted); }
section.claim details > *:not(summary) { margin-left: .75rem; margin-right: .75rem; }
section.claim details > table { width: calc(100% - 1.5rem); }
.badge { display: inline-block; font-size: .72rem; font-weight: 700; text-transform: uppercase; letter-spacing: .04em; padding: .05rem .45rem; border-radius: 3px; color: #fff; background: var(--single); vertical-align: .1em; }
.badge.v-corroborated { background: var(--ok); }
.badge.v-updated { background: var(--upd); }
.badge.v-contested { background: var(--bad); }
.badge.v-denied { background: var(--deny); }
table.tellings td.sentence { max-width: 34rem; }
table.tellings td.sentence a:first-child { color: inherit; text-decoration: underline dotted var(--muted); text-underline-offset: .2em; }
figure.chart { margin: .5rem 0 .8rem; }
figure.chart svg { max-width: 100%; height: auto; background: var(--soft); border-radius: 4px; }
figure.chart .axis { stroke: #9aa3ab; stroke-width: 1; }
figure.chart .tick, figure.chart .label { fill: #3d454c; }
figure.chart .grid { stroke: #e1e5e9; stroke-width: 1; }
figure.chart .earlier { fill: #fff; stroke-width: 2; }
figure.chart .line { stroke-width: 1.5; stroke-opacity: .6; }
figure.chart .range { stroke-width: 4; stroke-linecap: round; }
figure.chart figcaption { font-size: .85rem; color: var(--muted); }
table.chart-data { margin: .3rem 0 .6rem; font-size: .85rem; max-width: 40rem; }
.o0 { fill: #0b57a4; stroke: #0b57a4; } .o1 { fill: #c0392b; stroke: #c0392b; } .o2 { fill: #1e7b3a; stroke: #1e7b3a; }
.o3 { fill: #8a5a00; stroke: #8a5a00; } .o4 { fill: #6f2da8; stroke: #6f2da8; } .o5 { fill: #00838f; stroke: #00838f; }
path.line.o0, path.line.o1, path.line.o2, path.line.o3, path.line.o4, path.line.o5 { fill: none; }
.key::before { content: "●"; margin-right: .25em; }
.key.o0::before { color: #0b57a4; } .key.o1::before { color: #c0392b; } .key.o2::before { color: #1e7b3a; }
.key.o3::before { color: #8a5a00; } .key.o4::before { color: #6f2da8; } .key.o5::before { color: #00838f; }
.key { fill: none; stroke: none; margin-right: .8rem; }
.key.earlier::before { content: "○"; color: var(--muted); }
ul.speakers { list-style: none; padding: 0; }
details.said-by { margin: .2rem 0; border-bottom: 1px solid var(--line); padding: .25rem 0; }
details.said-by summary { cursor: pointer; }
details.said-by .who { font-weight: 600; }
details.said-by ul { margin: .2rem 0 .6rem; }
.who-said { font-weight: 600; }
.cue { font-style: italic; color: var(--muted); }
table.coverage th.outlet { font-weight: 600; font-size: .8rem; }
table.coverage th.group { font-weight: 400; min-width: 14rem; }
table.coverage td { text-align: center; }
table.coverage td.yes { color: var(--link); }
ol.articles li { margin: .2rem 0; }
ol.changes { list-style: none; padding: 0; }
ol.changes li.change { border-left: 4px solid var(--single); padding: .2rem .75rem; margin: .6rem 0; }
li.change.k-updated { border-left-color: var(--upd); } li.change.k-denied { border-left-color: var(--deny); }
li.change.k-verdict-changed { border-left-color: var(--link); } li.change.k-new-story, li.change.k-new-claim-group { border-left-color: var(--ok); }
li.change p { margin: .2rem 0; }
li.change .kind { font-weight: 700; margin-right: .3rem; }
li.change time { color: var(--muted); font-size: .88rem; margin-right: .3rem; }
ul.evidence { margin: .2rem 0; padding-left: 1.2rem; }
ul.evidence li.earlier { color: var(--muted); }
article.article .text { font-size: 1.05rem; line-height: 1.7; max-width: 46rem; }
article.article .text p { margin: 0 0 1rem; }
.s:target { background: #fff3b0; box-shadow: 0 0 0 2px #ffd54a; border-radius: 2px; -webkit-box-decoration-break: clone; box-decoration-break: clone; }
mark { background: none; color: inherit; border-radius: 2px; padding: 0; }
a.ent, a.qty, a.cue { color: inherit; }
.ent { text-decoration: underline 2px #9aa3ab; text-underline-offset: .2em; }
.ent-person { text-decoration-color: #c0392b; } .ent-organisation { text-decoration-color: #0b57a4; }
.ent-place { text-decoration-color: #1e7b3a; } .ent-group { text-decoration-color: #8a5a00; }
.qty { background: #e6f0fb; font-weight: 600; }
a.qty { text-decoration: underline 2px var(--link); }
mark.speaker { background: #efeae0; font-weight: 600; }
mark.cue, a.cue { font-style: italic; background: #efe6fa; }
.said { text-decoration: underline dotted #8a949c; text-underline-offset: .2em; }
.s-headline { font-weight: 700; }
p.legend { font-size: .82rem; color: var(--muted); }
p.legend > * { margin-right: .6rem; }
table.metadata { max-width: 60rem; margin: .5rem 0 1rem; }
table.metadata th { width: 7rem; }
table.metadata td.basis q { color: var(--muted); }
.none, .unsafe { color: var(--muted); }
details.removed, details.messages { margin: 1.5rem 0; }
details.metadata { margin: .5rem 0 1rem; }
details.removed summary, details.messages summary, details.metadata summary { cursor: pointer; color: var(--muted); }
ol.hits li { margin: .8rem 0; }
ol.hits p { margin: .2rem 0; }
ol.hits mark { background: #fff3b0; }
form.upload { display: grid; grid-template-columns: minmax(0, 1fr); gap: 1rem; max-width: 46rem; }
.drop { border: 2px dashed var(--line); border-radius: 6px; padding: 1rem; }
.drop.over { border-color: var(--link); background: #eef5fc; }
.drop .hint { color: var(--muted); margin: .3rem 0 0; }
label.paste { display: flex; flex-direction: column; }
label.paste textarea { width: 100%; }
.drop input[type=file] { max-width: 100%; }
ul.failed li { color: var(--bad); }
p.more { font-size: .85rem; color: var(--muted); }
/* Key figures and what is disputed, at the top of the dossier. */
ul.figures { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); gap: .8rem; }
li.figure { border: 1px solid var(--line); border-top: 4px solid var(--single); border-radius: 4px; padding: .6rem .8rem; }
li.figure.v-corroborated { border-top-color: var(--ok); } li.figure.v-updated { border-top-color: var(--upd); }
li.figure.v-contested { border-top-color: var(--bad); } li.figure.v-denied { border-top-color: var(--deny); }
li.figure p { margin: .25rem 0; }
li.figure .what { font-weight: 600; }
li.figure .subject { font-weight: 400; color: var(--muted); }
li.figure .value { line-height: 1.2; }
li.figure .value .num { font-size: 2rem; font-weight: 700; font-variant-numeric: tabular-nums; }
li.figure .value .unit { font-weight: 600; }
ul.disputed { padding-left: 1.1rem; }
ul.disputed li { margin: .35rem 0; }
ul.disputed .meta { display: block; }
/* The article page's layers, off until the reader switches them on. */
form.layers fieldset { border: 1px solid var(--line); border-radius: 4px; display: flex; flex-wrap: wrap; gap: .3rem 1rem; align-items: center; padding: .4rem .8rem; }
form.layers legend { font-size: .85rem; color: var(--muted); }
form.layers label { display: inline-flex; align-items: center; gap: .3rem; min-height: 24px; }
form.layers input { width: 1.1rem; height: 1.1rem; }
ul.in-article { padding-left: 1.1rem; }
/* Search results by story. */
section.story-hits { border-top: 1px solid var(--line); margin-top: 1rem; }
section.story-hits h2 { border: none; margin: .8rem 0 .3rem; }
ul.group-hits { padding-left: 1.1rem; }
ul.group-hits li { margin: .3rem 0; }
/* Phone first: nothing wider than the screen; tables become stacked cards. */
@media (max-width: 40rem) {
  main { padding: .75rem .75rem 3rem; }
  header.site { padding: .5rem .75rem; }
  header.site form.search { margin-left: 0; width: 100%; }
  header.site input[type=search] { width: 100%; max-width: none; }
  h1 { font-size: 1.4rem; }
  section.claim details > *:not(summary) { margin-left: .5rem; margin-right: .5rem; }
  section.claim details > table { width: calc(100% - 1rem); }
  section.claim summary { padding: .5rem; }
  section.claim summary .meta { margin-left: 0; }
  table.cards, table.cards tbody, table.cards tr, table.cards td, table.cards tbody th { display: block; width: auto; }
  table.cards caption { display: block; }
  table.cards thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); }
  table.cards tr { border: 1px solid var(--line); border-radius: 4px; margin: 0 0 .6rem; padding: .3rem .5rem; }
  table.cards td, table.cards tbody th { border: none; padding: .15rem 0; text-align: left; }
  table.cards td::before { font-weight: 600; color: var(--muted); font-size: .85rem; }
  table.cards td[data-label]::before { content: attr(data-label) ": "; }
  /* Column names of the fixed tables, written here once rather than on every cell. */
  table.tellings td:nth-of-type(1)::before { content: "Outlet: "; } table.tellings td:nth-of-type(2)::before { content: "Origin: "; } table.tellings td:nth-of-type(3)::before { content: "Value: "; } table.tellings td:nth-of-type(4)::before { content: "As of: "; } table.tellings td:nth-of-type(5)::before { content: "Modality: "; } table.tellings td:nth-of-type(6)::before { content: "Sentence: "; }
  table.chart-data td:nth-of-type(1)::before { content: "Holds for: "; } table.chart-data td:nth-of-type(2)::before { content: "Value: "; } table.chart-data td:nth-of-type(3)::before { content: "Origin: "; } table.chart-data td:nth-of-type(4)::before { content: "Tellings: "; } table.chart-data td:nth-of-type(5)::before { content: "Note: "; }
  table.timeline td:nth-of-type(1)::before { content: "Date: "; } table.timeline td:nth-of-type(2)::before { content: "Event: "; } table.timeline td:nth-of-type(3)::before { content: "Sources: "; }
  table.entities td:nth-of-type(1)::before { content: "Type: "; } table.entities td:nth-of-type(2)::before { content: "Also called: "; } table.entities td:nth-of-type(3)::before { content: "Articles: "; } table.entities td:nth-of-type(4)::before { content: "Mentions: "; }
  table.stories td:nth-of-type(1)::before { content: "Coverage: "; } table.stories td:nth-of-type(2)::before { content: "Dates: "; } table.stories td:nth-of-type(3)::before { content: "Claim groups: "; } table.stories td:nth-of-type(4)::before { content: "Contested: "; }
  table.metadata td:nth-of-type(1)::before { content: "Value: "; } table.metadata td:nth-of-type(2)::before { content: "Basis: "; }
  table.removed-blocks td:nth-of-type(1)::before { content: "Rule: "; } table.removed-blocks td:nth-of-type(2)::before { content: "Score: "; } table.removed-blocks td:nth-of-type(3)::before { content: "Text: "; }
  table.cards td:empty, table.coverage td.no { display: none; }
  table.cards td.num { white-space: normal; }
  table.coverage th.group { min-width: 0; }
  table.coverage td.yes { color: var(--fg); }
  table.coverage td.yes > span[aria-hidden] { display: none; }
  table.coverage td.yes::before { content: attr(data-label) !important; font-weight: 400 !important; color: var(--fg) !important; font-size: .9rem !important; }
  table.metadata th { width: auto; }
  table.tellings td.sentence { max-width: none; }
  figure.chart { margin-left: 0; margin-right: 0; }
  form.filters label, form.filters input { width: 100%; }
}
`;
