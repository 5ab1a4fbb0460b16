// Unit lexicons: measurement units, currencies (symbols before and words after a number) and counted nouns.

/** Class of a quantity's unit. `count` is a counted noun outside the named classes; `number` has no unit. */
export type UnitClass =
  | 'persons' | 'money' | 'percent' | 'munitions' | 'equipment' | 'length' | 'mass' | 'area' | 'volume'
  | 'time' | 'temperature' | 'speed' | 'age' | 'ratio' | 'fraction' | 'energy' | 'power' | 'data'
  | 'frequency' | 'pressure' | 'angle' | 'electric' | 'fuel-economy' | 'concentration' | 'score' | 'count' | 'number';

export interface UnitEntry {
  /** Normalised unit name ("kilometre per hour", "USD", "percent"). */
  unit: string;
  cls: UnitClass;
  /** Surface forms as `keyOf` builds them: lower-cased unless `cs`. */
  forms: string[];
  /** Match case-sensitively (short symbols such as "M", "GB", "C"). */
  cs?: boolean;
  /** Only when glued to the number ("5pc", "1.0l", "30'"). */
  gluedOnly?: boolean;
}

const u = (unit: string, cls: UnitClass, forms: string[], extra: Partial<UnitEntry> = {}): UnitEntry => ({ unit, cls, forms, ...extra });

/** Units written after a number. Coverage follows the NewsQuant unit-recognition sets and common news usage. */
export const MEASURE_UNITS: UnitEntry[] = [
  u('percent', 'percent', ['%', 'percent', 'per cent', 'per-cent', 'pct', 'percentage', 'pc']),
  u('percentage point', 'percent', ['percentage points', 'percentage point', 'percent points', 'per cent points', 'pp', 'ppt', 'ppts']),
  u('basis point', 'percent', ['basis points', 'basis point', 'bps', 'bp']),
  u('times', 'ratio', ['times', 'x', 'fold']),
  u('year of age', 'age', ['years old', 'year old', 'years of age', 'year-old', 'years-old', 'yr-old', 'yo']),
  u('month of age', 'age', ['months old', 'month-old', 'months-old']),
  u('week of age', 'age', ['weeks old', 'week-old', 'weeks-old']),
  u('day of age', 'age', ['days old', 'day-old', 'days-old']),
  // time
  u('millisecond', 'time', ['milliseconds', 'millisecond', 'ms']),
  u('second', 'time', ['seconds', 'second', 'secs', 'sec', 's'], {}),
  u('minute', 'time', ['minutes', 'minute', 'mins', 'min']),
  u('hour', 'time', ['hours', 'hour', 'hrs', 'hr', 'h']),
  u('day', 'time', ['days', 'day']),
  u('week', 'time', ['weeks', 'week', 'wks']),
  // "over four nights of protest", "spent two nights on the mountain": a stay or a stretch of nights is a duration.
  u('night', 'time', ['nights', 'night']),
  u('fortnight', 'time', ['fortnights', 'fortnight']),
  u('month', 'time', ['months', 'month']),
  u('year', 'time', ['years', 'year', 'yrs', 'yr']),
  u('decade', 'time', ['decades', 'decade']),
  u('century', 'time', ['centuries', 'century']),
  // length
  u('nanometre', 'length', ['nanometres', 'nanometers', 'nanometre', 'nanometer', 'nm']),
  u('micrometre', 'length', ['micrometres', 'micrometers', 'micrometre', 'micrometer', 'microns', 'micron', 'μm', 'µm', 'um']),
  u('millimetre', 'length', ['millimetres', 'millimeters', 'millimetre', 'millimeter', 'mm']),
  u('centimetre', 'length', ['centimetres', 'centimeters', 'centimetre', 'centimeter', 'cm']),
  u('metre', 'length', ['metres', 'meters', 'metre', 'meter', 'm']),
  u('kilometre', 'length', ['kilometres', 'kilometers', 'kilometre', 'kilometer', 'km', 'kms']),
  u('inch', 'length', ['inches', 'inch', '"', '”', '″']),
  u('foot', 'length', ['feet', 'foot', 'ft', "'", '’', '′']),
  u('yard', 'length', ['yards', 'yard', 'yds', 'yd']),
  u('mile', 'length', ['miles', 'mile', 'mi']),
  u('nautical mile', 'length', ['nautical miles', 'nautical mile', 'nm.']),
  u('light-year', 'length', ['light years', 'light-years', 'light year', 'light-year']),
  // area
  u('square metre', 'area', ['square metres', 'square meters', 'square metre', 'square meter', 'sq m', 'sqm', 'sq metres', 'sq meters', 'm2', 'm²']),
  u('square kilometre', 'area', ['square kilometres', 'square kilometers', 'square kilometre', 'square kilometer', 'sq km', 'km2', 'km²']),
  u('square mile', 'area', ['square miles', 'square mile', 'sq miles', 'sq mi']),
  u('square foot', 'area', ['square feet', 'square foot', 'sq ft', 'sq. ft.', 'sqft']),
  u('acre', 'area', ['acres', 'acre']),
  u('hectare', 'area', ['hectares', 'hectare', 'ha']),
  // volume
  u('millilitre', 'volume', ['millilitres', 'milliliters', 'millilitre', 'milliliter', 'ml']),
  u('litre', 'volume', ['litres', 'liters', 'litre', 'liter', 'l', 'L']),
  u('gallon', 'volume', ['gallons', 'gallon', 'gal']),
  u('barrel', 'volume', ['barrels', 'barrel', 'bbl', 'barrels of oil', 'barrel of oil']),
  u('cubic metre', 'volume', ['cubic metres', 'cubic meters', 'cubic metre', 'cubic meter', 'm3', 'm³']),
  u('cubic foot', 'volume', ['cubic feet', 'cubic foot', 'cu ft']),
  u('tablespoon', 'volume', ['tablespoons', 'tablespoon', 'tbsp']),
  u('teaspoon', 'volume', ['teaspoons', 'teaspoon', 'tsp']),
  u('cup', 'volume', ['cups']),
  // mass
  u('microgram', 'mass', ['micrograms', 'microgram', 'μg', 'µg', 'mcg']),
  u('milligram', 'mass', ['milligrams', 'milligram', 'mg']),
  u('gram', 'mass', ['grams', 'gram', 'grammes', 'g']),
  u('kilogram', 'mass', ['kilograms', 'kilogram', 'kilos', 'kilo', 'kg', 'kgs']),
  u('tonne', 'mass', ['tonnes', 'tonne', 'metric tons', 'metric ton', 'metric tonnes', 't']),
  u('ton', 'mass', ['tons', 'ton']),
  u('gigatonne', 'mass', ['gigatonnes', 'gigatons', 'gigatonne', 'gigaton', 'gt']),
  u('megatonne', 'mass', ['megatonnes', 'megatons', 'megatonne', 'megaton', 'mt']),
  u('pound-mass', 'mass', ['lbs', 'lb', 'pounds', 'pound']),
  u('ounce', 'mass', ['ounces', 'ounce', 'oz']),
  u('carat', 'mass', ['carats', 'carat']),
  u('dram', 'mass', ['drams', 'dram']),
  // speed
  u('mile per hour', 'speed', ['mph', 'm.p.h.', 'm.p.h', 'miles per hour', 'miles an hour', 'mile per hour']),
  u('kilometre per hour', 'speed', ['km/h', 'km/hr', 'kph', 'kmh', 'kilometres per hour', 'kilometers per hour', 'kilometres an hour', 'kilometers an hour']),
  u('metre per second', 'speed', ['m/s', 'metres per second', 'meters per second']),
  u('knot', 'speed', ['knots', 'knot', 'kt', 'kts']),
  u('mile per gallon', 'fuel-economy', ['mpg', 'miles per gallon']),
  // temperature and angle
  u('degree Celsius', 'temperature', ['degrees celsius', 'degree celsius', 'degrees centigrade', 'celsius', 'centigrade', '°c', '° c', 'ºc', 'degrees c', 'deg c', 'deg celsius', '°C', 'C']),
  u('degree Fahrenheit', 'temperature', ['degrees fahrenheit', 'degree fahrenheit', 'fahrenheit', '°f', '° f', 'ºf', 'degrees f', 'deg f', 'deg fahrenheit', 'F']),
  u('kelvin', 'temperature', ['kelvin', 'kelvins']),
  u('degree', 'angle', ['degrees', 'degree', 'deg', '°', 'º']),
  // energy, power, electricity
  u('watt', 'power', ['watts', 'watt', 'W']),
  u('kilowatt', 'power', ['kilowatts', 'kilowatt', 'kW', 'kw']),
  u('megawatt', 'power', ['megawatts', 'megawatt', 'MW', 'mw']),
  u('gigawatt', 'power', ['gigawatts', 'gigawatt', 'GW', 'gw']),
  u('horsepower', 'power', ['horsepower', 'hp', 'bhp', 'ps', 'HP']),
  u('kilowatt hour', 'energy', ['kilowatt hours', 'kilowatt-hours', 'kilowatt hour', 'kwh']),
  u('megawatt hour', 'energy', ['megawatt hours', 'megawatt-hours', 'mwh']),
  u('gigawatt hour', 'energy', ['gigawatt hours', 'gigawatt-hours', 'gwh']),
  u('terawatt hour', 'energy', ['terawatt hours', 'terawatt-hours', 'twh']),
  u('calorie', 'energy', ['calories', 'calorie', 'kcal']),
  u('volt', 'electric', ['volts', 'volt', 'V']),
  u('kilovolt', 'electric', ['kilovolts', 'kilovolt', 'kV']),
  u('ampere', 'electric', ['amperes', 'ampere', 'amps', 'amp', 'A']),
  // data, frequency, pressure, concentration
  u('bit', 'data', ['bits', 'bit']),
  u('byte', 'data', ['bytes', 'byte']),
  u('kilobyte', 'data', ['kilobytes', 'kilobyte', 'KB', 'kb']),
  u('megabyte', 'data', ['megabytes', 'megabyte', 'MB']),
  u('gigabyte', 'data', ['gigabytes', 'gigabyte', 'GB', 'gb']),
  u('terabyte', 'data', ['terabytes', 'terabyte', 'TB', 'tb']),
  u('megabit per second', 'data', ['mbps', 'megabits per second', 'mb/s']),
  u('gigabit per second', 'data', ['gbps', 'gigabits per second', 'gb/s']),
  u('hertz', 'frequency', ['hertz', 'hz']),
  u('kilohertz', 'frequency', ['kilohertz', 'khz']),
  u('megahertz', 'frequency', ['megahertz', 'mhz']),
  u('gigahertz', 'frequency', ['gigahertz', 'ghz']),
  u('pound per square inch', 'pressure', ['psi']),
  u('kilopound per square inch', 'pressure', ['ksi']),
  u('kilopascal', 'pressure', ['kilopascals', 'kpa']),
  u('megapascal', 'pressure', ['megapascals', 'mpa']),
  u('part per million', 'concentration', ['parts per million', 'ppm']),
  u('part per billion', 'concentration', ['parts per billion', 'ppb']),
  u('point per game', 'score', ['ppg', 'points per game']),
  u('rebound per game', 'score', ['rpg', 'rebounds per game']),
  u('assist per game', 'score', ['apg', 'assists per game']),
  u('point', 'score', ['points', 'pts']),
];

/** Currency words and codes after a number. "$" alone is taken as US dollars (DEFAULT options.dollar). */
export const CURRENCY_WORDS: UnitEntry[] = [
  u('USD', 'money', ['dollars', 'dollar', 'us dollars', 'u.s. dollars', 'american dollars', 'usd', 'USD']),
  u('AUD', 'money', ['australian dollars', 'australian dollar', 'aud']),
  u('NZD', 'money', ['new zealand dollars', 'new zealand dollar', 'nzd']),
  u('CAD', 'money', ['canadian dollars', 'canadian dollar', 'cad']),
  u('HKD', 'money', ['hong kong dollars', 'hk dollars', 'hkd']),
  u('SGD', 'money', ['singapore dollars', 'singaporean dollars', 'sgd']),
  u('TWD', 'money', ['taiwan dollars', 'new taiwan dollars', 'twd']),
  u('EUR', 'money', ['euros', 'euro', 'eur']),
  u('GBP', 'money', ['pounds sterling', 'pound sterling', 'sterling', 'gbp', 'british pounds']),
  u('JPY', 'money', ['yen', 'jpy', 'japanese yen']),
  u('CNY', 'money', ['yuan', 'renminbi', 'rmb', 'cny', 'chinese yuan']),
  u('KRW', 'money', ['won', 'krw', 'south korean won', 'korean won']),
  u('KPW', 'money', ['north korean won', 'kpw']),
  u('INR', 'money', ['rupees', 'rupee', 'inr', 'indian rupees', 'crore rupees']),
  u('IDR', 'money', ['rupiah', 'idr']),
  u('MYR', 'money', ['ringgit', 'myr']),
  u('THB', 'money', ['baht', 'thb']),
  u('PHP', 'money', ['philippine pesos']),
  u('MXN', 'money', ['pesos', 'peso', 'mexican pesos', 'mxn']),
  u('RUB', 'money', ['roubles', 'rubles', 'rouble', 'ruble']),
  u('UAH', 'money', ['hryvnias', 'hryvnia', 'uah']),
  u('ILS', 'money', ['shekels', 'shekel', 'new shekels', 'ils']),
  u('DKK', 'money', ['danish crowns', 'danish kroner', 'danish krone', 'dkk']),
  u('SEK', 'money', ['swedish crowns', 'swedish kronor', 'kronor', 'sek']),
  u('NOK', 'money', ['norwegian crowns', 'norwegian kroner', 'kroner', 'nok']),
  u('CHF', 'money', ['swiss francs', 'francs', 'chf']),
  u('TRY', 'money', ['lira', 'liras', 'turkish lira']),
  u('ZAR', 'money', ['rand', 'zar']),
  u('NGN', 'money', ['naira', 'ngn']),
  u('AED', 'money', ['dirhams', 'dirham', 'aed']),
  u('SAR', 'money', ['riyals', 'riyal']),
  u('VND', 'money', ['dong', 'vnd']),
  u('BRL', 'money', ['reais', 'brl']),
  u('BTC', 'money', ['bitcoins', 'bitcoin', 'btc']),
  u('cent', 'money', ['cents', 'cent']),
  u('penny', 'money', ['pence', 'p']),
  u('sen', 'money', ['sen']),
];

/** Currency marks written before a number ("$", "US$", "£", "RM"); matched case-sensitively. */
export const CURRENCY_PREFIXES: Array<[string, string]> = [
  ['$', 'USD'], ['US$', 'USD'], ['US $', 'USD'], ['$US', 'USD'], ['U.S.$', 'USD'], ['USD', 'USD'], ['USD ', 'USD'],
  ['A$', 'AUD'], ['A $', 'AUD'], ['AU$', 'AUD'], ['AU $', 'AUD'], ['$A', 'AUD'], ['AUD', 'AUD'],
  ['NZ$', 'NZD'], ['NZ $', 'NZD'], ['C$', 'CAD'], ['C $', 'CAD'], ['CA$', 'CAD'], ['CAD', 'CAD'],
  ['HK$', 'HKD'], ['HK $', 'HKD'], ['S$', 'SGD'], ['S $', 'SGD'], ['SG$', 'SGD'], ['NT$', 'TWD'], ['R$', 'BRL'],
  ['£', 'GBP'], ['GBP', 'GBP'], ['€', 'EUR'], ['EUR', 'EUR'], ['¥', 'JPY'], ['JPY', 'JPY'], ['Y=', 'JPY'],
  ['₩', 'KRW'], ['KRW', 'KRW'], ['₹', 'INR'], ['INR', 'INR'], ['Rs', 'INR'], ['Rs.', 'INR'], ['₽', 'RUB'],
  ['₺', 'TRY'], ['₪', 'ILS'], ['₦', 'NGN'], ['RM', 'MYR'], ['CNY', 'CNY'], ['RMB', 'CNY'], ['CHF', 'CHF'],
  // "PS" is how "£" survives some ASCII conversions of news text ("PS8.1bn"); only taken glued to the number.
  ['PS', 'GBP'],
  // "euro22 billion": how AP's plain-text copy writes "€22 billion"; only taken glued to the number.
  ['euro', 'EUR'],
];

/** Prefix forms that must touch the number. */
export const GLUED_ONLY_PREFIXES = new Set(['PS', 'Rs', 'S$', 'A$', 'C$', 'R$', 'euro']);

/** Counted nouns with a class of their own; other plural nouns after a number count as `count`. */
export const NOUN_CLASSES: Array<[UnitClass, string[]]> = [
  ['persons', [
    'people', 'persons', 'person', 'troops', 'soldiers', 'soldier', 'members', 'officers', 'officer', 'civilians', 'fighters',
    'personnel', 'forces', 'servicemen', 'servicemembers', 'commandos', 'marines', 'sailors', 'pilots', 'mercenaries',
    'conscripts', 'recruits', 'reservists', 'volunteers', 'militants', 'insurgents', 'rebels', 'police', 'policemen',
    'officials', 'diplomats', 'journalists', 'doctors', 'nurses', 'teachers', 'workers', 'employees', 'staff', 'staffers',
    'residents', 'refugees', 'migrants', 'children', 'kids', 'women', 'men', 'man', 'woman', 'students', 'patients',
    'victims', 'casualties', 'deaths', 'dead', 'prisoners', 'hostages', 'detainees', 'voters', 'users', 'followers', 'fans',
    'customers', 'pensioners', 'adults', 'citizens', 'nationals', 'tourists', 'visitors', 'passengers', 'inhabitants',
    'households', 'families', 'deputies', 'lawmakers', 'delegates', 'spectators', 'subscribers', 'players', 'athletes',
    'protesters', 'demonstrators', 'survivors', 'infantry', 'guards', 'specialists', 'engineers', 'advisers', 'advisors',
    'instructors', 'cadets', 'laborers', 'labourers', 'miners', 'farmers', 'applicants', 'participants', 'respondents',
    // People as local news counts them: by age, sex, kin and what they were doing.
    'teens', 'teenagers', 'juveniles', 'youths', 'minors', 'adolescents', 'boys', 'girls', 'toddlers',
    'infants', 'babies', 'individuals', 'bystanders', 'pedestrians', 'motorists', 'drivers', 'neighbors', 'neighbours',
    'relatives', 'siblings', 'brothers', 'sisters', 'sons', 'daughters', 'friends', 'patrons', 'partygoers', 'guests',
    'shoppers', 'inmates', 'firefighters', 'troopers', 'agents', 'attendees', 'mourners', 'worshippers', 'worshipers',
    'parishioners', 'suspects', 'gunmen', 'robbers', 'attackers', 'assailants', 'shooters', 'occupants', 'crew members',
  ]],
  ['munitions', [
    'shells', 'artillery shells', 'missiles', 'ballistic missiles', 'cruise missiles', 'rockets', 'drones', 'bombs',
    'mortars', 'grenades', 'warheads', 'munitions', 'projectiles', 'bullets', 'rounds', 'mines', 'torpedoes',
    'interceptors', 'cartridges', 'pellets', 'slugs',
  ]],
  ['equipment', [
    'tanks', 'howitzers', 'jets', 'fighter jets', 'aircraft', 'planes', 'helicopters', 'warships', 'ships', 'submarines',
    'vessels', 'vehicles', 'armoured vehicles', 'armored vehicles', 'launchers', 'rifles', 'guns', 'weapons', 'satellites',
    'firearms', 'handguns', 'pistols', 'shotguns',
  ]],
];
