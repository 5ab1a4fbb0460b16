// Pins the content of a cue that closes its sentence: the whole sentence before the comma, unless a quotation or another clause opens it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { closingCueOwnContent, contentWords, invertedClosingCue, keptContent, titleQuoteStart, trailingContentStart, withTrailingContent } from './trailing-content.js';

function spanOf(text: string, part: string): [number, number] {
  const at = text.indexOf(part);
  assert.ok(at >= 0, part);
  return [at, at + part.length];
}

test('a cue closing its sentence after a comma reports the whole sentence before the comma', () => {
  const t = 'Jacob Stahl died in his home at about 5:30 p.m. Friday, Sheriff Scott D. Hess said.';
  const start = trailingContentStart(t, spanOf(t, 'Friday'), spanOf(t, 'said'), spanOf(t, 'Sheriff Scott D. Hess'), [0, t.length]);
  assert.equal(start, 0);
  const u = 'The victim was hit twice, said police spokesman Tom Lee on Friday.';
  assert.equal(trailingContentStart(u, spanOf(u, 'hit twice'), spanOf(u, 'said'), spanOf(u, 'police spokesman Tom Lee'), [0, u.length]), 0);
});

test('a quotation, a content that opens the sentence, or a clause after the cue keeps the span as read', () => {
  const q = '"We are heartbroken," the boy\'s mother said.';
  assert.equal(trailingContentStart(q, spanOf(q, 'We are heartbroken'), spanOf(q, 'said'), spanOf(q, "the boy's mother"), [0, q.length]), null);
  const whole = 'The boy died Friday, police said.';
  assert.equal(trailingContentStart(whole, spanOf(whole, 'The boy died Friday'), spanOf(whole, 'said'), spanOf(whole, 'police'), [0, whole.length]), null);
  const more = 'The boy died Friday, police said, and the investigation goes on.';
  assert.equal(trailingContentStart(more, spanOf(more, 'died Friday'), spanOf(more, 'said'), spanOf(more, 'police'), [0, more.length]), null);
});

test('a quotation split by its cue is read without the cue and the speaker; other contents stay as written', () => {
  const text = '"We knew what was at stake," Young said. "This group has been through a lot."';
  const content: [number, number] = [1, text.length - 2];
  assert.equal(contentWords(text, content, spanOf(text, 'said'), spanOf(text, 'Young')), 'We knew what was at stake … This group has been through a lot');
  const plain = 'Sales fell 12 percent, the company said.';
  assert.equal(contentWords(plain, spanOf(plain, 'Sales fell 12 percent'), spanOf(plain, 'said'), spanOf(plain, 'the company')), 'Sales fell 12 percent');
});

test('a closing cue whose content was read as its own words reports the sentence before its comma', () => {
  const text = 'Pike died Tuesday at home after a long illness, his family said in a statement.';
  const own = spanOf(text, 'his family said in a statement');
  assert.deepEqual(closingCueOwnContent(text, own, spanOf(text, 'said'), spanOf(text, 'his family'), [0, text.length]), spanOf(text, 'Pike died Tuesday at home after a long illness'));
  // A content read before the cue stands.
  assert.equal(closingCueOwnContent(text, spanOf(text, 'Pike died Tuesday'), spanOf(text, 'said'), spanOf(text, 'his family'), [0, text.length]), null);
});

test('a closing cue whose content was read as the day after it reports the sentence before its comma; an object after it stands', () => {
  const text = 'Hart has chosen Alicia Moreno to run the agency, the White House announced Tuesday.';
  assert.deepEqual(closingCueOwnContent(text, spanOf(text, 'Tuesday'), spanOf(text, 'announced'), spanOf(text, 'the White House'), [0, text.length]), spanOf(text, 'Hart has chosen Alicia Moreno to run the agency'));
  // Where or how it was told, alone after the cue, is no content either.
  const where = 'Perry is charged with aggravated murder, Cleveland Heights police announced during Wednesday press conference.';
  assert.deepEqual(closingCueOwnContent(where, spanOf(where, 'during Wednesday press conference'), spanOf(where, 'announced'), spanOf(where, 'Cleveland Heights police'), [0, where.length]), spanOf(where, 'Perry is charged with aggravated murder'));
  const speech = 'In a speech in Fort Pierce, Clinton touted her proposals to increase national service.';
  assert.equal(closingCueOwnContent(speech, spanOf(speech, 'her proposals to increase national service'), spanOf(speech, 'touted'), spanOf(speech, 'Clinton'), [0, speech.length]), null);
});

test('a closing cue whose content was read as the whole sentence reports the part before its comma', () => {
  const text = 'Her blood-alcohol content was 0.15, authorities said at the time.';
  assert.deepEqual(closingCueOwnContent(text, [0, text.length - 1], spanOf(text, 'said'), spanOf(text, 'authorities'), [0, text.length]), spanOf(text, 'Her blood-alcohol content was 0.15'));
});

test('a content read from a title in quote marks opens where the cue\'s sentence opens; a quotation stays', () => {
  const text = 'Jenna Cole, star of "Harbor Lights," has checked into rehab, her representative said on Monday.';
  const read = spanOf(text, 'Harbor Lights," has checked into rehab');
  assert.equal(titleQuoteStart(text, read, spanOf(text, 'said'), [0, text.length]), 0);
  const quote = '"Go Home," he said.';
  assert.equal(titleQuoteStart(quote, spanOf(quote, 'Go Home'), spanOf(quote, 'said'), [0, quote.length]), null);
  const said = '"We knew what was at stake," Young said.';
  assert.equal(titleQuoteStart(said, spanOf(said, 'We knew what was at stake'), spanOf(said, 'said'), [0, said.length]), null);
});

test('a closing cue\'s content read from a nickname\'s quote mark over the cue is the sentence before the comma, nickname and all', () => {
  const text = 'Vincent "The Hammer" Galli, the former boss, died Wednesday in Springfield, the Bureau of Prisons said. He was 86.';
  const read: [number, number] = [spanOf(text, 'The Hammer')[0], text.length - 1];
  const sentence: [number, number] = [0, text.indexOf(' He was')];
  assert.deepEqual(keptContent(text, read, spanOf(text, 'said'), spanOf(text, 'the Bureau of Prisons'), sentence), { span: spanOf(text, 'Vincent "The Hammer" Galli, the former boss, died Wednesday in Springfield'), titled: true });
});

test('a content read from the dateline of its sentence opens after it: the place and the agency are the page\'s', () => {
  const t = 'NAIROBI, Kenya (AP) - Somali pirates hijacked a tanker on Sunday, a maritime official said.';
  const { span } = keptContent(t, spanOf(t, 'NAIROBI, Kenya (AP) - Somali pirates hijacked a tanker on Sunday'), spanOf(t, 'said'), spanOf(t, 'a maritime official'), [0, t.length]);
  assert.equal(t.slice(span[0], span[1]), 'Somali pirates hijacked a tanker on Sunday');
  const u = 'WASHINGTON (Reuters) - The president will veto the bill, a spokesman said.';
  const kept = keptContent(u, spanOf(u, 'Reuters) - The president will veto the bill'), spanOf(u, 'said'), spanOf(u, 'a spokesman'), [0, u.length]);
  assert.equal(u.slice(kept.span[0], kept.span[1]), 'The president will veto the bill');
  // A content that opens after the dateline keeps its span.
  const v = 'BOSTON (AP) — Police said the man was arrested.';
  assert.deepEqual(keptContent(v, spanOf(v, 'the man was arrested'), spanOf(v, 'said'), spanOf(v, 'Police'), [0, v.length]).span, spanOf(v, 'the man was arrested'));
});

test('a cue set off by commas inside a reported content is left out of its words', () => {
  const t = "Turnout was 63 percent, Secretary of State Jena Griswold said, slightly below 2018's 64 percent.";
  const content = spanOf(t, "Turnout was 63 percent, Secretary of State Jena Griswold said, slightly below 2018's 64 percent");
  assert.equal(contentWords(t, content, spanOf(t, 'said'), spanOf(t, 'Secretary of State Jena Griswold')), "Turnout was 63 percent … slightly below 2018's 64 percent");
});

test('a saying cue after a comma with a name after it to the sentence\'s end has that name for speaker, the sentence before the comma for content', () => {
  const t = 'The man was at home when the shooting occurred, said Major Tod Goodyear, a sheriff\'s office spokesman.';
  const whole: [number, number] = [0, t.length];
  // Read the other way round: the clause before the comma as the speaker, the name as the content.
  const read = invertedClosingCue(t, spanOf(t, 'Major Tod Goodyear'), spanOf(t, 'said'), spanOf(t, 'the shooting occurred'), whole);
  assert.deepEqual(read, { speaker: spanOf(t, 'Major Tod Goodyear, a sheriff\'s office spokesman'), content: spanOf(t, 'The man was at home when the shooting occurred') });
  // Or the whole sentence over the cue as the content: cut at the comma.
  const u = 'The girl died, said police spokesman Tom Lee.';
  assert.deepEqual(invertedClosingCue(u, [0, u.length - 1], spanOf(u, 'said'), spanOf(u, 'police spokesman Tom Lee'), [0, u.length])?.content, spanOf(u, 'The girl died'));
  // Read so already, a quotation, or a clause after the cue: left as read.
  assert.equal(invertedClosingCue(u, spanOf(u, 'The girl died'), spanOf(u, 'said'), spanOf(u, 'police spokesman Tom Lee'), [0, u.length]), null);
  const q = '"We are devastated," said Mayor John Smith.';
  assert.equal(invertedClosingCue(q, spanOf(q, 'Mayor John Smith'), spanOf(q, 'said'), null, [0, q.length]), null);
  const c = 'The boy was fine, said he was lucky.';
  assert.equal(invertedClosingCue(c, spanOf(c, 'he was lucky'), spanOf(c, 'said'), null, [0, c.length]), null);
});

test('a speaker read with a time before its comma, the content read as its own clause, reports the sentence before that comma', () => {
  const t = 'Revelers were celebrating when shots rang out at about 1:15 a.m. Tuesday, sheriff\'s sergeant Diane Hecht said in a statement.';
  const own = closingCueOwnContent(t, spanOf(t, 'sheriff\'s sergeant Diane Hecht said in a statement'), spanOf(t, 'said'), spanOf(t, 'Tuesday, sheriff\'s sergeant Diane Hecht'), [0, t.length]);
  assert.deepEqual(own, spanOf(t, 'Revelers were celebrating when shots rang out at about 1:15 a.m. Tuesday'));
  // The speaker then opens after what was said.
  const [kept] = withTrailingContent(t, [{ cue: { text: 'said', span: spanOf(t, 'said') }, speaker: { text: 'Tuesday, sheriff\'s sergeant Diane Hecht', span: spanOf(t, 'Tuesday, sheriff\'s sergeant Diane Hecht') }, content: { text: '', span: spanOf(t, 'sheriff\'s sergeant Diane Hecht said in a statement') } }], [{ span: [0, t.length] }]);
  assert.equal(kept?.speaker?.text, 'sheriff\'s sergeant Diane Hecht');
});

test('a closing "told" whose content was read as whom it was told ("..., the boy told investigators.") reports the sentence before the comma', () => {
  const t = 'Cardona then shot the 13-year-old, the boy told investigators.';
  // The speaker read over the whole clause opens after its comma.
  const [kept] = withTrailingContent(t, [{ cue: { text: 'told', span: spanOf(t, 'told') }, speaker: { text: 'Cardona then shot the 13-year-old, the boy', span: spanOf(t, 'Cardona then shot the 13-year-old, the boy') }, content: { text: 'investigators', span: spanOf(t, 'investigators') } }], [{ span: [0, t.length] }]);
  assert.equal(kept?.content.text, 'Cardona then shot the 13-year-old');
  assert.equal(kept?.speaker?.text, 'the boy');
  // A speaker set off by its own apposition keeps it: "Lt. Bryan Taylor, a spokesman, said in a statement".
  const u = 'The boy was hurt, Lt. Bryan Taylor, a spokesman, said in a statement.';
  assert.deepEqual(closingCueOwnContent(u, spanOf(u, 'in a statement'), spanOf(u, 'said'), spanOf(u, 'Lt. Bryan Taylor, a spokesman'), [0, u.length]), spanOf(u, 'The boy was hurt'));
});

test('a closing cue after a sentence that opens with its own report reports the whole sentence; the inner content ends at its comma', () => {
  const t = 'Kinchen told police she was sitting in a car when the child found the gun, a police report says.';
  const att = (speaker: string, cue: string, content: string) => ({ speaker: { text: speaker, span: spanOf(t, speaker) }, cue: { text: cue, span: spanOf(t, cue) }, content: { text: content, span: spanOf(t, content) } });
  const [inner, outer] = withTrailingContent(t, [att('Kinchen', 'told', 'she was sitting in a car when the child found the gun, a police report says'), att('a police report', 'says', 'a car when the child found the gun')], [{ span: [0, t.length] }]);
  assert.equal(outer!.content.text, 'Kinchen told police she was sitting in a car when the child found the gun');
  assert.equal(inner!.content.text, 'she was sitting in a car when the child found the gun');
  // An aside inside the sentence closes nothing: "the Rancheria which, according to its website, is a tribe".
  const u = 'Barnes said they met about property at the Rancheria which, according to its website, is a tribe with 35 members.';
  const [said] = withTrailingContent(u, [{ speaker: { text: 'Barnes', span: spanOf(u, 'Barnes') }, cue: { text: 'said', span: spanOf(u, 'said') }, content: { text: '', span: spanOf(u, 'they met about property at the Rancheria which, according to its website, is a tribe with 35 members') } }, { speaker: { text: 'its website', span: spanOf(u, 'its website') }, cue: { text: 'according to', span: spanOf(u, 'according to') }, content: { text: '', span: spanOf(u, 'they met about property at the Rancheria which') } }], [{ span: [0, u.length] }]);
  assert.ok(u.slice(said!.content.span[0], said!.content.span[1]).endsWith('35 members'), u.slice(said!.content.span[0], said!.content.span[1]));
});
