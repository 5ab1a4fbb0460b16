// Boilerplate cue lines in seven languages (en, de, fr, es, it, pt, nl): the short lines that open a page's
// furniture (related stories, comments, sharing, newsletters, tags, author boxes) or are furniture themselves
// (cookie notices, calls to action, copyright lines). Evidence for short lines only; prose never matches.

/** Most tokens of a line read as a cue; longer lines are prose whatever words they open with. */
export const CUE_MAX_TOKENS = 9;

/** Cues that end an article: what follows them is furniture (related stories, comments, tags, the author box). */
const SECTION_CUES = [
  // English
  String.raw`related(?: posts?| articles?| stories| content| news| topics| reading)?`, String.raw`read (?:more|also|next|further)\b`,
  String.raw`more (?:from|on|stories|news|articles|in|about|to explore|like this)\b`, String.raw`you (?:may|might) (?:also )?(?:like|enjoy|be interested)`,
  String.raw`recommended(?: for you| stories| articles| reading)?`, 'also read', 'see also', String.raw`most (?:read|popular|viewed|shared)`,
  String.raw`(?:leave|post|add) a (?:comment|reply)`, String.raw`\d+ (?:comments?|responses?|replies)`, String.raw`comments?(?: \(\d+\))?`,
  'about the author', 'explore further', String.raw`(?:discover|explore) more\b`, String.raw`this entry was posted\b`, 'tags', 'topics', 'filed under', "don't miss", 'trending(?: now)?', 'latest (?:news|articles|posts|stories)',
  // German
  String.raw`mehr (?:zum thema|dazu|zu diesem thema|artikel|news|aus|von|lesen|kolumnen|infos)\b`,
  String.raw`weitere (?:artikel|beiträge|informationen|infos|nachrichten|themen|meldungen|links)\b`,
  String.raw`das könnte (?:sie|dich) (?:auch )?interessieren`, 'auch interessant', String.raw`lesen sie (?:auch|mehr)`, 'lies auch',
  'schon gelesen', String.raw`ähnliche (?:artikel|beiträge|themen)`, String.raw`verwandte (?:artikel|beiträge|themen\w*)`,
  String.raw`empfohlen(?:e artikel| für dich)?`, 'zum weiterlesen', 'weiterlesen', 'weiterführende (?:informationen|links)',
  String.raw`kommentare?(?: \(\d+\))?`, 'kommentieren', 'diskutieren sie mit', 'schlagw(?:orte|örter)', 'über (?:den|die) autor(?:in)?',
  String.raw`entdecke(?:n sie)? (?:weitere|mehr|auch)\b`, 'neueste artikel', 'meistgelesen', 'zusatzinformationen', 'quellen(?:angaben)?',
  // French
  String.raw`(?:à )?lire aussi`, 'lire la suite', 'sur le même sujet', String.raw`articles? (?:similaires|liés|connexes|recommandés)`,
  String.raw`vous (?:aimerez|pourriez aimer|aimerez aussi)`, String.raw`plus d'(?:articles|infos|actualités)`, String.raw`commentaires?(?: \(\d+\))?`,
  'réagir', 'vos réactions', 'mots[- ]clés', "à propos de l'auteur", 'les plus lus', 'à découvrir', String.raw`découvrez (?:aussi|également|nos|plus)\b`,
  // Spanish
  String.raw`(?:también )?(?:te|le) (?:puede|podría) interesar`, String.raw`lee (?:también|más)`, 'leer más', String.raw`(?:noticias|artículos|temas|notas) relacionad[oa]s`,
  'más noticias', String.raw`comentarios?(?: \(\d+\))?`, 'etiquetas', 'lo más (?:leído|visto)', 'sobre el autor', String.raw`descubre (?:más|también)\b`,
  // Italian
  'leggi anche', 'potrebbe interessarti', String.raw`(?:articoli|notizie) correlat[ie]`, 'ti potrebbe interessare', String.raw`commenti(?: \(\d+\))?`,
  'leggi (?:di )?più', 'i più letti', String.raw`scopri (?:anche|altri|altre)\b`,
  // Portuguese
  String.raw`leia (?:também|mais)`, 'veja também', String.raw`(?:notícias|artigos|matérias) relacionad[oa]s`, String.raw`você (?:também )?pode gostar`,
  String.raw`comentários?(?: \(\d+\))?`, 'mais lidas', String.raw`descubra (?:mais|também)\b`,
  // Dutch
  String.raw`lees (?:ook|meer)`, String.raw`meer (?:nieuws|artikelen|over)\b`, String.raw`gerelateerde? (?:artikelen|berichten|nieuws)?`,
  String.raw`reacties?(?: \(\d+\))?`, 'reageer', 'over de auteur', 'meest gelezen', String.raw`ontdek (?:meer|ook)\b`,
];

/** Cues of lines that are furniture themselves: sharing, newsletters, calls to action, cookie and login notices, ads. */
const LINE_CUES = [
  // English
  String.raw`share(?: this| on| via| the)?\b`, String.raw`(?:sign up|subscribe)\b`, 'newsletter', String.raw`follow us\b`, 'advertisement',
  'sponsored', String.raw`cookie`, String.raw`(?:log ?in|sign in|register)\b`, 'print', 'email', 'all rights reserved', '©', 'copyright',
  String.raw`click here\b`, 'accept', 'skip to', 'back to top', 'menu', 'search', 'table of contents', 'contents',
  String.raw`(?:get|request) (?:a |your )?(?:quote|demo|started)\b`, String.raw`learn more\b`, String.raw`(?:check|visit) (?:the )?website\b`,
  String.raw`contact us\b`, String.raw`(?:book|buy|shop|order|apply|donate|try it|start) now\b`, String.raw`see (?:details|more|all|price)\b`,
  'inhaltsverzeichnis', 'inhalt', String.raw`mehr erfahren\b`, String.raw`jetzt (?:kaufen|bestellen|buchen|spenden)\b`, 'sommaire', String.raw`en savoir plus\b`,
  'índice', String.raw`saber más\b`, 'indice', String.raw`scopri di più\b`, String.raw`saiba mais\b`, 'inhoudsopgave', String.raw`meer informatie\b`,
  // German
  String.raw`teilen\b`, 'artikel teilen', String.raw`(?:zum )?newsletter`, String.raw`abonnieren\b`, 'anzeige', 'werbung', 'impressum', 'datenschutz',
  'alle rechte vorbehalten', String.raw`(?:jetzt )?(?:anmelden|registrieren|einloggen)\b`, 'drucken', String.raw`folgen sie uns\b`, 'zurück nach oben',
  // French
  String.raw`partager\b`, 'publicité', String.raw`(?:s'|vous )?abonner\b`, String.raw`inscrivez-vous\b`, 'tous droits réservés', String.raw`suivez-nous\b`,
  // Spanish
  String.raw`compartir\b`, 'publicidad', String.raw`suscríbete\b`, String.raw`síguenos\b`, String.raw`siguenos\b`, 'todos los derechos reservados',
  // Italian
  String.raw`condividi\b`, 'pubblicità', String.raw`iscriviti\b`, String.raw`seguici\b`, 'tutti i diritti riservati',
  // Portuguese
  String.raw`compartilh(?:e|ar)\b`, 'publicidade', String.raw`assine\b`, String.raw`siga-nos\b`, 'todos os direitos reservados',
  // Dutch
  String.raw`deel(?: dit| op)?\b`, String.raw`delen\b`, 'advertentie', 'nieuwsbrief', String.raw`volg ons\b`, 'alle rechten voorbehouden',
];

/** What may follow a cue on its line: a separator, then a little more ("Mehr zum Thema auf Site.de", "Share on X"). */
const tail = (n: number): string => String.raw`(?:[\s:：.…!?»›>|(-].{0,${n}})?$`;
const SECTION = new RegExp(`^(?:${SECTION_CUES.join('|')})${tail(40)}`, 'iu');
const LINE = new RegExp(`^(?:${LINE_CUES.join('|')})${tail(24)}`, 'iu');

/**
 * Section cues that head a list of the site's other stories ("More stories you may like", "You may also like",
 * "Recommended for you", "Most read", "Trending now", "Das könnte Sie auch interessieren"), not comments, tags or an
 * author box: the page's own article never goes on after them.
 */
const OTHER_STORIES = new RegExp(`^(?:${[
  String.raw`more (?:stories|news stories|headlines)\b`, String.raw`(?:stories|articles) you (?:may|might) (?:also )?(?:like|enjoy|have missed)`,
  String.raw`you (?:may|might) also like`, String.raw`most (?:read|popular) (?:stories|articles|news)`, String.raw`(?:top|trending|latest) (?:stories|headlines)\b`,
  String.raw`das könnte (?:sie|dich) (?:auch )?interessieren`, 'meistgelesen', String.raw`vous (?:aimerez|pourriez aimer|aimerez aussi)`, 'les plus lus',
  String.raw`(?:también )?(?:te|le) (?:puede|podría) interesar`, 'lo más (?:leído|visto)', 'potrebbe interessarti', 'i più letti',
  String.raw`você (?:também )?pode gostar`, 'mais lidas', 'meest gelezen',
].join('|')})${tail(40)}`, 'iu');

/** Whether a section cue heads a list of the site's other stories (`OTHER_STORIES`). */
export function isOtherStoriesCue(text: string): boolean {
  return OTHER_STORIES.test(text.trim().replace(/^[\s»›>•·|#*-]+/u, ''));
}

/** What a short line's words say it is: 'section' (opens furniture), 'line' (is furniture), or null. */
export function cueOf(text: string, tokens: number): 'section' | 'line' | null {
  if (tokens > CUE_MAX_TOKENS || tokens === 0) return null;
  const t = text.trim().replace(/^[\s»›>•·|#*-]+/u, '');
  if (SECTION.test(t)) return 'section';
  if (LINE.test(t)) return 'line';
  return null;
}

/**
 * Words of calls to action and notices: subscribing, signing up, following, donating, logging in, apps.
 * Every word starts at a word boundary with one of the letters of the lookahead, which the
 * expression checks first: the same matches, without trying every word at every position.
 */
const CALL_TO_ACTION = new RegExp(
  String.raw`\b(?=[sndfolcaruievp])(?:` + [
    String.raw`\bsubscri(?:be|ption|ber)`, String.raw`\bnewsletter`, String.raw`\bsign(?:ing)? up\b`, String.raw`\bfollow us\b`, String.raw`\bdownload (?:our|the) app`,
    String.raw`\bour app\b`, String.raw`\bdonat(?:e|ion)`, String.raw`\bsupport (?:us|our)\b`, String.raw`\blog ?in\b`, String.raw`\bcookies?\b`,
    String.raw`\babonn`, String.raw`\banmelden\b`, String.raw`\bregistrieren\b`, String.raw`\beinloggen\b`, String.raw`\bspende`, String.raw`\bunterstütze`,
    String.raw`\bsuscr[ií]b`, String.raw`\bs[ií]guenos\b`, String.raw`\biscriviti\b`, String.raw`\bseguici\b`, String.raw`\bassine\b`, String.raw`\binscrivez`,
    String.raw`\bnieuwsbrief`, String.raw`\bvolg ons\b`, String.raw`\bnetiquette\b`, String.raw`\bprivatsphäre\b`, String.raw`\bprovision\b`, String.raw`\bcommission\b`,
  ].join('|') + ')',
  'iu',
);

/** True when a short paragraph speaks to the reader about subscribing, signing up, following, donating or logging in. */
export function isCallToAction(text: string, maxChars: number): boolean {
  return text.length <= maxChars && CALL_TO_ACTION.test(text);
}

/** True when a would-be headline reads as navigation, furniture, a cookie notice or a call to action. */
export function readsAsChrome(text: string): boolean {
  const tokens = (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
  return cueOf(text, tokens) !== null || isCallToAction(text, 200);
}

/** Longest block read as a credit or copyright line when it carries a copyright sign. */
export const CREDIT_MAX_CHARS = 300;

/** True for a short block carrying a copyright sign: a photo credit ("… | © Getty Images") or a copyright
 * line. Article prose seldom holds the sign; captions and footers do. */
export function isCreditLine(text: string): boolean {
  return text.length <= CREDIT_MAX_CHARS && text.includes('©');
}

const FILE_SIZE = /\b\d+(?:[.,]\d+)?\s?(?:[kKMG]B|[kKM]o|Kbytes|Mbytes)\b/u;
const DOWNLOAD_VERB = /\b(?:download|herunterladen|downloaden|t[ée]l[ée]charger|descargar|scarica|baixar)\b/iu;
const FILE_WORD = /\b(?:pdf|docx?|xlsx?|pptx?|zip|epub|mp3|datei|file|fichier|archivo|bestand)\b/iu;

/** True for a short line that offers a file: a size ("PDF | 38 KB", "Download (123 KB)") or a download
 * verb with a file word ("Dieses Skript als PDF herunterladen", "Télécharger le PDF"). */
export function isDownloadLine(text: string): boolean {
  if (text.length > 160) return false;
  if (FILE_SIZE.test(text)) return true;
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).length <= 8 && DOWNLOAD_VERB.test(text) && FILE_WORD.test(text);
}
