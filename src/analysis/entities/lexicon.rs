//! Compact word tables for entity typing: given names, places, demonyms, organisation and
//! facility heads, titles and common capitalised words.
//!
//! The tables are plain `&str` consts (about 17 KB of text in the binary) folded once into
//! one hash map by [`lookup`], so each word costs one hash probe.
//!
//! ```
//! use article_explorer::analysis::entities::lexicon::{lookup, PLACE, FIRST_NAME};
//! assert!(lookup("Japan") & PLACE != 0);
//! assert!(lookup("Vladimir") & FIRST_NAME != 0);
//! ```

use std::collections::HashMap;
use std::sync::OnceLock;

/// A common given name ("Donald", "Mary", "Vladimir").
pub const FIRST_NAME: u16 = 1;
/// A country, region, state, continent or major city, or a multi-word one ("New York").
pub const PLACE: u16 = 1 << 1;
/// An adjective or noun of nationality ("Russian", "Japanese").
pub const DEMONYM: u16 = 1 << 2;
/// A word that heads an organisation's name ("Ministry", "Institute", "Inc").
pub const ORG_HEAD: u16 = 1 << 3;
/// A word that heads a facility or geographic name ("Plant", "River", "Airport").
pub const PLACE_HEAD: u16 = 1 << 4;
/// A title before a person's name ("President", "Gen", "Mr").
pub const TITLE: u16 = 1 << 5;
/// A word that modifies a title ("Prime", "Foreign", "Vice").
pub const TITLE_MOD: u16 = 1 << 6;
/// A common capitalised word that is not a name on its own ("The", "However", "He").
pub const STOP: u16 = 1 << 7;
/// A month or weekday name (dates are the timex module's business).
pub const CALENDAR: u16 = 1 << 8;
/// A word that starts a geographic name ("Mount", "Lake", "Gulf").
pub const PLACE_PREFIX: u16 = 1 << 9;
/// A well-known organisation written as a plain word ("Reuters", "Google").
pub const ORG: u16 = 1 << 10;
/// A word that starts an organisation's name ("Air" in "Air France").
pub const ORG_START: u16 = 1 << 11;
/// The surname of a person famous enough to be named by it alone ("Obama", "Putin").
pub const SURNAME: u16 = 1 << 13;
/// A word that heads the name of an event, law, award or work ("Cold War", "Paris Agreement").
pub const OTHER_HEAD: u16 = 1 << 12;
/// A word that, last in a name, marks an organisation or a public programme ("Social
/// Security", "Western Journalism") but, unlike a head word, joins no names around it
/// ("Medicare and Social Security" are two).
pub const ORG_TAIL: u16 = 1 << 14;
/// A US state's two-letter postal code ("VA", "NY"): a place only after a town and a
/// comma ("Lynchburg, VA"), since alone most are acronyms or words ("the VA", "OK").
pub const STATE_CODE: u16 = 1 << 15;

/// Given names common in news, across languages.
const FIRST_NAMES: &str = "Aaron Abdul Abdullah Abe Adam Adrian Ahmad Ahmed Akira Alan Albert Alberto Alex Alexander \
Alexandra Alexei Alexey Ali Alice Alicia Alison Amanda Amy Ana Anders Andrea Andreas Andrei Andrew Andrzej Angela Angelina \
Ann Anna Anne Annie Anthony Antonio Antony Arnold Arthur Ashley Ban Barack Barbara Benjamin Bernard Bernie Beth Betty \
Bill Billy Bob Bobby Boris Brad Bradley Brandon Brian Bruce Bruno Carl Carlos Carly Carol Caroline Catherine Charles Charlie \
Chen Cheng Chris Christian Christina Christine Christopher Claire Claude Claudia Colin Craig Dan Daniel Danny Dave David \
Dean Deborah Dennis Diana Diane Dick Dmitry Dmitri Donald Donna Doug Douglas Edward Elena Elizabeth Ellen Emily Emma \
Emmanuel Eric Erik Ernest Eugene Evan Fatima Felipe Fernando Francesco Francis Francisco Frank Franz Fred Frederick \
Fumio Gary George Georg Gerald Gerhard Giorgia Giovanni Glenn Gordon Grace Greg Gregory Guillermo Hamid Hannah Hans \
Harold Harry Hassan Heather Heinz Helen Henry Hiroshi Hillary Howard Hugo Hussein Ian Igor Ivan Jack Jacob Jacques \
James Jan Jane Janet Jason Javier Jean Jeff Jeffrey Jennifer Jens Jeremy Jerry Jessica Jim Jimmy Joan Joe Johann John \
Johnny Jon Jonathan Jorge Jose José Joseph Josh Joshua Juan Judith Julia Julian Julie Justin Kamala Karen Karl Kate \
Katherine Kathleen Keir Keith Kelly Ken Kenneth Kevin Kim Kimberly Kirk Klaus Kofi Kurt Larry Laura Lauren Lee Leo \
Leonid Li Linda Lisa Liu Liz Louis Lucas Luis Luiz Maria Marie Marine Mario Mark Marco Martin Mary Matt Matthew \
Maurice Max Megan Melissa Michael Michel Michelle Miguel Mike Mikhail Mitch Mohamed Mohammad Mohammed Muhammad Nancy \
Naomi Naoto Narendra Natalia Nathan Neil Nicholas Nick Nicola Nicolas Nikita Nikolai Noah Olaf Olga Oliver Olivia Omar \
Oscar Pablo Pamela Patricia Patrick Paul Paula Pedro Pete Peter Petr Philip Philippe Pierre Rachel Rafael Ralph Ramon \
Raul Ray Raymond Rebecca Recep Richard Rick Rishi Rob Robert Roberto Robin Roger Ron Ronald Rose Ruth Ryan Sam Samuel \
Sandra Sarah Scott Sean Sebastian Sergei Sergey Shinzo Shigeru Silvio Simon Sophie Stephen Steve Steven Susan Taro \
Ted Teresa Theresa Thomas Tim Timothy Tom Tony Ursula Valerie Victor Victoria Vincent Vladimir Volodymyr Walter Wang \
Wei William Xi Yasuo Yoshihide Yuki Yuri Zhang Joan Hamdullah Dean Nick Alexei Kamal Olena Yulia Emmanuel Justin \
Beverly Blair Holly Lily Molly Sally Shelly";

/// Countries, regions, continents, US states and major cities (multi-word ones with spaces).
const PLACES: &str = "Afghanistan|Africa|Alabama|Alaska|Albania|Algeria|America|Americas|Amsterdam|Angola|\
Ankara|Antarctica|Arctic|Argentina|Arizona|Arkansas|Armenia|Asia|Athens|Atlanta|Atlantic|Australia|Austria|Azerbaijan|\
Baghdad|Bahrain|Baltimore|Bangkok|Bangladesh|Barcelona|Beijing|Beirut|Belarus|Belgium|Berlin|Bolivia|Bosnia|Boston|\
Brazil|Britain|Brussels|Budapest|Buenos Aires|Bulgaria|Cairo|California|Cambodia|Cameroon|Canada|Caribbean|Chechnya|\
Chicago|Chile|China|Colombia|Colorado|Connecticut|Crimea|Croatia|Cuba|Cyprus|Czech Republic|Czechia|Dallas|Damascus|\
Delaware|Delhi|Denmark|Detroit|Donbas|Donetsk|Dubai|Dublin|Ecuador|Edinburgh|Egypt|England|Estonia|Ethiopia|Eurasia|\
Europe|Finland|Florida|France|Frankfurt|Fukushima|Gaza|Geneva|Georgia|Germany|Ghana|Greece|Greenland|Guatemala|Haiti|\
Havana|Hawaii|Helsinki|Hiroshima|Hokkaido|Honduras|Hong Kong|Houston|Hungary|Iceland|Idaho|Illinois|India|Indiana|\
Indonesia|Iowa|Iran|Iraq|Ireland|Israel|Istanbul|Italy|Jakarta|Jamaica|Japan|Jerusalem|Jordan|Kabul|Kansas|Kazakhstan|\
Kentucky|Kenya|Kharkiv|Kherson|Kyiv|Kiev|Korea|Kosovo|Kuwait|Kyoto|Kyrgyzstan|Laos|Latvia|Lebanon|Libya|Lisbon|\
Lithuania|London|Los Angeles|Louisiana|Luhansk|Luxembourg|Madrid|Maine|Malaysia|Mali|Malta|Manchester|Manhattan|\
Manila|Maryland|Massachusetts|Mexico|Miami|Michigan|Milan|Minnesota|Mississippi|Missouri|Moldova|Mongolia|Montana|\
Montenegro|Montreal|Morocco|Moscow|Mozambique|Mumbai|Munich|Myanmar|Nagasaki|Nebraska|Nepal|Netherlands|Nevada|\
New Delhi|New Hampshire|New Jersey|New Mexico|New York|New Zealand|Nicaragua|Niger|Nigeria|North America|\
North Carolina|North Dakota|North Korea|Norway|Odesa|Odessa|Ohio|Okinawa|Oklahoma|Oman|Ontario|Oregon|Osaka|\
Pacific|Pakistan|Palestine|Panama|Paraguay|Paris|Pennsylvania|Persia|Peru|Philadelphia|Philippines|Poland|Portugal|\
Prague|Pyongyang|Qatar|Quebec|Rhode Island|Riyadh|Romania|Rome|Russia|Rwanda|San Francisco|Saudi Arabia|Scotland|\
Seattle|Senegal|Seoul|Serbia|Shanghai|Siberia|Singapore|Slovakia|Slovenia|Somalia|South Africa|South America|\
South Carolina|South Dakota|South Korea|Spain|Sri Lanka|Stockholm|Sudan|Sweden|Switzerland|Sydney|Syria|Taipei|\
Taiwan|Tajikistan|Tanzania|Tehran|Tel Aviv|Tennessee|Texas|Thailand|Tibet|Tokyo|Toronto|Tunisia|Turkey|Türkiye|\
Turkmenistan|Uganda|UK|U.K.|Ukraine|United Arab Emirates|United Kingdom|United States|United States of America|\
Uruguay|US|U.S.|USA|U.S.A.|Utah|Uzbekistan|Vancouver|Venezuela|Vermont|Vienna|Vietnam|Virginia|Wales|Warsaw|\
Washington|Washington D.C.|West Bank|West Virginia|Wisconsin|Wuhan|Wyoming|Yemen|Yokohama|Zambia|Zaporizhzhia|\
Zimbabwe|Middle East|Eastern Europe|Western Europe|Latin America|Southeast Asia|East Asia|Central Asia|Kursk|\
Belgorod|Mariupol|Bakhmut|Sevastopol|Lviv|Dnipro|Minsk|Tbilisi|Baku|Yerevan|Taiwan Strait|Sapporo|Nagoya|Fukuoka|\
Guangzhou|Shenzhen|Hanoi|Karachi|Lahore|Islamabad|Kolkata|Chennai|Bangalore|Ottawa|Melbourne|Auckland|Lagos|Nairobi|\
Johannesburg|Cape Town|Rio de Janeiro|Sao Paulo|São Paulo|Lima|Bogota|Caracas|Santiago|Mexico City|Puerto Rico|\
Oakland|Denver|Phoenix|Austin|Portland|Las Vegas|\
South|Midwest|Northeast|Southwest|Southeast|Northwest|Deep South|Rust Belt|Sun Belt|Bible Belt|\
Orlando|Cleveland|Tampa|Milwaukee|Pittsburgh|Des Moines|Sandy Hook|Cincinnati|Louisville|Nashville|Memphis|\
Indianapolis|St. Louis|Kansas City|Minneapolis|Sacramento|San Diego|San Antonio|San Jose|Jacksonville|Fort Worth|\
El Paso|Albuquerque|Tucson|Omaha|Raleigh|New Orleans|Salt Lake City|Honolulu|Anchorage|Newark|Baton Rouge|\
Little Rock|Boise|Santa Fe|Flint|San Bernardino|Tallahassee|Sarasota|Fort Lauderdale|Palm Beach|Brooklyn|Hollywood|Silicon Valley|Wall Street|White House|Heathrow|Downing Street|Capitol Hill|Scandinavia|Balkans|\
Gulf|Kashmir|Darfur|Ohio|Iowa|Dover|Oxford|Cambridge|Liverpool|Glasgow|Belfast|Cardiff|Marseille|Lyon|Hamburg|Cologne|\
Zurich|Oslo|Copenhagen|Jeddah|Mecca|Tripoli|Benghazi|Mosul|Aleppo|Homs|Idlib|Kandahar|Herat|Christchurch|Brisbane|\
Perth|Adelaide|Texas|D.C.|Ala.|Ariz.|Ark.|Calif.|Colo.|Conn.|Del.|Fla.|Ga.|Ill.|Ind.|Kan.|Ky.|La.|Md.|Mass.|Mich.|\
Minn.|Miss.|Mo.|Mont.|Neb.|Nev.|N.H.|N.J.|N.M.|N.Y.|N.C.|N.D.|Okla.|Ore.|Pa.|R.I.|S.C.|S.D.|Tenn.|Va.|Vt.|Wash.|W.Va.|\
Wis.|Wisc.|Wyo.|Tex.";

/// Nationality words, each paired with its place ("Russian:Russia").
const DEMONYMS: &str = "Afghan:Afghanistan|African:Africa|Albanian:Albania|Algerian:Algeria|American:United States|\
Americans:United States|Argentine:Argentina|Argentinian:Argentina|Armenian:Armenia|Asian:Asia|Australian:Australia|\
Austrian:Austria|Belgian:Belgium|Bolivian:Bolivia|Brazilian:Brazil|British:United Kingdom|Bulgarian:Bulgaria|\
Cambodian:Cambodia|Canadian:Canada|Chilean:Chile|Chinese:China|Colombian:Colombia|Croatian:Croatia|Cuban:Cuba|\
Czech:Czech Republic|Danish:Denmark|Dutch:Netherlands|Egyptian:Egypt|English:England|Estonian:Estonia|\
Ethiopian:Ethiopia|European:Europe|Europeans:Europe|Filipino:Philippines|Finnish:Finland|French:France|\
Georgian:Georgia|German:Germany|Germans:Germany|Greek:Greece|Hungarian:Hungary|Indian:India|Indonesian:Indonesia|\
Iranian:Iran|Iraqi:Iraq|Irish:Ireland|Israeli:Israel|Israelis:Israel|Italian:Italy|Japanese:Japan|Jordanian:Jordan|\
Kenyan:Kenya|Korean:Korea|Kurdish:Kurdistan|Latvian:Latvia|Lebanese:Lebanon|Libyan:Libya|Lithuanian:Lithuania|\
Malaysian:Malaysia|Mexican:Mexico|Mongolian:Mongolia|Moroccan:Morocco|Nigerian:Nigeria|Norwegian:Norway|\
Pakistani:Pakistan|Palestinian:Palestine|Palestinians:Palestine|Peruvian:Peru|Polish:Poland|Portuguese:Portugal|\
Romanian:Romania|Russian:Russia|Russians:Russia|Saudi:Saudi Arabia|Scottish:Scotland|Serbian:Serbia|\
Singaporean:Singapore|Slovak:Slovakia|Somali:Somalia|Spanish:Spain|Sudanese:Sudan|Swedish:Sweden|Swiss:Switzerland|\
Syrian:Syria|Taiwanese:Taiwan|Thai:Thailand|Tibetan:Tibet|Turkish:Turkey|Ugandan:Uganda|Ukrainian:Ukraine|\
Ukrainians:Ukraine|Venezuelan:Venezuela|Vietnamese:Vietnam|Welsh:Wales|Yemeni:Yemen|Soviet:Soviet Union|\
Western:West|Eastern:East|Arab:Arabia|Arabic:Arabia|Muslim:Islam|Muslims:Islam|Christian:Christianity|\
Jewish:Israel|Sunni:Islam|Shiite:Islam|Catholic:Catholicism|Californian:California|Texan:Texas|Scandinavian:Scandinavia|\
Kurds:Kurdistan|Republican:Republican Party|Democratic:Democratic Party|Democrat:Democratic Party|Conservative:Conservative Party|\
Liberal:Liberal Party|Socialist:Socialist Party|Communist:Communist Party|Labour:Labour Party|Islamic:Islam|Nordic:Scandinavia|Baltic:Baltics|Balkan:Balkans|Caribbean:Caribbean|Latin:Latin America|\
Hispanic:Latin America|Hispanics:Latin America|Latino:Latin America|Latinos:Latin America|Latina:Latin America|Afghans:Afghanistan|Iraqis:Iraq|Iranians:Iran|Syrians:Syria|Chinese-American:United States|\
African-American:United States|Asian-American:United States|Brits:United Kingdom|Australians:Australia|\
Canadians:Canada|Mexicans:Mexico|Japanese-American:United States|Korean-American:United States|\
Southern:South|Midwestern:Midwest|Islamist:Islam|Jihadist:Islam|Evangelical:Christianity|\
Protestant:Christianity|Mormon:Mormonism|Hindu:Hinduism|Sikh:Sikhism|\
Kazakh:Kazakhstan|Turkmen:Turkmenistan|Uzbek:Uzbekistan|Kyrgyz:Kyrgyzstan|Tajik:Tajikistan|Eritrean:Eritrea|\
Azerbaijani:Azerbaijan|Azeri:Azerbaijan|Belarusian:Belarus|Moldovan:Moldova|Bosnian:Bosnia|Slovenian:Slovenia|\
Tunisian:Tunisia|Qatari:Qatar|Emirati:United Arab Emirates|Kuwaiti:Kuwait|Omani:Oman|Bahraini:Bahrain|\
Burmese:Myanmar|Nepali:Nepal|Guatemalan:Guatemala|Honduran:Honduras|Salvadoran:El Salvador|Nicaraguan:Nicaragua|\
Haitian:Haiti|Jamaican:Jamaica|Ecuadorian:Ecuador";

/// Words that head organisation names.
const ORG_HEADS: &str = "Academy Agency Airlines Airways Alliance Army Assembly Associates Association Authority Chamber Chiefs \
Bank Bancorp Board Brigade Bureau Cabinet Caucus Center Centre Church Club Coalition College Command Commission Committee \
Communications Companies Company Conference Congress Consortium Corp Corporation Council Court Department Diet Division Elementary \
Enterprises Federation Force Forces Foundation Front Fund Government Group Guard Holdings Inc Industries Institute \
Institution Journal League Ltd LLC Magazine Media Ministry Motors Movement Navy Network News Office Organisation \
Organization Parliament Partners Party Police Post Press Railways Regiment Research School \
Schools Senate Service Services Society Squad Studios Systems Team Technologies Telegraph Television Times Tribune \
Trust Union United University Works Herald Gazette Guardian Radio Broadcasting Broadcasters Laboratory Laboratories \
Labs Cooperative Federal Reserve Bundestag Duma Knesset Pentagon Kremlin Administration Secretariat Tribunal \
Commonwealth Co Co. Corp. Inc. Ltd. Group Bros Bros. Exchange Observatory Mission Police Unit Secretariat Register \
Monitor Chronicle Review Wire Agencies Fed \
Brothers Capital Management Mutual Courts Insurance Securities Investments Pharmaceuticals Motor Aircraft \
Electronics Entertainment Records Pictures Foods Petroleum Steel Telecom Software Ventures Logistics Treasury \
Directorate Project Corps Brotherhood Klan Solutions Strategies Museum Gallery Library Computer Computers";

/// Words that head facility and geographic names, premises of a business among them
/// ("Larkspur Hotel", "Maple Tavern", "Main Street Grill").
const PLACE_HEADS: &str = "Airport Avenue Bay Beach Boulevard Bridge Canal Canyon Cape Castle Cathedral Coast \
County Creek Dam Desert District Falls Forest Gate Harbor Harbour Heights Highway Hill Hills Island Islands Lake Lane \
Mountain Mountains Ocean Oblast Palace Park Peninsula Plant Plaza Port Prefecture Province Range Reactor Region River \
Road Sea Square City Stadium Station Strait Street Temple Tower Valley Village Peak Glacier Basin Reservoir Mosque Arena \
Parish Borough Township Territory Territories Republic Kingdom Emirates Shrine Memorial Bridge Base Ridge Field Hall \
Building Mall Prison Camp Hospital Refinery Mine Pipeline Terminal Facility Plains Delta Isles Archipelago Rapids Factory \
Hotel Inn Resort Casino Restaurant Grill Grille Cafe Café Diner Tavern Springs Estates Grounds Fairgrounds";

/// Words that start geographic names ("Mount Everest", "Lake Baikal", "Gulf of Mexico").
const PLACE_PREFIXES: &str = "Mount Mt Lake Gulf Port Cape Fort Ft Isle Sea Bay Strait Lac Rio Saint St San Santa Sao";

/// Titles before a person's name (abbreviations without their period).
const TITLES: &str = "President Presidents Premier Minister Secretary Chancellor King Queen Prince Princess Pope \
Emperor Empress Governor Gov Mayor Senator Sen Rep Representative Congressman Congresswoman Committeeman Committeewoman General Gen Lt Lieutenant \
Col Colonel Major Maj Captain Capt Sgt Sergeant Admiral Adm Commander Cmdr Marshal Chairman Chairwoman Chair \
Director Judge Justice Ambassador Spokesman Spokeswoman Spokesperson Mr Mrs Ms Miss Dr Prof Professor Sir Dame Lord \
Lady Rev Reverend Father Bishop Archbishop Cardinal Sheikh Emir Ayatollah Rabbi Imam Pastor CEO Officer Executive \
Coach Manager Leader Speaker Attorney Detective Inspector Superintendent Principal Chief Sheriff Commissioner Deputy Councillor \
Councilman Councilwoman Provost Chancellor Lawmaker Envoy Ambassadors Analyst Researcher Editor Correspondent \
Founder Cofounder President-elect Senator-elect Crown Mr. Mrs. Ms. Dr. Gen. Sen. Rep. Gov. Lt. Col. Capt. Sgt. \
Adm. Prof. Rev. Sister Brother Sens Reps Pres Sec";

/// Words that modify a title ("Prime Minister", "Foreign Minister", "Vice President").
const TITLE_MODS: &str = "Prime Foreign Defense Defence Vice Deputy Chief Executive Finance Interior Justice Home \
Trade Health Education Economy Energy Environment State Assistant Acting Former Senior Supreme Attorney General \
Lieutenant Secretary-General Secretary General Under Undersecretary Cabinet Opposition Majority Minority \
Press Communications Operating Financial Technology Managing Junior Associate Grand First Lady Crown Field Rear \
Staff Sergeant Major Private Special Interim Outgoing Incoming Longtime Retiring";

/// Capitalised words that are not names on their own: function words, pronouns, and
/// sentence openers common in news.
const STOPS: &str = "A About Above According Across After Afterwards Again Against Ago Ahead All Almost Along Already \
Also Although Always Amid Among An And Another Any Anyone Anything Apparently Are Around As At Back Based Be Because \
Been Before Behind Being Below Beside Besides Between Beyond Both But By Can Certainly Clearly Could Currently Despite \
Did Do Does Down During Each Earlier Either Else Even Eventually Ever Every Everyone Everything Finally First Following \
For Formerly From Further Furthermore Given Good Had Has Have He Hello Her Here Hers Herself Him Himself His How However \
I If In Including Indeed Initially Inside Instead Into Is It Its Itself Just Last Late Later Lately Less Let Like Likewise \
Many May Maybe Me Meanwhile Might Mine More Moreover Most Mostly Much Must My Myself Near Nearly Neither Never \
Nevertheless Next No Nobody None Nonetheless Nor Not Nothing Now Of Off Often Oh Ok Okay On Once One Only Onto Or \
Other Others Otherwise Our Ours Ourselves Out Outside Over Overall Perhaps Please Plus Previously Probably Rather \
Recently Regardless Same Second Several Shall She Should Similarly Since So Some Someone Something Sometimes Soon Still \
Such Than Thank Thanks That The Their Theirs Them Themselves Then There Thereafter Therefore These They Third This Those \
Though Through Throughout Thus To Today Together Tomorrow Tonight Too Toward Towards Under Unfortunately Unless Unlike \
Until Up Upon Us Very Via Was We Well Were What Whatever When Whenever Where Whereas Whether Which While Who Whoever Whom \
Whose Why Will With Within Without Would Yes Yesterday Yet You Your Yours Yourself Additionally Focusing Through Follow \
Ultimately Consequently Accordingly Importantly Notably Specifically Generally Particularly Initially Critics Officials \
Experts Analysts Police Sources Residents Witnesses Reports Image Photo Video Update Breaking Editor Note Read See \
Related Source Sources Wikinews Interview Question Answer Yeah Hi Sure Right Mister Sir Madam Internet Web Earth God \
Christmas Easter Ramadan Thanksgiving Halloween Olympics Tweet I'm I've I'll I'd I’m I’ve I’ll I’d \
Buddhist Hindu Presidential Olympic Paralympic Editing Reporting Writing \
UTC GMT EST EDT PST PDT CET USD EUR GBP JPY AUD CAD CNY Chapter Billion Million Trillion Black White \
OK DNA RNA PhD CD DVD TV GDP HIV UFO FAQ PC ID IQ USB GPS SMS LGBT CO2 COVID AM PM \
PAC PACs VP IDs NDA NDAs VAT LGBTQ MSM AIDS CEOs IPO Latest HOST MODERATOR ANNOUNCER";

/// Month and weekday names, with their abbreviations.
const CALENDARS: &str = "January February March April May June July August September October November December \
Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue \
Tues Wed Thu Thurs Fri Sat Sun Spring Summer Autumn Fall Winter";

/// Well-known organisations written without a head word ("Reuters", "Lockheed Martin"),
/// news agencies, outlets and pollsters among them ("Xinhua", "Politico", "Gallup").
const ORGS: &str = "Reuters|Google|Apple|Microsoft|Amazon|Facebook|Meta|Twitter|Tesla|Toyota|Honda|Nissan|Sony|\
Samsung|Intel|IBM|Boeing|Airbus|Ford|Chrysler|Fiat|Opel|Volkswagen|BMW|Mercedes|Nokia|Huawei|Alibaba|Tencent|Netflix|\
Disney|Walmart|Gazprom|Rosneft|Aeroflot|Hamas|Hezbollah|Taliban|Wikipedia|Wikinews|Wikimedia|Yahoo|YouTube|Uber|\
Starbucks|McDonald's|Nike|Pfizer|Moderna|AstraZeneca|Siemens|Shell|Exxon|ExxonMobil|Chevron|Greenpeace|Interpol|\
Europol|Amnesty|Kremlin|Pentagon|Congress|Parliament|Xinhua|Kyodo|Bloomberg|Yonhap|Tass|TASS|Interfax|Motorola|\
Dell|Nintendo|Hitachi|Panasonic|Toshiba|Mitsubishi|Hyundai|Kia|Renault|Peugeot|Volvo|Lufthansa|Qantas|Ryanair|\
Daimler|DaimlerChrysler|Citigroup|Barclays|HSBC|Visa|Mastercard|Oracle|Adobe|Cisco|Qualcomm|Nvidia|Spotify|\
Vodafone|Verizon|Comcast|Telstra|Unilever|Nestle|Nestlé|Embraer|Bombardier|Raytheon|Lockheed|Northrop|\
Lockheed Martin|Northrop Grumman|McDonnell Douglas|General Electric|General Dynamics|Goldman Sachs|Morgan Stanley|\
JPMorgan|Wells Fargo|Deutsche Bank|Credit Suisse|Rolls-Royce|Hewlett-Packard|Pratt & Whitney|Fox News|Al Jazeera|\
Associated Press|Der Spiegel|Le Monde|Aer Lingus|Emirates|Etihad|Cathay Pacific|OpenAI|Anthropic|SpaceX|NASA|\
Hyundai|Suzuki|Mazda|Subaru|Audi|Porsche|Ferrari|Cadillac|Chevrolet|Jeep|Dodge|Saab|Penske|Nasdaq|Dow Jones|Islamic State|Al Qaeda|al-Qaeda|Boko Haram|Wagner Group|\
Agence France-Presse|Politico|Daily Beast|Business Insider|RealClearPolitics|BuzzFeed|Axios|Breitbart|\
Drudge Report|Gallup|Quinnipiac|Univision|Telemundo|Planned Parenthood|Black Lives Matter|Real Clear Politics|\
Human Rights Watch|Judicial Watch|Cook Political Report";

/// Surnames of world figures that news names without a given name.
const SURNAMES: &str = "Trump Obama Biden Clinton Bush Reagan Carter Nixon Kennedy Lincoln Harris Pence Vance Pelosi \
McConnell Schumer Sanders Romney Cruz Rubio DeSantis Putin Medvedev Lavrov Zelensky Zelenskyy Macron Merkel Scholz \
Sunak Starmer Blair Thatcher Churchill Cameron Modi Netanyahu Erdogan Kishida Abe Suga Ishiba Xi Jinping Mao Castro \
Maduro Lula Bolsonaro Milei Orban Meloni Berlusconi Assad Khamenei Rouhani Zuckerberg Musk Bezos Gates Jobs Buffett \
Guterres Stoltenberg Rutte Lagarde Powell Yellen Blinken Kissinger Gorbachev Yeltsin Stalin Hitler Mandela Gandhi \
Francis Navalny Prigozhin Shoigu Gerasimov Kim Jong-un Duterte Marcos Widodo Yoon Moon Lukashenko Tusk Sanchez";

/// Words that end names of organisations and programmes without heading them ([`ORG_TAIL`]).
const ORG_TAILS: &str = "Security Journalism Action Campaign";

/// US state postal codes, and the District of Columbia's ([`STATE_CODE`]).
const STATE_CODES: &str = "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ \
NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC";

/// Nouns of kinship and intimacy, by the sex they tell of the person they name
/// ([`kinship`]).
const KIN_WOMEN: &str =
    "wife daughter daughters mother sister sisters granddaughter grandmother aunt niece fiancée fiancee \
girlfriend widow stepmother stepdaughter mom bride daughter-in-law mother-in-law sister-in-law";
const KIN_MEN: &str =
    "husband son sons father brother brothers grandson grandfather uncle nephew fiancé fiance boyfriend \
widower stepfather stepson dad son-in-law father-in-law brother-in-law";
const KIN_EITHER: &str = "spouse children cousin";

/// Whether `word` (lowercase) is a noun of kinship or intimacy, and the sex it tells of
/// the person it names: `Some(Some(true))` for a woman ("wife", "widow"),
/// `Some(Some(false))` for a man ("husband", "sons"), `Some(None)` for either
/// ("spouse", "cousin"). No company or place is anyone's wife, so the name it introduces
/// is a person's ("his wife, Marta,").
pub fn kinship(word: &str) -> Option<Option<bool>> {
    let has = |table: &str| table.split_whitespace().any(|w| w == word);
    if has(KIN_WOMEN) {
        Some(Some(true))
    } else if has(KIN_MEN) {
        Some(Some(false))
    } else {
        has(KIN_EITHER).then_some(None)
    }
}

/// Words that head names of events, laws, awards and works: typed OTHER.
const OTHER_HEADS: &str = "War Wars Revolution Crisis Games Cup Championship Championships Olympics Summit Election \
Elections Act Acts Treaty Agreement Accord Accords Award Awards Prize Festival Day Plan Doctrine Protocol Declaration \
Tournament Series Bowl Marathon Expo Pandemic Massacre Uprising Spring Strategy Initiative Bill Amendment Convention \
Recession Depression Show Rights";

/// Words that start organisation names ("Air France", "Banco Santander").
const ORG_STARTS: &str = "Air Banco Grupo Deutsche Club Team Radio Studio";

/// Legal-form suffixes that always end an organisation's name ("Chrysler LLC").
pub const ORG_SUFFIXES: &[&str] =
    &["Inc", "Corp", "LLC", "Ltd", "Co", "plc", "PLC", "AG", "SA", "NV", "N.V", "SpA", "GmbH", "LLP", "Bhd"];

/// The lexicon: every table folded into one map from word to flags.
fn table() -> &'static HashMap<&'static str, u16> {
    static TABLE: OnceLock<HashMap<&'static str, u16>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut m: HashMap<&'static str, u16> = HashMap::with_capacity(2048);
        let mut add = |words: &mut dyn Iterator<Item = &'static str>, flag: u16| {
            for w in words {
                *m.entry(w).or_default() |= flag;
            }
        };
        add(&mut FIRST_NAMES.split_whitespace(), FIRST_NAME);
        add(&mut PLACES.split('|'), PLACE);
        add(&mut DEMONYMS.split('|').filter_map(|p| p.split(':').next()), DEMONYM);
        add(&mut ORG_HEADS.split_whitespace(), ORG_HEAD);
        add(&mut PLACE_HEADS.split_whitespace(), PLACE_HEAD);
        add(&mut PLACE_PREFIXES.split_whitespace(), PLACE_PREFIX);
        add(&mut TITLES.split_whitespace(), TITLE);
        add(&mut TITLE_MODS.split_whitespace(), TITLE_MOD);
        add(&mut STOPS.split_whitespace(), STOP);
        add(&mut CALENDARS.split_whitespace(), CALENDAR);
        add(&mut ORGS.split('|'), ORG);
        add(&mut ORG_STARTS.split_whitespace(), ORG_START);
        add(&mut OTHER_HEADS.split_whitespace(), OTHER_HEAD);
        add(&mut SURNAMES.split_whitespace(), SURNAME);
        add(&mut ORG_TAILS.split_whitespace(), ORG_TAIL);
        add(&mut STATE_CODES.split_whitespace(), STATE_CODE);
        m
    })
}

/// The flags of `word` (0 when unknown). Multi-word places are looked up whole.
pub fn lookup(word: &str) -> u16 {
    table().get(word).copied().unwrap_or(0)
}

/// The place a nationality word refers to ("Russian" → "Russia").
pub fn demonym_place(word: &str) -> Option<&'static str> {
    DEMONYMS.split('|').find_map(|p| {
        let (d, place) = p.split_once(':')?;
        (d == word).then_some(place)
    })
}

/// Total size of the table text in bytes (reported by the evaluation).
pub fn table_bytes() -> usize {
    [
        FIRST_NAMES,
        PLACES,
        DEMONYMS,
        ORG_HEADS,
        PLACE_HEADS,
        PLACE_PREFIXES,
        TITLES,
        TITLE_MODS,
        STOPS,
        CALENDARS,
        ORGS,
        ORG_STARTS,
        OTHER_HEADS,
        SURNAMES,
        ORG_TAILS,
        STATE_CODES,
    ]
    .iter()
    .map(|t| t.len())
    .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_answer_for_news_words() {
        let cases: &[(&str, u16)] = &[
            ("Japan", PLACE),
            ("U.S.", PLACE),
            ("New York", PLACE),
            ("Russian", DEMONYM),
            ("Ministry", ORG_HEAD),
            ("Plant", PLACE_HEAD),
            ("President", TITLE),
            ("Prime", TITLE_MOD),
            ("Overall", STOP),
            ("March", CALENDAR),
            ("Donald", FIRST_NAME),
            ("Reuters", ORG),
        ];
        for &(word, flag) in cases {
            assert_ne!(lookup(word) & flag, 0, "{word}");
        }
        assert_eq!(lookup("Chinji"), 0);
        assert_eq!(demonym_place("Ukrainian"), Some("Ukraine"));
    }

    #[test]
    fn tables_hold_no_empty_entries() {
        assert!(PLACES.split('|').all(|p| !p.trim().is_empty() && p.trim() == p));
        assert!(DEMONYMS.split('|').all(|p| p.split_once(':').is_some()));
    }
}
