/*
 * Small word lists that classify capitalised names without a tagger (compromise would take
 * ~400 ms to load and ~100 ms per 1,000 words, over the whole per-story budget).
 */
import { NATIONALITY_WORDS } from './nationalities.js'

const COUNTRIES = `Afghanistan Albania Algeria Andorra Angola Argentina Armenia Australia Austria Azerbaijan Bahamas Bahrain
Bangladesh Barbados Belarus Belgium Belize Benin Bhutan Bolivia Bosnia Botswana Brazil Brunei Bulgaria Burkina Faso Burundi
Cambodia Cameroon Canada Chad Chile China Colombia Comoros Congo Croatia Cuba Cyprus Czechia Denmark Djibouti Dominica Ecuador
Egypt Eritrea Estonia Eswatini Ethiopia Fiji Finland France Gabon Gambia Georgia Germany Ghana Greece Grenada Guatemala Guinea
Guyana Haiti Honduras Hungary Iceland India Indonesia Iran Iraq Ireland Israel Italy Jamaica Japan Jordan Kazakhstan Kenya
Kiribati Kosovo Kuwait Kyrgyzstan Laos Latvia Lebanon Lesotho Liberia Libya Liechtenstein Lithuania Luxembourg Madagascar
Malawi Malaysia Maldives Mali Malta Mauritania Mauritius Mexico Micronesia Moldova Monaco Mongolia Montenegro Morocco
Mozambique Myanmar Burma Namibia Nauru Nepal Netherlands Nicaragua Niger Nigeria Norway Oman Pakistan Palau Palestine Panama
Paraguay Peru Philippines Poland Portugal Qatar Romania Russia Rwanda Samoa Senegal Serbia Seychelles Singapore Slovakia
Slovenia Somalia Spain Sudan Suriname Sweden Switzerland Syria Taiwan Tajikistan Tanzania Thailand Togo Tonga Tunisia Turkey
Türkiye Turkmenistan Tuvalu Uganda Ukraine Uruguay Uzbekistan Vanuatu Venezuela Vietnam Yemen Zambia Zimbabwe Crimea Gaza Tibet
Xinjiang Hong Kong Macau Europe Asia Africa Antarctica Oceania Eurasia Americas Arctic Balkans Caucasus Scandinavia`

const MULTI_WORD_PLACES = [
  'United States', 'United Kingdom', 'South Africa', 'South Korea', 'North Korea', 'New Zealand', 'Saudi Arabia', 'Sri Lanka',
  'Costa Rica', 'El Salvador', 'Ivory Coast', 'Czech Republic', 'Dominican Republic', 'Papua New Guinea', 'East Timor',
  'Timor-Leste', 'South Sudan', 'Central African Republic', 'Middle East', 'Southeast Asia', 'South Asia', 'East Asia',
  'Central Asia', 'Latin America', 'North America', 'South America', 'Western Europe', 'Eastern Europe', 'West Bank',
  'Indo-Pacific', 'Asia-Pacific', 'New York', 'Los Angeles', 'San Francisco', 'New Delhi', 'Ho Chi Minh City', 'Hong Kong',
  'Kuala Lumpur', 'Buenos Aires', 'Rio de Janeiro', 'Sao Paulo', 'Tel Aviv', 'Abu Dhabi', 'Mexico City', 'Cam Ranh',
  'Da Nang', 'St. Petersburg', 'Saint Petersburg', 'Soviet Union', 'Persian Gulf',
]

const CITIES = `Washington Moscow Beijing Hanoi London Paris Berlin Tokyo Seoul Pyongyang Taipei Manila Jakarta Bangkok Singapore
Canberra Sydney Ottawa Brussels Kyiv Kiev Minsk Warsaw Rome Madrid Lisbon Vienna Prague Budapest Athens Ankara Istanbul
Tehran Baghdad Damascus Beirut Jerusalem Cairo Riyadh Dubai Doha Kabul Islamabad Delhi Mumbai Dhaka Yangon Naypyidaw
Vientiane Phnom Penh Shanghai Shenzhen Guangzhou Haiphong Hue Osaka Geneva Zurich Stockholm Oslo Helsinki Copenhagen
Amsterdam Dublin Edinburgh Chicago Boston Houston Miami Seattle Nairobi Lagos Johannesburg Brasilia Caracas Havana Bogota
Lima Santiago Kremlin Vladivostok Novosibirsk Kazan Odesa Odessa Kharkiv Donbas Donetsk Luhansk Sevastopol Hainan Guam Okinawa
Munich Frankfurt Hamburg Milan Barcelona Marseille Lyon Toronto Montreal Vancouver Melbourne Auckland Karachi Lahore Kolkata Chennai Bangalore Hyderabad Chongqing Wuhan Tianjin Hanoi Hawaii Alaska California Texas Florida Virginia Brooklyn Manhattan`

/** Single-word and multi-word place names, lower case. */
export const PLACES: ReadonlySet<string> = new Set([
  ...COUNTRIES.split(/\s+/u),
  ...CITIES.split(/\s+/u),
  ...MULTI_WORD_PLACES,
].map((name) => name.toLowerCase()))

/** A name ending in one of these is a place: "South China Sea", "Quang Ninh Province". */
export const PLACE_MARKERS: ReadonlySet<string> = new Set(
  ['sea', 'ocean', 'river', 'province', 'city', 'island', 'islands', 'strait', 'gulf', 'bay', 'mountains', 'valley', 'peninsula',
    'region', 'palace', 'square', 'bridge', 'tunnel', 'point', 'hall', 'street', 'road', 'avenue', 'park', 'station', 'harbour',
    'pier', 'dam', 'canal', 'highway', 'square', 'plaza', 'stadium', 'arena', 'cathedral', 'terminal', 'county', 'district', 'lake', 'harbor', 'harbour', 'port', 'airport', 'base', 'oblast', 'territory', 'desert'],
)

/** A name opening with one of these is a place: "Port Aldmere", "Mount Kenya", "Lake Tahoe". */
export const PLACE_PREFIXES: ReadonlySet<string> = new Set(['port', 'mount', 'mt', 'lake', 'cape', 'fort', 'isle', 'gulf', 'san', 'santa', 'saint', 'st'])

/** A name holding one of these is an organisation: "Ministry of Defense", "Vietnam People's Army". */
export const ORGANIZATION_MARKERS: ReadonlySet<string> = new Set(
  ['ministry', 'department', 'agency', 'company', 'corporation', 'corp', 'inc', 'ltd', 'llc', 'plc', 'group', 'bank', 'party',
    'army', 'navy', 'force', 'forces', 'guard', 'council', 'commission', 'committee', 'university', 'institute', 'times', 'post',
    'news', 'journal', 'association', 'union', 'organization', 'organisation', 'office', 'administration', 'congress', 'senate',
    'parliament', 'assembly', 'court', 'fund', 'foundation', 'airlines', 'airways', 'industries', 'holdings', 'technologies',
    'systems', 'center', 'centre', 'service', 'services', 'police', 'academy', 'federation', 'exchange', 'reuters', 'bloomberg',
    'tribune', 'herald', 'gazette', 'telegraph', 'guardian', 'press', 'media', 'network', 'television', 'radio', 'club',
    'alliance', 'coalition', 'bureau', 'authority', 'directorate', 'secretariat', 'politburo', 'cabinet', 'government', 'school',
    'college', 'hospital', 'airline', 'motors', 'energy', 'petroleum', 'oil', 'gas', 'shipyard', 'shipbuilding', 'aviation',
    'aerospace', 'defense', 'defence', 'electronics', 'consortium', 'enterprise', 'enterprises', 'partners', 'capital', 'labs',
    'nations', 'house', 'command', 'engineering', 'marine', 'construction', 'consulting', 'logistics', 'shipping', 'associates',
    'solutions', 'trust', 'laboratories', 'pharmaceuticals', 'insurance', 'ventures', 'studios', 'communications', 'telecom',
    'railways', 'railway', 'transit', 'works', 'mills', 'steel', 'foods', 'brands', 'partnership', 'society', 'league', 'institution', 'brigade', 'division', 'regiment', 'fleet', 'kremlin', 'pentagon', 'rosoboronexport', 'rostec',
    'museum', 'gallery', 'library', 'theatre', 'theater', 'orchestra', 'zoo', 'church', 'cathedral', 'mosque', 'temple', 'prison',
    'ledger', 'courier', 'chronicle', 'observer', 'digest', 'wire', 'daily', 'weekly', 'magazine', 'standard',
    'express', 'mirror', 'monitor', 'bulletin', 'dispatch', 'examiner', 'inquirer', 'sentinel'],
)

/** Organisation markers that name a line of business, not a body: "aerospace", "steel". */
export const SECTORS: ReadonlySet<string> = new Set(
  ['media', 'energy', 'petroleum', 'oil', 'gas', 'shipbuilding', 'aviation', 'aerospace', 'defense', 'defence', 'electronics',
    'engineering', 'marine', 'construction', 'consulting', 'logistics', 'shipping', 'pharmaceuticals', 'insurance', 'telecom', 'steel',
    'foods', 'technologies', 'industries', 'motors', 'television', 'radio', 'communications'].filter((word) => ORGANIZATION_MARKERS.has(word)),
)

/** A name holding one of these is neither person nor place: "Cold War", "Paris Agreement", "Defense Expo". */
export const OTHER_MARKERS: ReadonlySet<string> = new Set(
  ['war', 'summit', 'treaty', 'act', 'agreement', 'accord', 'accords', 'expo', 'day', 'olympics', 'cup', 'festival', 'conference',
    'forum', 'prize', 'award', 'protocol', 'doctrine', 'plan', 'program', 'programme', 'operation', 'initiative', 'strategy',
    'revolution', 'crisis', 'election', 'elections', 'games', 'show', 'exhibition', 'dialogue', 'declaration', 'charter', 'law',
    'bill', 'report', 'index', 'class', 'championship', 'championships', 'awards', 'prix', 'masters', 'series', 'trophy', 'tournament',
    'marathon', 'derby', 'league', 'season', 'final', 'finals', 'open'],
)

/**
 * Titles before a name. They make the name a person and stay out of its key:
 * "Maj. Gen. Tran Van Minh" → "Tran Van Minh", "Prime Minister Pham Minh Chinh" → "Pham Minh Chinh".
 */
export const TITLES: ReadonlySet<string> = new Set(
  ['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'president', 'vice', 'prime', 'minister',
    'deputy', 'secretary', 'general', 'gen', 'lt', 'lieutenant', 'col', 'colonel', 'maj', 'major', 'adm', 'admiral', 'capt',
    'captain', 'cmdr', 'commander', 'sgt', 'sergeant', 'senator', 'sen', 'rep', 'representative', 'gov', 'governor', 'mayor',
    'ambassador', 'chancellor', 'king', 'queen', 'prince', 'princess', 'pope', 'chairman', 'chairwoman', 'chair', 'director',
    'judge', 'justice', 'chief', 'premier', 'speaker', 'envoy', 'spokesman', 'spokeswoman', 'spokesperson', 'former', 'acting',
    'foreign', 'defense', 'defence', 'trade', 'finance', 'interior', 'state', 'party', 'leader', 'sheikh', 'emir', 'ceo',
    'brig', 'marshal', 'attorney', 'analyst', 'councilor', 'treasurer', 'commissioner', 'superintendent', 'inspector', 'detective',
    'sheriff', 'dean', 'bishop', 'archbishop', 'cardinal', 'rabbi', 'imam', 'coach', 'congressman', 'congresswoman', 'alderman',
    'magistrate', 'city', 'county', 'district', 'regional', 'municipal', 'provincial', 'professor', 'founder', 'executive', 'officer', 'head', 'councillor', 'reverend', 'rev',
    // "Author JK Rowling", "Striker Harry Kane": an occupation opening a sentence before a name.
    'author', 'novelist', 'actor', 'actress', 'singer', 'rapper', 'striker', 'midfielder', 'defender', 'goalkeeper',
    'manager', 'boss', 'skipper', 'winger', 'keeper',
    // Titles written as initials: "PM Boris Johnson", "the MP said".
    'pm', 'mp', 'msp', 'mep'],
)

/** The title words that end a title ("Defense Minister", "Secretary"): a name after them is a person. */
export const TITLE_HEADS: ReadonlySet<string> = new Set(
  ['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'president', 'minister', 'secretary', 'general', 'gen',
    'councillor', 'councilor', 'treasurer', 'commissioner', 'superintendent', 'inspector', 'detective', 'sheriff', 'dean',
    'bishop', 'archbishop', 'cardinal', 'rabbi', 'imam', 'coach', 'congressman', 'congresswoman', 'alderman', 'magistrate',
    'lt', 'lieutenant', 'col', 'colonel', 'maj', 'major', 'adm', 'admiral', 'capt', 'captain', 'cmdr', 'commander', 'sgt',
    'sergeant', 'senator', 'sen', 'rep', 'representative', 'gov', 'governor', 'mayor', 'ambassador', 'chancellor', 'king', 'queen',
    'prince', 'princess', 'pope', 'chairman', 'chairwoman', 'director', 'judge', 'justice', 'premier', 'speaker', 'envoy',
    'spokesman', 'spokeswoman', 'sheikh', 'emir', 'ceo', 'brig', 'marshal', 'leader', 'chief', 'rev', 'reverend',
    'author', 'novelist', 'actor', 'actress', 'singer', 'rapper', 'striker', 'midfielder', 'defender', 'goalkeeper',
    'manager', 'boss', 'skipper', 'winger', 'keeper', 'pm', 'mp', 'msp', 'mep'],
)

/** Initials of common nouns ("TV", "DNA", "CCTV"): written in capitals, but naming nothing a story could change. */
export const COMMON_ACRONYMS: ReadonlySet<string> = new Set(
  ['tv', 'dna', 'cctv', 'gp', 'vat', 'gdp', 'ceo', 'cfo', 'coo', 'ufo', 'pc', 'atm', 'suv', 'dj', 'ok', 'iq', 'pr', 'hr', 'ai', 'dvd', 'cd', 'gps', 'sms', 'pin', 'ivf', 'mri', 'icu'],
)

/** Capitalised words that open sentences or titles but never name anything by themselves. */
export const NOT_NAMES: ReadonlySet<string> = new Set(
  ['i', 'instead', 'however', 'meanwhile', 'still', 'yet', 'also', 'now', 'then', 'today', 'yesterday', 'tomorrow', 'here', 'there',
    'western', 'eastern', 'northern', 'southern', 'communist', 'soviet', 'national', 'federal', 'international', 'state',
    'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mr', 'mrs', 'ms', 'dr', 'sept',
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec', 'spring', 'summer', 'autumn', 'winter',
    'according', 'despite', 'although', 'though', 'while', 'after', 'before', 'since', 'because', 'unlike', 'like', 'as', 'if',
    'several', 'many', 'most', 'some', 'few', 'both', 'each', 'every', 'all', 'such', 'other', 'another', 'one', 'two', 'three',
    'last', 'next', 'early', 'late', 'later', 'earlier', 'mid', 'ph', 'newly', 'leaked', 'further', 'following', 'observers', 'officials', 'analysts', 'experts', 'critics', 'sources', 'documents',
    'former', 'ex', 'click', 'watch', 'read', 'see', 'but', 'and', 'so', 'or',
    // Subordinators that open a sentence before a title: "When President X visited…".
    'when', 'whenever', 'where', 'wherever', 'whether', 'until', 'unless', 'whereas', 'whilst', 'during', 'amid'],
)

/**
 * Nationality words: "Vietnamese officials", "Russian President X" — not names themselves. Those
 * that name a country come from nationalities.ts; here, those that name none (a region, a
 * direction, a language, a people of more than one state).
 */
const NATIONALITY_WORDS_WITHOUT_COUNTRY = `korean english palestinian burmese laotian african south-african european asian arab nordic
  georgian western eastern northern southern englishman englishwoman frenchmen englishmen scotsmen welshmen irishmen dutchmen`

export const DEMONYMS: ReadonlySet<string> = new Set([
  ...[...NATIONALITY_WORDS.filter((word) => !word.includes(' ')), ...NATIONALITY_WORDS_WITHOUT_COUNTRY.split(/\s+/u).filter(Boolean)].flatMap((word) => [word, `${word}s`]),
  ...NATIONALITY_WORDS.filter((word) => word.includes(' ')),
  ...['latin american', 'southeast asian', 'middle eastern', 'north koreans', 'south koreans'],
])
