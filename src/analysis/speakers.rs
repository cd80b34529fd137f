//! Speaker names: finding the names an article uses and resolving a speaker mention
//! ("Heio", "He", "the spokeswoman") to the full name introduced earlier.
//!
//! [`Names`] is built once per article. It finds capitalised name runs itself
//! ("U.S. President Donald Trump" → the person "Donald Trump"), registers full names
//! by their first and last words so that later surnames resolve ("Trump" → "Donald
//! Trump", "Heio" → "Heio Chinji"), remembers role nouns a name was introduced with
//! ("spokeswoman Haley Morris") for descriptor speakers, and keeps every person
//! mention in text order for pronouns. When the entity stage supplies entities, a
//! mention inside an entity's mention resolves to that entity (name and index) first.
//!
//! ```
//! use article_explorer::analysis::speakers::Names;
//! use article_explorer::text::tokenize;
//! let text = "Heio Chinji spoke first. Later, Heio said more. He noted it.";
//! let tokens = tokenize(text);
//! let names = Names::new(text, &tokens, &[]);
//! let at = text.find("Heio said").unwrap();
//! assert_eq!(names.resolve_name(at, at + 4).0, "Heio Chinji");
//! let he = text.find("He noted").unwrap();
//! assert_eq!(names.resolve_pronoun(he).unwrap().0, "Heio Chinji");
//! ```

use std::collections::HashMap;

use crate::analysis::entities::lexicon;
use crate::analysis::quotes::cues::{
    in_table, CueForm, COMMON_CAPS, CUES, NAME_PARTICLES, ORG_WORDS, PERSON_TITLES, ROLE_NOUNS, TITLES,
};
use crate::model::{Entity, EntityType};
use crate::text::{is_capitalized, Token, TokenKind};

/// What a name run names, as far as its words tell.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RunKind {
    /// A person: two or more name words, or a person title ("Mr. Garin").
    Person,
    /// An organisation or place word is in it ("State Department", "NHK").
    Org,
    /// A single capitalised word of unknown kind ("Russia", "Heio" before resolution).
    Unknown,
}

/// A run of capitalised words that may name someone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Run {
    /// First token of the run (titles included).
    pub first: usize,
    /// One past the last token.
    pub last: usize,
    /// First token of the name proper, after titles ("Donald" in "President Donald Trump").
    pub name_first: usize,
    /// Byte span of the name proper (possessive "’s" excluded).
    pub start: usize,
    /// End of the name proper.
    pub end: usize,
    /// The name proper as written, possessive removed.
    pub name: String,
    /// What the words say it is.
    pub kind: RunKind,
    /// Whether its last word is possessive ("Trump’s campaign").
    pub possessive: bool,
    /// The role title it was written with, lowercase ("spokeswoman"), if any.
    pub role: Option<String>,
    /// The sex its title or role word gives ("Mrs.", "congressman"), if any.
    pub female: Option<bool>,
}

/// A person the article names.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Person {
    name: String,
    entity: Option<usize>,
    /// Whether the person is a woman (`Some(true)`) or a man, when a title, role
    /// noun or common first name tells; pronouns resolve only to a matching person.
    female: Option<bool>,
}

/// Common first names of women, lowercase, for "she" against "he".
const FEMALE_NAMES: &[&str] = &[
    "hillary",
    "melania",
    "ivanka",
    "nancy",
    "elizabeth",
    "sarah",
    "carly",
    "nikki",
    "michelle",
    "debbie",
    "kellyanne",
    "hope",
    "huma",
    "donna",
    "jennifer",
    "jessica",
    "mary",
    "patricia",
    "linda",
    "barbara",
    "susan",
    "karen",
    "lisa",
    "betty",
    "margaret",
    "sandra",
    "ashley",
    "kimberly",
    "emily",
    "amy",
    "anna",
    "angela",
    "helen",
    "laura",
    "rebecca",
    "sharon",
    "cynthia",
    "kathleen",
    "amanda",
    "stephanie",
    "carolyn",
    "christine",
    "marie",
    "janet",
    "catherine",
    "maria",
    "heather",
    "diane",
    "julie",
    "joyce",
    "victoria",
    "kelly",
    "christina",
    "joan",
    "evelyn",
    "lauren",
    "judith",
    "megan",
    "cheryl",
    "andrea",
    "hannah",
    "jacqueline",
    "martha",
    "gloria",
    "teresa",
    "ann",
    "sara",
    "madeline",
    "kathryn",
    "janice",
    "alice",
    "julia",
    "judy",
    "grace",
    "denise",
    "amber",
    "marilyn",
    "beverly",
    "danielle",
    "theresa",
    "sophia",
    "marie",
    "diana",
    "brittany",
    "natalie",
    "isabella",
    "charlotte",
    "rose",
    "alexis",
    "kayla",
    "megyn",
    "claire",
    "kirsten",
    "tammy",
    "jeanne",
    "loretta",
    "janet",
    "condoleezza",
    "madeleine",
    "samantha",
    "valerie",
    "susana",
    "jill",
    "kamala",
    "maxine",
    "marine",
    "angela",
    "theresa",
    "cecile",
    "dolores",
    "ruth",
    "sonia",
    "elena",
    "wendy",
    "paula",
    "katie",
    "katy",
    "meghan",
    "nina",
    "tina",
    "rachel",
    "abby",
    "ellen",
    "joni",
    "kristen",
    "betsy",
    "mia",
    "zoe",
    "erin",
    "molly",
    "liz",
    "kate",
    "jane",
    "emma",
    "olivia",
    "abigail",
    "leah",
    "nicole",
];

/// Common first names of men, lowercase.
const MALE_NAMES: &[&str] = &[
    "donald",
    "barack",
    "bernie",
    "bill",
    "ted",
    "marco",
    "jeb",
    "john",
    "ben",
    "chris",
    "rand",
    "mike",
    "paul",
    "mitch",
    "joe",
    "george",
    "james",
    "robert",
    "michael",
    "william",
    "david",
    "richard",
    "joseph",
    "thomas",
    "charles",
    "daniel",
    "matthew",
    "anthony",
    "mark",
    "steven",
    "steve",
    "andrew",
    "kenneth",
    "kevin",
    "brian",
    "edward",
    "ronald",
    "timothy",
    "jason",
    "jeffrey",
    "jeff",
    "ryan",
    "jacob",
    "gary",
    "nicholas",
    "eric",
    "jonathan",
    "stephen",
    "larry",
    "justin",
    "scott",
    "brandon",
    "frank",
    "benjamin",
    "gregory",
    "samuel",
    "raymond",
    "patrick",
    "alexander",
    "jack",
    "dennis",
    "jerry",
    "tyler",
    "aaron",
    "jose",
    "henry",
    "adam",
    "douglas",
    "nathan",
    "peter",
    "zachary",
    "kyle",
    "walter",
    "harold",
    "jeremy",
    "ethan",
    "carl",
    "keith",
    "roger",
    "gerald",
    "christian",
    "terry",
    "sean",
    "arthur",
    "austin",
    "noah",
    "lawrence",
    "jesse",
    "joe",
    "bryan",
    "billy",
    "albert",
    "dylan",
    "bruce",
    "willie",
    "gabriel",
    "alan",
    "juan",
    "logan",
    "wayne",
    "ralph",
    "roy",
    "eugene",
    "randy",
    "vincent",
    "russell",
    "louis",
    "philip",
    "bobby",
    "johnny",
    "bradley",
    "reince",
    "newt",
    "rudy",
    "harry",
    "tim",
    "martin",
    "lincoln",
    "rick",
    "dick",
    "al",
    "tom",
    "jim",
    "bob",
    "dan",
    "ron",
    "sam",
    "fred",
    "ed",
    "greg",
    "doug",
    "jon",
    "josh",
    "corey",
    "vladimir",
    "xi",
    "shinzo",
    "francois",
    "recep",
    "benjamin",
    "bibi",
    "hugh",
    "sean",
    "rush",
    "glenn",
    "bret",
    "jake",
    "wolf",
    "anderson",
    "matt",
    "nick",
    "rob",
    "andy",
    "tony",
    "barney",
    "elijah",
    "reid",
    "trey",
    "kasich",
    "jared",
    "eric",
    "mitt",
];

/// More first names of women, lowercase, sorted, between spaces: one string is the most
/// compact form for the wasm builds (both lists: 4.8 KB, 2.3 KB gzip; a lookup scans
/// them once per person).
/// Names both sexes use ([`BOTH_SEXES`]) are in neither list.
const MORE_FEMALE_NAMES: &str =
    " ada adele adriana agnes aileen alana alejandra alexandra alicia alison allison alma alyssa amelia \
    ana angelica angie anita anne annette annie antoinette april ariana arianna audrey ava barbra \
    beatrice becky belinda bernadette bertha beth bethany bianca bonnie brenda bridget brigid brittney \
    brooke caitlin caitlyn camila candace cara carla carmen carol carole caroline cassandra cathy \
    cecelia cecilia celeste celia chantal charlene chelsea cheri chloe christie christy cindy claudia \
    colleen connie constance courtney daisy darlene dawn deborah debra delia della dena dianne dolly \
    dominique doris dorothy dottie edith edna eileen elaine eleanor elise eliza ella ellie eloise elsa \
    emilia erica erika estelle esther eva evangeline eve fatima felicia fiona frances francesca gabriela \
    gabrielle gail gayle genevieve geraldine gina ginger gladys glenda greta gretchen gwen gwendolyn \
    harriet hazel heidi holly ida ilhan ingrid irene iris isabel ivana jana janelle janine \
    jasmine jeanette jeannie jenna jenny jessie jillian jo joanna joanne jocelyn johanna josephine joy \
    juanita juliana julianne juliet justine kara karin karina katelyn katharine katherine kathy katrina \
    kay kayleigh keisha kelli kendra krista kristin kristina kristy lacey lana latoya laurie leila lena \
    leona lila lillian lily lina liza lois lorena lori lorraine louise lucia lucille lucy luisa lydia \
    lynda lynne mabel mackenzie mae maggie malia mandy marcia margarita margo mariah marian marianne \
    maribel marina marisa marissa marjorie marla marlene marsha martina maryam maureen mazie melanie \
    melinda melissa meredith michaela michele mika mildred millie minnie miranda miriam misty mona \
    monica monique muriel myra nadia naomi natasha neera nell nellie nora norma olga paige pam pamela \
    patsy patti patty paulette pauline peggy penny phyllis polly priscilla priya rachael raquel regina \
    renee rhonda rita roberta robyn rochelle rosa rosalind rosalyn rosemary rosie roxanne ruby sabrina \
    sally selena serena shari sheila shelley shelly sherri sherry sheryl shirley sofia stacey stacy \
    stella stormy sue suzanne sylvia tamara tania tanya tara teri terri tess thelma tiffany toni tonya \
    tracey tricia trisha tulsi ursula vanessa vera verna veronica vicki vickie vicky viola violet vivian \
    wanda whitney wilma yolanda yvonne zeynep zoe ";

/// More first names of men, as [`MORE_FEMALE_NAMES`].
const MORE_MALE_NAMES: &str =
    " abdul abdullah abraham adrian ahmad ahmed alberto alejandro alex alfred alfredo ali allen alvin amir \
    andre andres angelo angus antonin antonio archie armando arnold arturo avigdor barry bart bashar \
    benny bernard bert blake boris brad brendan brent brett brock bryce buck buddy byron calvin carlos \
    carlton cary cecil cesar chad charlie chester chip chuck clarence clark claude clay clayton cliff \
    clifford clint clyde cody colin connor conor cornell craig curt curtis damon dane darrell darren \
    darryl dave dean denis derek desmond devin dewey diego dinesh dmitri dmitry dominic don donnie \
    donovan duncan dustin dwayne dwight earl eddie edgar eduardo ehud eli elliot elliott elmer elon \
    elvis emanuel emil emmanuel enrique ernest ernie errol ervin esteban evan everett ezra felipe felix \
    fernando fidel floyd forrest francis francisco franklin freddie freddy frederick gabe garrett gavin \
    gene geoff geoffrey gerard gil gilbert glen gonzalo gordon graham grover guy hakeem hal hamid hank \
    hans harlan harrison harvey hassan hector herbert herman homer horace hosni howard hubert hugo \
    hunter ian igor isaac ismail ivan jamal jay jeb jeffery jeremiah jerome jimmy joaquin joel joey jonah \
    jorge josef joshua jules julian julio julius karl ken kenny khalid kirk kurt lamar lance lanny lars \
    leo leon leonard leroy lester lewis liam lloyd lonnie lou lowell lucas luis luke luther lyle lyndon \
    mack mahmoud malcolm manuel marc marcel marcus mario marlon marshall marvin mason mateo mathew \
    maurice max melvin merrick micah miguel mikhail miles milton mitchell mohamed mohammad mohammed \
    morris morton moses muhammad murray narendra nate nawaz neal neil nelson nigel norbert norm norman \
    oliver omar orrin osama oscar otto owen pablo paolo pedro perry pete phil pierre preston quentin \
    rafael rahm raj rajiv ralf ramon randall randolph raul ray reggie reginald reuben rex reza ricardo \
    richie ricky robbie robby roberto rocco rod rodney rodrigo roland rolf roman ronnie rory ross \
    rudolph rupert russ rusty salman salvador sammy sanjay saul scotty sebastian sergei sergey sergio \
    seth shane shaun shawn sheldon sherman sid sidney silvio simon sonny spencer stan stanley stefan \
    steny sterling stewart stuart sylvester tad tariq teddy terrance terrence thad thaddeus theo \
    theodore thurgood tobias toby todd tomas tommy travis trayvon trevor troy tucker tyrone ulysses vance vernon \
    victor vince virgil wade wallace walt warren wendell wes wesley wilbur willard winston wolfgang \
    woodrow wyatt xavier yitzhak yusuf zach zeke ";

/// First names that both men and women bear in news ("Dana", "Robin", "Leslie"),
/// lowercase: such a name tells no sex, so neither "he" nor "she" passes over its bearer.
const BOTH_SEXES: &[&str] = &[
    "dana", "robin", "lynn", "jean", "lindsey", "jordan", "jackie", "leslie", "kim", "jamie", "pat", "casey", "taylor",
    "shannon", "tracy", "kerry", "carey", "jody", "sandy", "lee",
];

/// Function words that, capitalised inside a run, make it a slogan or a group's
/// name ("Jews Against Trump"), never a person's.
const SLOGAN_WORDS: &[&str] = &["against", "for", "with", "and", "the", "without", "versus", "vs"];

/// The sex a title or role word gives: "Mrs." and "spokeswoman" a woman, "Mr." and
/// "congressman" a man.
pub fn title_female(word: &str) -> Option<bool> {
    let w = word.trim_end_matches('.').to_lowercase();
    match w.as_str() {
        "mrs" | "ms" | "miss" | "madam" | "lady" | "queen" => Some(true),
        "mr" | "sir" | "lord" | "king" => Some(false),
        _ if w.ends_with("woman") => Some(true),
        _ if w.ends_with("man") && w.len() > 4 => Some(false),
        _ => None,
    }
}

/// The sex a kinship noun gives the name run `first..last` it introduces: a
/// possessive ("his", "her", "the senator’s") or "the", perhaps one lowercase
/// adjective, the noun, then the name, with or without a comma ("his wife, Maren,",
/// "her late son Deon"). After a comma the name must end there (a comma, "and", the
/// sentence's end), so a new clause's subject ("to his son, Mr. Bell said") stays
/// out. A name with an appositive after it counts too ("Maren Holt, his wife,").
fn kinship_sex(text: &str, tokens: &[Token], first: usize, last: usize) -> Option<bool> {
    let word = |k: usize| tokens.get(k).map_or("", |t| t.slice(text));
    let owner = |k: usize| {
        let w = word(k);
        in_table(&["his", "her", "their", "my", "our", "your", "the"], w) || strip_possessive(w).1
    };
    // The noun, perhaps after one lowercase adjective, with its owner before them.
    let kin_at = |k: usize| {
        let f = lexicon::kinship(&word(k).to_lowercase()).flatten()?;
        let plain = |j: usize| tokens[j].kind == TokenKind::Word && !is_capitalized(word(j));
        (k > 0 && (owner(k - 1) || (k > 1 && plain(k - 1) && owner(k - 2)))).then_some(f)
    };
    if first > 0 {
        let comma = word(first - 1) == ",";
        let noun = if comma { first.checked_sub(2) } else { Some(first - 1) };
        let ends = || in_table(&[",", ".", ";", ")", "and", "or"], word(last)) || last >= tokens.len();
        if let Some(f) = noun.and_then(kin_at).filter(|_| !comma || ends()) {
            return Some(f);
        }
    }
    // "Maren Holt, his wife, said": a comma, the owner, perhaps an adjective, the noun.
    if word(last) == "," && owner(last + 1) {
        return [last + 2, last + 3].into_iter().find_map(|k| kin_at(k).filter(|_| word(k + 1) == ","));
    }
    None
}

/// The sex a full name's first word gives, if it is a common first name. Titles
/// the entity stage may leave on a name are passed over ("Democrat Hillary Clinton"),
/// unless they tell the sex themselves ("Mrs. Clinton").
pub fn name_female(name: &str) -> Option<bool> {
    let mut words = name.split_whitespace();
    let first = loop {
        let w = words.next()?;
        let bare = w.trim_end_matches('.');
        if !TITLES.iter().any(|t| t.eq_ignore_ascii_case(bare)) {
            break w.to_lowercase();
        }
        if let Some(f) = title_female(w) {
            return Some(f);
        }
    };
    if BOTH_SEXES.contains(&first.as_str()) {
        return None;
    }
    let listed = |table: &[&str], more: &str| table.contains(&first.as_str()) || in_sorted_words(more, &first);
    match (listed(FEMALE_NAMES, MORE_FEMALE_NAMES), listed(MALE_NAMES, MORE_MALE_NAMES)) {
        (true, false) => Some(true),
        (false, true) => Some(false),
        _ => None,
    }
}

/// Whether `word` is a common first name of either sex ("Debbie", "Robin"), in any case.
pub fn is_first_name(word: &str) -> bool {
    let w = word.to_lowercase();
    [FEMALE_NAMES, MALE_NAMES, BOTH_SEXES].iter().any(|t| t.contains(&w.as_str()))
        || in_sorted_words(MORE_FEMALE_NAMES, &w)
        || in_sorted_words(MORE_MALE_NAMES, &w)
}

/// Whether `word` is one of the words of `list`, which holds sorted ASCII words
/// between single spaces (a binary search over the string).
fn in_sorted_words(list: &str, word: &str) -> bool {
    let list = list.trim();
    let (mut lo, mut hi) = (0, list.len());
    while lo < hi {
        let mid = (lo + hi) / 2;
        let start = list[lo..mid].rfind(' ').map_or(lo, |k| lo + k + 1);
        let end = list[start..hi].find(' ').map_or(hi, |k| start + k);
        match list[start..end].cmp(word) {
            std::cmp::Ordering::Equal => return true,
            std::cmp::Ordering::Less => lo = end + 1,
            std::cmp::Ordering::Greater => hi = start.saturating_sub(1).max(lo),
        }
    }
    false
}

/// The article's names, for resolving speaker mentions.
#[derive(Clone, Debug)]
pub struct Names {
    /// Name runs in text order.
    pub runs: Vec<Run>,
    /// For each token, the index of the run covering it, or `usize::MAX`.
    run_of: Vec<usize>,
    persons: Vec<Person>,
    /// Person mentions `(byte offset, person)` in text order.
    mentions: Vec<(usize, usize)>,
    /// Name word (lowercase) → registrations `(byte offset, person)`, by last and first word.
    by_last: HashMap<String, Vec<(usize, usize)>>,
    by_first: HashMap<String, Vec<(usize, usize)>>,
    /// Role noun → `(byte offset, person)` introductions.
    roles: HashMap<String, Vec<(usize, usize)>>,
    /// Entity mentions `(start, end, entity)` sorted by start.
    entity_mentions: Vec<(usize, usize, usize)>,
    /// Full name (lowercase) → person.
    full: HashMap<String, usize>,
    /// Entity names by index.
    entity_names: Vec<String>,
    /// Entity types by index.
    entity_kinds: Vec<EntityType>,
    /// Per run: it follows the previous run with only "of" (and capitalised words) between
    /// ("Schumer of New York").
    after_of: Vec<bool>,
}

/// Strips a possessive ending ("Trump’s" → "Trump", "Jones'" stays "Jones'"
/// only when no letter precedes: plural possessives keep their name).
fn strip_possessive(word: &str) -> (&str, bool) {
    for suffix in ["’s", "'s", "’S", "'S"] {
        if let Some(stem) = word.strip_suffix(suffix) {
            if !stem.is_empty() {
                return (stem, true);
            }
        }
    }
    (word, false)
}

/// Whether a token may sit in a name run: a capitalised word that is not a common
/// sentence word ("The", "But") — those start sentences, not names.
fn is_name_word(word: &str) -> bool {
    // Datelines ("WASHINGTON (AP) —") and shouted words are all capitals and long;
    // acronyms that speak ("NHK", "CNN", "FBI") are short.
    let shouted = word.chars().filter(|c| c.is_alphabetic()).count() >= 5 && !word.chars().any(char::is_lowercase);
    is_capitalized(word) && !shouted && !in_table(COMMON_CAPS, strip_possessive(word).0)
}

impl Names {
    /// Finds the names in `text` (tokens from [`crate::text::tokenize`]); `entities`
    /// may be empty.
    pub fn new(text: &str, tokens: &[Token], entities: &[Entity]) -> Self {
        let runs = find_runs(text, tokens);
        let after_of: Vec<bool> = (0..runs.len())
            .map(|ri| {
                // "of New York": words the run left out ("New") may stand between.
                let of = ri > 0 && runs[ri].first > runs[ri - 1].last && tokens[runs[ri - 1].last].slice(text) == "of";
                of && tokens[runs[ri - 1].last + 1..runs[ri].first].iter().all(|t| is_capitalized(t.slice(text)))
            })
            .collect();
        let mut run_of = vec![usize::MAX; tokens.len()];
        for (ri, r) in runs.iter().enumerate() {
            for slot in &mut run_of[r.first..r.last] {
                *slot = ri;
            }
        }
        let mut entity_mentions: Vec<(usize, usize, usize)> = entities
            .iter()
            .enumerate()
            .flat_map(|(ei, e)| e.mentions.iter().map(move |m| (m.start, m.end, ei)))
            .collect();
        entity_mentions.sort_unstable();
        let mut names = Names {
            runs,
            run_of,
            persons: Vec::new(),
            mentions: Vec::new(),
            by_last: HashMap::new(),
            by_first: HashMap::new(),
            roles: HashMap::new(),
            entity_mentions,
            full: HashMap::new(),
            entity_names: entities.iter().map(|e| e.name.clone()).collect(),
            entity_kinds: entities.iter().map(|e| e.kind).collect(),
            after_of,
        };
        names.register(text, tokens, entities);
        names
    }

    /// Builds the person registry: entities first, then full names, then the single
    /// words that refer back to them.
    fn register(&mut self, text: &str, tokens: &[Token], entities: &[Entity]) {
        let mut full: HashMap<String, usize> = HashMap::new();
        for (ei, e) in entities.iter().enumerate() {
            if e.kind != EntityType::Person {
                continue;
            }
            let id = self.persons.len();
            self.persons.push(Person { name: e.name.clone(), entity: Some(ei), female: name_female(&e.name) });
            full.insert(e.name.to_lowercase(), id);
            let first_at = e.mentions.first().map_or(0, |m| m.start);
            self.index_words(&e.name, first_at, id);
            for m in &e.mentions {
                self.mentions.push((m.start, id));
            }
        }
        // Full names: two or more words, or a person title.
        for ri in 0..self.runs.len() {
            let r = &self.runs[ri];
            if r.kind != RunKind::Person || self.entity_at(r.start, r.end).is_some() {
                continue;
            }
            let words = r.name.split_whitespace().count();
            if words < 2 && self.lookup_word(&r.name, r.start).is_some() {
                continue;
            }
            if let std::collections::hash_map::Entry::Vacant(slot) = full.entry(r.name.to_lowercase()) {
                let id = self.persons.len();
                self.persons.push(Person { name: r.name.clone(), entity: None, female: name_female(&r.name) });
                slot.insert(id);
                let (name, start) = (r.name.clone(), r.start);
                self.index_words(&name, start, id);
            }
        }
        self.full = full;
        // Role nouns a person is introduced with, before the name ("spokeswoman Haley
        // Morris", "President Obama") or in an appositive after it ("Haley Morris, a
        // spokeswoman for the campaign,"), so that "the spokeswoman" resolves. Names
        // the entity stage found are persons here too.
        for ri in 0..self.runs.len() {
            let r = &self.runs[ri];
            let Some(role) = r.role.clone().or_else(|| appositive_role(text, tokens, r.last)) else { continue };
            let start = r.start;
            if let Some(id) = self.person_of_run(ri) {
                self.roles.entry(role).or_default().push((start, id));
            }
        }
        // Every run that resolves to a person is a person mention (for pronouns).
        for ri in 0..self.runs.len() {
            let r = &self.runs[ri];
            if self.entity_at(r.start, r.end).is_some() || r.kind == RunKind::Org {
                continue;
            }
            if let Some(id) = self.person_of_run(ri) {
                self.mentions.push((r.start, id));
            }
        }
        self.mentions.sort_unstable();
        // Titles and role nouns tell the sex of a person written with them. So does a
        // kinship noun, and it outweighs the first-name tables: they tell what a name
        // usually is, "his wife, Lonnie" what it is here.
        for ri in 0..self.runs.len() {
            let Some(id) = self.person_of_run(ri) else { continue };
            let r = &self.runs[ri];
            if let Some(f) = kinship_sex(text, tokens, r.first, r.last) {
                self.persons[id].female = Some(f);
            } else if let Some(f) = r.female {
                self.persons[id].female.get_or_insert(f);
            }
        }
    }

    /// Indexes a full name by its first and last words.
    fn index_words(&mut self, name: &str, at: usize, id: usize) {
        let words: Vec<&str> = name.split_whitespace().collect();
        if let Some(last) = words.last() {
            self.by_last.entry(last.to_lowercase()).or_default().push((at, id));
        }
        if words.len() > 1 {
            self.by_first.entry(words[0].to_lowercase()).or_default().push((at, id));
        }
    }

    /// The person a single name word refers to at `at`: the latest registration before
    /// it, else the first after (headlines name people before the body introduces them).
    fn lookup_word(&self, word: &str, at: usize) -> Option<usize> {
        let key = word.to_lowercase();
        for map in [&self.by_last, &self.by_first] {
            if let Some(list) = map.get(&key) {
                let before = list.iter().rev().find(|&&(p, _)| p <= at);
                if let Some(&(_, id)) = before.or(list.first()) {
                    return Some(id);
                }
            }
        }
        None
    }

    /// The person a run names, if it names one.
    fn person_of_run(&self, ri: usize) -> Option<usize> {
        let r = &self.runs[ri];
        if r.kind == RunKind::Org {
            return None;
        }
        let words: Vec<&str> = r.name.split_whitespace().collect();
        if words.len() >= 2 {
            return self.full.get(&r.name.to_lowercase()).copied();
        }
        let last = words.last()?;
        self.lookup_word(last, r.start)
    }

    /// The entity whose mention overlaps `start..end`, if any.
    pub fn entity_at(&self, start: usize, end: usize) -> Option<usize> {
        let i = self.entity_mentions.partition_point(|m| m.0 < end);
        self.entity_mentions[..i].iter().rev().take(8).find(|m| m.1 > start).map(|m| m.2)
    }

    /// The entity mention that starts at byte `at`, as `(end, entity)`.
    pub fn entity_mention_at(&self, at: usize) -> Option<(usize, usize)> {
        let i = self.entity_mentions.partition_point(|m| m.0 < at);
        self.entity_mentions.get(i).filter(|m| m.0 == at).map(|m| (m.1, m.2))
    }

    /// The entity mention covering bytes `start..end`, as `(start, end)`, when one
    /// starts before `start` ("University of Michigan" around "Michigan").
    pub fn entity_mention_around(&self, start: usize, end: usize) -> Option<(usize, usize)> {
        let i = self.entity_mentions.partition_point(|m| m.0 < start);
        self.entity_mentions[..i].iter().rev().take(8).find(|m| m.1 >= end).map(|m| (m.0, m.1))
    }

    /// Whether the entity stage ran (gave any entity): without it, entity tests abstain.
    pub fn has_entities(&self) -> bool {
        !self.entity_kinds.is_empty()
    }

    /// The type of the entity whose mention overlaps `start..end`, if any.
    pub fn entity_kind_at(&self, start: usize, end: usize) -> Option<EntityType> {
        self.entity_at(start, end).and_then(|ei| self.entity_kind(ei))
    }

    /// The type of entity `ei`.
    pub fn entity_kind(&self, ei: usize) -> Option<EntityType> {
        self.entity_kinds.get(ei).copied()
    }

    /// The index of the run covering token `ti`, if any.
    pub fn run_at_token(&self, ti: usize) -> Option<&Run> {
        self.runs.get(*self.run_of.get(ti)?)
    }

    /// Resolves a name mention `start..end` to `(full name, entity)`: the entity it
    /// falls in, else the person its words were introduced as, else the words
    /// themselves (titles and possessive dropped).
    pub fn resolve_name(&self, start: usize, end: usize) -> (String, Option<usize>) {
        if let Some(found) = self.person_of_place(start, end) {
            return found;
        }
        if let Some(ei) = self.entity_at(start, end) {
            if let Some(&id) = self.full.get(&self.entity_names.get(ei).map_or(String::new(), |n| n.to_lowercase())) {
                return (self.persons[id].name.clone(), Some(ei));
            }
        }
        let ri = self.runs.partition_point(|r| r.end <= start);
        if let Some(r) = self.runs.get(ri).filter(|r| r.start < end) {
            if let Some(id) = self.person_of_run(ri) {
                let p = &self.persons[id];
                return (p.name.clone(), p.entity);
            }
            // A mention longer than the run it opens with, that an entity spans
            // exactly ("University of Michigan"), is that entity, named whole.
            if r.end < end {
                if let Some((_, ei)) = self.entity_mention_at(start).filter(|&(e, _)| e == end) {
                    if let Some(name) = self.entity_names.get(ei).filter(|n| !n.is_empty()) {
                        return (name.clone(), Some(ei));
                    }
                }
            }
            return (r.name.clone(), self.entity_at(r.start, r.end));
        }
        (String::new(), None)
    }

    /// The person a place mention `start..end` belongs to in "Sen. Chuck Schumer of New
    /// York said": a place right after a person's name and "of" is where the person is
    /// from, so the person is meant.
    fn person_of_place(&self, start: usize, end: usize) -> Option<(String, Option<usize>)> {
        if self.entity_kind_at(start, end) != Some(EntityType::Place) {
            return None;
        }
        let ri = self.runs.partition_point(|r| r.end <= start);
        let prev = ri.checked_sub(1)?;
        let r = &self.runs[prev];
        if self.runs.get(ri).is_none_or(|p| p.start > start) || r.possessive {
            return None;
        }
        if !self.after_of.get(ri).copied().unwrap_or(false) {
            return None;
        }
        let id = self.person_of_run(prev)?;
        let p = &self.persons[id];
        Some((p.name.clone(), p.entity))
    }

    /// Resolves "he"/"she" at byte `at` to the last person named before it.
    pub fn resolve_pronoun(&self, at: usize) -> Option<(String, Option<usize>)> {
        self.last_person_before(at, |_| false).map(|(_, n, e)| (n, e))
    }

    /// The last person mention before byte `at` that `skip` does not reject (names
    /// inside quotes are spoken about, not speaking), as `(offset, name, entity)`.
    pub fn last_person_before(
        &self,
        at: usize,
        skip: impl Fn(usize) -> bool,
    ) -> Option<(usize, String, Option<usize>)> {
        let i = self.mentions.partition_point(|m| m.0 < at);
        // Bounded look-back keeps this linear overall.
        let &(pos, id) = self.mentions[..i].iter().rev().take(64).find(|m| !skip(m.0))?;
        let p = &self.persons[id];
        Some((pos, p.name.clone(), p.entity))
    }

    /// The first person mention at or after byte `at`, as `(offset, name, entity)`.
    pub fn first_person_after(&self, at: usize) -> Option<(usize, String, Option<usize>)> {
        let i = self.mentions.partition_point(|m| m.0 < at);
        let &(pos, id) = self.mentions.get(i)?;
        let p = &self.persons[id];
        Some((pos, p.name.clone(), p.entity))
    }

    /// Like [`Self::last_person_before`], for a pronoun of sex `female` ("she" is
    /// `Some(true)`): a person known to be of the other sex is passed over.
    pub fn last_person_for(
        &self,
        at: usize,
        female: Option<bool>,
        skip: impl Fn(usize) -> bool,
    ) -> Option<(usize, String, Option<usize>)> {
        let i = self.mentions.partition_point(|m| m.0 < at);
        let fits =
            |id: usize| female.is_none() || self.persons[id].female.is_none() || self.persons[id].female == female;
        let &(pos, id) = self.mentions[..i].iter().rev().take(64).find(|m| !skip(m.0) && fits(m.1))?;
        let p = &self.persons[id];
        Some((pos, p.name.clone(), p.entity))
    }

    /// The person mentions before byte `at` that fit a pronoun of sex `female` (see
    /// [`Self::last_person_for`]), nearest first, at most 64, as `(offset, name,
    /// entity)`: the candidates a pronoun weighs by where they stand.
    pub fn persons_for(&self, at: usize, female: Option<bool>) -> impl Iterator<Item = (usize, &str, Option<usize>)> {
        let i = self.mentions.partition_point(|m| m.0 < at);
        self.mentions[..i].iter().rev().take(64).filter_map(move |&(pos, id)| {
            let p = &self.persons[id];
            (female.is_none() || p.female.is_none() || p.female == female).then_some((pos, p.name.as_str(), p.entity))
        })
    }

    /// The sex of the person a resolved full name belongs to, when known.
    pub fn female(&self, name: &str) -> Option<bool> {
        match self.full.get(&name.to_lowercase()) {
            Some(&id) => self.persons[id].female,
            None => name_female(name),
        }
    }

    /// Resolves a descriptor ("the spokeswoman") at byte `at` to the person last
    /// introduced with its head noun, if any.
    /// Of several so introduced, the one mentioned last before `at` ("Sen. Ted Cruz
    /// … Sen. Marco Rubio … Rubio stopped by … the senator said" is Rubio).
    pub fn resolve_descriptor(&self, head: &str, at: usize) -> Option<(String, Option<usize>)> {
        let list = self.roles.get(&head.to_lowercase())?;
        let introduced = |id: usize| list.iter().any(|&(p, x)| x == id && p < at);
        let &(_, last) = list.iter().rev().find(|&&(p, _)| p < at)?;
        let i = self.mentions.partition_point(|m| m.0 < at);
        let id = self.mentions[..i].iter().rev().take(64).map(|m| m.1).find(|&id| introduced(id)).unwrap_or(last);
        let p = &self.persons[id];
        Some((p.name.clone(), p.entity))
    }
}

/// Title abbreviations and the role noun a descriptor uses for them.
const ROLE_ABBREVIATIONS: &[(&str, &str)] = &[("sen", "senator"), ("gov", "governor"), ("gen", "general")];

/// The role noun of an appositive after a name ending at token `after` (exclusive):
/// ", a spokeswoman for …", ", the White House press secretary," — a comma, an
/// article, then the first role noun within four words, before any preposition,
/// comma or verb-like word ends the phrase.
fn appositive_role(text: &str, tokens: &[Token], after: usize) -> Option<String> {
    let word = |k: usize| tokens.get(k).map(|t| t.slice(text));
    if word(after) != Some(",") || !word(after + 1).is_some_and(|w| in_table(&["a", "an", "the"], w)) {
        return None;
    }
    for t in tokens.iter().skip(after + 2).take(4) {
        let w = t.slice(text);
        if t.kind != TokenKind::Word || in_table(APPOSITIVE_ENDS, w) {
            return None;
        }
        if !is_capitalized(w) && in_table(ROLE_NOUNS, w) {
            return Some(w.to_lowercase());
        }
    }
    None
}

/// Words that end an appositive's noun phrase before its head is found.
const APPOSITIVE_ENDS: &[&str] =
    &["for", "of", "at", "in", "on", "with", "from", "to", "by", "who", "which", "that", "and", "said", "says"];

/// Finds the capitalised name runs among `tokens`, in text order.
///
/// A run is capitalised words joined by nothing but spaces, the periods of initials
/// and title abbreviations ("Mr.", "J."), and name particles ("van"); it never
/// crosses a line break and ends at a possessive word.
pub fn find_runs(text: &str, tokens: &[Token]) -> Vec<Run> {
    let mut runs = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let word = tokens[i].slice(text);
        if tokens[i].kind != TokenKind::Word || !(is_name_word(word) || will_names(text, tokens, i)) {
            i += 1;
            continue;
        }
        let first = i;
        let mut last = i + 1;
        let mut possessive = strip_possessive(word).1;
        while !possessive && last < tokens.len() {
            let gap = &text[tokens[last - 1].end..tokens[last].start];
            if gap.contains('\n') || gap.len() > 1 {
                break;
            }
            let t = tokens[last];
            let w = t.slice(text);
            let prev = tokens[last - 1].slice(text);
            // "Mr. Garin", "J. Edgar", "J.J. MacNab": the period of initials or a title
            // stays in the run.
            if w == "." && gap.is_empty() && (prev.chars().count() == 1 || initials(prev) || in_table(TITLES, prev)) {
                if tokens.get(last + 1).is_some_and(|n| is_name_word(n.slice(text))) {
                    last += 1;
                    continue;
                }
                break;
            }
            // "Ludwig van Beethoven", "Secretary of State John Kerry" — but "of" only
            // after a title: "Donald Hartley of Madison" is a person and a place.
            if (in_table(NAME_PARTICLES, w) || (w == "of" && in_table(TITLES, prev)))
                && tokens.get(last + 1).is_some_and(|n| is_name_word(n.slice(text)))
            {
                last += 1;
                continue;
            }
            if t.kind == TokenKind::Word && (is_name_word(w) || will_names(text, tokens, last)) {
                possessive = strip_possessive(w).1;
                last += 1;
                continue;
            }
            break;
        }
        if !is_adjective_run(text, tokens, first, last) {
            runs.push(make_run(text, tokens, first, last, possessive));
        }
        i = last;
    }
    runs
}

/// Whether `word` is a person's initials before their last period ("J.J" of
/// "J.J. MacNab", "A.J"): single capitals joined by periods, not a place or
/// organisation written so ("U.S", "U.N", "D.C").
fn initials(word: &str) -> bool {
    word.split('.').all(|part| part.chars().count() == 1 && part.chars().all(char::is_uppercase))
        && word.contains('.')
        && lexicon::lookup(&format!("{word}.")) & (lexicon::PLACE | lexicon::ORG) == 0
        && lexicon::lookup(word) & (lexicon::PLACE | lexicon::ORG) == 0
}

/// Whether token `i` is the first name "Will" rather than the modal: a capitalised
/// "Will" directly before a past-tense or present-tense speech verb ('“…,” Will
/// wrote.', "George Will argued", "Will writes"). A modal takes the base form ("Will
/// he say"), never "said", "says" or a verb in "-ed", so the pair is a name and its
/// cue; elsewhere "Will" stays a common word.
fn will_names(text: &str, tokens: &[Token], i: usize) -> bool {
    if tokens[i].slice(text) != "Will" {
        return false;
    }
    let Some(next) = tokens.get(i + 1).filter(|t| t.kind == TokenKind::Word && t.start == tokens[i].end + 1) else {
        return false;
    };
    let verb = next.slice(text);
    // A present-tense cue too ("which Will claims affirmed …", "Will writes"): a
    // modal never takes the "-s" form.
    (verb.ends_with("ed") || verb.ends_with('s') || in_table(&["said", "wrote", "told"], verb))
        && CUES.iter().any(|&(c, f)| f == CueForm::Finite && c == verb)
}

/// Whether the run `first..last` is a party or nationality adjective before a noun,
/// not a name: every word is a title word or a singular nationality or party word, one
/// of them is such a word, and a lowercase word follows ("Former Republican
/// presidential candidate Jeb Bush told …", "to disprove Republican claims of …",
/// "calling Mexican immigrants …"). After "a", "the" or "one" the word is a noun for a
/// person ("a Republican said") and the run stays.
fn is_adjective_run(text: &str, tokens: &[Token], first: usize, last: usize) -> bool {
    let party = |w: &str| {
        let w = strip_possessive(w).0;
        in_table(&["republican", "democrat", "democratic", "gop"], w)
            || (lexicon::lookup(w) & lexicon::DEMONYM != 0 && !w.ends_with('s'))
    };
    let words = &tokens[first..last];
    let all_adjectives = words
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .all(|t| party(t.slice(text)) || in_table(TITLES, t.slice(text)));
    let next_lower = tokens.get(last).is_some_and(|t| {
        t.kind == TokenKind::Word && text[tokens[last - 1].end..t.start].len() == 1 && !is_capitalized(t.slice(text))
    });
    let determiner = first > 0
        && (tokens[first - 1].kind == TokenKind::Number
            || in_table(&["a", "an", "the", "one", "another", "each", "every", "of"], tokens[first - 1].slice(text)));
    let coordinated = tokens.get(last).is_some_and(|t| in_table(&["and", "or"], t.slice(text)));
    all_adjectives && words.iter().any(|t| party(t.slice(text))) && next_lower && !determiner && !coordinated
}

/// Classifies a run and finds its name proper.
fn make_run(text: &str, tokens: &[Token], first: usize, last: usize, possessive: bool) -> Run {
    let is_word = |k: usize| tokens[k].kind == TokenKind::Word;
    let word = |k: usize| strip_possessive(tokens[k].slice(text)).0;
    // The name proper starts after the last title ("U.S. President Donald Trump") and
    // after the last "of" ("Secretary of State John Kerry").
    let mut name_first = first;
    let mut titled = false;
    let mut role = None;
    let mut female = None;
    for k in first..last.saturating_sub(1) {
        let w = word(k);
        if is_word(k) && in_table(TITLES, w) {
            female = female.or(title_female(w));
            name_first = k + 1;
            titled |= in_table(PERSON_TITLES, w);
            if in_table(ROLE_NOUNS, w) {
                role = Some(w.to_lowercase());
            } else if let Some(&(_, full)) = ROLE_ABBREVIATIONS.iter().find(|(a, _)| w.eq_ignore_ascii_case(a)) {
                // "Sen. Marco Rubio" is introduced as a senator.
                role = Some(full.to_string());
            }
        } else if w == "of" {
            name_first = k + 1;
        }
    }
    while name_first < last && !is_word(name_first) {
        name_first += 1;
    }
    // A role noun written in lowercase just before the run: "spokeswoman Haley Morris".
    if role.is_none() && first > 0 && tokens[first - 1].kind == TokenKind::Word {
        let prev = tokens[first - 1].slice(text);
        if !is_capitalized(prev) && in_table(ROLE_NOUNS, prev) {
            role = Some(prev.to_lowercase());
            titled = true;
            female = female.or(title_female(prev));
        }
    }
    let name_first = name_first.min(last - 1);
    let start = tokens[name_first].start;
    let end_tok = tokens[last - 1];
    let end = end_tok.start + word(last - 1).len();
    let name_words: Vec<&str> =
        (name_first..last).filter(|&k| is_word(k) || tokens[k].slice(text) == ".").map(word).collect();
    let mut name = String::new();
    for w in &name_words {
        if *w == "." {
            name.push('.');
        } else {
            if !name.is_empty() {
                name.push(' ');
            }
            name.push_str(w);
        }
    }
    let proper: Vec<&str> = name_words.iter().copied().filter(|w| *w != ".").collect();
    let acronym = |w: &str| w.chars().count() >= 2 && w.chars().all(|c| c.is_uppercase() || c == '.');
    // "Jews Against Trump", "Hispanic Patriots for Trump": a capitalised function
    // word makes a slogan or a group's name, not a person's.
    let slogan = proper.iter().skip(1).any(|w| in_table(SLOGAN_WORDS, w));
    let kind = if proper.iter().any(|w| in_table(ORG_WORDS, w)) || proper.iter().all(|w| acronym(w)) || slogan {
        RunKind::Org
    } else if proper.len() >= 2 || titled {
        RunKind::Person
    } else {
        RunKind::Unknown
    };
    Run { first, last, name_first, start, end, name, kind, possessive, role, female }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Mention;
    use crate::text::tokenize;

    fn runs(text: &str) -> Vec<(String, RunKind)> {
        find_runs(text, &tokenize(text)).into_iter().map(|r| (r.name, r.kind)).collect()
    }

    /// Each text's name runs are exactly the listed names and kinds.
    fn assert_runs(cases: &[(&str, &[(&str, RunKind)])]) {
        for (text, want) in cases {
            let want: Vec<(String, RunKind)> = want.iter().map(|(n, k)| (n.to_string(), *k)).collect();
            assert_eq!(runs(text), want, "{text}");
        }
    }

    #[test]
    fn name_runs_drop_titles_and_classify() {
        use RunKind::*;
        let cases: &[(&str, &[(&str, RunKind)])] = &[
            ("U.S. President Donald Trump spoke.", &[("Donald Trump", Person)]),
            ("Russian President Vladimir Putin", &[("Vladimir Putin", Person)]),
            ("said Mr. Garin, a pollster", &[("Garin", Person)]),
            ("Secretary of State John Kerry", &[("John Kerry", Person)]),
            ("The State Department said", &[("Department", Org)]),
            ("told NHK on Monday", &[("NHK", Org)]),
            ("O’Malley’s campaign says", &[("O’Malley", Unknown)]),
            ("But Heio noted", &[("Heio", Unknown)]),
            // A slogan on a sign names no person.
            ("a sign reading Jews Against Trump", &[("Jews Against Trump", Org)]),
        ];
        assert_runs(cases);
    }

    #[test]
    fn party_and_nationality_adjectives_are_no_names() {
        use RunKind::*;
        let cases: &[(&str, &[(&str, RunKind)])] = &[
            // Before a lowercase noun they modify it: no run, so no speaker "Republican".
            ("Former Republican presidential candidate Jeb Bush told the paper", &[("Jeb Bush", Person)]),
            ("an effort to disprove Republican claims of progress", &[]),
            ("calling Mexican immigrants criminals", &[]),
            // After a determiner or a number, or coordinated, the run stays.
            ("a Republican said on Monday", &[("Republican", Unknown)]),
            ("a letter by 67 Latin American artists", &[("Latin American", Person)]),
            ("according to Democratic and independent analysts", &[("Democratic", Unknown)]),
            // A name of its own is untouched.
            ("Republican Donald Trump said", &[("Donald Trump", Person)]),
        ];
        assert_runs(cases);
    }

    #[test]
    fn sex_from_a_kinship_noun_before_or_after_the_name() {
        let sex = |text: &str, name: &str| {
            let tokens = tokenize(text);
            let r = find_runs(text, &tokens).into_iter().find(|r| r.name == name).expect("run");
            kinship_sex(text, &tokens, r.first, r.last)
        };
        assert_eq!(sex("He came with his wife, Lonnie, and friends.", "Lonnie"), Some(true));
        assert_eq!(sex("She hugged her eldest son Deon at the door.", "Deon"), Some(false));
        assert_eq!(sex("The mayor’s widow, Ann Cole, spoke.", "Ann Cole"), Some(true));
        assert_eq!(sex("Lonnie Reyes, his wife, thanked them.", "Lonnie Reyes"), Some(true));
        // A plural tells the sex of each name it lists; "spouse" tells none.
        assert_eq!(sex("He thanked his sons, Eric and Dale, for the help.", "Eric"), Some(false));
        assert_eq!(sex("She came with her spouse, Robin, and friends.", "Robin"), None);
        // After a comma the name must end its phrase: here it opens a new clause.
        assert_eq!(sex("It is for my son, Dale Reyes said.", "Dale Reyes"), None);
        // A kinship noun without an owner introduces no one ("Son Deon" is a name).
        assert_eq!(sex("They met Deon at noon.", "Deon"), None);
    }

    #[test]
    fn sex_from_first_names_past_party_labels_and_from_titles() {
        // The entity stage may keep a party label on the name.
        assert_eq!(name_female("Democrat Hillary Clinton"), Some(true));
        assert_eq!(name_female("Republican Donald Trump"), Some(false));
        assert_eq!(name_female("Mrs. Clinton"), Some(true));
        assert_eq!(name_female("Clinton"), None);
        // From the longer lists.
        assert_eq!(name_female("Phyllis Schlafly"), Some(true));
        assert_eq!(name_female("Rahm Emanuel"), Some(false));
        // A first name both sexes bear tells neither.
        assert_eq!(name_female("Dana Perry"), None);
        assert_eq!(name_female("Robin Hale"), None);
        // The binary search needs them sorted, in ASCII, and finds every word.
        for list in [MORE_FEMALE_NAMES, MORE_MALE_NAMES] {
            let words: Vec<&str> = list.split_whitespace().collect();
            assert!(list.is_ascii() && words.windows(2).all(|w| w[0] < w[1]));
            assert!(words.iter().all(|w| in_sorted_words(list, w)));
            assert!(!in_sorted_words(list, "zzz") && !in_sorted_words(list, "a") && !in_sorted_words(list, ""));
        }
    }

    #[test]
    fn surnames_and_first_words_resolve_to_the_full_name() {
        let text = "Donald Trump and Hillary Clinton met. Bill Clinton came. Trump left. Clinton stayed.";
        let tokens = tokenize(text);
        let names = Names::new(text, &tokens, &[]);
        let at = |s: &str| text.find(s).unwrap();
        assert_eq!(names.resolve_name(at("Trump left"), at("Trump left") + 5).0, "Donald Trump");
        // The latest person introduced with the word wins.
        assert_eq!(names.resolve_name(at("Clinton stayed"), at("Clinton stayed") + 7).0, "Bill Clinton");
    }

    #[test]
    fn pronouns_and_descriptors() {
        let text = "Spokeswoman Haley Morris says it works. Russia objected. She added more. The spokeswoman left.";
        let tokens = tokenize(text);
        let names = Names::new(text, &tokens, &[]);
        assert_eq!(names.resolve_pronoun(text.find("She").unwrap()).unwrap().0, "Haley Morris");
        let at = text.find("The spokeswoman").unwrap();
        assert_eq!(names.resolve_descriptor("spokeswoman", at).unwrap().0, "Haley Morris");
    }

    #[test]
    fn entities_win_when_given() {
        let text = "Heio said so. He left.";
        let tokens = tokenize(text);
        let e = Entity {
            name: "Heio Chinji".into(),
            kind: EntityType::Person,
            mentions: vec![Mention { start: 0, end: 4 }],
            aliases: vec![],
        };
        let names = Names::new(text, &tokens, &[e]);
        assert_eq!(names.resolve_name(0, 4), ("Heio Chinji".to_string(), Some(0)));
        assert_eq!(names.resolve_pronoun(text.find("He left").unwrap()).unwrap(), ("Heio Chinji".to_string(), Some(0)));
    }
}
