// Lists the speakers ("who said what") and the origins of claim groups of GVA dev stories, one story per incident
// (its gold articles), and the share that fails plain junk tests. The tests are written here, apart from the
// program's own filters, so that a change of those filters cannot make itself look right:
//   pronoun       the name is or starts with a pronoun or a relative ("he", "They", "His family", "which");
//   common-word   one word that the corpus writes lower-case more often than capitalised ("Off", "Photo", "Been");
//   fragment      two or more words with a clause word inside ("Police don't", "Sgt. Hernandez in a release"), or common
//                 words only, with no body noun ("Further investigation", "Early reports");
//   lowercase     starts lower-case and names no body (a body noun such as police, officials, office is allowed);
//   place-person  typed person, and the story's text uses it as a place ("in Little Rock", "Little Rock police");
//   photo         holds a caption or credit word (photo, video, credit, getty, courtesy, file);
//   digits        holds a digit;
//   entity        holds an HTML entity ("&amp;", "&#39;");
//   dateline      no body noun, and the story's text opens a line with it as a dateline ("CHICAGO —", "Gary, Ind. (AP) -");
//   chrome        holds a page's navigation, player or alert words ("News Videos Witnesses", "Embed x Share ...", "ALERT Chatt
//                 Police", "EDITOR'S NOTE");
//   time-word     ends in a time or an adverb that is no part of a name ("Police later", "Authorities early Monday");
//   street        ends in a street or building word and the story writes it as a place ("on Eagle Drive");
//   abbrev-cut    ends in a bare abbreviation ("Port St", "Tfc") or opens with an initial before a body ("N. Police");
//   joined        two parties cut together at a comma: words, a comma, then a capitalised name ("Austin police, Osiel
//                 Benitez Benitez"), not a title's or a place's comma ("Smith, Jr.", "Gary, Ind.");
//   facility      ends in a word of a building that serves the public (Center, Club, Grill, Mall, Store ...), names no body
//                 (a hospital centre speaks), and the story
//                 sets something at or inside it ("shot at the Beechmont Community Center");
//   cut-name      names no person and every time the story writes it, a capitalised word that is no function word stands
//                 right before it on its line: the tail of a longer name ("Orleans police" of "New Orleans police");
// and, per story, `same-person`: two origins or speakers whose last two capitalised words are one name.
// Incidents are split into tune and check halves by `half` of eval/figures.ts.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadAttributionModel } from '../src/analyze/index.js';
import { documentsFromJson } from '../src/ingest/index.js';
import { buildStory, type StoryMember } from '../src/link/index.js';
import type { Story } from '../src/model/dossier.js';
import { analysisOf, extractItem } from '../src/pipeline/index.js';
import { speakerGroups, UNNAMED } from '../src/server/speakers.js';

/** Which half of the incidents an id falls in, as `half` of eval/figures.ts (that module runs on import). */
function half(id: string): 'tune' | 'check' {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619) >>> 0;
  return h % 2 === 0 ? 'tune' : 'check';
}

const USAGE = 'usage: eval/speakers DIR [--list FILE] [--sample N] [--seed S] [--half tune|check]';

const PRONOUNS = new Set('he she it they we i you me him her his hers its our ours their theirs them us my mine your yours who whom whose which that this these those what someone somebody anyone anybody everyone everybody nobody one some others another each both all many most several few'.split(' '));
const BODY = /\b(police|officials?|authorit(?:y|ies)|investigators?|spokes(?:wo)?man|spokesperson|sheriff'?s?|deput(?:y|ies)|prosecutors?|attorneys?|agency|ministry|service|department|dept|office|bureau|patrol|government|military|officers?|coroner|examiner|witness(?:es)?|residents?|neighbou?rs?|family|relatives|friends?|doctors?|hospital|firefighters|troopers?|agents?|court|chief|captain|lieutenant|sergeant|detectives?|mayor|governor|city|county|state|school|district|university|college|church|company|department|news|fbi|atf|students|parents|teachers|cops|employees|workers|staff|dispatchers|members|volunteers|leaders|organizers)\b/i;
const STATES = 'Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming'.split(' ');
const STATE_ABBR = /^(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|N\.[HJMYCD]|Okla|Ore|Pa|R\.I|S\.[CD]|Tenn|Tex|Va|Vt|Wash|W\.Va|Wis|Wyo)\.?$/;
const CAPTION = /\b(photo|photos|video|credit|getty|courtesy|file photo|caption|image)\b/i;

export type Test = 'pronoun' | 'common-word' | 'fragment' | 'lowercase' | 'place-person' | 'photo' | 'digits' | 'entity' | 'dateline' | 'cut-name' | 'chrome' | 'time-word' | 'street' | 'abbrev-cut' | 'joined' | 'facility';
export const TESTS: Test[] = ['pronoun', 'common-word', 'fragment', 'lowercase', 'place-person', 'photo', 'digits', 'entity', 'dateline', 'cut-name', 'chrome', 'time-word', 'street', 'abbrev-cut', 'joined', 'facility'];
const BUILDING_END = /\s(?:Center|Centre|Club|Grill|Grille|Mall|Plaza|Store|Market|Restaurant|Lounge|Tavern|Pub|Bar|Cafe|Hotel|Arena|Stadium|Theater|Theatre|Library|Gym|Shelter|Complex|Building)$/;
const CHROME = /\b(?:Embed|EMBED|Share|SHARE|Videos|VIDEOS|Gallery|GALLERY|Featured|Loading|Skip Ad|USERS|STORIES|EDITOR['’]S NOTE|Subscribe|Advertisement)\b|[>#]|^(?:ALERT|BREAKING|CASE SOLVED|DEVELOPING|UPDATE|WATCH)\b/;
const TIME_END = /\s(?:later|earlier|further|only|additionally|originally|initially|today|tonight|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|night)$/i;
const STREET_END = /\s(?:Drive|Road|Street|Avenue|Ave\.?|Boulevard|Blvd\.?|Parkway|Highway|Lane|Apartments|Townhomes)$/;
const ABBREV_END = /(?:^|\s)(?:St|Mt|Ft|Pt|Ave|Tfc|Sgt|Lt|Det|Capt|N|S|E|W)\.?$/;
/** Capitalised words that may stand before a name without being part of it. */
const FUNCTION_CAP = /^(?:The|A|An|In|On|At|Of|For|And|But|Or|To|From|By|With|As|When|While|After|Before|Said|Says|Say|Told|According|Meanwhile|Also|Then|So|If|Because|Where|That|This|Both|All|Some|Many|Other|Local|State|Federal|Former|Retired|Acting|Interim|Deputy|Assistant)$/;
/** Words of a clause, not of a name: verbs, auxiliaries, most prepositions. */
// Prepositions and "who" are left out: "Police at the scene", "Police in Lexington", "People who knew him" name parties.
const CLAUSE = /^(?:a|an|is|are|was|were|has|have|had|said|says|say|do|does|did|don['’]t|doesn['’]t|didn['’]t|will|would|could|should|can|when|where|that|which|while|because|after|before|but|not|also|there|been|being)$/i;

interface Item { incident: string; half: 'tune' | 'check'; kind: 'speaker' | 'origin'; name: string; type: string | null; fails: Test[] }

/** Lower-case and capitalised (not sentence-initial) counts of each word form over a corpus. */
export function wordCase(texts: readonly string[]): Map<string, [number, number]> {
  const counts = new Map<string, [number, number]>();
  for (const t of texts) {
    const re = /(^|[.!?"“]\s+|\s|\()(\p{L}[\p{L}'’-]*)/gu;
    let m: RegExpExecArray | null;
    while ((m = re.exec(t))) {
      const w = m[2];
      const initial = m.index === 0 || /[.!?"“]\s+$/.test(m[1]) || (m.index > 0 && /\n\s*$/.test(t.slice(Math.max(0, m.index - 2), m.index + m[1].length)));
      const k = w.toLowerCase();
      const c = counts.get(k) ?? [0, 0];
      if (/^\p{Ll}/u.test(w)) c[0]++;
      else if (!initial) c[1]++;
      counts.set(k, c);
    }
  }
  return counts;
}

/** The junk tests a name fails. */
export function junkTests(name: string, type: string | null, storyText: string, cases: ReadonlyMap<string, [number, number]>): Test[] {
  const fails: Test[] = [];
  const n = name.replace(/\s+/g, ' ').trim();
  const words = n.split(' ');
  const first = words[0].toLowerCase().replace(/['’](?:s|re|ve|ll|d|m)$/, '');
  if (PRONOUNS.has(first)) fails.push('pronoun');
  if (words.length === 1 && !BODY.test(n) && !/^\p{Lu}+$/u.test(n)) {
    const c = cases.get(n.toLowerCase().replace(/\.$/, ''));
    if (c && c[0] > c[1]) fails.push('common-word');
  }
  // A fragment: clause words inside, or a common first word with neither a body noun nor a proper name after it.
  const commonWord = (w: string) => { const c = cases.get(w.toLowerCase().replace(/[.,]$/, '')); return !!c && c[0] > c[1]; };
  if (words.length >= 2 && !PRONOUNS.has(first) && (words.slice(1).some((w) => CLAUSE.test(w)) || (commonWord(words[0]) && !BODY.test(n) && words.slice(1).every(commonWord)))) fails.push('fragment');
  if (/^\p{Ll}/u.test(n) && !PRONOUNS.has(first) && !BODY.test(n)) fails.push('lowercase');
  if (type === 'person' && /^\p{Lu}/u.test(n) && !BODY.test(n)) {
    const esc = n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const place = new RegExp(`\\b(?:in|near) ${esc}\\b(?![’'])|\\b${esc},? (?:${STATES.join('|')})\\b|\\b${esc} (?:police|Police|County|city|City|officials|Fire)\\b|(?:^|\\n)${esc}(?:, [\\p{Lu}][\\p{L}.]*)? (?:—|-|–|\\()`, 'u');
    const abbr = new RegExp(`\\b${esc}, (\\S+)`, 'gu');
    let m: RegExpExecArray | null;
    let placeLike = place.test(storyText);
    while (!placeLike && (m = abbr.exec(storyText))) if (STATE_ABBR.test(m[1])) placeLike = true;
    if (placeLike) fails.push('place-person');
  }
  if (CAPTION.test(n)) fails.push('photo');
  if (/\d/.test(n)) fails.push('digits');
  if (/&(?:[a-z]+|#\d+|#x[0-9a-f]+);/i.test(n)) fails.push('entity');
  const escaped = n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (/^\p{Lu}/u.test(n) && !BODY.test(n)) {
    const dateline = new RegExp(`(?:^|\\n)[ \\t]*${escaped}(?:,[ \\t]+[\\p{Lu}][\\p{L}.]*(?:[ \\t]+[\\p{Lu}][\\p{L}.]*)?)?[ \\t]*(?:\\([\\p{Lu}][\\p{L}.]*\\)[ \\t]*)?(?:—|–|-|--)[ \\t]`, 'iu');
    if (dateline.test(storyText)) fails.push('dateline');
  }
  if (CHROME.test(n)) fails.push('chrome');
  if (TIME_END.test(n)) fails.push('time-word');
  if (STREET_END.test(n) && !BODY.test(n) && new RegExp(`(?:\\b(?:on|at|near|along|off|of)|\\d) ${escaped}\\b`).test(storyText)) fails.push('street');
  if (ABBREV_END.test(n) || /^\p{Lu}\. (?:police|officers|officials|authorities|deputies)\b/iu.test(n)) fails.push('abbrev-cut');
  const comma = /^([^,]+),\s+(.+)$/.exec(n);
  if (comma && /^\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)+$/u.test(comma[2]) && !/^(?:Jr|Sr|Inc|Ltd|LLC|II|III|IV)\.?$/.test(comma[2])) fails.push('joined');
  if (BUILDING_END.test(n) && !BODY.test(n) && new RegExp(`\\b(?:at|inside|outside|near) (?:the )?${escaped}\\b`).test(storyText)) fails.push('facility');
  if (/^\p{Lu}/u.test(n) && type !== 'person') {
    const at = new RegExp(`(?<![\\p{L}\\p{N}'’-])${escaped}(?![\\p{L}\\p{N}])`, 'gu');
    let m: RegExpExecArray | null;
    let seen = 0;
    let cut = 0;
    while ((m = at.exec(storyText))) {
      seen++;
      const before = /(\p{Lu}[\p{L}'’-]*)[ \t]+$/u.exec(storyText.slice(Math.max(0, m.index - 40), m.index));
      if (before && !FUNCTION_CAP.test(before[1])) cut++;
    }
    if (seen > 0 && cut === seen) fails.push('cut-name');
  }
  return fails;
}

export type HeadingTest = 'verb-label' | 'fragment-subject' | 'unit-subject';
export const HEADING_TESTS: HeadingTest[] = ['verb-label', 'fragment-subject', 'unit-subject'];
/**
 * The junk tests a claim group's heading (its statement before the values) fails:
 *   verb-label        labelled by a copula, an auxiliary, a verb of saying or of motion ("Other children: be", "Deceased
 *                     victims: arrive", "Calibre: back"), which names no measure;
 *   fragment-subject  the subject opens with a preposition or a conjunction ("To 25 gunshots", "And 80 percent");
 *   unit-subject      the subject is only a unit ("Percent (planned)"), naming nothing counted.
 */
export function headingTests(label: string): HeadingTest[] {
  const fails: HeadingTest[] = [];
  if (/: (?:be|is|are|was|were|have|has|had|do|did|say|said|tell|told|arrive|arrived|come|came|go|went|back|return|returned|leave|left|head|enter)(?::|$| \(| in )/i.test(label)) fails.push('verb-label');
  if (/^(?:To|And|Or|But|From|Of|By|With|Than|Between|-)\s/.test(label)) fails.push('fragment-subject');
  if (/^(?:Percent|Per cent|Number|Count)(?:$| \(|:| in )/.test(label)) fails.push('unit-subject');
  return fails;
}

/** The name of a person written with a title: its last two capitalised words ("Sgt. John Smith" -> "john smith"). */
function personKey(name: string): string | null {
  // Only names that end in a capitalised word that is no body noun ("Stokes County deputies" names no person).
  const last = name.trim().split(/\s+/).pop() ?? '';
  if (!/^\p{Lu}\p{Ll}/u.test(last) || BODY.test(last)) return null;
  const words = name.replace(/['’]s$/, '').split(/\s+/).filter((w) => /^\p{Lu}\p{Ll}/u.test(w) && !/\.$/.test(w));
  return words.length >= 2 ? words.slice(-2).join(' ').toLowerCase() : null;
}

/** Sets of distinct written names in one story that name the same person. */
function samePerson(names: readonly string[]): string[][] {
  const by = new Map<string, Set<string>>();
  for (const n of names) { const k = personKey(n); if (k) by.set(k, (by.get(k) ?? new Set()).add(n)); }
  return [...by.values()].filter((s) => s.size > 1).map((s) => [...s]);
}

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => { s = (Math.imul(s ^ (s >>> 15), 2246822519) + 0x9e3779b9) >>> 0; s ^= s >>> 13; return (s >>> 0) / 4294967296; };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const dir = args.find((a, i) => !a.startsWith('--') && !(args[i - 1] ?? '').startsWith('--'));
  if (!dir) throw new Error(USAGE);
  const opt = (k: string) => (args.includes(k) ? args[args.indexOf(k) + 1] : null);
  const listFile = opt('--list');
  const sampleN = Number(opt('--sample') ?? 0);
  const seed = Number(opt('--seed') ?? 7);
  const onlyHalf = opt('--half');
  const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as Record<string, string>;
  const raw = readFileSync(join(dir, 'articles.jsonl'), 'utf8');
  const items = documentsFromJson(join(dir, 'articles.jsonl'), raw);
  const cases = wordCase(raw.split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text?: string }).text ?? ''));
  const model = loadAttributionModel();
  const byIncident = new Map<string, StoryMember[]>();
  const textOf = new Map<string, string>();
  for (const item of items) {
    if (!item.ok) continue;
    const incident = gold[item.document.externalId ?? item.document.id];
    if (!incident || (onlyHalf && half(incident) !== onlyHalf)) continue;
    const extracted = extractItem(item);
    if (!extracted.ok) continue;
    const article = extracted.article;
    const analysis = analysisOf(article, { attributionModel: model });
    byIncident.set(incident, [...(byIncident.get(incident) ?? []), { article, analysis, syndicatedFrom: null }]);
    textOf.set(incident, `${textOf.get(incident) ?? ''}\n${article.text}`);
  }
  const all: Item[] = [];
  const headings: { incident: string; half: 'tune' | 'check'; label: string; fails: HeadingTest[] }[] = [];
  const dup: { incident: string; half: 'tune' | 'check'; names: string[] }[] = [];
  for (const [incident, members] of [...byIncident].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const story: Story = buildStory(`gold:${incident}`, members);
    const h = half(incident);
    const text = textOf.get(incident) ?? '';
    const typeOf = new Map(story.entities.map((e) => [e.id, e.type]));
    const speakers = speakerGroups(story).filter((g) => g.name !== UNNAMED);
    const names = new Set<string>();
    for (const g of speakers) {
      all.push({ incident, half: h, kind: 'speaker', name: g.name, type: g.entityId ? typeOf.get(g.entityId) ?? null : null, fails: junkTests(g.name, g.entityId ? typeOf.get(g.entityId) ?? null : null, text, cases) });
      for (const n of g.names) names.add(n);
    }
    const origins = new Map<string, string | null>();
    for (const g of story.claimGroups) for (const t of g.tellings) {
      if (t.rules.origin === 'origin/outlet-unattributed' || t.rules.origin === 'origin/outlet-for-unnamed-speaker' || t.originEntityId?.startsWith('outlet:')) continue;
      origins.set(t.origin, t.originEntityId ? typeOf.get(t.originEntityId) ?? null : null);
    }
    for (const [name, type] of origins) all.push({ incident, half: h, kind: 'origin', name, type, fails: junkTests(name, type, text, cases) });
    for (const d of samePerson([...speakers.map((g) => g.name)])) dup.push({ incident, half: h, names: d });
    for (const d of samePerson([...origins.keys()])) dup.push({ incident, half: h, names: d.map((x) => `origin:${x}`) });
    for (const g of story.claimGroups) {
      if (g.frame.measure.startsWith('event:') || g.frame.stance === 'denial') continue;
      // The heading: the statement up to its first value ("People: arrive: about 100 (Jan 20, Police)" -> "People: arrive").
      const label = /^(.*?): (?=(?:about |at least |more than |up to |less than |nearly |an estimated )?(?:CN)?[$€£¥₩₹]?-?\d)/.exec(g.statement)?.[1] ?? g.statement;
      headings.push({ incident, half: h, label, fails: headingTests(label) });
    }
  }
  const halves: ('tune' | 'check')[] = onlyHalf ? [onlyHalf as 'tune' | 'check'] : ['tune', 'check'];
  console.log(`GVA dev speakers and origins: ${byIncident.size} incidents (gold stories)`);
  console.log(`| half | kind | names | junk share | ${TESTS.join(' | ')} | same-person sets |`);
  console.log(`|---|---|---:|---:|${TESTS.map(() => '---:').join('|')}|---:|`);
  for (const h of halves) for (const kind of ['speaker', 'origin'] as const) {
    const sel = all.filter((x) => x.half === h && x.kind === kind);
    const junk = sel.filter((x) => x.fails.length > 0).length;
    const d = dup.filter((x) => x.half === h && x.names[0].startsWith('origin:') === (kind === 'origin')).length;
    console.log(`| ${h} | ${kind} | ${sel.length} | ${(sel.length ? junk / sel.length : 0).toFixed(3)} (${junk}) | ${TESTS.map((t) => sel.filter((x) => x.fails.includes(t)).length).join(' | ')} | ${d} |`);
  }
  console.log(`\nClaim group headings (valued groups, folded ones too):`);
  console.log(`| half | headings | junk share | ${HEADING_TESTS.join(' | ')} |`);
  console.log(`|---|---:|---:|${HEADING_TESTS.map(() => '---:').join('|')}|`);
  for (const h of halves) {
    const sel = headings.filter((x) => x.half === h);
    const junk = sel.filter((x) => x.fails.length > 0).length;
    console.log(`| ${h} | ${sel.length} | ${(sel.length ? junk / sel.length : 0).toFixed(3)} (${junk}) | ${HEADING_TESTS.map((t) => sel.filter((x) => x.fails.includes(t)).length).join(' | ')} |`);
  }
  if (listFile) {
    const lines = all.map((x) => `${x.half}\t${x.incident}\t${x.kind}\t${x.type ?? '-'}\t${x.fails.join(',') || 'ok'}\t${x.name}`);
    lines.push(...headings.map((x) => `${x.half}\t${x.incident}\theading\t-\t${x.fails.join(',') || 'ok'}\t${x.label}`));
    lines.push(...dup.map((d) => `${d.half}\t${d.incident}\tsame-person\t-\t-\t${d.names.join(' | ')}`));
    writeFileSync(listFile, `${lines.join('\n')}\n`);
  }
  if (sampleN > 0) {
    // A fixed random sample of tune-half speakers (incident and name), for judging by hand.
    const pool = [...new Set(all.filter((x) => x.half === 'tune' && x.kind === 'speaker').map((x) => `${x.incident}\t${x.name}`))].sort();
    const r = rng(seed);
    for (let i = pool.length - 1; i > 0; i--) { const j = Math.floor(r() * (i + 1)); [pool[i], pool[j]] = [pool[j], pool[i]]; }
    console.log(`\nsample of ${Math.min(sampleN, pool.length)} tune-half speakers (seed ${seed}):`);
    for (const s of pool.slice(0, sampleN)) console.log(`  ${s}`);
  }
}

if (process.argv[1] && /speakers\.[jt]s$/.test(process.argv[1])) {
  main().catch((e) => { console.error(e instanceof Error ? e.message : e); process.exit(1); });
}
