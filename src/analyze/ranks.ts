// Ranks and offices news writes abbreviated before a name ("Sgt. Joe Lee", "Comdr. Joe Florip", "Sen. Tom Ruiz"): one list
// for the sentence splitter, the entity tagger, the reader of speakers and the rules of spokespeople.

/** Ranks of police and of the forces: the abbreviations that stand before an officer's name. */
export const POLICE_RANKS: readonly string[] = ['Sgt', 'Lt', 'Det', 'Capt', 'Cpl', 'Ofc', 'Off', 'Dep', 'Cmdr', 'Comdr', 'Insp', 'Tpr', 'Supt', 'Lieut'];

/** Ranks of armies and offices of government written the same way. */
export const OFFICE_RANKS: readonly string[] = ['Col', 'Maj', 'Gen', 'Adm', 'Sen', 'Rep', 'Gov'];

/** Every abbreviated rank and office. */
/** A generation told after a name, as a word of its key: "jr", "Sr.", "III". */
export const GENERATION = /^(?:jr|sr|ii|iii|iv)\.?$/i;

export const RANK_ABBREVIATIONS: readonly string[] = [...POLICE_RANKS, ...OFFICE_RANKS];

/**
 * The abbreviations in lower case for lists of words after which a full stop ends no sentence; "off" is left out, a word
 * that ends sentences ("he drove off.").
 */
export const RANK_STOPS: readonly string[] = RANK_ABBREVIATIONS.map((w) => w.toLowerCase()).filter((w) => w !== 'off');
