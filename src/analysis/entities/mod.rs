//! Named entities: people, organisations and places, with every mention and their
//! aliases merged. Rules and compact tables ([`lexicon`]), no model; linear in the text.
//!
//! How it works, in one pass over the tokens:
//!
//! 1. **Candidates** are runs of capitalised words in one sentence, joined by name
//!    particles ("de", "van", "bin") and by "of"/"for" (+ "the") after a head word
//!    ("Ministry of Defense", "National Institute for Defense Studies"). A possessive
//!    ends a run ("Japan's Ministry of Defense" → "Japan" + "Ministry of Defense"), as
//!    does a hyphen before a lowercase word ("Tokyo-based" → "Tokyo").
//! 2. **Sentence openers** are dropped: function words ("The", "Through"), and a lone
//!    first word of a sentence or quotation unless the tables, an earlier name or a
//!    capitalised use elsewhere in the article vouch for it ("Focusing", "Overall").
//!    In a title-case headline every word needs such backing ("Warren Hammers Wells
//!    Fargo" → "Warren", "Wells Fargo"). Shouted words ("THEY LOSE"), handles
//!    ("@name") and party-state tags ("D-Ohio") are not names.
//! 3. **Titles** split a run: "U.S. President Donald Trump" → place "U.S." + person
//!    "Donald Trump" (the title is in neither name). A lone nationality word
//!    ("Russian", "Japanese") is not a mention: demonyms describe, they do not name.
//! 4. **Typing** by cues, strongest first: the place and organisation tables, head words
//!    ("Ministry", "Plant", "River"), all-caps acronyms (organisations, unless a known
//!    place such as "U.S."), titles, given names, then context ("in X", "X-based",
//!    "X, 45,", "X said", "Toulouse, France"). Unknown two- and three-word names
//!    default to people, unknown single words to organisations (news names a person by
//!    surname alone only after the full name, or when famous: a short surname table
//!    covers "Obama", "Putin"). Facilities ("Zaporizhzhia Nuclear Power Plant") are
//!    places; events, laws and awards ("Cold War", "Affordable Care Act") are OTHER.
//!    Evidence adds up over all mentions of an entity, and the strongest type wins: a
//!    company's full name repeated several times ("Aer Lingus" … "Aer Lingus") is not
//!    a person's.
//! 5. **Aliases**: a later one-word mention equal to the first or last word of an earlier
//!    person's name is that person ("Heio" = "Heio Chinji", "Trump" = "Donald Trump"); a
//!    person's full name absorbs an earlier one-word mention; acronyms match the initials
//!    of an earlier organisation; "US", "U.S." and "United States" are one place.
//!
//! Entities come out ordered by first mention; `name` is the fullest form used, mentions
//! are in text order, and `aliases` holds the other surface forms. Pronouns are not
//! mentions.
//!
//! ```
//! use article_explorer::analysis::{entities::extract, sentences::split};
//! use article_explorer::model::EntityType;
//! let text = "U.S. President Donald Trump spoke with NHK in Tokyo. Trump's aides agreed.";
//! let found = extract(text, &split(text));
//! let names: Vec<(&str, EntityType)> = found.iter().map(|e| (e.name.as_str(), e.kind)).collect();
//! assert_eq!(names, [
//!     ("U.S.", EntityType::Place),
//!     ("Donald Trump", EntityType::Person),
//!     ("NHK", EntityType::Org),
//!     ("Tokyo", EntityType::Place),
//! ]);
//! assert_eq!(found[1].mentions.len(), 2);
//! ```

pub mod lexicon;

use std::collections::{HashMap, HashSet};

use crate::analysis::speakers::{is_first_name, name_female, title_female};
use crate::model::{Entity, EntityType, Mention, Sentence};
use crate::text::{is_apostrophe, line_start, tokenize, Token, TokenKind};
use lexicon::{
    demonym_place, lookup, CALENDAR, DEMONYM, FIRST_NAME, ORG, ORG_HEAD, ORG_START, ORG_SUFFIXES, ORG_TAIL, OTHER_HEAD,
    PLACE, PLACE_HEAD, PLACE_PREFIX, STATE_CODE, STOP, SURNAME, TITLE, TITLE_MOD,
};

/// Generational suffixes written as abbreviations ("Jr.", "Sr."), without their period.
const GENERATIONAL: &[&str] = &["Jr", "Sr"];

/// Lowercase words that join capitalised name words anywhere ("Charles de Gaulle").
const PARTICLES: &[&str] = &[
    "de", "del", "della", "da", "di", "du", "des", "la", "le", "van", "von", "der", "den", "ter", "al", "bin", "ibn",
    "y", "dos", "das",
];

/// Lowercase words that join name words only after a head word ("Ministry of Defense").
const HEAD_JOINERS: &[&str] = &["of", "for", "on"];

/// Head words that are also common surnames ("Jim Press", "Fred Hill").
const SURNAME_HEADS: &[&str] =
    &["Press", "Post", "Hall", "Hill", "Park", "Field", "Fields", "Banks", "Guard", "Wood", "Woods", "Marsh", "Ford"];

/// Lowercase role nouns that, just before a name, mark a person ("spokesman John Kirby").
const ROLE_NOUNS: &[&str] = &[
    "president",
    "minister",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "secretary",
    "chairman",
    "chairwoman",
    "director",
    "leader",
    "professor",
    "senator",
    "governor",
    "mayor",
    "ambassador",
    "lawyer",
    "attorney",
    "analyst",
    "researcher",
    "expert",
    "official",
    "commander",
    "chief",
    "executive",
    "ceo",
    "general",
    "captain",
    "coach",
    "manager",
    "founder",
    "author",
    "actor",
    "actress",
    "singer",
    "player",
    "judge",
    "prosecutor",
    "reporter",
    "correspondent",
    "editor",
    "economist",
    "scientist",
    "candidate",
    "nominee",
    "envoy",
    "colleague",
    "wife",
    "husband",
    "son",
    "daughter",
    "father",
    "mother",
    "brother",
    "sister",
    "lawmaker",
    "president-elect",
    "dr",
];

/// Nouns for members of a party: before a name they describe the person ("Democrat Kim
/// Myers"); in the plural they end a group's name ("House Democrats").
const PARTY_MEMBERS: &[&str] = &[
    "Democrat",
    "Dem",
    "Republican",
    "GOPer",
    "Conservative",
    "Liberal",
    "Progressive",
    "Independent",
    "Socialist",
    "Libertarian",
    "Communist",
];

/// Plural nouns for members of a people, a place or a faith that the demonym table lacks
/// in that form ("New Yorkers", "American Jews").
const MEMBER_PLURALS: &[&str] = &[
    "Yorkers",
    "Jews",
    "Evangelicals",
    "Mormons",
    "Ricans",
    "Turks",
    "Christians",
    "Catholics",
    "Protestants",
    "Muslims",
    "Hindus",
    "Sikhs",
    "Buddhists",
    "Islamists",
    "Millennials",
];

/// Whether `plural` names the people of a listed place: "Iowans", "Ohioans",
/// "Floridians", "Texans", "Bostonians".
fn residents_of_place(plural: &str) -> bool {
    let place = |stem: Option<&str>, tail: &str| stem.is_some_and(|s| lookup(&format!("{s}{tail}")) & PLACE != 0);
    place(plural.strip_suffix("ns"), "")
        || place(plural.strip_suffix("ans"), "")
        || place(plural.strip_suffix("ans"), "as")
        || place(plural.strip_suffix("ians"), "")
        || place(plural.strip_suffix("ians"), "a")
}

/// The type of a name of two or more words that ends in a plural noun for members:
/// "House Democrats" and "Log Cabin Republicans" are groups of a party (an organisation),
/// "African Americans", "New Yorkers" and "American Jews" groups of a people, place or faith
/// (`Other`). Neither is one person, whom "he" or "she" could stand for. Surnames that look
/// plural ("Sanders", "Jones") are no member nouns and are left alone.
fn group_of_people(last: &str) -> Option<EntityType> {
    let singular = last.strip_suffix('s')?;
    if PARTY_MEMBERS.contains(&singular) {
        return Some(EntityType::Org);
    }
    let people = lookup(singular) & DEMONYM != 0
        || lookup(last) & DEMONYM != 0
        || MEMBER_PLURALS.contains(&last)
        || residents_of_place(last);
    people.then_some(EntityType::Other)
}

/// Lowercase nouns of occupation or standing that, in an appositive "X, a nurse from
/// Ames,", describe a person. Nouns that also describe companies or countries ("a
/// leader in", "a member of", "a maker of", "a player in") are left out.
const OCCUPATIONS: &[&str] = &[
    "nurse",
    "teacher",
    "student",
    "retiree",
    "farmer",
    "rancher",
    "worker",
    "engineer",
    "mechanic",
    "accountant",
    "veteran",
    "lawyer",
    "attorney",
    "doctor",
    "physician",
    "surgeon",
    "dentist",
    "pharmacist",
    "therapist",
    "counselor",
    "pastor",
    "priest",
    "rabbi",
    "imam",
    "professor",
    "lecturer",
    "librarian",
    "owner",
    "resident",
    "native",
    "voter",
    "mother",
    "father",
    "mom",
    "dad",
    "parent",
    "grandmother",
    "grandfather",
    "widow",
    "widower",
    "homemaker",
    "housewife",
    "carpenter",
    "electrician",
    "plumber",
    "welder",
    "miner",
    "driver",
    "trucker",
    "pilot",
    "clerk",
    "cashier",
    "waitress",
    "waiter",
    "bartender",
    "chef",
    "cook",
    "artist",
    "writer",
    "musician",
    "designer",
    "consultant",
    "contractor",
    "businessman",
    "businesswoman",
    "entrepreneur",
    "economist",
    "analyst",
    "researcher",
    "scientist",
    "historian",
    "officer",
    "firefighter",
    "soldier",
    "marine",
    "sergeant",
    "banker",
    "broker",
    "realtor",
    "technician",
    "janitor",
    "volunteer",
    "activist",
    "organizer",
    "supporter",
    "democrat",
    "republican",
    "independent",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "senator",
    "governor",
    "mayor",
    "congressman",
    "congresswoman",
    "lawmaker",
    "legislator",
    "candidate",
    "official",
    "graduate",
    "freshman",
    "sophomore",
    "secretary",
    "manager",
    "executive",
    "director",
    "founder",
    "president",
    "chairman",
    "chairwoman",
    "journalist",
    "reporter",
    "editor",
    "photographer",
    "coach",
    "athlete",
];

/// Prepositions that tie an occupation appositive to its place ("a nurse from Ames").
const APPOSITIVE_PREPS: &[&str] = &["from", "of", "in", "at"];

/// Whether `rest`, the text right after a capitalised name, opens an appositive that
/// only a person takes: an age in commas ("Angela Ruiz, 38, has …", "Ruiz, 38, of
/// Ames"), an age in years ("Ruiz, 38-year-old …", "Ruiz, a 38-year-old nurse"), or
/// an occupation with its place ("Ruiz, a nurse from Ames", "Ruiz, an unemployed
/// welder in Gary"). Companies and countries take other nouns ("Acme, a maker of …").
pub fn person_appositive(rest: &str) -> bool {
    let Some(rest) = rest.strip_prefix(", ").or_else(|| rest.strip_prefix(",")) else {
        return false;
    };
    let rest = rest.trim_start_matches(' ');
    let age = |w: &str| {
        w.len() <= 3 && w.bytes().all(|b| b.is_ascii_digit()) && w.parse::<u32>().is_ok_and(|n| (1..=120).contains(&n))
    };
    let years = |w: &str| w.strip_suffix("-year-old").is_some_and(age);
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    if !digits.is_empty() {
        let after = &rest[digits.len()..];
        // "France, 3,700 in Germany": a number with a thousands comma is no age.
        let comma = after.starts_with(',') && !after[1..].starts_with(|c: char| c.is_ascii_digit());
        return age(&digits) && (comma || years(rest.split([' ', ',']).next().unwrap_or("")));
    }
    let mut words = rest.split(' ').map(|w| w.trim_end_matches(','));
    if !matches!(words.next(), Some("a" | "an")) {
        return false;
    }
    // At most three modifiers ("a retired school nurse from"), all lowercase or an age.
    let mut modifiers = 0;
    let mut occupation = false;
    for (n, w) in words.by_ref().enumerate() {
        if n == 0 && years(w) {
            return true;
        }
        let lower = w.to_lowercase();
        if occupation {
            return APPOSITIVE_PREPS.contains(&w);
        }
        if OCCUPATIONS.contains(&lower.as_str()) {
            occupation = true;
            continue;
        }
        if modifiers == 3
            || !w.chars().next().is_some_and(char::is_lowercase)
            || !w.chars().all(|c| c.is_alphabetic() || c == '-')
        {
            return false;
        }
        modifiers += 1;
    }
    false
}

/// Lowercase verbs that, right after a name, suggest a person ("Chinji said").
const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "added",
    "stated",
    "noted",
    "explained",
    "argued",
    "wrote",
    "asked",
    "replied",
    "insisted",
    "recalled",
    "admitted",
    "believes",
    "thinks",
    "felt",
    "died",
    "was born",
    "smiled",
    "emphasized",
    "indicated",
    "elaborated",
    "highlighted",
];

/// Lowercase prepositions that, right before a name, suggest a place ("in Kyiv").
const PLACE_PREPS: &[&str] = &["in", "near", "across", "throughout", "outside", "inside", "towards", "toward"];

/// Places written several ways, folded to one key ("US", "U.S.", "United States").
const PLACE_KEYS: &[(&str, &str)] = &[
    ("us", "united states"),
    ("usa", "united states"),
    ("united states of america", "united states"),
    ("uk", "united kingdom"),
    ("britain", "united kingdom"),
    ("great britain", "united kingdom"),
    ("uae", "united arab emirates"),
    ("kiev", "kyiv"),
    ("odessa", "odesa"),
    ("czechia", "czech republic"),
    ("türkiye", "turkey"),
];

/// Whether `word` is a given name: in the first-name table or the speakers' list.
fn is_given(word: &str) -> bool {
    lookup(word) & FIRST_NAME != 0 || is_first_name(word)
}

/// Whether `word` is a nationality word ("Russian", "Japanese"), which names no entity.
pub fn is_demonym(word: &str) -> bool {
    lookup(word) & DEMONYM != 0
}

/// One word of the text as the extractor sees it.
#[derive(Clone, Copy, Debug)]
struct Word<'a> {
    /// Start byte.
    start: usize,
    /// End of the name part: after an abbreviation's period, before a possessive "'s".
    end: usize,
    /// `text[start..end]`.
    name: &'a str,
    /// The word without a final period, for table look-ups ("Gen." → "Gen").
    bare: &'a str,
    /// Starts with an uppercase letter.
    cap: bool,
    /// Ends in a possessive or a hyphen before a lowercase word: the name stops here.
    last: bool,
    /// "X-based": the hyphenated word says X is a place.
    based: bool,
    /// First word of a sentence or of a quotation.
    initial: bool,
    /// Sentence index.
    sentence: usize,
    /// Index of the token after this word's name part.
    next_tok: usize,
    /// Index of the word's first token.
    tok: usize,
}

/// Verbs that title-case headlines capitalise and no name contains: forms of "be" and
/// "have", and the reporting and contest verbs of headlines ("Ames Says", "Pence Calls for",
/// "Rubio Joins"). A name ends before them.
const HEADLINE_VERBS: &[&str] = &[
    "Is", "Are", "Was", "Were", "Has", "Have", "Says", "Calls", "Joins", "Slams", "Blasts", "Rips", "Urges", "Warns",
    "Wins", "Vows", "Admits", "Denies", "Thinks", "Reveals", "Accuses", "Claims", "Defends", "Endorses", "Praises",
    "Responds",
];

/// Titles of posts inside a company or body, which news writes after the body's name
/// ("Acme CEO", "Varco Chairman"): see `holds_post`.
const ORG_POSTS: &[&str] =
    &["CEO", "Chairman", "Chairwoman", "Founder", "Cofounder", "Spokesman", "Spokeswoman", "Spokesperson", "Executive"];

/// Ordinals the lexicon lists as sentence openers ("First, …").
const ORDINAL_STOPS: &[&str] = &["First", "Second", "Third"];

/// Last words of the names of laws and treaties ("Voting Rights Act", "Paris Accord").
const LAW_TAILS: &[&str] = &["Act", "Acts", "Amendment", "Treaty", "Accord", "Accords", "Protocol"];

/// Nouns for a settlement or territory that name it after "of" ("the town of Wismar",
/// "the province of Sichuan"): see `context`.
const SETTLEMENTS: &[&str] = &[
    "city",
    "cities",
    "town",
    "towns",
    "village",
    "villages",
    "county",
    "counties",
    "province",
    "provinces",
    "island",
    "islands",
    "suburb",
    "suburbs",
    "borough",
    "township",
    "hometown",
    "region",
];

/// Words that label a story, opening its first line before a dash as a dateline's town
/// would ("EXCLUSIVE —", "ANALYSIS –"). The lexicon's stop words ("UPDATE", "BREAKING")
/// are labels there too.
const STORY_LABELS: &[&str] = &[
    "Exclusive",
    "Analysis",
    "Watch",
    "Opinion",
    "Editorial",
    "Commentary",
    "Explainer",
    "Factbox",
    "Correction",
    "Developing",
    "Listen",
];

/// Whether `word`, in any case, is a stop word or a story label and no place: "UPDATE",
/// "EXCLUSIVE" in capitals are shouted words, not acronyms or towns.
fn labels_story(word: &str) -> bool {
    let word = title_case(&word.to_lowercase());
    let flags = lookup(&word);
    flags & PLACE == 0 && (flags & STOP != 0 || STORY_LABELS.contains(&word.as_str()))
}

/// Marks that may open a line before a listed name: bullets and dashes.
const LINE_MARKS: &[char] = &['•', '·', '▪', '►', '*', '—', '–', '-'];

/// The name opening a line that lists a person by name and a person's appositive, as
/// vox-pops and reader panels do ("Ann Ruiz, 38, teacher, Des Moines:", "— Tom Hale,
/// a farmer from Boone"): one to four capitalised words before the first comma.
fn listed_person(line: &str) -> Option<&str> {
    let line = line.trim_start_matches(|ch: char| ch.is_whitespace() || LINE_MARKS.contains(&ch));
    let comma = line.find(',')?;
    let name = &line[..comma];
    let word =
        |w: &str| w.starts_with(char::is_uppercase) && w.chars().all(|ch| ch.is_alphabetic() || ch == '.' || ch == '-');
    let named = !name.is_empty() && name.split(' ').count() <= 4 && name.split(' ').all(word);
    (named && person_appositive(&line[comma..])).then_some(name)
}

/// Verbs of speech that, right after a lone capitalised word, make it a person speaking.
const LONE_SPEECH: &[&str] = &["said", "says", "told", "added", "wrote", "explained", "noted", "recalled", "argued"];

/// Capitalised words that stand alone, with no capitalised word or "the" before them, as
/// the subject of a speech verb ("Moravec told reporters"): news calls a person by the
/// surname alone once named in full, and an organisation so named takes "the" ("the
/// Globe said") or its first word.
fn lone_speakers<'t>(words: &[Word<'t>]) -> HashSet<&'t str> {
    let mut out = HashSet::new();
    for (k, w) in words.iter().enumerate() {
        if !w.cap || w.last || w.bare.chars().count() < 2 {
            continue;
        }
        let prev = k.checked_sub(1).map(|p| &words[p]).filter(|p| p.next_tok == w.tok && p.sentence == w.sentence);
        // ("But Moravec told": a capitalised function word opens the clause.)
        let capitalised = |p: &Word| p.cap && lookup(p.bare) & STOP == 0;
        if prev.is_some_and(|p| capitalised(p) || p.name.eq_ignore_ascii_case("the")) {
            continue;
        }
        let next = words.get(k + 1).filter(|n| n.tok == w.next_tok && n.sentence == w.sentence);
        if next.is_some_and(|n| LONE_SPEECH.contains(&n.name)) {
            out.insert(w.name);
        }
    }
    out
}

/// Whether `line` signs a quote or a letter with a person and where they live, as
/// vox-pops do ("— Ann Ruiz, Des Moines", "Tom Hale, Boone, Iowa"): a name of two or
/// three words that opens with a given name, then one or two places of one to three
/// capitalised words each, and nothing else. Such a line capitalises every word because
/// each is a name, not because it is a headline. A headline-like list of names stays a
/// headline unless a dash opens the line or a known place ends it.
fn signed_person(line: &str) -> bool {
    let body = line.trim();
    let marked = body.starts_with(LINE_MARKS);
    let body = body.trim_start_matches(|ch: char| ch.is_whitespace() || LINE_MARKS.contains(&ch));
    let body = body.strip_suffix('.').unwrap_or(body);
    let parts: Vec<&str> = body.split(", ").collect();
    let word = |w: &str| {
        w.starts_with(char::is_uppercase)
            && w.chars().all(|ch| ch.is_alphabetic() || ch == '.' || ch == '-' || is_apostrophe(ch))
            && !HEADLINE_VERBS.contains(&w)
    };
    let words =
        |p: &str, n: std::ops::RangeInclusive<usize>| n.contains(&p.split(' ').count()) && p.split(' ').all(word);
    let [name, places @ ..] = parts.as_slice() else { return false };
    let placed = places.last().is_some_and(|p| lookup(p) & PLACE != 0);
    (1..=2).contains(&places.len())
        && words(name, 2..=3)
        && name.split(' ').next().is_some_and(is_given)
        && places.iter().all(|p| words(p, 1..=3))
        && (marked || placed)
}

/// Whether `sentence` gives an account handle, an e-mail or a web address ("@aruiz",
/// "news@example.com", "https://…").
fn gives_address(sentence: &str) -> bool {
    sentence.contains("://")
        || sentence.split('@').skip(1).any(|rest| rest.starts_with(|ch: char| ch.is_alphanumeric() || ch == '_'))
}

/// Whether a lowercase word may stand in a title-case line: a function word (article,
/// conjunction, preposition: its capitalised form is a stop word), "vs." or a name
/// particle.
fn title_case_minor(word: &str) -> bool {
    word.is_empty() || matches!(word, "vs" | "v") || PARTICLES.contains(&word) || lookup(&title_case(word)) & STOP != 0
}

/// Function words a title-case line capitalises ("Hits Rubio On Taxes", "Gave Clinton A
/// New Reason"): articles, prepositions, conjunctions, pronouns and forms of "be" and "have".
const TITLE_FUNCTION_WORDS: &[&str] = &[
    "A", "An", "The", "And", "Or", "Nor", "But", "Of", "For", "On", "In", "At", "To", "By", "With", "From", "Into",
    "Onto", "Over", "Under", "As", "Than", "Is", "Are", "Was", "Were", "Be", "Been", "Has", "Have", "Had", "He", "She",
    "It", "They", "We", "You", "His", "Her", "Its", "Their", "Our", "My", "Your", "Him", "Them", "Us", "Me", "This",
    "That", "These", "Those", "Who", "What", "How", "Why", "When", "Where", "Which", "Not", "If",
];

/// The weekday names, written out.
const WEEKDAY_NAMES: &[&str] = &["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/// Words that make a weekday a named day: "Super Tuesday", "Black Friday", "Ash Wednesday".
const DAY_NAMERS: &[&str] = &[
    "Super", "Mini", "Black", "Cyber", "Good", "Easter", "Ash", "Palm", "Holy", "Maundy", "Shrove", "Bloody", "Giving",
];

/// Whether a capitalised word can stand in a name: not a month or weekday, not a headline verb.
fn may_name(w: &Word) -> bool {
    lookup(w.bare) & CALENDAR == 0 && !HEADLINE_VERBS.contains(&w.name)
}

/// News and talk programmes that newsrooms cite by name ("told “Face the Nation”", "on
/// Fox and Friends"). Their titles hold common words and function words, so word by word
/// they would make wrong names ("Nation", "Friends", a person "Joe", an organisation
/// "Week"); whole, each is one work.
const PROGRAMMES: &[&str] = &[
    "All Things Considered",
    "CBS This Morning",
    "Face the Nation",
    "Fox & Friends",
    "Fox and Friends",
    "Fox News Sunday",
    "Good Morning America",
    "Hardball",
    "Meet the Press",
    "Morning Edition",
    "Morning Joe",
    "New Day",
    "NBC Nightly News",
    "PBS NewsHour",
    "Real Time",
    "Saturday Night Live",
    "Access Hollywood",
    "Special Report",
    "State of the Union",
    "State of the Union Address",
    "Sunday Morning Futures",
    "The Daily Show",
    "The Kelly File",
    "The Last Word",
    "The Lead",
    "The O'Reilly Factor",
    "The O’Reilly Factor",
    "The Rachel Maddow Show",
    "The Situation Room",
    "The Tonight Show",
    "The Tonight Show Starring Jimmy Fallon",
    "The View",
    "This Week",
    "World News Tonight",
];

/// Holidays named with a word that alone reads as a name ("Eve", "Year", "Valentine"),
/// and time zones: each is a date or a time, the timex module's business, so none of its
/// words names anything ("New Year's Eve" made a person "New Year" and an organisation
/// "Eve", "Eastern Standard Time" an organisation).
const HOLIDAYS: &[&str] = &[
    "New Year's Eve",
    "New Year’s Eve",
    "New Year's Day",
    "New Year’s Day",
    "New Year's",
    "New Year’s",
    "New Year",
    "Christmas Eve",
    "Christmas Day",
    "Valentine's Day",
    "Valentine’s Day",
    "Mother's Day",
    "Mother’s Day",
    "Father's Day",
    "Father’s Day",
    "Fourth of July",
    "Easter Sunday",
    "Eastern Standard Time",
    "Eastern Daylight Time",
    "Eastern Time",
    "Central Standard Time",
    "Central Time",
    "Mountain Time",
    "Pacific Standard Time",
    "Pacific Daylight Time",
    "Pacific Time",
];

/// The last word of the holiday ([`HOLIDAYS`]) that opens at word `i`, if one does.
fn holiday_at(text: &str, words: &[Word], i: usize) -> Option<usize> {
    let from = &text[words[i].start..];
    let name = HOLIDAYS.iter().filter(|h| opens_phrase(from, h)).max_by_key(|h| h.len())?;
    phrase_end(words, i, name.len())
}

/// Whether `from` opens with the words of `phrase`, ending at a word's end.
fn opens_phrase(from: &str, phrase: &str) -> bool {
    from.starts_with(phrase) && !from[phrase.len()..].starts_with(|c: char| c.is_alphanumeric())
}

/// The last word of a phrase `len` bytes long that opens at word `i`.
fn phrase_end(words: &[Word], i: usize, len: usize) -> Option<usize> {
    let end = words[i].start + len;
    (i..words.len()).take_while(|&j| words[j].start < end).last()
}

/// The words a title leaves in lowercase: articles, short prepositions, conjunctions and
/// "is" ("Orange is the New Black"). A quotation with other lowercase words is speech
/// ("That would be Hillary Clinton").
const TITLE_LOWERCASE: &[&str] = &[
    "a", "an", "the", "and", "or", "nor", "but", "of", "for", "on", "in", "at", "to", "by", "with", "from", "into",
    "as", "vs", "is",
];

/// The last word of a work's title quoted whole from word `i` on: two words or more in
/// title case between quotation marks, with nothing else inside them ("the show “Broad
/// City”", "''Prison Break''", "“Crippled America: How to Make America Great Again”").
/// A title holds place and given names ("American Sniper", "Access Hollywood") that,
/// read as names, would make wrong places and people.
fn quoted_title_at(text: &str, words: &[Word], i: usize) -> Option<usize> {
    const OPENING: &[&str] = &["“", "‘", "\"", "'", "``"];
    const CLOSING: &[&str] = &["”", "’", "\"", "'"];
    let before = &text[..words[i].start];
    let opened = OPENING.iter().any(|q| {
        before.strip_suffix(q).is_some_and(|b| {
            // ("''Prison Break''": two apostrophes open a quotation as one mark.)
            let b = b.strip_suffix('\'').unwrap_or(b);
            b.chars().next_back().is_none_or(|c| c.is_whitespace() || "([—–-".contains(c))
        })
    });
    if !opened || !words[i].cap {
        return None;
    }
    let mut j = i;
    loop {
        let w = &words[j];
        let after = &text[w.end..];
        if !(w.cap || TITLE_LOWERCASE.contains(&w.name)) {
            return None;
        }
        // ("“A Child's First Book”": a possessive's apostrophe closes nothing.)
        let possessive = ["'s ", "’s "].iter().any(|p| after.starts_with(p));
        let closes = after.trim_start_matches([',', '.', '?', '!']);
        if !possessive && CLOSING.iter().any(|q| closes.starts_with(q)) {
            return (j > i && w.cap).then_some(j);
        }
        let next = words.get(j + 1).filter(|_| j - i < 12)?;
        let gap = &text[w.end..next.start];
        if !matches!(gap, " " | ", " | ": " | "'s " | "’s ") {
            return None;
        }
        j += 1;
    }
}

/// Faiths, diseases, laws and treaties news names in one or two words that, alone, take
/// an organisation's shape ("Islam", "Zika", "Obamacare", "Brexit", "Glass-Steagall"): each
/// is one thing of its own kind, as a programme is.
const OTHER_NAMES: &[&str] = &[
    "Islam",
    "Christianity",
    "Judaism",
    "Hinduism",
    "Buddhism",
    "Catholicism",
    "Mormonism",
    "Zika",
    "Ebola",
    "Obamacare",
    "Brexit",
    "Glass-Steagall",
    "NAFTA",
    "Trans-Pacific Partnership",
    "Person of the Year",
];

/// The last word of the longest programme title or other listed name that opens at word
/// `i`, when its words follow as the lists write them and it ends at a word's end.
fn programme_at(text: &str, words: &[Word], i: usize) -> Option<usize> {
    let from = &text[words[i].start..];
    // ("Glass-Steagall Act": a listed name before a capitalised word opens a longer one.)
    let longer = |t: &str| from[t.len()..].strip_prefix(' ').is_some_and(|r| r.starts_with(char::is_uppercase));
    let title = PROGRAMMES
        .iter()
        .map(|t| (t, false))
        .chain(OTHER_NAMES.iter().map(|t| (t, true)))
        .filter(|(t, other)| opens_phrase(from, t) && !(*other && longer(t)))
        .map(|(t, _)| t)
        .max_by_key(|t| t.len())?;
    phrase_end(words, i, title.len())
}

/// Running state of one entity while the text is scanned.
#[derive(Debug)]
struct Acc {
    /// Evidence for Person, Org, Place, Other.
    score: [f32; 4],
    /// Mentions in text order, with their surface form.
    mentions: Vec<(Mention, String)>,
    /// Distinct surface forms, for constant-time repeat checks.
    forms: HashSet<String>,
    /// The sex the first full form whose given name tells one gives ("Hillary Clinton").
    female: Option<bool>,
    /// How much of the organisation score is only [`UNKNOWN_WORD`]'s.
    unknown: f32,
}

impl Acc {
    fn new() -> Self {
        Acc { score: [0.0; 4], mentions: Vec::new(), forms: HashSet::new(), female: None, unknown: 0.0 }
    }
}

/// The evidence of a lone word nothing else types: organisations are named so more often
/// than people, who news names in full first.
const UNKNOWN_WORD: Evidence = (EntityType::Org, 0.5);

/// Type evidence of one candidate.
type Evidence = (EntityType, f32);

/// Finds people, organisations and places with their mentions (byte offsets).
pub fn extract(text: &str, sentences: &[Sentence]) -> Vec<Entity> {
    let tokens = tokenize(text);
    let words = words(text, &tokens, sentences);
    let mut x = Extractor::new(text, &tokens, &words, sentences);
    let mut i = 0;
    while i < words.len() {
        if !words[i].cap {
            i += 1;
            continue;
        }
        if let Some(last) = holiday_at(text, &words, i) {
            i = last + 1;
            continue;
        }
        // (A title-case headline capitalises "This Week" and "The Lead" as words. A
        // programme may open with a weekday: "Saturday Night Live".)
        let headline = x.headline[words[i].sentence];
        if let Some(last) = programme_at(text, &words, i).filter(|_| !headline) {
            x.record_work(i, last);
            i = last + 1;
            continue;
        }
        if !may_name(&words[i]) {
            i += 1;
            continue;
        }
        if let Some(last) = quoted_title_at(text, &words, i).filter(|&last| !headline && x.titled(i, last)) {
            x.record_work(i, last);
            i = last + 1;
            continue;
        }
        let run = x.run_from(i);
        i = run.last().map_or(i, |&j| j) + 1;
        x.candidate_run(&run);
    }
    x.finish()
}

/// The words of the text (tokens of kind Word, with abbreviation periods and possessives
/// resolved), each with its sentence and whether it opens a sentence or quotation.
fn words<'a>(text: &'a str, tokens: &[Token], sentences: &[Sentence]) -> Vec<Word<'a>> {
    let mut out = Vec::with_capacity(tokens.len());
    let mut sentence = 0;
    let mut at_start = true;
    for (ti, t) in tokens.iter().enumerate() {
        while sentence < sentences.len() && t.start >= sentences[sentence].end {
            sentence += 1;
            at_start = true;
        }
        if t.kind == TokenKind::Punct {
            let c = t.slice(text);
            // An opening quote starts a quotation: its first word is capitalised anyway.
            let opening = matches!(c, "“" | "‘")
                || (matches!(c, "\"" | "'") && text[..t.start].chars().next_back().is_none_or(char::is_whitespace));
            // A dateline's dash ("FLINT, Mich. -- Water …") starts the story proper.
            if opening || matches!(c, "—" | "–") || (c == "-" && text[t.end..].starts_with('-')) {
                at_start = true;
            }
            continue;
        }
        if t.kind != TokenKind::Word {
            at_start = false;
            continue;
        }
        let raw = t.slice(text);
        let mut end = t.end;
        let mut next_tok = ti + 1;
        // "U.S." and "F." keep their final period, which the tokenizer leaves apart.
        let abbreviated = raw.contains('.') || (raw.chars().count() <= 5 && raw.chars().all(char::is_alphabetic));
        if abbreviated
            && tokens.get(ti + 1).is_some_and(|n| n.start == t.end && n.slice(text) == ".")
            && (raw.contains('.')
                || lookup(raw) & (TITLE | PLACE_PREFIX) != 0
                // "ST. LOUIS —", "GOV. ANN LEE": the same abbreviations in capitals.
                || (is_acronym(raw) && lookup(&title_case(&raw.to_lowercase())) & (TITLE | PLACE_PREFIX) != 0)
                // "Corp.", "Co.": an organisation head written abbreviated ("World Bank."
                // ends a sentence, the period is not the bank's).
                || lookup(&text[t.start..t.end + 1]) & (PLACE | ORG_HEAD) != 0
                || is_initial(raw))
        {
            end += 1;
            next_tok += 1;
        }
        let mut start = t.start;
        if let Some(h) = prefix_before_name(text, tokens, ti) {
            start = t.start + h + 1;
        }
        let mut last = false;
        let mut based = false;
        // "Japan's", "Trump’s": the name stops before the possessive.
        if let Some(stem) = strip_possessive(raw) {
            end = t.start + stem.len();
            last = true;
        } else if let Some(h) = text[start..t.end].find('-') {
            // "Tokyo-based", "Russia-backed": the name is the part before the hyphen.
            let rest = &text[start + h + 1..t.end];
            let prev = out.last().filter(|p: &&Word| p.cap && !p.last && &text[p.end..t.start] == " ");
            if rest.chars().next().is_some_and(char::is_lowercase) && !korean_given_name(prev.map(|p| p.bare), raw) {
                end = start + h;
                based = rest == "based";
                last = true;
            }
        }
        let name = &text[start..end];
        out.push(Word {
            start,
            end,
            name,
            bare: name.strip_suffix('.').unwrap_or(name),
            cap: name.chars().next().is_some_and(char::is_uppercase) || is_camel(name),
            last,
            based,
            initial: at_start,
            sentence,
            next_tok,
            tok: ti,
        });
        at_start = false;
    }
    out
}

/// Where a name opens inside the word token `ti` after a lowercase prefix and its
/// hyphen, as the byte offset of that hyphen: "post-New Hampshire", "pro-Islamic State",
/// "post-Cold War", "anti-Donald Trump" name New Hampshire, the Islamic State, the Cold
/// War and Donald Trump. Only where the part after the hyphen opens a longer name: a
/// listed name with the next word, a word before an event's head word, or a given name
/// before a surname that ends the name.
/// A name complete in itself stays in its adjective ("anti-Trump National Review",
/// "pro-Trump Great America PAC").
fn prefix_before_name(text: &str, tokens: &[Token], ti: usize) -> Option<usize> {
    let raw = tokens[ti].slice(text);
    let h = raw.find('-')?;
    let part = &raw[h + 1..];
    if !raw.starts_with(|c: char| c.is_ascii_lowercase())
        || !part.starts_with(|c: char| c.is_uppercase())
        || part.contains('-')
        || lookup(part) & (CALENDAR | TITLE) != 0
    {
        return None;
    }
    let next = tokens.get(ti + 1).filter(|n| n.kind == TokenKind::Word && &text[tokens[ti].end..n.start] == " ")?;
    let next_word = next.slice(text);
    // A given name takes one surname and the name ends there ("pro-Jeb Bush super
    // PAC"); "out-Christie Chris Christie" and "pro-Christie Union Leader" go on.
    let given = || {
        let after =
            tokens.get(ti + 2).filter(|a| a.kind == TokenKind::Word && text[next.end..a.start].trim().is_empty());
        is_given(part) && after.is_none_or(|a| !a.slice(text).starts_with(|c: char| c.is_uppercase()))
    };
    // ("pro-Russian Ukrainian": a nationality word opens no name, unless listed with
    // the next word, as "Islamic State" is.)
    let opens = lookup(&text[tokens[ti].start + h + 1..next.end]) & (PLACE | ORG) != 0
        || lookup(part) & DEMONYM == 0 && (lookup(next_word) & OTHER_HEAD != 0 || given());
    (opens && next_word.starts_with(|c: char| c.is_uppercase())).then_some(h)
}

/// Whether `word` is a hyphenated given name after a short family name, as Korean
/// names are written ("Ban Ki-moon", "Kim Jong-un", "Moon Jae-in"): a short family
/// name (no function word: "An H-bomb"), then two short syllables, the second in
/// lowercase. A compound adjective's
/// head ("New York-born", "Tel Aviv-area", "Seoul-led") is an English word and
/// stays cut.
fn korean_given_name(family: Option<&str>, word: &str) -> bool {
    const COMPOUND_HEADS: &[&str] = &["era", "born", "run", "made", "like", "wide", "area", "type", "as", "to"];
    let short = |s: &str, min: usize| (min..=4).contains(&s.chars().count()) && s.chars().all(char::is_alphabetic);
    let Some((first, rest)) = word.split_once('-') else { return false };
    family.is_some_and(|f| short(f, 2) && lookup(f) & STOP == 0)
        && short(first, 2)
        && first.starts_with(char::is_uppercase)
        && short(rest, 1)
        && rest.chars().all(char::is_lowercase)
        && !rest.ends_with("ed")
        && !COMPOUND_HEADS.contains(&rest)
}

/// A brand written in camel case from a lowercase start ("iPhone", "eBay", "wikiHow").
fn is_camel(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_lowercase)
        && word.chars().all(char::is_alphabetic)
        && chars.any(char::is_uppercase)
}

/// A brand that joins two capitalised words in one ("HuffPost", "EgyptAir", "SunTrust",
/// "SiriusXM"). Surnames do so after a short prefix ("McCain", "DeSantis", "LeVell", "MacNab",
/// "DelVecchio") or a Dutch or German one ("VanderSloot", "VonDrehle"), given names after a
/// given name ("RoseAnn"); neither is a brand.
fn is_brand(word: &str) -> bool {
    let Some(cut) = word.char_indices().skip(1).find(|(_, c)| c.is_uppercase()).map(|(i, _)| i) else {
        return false;
    };
    let (head, tail) = word.split_at(cut);
    head.chars().count() >= 3
        && tail.chars().count() >= 2
        && word.chars().all(|c| c.is_ascii_alphabetic())
        && head.chars().skip(1).all(|c| c.is_lowercase())
        && !["Van", "Von", "Mac", "Fitz", "Del", "Der", "Des", "Dal", "Las", "Los", "San"]
            .iter()
            .any(|p| head.starts_with(p))
        && !is_given(head)
        && !is_given(tail)
}

/// A single capital letter: an initial ("F" in "John F. Kennedy").
fn is_initial(word: &str) -> bool {
    let mut c = word.chars();
    c.next().is_some_and(char::is_uppercase) && c.next().is_none()
}

/// Whether `word` (without its period) is a courtesy title: Mr, Mrs, Ms, Miss.
fn is_courtesy(word: &str) -> bool {
    matches!(word, "Mr" | "Mrs" | "Ms" | "Miss")
}

/// Whether `word` is a person's initials written with periods ("G.K.", "J.R.R.").
fn is_initials(word: &str) -> bool {
    let mut chars = word.chars();
    let mut letters = 0;
    while let Some(c) = chars.next() {
        if !c.is_uppercase() || chars.next() != Some('.') {
            return false;
        }
        letters += 1;
    }
    (2..=3).contains(&letters)
}

/// Whether `word` is one initial or several, with or without periods ("W.", "H.W.", "J").
fn is_initials_or_initial(word: &str) -> bool {
    is_initials(word) || is_initial(word.strip_suffix('.').unwrap_or(word))
}

/// The word without a possessive ending ("Japan's" → "Japan"), if it has one.
fn strip_possessive(word: &str) -> Option<&str> {
    let mut chars = word.char_indices().rev();
    let (_, s) = chars.next()?;
    let (i, a) = chars.next()?;
    (matches!(s, 's' | 'S') && is_apostrophe(a) && i > 0).then(|| &word[..i])
}

/// `word` (in lowercase) with its first letter in capitals: "abstract" → "Abstract".
fn title_case(lower: &str) -> String {
    let mut chars = lower.chars();
    chars.next().map(|f| f.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// Whether `word` is written in capitals, like an acronym ("NHK", "U.S.", "AT&T").
fn is_acronym(word: &str) -> bool {
    word.chars().filter(|c| c.is_uppercase()).count() >= 2
        && word.chars().all(|c| c.is_uppercase() || c.is_ascii_digit() || matches!(c, '.' | '&'))
}

/// The key under which names are merged: lowercase, without periods, places folded.
fn key(name: &str) -> String {
    let k: String = name.chars().filter(|&c| c != '.').flat_map(char::to_lowercase).collect();
    let k = k.replace('’', "'");
    PLACE_KEYS.iter().find(|(from, _)| *from == k).map_or(k, |(_, to)| (*to).to_string())
}

/// The extractor's state over one text.
struct Extractor<'t, 'w> {
    text: &'t str,
    tokens: &'w [Token],
    words: &'w [Word<'t>],
    /// Capitalised words seen somewhere other than the start of a sentence.
    cap_inside: HashSet<&'t str>,
    /// Capitalised words seen in the body (not in title-case lines), anywhere.
    cap_body: HashSet<&'t str>,
    /// Words seen in lowercase ("focusing"), so their capitalised form is just an opener,
    /// with how often each is.
    lower: HashMap<String, usize>,
    /// Capitalised words that stand alone as the subject of a speech verb ("Moravec told").
    lone_speakers: HashSet<&'t str>,
    /// Per sentence: whether it is a title-case line, where capitals prove nothing.
    headline: Vec<bool>,
    /// Per sentence: whether it signs a quote with a person and places ([`signed_person`]).
    signed: Vec<bool>,
    entities: Vec<Acc>,
    /// Name key → entity.
    by_key: HashMap<String, usize>,
    /// First or last word of a person's name → that person (`None` when two share it).
    by_part: HashMap<String, Option<usize>>,
    /// Full names (two words or more, from a given name on) inside a person's longer form
    /// ("Hillary Clinton" in "Democrat Hillary Clinton") → that person.
    tails: HashMap<String, usize>,
    /// Surnames of several words, from the second word of a person's name of three or
    /// more on ("Wasserman Schultz" in "Debbie Wasserman Schultz") → that person.
    surnames: HashMap<String, usize>,
    /// Surname → the people named in full with it, at most a few ("Bill Clinton", "Hillary
    /// Clinton"), for a courtesy title to choose between by sex.
    bearers: HashMap<String, Vec<usize>>,
    /// Companies by the name they go by, once named with their legal form or trade
    /// ("Zorvex" for "Zorvex Corp.").
    firms: HashMap<String, usize>,
}

/// A name candidate: a range of words plus what the run said about it.
struct Candidate {
    /// First and last word index (inclusive).
    first: usize,
    last: usize,
    /// A title stood before it.
    titled: bool,
}

impl<'t, 'w> Extractor<'t, 'w> {
    fn new(text: &'t str, tokens: &'w [Token], words: &'w [Word<'t>], sentences: &[Sentence]) -> Self {
        // A title-case line ("Warren Hammers Wells Fargo CEO") capitalises every word.
        let n = words.last().map_or(0, |w| w.sentence + 1);
        let mut counts = vec![(0usize, 0usize); n];
        // Title case leaves only minor words in lowercase ("Trump Leads in Iowa"), so a
        // lowercase verb or noun marks a closed line full of capitals as a sentence of
        // names ("Martin Luther King Jr. spoke."), not a headline. (A line without a
        // stop stays a headline: pages run headlines into captions and page furniture.)
        let mut prose = vec![false; n];
        for w in words {
            counts[w.sentence].0 += 1;
            counts[w.sentence].1 += usize::from(w.cap);
            prose[w.sentence] |= !w.cap && w.name.starts_with(char::is_lowercase) && !title_case_minor(w.bare);
        }
        // (A headline mostly has no final stop; a sentence full of names ends in one.)
        let ends_open =
            |s: &Sentence| !text.get(s.start..s.end).unwrap_or("").ends_with(['.', '!', '?', '"', '”', '’', '\'', ')']);
        let sentence = |i: usize| sentences.get(i).and_then(|s| text.get(s.start..s.end));
        let signed: Vec<bool> = (0..n).map(|i| sentence(i).is_some_and(signed_person)).collect();
        // "Ann Ruiz, 38, Des Moines:" lists a person, whose names stand on their own; "Follow
        // Ann Ruiz on Twitter @aruiz." points to an account, as sign-offs and posts do, and
        // no headline gives a handle or a web address.
        let headline: Vec<bool> = counts
            .iter()
            .enumerate()
            .map(|(i, &(all, cap))| {
                let open = sentences.get(i).is_some_and(ends_open);
                let listing = signed[i] || sentence(i).is_some_and(|t| listed_person(t).is_some());
                !listing
                    && !sentence(i).is_some_and(gives_address)
                    && ((all >= 4 && cap * 10 >= all * 7 && open) || (all >= 5 && cap * 10 >= all * 8 && !prose[i]))
            })
            .collect();
        let mut cap_inside = HashSet::new();
        let mut cap_body = HashSet::new();
        let mut lower: HashMap<String, usize> = HashMap::new();
        for w in words {
            if w.cap && !headline[w.sentence] {
                cap_body.insert(w.name);
            }
            if w.cap && !w.initial && !headline[w.sentence] {
                cap_inside.insert(w.name);
            } else if !w.cap {
                *lower.entry(w.name.to_lowercase()).or_default() += 1;
            }
        }
        let lone_speakers = lone_speakers(words);
        Extractor {
            text,
            tokens,
            words,
            cap_inside,
            cap_body,
            lower,
            lone_speakers,
            headline,
            signed,
            entities: Vec::new(),
            by_key: HashMap::new(),
            by_part: HashMap::new(),
            tails: HashMap::new(),
            surnames: HashMap::new(),
            bearers: HashMap::new(),
            firms: HashMap::new(),
        }
    }

    /// The longest run of name words starting at word `i`.
    fn run_from(&self, i: usize) -> Vec<usize> {
        let ws = self.words;
        let mut run = vec![i];
        let head_flags = ORG_HEAD | PLACE_HEAD | PLACE_PREFIX | TITLE | OTHER_HEAD;
        let mut has_head = lookup(ws[i].bare) & head_flags != 0;
        // "on" joins after an organisation's or event's head ("Committee on Finance"); after a
        // place's it gives the address ("Larkspur Hotel on Elm Street" is two places).
        let on_flags = ORG_HEAD | OTHER_HEAD;
        let mut on_head = lookup(ws[i].bare) & on_flags != 0;
        let mut j = i;
        // A legal form ends an organisation's name: "Chrysler LLC Jim Press" is two names.
        while !(ws[j].last || j > i && ORG_SUFFIXES.contains(&ws[j].bare)) {
            // Only whitespace may separate the words of a name.
            let Some(n) = ws.get(j + 1) else { break };
            // ("Happy New Year", "On Valentine's Day": a holiday is no part of a name.)
            if holiday_at(self.text, ws, j + 1).is_some() {
                break;
            }
            if n.sentence != ws[j].sentence || n.tok != ws[j].next_tok {
                // "AT&T", "Johnson & Johnson": an ampersand between capitalised words joins them.
                let amp = n.tok == ws[j].next_tok + 1 && self.tokens[ws[j].next_tok].slice(self.text) == "&";
                if !(amp && n.cap && n.sentence == ws[j].sentence) {
                    break;
                }
            }
            // "an Islamic State Twitter account", "a Fox News Facebook page": a listed
            // organisation after a whole listed name is a second name.
            let listed = |from: usize, to: usize| lookup(&self.text[ws[from].start..ws[to].end]) & (ORG | PLACE) != 0;
            if n.cap && lookup(n.bare) & ORG != 0 && (i..=j).any(|k| listed(k, j)) {
                break;
            }
            if n.cap && may_name(n) {
                has_head |= lookup(n.bare) & head_flags != 0;
                on_head |= lookup(n.bare) & on_flags != 0;
                run.push(j + 1);
                j += 1;
                continue;
            }
            // A joiner stays only when a capitalised word follows ("of the Arts"); "and"
            // only inside an organisation's name ("Defence and Space Company"), not after a
            // person's ("John Bolton and Breitbart News").
            let joiner = PARTICLES.contains(&n.name)
                || (has_head && HEAD_JOINERS.contains(&n.name) && (n.name != "on" || on_head))
                || (n.name == "and" && self.head_ahead(j + 2) && (!self.person_ends(&run) || self.head_at(j + 2)))
                || (n.name == "of" && (self.law_ahead(j + 2) || self.chamber_at(j, j + 2)));
            if !joiner {
                break;
            }
            let mut k = j + 2;
            if ws.get(k).is_some_and(|w| w.name == "the" && w.tok == ws[k - 1].next_tok) {
                k += 1;
            }
            let follows = ws
                .get(k)
                .is_some_and(|w| w.cap && w.sentence == n.sentence && w.tok == ws[k - 1].next_tok && may_name(w));
            if !follows {
                break;
            }
            run.extend(j + 1..=k);
            j = k;
        }
        run
    }

    /// Whether word `i` is an organisation's head or legal form ("Henry Holt and Company").
    fn head_at(&self, i: usize) -> bool {
        self.words.get(i).is_some_and(|w| lookup(w.bare) & (ORG_HEAD | ORG_TAIL) != 0)
    }

    /// Whether `run` ends in a person's name: a given name, then a word that heads no name
    /// ("Ambassador John Bolton"), unless a head follows "and" ("Henry Holt and Company").
    fn person_ends(&self, run: &[usize]) -> bool {
        let heads = ORG_HEAD | PLACE_HEAD | OTHER_HEAD | TITLE;
        matches!(run, [.., a, b] if is_given(self.words[*a].bare) && lookup(self.words[*b].bare) & heads == 0)
    }

    /// Whether the capitalised words from word `i` on contain an organisation head.
    fn head_ahead(&self, i: usize) -> bool {
        let ws = self.words;
        let mut k = i;
        while let Some(w) = ws.get(k).filter(|w| w.cap && (k == i || w.tok == ws[k - 1].next_tok)) {
            if lookup(w.bare) & ORG_HEAD != 0 {
                return true;
            }
            if w.last {
                break;
            }
            k += 1;
        }
        false
    }

    /// Whether the capitalised words from word `i` on end a law's name ("Information Act"
    /// in "Freedom of Information Act", "Marriage Act" in "Defense of Marriage Act"): the
    /// words before "of" there name the law too, head word or not.
    fn law_ahead(&self, i: usize) -> bool {
        let ws = self.words;
        let mut k = i;
        while let Some(w) = ws.get(k).filter(|w| w.cap && (k == i || w.tok == ws[k - 1].next_tok)) {
            if w.last || ws.get(k + 1).is_none_or(|n| !n.cap || n.tok != w.next_tok) {
                return LAW_TAILS.contains(&w.bare);
            }
            k += 1;
        }
        false
    }

    /// Whether words `house` and `i` name a chamber of a legislature: "House of
    /// Representatives", "House of Commons", "Chamber of Deputies".
    fn chamber_at(&self, house: usize, i: usize) -> bool {
        const MEMBERS: &[&str] = &["Representatives", "Commons", "Lords", "Delegates", "Deputies"];
        let ws = self.words;
        matches!(ws[house].bare, "House" | "Chamber") && ws.get(i).is_some_and(|w| MEMBERS.contains(&w.bare))
    }

    /// Whether word `i` is known as part of a name (tables or earlier entities).
    fn known(&self, w: &Word) -> bool {
        lookup(w.bare) & (PLACE | ORG | FIRST_NAME | SURNAME | ORG_HEAD) != 0
            || self.by_key.contains_key(&key(w.name))
            || self.by_part.contains_key(w.name)
    }

    /// Whether word `w` is known as a name written so: [`Self::known`], but not by an
    /// acronym's initials ("At" is no mention of "AT&T").
    fn known_as_written(&self, w: &Word) -> bool {
        let k = key(w.name);
        let written = |e: usize| self.entities[e].forms.iter().any(|f| key(f) == k);
        lookup(w.bare) & (PLACE | ORG | FIRST_NAME | SURNAME | ORG_HEAD) != 0
            || self.by_key.get(&k).is_some_and(|&e| written(e))
            || self.by_part.contains_key(w.name)
    }

    /// Whether `w` opens a sentence or quotation and nothing backs it as a name: no table
    /// or earlier name knows it and it is never capitalised elsewhere ("Overall",
    /// "Incumbent").
    fn unbacked_opener(&self, w: &Word) -> bool {
        w.initial && !self.known(w) && !self.cap_inside.contains(w.name) && !is_acronym(w.name)
    }

    /// Whether `w` opens a sentence backed only by the name tables while the article also
    /// writes it in lowercase: a common word ("Jobs report gives Democrats a lift" … "the
    /// jobs report"), unless a name of the article or a capitalised use inside a sentence
    /// backs it.
    fn lowercase_opener(&self, w: &Word) -> bool {
        w.initial
            && lookup(w.bare) & (PLACE | ORG | ORG_HEAD) == 0
            && !self.by_key.contains_key(&key(w.name))
            && !self.by_part.contains_key(w.name)
            && !self.cap_inside.contains(w.name)
            && !is_acronym(w.name)
            && self.lower.contains_key(&w.bare.to_lowercase())
    }

    /// Whether word `i` names the body whose post the title after it holds: "Acme CEO John
    /// Smith", "Varco Chief Executive Ann Lee". A post inside a company or body takes the
    /// body before it, while an office ("Incumbent Mayor", "Embattled Gov.") takes a
    /// describing word. (An opener the article writes in lowercase was dropped before.)
    fn holds_post(&self, i: usize) -> bool {
        let ws = self.words;
        let w = &ws[i];
        ws[i + 1..]
            .iter()
            .take_while(|t| t.sentence == w.sentence && lookup(t.bare) & (TITLE | TITLE_MOD) != 0)
            .last()
            .is_some_and(|t| ORG_POSTS.contains(&t.bare))
    }

    /// Whether the lone word `i` names a day with the weekday right after it ("Super
    /// Tuesday", "Cyber Monday", "Good Friday"): a date, not an organisation.
    fn names_a_day(&self, i: usize) -> bool {
        let ws = self.words;
        DAY_NAMERS.contains(&ws[i].bare)
            && ws.get(i + 1).is_some_and(|n| n.tok == ws[i].next_tok && WEEKDAY_NAMES.contains(&n.bare))
    }

    /// Whether `w`, alone, opens a sentence as a common noun before a lowercase word ("News
    /// footage showed", "Court clerks may", "Co-anchor Ann Lee"): only the table of
    /// organisation heads knows it, and a head names an organisation only after a name
    /// ("Fox News", "Supreme Court"), so unless it is capitalised elsewhere it names nothing.
    fn common_noun_opener(&self, w: &Word) -> bool {
        let flags = lookup(w.bare);
        let head_only = flags & ORG_HEAD != 0 && flags & (PLACE | ORG | FIRST_NAME | SURNAME) == 0;
        let lowercase_next = self
            .tokens
            .get(w.next_tok)
            .is_some_and(|t| t.slice(self.text).trim_start_matches('-').starts_with(char::is_lowercase));
        w.initial
            && head_only
            && lowercase_next
            && !self.by_key.contains_key(&key(w.name))
            && !self.cap_inside.contains(w.name)
    }

    /// Whether a capitalised word is the one-word surname of a person named earlier and acts as
    /// a subject here: a verb or adverb follows ("Cuban said", "Cuban also gave"), or the sentence
    /// goes on after a comma or ends ("said Cuban.").
    fn person_surname(&self, w: &Word) -> bool {
        const VERBISH: [&str; 14] = [
            "said", "says", "told", "tells", "added", "also", "has", "had", "is", "was", "wrote", "writes", "will",
            "would",
        ];
        let person = self.by_part.get(w.name).copied().flatten().is_some_and(|e| {
            let s = self.entities[e].score;
            s[0] > s[1].max(s[2])
                && self.entities[e].forms.iter().any(|f| f.strip_suffix(w.name).is_some_and(|p| p.ends_with(' ')))
        });
        person
            && self.tokens.get(w.next_tok).is_none_or(|t| {
                let next = t.slice(self.text);
                !next.starts_with(char::is_lowercase) || VERBISH.contains(&next) || next.ends_with("ed")
            })
    }

    /// Cuts a run into candidates (openers dropped, titles split off) and records them.
    fn candidate_run(&mut self, run: &[usize]) {
        let ws = self.words;
        if !self.headline[ws[run[0]].sentence] {
            self.candidate_group(run);
            return;
        }
        // In a title-case line a word counts as a name only with backing: a table, an
        // earlier name, or a capitalised use in the body ("Warren Hammers Wells Fargo").
        // Title case also capitalises function words, which every body capitalises when they
        // open a sentence ("In", "On", "She"): they back nothing, and only the joiners a name
        // takes in lowercase stay between its words ("Bank Of America"), so "Obama Aims Race
        // Card At Donald Trump In Big Way" gives "Donald Trump", not "Donald Trump In", whose
        // last word would then claim every sentence that opens with "In".
        let minor = |w: &Word| TITLE_FUNCTION_WORDS.contains(&w.name) && !self.known(w);
        let backed = |w: &Word| w.cap && (self.known(w) || self.cap_body.contains(w.name) || is_acronym(w.name));
        let mut groups: Vec<Vec<usize>> = Vec::new();
        let mut current: Vec<usize> = Vec::new();
        for &i in run {
            let w = &ws[i];
            // (Only "Of" joins: "For" and "On" join heads that headlines also use as common
            // nouns, "Spell Bad News For Hillary Clinton".)
            let inner = !w.cap || w.name == "Of" && minor(w);
            if (backed(w) && !minor(w)) || (inner && !current.is_empty()) {
                current.push(i);
            } else if !current.is_empty() {
                groups.push(std::mem::take(&mut current));
            }
        }
        groups.push(current);
        for g in &mut groups {
            while g.last().is_some_and(|&i| !ws[i].cap || minor(&ws[i])) {
                g.pop();
            }
        }
        for g in groups.iter().filter(|g| !g.is_empty()) {
            self.candidate_group(g);
        }
    }

    /// Drops openers from a run of name words, splits it at titles and records the parts.
    fn candidate_group(&mut self, run: &[usize]) {
        let ws = self.words;
        let mut run = run;
        // "Democratic National Committee", "Nuclear Power Plant": a name with a head keeps its first word.
        let headed = run.len() >= 2
            && run.last().is_some_and(|&l| lookup(ws[l].bare) & (ORG_HEAD | PLACE_HEAD | OTHER_HEAD) != 0);
        // Function words and sentence openers are not part of a name ("The", "Overall"),
        // but a dateline's town in capitals is whole ("NEW YORK —", "STATE COLLEGE, Pa. —").
        let town = |run: &[usize]| match (run.first(), run.last()) {
            (Some(&first), Some(&last)) => {
                let c = Candidate { first, last, titled: false };
                (first..=last).all(|i| is_acronym(ws[i].bare)) && self.opens_dateline(&c)
            }
            _ => false,
        };
        while let Some((&first, rest)) = run.split_first().filter(|_| !town(run)) {
            let w = &ws[first];
            let flags = lookup(w.bare);
            // "New York", "The Hague": a table name that starts with a function word.
            let prefix = (2..=3)
                .any(|n| run.get(n - 1).is_some_and(|&l| lookup(&self.text[w.start..ws[l].end]) & (PLACE | ORG) != 0));
            // "Second Amendment", "First Baptist Church": an ordinal numbers the law, event
            // or body its head names ("First, …" opens a sentence).
            let numbers = ORDINAL_STOPS.contains(&w.bare)
                && run.len() >= 2
                && run.last().is_some_and(|&l| headed || LAW_TAILS.contains(&ws[l].bare));
            // "the super PAC Our Principles PAC", "the group Our Revolution": a possessive
            // capitalised inside a sentence opens the name of a group or a programme.
            let owned = matches!(w.bare, "Our" | "My" | "Your") && !w.initial && run.len() >= 2;
            let stop = flags & STOP != 0 && !self.known(w) && !prefix && !numbers && !owned;
            // "Focusing on …", "Totaling US$ 5 billion", "Reportedly, …": gerunds and adverbs open sentences.
            let verbal = (w.name.ends_with("ing") || w.name.ends_with("ly")) && !self.cap_inside.contains(w.name);
            // ("New York values", "New Jersey Gov. Chris Christie": a word opening a name
            // the tables know stays, however often the article writes "new".)
            let opener = w.initial
                && !headed
                && !prefix
                && !self.known(w)
                && (verbal || self.lower.contains_key(&w.name.to_lowercase()));
            let joiner = !w.cap;
            if stop || opener || joiner {
                run = rest;
            } else {
                break;
            }
        }
        // "Former New York mayor …", "Republican Jeb Bush", "Israeli Benjamin Netanyahu",
        // "Journalist Jorge Ramos", "secretary of State Hillary Clinton": "former", a party,
        // a nationality, a role or a portfolio before a person's given name and surname
        // describes the person and is no part of the name. So does any capitalised word
        // opening the sentence that nothing backs as a name ("Moderator Hugh Hewitt",
        // "Embattled Ron Pratt"); a title or an initial there is left to the title split.
        while let [first, second, rest @ ..] = run {
            let (w, next) = (&ws[*first], &ws[*second]);
            let given = |w: &Word| is_given(w.bare);
            // ("Democrat" is a noun only, so it describes whoever follows, given name known or not.)
            let party_noun = w.bare == "Democrat" && !headed;
            let describes = w.bare == "Former"
                || (!rest.is_empty()
                    && !given(w)
                    && next.cap
                    && given(next)
                    && self.unbacked_opener(w)
                    && !is_initial(w.bare)
                    && lookup(w.bare) & (TITLE | TITLE_MOD) == 0)
                || (!rest.is_empty()
                    && !given(w)
                    && (given(next) || party_noun)
                    && (lookup(w.bare) & DEMONYM != 0
                        || PARTY_MEMBERS.contains(&w.bare)
                        // "Secretary of State Hillary Clinton" after a lowercase "secretary".
                        || in_portfolio(w.bare)
                        || (ROLE_NOUNS.contains(&w.bare.to_lowercase().as_str())
                            && lookup(w.bare) & (TITLE | TITLE_MOD) == 0)));
            if !describes {
                break;
            }
            run = &run[1..];
        }
        // A lone capitalised opener needs backing: a table, an earlier name, or a capitalised use
        // elsewhere. So does one that a title cuts off: "Incumbent Mayor Tom Brady", "Longtime
        // Sen. Ada Ruiz" open with a common word that describes the person.
        if let [only] = run {
            let w = &ws[*only];
            if self.unbacked_opener(w) || self.common_noun_opener(w) || self.lowercase_opener(w) {
                return;
            }
        }
        if run.is_empty() {
            return;
        }
        for c in split_titles(ws, run) {
            if c.first == c.last && self.unbacked_opener(&ws[c.first]) && !self.holds_post(c.first) {
                continue;
            }
            if let Some(c) = self.without_adjectives(c) {
                self.record(c);
            }
        }
    }

    /// The candidate without the party, nationality or faith adjectives that describe it or
    /// the noun after it: "House Democratic leaders", "New Hampshire Republican voters" and
    /// "Presumptive Republican nominee" end in an adjective that is no part of a name (a
    /// given name before keeps a surname that is such a word: "Tom French"); in "Democratic
    /// White House" and "Republican Trump" a party adjective describes a known organisation,
    /// place or figure. `None` when no name is left.
    fn without_adjectives(&self, mut c: Candidate) -> Option<Candidate> {
        let ws = self.words;
        let adjective = |w: &Word| lookup(w.bare) & DEMONYM != 0 && !w.bare.ends_with('s');
        // (The table flag first: `demonym_place` reads the whole demonym table.)
        let party =
            |w: &Word| lookup(w.bare) & DEMONYM != 0 && demonym_place(w.bare).is_some_and(|p| p.ends_with(" Party"));
        let describes_noun = |w: &Word| adjective(w) && (party(w) || !is_given(ws[c.first].bare));
        let mut cut = false;
        while c.last > c.first && describes_noun(&ws[c.last]) {
            c.last -= 1;
            while c.last > c.first && !ws[c.last].cap {
                c.last -= 1;
            }
            cut = true;
        }
        if c.last > c.first && party(&ws[c.first]) {
            let rest = &self.text[ws[c.first + 1].start..ws[c.last].end];
            let figure = c.last == c.first + 1 && lookup(rest) & SURNAME != 0 && !is_given(rest);
            if lookup(rest) & (ORG | PLACE) != 0 || figure {
                c.first += 1;
                cut = true;
            }
        }
        if cut && c.first == c.last {
            // A lone word left must be a known name ("Senate", "Iowa"): "Presumptive" is
            // an opener and "North Korean" or "Middle Eastern" one adjective.
            let w = &ws[c.first];
            let flags = lookup(w.bare);
            let named = flags & (PLACE | ORG | ORG_HEAD) != 0 || self.by_key.contains_key(&key(w.name));
            if !named || flags & (DEMONYM | STOP) != 0 {
                return None;
            }
        }
        Some(c)
    }

    /// A mention of a name the tables know whole (a programme, a faith, a law): one
    /// entity of its own, typed Other, whatever its words would say alone.
    fn record_work(&mut self, first: usize, last: usize) {
        let (start, end) = (self.words[first].start, self.words[last].end);
        let name = &self.text[start..end];
        let idx = *self.by_key.entry(key(name)).or_insert_with(|| {
            self.entities.push(Acc::new());
            self.entities.len() - 1
        });
        let acc = &mut self.entities[idx];
        acc.score[slot(EntityType::Other)] += 10.0;
        acc.mentions.push((Mention { start, end }, name.to_string()));
        acc.forms.insert(name.to_string());
    }

    /// Whether the quoted words `first..=last` read as a work's title rather than a name
    /// or words of speech in quotation marks. A title or a person's title opening them
    /// makes a name ("“Senator Cruz”"), so does an organisation's or a place's head or an
    /// acronym ending them ("the “Glass Ceiling Club”", "“New GM”"); capitals make a
    /// shout ("“THIS IS NOT OK”"), a function word opening them before a name makes speech
    /// ("“But Hillary”"), and names alone are names.
    fn titled(&self, first: usize, last: usize) -> bool {
        // A quoted name stays a name: one the tables or the article know (but as a work),
        // or a given name and a surname ("“Bill Clinton”").
        let name = &self.text[self.words[first].start..self.words[last].end];
        let known =
            self.by_key.get(&key(name)).is_some_and(|&e| self.entities[e].score[slot(EntityType::Other)] <= 0.0);
        let person = last == first + 1 && is_given(self.words[first].bare);
        if lookup(name) & (ORG | PLACE) != 0 || known || person {
            return false;
        }
        let ws = &self.words[first..=last];
        let flags = |w: &Word| lookup(w.bare);
        let named = |w: &Word| {
            is_given(w.bare)
                || flags(w) & (TITLE | PLACE | ORG | SURNAME) != 0
                || self.by_part.contains_key(w.name)
                || self.by_key.contains_key(&key(w.name))
        };
        let (opener, end) = (&ws[0], &ws[ws.len() - 1]);
        let speech =
            flags(opener) & STOP != 0 && !matches!(opener.bare, "A" | "An" | "The") && ws[1..].iter().any(named);
        // ("“Trump, Trump, Trump”": a chant of names.)
        let names = ws.iter().filter(|w| w.cap).all(named);
        flags(opener) & TITLE == 0
            && !names
            && flags(end) & (ORG_HEAD | PLACE_HEAD | ORG) == 0
            && !ORG_SUFFIXES.contains(&end.bare)
            && !(end.bare.len() > 1 && is_acronym(end.bare))
            && ws.iter().filter(|w| w.bare.len() > 1 && is_acronym(w.bare)).count() < 2
            && !speech
    }

    /// Types and links one candidate.
    fn record(&mut self, mut c: Candidate) {
        let ws = self.words;
        // "Hillary Clinton … Democrat Hillary Clinton", "Donald Trump … Billionaire Donald
        // Trump": words before the full name of a person already named describe that person;
        // the name is the full name (else the two would share "Clinton" and a lone
        // "Clinton" would go to neither). The full name opens with a given name, and no
        // given name stands before it ("Dana Ortiz Vega" is her own full name).
        if c.last > c.first + 1 {
            let given = |w: &Word| is_given(w.bare);
            let named = |k: usize| {
                if !given(&ws[k]) || given(&ws[k - 1]) {
                    return None;
                }
                let e = *self.by_key.get(&key(&self.text[ws[k].start..ws[c.last].end]))?;
                let s = self.entities[e].score;
                (s[0] > s[1].max(s[2])).then_some(k)
            };
            if let Some(k) = (c.first + 1..c.last).find_map(named) {
                c.first = k;
            }
        }
        let (first, last) = (&ws[c.first], &ws[c.last]);
        // "James\u{a0}Comey" is James Comey: a no-break space joins a name's words like a space.
        let spaced = self.text[first.start..last.end].replace('\u{a0}', " ");
        let name = spaced.as_str();
        let single = c.first == c.last;
        let flags = lookup(first.bare);
        // A lone demonym or title names nothing, even after "Islamic State" or "Prime Minister X",
        // unless it is the surname of a person already named and a verb or adverb follows, not
        // a noun it would describe ("Mark Cuban, the billionaire … Cuban also said …", while
        // "Cuban officials" stays a nationality).
        let tabled = flags & (PLACE | ORG | FIRST_NAME) != 0;
        if single && flags & (DEMONYM | TITLE | TITLE_MOD) != 0 && !tabled && !self.person_surname(first) {
            return;
        }
        // "Mexican-American", "Cuban-American": a compound of nationality words describes too
        // (its plural is a group: "Cuban-Americans").
        let compound = first.bare.contains('-') && !first.bare.ends_with('s');
        if single && compound && first.bare.split('-').all(|p| lookup(p) & DEMONYM != 0) {
            return;
        }
        // "William Buckley, Jr.": a generational suffix set off by a comma belongs to the
        // name before it and names no one alone.
        if single && GENERATIONAL.contains(&first.bare) {
            return;
        }
        // A lone month or function word names nothing, unless it is a known surname ("May").
        if single && flags & (CALENDAR | STOP) != 0 && !self.known_as_written(first) {
            return;
        }
        if single && self.names_a_day(c.first) {
            return;
        }
        // "THEY LOSE", "UNLESS": shouted words, not acronyms. Three capitalised words or more
        // are a shouted headline ("STRONG QUAKE RATTLES ITALY") unless known whole; a known
        // first word does not make them a name.
        let capitals = (c.first..=c.last).all(|i| is_acronym(ws[i].bare));
        let long = c.last >= c.first + 2;
        let shouted = capitals
            && (long
                || (c.first..=c.last).any(|i| {
                    let lower = ws[i].bare.to_lowercase();
                    self.lower.contains_key(&lower) || labels_story(ws[i].bare)
                }));
        let known = if long {
            lookup(name) & (PLACE | ORG) != 0 || self.by_key.contains_key(&key(name))
        } else {
            self.known(first)
        };
        // ("Portland, OR": a state's postal code after a town is no shouted word; "SALT LAKE
        // CITY —" a dateline's town.)
        let dateline = capitals && self.opens_dateline(&c);
        let named = known || dateline || (single && self.state_code_after_town(c.first));
        if shouted && !named {
            return;
        }
        // "ABSTRACT.", "FULL TEXT.", "CORRECTION:": capitals alone on their line head a
        // section, as database exports and live blogs write them. They name something only
        // when the tables know the words ("TWITTER.") or the article names it otherwise;
        // one word of five letters or fewer may be an acronym ("NATO:").
        let acronym = single && first.bare.chars().filter(|ch| ch.is_alphabetic()).count() <= 5;
        if capitals && !dateline && !acronym && self.alone_on_line(&c) {
            let words: Vec<String> = (c.first..=c.last).map(|i| title_case(&ws[i].bare.to_lowercase())).collect();
            let tabled = (lookup(name) | lookup(&words.join(" "))) & (PLACE | ORG | FIRST_NAME | SURNAME) != 0;
            if !tabled && !self.by_key.contains_key(&key(name)) {
                return;
            }
        }
        if single && first.bare.chars().count() < 2 {
            return;
        }
        // "@JohnMelloy", "#Vote2016", "pfASkm7vah": handles, tags and link codes.
        let before = self.text[..first.start].chars().next_back();
        let coded = first.name.chars().any(|c| c.is_ascii_digit()) && first.name.chars().any(char::is_lowercase);
        if matches!(before, Some('@' | '#' | '/')) || coded {
            return;
        }
        // "US$ 5 billion": a currency, not the country.
        if single && self.text[last.end..].starts_with('$') {
            return;
        }
        // "(D-Ohio)", "R-Ky.": a lawmaker's party and state.
        if single && ["D-", "R-", "I-"].iter().any(|p| first.name.starts_with(p)) {
            return;
        }
        // "Slovenian officials", "Gabonese police": an unlisted nationality adjective.
        let adjectival = ["ian", "ese", "ean"].iter().any(|s| first.bare.ends_with(s))
            && self.tokens.get(first.next_tok).is_some_and(|t| t.slice(self.text).starts_with(char::is_lowercase));
        if single && adjectival && !self.known(first) {
            return;
        }
        let mention = Mention { start: first.start, end: last.end };
        let evidence = self.evidence(&c, name, dateline);
        let k = key(name);
        let mut target = self.by_key.get(&k).copied();
        if target.is_none() && single {
            target = self.by_part.get(name).copied().flatten();
        }
        // (After a person's name: "Podesta Group Inc. … John Podesta … Podesta said".)
        if target.is_none() && single && !self.by_part.contains_key(name) {
            target = self.firms.get(name).copied();
        }
        // "FALLIN: Well, I think …": a transcript writes the speaker's surname in capitals.
        if target.is_none() && single && is_acronym(name) {
            target = self.by_part.get(&title_case(&name.to_lowercase())).copied().flatten();
        }
        // "the KKK … the Ku Klux Klan": an organisation's name after its acronym, with no
        // other form yet, is the acronym's organisation.
        if target.is_none() && !single && evidence.0 == EntityType::Org {
            let initials = self.initials(&c);
            let acronym_only = |e: usize| {
                let acc = &self.entities[e];
                acc.score[1] >= acc.score[0].max(acc.score[2])
                    && acc.forms.iter().all(|f| is_acronym(f) && key(f) == initials)
            };
            target = self.by_key.get(&initials).copied().filter(|&e| acronym_only(e));
        }
        // "Bill Clinton … Hillary Clinton … Mrs. Clinton": a courtesy title gives the sex, and
        // of the people named in full with the surname, the one of that sex is meant.
        if single && c.titled {
            let female =
                c.first.checked_sub(1).and_then(|i| title_female(ws[i].bare).filter(|_| is_courtesy(ws[i].bare)));
            if let Some(female) = female {
                let sex = |e: usize| self.entities[e].female;
                let fits: Vec<usize> =
                    self.bearers.get(name).into_iter().flatten().copied().filter(|&e| sex(e) == Some(female)).collect();
                if let [only] = fits[..] {
                    target = Some(only);
                } else if target.is_some_and(|e| sex(e) == Some(!female)) {
                    target = None;
                }
            }
        }
        let is_person = !single && evidence.0 == EntityType::Person;
        // "Donald J. Trump … Donald Trump", "Hillary Rodham Clinton … Hillary Clinton": a
        // full name whose first and last words both stand for one person is that person.
        // (Not "Joseph Reed Jr." after "Joseph Hale Jr.": a generational suffix is no surname.)
        let generational = GENERATIONAL.contains(&ws[c.last].bare) || matches!(ws[c.last].bare, "II" | "III" | "IV");
        // "Democrat Hillary Clinton … Hillary Clinton": the full name inside a person's longer
        // form is that person, and the longer mentions are cut to it (the word before was
        // a description, as when the full name comes first).
        if target.is_none() && is_person {
            if let Some(&e) = self.tails.get(&k) {
                target = Some(e);
                let n = name.split(' ').count();
                let acc = &mut self.entities[e];
                let mut described = Vec::new();
                for (m, form) in &mut acc.mentions {
                    let cut = form.match_indices(' ').nth_back(n - 1).map(|(i, _)| i + 1);
                    if let Some(cut) = cut.filter(|_| key(form).ends_with(&k)) {
                        described.extend(form.split(' ').next().map(str::to_string));
                        m.start += cut;
                        *form = form[cut..].to_string();
                    }
                }
                acc.forms = acc.mentions.iter().map(|(_, f)| f.clone()).collect();
                // The description ("Democrat") no longer stands for the person.
                for w in described {
                    if self.by_part.get(&w) == Some(&Some(e)) {
                        self.by_part.remove(&w);
                    }
                }
            }
        }
        // "Debbie Wasserman Schultz … Wasserman Schultz", "Marine Le Pen … Le Pen": a
        // surname of several words stands for the person as a one-word surname does.
        if target.is_none() && is_person {
            target = self.surnames.get(&k).copied();
        }
        if target.is_none() && is_person && !generational {
            if let (Some(Some(a)), Some(Some(b))) =
                (self.by_part.get(ws[c.first].name), self.by_part.get(ws[c.last].name))
            {
                // ("George W. Bush" after "George H.W. Bush": other middle initials, another man.)
                // The words between the first and the last ("H.W."), none for two words.
                fn middle(f: &str) -> &str {
                    f.split_once(' ').and_then(|(_, rest)| rest.rsplit_once(' ')).map_or("", |m| m.0)
                }
                let own = middle(name);
                let other = |f: &String| {
                    let m = middle(f);
                    !m.is_empty() && m != own && is_initials_or_initial(m)
                };
                if a == b && !(is_initials_or_initial(own) && self.entities[*a].forms.iter().any(other)) {
                    target = Some(*a);
                }
            }
        }
        if target.is_none() && is_person {
            // A full name absorbs an earlier one-word mention of the same person ("Barra" … "Mary Barra").
            let parts = [ws[c.first].name, ws[c.last].name];
            // (Repeats of a word nothing typed are no evidence against the person whose
            // surname it turns out to be: "Brafman noted", "said Brafman" sixteen times, then
            // "Ben Brafman". "Taj … Taj Mahal" shares a first word, no surname.)
            let surname = |k: usize| k == 1 || evidence.1 >= 2.0;
            let absorbed = parts.iter().enumerate().find_map(|(k, p)| {
                let e = *self.by_key.get(&key(p))?;
                let mut s = self.entities[e].score;
                if surname(k) {
                    s[1] -= self.entities[e].unknown;
                }
                // "Donald Trump … Trump … Trump Turnberry": a one-word mention that
                // already joined another full name is that person's, not this one's.
                let named = self.entities[e].forms.iter().any(|f| f.contains(' '));
                // "Donald Trump … Ivanka Trump … Trump said … Melania Trump": a word two
                // people named before share was left nobody's; a third does not take it.
                let shared = matches!(self.by_part.get(*p), Some(None));
                (s[1] < 3.0 && s[2] < 3.0 && !named && !shared).then_some((e, k))
            });
            target = absorbed.map(|(e, _)| e);
            // The word was a surname, so the guess made for an unknown word no longer stands.
            if let Some((e, _)) = absorbed.filter(|&(_, k)| surname(k)) {
                let acc = &mut self.entities[e];
                acc.score[1] -= acc.unknown;
                acc.unknown = 0.0;
            }
        }
        // A person's full name is rarely repeated in news, a company's often is ("Aer Lingus").
        // (Not a person's surname of several words after the full name: "Debbie Wasserman
        // Schultz … Wasserman Schultz … Wasserman Schultz".)
        let surname_of =
            |e: usize| self.entities[e].forms.iter().any(|f| f.strip_suffix(name).is_some_and(|p| p.ends_with(' ')));
        let evidence = match target {
            Some(e)
                if !single
                    && evidence == (EntityType::Person, 1.0)
                    && self.entities[e].forms.contains(name)
                    && !surname_of(e) =>
            {
                (EntityType::Org, 0.7)
            }
            _ => evidence,
        };
        let idx = match target {
            Some(e) => e,
            None => {
                self.entities.push(Acc::new());
                self.entities.len() - 1
            }
        };
        let acc = &mut self.entities[idx];
        if evidence == UNKNOWN_WORD {
            acc.unknown += evidence.1;
        }
        acc.score[slot(evidence.0)] += evidence.1;
        acc.mentions.push((mention, name.to_string()));
        acc.forms.insert(name.to_string());
        if !single && acc.female.is_none() {
            acc.female = name_female(name);
        }
        self.by_key.entry(k).or_insert(idx);
        if is_person {
            let given = |w: &Word| is_given(w.bare);
            for j in (c.first + 1..c.last).filter(|&j| given(&ws[j])) {
                self.tails.entry(key(&self.text[ws[j].start..last.end])).or_insert(idx);
            }
            for j in
                (c.first + 1..c.last).filter(|&j| ws[j].cap && !given(&ws[j]) && !is_initials_or_initial(ws[j].name))
            {
                self.surnames.entry(key(&self.text[ws[j].start..last.end])).or_insert(idx);
            }
        }
        if is_person {
            let bearers = self.bearers.entry(last.name.to_string()).or_default();
            if !bearers.contains(&idx) && bearers.len() < 8 {
                bearers.push(idx);
            }
        }
        if is_person || acc.score[0] > acc.score[1].max(acc.score[2]) && !single {
            // "Tireless Okafor wins praise. … Mayor Grace Okafor": a name that opens with a
            // given name or a title takes a word over from an earlier one that has neither
            // (a word stuck to the surname, not a second Okafor), instead of leaving the
            // lone "Okafor" to nobody.
            let given = is_given;
            let strong = is_person && (c.titled || given(ws[c.first].bare));
            for p in [ws[c.first].name, ws[c.last].name] {
                let owner = self.by_part.get(p).copied();
                let weak = |o: usize| {
                    let e = &self.entities[o];
                    // ("Secretary of State Hillary Clinton" cut as "State Hillary Clinton" has one.)
                    e.score[0] < 2.0
                        && e.forms.iter().all(|f| {
                            let words: Vec<&str> = f.split(' ').collect();
                            words[..words.len() - 1].iter().all(|w| !given(w.trim_end_matches('.')))
                        })
                };
                let next = match owner {
                    None => Some(idx),
                    Some(Some(o)) if o == idx => Some(idx),
                    Some(Some(o)) if strong && weak(o) => Some(idx),
                    Some(_) => None,
                };
                self.by_part.insert(p.to_string(), next);
            }
        }
        // "Zorvex Corp. … Zorvex said": a company's name alone is the company, once it has
        // been named with its legal form or trade ("Compaq Computer … Compaq").
        if !single && c.last - c.first <= 2 && acc_is_org(&self.entities[idx]) {
            let short = &ws[c.first];
            let tails = (c.first + 1..=c.last).all(|i| COMPANY_TAILS.contains(&ws[i].bare));
            if tails && !is_given(short.bare) && lookup(short.bare) & (PLACE | DEMONYM | STOP | TITLE) == 0 {
                self.firms.entry(short.name.to_string()).or_insert(idx);
            }
        }
        // "National Institute for Defense Studies" is also "NIDS".
        if !single && evidence.0 == EntityType::Org {
            let initials = self.initials(&c);
            if initials.chars().count() >= 2 {
                self.by_key.entry(initials).or_insert(idx);
            }
        }
    }

    /// The lowercase initials of a name's capitalised words ("Ku Klux Klan" → "kkk").
    fn initials(&self, c: &Candidate) -> String {
        let ws = self.words;
        (c.first..=c.last)
            .filter(|&i| ws[i].cap)
            .filter_map(|i| ws[i].name.chars().next())
            .flat_map(char::to_lowercase)
            .collect()
    }

    /// What the candidate's words and context say about its type; `dateline` tells
    /// whether it is a town in capitals opening a dateline.
    fn evidence(&self, c: &Candidate, name: &str, dateline: bool) -> Evidence {
        let ws = self.words;
        let (first, last) = (&ws[c.first], &ws[c.last]);
        let whole = lookup(name);
        let any = |flag: u16| (c.first..=c.last).any(|i| lookup(ws[i].bare) & flag != 0);
        let single = c.first == c.last;
        // "Angela Ruiz, 38,", "Dana Bay, a nurse from Ames,": an appositive only a
        // person takes outweighs the tables and head words.
        if person_appositive(&self.text[last.end..]) {
            return (EntityType::Person, 3.0);
        }
        // "WASHINGTON —", "DES MOINES, Iowa (AP) —": a dateline's town in capitals.
        if dateline {
            return (EntityType::Place, 3.0);
        }
        if whole & PLACE != 0 {
            return (EntityType::Place, 3.0);
        }
        // "relations with the West", "the East will suffer": the West and the East are
        // the parts of the world, where "West" alone is a surname ("Cornel West … West said").
        let the = c.first > 0 && ws[c.first - 1].name.eq_ignore_ascii_case("the");
        if single && the && matches!(first.bare, "West" | "East") {
            return (EntityType::Place, 1.5);
        }
        // "Michael Bloomberg … Bloomberg said": a lone word in the organisation table
        // that is the surname of a person already named is that person's.
        if single && whole & ORG != 0 && self.surname_of_person(first) {
            return self.context(c).unwrap_or((EntityType::Person, 1.0));
        }
        if whole & ORG != 0 {
            return (EntityType::Org, 3.0);
        }
        // "Procter & Gamble", "Bar & Grill": an ampersand joins the names of partners or
        // the words of a firm's or a show's name; it never stands inside one person's name.
        if !single
            && (c.first..c.last).any(|i| self.tokens.get(ws[i].next_tok).is_some_and(|t| t.slice(self.text) == "&"))
        {
            return (EntityType::Org, 3.0);
        }
        // A later one-word mention of a person: only its context adds evidence.
        if first.based {
            return (EntityType::Place, 3.0);
        }
        // A first or last word of a person's name, even one two people share ("Maria
        // Okafor … Daniel Okafor … Okafor bakes"), is a person's, whichever it is.
        if single && self.by_part.contains_key(name) {
            return self.context(c).unwrap_or((EntityType::Person, 0.3));
        }
        // "Bill Clinton … the Clintons", "Khizr Khan … the Khans": the plural of a surname
        // borne by a person named in full is the family, a group of people like "American
        // Jews" ([`group_of_people`]): no organisation, and no one person whom "he" or
        // "she" could stand for. (A party's members, "Democrats", are in the tables; a
        // plural the text also writes in lowercase is a common noun.)
        if single && self.family_of_named(first) {
            return (EntityType::Other, 2.0);
        }
        let last_flags = lookup(last.bare);
        let first_flags = lookup(first.bare);
        // "Jim Press", "Fred Hill": a given name before a head word that is also a surname.
        if c.last == c.first + 1
            && first_flags & FIRST_NAME != 0
            && first_flags & (PLACE | DEMONYM | ORG_START) == 0
            && SURNAME_HEADS.contains(&last.bare)
        {
            return (EntityType::Person, 2.0);
        }
        if !single && !any(ORG_HEAD | ORG_TAIL) {
            if let Some(group) = group_of_people(last.bare) {
                return (group, 3.0);
            }
        }
        // "Saudis", "Christians", "Iowans", "African-Americans": alone too, the members
        // of a people, place or faith are a group, no organisation (a party's members,
        // "Democrats", are one).
        let group = first.bare.rsplit('-').next().and_then(group_of_people);
        if single && group == Some(EntityType::Other) {
            return (EntityType::Other, 3.0);
        }
        // ("Republicans", "Democrats": a party's members are the party.)
        if single && group == Some(EntityType::Org) {
            return (EntityType::Org, 2.0);
        }
        // "College for All Act", "Department of Energy Organization Act": a law or a
        // treaty's name ends so, whatever the head before its joiner.
        if !single && LAW_TAILS.contains(&last.bare) {
            return (EntityType::Other, 3.0);
        }
        // "Institute for the Study of Human Rights", "Bill of Rights": a name joined by "of",
        // "for" or "on" has its head before the joiner, and that head gives the type.
        let joined =
            (c.first..c.last).find(|&i| HEAD_JOINERS.contains(&ws[i + 1].name)).filter(|&i| i > c.first || !single);
        if let Some(head) = joined.map(|i| lookup(ws[i].bare)) {
            if head & ORG_HEAD != 0 {
                return (EntityType::Org, 3.0);
            }
            if head & OTHER_HEAD != 0 {
                return (EntityType::Other, 3.0);
            }
        }
        if !single && last_flags & OTHER_HEAD != 0 {
            return (EntityType::Other, 3.0);
        }
        // "the Granite State", "the Gulf States": a state's byname or a group of states (an
        // organisation's department "of State" has its head before, "EU Member States" an
        // organisation's acronym, "Pro-Islamic State" a known name after a hyphen).
        let byname = !name.contains('-') && !(c.first..c.last).any(|i| is_acronym(ws[i].name));
        if !single && matches!(last.bare, "State" | "States") && byname && !any(ORG_HEAD) {
            return (EntityType::Place, 2.0);
        }
        if !single && last_flags & PLACE_HEAD != 0 {
            return (EntityType::Place, 3.0);
        }
        if last_flags & (ORG_HEAD | ORG_TAIL) != 0 && !single {
            return (EntityType::Org, 3.0);
        }
        if !single && lookup(first.bare) & PLACE_PREFIX != 0 {
            return (EntityType::Place, 3.0);
        }
        if !single && any(ORG_HEAD | ORG_TAIL) {
            return (EntityType::Org, 3.0);
        }
        if !single && any(PLACE_HEAD) {
            return (EntityType::Place, 2.0);
        }
        // "Trump Train", "Obama White House", "Clinton Cash": a world figure's surname
        // standing first, before words that are no name of theirs, names something of
        // theirs (a campaign, an administration, a book), not a person. A given name
        // ("Kim Wells"), a second listed name ("Xi Jinping"), a hyphenated given name
        // ("Moon Jae-in") or a person's context ("Harris Faulkner said") keeps the person.
        if !single && self.named_after_figure(c) && self.context(c).is_none_or(|e| e.0 != EntityType::Person) {
            return (EntityType::Org, 2.0);
        }
        if first.based {
            return (EntityType::Place, 3.0);
        }
        // "Mary Fallin … FALLIN: Well, …": a named person's surname in capitals is theirs.
        let surname = || self.by_part.get(&title_case(&name.to_lowercase())).is_some_and(Option::is_some);
        if single && is_acronym(name) && surname() {
            return (EntityType::Person, 1.0);
        }
        if is_acronym(name) {
            // "FLINT, Mich.": a dateline town.
            if let Some(e @ (EntityType::Place, _)) = self.context(c) {
                return e;
            }
            return (EntityType::Org, 2.5);
        }
        // "GM Europe", "Air France", "UK RAF": a known organisation or an acronym inside
        // (not a person's initials before a name: "G.K. Butterfield").
        let initials = is_initials(first.name) && (first_flags | lookup(first.name)) & (PLACE | ORG) == 0;
        // ("George H.W. Bush": initials between a given name and a surname are a person's.)
        let middle = |i: usize| i > c.first && i < c.last && is_initials(ws[i].name) && is_given(first.bare);
        if !single
            && (first_flags & (ORG | ORG_START) != 0
                || (c.first..=c.last).any(|i| {
                    is_acronym(ws[i].name)
                        && lookup(ws[i].name) & PLACE == 0
                        && !(i == c.first && initials)
                        && !middle(i)
                }))
        {
            return (EntityType::Org, 2.0);
        }
        // "HuffPost", "EgyptAir", "SiriusXM": a brand joins two words in one, each capitalised.
        // (After a given name it is a surname stuck to the next word: "Sam WilkesProducer".)
        let given_first = !single && is_given(first.bare);
        if (c.first..=c.last).any(|i| is_brand(ws[i].name)) && !c.titled && !given_first {
            return (EntityType::Org, 2.0);
        }
        if c.titled {
            return (EntityType::Person, 3.0);
        }
        // "Han Min-koo": a family name and a hyphenated given name.
        if !single && korean_given_name(Some(ws[c.last - 1].bare), last.name) {
            return (EntityType::Person, 2.0);
        }
        if !single && (is_given(first.bare) || initials || (c.first + 1..c.last).any(|i| is_initial(ws[i].bare))) {
            return (EntityType::Person, 2.0);
        }
        // "Sydney Moravec … Moravec told reporters", "Dana Keel … Keel said": a name of two
        // or three plain words whose last word speaks alone elsewhere in the article is a
        // person's, named later by surname as news does (an organisation takes "the": "the
        // Globe said"). A world figure's surname after a word that is no given name stays
        // out: "Team Obama … Obama said" names his campaign.
        let plain_word =
            |w: &Word| w.cap && w.name.chars().all(|ch| ch.is_alphabetic() || is_apostrophe(ch) || ch == '-');
        if !single
            && c.last - c.first <= 2
            && (c.first..=c.last).all(|i| plain_word(&ws[i]) && !is_acronym(ws[i].name))
            && self.lone_speakers.contains(last.name)
            && (last_flags & SURNAME == 0 || is_given(first.bare))
        {
            return (EntityType::Person, 1.5);
        }
        // "Khizr Khan … Ghazala Khan", "Donald Trump … Melania Trump": a name of two or
        // three plain words that ends in the surname of another person already named in
        // full is a relative's, given name known or not (a firm named after a founder
        // takes a head word: "Khan Holdings"). It is a person's even when repeated.
        if !single
            && c.last - c.first <= 2
            && (c.first..=c.last).all(|i| plain_word(&ws[i]) && !is_acronym(ws[i].name))
            && first_flags & (PLACE | ORG | ORG_START | DEMONYM | STOP) == 0
            && self.relative_named(name, last.name)
        {
            return (EntityType::Person, 2.0);
        }
        if !single && lookup(last.bare) & PLACE != 0 {
            return (EntityType::Place, 1.5);
        }
        // "Boston Globe", "Denver Broncos", "Oxford Economics": a place's name opening a
        // name that no place word ends is mostly a paper, a team or a firm named after it.
        if !single && first_flags & PLACE != 0 {
            return (EntityType::Org, 1.0);
        }
        if let Some(e) = self.context(c) {
            return e;
        }
        let plain = (c.first..=c.last)
            .all(|i| (ws[i].cap && ws[i].name.chars().all(char::is_alphabetic)) || PARTICLES.contains(&ws[i].name));
        // ("Neocons For Hillary", "Bank Of Ames": a capitalised function word inside
        // names a group, a firm or a work, never one person; nor does a nationality word
        // open a person's name: "Philippine Star" is a paper.)
        let function_word = (c.first..=c.last).any(|i| TITLE_FUNCTION_WORDS.contains(&ws[i].name));
        let nationality = first_flags & DEMONYM != 0 && !is_given(first.bare);
        if !single && c.last - c.first <= 2 && plain && !function_word && !nationality {
            return (EntityType::Person, 1.0);
        }
        if single && lookup(first.bare) & (FIRST_NAME | SURNAME) != 0 {
            return (EntityType::Person, 1.0 + f32::from(u8::from(lookup(first.bare) & SURNAME != 0)));
        }
        // "in Philadelphia and Cleveland", "Miami, Jacksonville and Tampa": a name listed
        // with a known place is another place.
        if self.listed_with_place(c) {
            return (EntityType::Place, 1.0);
        }
        UNKNOWN_WORD
    }

    /// Whether the one-word candidate is an item of a list joined by commas and "and" or
    /// "or" ("Miami, Jacksonville and Tampa") whose other items include a place the
    /// tables know. An item is a whole run of one to three capitalised words ("Super" in
    /// "Super Tuesday" is none), and a word that modifies the next ("Dublin-based",
    /// "Ohio's") ends the list; the conjunction stands before the last item only, so
    /// "In Ohio, Texas and Iowa, Grangers met" lists no "Grangers".
    fn listed_with_place(&self, c: &Candidate) -> bool {
        let ws = self.words;
        let tok = |i: usize| self.tokens.get(i).map(|t| t.slice(self.text));
        let joined = |a: &Word, b: &Word| a.sentence == b.sentence && a.cap && b.cap && a.next_tok == b.tok && !a.last;
        let w = &ws[c.first];
        let whole = |i: usize| !ws[i].last && !ws[i].based;
        if c.first != c.last
            || !whole(c.first)
            || c.first.checked_sub(1).is_some_and(|p| joined(&ws[p], w))
            || ws.get(c.first + 1).is_some_and(|n| joined(w, n))
        {
            return false;
        }
        let place = |a: usize, b: usize| {
            let name = &self.text[ws[a].start..ws[b].end];
            b - a <= 2 && lookup(name) & PLACE != 0 && lookup(name) & FIRST_NAME == 0
        };
        // The tokens between two items: a comma, "and", "or", or a comma and either, then
        // maybe "the" ("Queens and the Bronx"); the answer is whether a conjunction stands
        // there. (Words include the lowercase "and", "or" and "the"; a comma is a token only.)
        let separator = |from: usize, to: usize| {
            let to = if to > from + 1 && tok(to - 1) == Some("the") { to - 1 } else { to };
            match to.checked_sub(from) {
                Some(1) => matches!(tok(from), Some("," | "and" | "or")).then(|| tok(from) != Some(",")),
                Some(2) => (tok(from) == Some(",") && matches!(tok(from + 1), Some("and" | "or"))).then_some(true),
                _ => None,
            }
        };
        // The next item's word `k` from word `i`, on either side, and the separator's answer.
        let next_item = |i: usize, ks: [Option<usize>; 3]| {
            ks.into_iter().flatten().filter(|&k| k < ws.len()).find_map(|k| {
                let (x, y) = (&ws[i.min(k)], &ws[i.max(k)]);
                (ws[k].cap && x.sentence == y.sentence).then(|| separator(x.next_tok, y.tok)).flatten().map(|j| (k, j))
            })
        };
        let (mut conjunction, mut placed) = (false, false);
        let mut j = c.last;
        while let Some((k, conj)) = next_item(j, [Some(j + 1), Some(j + 2), Some(j + 3)]) {
            let mut end = k;
            while end + 1 < ws.len() && joined(&ws[end], &ws[end + 1]) {
                end += 1;
            }
            if !whole(end) {
                break;
            }
            conjunction |= conj;
            placed |= place(k, end);
            j = end;
            if conj {
                break;
            }
        }
        let mut i = c.first;
        let mut steps = 0;
        while let Some((k, conj)) = next_item(i, [i.checked_sub(1), i.checked_sub(2), i.checked_sub(3)]) {
            if conj && (steps > 0 || conjunction) {
                // A second conjunction: the candidate stands outside the list.
                return false;
            }
            if !whole(k) {
                break;
            }
            let mut start = k;
            while start > 0 && joined(&ws[start - 1], &ws[start]) {
                start -= 1;
            }
            conjunction |= conj;
            placed |= place(start, k);
            i = start;
            steps += 1;
        }
        conjunction && placed
    }

    /// Whether a lone word is the last word of a person's full name already recorded:
    /// the entity it belongs to scores as a person and has a form that opens with a
    /// given name and ends in the word ("Gerald Ford", not "Former Breitbart").
    fn surname_of_person(&self, w: &Word) -> bool {
        self.by_part.get(w.name).copied().flatten().is_some_and(|e| {
            let acc = &self.entities[e];
            acc.score[0] > acc.score[1].max(acc.score[2])
                && acc.forms.iter().any(|f| {
                    let given = f.split(' ').next().is_some_and(is_given);
                    given && f.strip_suffix(w.name).is_some_and(|p| p.ends_with(' '))
                })
        })
    }

    /// Whether `w` is the plural of the surname of a person named in full before ("Clintons").
    fn family_of_named(&self, w: &Word) -> bool {
        let Some(surname) = w.name.strip_suffix('s') else { return false };
        let tabled = lookup(w.name) & (DEMONYM | PLACE | ORG | STOP) != 0 || group_of_people(w.name).is_some();
        !tabled && !self.lower.contains_key(&w.name.to_lowercase()) && self.relative_named(w.name, surname)
    }

    /// Whether someone other than the entity named `name` was named in full as a person
    /// with the surname `surname` earlier in the text ("Khizr Khan" before "Ghazala
    /// Khan"). A word the text also uses in lowercase is a common noun, no surname
    /// ("Special Operations"), and a name opening with a nationality is no full name.
    fn relative_named(&self, name: &str, surname: &str) -> bool {
        if self.lower.contains_key(&surname.to_lowercase()) {
            return false;
        }
        let own = self.by_key.get(&key(name)).copied();
        let full = |f: &String| {
            f.split(' ').count() >= 2
                && f.ends_with(surname)
                && f.split(' ').next().is_some_and(|w| lookup(w) & (DEMONYM | PLACE | ORG | ORG_START | STOP) == 0)
        };
        self.bearers.get(surname).is_some_and(|people| {
            people.iter().any(|&e| {
                let acc = &self.entities[e];
                let s = acc.score;
                Some(e) != own && s[0] > s[1].max(s[2]) && acc.forms.iter().any(full)
            })
        })
    }

    /// Whether a name of two or more words opens with a world figure's surname that is
    /// no given name, and none of its other words is a name or a place ("Trump Train",
    /// "Obama White House"; not "Xi Jinping", "Kim Wells", "Moon Jae-in", nor a word
    /// already known as part of a person's name).
    fn named_after_figure(&self, c: &Candidate) -> bool {
        let ws = self.words;
        let given = |w: &Word| is_given(w.bare);
        let figure = lookup(ws[c.first].bare) & SURNAME != 0 && !given(&ws[c.first]);
        figure
            && (c.first + 1..=c.last).all(|i| {
                let w = &ws[i];
                lookup(w.bare) & (SURNAME | FIRST_NAME | PLACE) == 0
                    && !is_first_name(w.bare)
                    && !w.name.contains('-')
                    && !is_initial(w.bare)
                    && !self.by_part.contains_key(w.name)
            })
    }

    /// Evidence from the words around the candidate: ages, speech verbs, prepositions.
    fn context(&self, c: &Candidate) -> Option<Evidence> {
        let ws = self.words;
        let toks = self.tokens;
        let after = ws[c.last].next_tok;
        let tok = |i: usize| toks.get(i).map(|t| t.slice(self.text));
        // "Barra, 51, will lead", "Ruiz, a nurse from Ames": a person's appositive.
        if person_appositive(&self.text[ws[c.last].end..]) {
            return Some((EntityType::Person, 3.0));
        }
        // "Toulouse, France", "Sumter, South Carolina": a town followed by its country or
        // state, which may take more than one word.
        if tok(after) == Some(",") && self.place_follows(c.last + 1, after + 1) {
            return Some((EntityType::Place, 2.5));
        }
        // "Lynchburg, VA": a state's postal code after its town.
        if c.first == c.last && self.state_code_after_town(c.first) {
            return Some((EntityType::Place, 3.0));
        }
        let before = ws[c.first].tok.checked_sub(1).and_then(tok);
        // "— Ann Ruiz, Des Moines": after the signing name, each item is a place.
        if before == Some(",") && (self.ends_listing(c) || self.signed[ws[c.first].sentence]) {
            return Some((EntityType::Place, 2.0));
        }
        if c.first == c.last && !is_acronym(ws[c.first].name) && self.home_of_person(ws[c.first].tok, after) {
            return Some((EntityType::Place, 2.0));
        }
        // "the town of Wismar", "the island of Lesbos": a name after a settlement or
        // territory noun and "of" is the place it names.
        let before_of = ws[c.first].tok.checked_sub(2).and_then(tok);
        if before == Some("of") && before_of.is_some_and(|n| SETTLEMENTS.contains(&n)) {
            return Some((EntityType::Place, 2.0));
        }
        // "his wife, Marta,": a name in apposition to a noun of kinship.
        let before_comma = ws[c.first].tok.checked_sub(2).and_then(tok);
        if before == Some(",") && before_comma.is_some_and(|b| lexicon::kinship(b).is_some()) {
            return Some((EntityType::Person, 2.0));
        }
        if let Some(b) = before {
            if ROLE_NOUNS.contains(&b.to_lowercase().as_str()) {
                return Some((EntityType::Person, 2.0));
            }
            if PLACE_PREPS.contains(&b) {
                return Some((EntityType::Place, 1.0));
            }
        }
        if tok(after).is_some_and(|n| SPEECH_VERBS.contains(&n)) {
            // ("The Times said", "the Post reported": a paper or a body takes "the".)
            if before.is_some_and(|b| b.eq_ignore_ascii_case("the")) {
                return Some((EntityType::Org, 1.0));
            }
            return Some((EntityType::Person, 1.0));
        }
        None
    }

    /// Whether the word at token `tok` follows a noun for people and "from" ("a nurse from
    /// Ames", "supporters from Dunmore") or a noun for residents and "of" ("the people of
    /// Ashby"): people come from places, while "of" after other nouns ("the founder of
    /// Acme") names an organisation as often as a place. After "of", a lowercase noun
    /// following (`after`, the next token) makes the word an adjective ("people of
    /// Tagalog descent"); a conjunction, a verb or punctuation leaves it a name.
    fn home_of_person(&self, tok: usize, after: usize) -> bool {
        const GOES_ON: &[&str] = &["and", "or", "who", "are", "were", "have", "had", "will", "would", "to", "in"];
        const PEOPLE: &[&str] = &["people", "aide", "aides", "man", "men", "woman", "women", "family", "families"];
        const RESIDENTS: &[&str] = &["people", "residents", "citizens", "natives", "voters"];
        let word = |k: usize| tok.checked_sub(k).and_then(|i| self.tokens.get(i)).map(|t| t.slice(self.text));
        let Some(noun) = word(2).map(str::to_lowercase) else { return false };
        let noun = noun.as_str();
        let person = |n: &str| OCCUPATIONS.contains(&n) || PEOPLE.contains(&n);
        match word(1) {
            Some("from") => person(noun) || noun.strip_suffix('s').is_some_and(person),
            Some("of") => {
                let next = self.tokens.get(after).map(|t| t.slice(self.text));
                RESIDENTS.contains(&noun)
                    && next.is_none_or(|n| !n.starts_with(char::is_lowercase) || GOES_ON.contains(&n))
            }
            _ => false,
        }
    }

    /// Whether word `i`, which must start at token `tok`, is a known place: one word, no
    /// given name ("France", not "Georgia Smith"), or two or three that make up the
    /// whole run of capitalised words there ("New Hampshire"; not "New Jersey Gov.
    /// Chris Christie" nor "North Carolina's Richard Burr", which name people).
    fn place_follows(&self, i: usize, tok: usize) -> bool {
        let ws = self.words;
        let Some(first) = ws.get(i).filter(|w| w.tok == tok && w.cap) else { return false };
        let next = ws.get(i + 1).filter(|n| n.cap && n.tok == first.next_tok && n.sentence == first.sentence);
        // ("Jeb Bush, Ohio Gov. John Kasich": a place before a title describes the next person.)
        let titled = next.is_some_and(|n| lookup(n.bare) & (TITLE | TITLE_MOD) != 0);
        if lookup(first.name) & PLACE != 0 && lookup(first.name) & FIRST_NAME == 0 && !titled {
            return true;
        }
        let alone = next.is_none();
        if alone && self.state_code_after_town(i) {
            return true;
        }
        let mut j = i;
        while !ws[j].last
            && ws.get(j + 1).is_some_and(|n| n.cap && n.tok == ws[j].next_tok && n.sentence == first.sentence)
        {
            j += 1;
        }
        (i + 1..=i + 2).contains(&j) && !ws[j].last && lookup(&self.text[first.start..ws[j].end]) & PLACE != 0
    }

    /// Whether word `i` is a US state's postal code right after a capitalised word and a
    /// comma, as addresses and datelines write a town's state ("Lynchburg, VA",
    /// "Newark, NJ, 07102"). Alone the same letters are mostly an agency or a word ("the
    /// VA", "OK"), so only that position makes them a place.
    fn state_code_after_town(&self, i: usize) -> bool {
        let ws = self.words;
        let w = &ws[i];
        let Some(town) = i.checked_sub(1).map(|p| &ws[p]) else { return false };
        lookup(w.name) & STATE_CODE != 0
            && town.cap
            && !town.last
            && town.sentence == w.sentence
            && town.next_tok + 1 == w.tok
            && self.tokens.get(town.next_tok).is_some_and(|t| t.slice(self.text) == ",")
            && self.text[..w.start].ends_with(", ")
    }

    /// Whether the candidate opens its line as a dateline does: a town of one to three
    /// words, then maybe a comma and a state, country or date, maybe an agency in
    /// brackets, and a dash after a space ("WASHINGTON —", "DES MOINES, Iowa —",
    /// "FLINT, Mich. (AP) --", "CLEVELAND, July 19 (UPI) —"). A dash stuck to the word
    /// follows a kicker ("FAREWELL—"), and a word the article also writes in lowercase, or
    /// a stop word or story label the tables know, is a label ("EXCLUSIVE –"), not a town.
    fn opens_dateline(&self, c: &Candidate) -> bool {
        let ws = self.words;
        let (start, end) = (ws[c.first].start, ws[c.last].end);
        let line = line_start(self.text, start);
        if c.last > c.first + 2 || !self.text[line..start].trim().is_empty() {
            return false;
        }
        // A town's name may hold common words ("STATE COLLEGE, Pa. —", "ATLANTIC CITY —
        // … the city's"): a state or country after a comma marks the town, and a town of
        // several words needs only one word the article never writes in lowercase, as a
        // name's own word ("York", "Atlantic"). Alone, a word also written in lowercase is a
        // kicker ("FAREWELL —").
        let lower = |i: usize| self.lower.contains_key(&ws[i].bare.to_lowercase());
        let regional = self.text[end..].starts_with(", ");
        if !regional && (c.first..=c.last).all(lower) {
            return false;
        }
        // "BREAKING —", "EXCLUSIVE –": a word that labels stories, and that no place table
        // knows, is no town even when the article never writes it in lowercase.
        if (c.first..=c.last).all(|i| labels_story(ws[i].bare)) {
            return false;
        }
        let mut rest = &self.text[end..];
        if let Some(r) = rest.strip_prefix(", ") {
            let stop = r.find(|ch: char| !(ch.is_alphanumeric() || ch == '.' || ch == ' ')).unwrap_or(r.len());
            if stop > 30 || !r.starts_with(char::is_uppercase) || !r[..stop].ends_with(' ') {
                return false;
            }
            rest = &r[stop..];
        } else if !rest.starts_with(' ') {
            return false;
        }
        rest = rest.trim_start_matches(' ');
        if rest.starts_with('(') {
            match rest.find(')') {
                Some(i) if i <= 30 => rest = rest[i + 1..].trim_start_matches(' '),
                _ => return false,
            }
        }
        rest.starts_with(['—', '–', '―']) || rest.starts_with("--") || rest.starts_with("- ")
    }

    /// Whether the candidate is alone on its line but for a closing period or colon.
    fn alone_on_line(&self, c: &Candidate) -> bool {
        let ws = self.words;
        let (start, end) = (ws[c.first].start, ws[c.last].end);
        let line = line_start(self.text, start);
        let line_end = self.text[end..].find('\n').map_or(self.text.len(), |i| end + i);
        self.text[line..start].trim().is_empty()
            && self.text[end..line_end].trim().trim_end_matches(['.', ':']).is_empty()
    }

    /// Whether the candidate closes a line that lists a person by name, age and
    /// particulars, as vox-pops and reader panels do: "Ann Ruiz, 38, teacher, Des
    /// Moines:", "— Tom Hale, 61, retired farmer, Boone". The last item is where the
    /// person lives.
    fn ends_listing(&self, c: &Candidate) -> bool {
        let ws = self.words;
        let start = ws[c.first].start;
        let line = line_start(self.text, start);
        let rest = self.text[ws[c.last].end..].trim_start_matches(' ');
        listed_person(&self.text[line..start]).is_some()
            && (rest.is_empty() || rest.starts_with([':', '.', '\n', '\r']))
    }

    /// The entities, typed by their strongest evidence, ordered by first mention.
    fn finish(self) -> Vec<Entity> {
        let lower = self.lower;
        let mut out: Vec<Entity> = self
            .entities
            .into_iter()
            .filter(|a| !a.mentions.is_empty() && !common_word(a, &lower))
            .map(|mut a| {
                a.mentions.sort_by_key(|(m, _)| *m);
                let kind = [EntityType::Person, EntityType::Org, EntityType::Place, EntityType::Other]
                    .into_iter()
                    .zip(a.score)
                    .fold((EntityType::Other, 0.0f32), |best, (k, s)| if s > best.1 { (k, s) } else { best })
                    .0;
                // The fullest form: most words ("Ann Lowell" over a lone "Northerners"), then
                // most letters, then a form in lowercase letters over one in capitals ("St.
                // Louis" over a dateline's "ST. LOUIS").
                let size = |s: &str| (s.split(' ').count(), s.chars().count(), s.chars().any(char::is_lowercase));
                let name = a
                    .mentions
                    .iter()
                    .map(|(_, s)| s.as_str())
                    .fold("", |best, s| if size(s) > size(best) { s } else { best })
                    .to_string();
                let mut seen = HashSet::new();
                let aliases: Vec<String> = a
                    .mentions
                    .iter()
                    .filter(|(_, s)| *s != name && seen.insert(s.as_str()))
                    .map(|(_, s)| s.clone())
                    .collect();
                Entity { name, kind, mentions: a.mentions.into_iter().map(|(m, _)| m).collect(), aliases }
            })
            .collect();
        out.sort_by_key(|e| e.mentions[0].start);
        out
    }
}

/// Whether `a` is a common word a title capitalised: one word, typed by nothing but the
/// guess for an unknown word, that the article also writes in lowercase ("the Gang of
/// Eight" … "voted as a gang", "the movie 13 Hours" … "hours later").
fn common_word(a: &Acc, lower: &HashMap<String, usize>) -> bool {
    a.forms.len() == 1
        && a.unknown > 0.0
        && a.score[1] <= a.unknown
        && a.score[0] <= 0.0
        && a.score[2] <= 0.0
        && a.score[3] <= 0.0
        && a.forms.iter().all(|f| {
            let mut chars = f.chars();
            chars.next().is_some_and(char::is_uppercase)
                && chars.all(|c| c.is_lowercase() || c == '\'' || c == '’')
                && lookup(f) == 0
                // ("a vote in the House": a chamber, written so in every legislature.)
                && f != "House"
                && lower.get(&f.to_lowercase()).is_some_and(|&n| n >= a.mentions.len())
        })
}

/// Whether the entity's evidence so far makes it an organisation.
fn acc_is_org(a: &Acc) -> bool {
    a.score[1] > a.score[0].max(a.score[2]).max(a.score[3])
}

/// Words that end a company's name after the name it goes by: its legal form or its
/// trade ("Compaq Computer", "Zorvex Corp.", "Bilco Group").
const COMPANY_TAILS: &[&str] = &[
    "Corp",
    "Corporation",
    "Inc",
    "Co",
    "Company",
    "Companies",
    "Group",
    "Holdings",
    "Industries",
    "LLC",
    "Ltd",
    "plc",
    "PLC",
    "Computer",
    "Computers",
    "Technologies",
    "Motors",
    "Airlines",
    "Enterprises",
    "Pharmaceuticals",
    "Systems",
    "Foods",
    "Partners",
    "Capital",
    "Media",
    "Communications",
    "Entertainment",
    "Labs",
];

/// Index of an entity type in an evidence array.
const fn slot(kind: EntityType) -> usize {
    match kind {
        EntityType::Person => 0,
        EntityType::Org => 1,
        EntityType::Place => 2,
        EntityType::Other => 3,
    }
}

/// Words of a government portfolio after "Secretary of" or "Chief of" ("State",
/// "Homeland Security", "Health and Human Services", "Staff"), and their joiners.
const PORTFOLIO_WORDS: &[&str] = &[
    "State",
    "Staff",
    "Defense",
    "Defence",
    "Treasury",
    "Commerce",
    "Labor",
    "Labour",
    "Energy",
    "Education",
    "Agriculture",
    "Transportation",
    "Transport",
    "Interior",
    "Health",
    "Human",
    "Services",
    "Housing",
    "Urban",
    "Development",
    "Homeland",
    "Security",
    "Veterans",
    "Affairs",
    "and",
    "the",
];

/// Whether `word` can stand in a portfolio's name ([`PORTFOLIO_WORDS`]).
fn in_portfolio(word: &str) -> bool {
    PORTFOLIO_WORDS.contains(&word)
}

/// Splits a run at its titles: "U.S. President Donald Trump" → "U.S." and the titled
/// "Donald Trump"; "Secretary of State Antony Blinken" → the titled "Antony Blinken".
fn split_titles(ws: &[Word], run: &[usize]) -> Vec<Candidate> {
    let flags = |i: usize| lookup(ws[i].bare);
    let whole = |a: usize, b: usize| Candidate { first: run[a], last: run[b], titled: false };
    let n = run.len();
    let Some(t) = (0..n).rev().find(|&k| flags(run[k]) & TITLE != 0) else {
        return vec![whole(0, n - 1)];
    };
    // "Martin Luther King Jr.": a title word with only a generational suffix after it is
    // a surname (a suffix names no one).
    if t + 1 < n && (t + 1..n).all(|k| GENERATIONAL.contains(&ws[run[k]].bare)) {
        return vec![whole(0, n - 1)];
    }
    // "General Motors", "Justice Department", "Prince Edward Island": a head word right
    // after the title makes the run a name of its own ("Officer of AirTran Airways" does not).
    let direct = (t + 1..n).take_while(|&k| ws[run[k]].cap);
    if t + 1 < n && direct.clone().any(|k| flags(run[k]) & (ORG_HEAD | PLACE_HEAD) != 0) {
        return vec![whole(0, n - 1)];
    }
    // "Brennan Center for Justice", "Ministry of Defence": a title word ending the run
    // after an organisation's head and a joiner is the organisation's field, not a title.
    if t == n - 1 && t >= 2 && !ws[run[t - 1]].cap && (0..t - 1).any(|k| flags(run[k]) & ORG_HEAD != 0) {
        return vec![whole(0, n - 1)];
    }
    let mut out = Vec::new();
    // The title and its modifiers ("Prime Minister", "Chief Executive") belong to no name.
    let mut p = t;
    while p > 0 && (flags(run[p - 1]) & (TITLE | TITLE_MOD) != 0 || !ws[run[p - 1]].cap) {
        p -= 1;
    }
    if p > 0 {
        out.push(whole(0, p - 1));
    }
    let mut q = t + 1;
    // "Secretary of State Antony Blinken": skip the portfolio up to a given name.
    if q < n && !ws[run[q]].cap {
        let given = (q..n).find(|&k| flags(run[k]) & FIRST_NAME != 0);
        match given {
            Some(g) => {
                // "President of the United States Barack Obama": the portfolio is a name too.
                let start = (q..g).find(|&k| ws[run[k]].cap && ws[run[k]].name != "The");
                if let Some(s) = start {
                    out.push(whole(s, g - 1));
                }
                q = g;
            }
            None => {
                let start = (q..n).find(|&k| ws[run[k]].cap && ws[run[k]].name != "The");
                let Some(s) = start else { return out };
                // "Secretary of State Clinton", "Chief of Staff Denis McDonough": a
                // cabinet portfolio ends at the first word that is none, and the name
                // after it is the titled person's (no given name need be known).
                let past = (s..n).find(|&k| !in_portfolio(ws[run[k]].name));
                match past {
                    Some(k) if k > s && ws[run[k]].cap => {
                        out.push(Candidate { first: run[k], last: run[n - 1], titled: true })
                    }
                    _ => out.push(whole(s, n - 1)),
                }
                return out;
            }
        }
    }
    // Later title words ("President Vice Chairman X") are skipped too.
    while q < n && flags(run[q]) & (TITLE | TITLE_MOD) != 0 && flags(run[q]) & FIRST_NAME == 0 {
        q += 1;
    }
    // "Senator Marco Rubio of Florida", "Chancellor Angela Merkel of Germany": the
    // titled name ends before "of"; what follows is a name of its own.
    let of = (q + 1..n).find(|&k| ws[run[k]].name == "of");
    if let Some(o) = of {
        out.push(Candidate { first: run[q], last: run[o - 1], titled: true });
        if let Some(s) = (o + 1..n).find(|&k| ws[run[k]].cap && ws[run[k]].name != "The") {
            out.push(whole(s, n - 1));
        }
    } else if q < n {
        out.push(Candidate { first: run[q], last: run[n - 1], titled: true });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::sentences::split;

    fn found(text: &str) -> Vec<(String, EntityType, usize)> {
        extract(text, &split(text)).into_iter().map(|e| (e.name, e.kind, e.mentions.len())).collect()
    }

    fn has(text: &str, name: &str, kind: EntityType) -> bool {
        found(text).iter().any(|(n, k, _)| n == name && *k == kind)
    }

    /// (sentence, entity name, type) that a careful reader would annotate.
    const CASES: &[(&str, &str, EntityType)] = &[
        ("Japan's Ministry of Defense said on Monday it had no comment.", "Ministry of Defense", EntityType::Org),
        ("Japan's Ministry of Defense said on Monday it had no comment.", "Japan", EntityType::Place),
        ("The talks were broadcast by NHK on Tuesday.", "NHK", EntityType::Org),
        (
            "He works at the National Institute for Defense Studies in Tokyo.",
            "National Institute for Defense Studies",
            EntityType::Org,
        ),
        (
            "Fighting continued near the Zaporizhzhia Nuclear Power Plant.",
            "Zaporizhzhia Nuclear Power Plant",
            EntityType::Place,
        ),
        ("Chancellor Olaf Scholz flew to Paris.", "Olaf Scholz", EntityType::Person),
        ("Secretary of State Antony Blinken met Chinese officials.", "Antony Blinken", EntityType::Person),
        ("Secretary of State Clinton flew to Beijing.", "Clinton", EntityType::Person),
        ("White House Chief of Staff Denis McDonough spoke first.", "Denis McDonough", EntityType::Person),
        ("Secretary of Homeland Security Jeh Johnson testified.", "Jeh Johnson", EntityType::Person),
        ("General Motors cut 10,000 jobs in Detroit.", "General Motors", EntityType::Org),
        ("Mary Barra, 51, will lead the firm.", "Mary Barra", EntityType::Person),
        ("The Tokyo-based company denied the report.", "Tokyo", EntityType::Place),
        ("Shares of Apple Inc. fell 3.5 percent.", "Apple Inc.", EntityType::Org),
        ("John F. Kennedy was shot in Dallas.", "John F. Kennedy", EntityType::Person),
        ("The Bank of England raised rates.", "Bank of England", EntityType::Org),
        ("Charles de Gaulle led France.", "Charles de Gaulle", EntityType::Person),
        ("Flooding hit the Gulf of Mexico coast.", "Gulf of Mexico", EntityType::Place),
        ("The European Union and the U.S. agreed.", "European Union", EntityType::Org),
        ("Protests spread across Manhattan.", "Manhattan", EntityType::Place),
        ("Veterans of the Cold War marched.", "Cold War", EntityType::Other),
        ("Osama bin Laden was killed in Pakistan.", "Osama bin Laden", EntityType::Person),
        ("Fighters of the Islamic State fled.", "Islamic State", EntityType::Org),
        ("Chrysler vice chairman Jim Press resigned.", "Jim Press", EntityType::Person),
        ("The plant in Toulouse, France, opened.", "Toulouse", EntityType::Place),
        ("FLINT, Mich. (UPI) -- Water was tested.", "FLINT", EntityType::Place),
        ("Obama signed the bill.", "Obama", EntityType::Person),
        ("Sellers on eBay cut prices.", "eBay", EntityType::Org),
    ];

    #[test]
    fn a_name_whose_surname_speaks_alone_later_is_a_person() {
        // A place word or an unknown word first; the surname alone later says who it is.
        let text = "The gala honoured Sydney Moravec and others. Later, Moravec told reporters she was moved.";
        assert!(has(text, "Sydney Moravec", EntityType::Person), "{:?}", found(text));
        let text = "Dallas Pelletier opened the hearing. But Pelletier said little after it.";
        assert!(has(text, "Dallas Pelletier", EntityType::Person), "{:?}", found(text));
        // An organisation named after a place keeps its type: the paper takes "the".
        let text = "The Denver Ledger ran the story. The Ledger said it stood by it.";
        assert!(has(text, "Denver Ledger", EntityType::Org), "{:?}", found(text));
    }

    #[test]
    fn a_town_that_people_come_from_is_a_place() {
        for (text, name) in [
            ("A nurse from Ames said the lines were long.", "Ames"),
            ("Supporters from Dunmore cheered the speech.", "Dunmore"),
            ("The people of Ashby are still waiting for clean water.", "Ashby"),
        ] {
            assert!(has(text, name, EntityType::Place), "{name} in {text:?}: {:?}", found(text));
        }
        // An acronym after "from" is an organisation; "of X descent" is no place.
        assert!(has("A reporter from WKTV asked first.", "WKTV", EntityType::Org));
        assert!(!has("Many people of Tagalog descent voted.", "Tagalog", EntityType::Place));
    }

    #[test]
    fn a_vox_pop_sign_off_keeps_the_surname() {
        // A sign-off line capitalises every word, yet it is no headline.
        let text = "Voters spoke on Monday.\n\n\"We need better roads.\" - Paula Griggs, Cedar Falls\n\n\"Taxes are too high.\"\nOwen Marsh, Ankeny, Iowa\n";
        for (name, kind) in [
            ("Paula Griggs", EntityType::Person),
            ("Cedar Falls", EntityType::Place),
            ("Owen Marsh", EntityType::Person),
        ] {
            assert!(has(text, name, kind), "{name}: {:?}", found(text));
        }
        let speakers: Vec<Option<String>> =
            crate::analysis::analyze(text, None).quotes.into_iter().map(|q| q.speaker.name).collect();
        assert_eq!(speakers, [Some("Paula Griggs".to_string()), Some("Owen Marsh".to_string())]);
        // A title-case headline with a comma stays a headline.
        assert!(!signed_person("Warren, Sanders Hammer Banks"));
        assert!(!signed_person("Maria Lopez, Tom Hale Trade Barbs"));
    }

    #[test]
    fn a_town_before_a_state_of_several_words_is_a_place() {
        for (text, name) in [
            ("The rally in Greenvale, South Carolina, drew a crowd.", "Greenvale"),
            ("She spoke at a diner outside Millbrook, New Hampshire, on Friday.", "Millbrook"),
            ("Voters from Tarrow, New York, lined up early.", "Tarrow"),
        ] {
            assert!(has(text, name, EntityType::Place), "{name} in {text:?}: {:?}", found(text));
        }
    }

    #[test]
    fn a_datelines_town_in_capitals_is_a_place() {
        for (text, town) in [
            ("MARLOW — The council voted on Tuesday to close the pool.", "MARLOW"),
            ("KETTERING, Ohio — Voters lined up before dawn.", "KETTERING"),
            ("EAST BEXLEY (AP) -- The plant closed on Friday.", "EAST BEXLEY"),
            ("PORT ALDEN, Sept. 4 (UPI) — Ferries stopped running.", "PORT ALDEN"),
            ("Council notes\nGRAND FALLS CITY – The mayor resigned.", "GRAND FALLS CITY"),
        ] {
            assert!(has(text, town, EntityType::Place), "{town} in {text:?}: {:?}", found(text));
        }
        // A kicker with the dash stuck to it, or a word the article also writes in
        // lowercase, is no town; nor are capitals inside a line.
        for (text, word) in [
            ("FAREWELL—The bakery closes at the end of the month.", "FAREWELL"),
            ("UPDATE — The update came late, and the roads stay closed.", "UPDATE"),
            ("Officials said the ACME — a new group — would meet.", "ACME"),
        ] {
            assert!(!has(text, word, EntityType::Place), "{word} in {text:?}: {:?}", found(text));
        }
    }

    #[test]
    fn an_abbreviated_place_prefix_in_capitals_opens_the_datelines_town() {
        for (text, town) in [
            ("Pool closes\nST. ALDEN — The council voted on Tuesday to close the pool.", "ST. ALDEN"),
            ("Pool closes\nFT. BEXLEY, Texas — The council voted on Tuesday.", "FT. BEXLEY"),
            ("Pool closes\nMT. CARMODY, N.Y. — The council voted on Tuesday.", "MT. CARMODY"),
        ] {
            assert!(has(text, town, EntityType::Place), "{town} in {text:?}: {:?}", found(text));
        }
        assert!(has("The ferry left Ft. Bexley on Monday.", "Ft. Bexley", EntityType::Place));
    }

    #[test]
    fn a_datelines_town_may_hold_words_the_article_writes_in_lowercase() {
        for (text, town) in [
            ("Pool closes\nSTATE HARBOR, Pa. — The state will pay, and the harbor stays open.", "STATE HARBOR"),
            ("Pool closes\nNEW ALDEN (AP) — The council voted on a new plan on Tuesday.", "NEW ALDEN"),
            ("Pool closes\nSALT MARSH CITY — The city voted on Tuesday.", "SALT MARSH CITY"),
            ("Pool closes\nREADING, Pa. — The council spent a week reading the plan.", "READING"),
        ] {
            assert!(has(text, town, EntityType::Place), "{town} in {text:?}: {:?}", found(text));
        }
        // Every word of the run written in lowercase, with no state after it: a kicker.
        let text = "Pool closes\nGOOD NEWS — The pool stays open, which is good news for swimmers.";
        assert!(found(text).iter().all(|(n, _, _)| !n.contains("GOOD") && !n.contains("NEWS")), "{:?}", found(text));
    }

    #[test]
    fn a_name_in_capitals_takes_the_articles_lowercase_form() {
        let text = "Pool closes\nMARLOW — The council voted on Tuesday. Marlow has three pools.";
        assert!(has(text, "Marlow", EntityType::Place), "{:?}", found(text));
    }

    #[test]
    fn a_sentence_opening_a_known_place_keeps_its_common_first_word() {
        let text = "Ferry fares rise\nThe new fares start in May. New Jersey Gov. Dale Harmon signed the bill. \
                    \"New Mexico is next,\" he said. West Virginia waits for the west bridge.";
        for place in ["New Jersey", "New Mexico", "West Virginia"] {
            assert!(has(text, place, EntityType::Place), "{place}: {:?}", found(text));
        }
    }

    #[test]
    fn a_states_newspaper_abbreviation_is_a_place() {
        let text = "Ferry fares rise\nSen. Dale Harmon (Tex.) and Rep. Ann Lee (Del.) voted no. \
                    The ferry runs from Alden, Wisc., twice a day.";
        for state in ["Tex.", "Del.", "Wisc."] {
            assert!(has(text, state, EntityType::Place), "{state}: {:?}", found(text));
        }
    }

    #[test]
    fn an_ordinal_before_a_laws_or_events_head_is_part_of_its_name() {
        let text = "Gun debate\nThe senator spoke about the Second Amendment on Monday. \
                    First, she praised the First Amendment; the Third Harbor War ended long ago.";
        for (name, kind) in [
            ("Second Amendment", EntityType::Other),
            ("First Amendment", EntityType::Other),
            ("Third Harbor War", EntityType::Other),
        ] {
            assert!(has(text, name, kind), "{name}: {:?}", found(text));
        }
    }

    #[test]
    fn a_laws_name_joined_by_of_is_one_name() {
        let text = "Records fight\nThe group sued under the Freedom of Information Act on Monday, \
                    citing the Protection of Harbors Act too.";
        for law in ["Freedom of Information Act", "Protection of Harbors Act"] {
            assert!(has(text, law, EntityType::Other), "{law}: {:?}", found(text));
        }
    }

    #[test]
    fn a_story_label_before_a_dash_is_no_town() {
        // The label is written in capitals once and never in lowercase, so only the
        // tables tell it from a town; the town beside it stays a place.
        for label in ["EXCLUSIVE", "ANALYSIS", "WATCH", "BREAKING", "UPDATE"] {
            let text = format!("{label} – The mayor will resign, aides said.\nShe took office in Marlow in 2019.");
            let names = found(&text);
            assert!(names.iter().all(|(n, _, _)| n != label), "{label}: {names:?}");
            assert!(has(&text, "Marlow", EntityType::Place), "{label}: {names:?}");
        }
        assert!(has("MARLOW – The mayor will resign, aides said.", "MARLOW", EntityType::Place));
    }

    #[test]
    fn a_line_pointing_to_an_account_is_no_headline() {
        // Every word but "on" is capitalised, as in a title-case headline, where an
        // unknown surname would need backing; the handle shows a sign-off.
        let text = "The council approved the new budget on Tuesday.\nFollow Tess Varga on Twitter @TessVarga.";
        assert!(has(text, "Tess Varga", EntityType::Person), "{:?}", found(text));
        let text = "The council met.\nFollow Dan Orloff on Twitter: https://Twitter.example/DanOrloff";
        assert!(has(text, "Dan Orloff", EntityType::Person), "{:?}", found(text));
    }

    #[test]
    fn a_tabled_opener_the_article_writes_in_lowercase_is_a_common_word() {
        let text = "Jobs report lifts the markets. The jobs report came out on Friday.";
        assert!(found(text).iter().all(|(n, _, _)| n != "Jobs"), "{:?}", found(text));
        // Named earlier, or capitalised inside a sentence, it is a name.
        let text = "Steve Jobs spoke first. Jobs said the jobs of his staff were safe.";
        assert!(has(text, "Steve Jobs", EntityType::Person), "{:?}", found(text));
        assert_eq!(found(text)[0].2, 2, "{:?}", found(text));
    }

    #[test]
    fn capitals_alone_on_their_line_head_a_section() {
        let text = "ABSTRACT.\n\nThe mill will reopen.\n\nFULL TEXT.\n\nThe mill in Marlow will reopen.\n\n\
                    CORRECTION APPENDED.\n\nREADER LETTERS:\n\nNATO:\nThe alliance met.\n\nTWITTER.\n";
        let names: Vec<String> = found(text).into_iter().map(|(n, _, _)| n).collect();
        assert_eq!(names, ["Marlow", "NATO", "TWITTER"], "{:?}", found(text));
    }

    #[test]
    fn a_state_postal_code_after_a_town_is_a_place() {
        for (text, town, code) in [
            ("The Marlow, VA, council voted to close the pool.", "Marlow", "VA"),
            ("Her letters went to a post box in Kettering, PA.", "Kettering", "PA"),
            ("She moved to Bexley, OH, after the plant closed.", "Bexley", "OH"),
        ] {
            for name in [town, code] {
                assert!(has(text, name, EntityType::Place), "{name} in {text:?}: {:?}", found(text));
            }
        }
        // Alone the letters name an agency ("the VA") or are a word.
        assert!(has("The VA said it would review the claims.", "VA", EntityType::Org));
    }

    #[test]
    fn a_name_after_a_noun_of_kinship_and_a_comma_is_a_person() {
        for (text, name) in [
            ("The mayor arrived with his wife, Odalys, and two aides.", "Odalys"),
            ("Her nephew, Tavish, still runs the farm.", "Tavish"),
            ("He thanked his mom, Odalys, for the cake.", "Odalys"),
        ] {
            assert!(has(text, name, EntityType::Person), "{name} in {text:?}: {:?}", found(text));
        }
    }

    #[test]
    fn initials_inside_a_persons_name_are_no_acronym() {
        let text = "Harold J.K. Whitcombe opened the library in 1991. Whitcombe later taught there.";
        assert!(has(text, "Harold J.K. Whitcombe", EntityType::Person), "{:?}", found(text));
        // Other middle initials, another man: father and son stay two people.
        let text = "Harold J.K. Whitcombe opened the library. His son Harold T. Whitcombe runs it now.";
        let people = found(text).into_iter().filter(|(_, k, _)| *k == EntityType::Person).count();
        assert_eq!(people, 2, "{:?}", found(text));
    }

    #[test]
    fn a_relative_of_a_person_named_in_full_is_a_person_even_when_repeated() {
        // An unknown given name, repeated in full as a company's name would be.
        let text = "Omar Haddad thanked the crowd. Leyla Haddad spoke next. \
                    Leyla Haddad said the town had changed. Aides praised Leyla Haddad.";
        assert!(has(text, "Leyla Haddad", EntityType::Person), "{:?}", found(text));
        // A common noun of the text is no surname.
        let text = "Lou Beacon fixed the old beacon. Silver Beacon stayed shut. \
                    Silver Beacon reopened in May, and Silver Beacon hired staff.";
        assert!(has(text, "Silver Beacon", EntityType::Org), "{:?}", found(text));
    }

    #[test]
    fn a_surname_of_several_words_joins_the_full_name() {
        let text = "Rep. Debra Castillo Ortega opened the hearing. Castillo Ortega said the bill was flawed, \
                    and Castillo Ortega voted against it.";
        let found = found(text);
        assert_eq!(found, [("Debra Castillo Ortega".to_string(), EntityType::Person, 3)], "{found:?}");
        // Repeated, the short form is no company's name either.
        let text = "Odalys Castillo Ortega runs the clinic. Castillo Ortega hired six nurses. \
                    Castillo Ortega pays them well. Castillo Ortega trained them. Castillo Ortega rests now. \
                    Castillo Ortega plans a second clinic, and Castillo Ortega will run it.";
        assert!(has(text, "Odalys Castillo Ortega", EntityType::Person), "{:?}", super::tests::found(text));
    }

    #[test]
    fn a_generational_suffix_belongs_to_the_name_before_it() {
        let text = "Crowds gathered for a Martin Luther King Jr. parade in Selma on Monday.";
        assert!(has(text, "Martin Luther King Jr", EntityType::Person), "{:?}", found(text));
        let text = "The lodge was founded by Amos Whitfield, Jr. and his two brothers.";
        assert!(found(text).iter().all(|(n, _, _)| !n.starts_with("Jr")), "{:?}", found(text));
    }

    #[test]
    fn abbreviated_titles_name_no_one() {
        let text = "The envoy met Pres. Okonjo on Monday and briefed Sec. Varga later.";
        let found = found(text);
        assert!(found.iter().all(|(n, _, _)| !n.starts_with("Pres") && !n.starts_with("Sec")), "{found:?}");
        assert!(found.iter().any(|(n, k, _)| n == "Okonjo" && *k == EntityType::Person), "{found:?}");
    }

    #[test]
    fn a_family_named_by_a_plural_surname_is_a_group_not_an_organisation() {
        let text =
            "Rosa Delgado runs the bakery. The Delgados opened it in 1998, and the Delgados still live above it.";
        assert!(has(text, "Delgados", EntityType::Other), "{:?}", found(text));
    }

    #[test]
    fn a_persons_appositive_types_a_person() {
        // Names the tables or head words would call places or organisations.
        for (text, name) in [
            ("Dana Bay, 38, of Tulsa, has not decided.", "Dana Bay"),
            ("Among them is Carmen Lake, a nurse from Omaha, who backs the plan.", "Carmen Lake"),
            ("Jordan, 45, said nothing.", "Jordan"),
            ("For Georgia Hall, an unemployed welder in Gary, the plan came late.", "Georgia Hall"),
            ("Lee Academy, 41-year-old owner of a bakery, was there.", "Lee Academy"),
        ] {
            assert!(has(text, name, EntityType::Person), "{name} in {text:?}: {:?}", found(text));
        }
        assert!(person_appositive(", 38, of Ames"));
        assert!(person_appositive(", a 38-year-old nurse"));
        assert!(person_appositive(", 38-year-old mother of two"));
        assert!(person_appositive(", a retired school teacher from Ames,"));
        // Companies, countries and years take other appositives.
        assert!(!person_appositive(", a maker of farm equipment,"));
        assert!(!person_appositive(", a member of NATO,"));
        assert!(!person_appositive(", a leader in robotics,"));
        assert!(!person_appositive(", 2015, was a good year"));
        assert!(!person_appositive(", 38 percent of voters"));
        assert!(!person_appositive(", 3,700 in Germany"));
        assert!(has("It cut 4,300 jobs in France, 3,700 in Germany and 400 in Spain.", "France", EntityType::Place));
        assert!(!person_appositive(", a nurse,"));
        assert!(!person_appositive(" 38,"));
        assert!(!has(
            "Shares of Deere Brothers, a maker of farm equipment, fell.",
            "Deere Brothers",
            EntityType::Person
        ));
        assert!(has("Shares of Deere Brothers, a farmer from Ohio, fell.", "Deere Brothers", EntityType::Person));
    }

    #[test]
    fn a_given_name_ending_in_ly_opens_a_name_not_an_adverb() {
        // "Reportedly, …" opens a sentence with an adverb; "Carly Hale" opens it with a
        // woman's name, which the first-name table knows.
        let text = "Carly Hale threw her support behind the mayor on Monday. Hale, a former banker, spoke in Ames.";
        assert!(has(text, "Carly Hale", EntityType::Person), "{:?}", found(text));
        assert!(!found("Reportedly Hale spoke first.").iter().any(|(n, _, _)| n.starts_with("Reportedly")));
    }

    #[test]
    fn news_names_are_found_and_typed() {
        for &(text, name, kind) in CASES {
            assert!(has(text, name, kind), "{name} as {kind:?} in {text:?}: {:?}", found(text));
        }
    }

    /// Capitalised words that are not entities.
    const NOT_ENTITIES: &[&str] = &[
        "Focusing on the nuclear aspect, he spoke.",
        "Further, the ministry said nothing.",
        "Overall, this engagement may prove pivotal.",
        "Through these discussions, aims shifted.",
        "The backdrop cannot be understated.",
        "Russian and Japanese experts met on March 17.",
        "He said the President would decide.",
        "Posters read THEY LOSE and WE WIN, they said.",
        "STORM FLOODS COASTAL TOWNS\nThe rain fell all week.",
        "Totaling US$ 5 billion, the deal closed at 10:00 UTC.",
        "Reportedly, the vote passed.",
        "(D-Ohio) and (R-Ky.) voted, @JohnDoe tweeted.",
    ];

    #[test]
    fn openers_demonyms_and_titles_are_not_entities() {
        for text in NOT_ENTITIES {
            assert_eq!(found(text), [], "{text:?}");
        }
    }

    #[test]
    fn aliases_merge_into_the_full_name() {
        let text = "U.S. President Donald Trump spoke. President Trump left. Trump’s aides stayed. \
                    Heio Chinji agreed. Later, Heio said more.";
        let got = extract(text, &split(text));
        let trump = got.iter().find(|e| e.name == "Donald Trump").expect("Trump");
        assert_eq!(trump.kind, EntityType::Person);
        assert_eq!(trump.mentions.len(), 3);
        assert_eq!(trump.aliases, ["Trump"]);
        let heio = got.iter().find(|e| e.name == "Heio Chinji").expect("Heio");
        assert_eq!(heio.mentions.len(), 2);
        assert!(got.iter().all(|e| !e.name.contains("President")));
    }

    #[test]
    fn a_surname_that_is_a_nationality_word_is_the_person() {
        // "Cuban" alone is a nationality word, but after "Mark Cuban" it is his surname when
        // it acts as the subject; before a noun it still describes ("Cuban officials").
        let text = "Mark Cuban visited Ames on Monday. Cuban also said the tax was unfair. \
                    Cuban officials did not comment.";
        let got = extract(text, &split(text));
        let cuban = got.iter().find(|e| e.name == "Mark Cuban").expect("Mark Cuban");
        assert_eq!(cuban.kind, EntityType::Person);
        assert_eq!(cuban.mentions.len(), 2);
        assert!(got.iter().all(|e| e.name != "Cuban"));
    }

    #[test]
    fn firms_programmes_offices_and_outlets_are_not_people() {
        // Unknown two-word names default to people; these carry a sign that they are not.
        for (text, name, kind) in [
            // An ampersand joins partners or the words of a firm's name, never one person's.
            ("Shares of Halvorsen & Pike rose 3 percent.", "Halvorsen & Pike", EntityType::Org),
            ("Workers met at Rudy's Bar & Grill after the shift.", "Bar & Grill", EntityType::Org),
            // A programme's or an office's head word.
            ("Cuts to Social Security would hurt retirees.", "Social Security", EntityType::Org),
            // … which is no head joining the name before it into one organisation.
            ("He vowed to protect Medicare and Social Security.", "Social Security", EntityType::Org),
            ("The Science Directorate said the test failed.", "Science Directorate", EntityType::Org),
            // A business's premises.
            ("Donors gathered at the Larkspur Hotel downtown.", "Larkspur Hotel", EntityType::Place),
            // "on" after a place gives its address: two places.
            ("They met at the Larkspur Hotel on Elm Street.", "Larkspur Hotel", EntityType::Place),
            ("They met at the Larkspur Hotel on Elm Street.", "Elm Street", EntityType::Place),
            ("The rally ended at the Maple Tavern in Keene.", "Maple Tavern", EntityType::Place),
            // News outlets named without a head word.
            ("Agence France-Presse said the blast shook the port.", "Agence France-Presse", EntityType::Org),
            ("The senator told the Daily Beast he would run.", "Daily Beast", EntityType::Org),
            // Heads of projects, corps and consultancies; a show is a work.
            ("Donors to the Harbor Literacy Project gave more.", "Harbor Literacy Project", EntityType::Org),
            ("She joined the Teaching Corps in May.", "Teaching Corps", EntityType::Org),
            ("He hired Lakeside Strategies to run ads.", "Lakeside Strategies", EntityType::Org),
            ("He told the Dana Lee Show on Sunday he would run.", "Dana Lee Show", EntityType::Other),
            // A sentence's period is not part of a head word ("Bank" is no "Corp.").
            ("The loan came from the World Bank.", "World Bank", EntityType::Org),
            ("Shares of Lorne Mills Co. rose.", "Lorne Mills Co.", EntityType::Org),
        ] {
            assert!(has(text, name, kind), "{name} as {kind:?} in {text:?}: {:?}", found(text));
        }
    }

    #[test]
    fn groups_of_people_are_not_one_person() {
        // A name ending in a plural noun for members is a group: a party's (an
        // organisation) or a people's, a place's or a faith's (other).
        for (text, name, kind) in [
            ("Statehouse Democrats said the vote would fail.", "Statehouse Democrats", EntityType::Org),
            ("Harbor County Republicans met on Tuesday.", "Harbor County Republicans", EntityType::Org),
            ("Many Cuban Americans voted early in Dade.", "Cuban Americans", EntityType::Other),
            ("Thousands of New Yorkers marched downtown.", "New Yorkers", EntityType::Other),
            ("Leaders of American Jews met the envoy.", "American Jews", EntityType::Other),
            // An organisation's head word keeps it an organisation.
            ("The National Council of Evangelicals wrote back.", "National Council of Evangelicals", EntityType::Org),
            // Surnames that look plural stay people.
            ("Tom Sanders and Ella Jones won seats.", "Tom Sanders", EntityType::Person),
        ] {
            assert!(has(text, name, kind), "{name} as {kind:?} in {text:?}: {:?}", found(text));
        }
    }

    #[test]
    fn adjectives_of_party_nation_or_faith_are_no_part_of_a_name() {
        // An adjective ending the name describes the noun after it; the name before it
        // stands alone, and an adjective alone or with a compass word names nothing.
        for (text, name, kind) in [
            ("Ohio Republican voters lined up early.", "Ohio", EntityType::Place),
            ("She met Senate Democratic leaders at noon.", "Senate", EntityType::Org),
            // A party adjective before a known place, organisation or figure describes it.
            ("A Democratic White House would veto it.", "White House", EntityType::Place),
            ("Aides say Republican Ohio will decide.", "Ohio", EntityType::Place),
            // A given name keeps a surname that is such a word.
            ("Tom French said the plan works.", "Tom French", EntityType::Person),
        ] {
            assert!(has(text, name, kind), "{name} as {kind:?} in {text:?}: {:?}", found(text));
        }
        for text in [
            "Presumptive Republican nominee Ed Varga spoke.",
            "Many North Korean soldiers crossed over.",
            "Middle Eastern diplomats met in Doha.",
            "The Republican Jewish leaders wrote back.",
        ] {
            let got = found(text);
            assert!(
                got.iter()
                    .all(|(n, ..)| !["Presumptive", "North", "Middle", "Republican"].iter().any(|w| n.starts_with(w))),
                "{text:?}: {got:?}"
            );
        }
    }

    #[test]
    fn an_unbacked_opener_before_a_title_or_a_full_name_describes_the_person() {
        // A capitalised common word opening the sentence, then a title or a given name and
        // surname: the word describes the person and names nothing itself.
        for (text, name) in [
            ("Incumbent Mayor Tom Brady lost the race on Tuesday.", "Tom Brady"),
            ("Embattled Gov. Ron Pratt resigned after the audit.", "Ron Pratt"),
            ("Moderator Lena Voss asked about the budget.", "Lena Voss"),
            ("The vote was close. Rival Nora Quist conceded at midnight.", "Nora Quist"),
        ] {
            let got = found(text);
            assert!(got.iter().map(|(n, ..)| n.as_str()).eq([name]), "{text:?}: {got:?}");
        }
        // A company named again elsewhere is backed, and keeps its name.
        let text = "Acme CEO John Smith resigned. The board of Acme met later.";
        assert!(has(text, "Acme", EntityType::Org), "{:?}", found(text));
        assert!(has(text, "John Smith", EntityType::Person), "{:?}", found(text));
    }

    #[test]
    fn a_lone_plural_for_members_of_a_people_place_or_faith_is_a_group() {
        let text = "At the rally, Saudis and Nevadans joined Christians and Korean-Americans, \
                    and Democrats stayed home.";
        for group in ["Saudis", "Nevadans", "Christians", "Korean-Americans"] {
            assert!(has(text, group, EntityType::Other), "{group}: {:?}", found(text));
        }
        assert!(has(text, "Democrats", EntityType::Org), "{:?}", found(text));
    }

    #[test]
    fn regions_of_a_country_are_places_and_their_adjectives_name_nothing() {
        let text = "The Latest: Okafor gains\n\nOkafor leads across the South and the Rust Belt, \
                    where Southern voters fear the Islamist threat.";
        let f = found(text);
        assert!(has(text, "South", EntityType::Place), "{f:?}");
        assert!(has(text, "Rust Belt", EntityType::Place), "{f:?}");
        assert!(f.iter().all(|(n, ..)| !["Southern", "Islamist", "Latest"].contains(&n.as_str())), "{f:?}");
    }

    #[test]
    fn a_lone_party_member_noun_names_nothing() {
        let text = "Ruiz, a Democrat, faces Hale. The Ohio Democrat said Democrats would win.";
        let f = found(text);
        assert!(f.iter().all(|(n, ..)| !n.contains("Democrat ") && n != "Democrat"), "{f:?}");
        assert!(has(text, "Ohio", EntityType::Place), "{f:?}");
        assert!(has(text, "Democrats", EntityType::Org), "{f:?}");
    }

    #[test]
    fn large_us_cities_are_places() {
        let text = "Orlando police kept order as the rally moved on. Okafor then flew to Des Moines, \
                    and Milwaukee officials said the Orlando crowd had been calm.";
        assert!(has(text, "Orlando", EntityType::Place), "{:?}", found(text));
        assert!(has(text, "Des Moines", EntityType::Place), "{:?}", found(text));
        assert!(has(text, "Milwaukee", EntityType::Place), "{:?}", found(text));
    }

    #[test]
    fn common_nouns_written_as_acronyms_name_nothing() {
        let text = "A super PAC backing Okafor spent heavily, and rival PACs answered. \
                    The VP of sales said NDAs bound the CEOs.";
        let f = found(text);
        assert!(f.iter().all(|(n, ..)| !["PAC", "PACs", "VP", "NDAs", "CEOs"].contains(&n.as_str())), "{f:?}");
        assert!(f.iter().any(|(n, ..)| n == "Okafor"), "{f:?}");
    }

    #[test]
    fn a_listed_faith_disease_or_law_is_one_thing_not_an_organisation() {
        let text = "Okafor spoke of Islam, of Zika and of Obamacare, and of the Glass-Steagall Act.";
        for name in ["Islam", "Zika", "Obamacare", "Glass-Steagall Act"] {
            assert!(has(text, name, EntityType::Other), "{name}: {:?}", found(text));
        }
    }

    #[test]
    fn a_programme_named_whole_is_one_work() {
        let text = "This Week Belongs To Okafor\n\nRuiz said on “Face the Nation” that she would run. \
                    Later, on Morning Joe, Joe Okafor agreed.";
        let f = found(text);
        assert!(has(text, "Face the Nation", EntityType::Other), "{f:?}");
        assert!(has(text, "Morning Joe", EntityType::Other), "{f:?}");
        assert!(has(text, "Joe Okafor", EntityType::Person), "{f:?}");
        assert!(f.iter().all(|(n, ..)| n != "Nation" && n != "This Week"), "{f:?}");
    }

    #[test]
    fn a_name_opening_after_a_prefix_and_hyphen_starts_there() {
        let text = "Ruiz faces the post-New Mexico scrutiny. An anti-Maria Okafor group formed, \
                    and the pre-Cold War files were opened.";
        assert!(has(text, "New Mexico", EntityType::Place), "{:?}", found(text));
        assert!(has(text, "Maria Okafor", EntityType::Person), "{:?}", found(text));
        assert!(found(text).iter().any(|(n, ..)| n == "Cold War"), "{:?}", found(text));
        // A name complete in itself stays in its adjective.
        let text = "The anti-Okafor Daily Ledger ran the story.";
        assert!(found(text).iter().all(|(n, ..)| !n.contains("Okafor")), "{:?}", found(text));
    }

    #[test]
    fn a_word_that_names_a_day_with_its_weekday_is_no_organisation() {
        let text = "The race turns to Super Tuesday. Shoppers crowded malls on Black Friday, \
                    and the church held services on Good Friday.";
        assert!(found(text).is_empty(), "{:?}", found(text));
        // A name before a weekday keeps its mention.
        let text = "Voters in Ohio backed Okafor Tuesday, and Okafor thanked them.";
        assert!(found(text).iter().any(|(name, ..)| name == "Okafor"), "{:?}", found(text));
    }

    #[test]
    fn a_body_opening_the_sentence_before_its_post_is_an_organisation() {
        // Named once, at the start of the sentence: only the post after it backs the name.
        for (text, org, person) in [
            ("Acme CEO John Smith said the plant will close. Smith spoke on Monday.", "Acme", "John Smith"),
            ("Varco Chief Executive Ann Lee said sales fell.", "Varco", "Ann Lee"),
            ("Tallis Chairman Omar Reyes resigned on Friday.", "Tallis", "Omar Reyes"),
        ] {
            assert!(has(text, org, EntityType::Org), "{text:?}: {:?}", found(text));
            assert!(has(text, person, EntityType::Person), "{text:?}: {:?}", found(text));
        }
        // An office takes a describing word, and a word the article writes in lowercase
        // describes before a post too.
        for text in [
            "Incumbent Mayor Tom Brady lost the race on Tuesday.",
            "Interim CEO Tom Brady said the interim plan would hold.",
            // Words that tell how long a post is held name no company, even written once.
            "Interim CEO Tom Brady said the plant will close.",
            "Outgoing Chairman Tom Brady thanked the board.",
            "Longtime President Tom Brady will retire in the spring.",
        ] {
            let got = found(text);
            assert!(got.iter().map(|(n, ..)| n.as_str()).eq(["Tom Brady"]), "{text:?}: {got:?}");
        }
    }

    #[test]
    fn a_name_listed_with_a_known_place_is_a_place() {
        for (text, town) in [
            ("The campaign held town halls in Boston and Dunmore on Monday.", "Dunmore"),
            ("Ads will run in the Chicago, Tarrow and Ludlow markets next week.", "Tarrow"),
            ("Ads will run in the Chicago, Tarrow and Ludlow markets next week.", "Ludlow"),
            ("She won in Boston, Dunmore and the Quell.", "Quell"),
        ] {
            assert!(has(text, town, EntityType::Place), "{town} in {text:?}: {:?}", found(text));
        }
        // A word that modifies the next, a word inside a longer name and a name after
        // the list's last item are no items of it.
        for (text, name) in [
            ("Boston-based Varco and Dublin-based Tallis called off the merger.", "Varco"),
            ("She won in Ohio and Quell Tuesday states.", "Quell"),
            ("In Ohio, Texas and Iowa, Grangers met.", "Grangers"),
        ] {
            assert!(!has(text, name, EntityType::Place), "{name} in {text:?}: {:?}", found(text));
        }
    }

    #[test]
    fn a_place_before_a_title_describes_the_next_person() {
        // After a comma a known place follows a town ("Marlow, Ohio"), but before a title
        // it opens the next person's description, not the name before's state.
        let text = "On stage were Dana Kessler, Ohio Gov. Tom Hale and two others.";
        assert!(has(text, "Dana Kessler", EntityType::Person), "{:?}", found(text));
        let text = "The plant in Marlow, Ohio closed.";
        assert!(has(text, "Marlow", EntityType::Place), "{:?}", found(text));
    }

    #[test]
    fn a_name_after_a_settlement_noun_and_of_is_a_place() {
        for (text, place) in [
            ("Ferries stopped running to the island of Varoa after the storm.", "Varoa"),
            ("Police in the town of Kesmar said the road was open again.", "Kesmar"),
            ("Farmers in the province of Danlu harvested early.", "Danlu"),
        ] {
            assert!(has(text, place, EntityType::Place), "{place} in {text:?}: {:?}", found(text));
        }
    }

    #[test]
    fn a_head_word_opening_a_sentence_before_a_lowercase_word_is_a_common_noun() {
        // "Court", "Federal", "Radio": organisation heads, yet alone before a lowercase word
        // they open a sentence as common nouns and adjectives.
        let text = "The storm hit at dawn. Court clerks stayed home. Federal officials said the roads \
                    were shut. Radio towers fell near the river.";
        assert!(found(text).is_empty(), "{:?}", found(text));
        // With a name before it the head makes an organisation.
        let text = "Harmon Radio hired two reporters.";
        assert!(has(text, "Harmon Radio", EntityType::Org), "{:?}", found(text));
    }

    #[test]
    fn a_lowercase_verb_makes_a_capitalised_sentence_no_headline() {
        // Five words, four capitalised, and a stop: the share of a title-case line, but
        // title case would have capitalised "resigned" too. So every word of the name
        // counts, not only those the tables or the body back.
        for (text, name) in [
            ("Carlos Alberto Vidal Jr. resigned. The board met for an hour.", "Carlos Alberto Vidal Jr"),
            ("Guests included Tom Reyes, Ana Lund, Paul Ostrow and Mary Kell.", "Paul Ostrow"),
        ] {
            assert!(has(text, name, EntityType::Person), "{name} in {text:?}: {:?}", found(text));
        }
        // A title-case headline keeps its rule: only backed words are names.
        let text = "Harlan Mills Wins Board Seat.\n\nVoters chose Mills on Tuesday.";
        assert!(!found(text).iter().any(|(n, ..)| n.contains("Wins")), "{:?}", found(text));
    }

    #[test]
    fn a_lone_word_repeated_before_the_full_name_is_the_persons_surname() {
        // Seven lone mentions guess an organisation each; the full name says surname.
        let text = "The case was big.\n\nThen Brafman exposed the tactics. It was Brafman who won, and \
                    Brafman knew it, as Brafman always did; Brafman was happy, and so Brafman left, and \
                    Brafman slept. The judge was swayed by Ben Brafman.";
        assert_eq!(found(text), [("Ben Brafman".to_string(), EntityType::Person, 8)]);
    }

    #[test]
    fn and_after_a_persons_name_joins_no_organisation_to_it() {
        let text = "Former Ambassador John Hale and Daily News editor Ana Ortiz denounced the plan.";
        assert!(has(text, "John Hale", EntityType::Person), "{:?}", found(text));
        assert!(has(text, "Daily News", EntityType::Org), "{:?}", found(text));
        // A firm's head after "and" keeps the founder's name in the firm's.
        let text = "The book was published by Henry Holt and Company last year.";
        assert!(has(text, "Henry Holt and Company", EntityType::Org), "{:?}", found(text));
    }

    #[test]
    fn a_partys_members_alone_are_the_party() {
        let text = "Poll shows gains\n\nAbout 75 percent of Democrats said yes, and 60 percent of Democrats said no.";
        assert!(has(text, "Democrats", EntityType::Org), "{:?}", found(text));
    }

    #[test]
    fn a_brand_of_two_capitalised_words_in_one_is_an_organisation() {
        for (text, name) in [
            ("Ortiz told HuffPost Live that she was tired.", "HuffPost Live"),
            ("Pilots had flown for SkyHarbor. SkyHarbor said the crew was experienced.", "SkyHarbor"),
        ] {
            assert!(has(text, name, EntityType::Org), "{name} in {text:?}: {:?}", found(text));
        }
        // Surnames with a prefix stay people.
        let text = "Sen. Ron DeSoto spoke. DeSoto said the bill would pass.";
        assert!(has(text, "Ron DeSoto", EntityType::Person), "{:?}", found(text));
    }

    #[test]
    fn a_function_word_spelling_an_acronyms_initials_is_no_mention_of_it() {
        let text = "AT&T bought the firm. At the time, it was cheap. At least 15 people left.";
        assert_eq!(found(text), [("AT&T".to_string(), EntityType::Org, 1)]);
    }

    #[test]
    fn a_name_after_the_before_a_speech_verb_is_no_person() {
        let text = "Her aide told the Ledger that she would run. The Ledger said the aide wrote back.";
        assert!(has(text, "Ledger", EntityType::Org), "{:?}", found(text));
    }

    #[test]
    fn a_nationality_word_opens_no_persons_name() {
        // Two plain words default to a person, but not after "Filipino" or "American": a
        // paper, a group, a programme. Its adjective is then no alias of anyone either.
        for (text, name) in [
            ("The Filipino Star reported the ban. Filipino workers protested.", "Filipino Star"),
            ("Donors gave to American Harvest, a super PAC.", "American Harvest"),
        ] {
            assert!(!has(text, name, EntityType::Person), "{name} in {text:?}: {:?}", found(text));
        }
    }

    #[test]
    fn a_chamber_of_a_legislature_is_one_name_and_compound_nationalities_name_nothing() {
        let text = "He was speaker of the Ohio House of Representatives before the vote.";
        assert!(has(text, "Ohio House of Representatives", EntityType::Org), "{:?}", found(text));
        let text = "She said the judge is Mexican-American, and Cuban-American voters agreed.";
        assert!(found(text).is_empty(), "{:?}", found(text));
    }

    #[test]
    fn a_transcripts_speaker_label_in_capitals_is_the_person_named_before() {
        let text = "Governor Dana Fallow spoke on Sunday.\n\nHOST: How will he heal?\n\nFALLOW: Well, \
                    I think the nation needs to work together.\n\nHOST: And then?\n\nFALLOW: We will see.";
        assert_eq!(found(text), [("Dana Fallow".to_string(), EntityType::Person, 3)]);
    }

    #[test]
    fn a_full_name_repeated_stays_a_person_when_any_table_knows_its_given_name() {
        // A person's full name is rarely repeated, a firm's often is; a given name the
        // speaker tables know ("Jeb") outweighs that.
        let text = "Trump mocked Jeb Bush again. “Jeb Bush has no energy,” he wrote. Fans of Jeb Bush booed.";
        assert!(has(text, "Jeb Bush", EntityType::Person), "{:?}", found(text));
        let text = "Parents of Sandy Hook victims sued. Sandy Hook Elementary reopened.";
        assert!(has(text, "Sandy Hook", EntityType::Place), "{:?}", found(text));
        assert!(has(text, "Sandy Hook Elementary", EntityType::Org), "{:?}", found(text));
    }

    #[test]
    fn a_possessive_capitalised_inside_a_sentence_opens_a_name() {
        let text = "Ads from the super PAC Our Values PAC ran in Iowa. Our team saw them.";
        assert!(has(text, "Our Values PAC", EntityType::Org), "{:?}", found(text));
        assert!(!found(text).iter().any(|(n, ..)| n == "Our"), "{:?}", found(text));
    }

    #[test]
    fn a_listed_organisation_after_a_whole_listed_name_is_a_second_name() {
        let text = "An Islamic State Twitter account posted the video.";
        assert!(has(text, "Islamic State", EntityType::Org), "{:?}", found(text));
        assert!(has(text, "Twitter", EntityType::Org), "{:?}", found(text));
    }

    #[test]
    fn a_title_case_function_word_is_no_part_of_a_name() {
        // The body capitalises "In" and "She" where they open sentences; in the headline they
        // are function words, so the name stops before them and they name no one later.
        let text = "Mayor Takes Aim At Dana Whitlow In Fiery Speech\n\nIn a speech on Monday, the mayor \
                    attacked Dana Whitlow. She answered within the hour. In the end, Whitlow won.";
        let names = found(text);
        assert!(names.iter().any(|(n, _, mentions)| n == "Dana Whitlow" && *mentions == 3), "{names:?}");
        assert!(!names.iter().any(|(n, ..)| n.contains("In") || n.contains("She")), "{names:?}");
        // Nor is a name with a capitalised function word inside one person, who would then
        // take every later "Hillary".
        let text = "Critics Mock Neocons For Hillary\n\nThe group calls itself “Neocons For Hillary.” \
                    Its members say Hillary is the safer choice.";
        assert!(!has(text, "Neocons For Hillary", EntityType::Person), "{:?}", found(text));
    }

    #[test]
    fn a_line_listing_a_person_is_no_headline_and_ends_on_a_town() {
        // Four capitalised words of five and no final stop look like a title-case
        // headline, but a name, an age and particulars list a person: both names stand
        // on their own, and the last item is where the person lives.
        let text = "What voters told us\n\nLinda Moore, 38, teacher, Des Moines:\n\"I want better schools.\"";
        assert!(has(text, "Linda Moore", EntityType::Person), "{:?}", found(text));
        assert!(has(text, "Des Moines", EntityType::Place), "{:?}", found(text));
    }

    #[test]
    fn a_place_opening_a_name_no_place_word_ends_names_a_paper_team_or_firm() {
        for (text, name, kind) in [
            ("The story ran in the Boston Ledger on Sunday.", "Boston Ledger", EntityType::Org),
            ("She coached the Denver Hawks for a decade.", "Denver Hawks", EntityType::Org),
            ("He consults for Oxford Analytica now.", "Oxford Analytica", EntityType::Org),
            // A place word at the end keeps it a place.
            ("They moved to Colorado Springs in May.", "Colorado Springs", EntityType::Place),
        ] {
            assert!(has(text, name, kind), "{name} as {kind:?} in {text:?}: {:?}", found(text));
        }
    }

    #[test]
    fn headline_verbs_end_a_name() {
        // Headlines capitalise their verbs; a name stops before one, even in a line with
        // too many lowercase words to be taken for a title-case line.
        for (text, name) in [
            ("Dana Whitfield Calls for an inquiry into the deal.", "Dana Whitfield"),
            ("Why Ed Varga Is running for the seat again.", "Ed Varga"),
            ("Lena Marsh Joins a crowded field of hopefuls.", "Lena Marsh"),
        ] {
            assert!(has(text, name, EntityType::Person), "{name} in {text:?}: {:?}", found(text));
        }
        // "Is" opening a question is no organisation called "IS".
        let text = "Islamic State fighters left. \"Is that all?\" he asked.";
        let got = extract(text, &split(text));
        let is = got.iter().find(|e| e.name == "Islamic State").map(|e| e.mentions.len());
        assert_eq!(is, Some(1), "{got:?}");
    }

    #[test]
    fn a_full_name_after_its_acronym_joins_it() {
        let text = "The ALU filed suit. The American Lawn Union said the rule was unfair. ALU lawyers agreed.";
        let got = extract(text, &split(text));
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(
            (got[0].name.as_str(), got[0].kind, got[0].mentions.len()),
            ("American Lawn Union", EntityType::Org, 3)
        );
        // A place's abbreviation is not an organisation's acronym.
        let text = "He grew up in Aiken, S.C. and later joined the Supreme Court.";
        let got = found(text);
        assert!(has(text, "Supreme Court", EntityType::Org), "{got:?}");
    }

    #[test]
    fn a_courtesy_title_chooses_by_sex_among_people_sharing_a_surname() {
        let text = "Robert Vance and Helen Vance toured the plant. Mrs. Vance spoke first. \
                    Mr. Vance said little. Later Mrs. Vance left.";
        let got = extract(text, &split(text));
        let count = |n: &str| got.iter().find(|e| e.name == n).map_or(0, |e| e.mentions.len());
        assert_eq!((count("Helen Vance"), count("Robert Vance")), (3, 2), "{got:?}");
        // With only a man of that name named in full, "Mrs." is someone else.
        let text = "Robert Vance toured the plant. Mrs. Vance stayed home.";
        let got = extract(text, &split(text));
        let robert = got.iter().find(|e| e.name == "Robert Vance").map(|e| e.mentions.len());
        assert_eq!(robert, Some(1), "{got:?}");
    }

    #[test]
    fn initials_with_periods_open_a_persons_name() {
        for text in ["Caucus chairman R.J. Whitcombe of Maine spoke first.", "The novel by T.K. Ambrose sold well."] {
            let name = if text.contains("R.J.") { "R.J. Whitcombe" } else { "T.K. Ambrose" };
            assert!(has(text, name, EntityType::Person), "{name} in {text:?}: {:?}", found(text));
        }
        // A place's abbreviation stays a place.
        let text = "She grew up in Trenton, N.J. and later moved away.";
        assert!(!found(text).iter().any(|(_, k, _)| *k == EntityType::Person), "{:?}", found(text));
    }

    #[test]
    fn a_field_after_an_organisations_head_is_no_title() {
        // "Justice" is a title before a name ("Justice Brennan"); after a head and a joiner
        // it is the organisation's field.
        for (text, name) in [
            ("Analysts at the Harlow Center for Justice disagreed.", "Harlow Center for Justice"),
            ("The Tulsa Chamber of Commerce backed the plan.", "Tulsa Chamber of Commerce"),
        ] {
            assert!(has(text, name, EntityType::Org), "{name} in {text:?}: {:?}", found(text));
        }
    }

    #[test]
    fn a_joined_name_takes_its_type_from_the_head_before_the_joiner() {
        for (text, name, kind) in [
            (
                "She teaches at the Institute for the Study of Human Rights.",
                "Institute for the Study of Human Rights",
                EntityType::Org,
            ),
            ("Critics cite the Bill of Rights often.", "Bill of Rights", EntityType::Other),
            ("The Joint Chiefs of Staff met the president.", "Joint Chiefs of Staff", EntityType::Org),
            ("The Harbor Rights Campaign sued the city.", "Harbor Rights Campaign", EntityType::Org),
            ("He marched in the Civil Rights era.", "Civil Rights", EntityType::Other),
            // A law's name ends on "Act" whatever its joined head.
            ("The senator backs the College for All Act this year.", "College for All Act", EntityType::Other),
        ] {
            assert!(has(text, name, kind), "{name} as {kind:?} in {text:?}: {:?}", found(text));
        }
    }

    #[test]
    fn a_party_nationality_or_former_before_a_name_is_no_part_of_it() {
        // Each describes the person named after it; the name is the person's own.
        for (text, name, kind) in [
            ("Republican Dana Whitfield won the seat.", "Dana Whitfield", EntityType::Person),
            ("The race pits Democrat Lena Marsh against him.", "Lena Marsh", EntityType::Person),
            ("The talks were led by Israeli David Doron.", "David Doron", EntityType::Person),
            ("Actor Clint Harlow spoke first.", "Clint Harlow", EntityType::Person),
            // "Democrat" is only a noun: whoever follows is described, given name known or not.
            ("The race pits Democrat Zephyra Tallis against him.", "Zephyra Tallis", EntityType::Person),
            // A portfolio after a lowercase "secretary of".
            ("He praised former secretary of State Hillary Mott.", "Hillary Mott", EntityType::Person),
            // "Former" and the place after it before a lowercase role noun: the place is
            // named, nobody is called "Former New York".
            ("Former New York mayor Ed Varga endorsed her.", "New York", EntityType::Place),
            ("Former Democratic senator Ed Varga endorsed her.", "Ed Varga", EntityType::Person),
            // A title after the party word is split off as before, "of" still ends the name.
            ("Democratic Sen. Ruth Ames of Vermont spoke.", "Ruth Ames", EntityType::Person),
        ] {
            assert!(has(text, name, kind), "{name} as {kind:?} in {text:?}: {:?}", found(text));
        }
        for text in ["Former Democratic senator Ed Varga endorsed her.", "Republican Dana Whitfield won the seat."] {
            assert!(
                found(text).iter().all(|(n, ..)| !n.starts_with("Former") && !n.starts_with("Republican")),
                "{text:?}: {:?}",
                found(text)
            );
        }
    }

    #[test]
    fn a_no_break_space_joins_a_name_like_a_space() {
        let text = "James\u{a0}Comey testified on Friday. Later, James Comey left.";
        assert_eq!(found(text), [("James Comey".to_string(), EntityType::Person, 2)]);
        let text = "The hearing ran long. James\u{a0}Comey testified on Friday.";
        assert_eq!(found(text), [("James Comey".to_string(), EntityType::Person, 1)]);
        // "Follow X on Twitter" closes many articles; "Follow" is no part of the name.
        let text = "The vote was close, the mayor said.\n\nFollow Dana Whitfield on Twitter @dwhit";
        assert!(has(text, "Dana Whitfield", EntityType::Person), "{:?}", found(text));
    }

    #[test]
    fn bynames_of_states_and_economic_slumps_are_not_people() {
        for (text, name, kind) in [
            ("Voters in the Pinecone State went to the polls.", "Pinecone State", EntityType::Place),
            ("The Great Slowdown Recession cost millions their jobs.", "Great Slowdown Recession", EntityType::Other),
            ("Donations to Planned Parenthood rose.", "Planned Parenthood", EntityType::Org),
            ("Activists from Black Lives Matter marched.", "Black Lives Matter", EntityType::Org),
        ] {
            assert!(has(text, name, kind), "{name} as {kind:?} in {text:?}: {:?}", found(text));
        }
    }

    #[test]
    fn one_person_written_two_ways_keeps_the_lone_surname() {
        // A word before a full name already given describes that person, and a middle
        // initial adds nothing: neither makes a second Okafor, so the lone "Okafor" is hers.
        let text = "Maria Okafor opened a bakery in 2019. On Monday, baker Maria Okafor said sales rose. \
                    Veteran Maria Okafor hired six people. Okafor bakes before dawn.";
        let got = extract(text, &split(text));
        let maria = got.iter().find(|e| e.name == "Maria Okafor").expect("Maria Okafor");
        assert_eq!(maria.mentions.len(), 4, "{got:?}");
        assert!(got.iter().all(|e| e.name != "Okafor" && !e.name.starts_with("Veteran")), "{got:?}");
        let text = "Daniel Okafor spoke first. Daniel K. Okafor is the mayor. Okafor smiled.";
        let got = extract(text, &split(text));
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!((got[0].name.as_str(), got[0].mentions.len()), ("Daniel K. Okafor", 3));
        // Two men with one given name and a generational suffix are two people.
        let text = "Joseph Hale Jr. met Joseph Reed Jr. on Monday.";
        assert_eq!(found(text).len(), 2, "{:?}", found(text));
        // A full name after another given name is a longer name of its own, and a double
        // surname is no full name to trim to.
        let text = "Ann Lowell spoke. Mary Ann Lowell left.";
        assert!(has(text, "Mary Ann Lowell", EntityType::Person), "{:?}", found(text));
        let text = "Ortiz Vega spoke. Dana Ortiz Vega left.";
        assert!(has(text, "Dana Ortiz Vega", EntityType::Person), "{:?}", found(text));
        // Only a name that opens with a given name is a person's full name to trim to.
        let text = "Staff praised Copper Ledger on Monday. The Northwind Copper Ledger system failed.";
        assert!(found(text).iter().any(|(n, _, _)| n == "Northwind Copper Ledger"), "{:?}", found(text));
    }

    #[test]
    fn a_full_name_takes_the_surname_from_a_word_stuck_to_it() {
        // "Tireless Okafor" is no second Okafor: the full name with a given name takes
        // the surname, and the lone "Okafor" is hers.
        let text = "Tireless Okafor wins praise.\n\nMayor Grace Okafor spoke on Monday. \
                    Okafor said the budget would pass.";
        let got = extract(text, &split(text));
        let grace = got.iter().find(|e| e.name == "Grace Okafor").expect("Grace Okafor");
        assert_eq!(grace.mentions.len(), 2, "{got:?}");
        // The description first, then the full name alone: one person, named without it.
        let text = "Veteran Grace Okafor won the seat. Grace Okafor thanked voters. Okafor smiled.";
        let got = extract(text, &split(text));
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!((got[0].name.as_str(), got[0].mentions.len()), ("Grace Okafor", 3), "{got:?}");
        assert_eq!(got[0].mentions[0].start, text.find("Grace").unwrap_or(0));
        // A lone description merged before is no name to show for her.
        let text = "Northerners Ann Lowell won. Many Northerners agreed. Ann Lowell spoke.";
        let got = found(text);
        assert!(got.iter().any(|(n, _, _)| n == "Ann Lowell"), "{got:?}");
    }

    #[test]
    fn a_surname_two_people_share_stays_a_person() {
        // Two people share the surname, so the lone "Okafor" cannot merge into either,
        // but it is still a person's name, not an organisation.
        let text = "Maria Okafor and her brother Daniel Okafor opened a bakery in 2019. \
                    Okafor bakes the bread before dawn.";
        let got = found(text);
        let lone = got.iter().find(|(n, _, _)| n == "Okafor").expect("lone Okafor");
        assert_eq!(lone.1, EntityType::Person, "{got:?}");
    }

    #[test]
    fn a_surname_two_people_share_is_not_taken_by_a_third() {
        // "Okafor" alone after two Okafors is nobody's; a third Okafor named later does
        // not take it (it would rename the lone mention "Grace Okafor").
        let text = "Maria Okafor and her brother Daniel Okafor opened a bakery in 2019. \
                    Okafor bakes the bread before dawn. Their cousin Grace Okafor sells it.";
        let got = extract(text, &split(text));
        let grace = got.iter().find(|e| e.name == "Grace Okafor").expect("Grace Okafor");
        assert_eq!(grace.mentions.len(), 1, "{got:?}");
        assert!(got.iter().any(|e| e.name == "Okafor" && e.mentions.len() == 1), "{got:?}");
    }

    #[test]
    fn a_surname_already_merged_stays_with_its_full_name() {
        // "Hale" joined "Tom Hale"; a later "Hale Brookmoor" (his estate) does not take
        // those mentions away and rename him.
        let text = "Tom Hale spoke on Monday. Hale praised the volunteers. The dinner was held \
                    at Hale Brookmoor, his family estate.";
        let got = extract(text, &split(text));
        let hale = got.iter().find(|e| e.name == "Tom Hale").expect("Tom Hale");
        assert_eq!(hale.mentions.len(), 2, "{got:?}");
        assert!(hale.aliases.iter().all(|a| a != "Hale Brookmoor"), "{got:?}");
    }

    #[test]
    fn a_titled_name_ends_before_of() {
        let text = "Senator Maria Delgado of Arizona said on Monday that the bill would pass. \
                    Secretary of State John Kerry disagreed.";
        let got = found(text);
        assert!(has(text, "Maria Delgado", EntityType::Person), "{got:?}");
        assert!(has(text, "Arizona", EntityType::Place), "{got:?}");
        assert!(has(text, "John Kerry", EntityType::Person), "{got:?}");
        assert!(got.iter().all(|(n, _, _)| !n.contains(" of ")), "{got:?}");
    }

    #[test]
    fn us_forms_are_one_place() {
        let text = "The U.S. and the United States are the same as the US.";
        let got = extract(text, &split(text));
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].name, "United States");
        assert_eq!(got[0].mentions.len(), 3);
    }

    #[test]
    fn acronym_matches_an_earlier_organisation() {
        let text = "The National Institute for Defense Studies (NIDS) said so. NIDS declined to comment.";
        let got = extract(text, &split(text));
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].mentions.len(), 3);
    }

    /// A briefing written for this test (tests/fixtures/entities/briefing.txt).
    #[test]
    fn briefing_fixture_entities() {
        let text = include_str!("../../../tests/fixtures/entities/briefing.txt");
        let got = extract(text, &split(text));
        let find = |name: &str| got.iter().find(|e| e.name == name).map(|e| (e.kind, e.mentions.len()));
        let expect: &[(&str, EntityType, usize)] = &[
            ("Tokyo", EntityType::Place, 2),
            ("Olaf Scholz", EntityType::Person, 2),
            ("Fumio Kishida", EntityType::Person, 3),
            ("Ukraine", EntityType::Place, 1),
            ("Zaporizhzhia Nuclear Power Plant", EntityType::Place, 1),
            ("Kremlin", EntityType::Org, 1),
            ("International Atomic Energy Agency", EntityType::Org, 3),
            ("Frankfurt", EntityType::Place, 1),
            ("European Central Bank", EntityType::Org, 2),
            ("Reuters", EntityType::Org, 1),
            ("Europe", EntityType::Place, 1),
            ("U.S.", EntityType::Place, 1),
        ];
        for &(name, kind, mentions) in expect {
            assert_eq!(find(name), Some((kind, mentions)), "{name} in {got:#?}");
        }
        for not in ["German", "Japanese", "Overall", "Staff", "Officials", "We", "Chancellor"] {
            assert!(got.iter().all(|e| e.name != not), "{not} is not an entity");
        }
    }

    /// Prints what is found in a file: `ENT_FILE=path cargo test print_file -- --ignored --nocapture`.
    #[test]
    #[ignore = "debug print"]
    fn print_file() {
        let Ok(path) = std::env::var("ENT_FILE") else { return };
        let text = std::fs::read_to_string(path).unwrap_or_default();
        for e in extract(&text, &split(&text)) {
            println!("{:?} {} {} aliases={:?}", e.kind, e.name, e.mentions.len(), e.aliases);
        }
    }

    /// Time on a large input: `cargo test --release large_input -- --ignored --nocapture`.
    #[test]
    #[ignore = "timing"]
    fn large_input_is_linear() {
        let unit = include_str!("../../../tests/fixtures/entities/briefing.txt");
        for n in [100, 1000] {
            let text = unit.repeat(n);
            let t = std::time::Instant::now();
            let got = extract(&text, &split(&text));
            println!("{} KB: {:?}, {} entities", text.len() / 1024, t.elapsed(), got.len());
        }
    }

    proptest::proptest! {
        /// Any text: mentions lie inside the text on char boundaries, in order, and
        /// entities come ordered by first mention.
        #[test]
        fn extract_is_total(text in "([A-Z][a-z]{0,6}|[a-z]{1,5}|[A-Z]{2,4}|[ .,'’\"-]|'s|U\\.S\\.|of|the|Mr\\.|日本|\n){0,60}") {
            let got = extract(&text, &split(&text));
            let mut first = 0;
            for e in &got {
                proptest::prop_assert!(!e.mentions.is_empty());
                proptest::prop_assert!(e.mentions[0].start >= first);
                first = e.mentions[0].start;
                for w in e.mentions.windows(2) {
                    proptest::prop_assert!(w[0].start <= w[1].start);
                }
                for m in &e.mentions {
                    proptest::prop_assert!(m.start < m.end && m.end <= text.len());
                    proptest::prop_assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
                }
            }
        }
    }

    #[test]
    fn a_figures_surname_before_a_common_word_names_no_person() {
        let text = "The Obama Caravan rolled into Dayton on Friday. Obama told the crowd that Ohio would \
                    decide the race. Later Obama thanked the volunteers.";
        let got = found(text);
        assert!(got.contains(&("Obama".to_string(), EntityType::Person, 2)), "{got:?}");
        assert!(!has(text, "Obama Caravan", EntityType::Person), "{got:?}");
        // A person's context keeps an unlisted given name that is also a figure's surname.
        assert!(has("Harris Faulkner said the show would go on.", "Harris Faulkner", EntityType::Person));
    }

    #[test]
    fn a_listed_firm_name_after_a_person_with_that_surname_is_the_person() {
        let text = "Edna Ford sold pies at the county fair. Later Ford said the harvest was good.";
        let got = found(text);
        assert!(got.contains(&("Edna Ford".to_string(), EntityType::Person, 2)), "{got:?}");
    }

    #[test]
    fn a_hyphenated_given_name_after_a_short_family_name_stays_whole() {
        let text = "Foreign Minister Kang Hye-jin met reporters in Seoul. Kang said talks would resume. \
                    A New York-born envoy joined a Seoul-led panel.";
        let got = found(text);
        assert!(got.iter().any(|(n, k, _)| n == "Kang Hye-jin" && *k == EntityType::Person), "{got:?}");
        assert!(has(text, "New York", EntityType::Place), "{got:?}");
        assert!(has(text, "Seoul", EntityType::Place), "{got:?}");
        let text = "He called his counterpart Yoo Jae-sung on Monday. An X-ray was taken.";
        assert!(has(text, "Yoo Jae-sung", EntityType::Person), "{:?}", found(text));
        assert!(!found(text).iter().any(|(n, _, _)| n.contains("X-ray")), "{:?}", found(text));
    }

    #[test]
    fn a_common_word_a_title_capitalised_names_nothing() {
        // Nothing but the guess for an unknown word types "Crew" and "Hours", and the
        // article writes both in lowercase as often as capitalised.
        let text = "Ada Lind praised the Crew of Nine on Monday. The crew had met for hours. \
                    She then reviewed the film 12 Hours, which runs three hours.";
        let got = found(text);
        assert!(!got.iter().any(|(n, _, _)| n == "Crew" || n == "Hours"), "{got:?}");
        assert!(has(text, "Ada Lind", EntityType::Person), "{got:?}");
        // A word capitalised more often than written in lowercase is a name ("Scientology").
        let text = "Members of Zentology met. Zentology grew. Zentology sued. Critics call zentology a fad.";
        assert!(found(text).iter().any(|(n, _, _)| n == "Zentology"), "{:?}", found(text));
        // "the House" stays the chamber however often the article writes "house".
        let text = "The bill never got a vote in the House. He sold his house.";
        assert!(found(text).iter().any(|(n, _, _)| n == "House"), "{:?}", found(text));
    }

    #[test]
    fn a_title_quoted_whole_is_one_work() {
        let text = "Ada Lind starred in “Crimson Winter” and wrote ''Lost Dakota: How the West Was Sold.'' \
                    Fans of “Bo Reyes Tonight” cheered.";
        let got = found(text);
        for title in ["Crimson Winter", "Lost Dakota: How the West Was Sold", "Bo Reyes Tonight"] {
            assert!(has(text, title, EntityType::Other), "{title}: {got:?}");
        }
        // A possessive inside a title closes nothing.
        let text = "She wrote “Dakota's Lost Summer,” a memoir, and “Ada Lind's Way.”";
        let got = found(text);
        for title in ["Dakota's Lost Summer", "Ada Lind's Way"] {
            assert!(has(text, title, EntityType::Other), "{title}: {got:?}");
        }
        assert!(!got.iter().any(|(_, k, _)| *k == EntityType::Place), "{got:?}");
    }

    #[test]
    fn quoted_names_and_quoted_speech_are_no_titles() {
        // A person's name, a titled name, an organisation, a chant of names, capitals and
        // words of speech in quotation marks.
        let text = "He met “Ada Lind” and “Senator Reyes” at the “Glass Ceiling Club”. The crowd chanted \
                    “Reyes, Reyes, Reyes” and “STOP THE VOTE”, and one sign read “But Reyes”. \
                    The firm is now “New GM”.";
        let got = found(text);
        assert!(!got.iter().any(|(_, k, _)| *k == EntityType::Other), "{got:?}");
        assert!(has(text, "Ada Lind", EntityType::Person), "{got:?}");
        assert!(has(text, "Glass Ceiling Club", EntityType::Org), "{got:?}");
    }

    #[test]
    fn the_west_and_the_east_are_parts_of_the_world() {
        let text = "Moscow broke with the West in 2014, while the East held firm. Ada Lind said so.";
        let got = found(text);
        assert!(has(text, "West", EntityType::Place), "{got:?}");
        assert!(has(text, "East", EntityType::Place), "{got:?}");
        let text = "Cornel West spoke in Lyon. Later West said the tour was over.";
        assert!(has(text, "Cornel West", EntityType::Person), "{:?}", found(text));
    }

    #[test]
    fn a_school_principal_is_a_title_and_a_programme_may_open_with_a_weekday() {
        let text = "Ada Lind, who starred on “Saturday Night Live”, met Oakridge Elementary Principal \
                    Bo Reyes at 6 p.m. Eastern Standard Time.";
        let got = found(text);
        assert!(has(text, "Saturday Night Live", EntityType::Other), "{got:?}");
        assert!(has(text, "Bo Reyes", EntityType::Person), "{got:?}");
        assert!(has(text, "Oakridge Elementary", EntityType::Org), "{got:?}");
        assert!(!got.iter().any(|(n, _, _)| n.contains("Night Live") && n != "Saturday Night Live"), "{got:?}");
        assert!(!got.iter().any(|(n, _, _)| n.contains("Time")), "{got:?}");
    }

    #[test]
    fn a_company_goes_by_its_name_without_its_legal_form_or_trade() {
        let text = "The deal with Zorvex Corp. closed. Later Zorvex said it grew. Talks with Vantor \
                    Computer went on, and Vantor said no. The Kazakh side of the border is quiet.";
        let got = found(text);
        assert!(got.contains(&("Zorvex Corp.".to_string(), EntityType::Org, 2)), "{got:?}");
        assert!(got.contains(&("Vantor Computer".to_string(), EntityType::Org, 2)), "{got:?}");
        assert!(!got.iter().any(|(n, _, _)| n == "Kazakh"), "{got:?}");
        // A person with the name is meant by it alone: the firm is named after him.
        let text = "Mora Group Inc. lobbied. Ted Mora runs it. Mora said the work was legal.";
        assert!(found(text).contains(&("Ted Mora".to_string(), EntityType::Person, 2)), "{:?}", found(text));
    }

    #[test]
    fn a_holiday_names_nothing() {
        let text = "Crowds gathered on New Year's Eve in Lyon. Happy New Year, Ada Lind said. \
                    Bo Reyes turned 60 on Valentine’s Day and left on Christmas Eve.";
        let got = found(text);
        let names: Vec<&str> = got.iter().map(|(n, _, _)| n.as_str()).collect();
        assert_eq!(names, ["Lyon", "Ada Lind", "Bo Reyes"], "{got:?}");
    }

    #[test]
    fn museums_galleries_and_libraries_are_organisations() {
        let text = "She toured the Corvin Museum of Art and the Leland Gallery, then the Hale Library.";
        for name in ["Corvin Museum of Art", "Leland Gallery", "Hale Library"] {
            assert!(has(text, name, EntityType::Org), "{name}: {:?}", found(text));
        }
    }

    #[test]
    fn sentences_that_do_not_cover_the_text_are_tolerated() {
        let text = "Heio Chinji met Putin. NHK reported it.";
        assert!(!extract(text, &[]).is_empty());
        assert!(!extract(text, &[Sentence { start: 0, end: 5 }]).is_empty());
        assert!(!extract(text, &[Sentence { start: 30, end: 999 }]).is_empty());
    }

    #[test]
    fn odd_input_is_total() {
        for text in ["", "   ", "A", "'s", "’s", "U.S.", "-based", "Mr.", "The The The", "日本 Tokyo’s 東京"] {
            for e in extract(text, &split(text)) {
                for m in e.mentions {
                    assert!(m.start < m.end && m.end <= text.len());
                }
            }
        }
    }
}
