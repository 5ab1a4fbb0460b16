// Word lists and tuned constants for entity finding, in one typed options object.
import { RANK_ABBREVIATIONS } from '../ranks.js';

const set = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s*\|\s*|\n\s*/).filter(Boolean));
/** "mike micky: michael | chris: christopher christine" -> each familiar form with the full names it stands for. */
const familiar = (s: string): ReadonlyMap<string, readonly string[]> => {
  const out = new Map<string, string[]>();
  for (const row of s.split('|')) {
    const [forms, names] = row.split(':').map((x) => x.trim().split(/\s+/));
    for (const f of forms) out.set(f, [...new Set([...(out.get(f) ?? []), ...names])]);
  }
  return out;
};

/** Gazetteers and thresholds for entity finding; every list is lower-case unless noted. */
export interface EntityOptions {
  /** Countries, regions and cities (full names, lower-case). Hand-written; the example corpus plus frequent UNER places. */
  places: ReadonlySet<string>;
  /** Nationality adjectives and demonyms mapped to their place ("north korean" -> "north korea"). */
  nationalities: ReadonlyMap<string, string>;
  /** Last words that make a capitalised sequence an organisation ("Agency", "Institute"). */
  orgHeads: ReadonlySet<string>;
  /** Last words (capitalised or after the name) that make it a place ("Peninsula", "region"). */
  placeHeads: ReadonlySet<string>;
  /** First words that make a capitalised sequence a place ("Fort Riley", "Mount Vernon", "Camp Pendleton"). */
  placeLeads: ReadonlySet<string>;
  /** Known organisations and outlets by name or acronym. */
  orgs: ReadonlySet<string>;
  /** Titles and role nouns that mark a person ("President", "minister", "professor"). */
  titles: ReadonlySet<string>;
  /** Honorifics: a title that carries no role of its own ("Dr", "Mr"). */
  honorifics: ReadonlySet<string>;
  /** Abbreviated ranks that are titles only when written with a full stop ("Off. Aaron Patty", "Det. Nix"; "off" is a word). */
  rankAbbreviations: ReadonlySet<string>;
  /** Lower-case nouns of a public body that, after a place, name that place's body ("Little Rock police", "Harris County sheriff's deputies"). */
  bodyNouns: ReadonlySet<string>;
  /** Lower-case words that may stand between the place and the body noun ("fire" officials, "sheriff's" deputies). */
  bodyModifiers: ReadonlySet<string>;
  /** Capitalised common nouns naming a public body's field that, after a place and joined by "and", make the run one
   * organisation ("Texas Parks and Wildlife", "Dallas Police and Fire"); written by hand from agency names. */
  fieldWords: ReadonlySet<string>;
  /** Words that modify a role before a title ("defense", "foreign", "deputy"). */
  roleModifiers: ReadonlySet<string>;
  /** Common nouns of a business that news writes before a company's name ("Chipmaker Halden Micro Devices Inc."): no part of the name. */
  businessDescriptors: ReadonlySet<string>;
  /** Korean surnames (romanised), for Korean personal names. */
  koreanSurnames: ReadonlySet<string>;
  /** Common given names (first token of a person's name). */
  givenNames: ReadonlySet<string>;
  /** Given names that tell a person's sex ("Maria Lopez" is told as "she"). */
  maleGivenNames: ReadonlySet<string>;
  femaleGivenNames: ReadonlySet<string>;
  /** Familiar forms of given names and the full names they stand for ("mike" -> "michael"): one person is "Mike Scott" in
   * one report and "Michael Scott" in the next. Written by hand from common English usage; a form that stands for names of
   * either sex lists both ("chris" -> "christopher", "christine"...). */
  familiarGivenNames: ReadonlyMap<string, readonly string[]>;
  /** Well-known people often named by surname alone. */
  people: ReadonlySet<string>;
  /** Verbs of speaking and reporting that mark a preceding name as a speaker. */
  speechVerbs: ReadonlySet<string>;
  /** Nouns that head a group of people after a nationality ("troops", "special forces"). */
  groupHeads: ReadonlySet<string>;
  /** Descriptive organisation heads that refer back to a named organisation ("spy agency" -> a name with "intelligence"). */
  orgDescriptors: ReadonlyMap<string, readonly string[]>;
  /** Capitalised words that are never names on their own (sentence openers, months, weekdays, pronouns). */
  notNames: ReadonlySet<string>;
  /** All-capital words that are not organisations ("GDP", "ICBM"). */
  notAcronyms: ReadonlySet<string>;
  /** Compass words that may precede a place ("Northeast Asia"). */
  compass: ReadonlySet<string>;
  /** Connectors allowed inside an organisation or place name ("of", "for"). */
  connectors: ReadonlySet<string>;
  /** Prepositions after which an unknown capitalised word reads as a place. */
  locativePrepositions: ReadonlySet<string>;
  /** Whether an unknown pair or triple of capitalised words defaults to a person. On UNER dev it is right 31 times in 164
   * (web text capitalises product and shop names); on the news seeds it finds names with no title ("Ong Beng Seng"). */
  capitalisedPairAsPerson: boolean;
  /** How many sentences back a pronoun or title-only mention may look for its referent (tuned on the seeds: quotes run 2-3 sentences). */
  pronounWindow: number;
  /** Share of capitalised content words (function words left out) above which a sentence is title case or shouting and only gazetteers are trusted (tuned on seed headlines and UNER dev). */
  titleCaseRatio: number;
}

const NATIONALITIES: [string, string][] = [
  ['north korean', 'north korea'], ['south korean', 'south korea'], ['korean', 'korea'], ['russian', 'russia'],
  ['ukrainian', 'ukraine'], ['american', 'united states'], ['chinese', 'china'], ['japanese', 'japan'],
  ['british', 'united kingdom'], ['french', 'france'], ['german', 'germany'], ['italian', 'italy'],
  ['spanish', 'spain'], ['polish', 'poland'], ['indian', 'india'], ['pakistani', 'pakistan'], ['iranian', 'iran'],
  ['iraqi', 'iraq'], ['israeli', 'israel'], ['palestinian', 'palestine'], ['syrian', 'syria'], ['turkish', 'turkey'],
  ['canadian', 'canada'], ['mexican', 'mexico'], ['brazilian', 'brazil'], ['argentinian', 'argentina'],
  ['argentine', 'argentina'], ['australian', 'australia'], ['european', 'europe'], ['african', 'africa'],
  ['asian', 'asia'], ['belarusian', 'belarus'], ['georgian', 'georgia'], ['taiwanese', 'taiwan'],
  ['vietnamese', 'vietnam'], ['filipino', 'philippines'], ['indonesian', 'indonesia'], ['thai', 'thailand'],
  ['egyptian', 'egypt'], ['saudi', 'saudi arabia'], ['afghan', 'afghanistan'], ['dutch', 'netherlands'],
  ['swedish', 'sweden'], ['finnish', 'finland'], ['norwegian', 'norway'], ['danish', 'denmark'], ['irish', 'ireland'],
  ['scottish', 'scotland'], ['english', 'england'], ['greek', 'greece'], ['hungarian', 'hungary'],
  ['czech', 'czech republic'], ['romanian', 'romania'], ['western', 'west'], ['soviet', 'soviet union'],
  ['east asian', 'east asia'], ['southeast asian', 'southeast asia'], ['central asian', 'central asia'],
  ['latin american', 'latin america'], ['middle eastern', 'middle east'],
];

/** Default entity options. Lists were written by hand from the seeds and checked against UNER English-EWT dev errors. */
// Given names by the sex they are mostly given to, where that is clear; a few more ("Chris", "Jordan", "Kelly", "Pat") tell none.
const MALE_GIVEN = set(`john | james | robert | michael | william | david | richard | joseph | thomas | charles | christopher | daniel |
    matthew | anthony | mark | donald | steven | paul | andrew | joshua | kenneth | kevin | brian | george |
    timothy | ronald | edward | jason | jeffrey | ryan | jacob | gary | nicholas | eric | jonathan | stephen |
    larry | justin | scott | brandon | benjamin | samuel | frank | gregory | raymond | alexander | patrick | jack |
    dennis | jerry | tyler | aaron | jose | adam | henry | nathan | douglas | zachary | peter | kyle | walter |
    ethan | jeremy | harold | keith | roger | noah | gerald | carl | sean | austin | arthur | lawrence | dylan |
    bryan | joe | bruce | albert | gabriel | logan | alan | juan | wayne | roy | ralph | randy | eugene | vincent |
    russell | elijah | louis | philip | johnny | vladimir | volodymyr | sergei | sergey | dmitry | dmitri | andrei |
    alexei | olaf | emmanuel | rishi | keir | xi | barack | mason | ben | tom | jim | bob | bill | mike | dave |
    steve | jeff | tony | nick | sam | dan | matt | tim | ken | greg | jon | josh | andy | rob | doug | ted | fred |
    phil | ray | max | ian | neil | gordon | stuart | martin | simon | graham | colin | adrian | hugh | oliver |
    harry | elon`);
const FEMALE_GIVEN = set(`mary | patricia | jennifer | linda | elizabeth | barbara | susan | jessica | sarah | karen | nancy | lisa |
    betty | margaret | sandra | ashley | kimberly | emily | donna | michelle | dorothy | carol | amanda | melissa |
    deborah | stephanie | rebecca | sharon | laura | cynthia | kathleen | amy | shirley | angela | helen | anna |
    brenda | pamela | nicole | emma | samantha | katherine | christine | debra | rachel | catherine | carolyn |
    janet | ruth | maria | heather | diane | virginia | julie | joyce | victoria | olivia | christina | lauren |
    joan | evelyn | judith | megan | cheryl | andrea | hannah | martha | jacqueline | frances | gloria | ann |
    teresa | kathryn | sara | janice | alice | madison | doris | abigail | julia | judy | grace | denise | amber |
    marilyn | beverly | danielle | theresa | sophia | marie | diana | brittany | natalie | isabella | charlotte |
    rose | alexis | kayla | kamala | hillary | kate | jenny | jane | liz | sue | beth | meg | lucy | sophie | chloe |
    ella | amelia | mia | leah | zoe | ellen | claire | fiona`);

export const defaultEntityOptions: EntityOptions = {
  places: set(`korea | nk | north korea | south korea | russia | ukraine | united states | us | u.s. | u.s | usa | america
    | china | japan | taiwan | india | pakistan | iran | iraq | israel | syria | turkey | germany | france | britain
    | uk | u.k. | england | scotland | wales | ireland | italy | spain | poland | belarus | georgia | canada | mexico
    | brazil | argentina | australia | europe | asia | africa | vietnam | philippines | indonesia | thailand | egypt
    | saudi arabia | afghanistan | netherlands | sweden | finland | norway | denmark | greece | hungary | romania
    | seoul | pyongyang | moscow | kyiv | kiev | vladivostok | kursk | washington | beijing | tokyo | london | paris
    | berlin | brussels | new york | los angeles | chicago | boston | houston | san francisco | miami | florida
    | california | texas | tampa | crimea | donbas | donetsk | luhansk | kharkiv | gaza | taipei | hong kong
    | singapore | the hague | geneva | vienna | rome | madrid | warsaw | minsk | tehran | baghdad | damascus
    | kabul | delhi | new delhi | mumbai | sydney | toronto | vancouver | manila | hanoi | bangkok | jakarta
    | fallujah | basra | mosul | ramadi | najaf | tikrit | kirkuk | west bank | gaza strip | jerusalem | tel aviv
    | ramallah | kandahar | kabul | beirut | korean peninsula | indo-pacific | middle east | east asia | iguazu | hawaii | alaska | arizona | nevada
    | oregon | seattle | atlanta | dallas | denver | philadelphia | detroit | portland | las vegas | orlando
    | new jersey | virginia | ohio | michigan | georgia | colorado | utah | oklahoma | kansas | missouri
    | alabama | arkansas | connecticut | delaware | idaho | illinois | indiana | iowa | kentucky | louisiana | maine
    | maryland | massachusetts | minnesota | mississippi | montana | nebraska | new hampshire | new mexico
    | north carolina | north dakota | pennsylvania | rhode island | south carolina | south dakota | tennessee
    | vermont | west virginia | wisconsin | wyoming
    | baltimore | cleveland | sacramento | pittsburgh | cincinnati | milwaukee | minneapolis | st. louis | kansas city
    | oakland | san diego | san antonio | san jose | phoenix | nashville | memphis | new orleans | buffalo | green bay
    | indianapolis | jacksonville | salt lake city | oklahoma city | el paso | fort worth | albuquerque | tucson
    | fresno | omaha | raleigh | louisville | honolulu | anchorage | st. paul | tulsa | wichita | toledo | anaheim
    | the west | siberia | arctic | pacific | atlantic`),
  nationalities: new Map(NATIONALITIES),
  orgHeads: set(`agency | service | services | council | ministry | department | university | institute | institution
    | party | army | forces | force | navy | command | corps | committee | commission | office | bureau | bank
    | company | corporation | corp | corp. | inc | inc. | ltd | group | association | foundation | centre | center
    | college | school | academy | court | parliament | assembly | congress | senate | union | league | club
    | network | news | times | post | journal | herald | press | daily | tribune | guardian | telegraph | society
    | organization | organisation | federation | alliance | fund | authority | administration | guard | police | troopers | patrol
    | hospital | airlines | airways | motors | systems | technologies | labs | studios | church | cabinet
    | government | secretariat | unit | detachment | brigade | division | regiment | battalion | fleet | directorate | kremlin
    | pentagon | store | restaurant | hotel | cafe | market | mall | house | hall | headquarters | museum | theatre | theater
    | devices | graphics | securities | holdings | partners | capital | industries | pharmaceuticals | therapeutics
    | semiconductor | semiconductors | electronics | microsystems | software | networks | communications | telecom
    | brands | financial | investments | ventures | enterprises | co | co. | llc | plc | bancorp | logistics
    | entertainment | resources | petroleum | insurance | biosciences | robotics | dynamics | instruments`),
  placeHeads: set(`peninsula | sea | island | islands | river | province | region | oblast | city | mountains
    | mountain | strait | bay | county | state | street | avenue | road | valley | lake | ocean | gulf | coast
    | district | prefecture | border | beach | park | airport | base | square | bridge | hills | heights
    | harbor | harbour | port | canal | desert | forest | falls | village | town | territory | territories
    | boulevard | drive | parkway | highway | expressway | freeway | turnpike | terrace | lane | circle | apartments
    | panhandle | plains | delta | basin | keys | canyon | creek | strip`),
  placeLeads: set(`fort | ft. | mount | mt. | camp | cape | port | lake | new`),
  orgs: set(`nis | kcna | un | u.n. | nato | eu | imf | who | fbi | cia | nsa | kgb | fsb | gru | rusi
    | yonhap | reuters | afp | ap | newsweek | cnn | bbc | nbc | abc | cbs | fox | nyt | kremlin | pentagon
    | white house | united nations | european union | google | apple | microsoft | amazon | facebook | twitter
    | youtube | walmart | starbucks | mcdonald | mcdonalds | ibm | enron | nasa | opec | g7 | g20 | asean | jcs
    | wagner | hamas | hezbollah | taliban | isis | blue house | dprk | rok | kpa | t-online | ebay | yahoo
    | paypal | netflix | tesla | samsung | hyundai | lg | sk | toyota | sony | boeing | lockheed martin
    | procter and gamble | johnson and johnson | smith and wesson | ernst and young | marks and spencer
    | barnes and noble | black and decker | simon and schuster | arm and hammer | dolce and gabbana`),
  titles: set(`president | minister | secretary | chancellor | premier | leader | chairman | chairwoman | chair
    | spokesman | spokeswoman | spokesperson | ambassador | envoy | general | gen | gen. | admiral | colonel
    | commander | sen | sen. | senator | rep | rep. | representative | governor | mayor | king | queen | prince
    | princess | pope | director | chief | head | professor | prof | prof. | fellow | analyst | researcher
    | expert | lawmaker | official | diplomat | dictator | correspondent | reporter | editor | ceo | founder
    | judge | justice | lieutenant | captain | sergeant | major | officer | counsellor | adviser | advisor
    | strategist | economist | scholar | chairperson | vice-president | deputy | emperor | general-secretary
    | dr | dr. | mr | mr. | mrs | mrs. | ms | ms. | sir | dame | lord | lady | pastor | rev | rev. | coach
    | manager | owner | columnist | commentator | physician | doctor | lawyer | attorney | spy | agent
    | detective | trooper | sheriff | undersheriff | corporal | inspector | investigator | patrolman | constable | marshal
    | prosecutor | coroner | sgt | lt | capt | cpl | commissioner | councilman | councilwoman | councilmember
    | councillor | alderman | alderwoman | supervisor | trustee | superintendent | principal | assemblyman
    | assemblywoman | congressman | congresswoman | magistrate | solicitor | administrator
    | quarterback | linebacker | cornerback | fullback | halfback | tailback | lineman | receiver | kicker | punter
    | goalkeeper | goaltender | goalie | pitcher | shortstop | outfielder | infielder | striker | midfielder
    | defenseman | winger`),
  honorifics: set('dr | dr. | mr | mr. | mrs | mrs. | ms | ms. | sir | dame | lord | lady | prof | prof.'),
  rankAbbreviations: new Set(RANK_ABBREVIATIONS.map((w) => w.toLowerCase())),
  bodyNouns: set(`police | officials | authorities | deputies | detectives | investigators | officers | troopers | firefighters
    | prosecutors | department | office | sheriff | coroner | examiner`),
  bodyModifiers: set(`police | fire | county | city | school | district | state | public | safety | medical`),
  fieldWords: set(`parks | park | wildlife | fish | game | police | fire | rescue | emergency | medical | health | human
    | services | service | public | safety | works | water | power | light | gas | electric | transportation | transit
    | housing | education | corrections | justice | labor | labour | commerce | energy | environment | environmental
    | natural | resources | agriculture | veterans | affairs | family | families | protective | children | youth
    | mental | management | planning | development | recreation | tourism | conservation | forestry | fisheries
    | marine | revenue | taxation | customs | border | immigration | protection | highways | motor | vehicles
    | sanitation | utilities | streets | elections | ems | sheriff | trade | industry | aging | disabilities
    | licensing | regulation | insurance | banking | finance | budget | lottery | gaming | racing | tourism`),
  // From business wire style: the trade of a company told before its name.
  businessDescriptors: set(`chipmaker | automaker | carmaker | drugmaker | planemaker | steelmaker | toymaker | phonemaker
    | retailer | insurer | lender | miner | conglomerate | startup | start-up | rival | brewer | publisher | distiller`),
  roleModifiers: set(`defense | defence | foreign | interior | finance | unification | prime | vice | deputy | chief
    | senior | former | acting | supreme | top | spy | intelligence | research | global | visiting | geopolitical
    | political | military | national | security | associate | assistant | executive | general | first | state
    | presidential | press | party | opposition | ruling | army | navy | air | foreign-policy | indo-pacific
    | commander-in-chief | managing | lead | principal | regional | defense-policy | trade | economy | justice
    | advisory | neighborhood | neighbourhood`),
  koreanSurnames: set(`kim | lee | park | choi | choe | jung | jeong | kang | cho | yoon | yun | jang | lim | han | oh
    | seo | shin | kwon | hwang | ahn | song | hong | yoo | ko | moon | yang | son | bae | baek | heo | nam | hyun
    | ri | pak | jo | ryu | chung | noh | roh | rhee | yi | sohn | byun | chun | ban | seok | suh | won | jun`),
  maleGivenNames: MALE_GIVEN,
  femaleGivenNames: FEMALE_GIVEN,
  familiarGivenNames: familiar(`mike micky mickey: michael | bob bobby rob robbie: robert | bill billy will willie: william
    | jim jimmy jamie: james | tom tommy: thomas | joe joey: joseph | dave davey: david | chris: christopher christian
    christine christina | steve stevie: steven stephen | dan danny: daniel | matt: matthew | tony: anthony | nick nicky:
    nicholas | rick ricky rich richie dick: richard | ron ronnie: ronald | don donnie: donald | ken kenny: kenneth | greg:
    gregory | jeff: jeffrey | jerry: gerald jerome | larry: lawrence | sam sammy: samuel samantha | ed eddie ted teddy:
    edward | pat: patrick patricia | andy: andrew | tim timmy: timothy | ben benny: benjamin | charlie chuck: charles
    | fred freddie: frederick | frank: francis franklin | hank harry: henry | jack johnny: john | jon: jonathan | josh:
    joshua | kate katie cathy kathy: katherine kathleen catherine | liz beth betsy: elizabeth | sue: susan | jenny jen:
    jennifer | pete: peter | phil: philip phillip | ray: raymond | russ: russell | stan: stanley | terry: terrence terence
    | vince: vincent | walt: walter | zach zack: zachary | alex: alexander alexandra | al: albert alan allen | gene: eugene
    | jake: jacob | debbie deb: deborah debra | barb: barbara | trish tricia patty: patricia | vicky vicki: victoria | doug:
    douglas | randy: randall randolph | tommie: thomas | nate: nathan nathaniel | abe: abraham | manny:
    manuel | cindy: cynthia | sandy: sandra | meg maggie peggy: margaret | becky: rebecca | jess: jessica | mandy: amanda
    | ali: alison allison | val: valerie | wes: wesley | cliff: clifford
    | lou: louis | gabe: gabriel | marty: martin | mitch: mitchell`),
  givenNames: new Set([...MALE_GIVEN, ...FEMALE_GIVEN, ...set(`chris | christian | terry | jesse | jordan | billy | willie | bobby | kelly | jean | pat | alex | jo | kim | lee`)]),
  people: set(`putin | zelensky | zelenskyy | biden | trump | obama | xi | macron | scholz | sunak | starmer
    | shoigu | lavrov | peskov | medvedev | stoltenberg | rutte | blinken | austin | harris | yoon | kishida
    | ishiba | modi | erdogan | netanyahu | lukashenko | bush | clinton | blair | arafat | cheney | rumsfeld
    | merkel | sarkozy | mandela | reagan | nixon | kennedy | churchill | hitler | stalin | saddam | zarqawi | sadr | kim jong un | kim jong-un | kim yo jong | kim yo-jong`),
  speechVerbs: set(`said | says | say | told | tells | added | adds | stated | states | noted | notes | wrote
    | writes | explained | argued | argues | warned | warns | asked | asks | claimed | claims | insisted
    | confirmed | denied | announced | reported | believes | believed | thinks | suggested | suggests | stressed
    | emphasised | emphasized | urged | acknowledged | estimated | predicted | cautioned | countered | replied`),
  groupHeads: set(`troops | soldiers | forces | special forces | military | army | officials | authorities | media
    | diplomats | experts | analysts | people | citizens | workers | hackers | personnel | units | delegation
    | leaders | lawmakers | navy | sailors | pilots | nationals | refugees | defectors | government | officers
    | commanders | fighters | mercenaries | conscripts | servicemen | army units | infantry | engineers
    | instructors | trainers | residents | voters | students | scientists | agents | spies | generals`),
  orgDescriptors: new Map<string, readonly string[]>([
    // Descriptive head -> words one of which the named organisation must contain.
    ['spy agency', ['intelligence', 'nis', 'cia', 'fsb', 'gru', 'mi6']],
    ['intelligence agency', ['intelligence', 'nis', 'cia', 'fsb', 'gru']],
    ['intelligence service', ['intelligence', 'nis', 'fsb']],
    ['news agency', ['news', 'agency', 'yonhap', 'kcna', 'reuters', 'afp', 'tass']],
    ['state media', ['kcna', 'news']],
    ['agency', ['agency', 'nis', 'kcna']],
    ['institute', ['institute']],
    ['university', ['university']],
    ['ministry', ['ministry']],
    ['think-tank', ['institute', 'centre', 'center', 'council', 'foundation']],
    ['think tank', ['institute', 'centre', 'center', 'council', 'foundation']],
    ['alliance', ['alliance', 'nato']],
  ]),
  notNames: set(`the | a | an | this | that | these | those | it | its | he | she | they | we | i | you | his | her
    | their | our | my | your | on | in | at | by | for | from | with | as | after | before | during | since | but
    | and | or | so | yet | if | when | while | although | though | however | meanwhile | moreover | also | then
    | whenever | wherever | whatever | whoever | whichever | unless | until | because | whereas | whether | once
    | amid | among | without | within | throughout | unlike | perhaps | maybe | nevertheless | nonetheless | otherwise
    | there | here | what | who | why | how | where | which | some | many | most | all | any | each | every | no
    | not | other | such | one | two | three | both | monday | tuesday | wednesday | thursday | friday | saturday
    | sunday | january | february | march | april | may | june | july | august | september | october
    | november | december | jan | feb | mar | apr | jun | jul | aug | sep | sept | oct | nov | dec | today
    | yesterday | tomorrow | advertisement | opinion | updated | read | related | sign | share | subscribe | top
    | according | despite | instead | earlier | later | previously | afterward | afterwards | initially | recently
    | finally | eventually | currently | separately | additionally | unfortunately | sadly | luckily | fortunately
    | apparently | tragically | thanks | please | yes | ok | okay | hi | hello | thank | dear | oh | wow
    | just | only | even | still | now | again | well | very | great | good | best | first | last | new | next
    | more | less | be | do | does | did | is | was | are | were | have | has | had | will | would | can | could
    | should | must | let | get | go | see | look | call | ask | try | make | take | give | find | keep | don't
    | i'm | i've | i'd | it's | that's | there's | we're | you're | they're | can't | won't | didn't | doesn't`),
  notAcronyms: set(`gdp | icbm | icbms | ceo | tv | ok | usd | pm | am | faq | diy | lol | omg | btw | fyi | asap
    | aka | id | pc | dvd | cd | ps | pdf | url | gps | atm | ai | it | hr | vip | suv | nb | etc | rsvp | ie | eg
    | hq | sms | mp | usb | lcd | hd | uav | uavs | mw | kw | km | mph | dmz | mrs | mr | dr | i | ii | iii | iv`),
  compass: set('north | south | east | west | northeast | northwest | southeast | southwest | central | northern | southern | eastern | western'),
  connectors: set('of | for | the | and | de | du | del | van | von | der | bin | al | & | on'),
  locativePrepositions: set('in | to | from | near | into | across | toward | towards | outside | inside | around | via'),
  capitalisedPairAsPerson: true,
  pronounWindow: 4,
  titleCaseRatio: 0.9,
};
