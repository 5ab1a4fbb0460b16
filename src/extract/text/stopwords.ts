// Small function-word lists per language (keyed by franc's ISO 639-3 codes), used to measure how prose-like a block is.

/** Space-separated lower-case function words. Each list holds the most frequent words of running text. */
const LISTS: Record<string, string> = {
  eng: `a about above after again against all also am an and any are as at be because been before being
    between both but by can could did do does doing down during each few for from further had has have having
    he her here hers him his how i if in into is it its itself just me more most my no nor not now of off on
    once only or other our out over own same she should so some such than that the their them then there these
    they this those through to too under until up very was we were what when where which while who whom why will
    with would you your said says one two new like may might must us been since still even many much`,
  deu: `aber alle allem allen aller als also am an ander auch auf aus bei bin bis bist da damit dann das dass
    dem den der des dich die dies diese diesem diesen dieser doch dort du durch ein eine einem einen einer eines
    er es etwas für gegen hat hatte hier hin ich ihm ihn ihr ihre im in ist jede jedoch kann kein keine man mehr
    mich mit muss nach nicht nichts noch nun nur ob oder ohne sehr sein seine sich sie sind so soll über um und
    uns unter vom von vor war waren was weil wenn werden wie wieder wir wird wurde zu zum zur zwischen sagte`,
  fra: `a ai au aux avec avait ce cela ces cet cette comme dans de des deux donc du elle elles en encore est et
    été être eu fait il ils je la le les leur leurs lui mais me même mes moi mon ne nos notre nous on ont ou où
    par pas plus pour qu que qui sa sans se ses si son sont sur ta te tes toi ton tous tout très tu un une vos
    votre vous y selon après entre aussi avant depuis dont été`,
  spa: `a al algo algunos ante antes como con contra cual cuando de del desde donde durante e el ella ellas
    ellos en entre era es esa ese eso esta está están este esto fue ha han hasta hay la las le les lo los más me
    mi muy nada ni no nos o otra otro para pero por porque que quien se sea ser si sin sobre son su sus también
    te tiene todo tras un una uno unos y ya según dijo además`,
  ita: `a ad al alla alle anche ancora che chi con come cui da dal dalla dei del della delle di e è ed era gli
    ha hanno i il in io la le lei li lo loro lui ma mi ne nei nel nella noi non o per perché più quando quella
    quello questa questo se si sia sono su sua sue suo sul sulla tra un una uno anche dopo stato essere`,
  por: `a ao aos as até com como da das de dela dele do dos e é ela ele eles em entre era essa esse esta está
    este eu foi há isso já la lhe mais mas me mesmo muito na nas nem no nos não o os ou para pela pelo por
    quando que quem se sem ser seu sua são também te tem um uma você disse após ainda sobre`,
  nld: `aan al als bij daar dan dat de der deze die dit doch door een en er ge haar had heb heeft hem het hij
    hoe hun ik in is je kan maar me met mij na naar niet nog nu of om ook op over te tegen toch tot u uit van
    veel voor want was wat we wel werd wie wij worden zal ze zei zich zij zo zijn`,
  swe: `alla att av blev bli de dem den denna deras dess det detta dig din du där efter ej eller en er ett
    från för ha hade han hans har henne hennes hon honom hur här i icke inte jag kan man med mellan men mig min
    mot mycket ni nu när någon och om oss på samma sedan sig sin sina ska skulle som till under upp ut utan vad
    var vara varit vi vid vilken är åt över sa`,
  nor: `alle at av bare da de dem den denne der det dette du eller en er et etter for fra før ha hadde han
    hans har hennes her hun hva hvis hvor i ikke jeg kan man med men meg min mot ned noe når og også om opp på
    seg sin skal skulle som til ut var vi ved være vært å`,
  dan: `af alle at blev da de dem den denne der deres det dette dig din du efter eller en end er et for fra
    ham han hans har havde hende hendes her hun hvad hvis hvor i ikke jeg kan kunne man med meget men mig min
    mod ned når og også om op på sig sin skal skulle som til ud var vi være været`,
  rus: `а без более бы был была были было быть в вам вас весь во вот все всего всех вы где да даже для до
    его ее если есть еще же за здесь и из или им их к как ко когда кто ли либо мне может мы на над надо наш не
    него нее нет ни них но ну о об однако он она они оно от очень по под после при с со так также такой там те
    тем то того тоже той только том ты у уже хотя чего чей чем что чтобы эта эти это я заявил`,
  pol: `a aby ale am by był była było były być bez co czy dla do gdy go i ich ile im iż ja jak jako je jego
    jej jest jeszcze już ku lub ma mi między na nad nie niż o od po pod przed przez przy się są ta tak także
    te tego tej to tu ty tym w we więc z za że jednak został`,
  tur: `acaba ama ancak bana bazı belki ben beni benim bir biri birkaç biz bu buna bunu da daha de defa diye
    için ile ise kez ki kim mi mu mü nasıl ne neden nerde niye o on ona onlar onu sen siz şey şu tüm ve veya ya
    yani gibi olarak olan değil sonra kadar`,
  ind: `ada adalah agar akan aku anda atau bagi bahwa banyak belum bisa dalam dan dari dengan di dia ini itu
    jika juga kami kamu karena ke kepada lagi mereka oleh pada para saat saya sebagai sedang sudah tak tanpa
    tidak untuk yang telah akan kata`,
  arb: `في من على إلى عن أن إن هذا هذه التي الذي ما لا مع كان كانت قد و أو ثم كل بعد قبل بين عند هو هي هم
    ذلك تلك حتى لم لن له لها وقال قال أيضا`,
  // Scripts without spaces are tokenized one character at a time, so these lists hold frequent characters.
  cmn: `的 了 是 在 和 有 我 他 这 中 人 不 一 为 上 个 们 到 说 也 就 对 与 而 以 及 被 将 等 其 之 于 但 从 她 它 会`,
  jpn: `の に は を た が で て と し れ さ る い な も か こ そ ま だ よ う ら り す あ ど`,
};

/** Which list serves a franc language code (several close languages share one). */
const ALIAS: Record<string, string> = {
  nob: 'nor', nno: 'nor', zho: 'cmn', arz: 'arb', ary: 'arb', apc: 'arb', zlm: 'ind', zsm: 'ind', ukr: 'rus',
};

/** The stopword set for a franc language code, or null when no list covers it. */
export function stopwordsFor(lang: string): Set<string> | null {
  const key = ALIAS[lang] ?? lang;
  const list = LISTS[key];
  return list === undefined ? null : new Set(list.split(/\s+/).filter(Boolean));
}

/** Languages with a list, for documentation and tests. */
export const STOPWORD_LANGUAGES: readonly string[] = Object.keys(LISTS);
