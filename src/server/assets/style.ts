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
header.site nav a { margin-right: .9rem; }
header.site form.search { margin-left: auto; }
header.site input[type=search] { width: 18rem; max-width: 60vw; padding: .3rem .5rem; border: 1px solid var(--line); border-radius: 4px; }
main { max-width: 72rem; margin: 0 auto; padding: 1rem 1.25rem 4rem; }
h1 { font-size: 1.7rem; line-height: 1.25; margin: .6rem 0 .3rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .6rem; padding-bottom: .2rem; border-bottom: 1px solid var(--line); }
.meta, small { color: var(--muted); font-size: .88rem; }
nav.toc a { margin-right: .8rem; font-size: .9rem; }
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
.cites { white-space: nowrap; }
a.cite { text-decoration: none; font-size: .85em; margin-left: .1em; }
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
section.claim .anchor { text-decoration: none; color: var(--muted); margin-left: .4rem; }
section.claim details > *:not(summary) { margin-left: .75rem; margin-right: .75rem; }
section.claim details > table { width: calc(100% - 1.5rem); }
.badge { display: inline-block; font-size: .72rem; font-weight: 700; text-transform: uppercase; letter-spacing: .04em; padding: .05rem .45rem; border-radius: 3px; color: #fff; background: var(--single); vertical-align: .1em; }
.badge.v-corroborated { background: var(--ok); }
.badge.v-updated { background: var(--upd); }
.badge.v-contested { background: var(--bad); }
.badge.v-denied { background: var(--deny); }
table.tellings td.sentence { max-width: 34rem; }
table.tellings td.sentence a:first-child { color: inherit; text-decoration: none; border-bottom: 1px dotted var(--muted); }
figure.chart { margin: .5rem 0 .8rem; }
figure.chart svg { max-width: 100%; height: auto; background: var(--soft); border-radius: 4px; }
figure.chart .axis { stroke: #9aa3ab; stroke-width: 1; }
figure.chart .tick { font-size: 11px; fill: var(--muted); }
figure.chart .line { stroke-width: 1.5; stroke-opacity: .6; }
figure.chart .range { stroke-width: 4; stroke-linecap: round; }
figure.chart figcaption { font-size: .82rem; color: var(--muted); }
.o0 { fill: #0b57a4; stroke: #0b57a4; } .o1 { fill: #c0392b; stroke: #c0392b; } .o2 { fill: #1e7b3a; stroke: #1e7b3a; }
.o3 { fill: #8a5a00; stroke: #8a5a00; } .o4 { fill: #6f2da8; stroke: #6f2da8; } .o5 { fill: #00838f; stroke: #00838f; }
path.line.o0, path.line.o1, path.line.o2, path.line.o3, path.line.o4, path.line.o5 { fill: none; }
.key::before { content: "●"; margin-right: .25em; }
.key.o0::before { color: #0b57a4; } .key.o1::before { color: #c0392b; } .key.o2::before { color: #1e7b3a; }
.key.o3::before { color: #8a5a00; } .key.o4::before { color: #6f2da8; } .key.o5::before { color: #00838f; }
.key { fill: none; stroke: none; margin-right: .8rem; }
details.speaker { margin: .3rem 0; }
details.speaker summary { cursor: pointer; }
details.speaker ul { margin: .2rem 0 .6rem; }
.cue { font-style: italic; color: var(--muted); }
.scroll { overflow-x: auto; }
table.coverage th.outlet { font-weight: 600; font-size: .8rem; white-space: nowrap; }
table.coverage th.group { font-weight: 400; min-width: 16rem; }
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
mark, a.ent, a.qty, a.cue { background: none; color: inherit; border-radius: 2px; padding: 0; }
.ent { text-decoration: none; border-bottom: 2px solid #9aa3ab; }
.ent-person { border-bottom-color: #c0392b; } .ent-organisation { border-bottom-color: #0b57a4; }
.ent-place { border-bottom-color: #1e7b3a; } .ent-group { border-bottom-color: #8a5a00; }
.qty { background: #e6f0fb; font-weight: 600; text-decoration: none; }
a.qty { border-bottom: 2px solid var(--link); }
.speaker { background: #fde8e6; }
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
details.removed summary, details.messages summary { cursor: pointer; color: var(--muted); }
ol.hits li { margin: .8rem 0; }
ol.hits p { margin: .2rem 0; }
ol.hits mark { background: #fff3b0; }
form.upload { display: grid; gap: 1rem; max-width: 46rem; }
.drop { border: 2px dashed var(--line); border-radius: 6px; padding: 1rem; }
.drop.over { border-color: var(--link); background: #eef5fc; }
.drop .hint { color: var(--muted); margin: .3rem 0 0; }
label.paste { display: flex; flex-direction: column; }
ul.failed li { color: var(--bad); }
p.more { font-size: .85rem; color: var(--muted); }
`;
