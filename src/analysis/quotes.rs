//! Quotes and who said them: direct, partial and indirect speech with speakers and cues.
//!
//! [`extract`] works in passes, each linear in the text:
//!
//! 1. **Marks** ([`marks`]): every quotation mark in every convention news uses
//!    (`"` `“ ”` `‘ ’` `'` `« »` `„ “` and the ``` ``…'' ``` of wire text) is classed as
//!    opening, closing or either from its neighbours; apostrophes (Japan's, don't,
//!    '90s, rock 'n' roll) are left out. Marks pair into quoted regions, double marks
//!    first, single marks outside them; a paragraph left open and continued by the
//!    next paragraph's opening mark is one region.
//! 2. **Frames**: each region's sentence (the given sentences and a light boundary
//!    scan of our own, ignoring boundaries inside quotes) gives the text before and
//!    after it, where the attribution lives.
//! 3. **Attribution**: a cue from [`cues::CUES`] near the quote and its speaker — the
//!    subject before a finite cue ("Heio said", "X, a researcher at Y, said", "Sen.
//!    Jason Holsman (D) said"), the name after an inverted one ("said campaign
//!    chairman John Podesta", "according to X"), the main subject for a participle
//!    ("…, stating, '…'"), or the subject before a colon ("Trump: '…'", "Trump issued
//!    the following statement:" at the end of the previous paragraph). Speech verbs
//!    are an open class, so right after a quote "NAME verb-ed" / "verb-ed NAME" also
//!    attributes ('"…," Toomey fumed'), and words woven into a sentence whose subject
//!    is a person are that person's ("Mr. Trump assailed the judge for his 'Mexican
//!    heritage'"). Headlines have their own shorthand ("Graham: Trump’s ‘Hateful
//!    Rhetoric’", "Hollande Says Trump ‘Makes You Want To Retch’").
//!    [`crate::analysis::speakers::Names`] resolves the mention to a full name
//!    (surnames, pronouns, descriptors, entities when given).
//! 4. **Shape**: `"X," he said, "Y"` merges into one quote; short scare-quoted terms,
//!    lists of terms, named things ("a group called 'X'") and titles are dropped. A
//!    quote with no cue of its own that opens the next sentence after a quote's
//!    attribution (`"X," he said. "Y."`), follows it directly (`"X." "Y."`), or fills
//!    the next paragraph (`"X," he said. ¶ "Y."`) is the same stretch of speech and
//!    joins it, as readers and PolNeAR's annotators take it. Any other quote without
//!    a cue belongs to a person the reporter just reported ("Carter said that … ¶
//!    “…”") or named as the subject of its paragraph, else continues the previous
//!    speaker, else the person last named.
//!
//! Speakers are subjects, not any name nearby: a name after a preposition ("in
//! Berea", "on Twitter") is an object; with entities, places and works do not speak
//! and a capitalised sentence opener no entity covers ("Shortly") is no name; a
//! clause's subject follows an opening subordinate clause ("When asked…, Ms. Sherry
//! said"); a time phrase may stand between subject and cue ("Trump at the time
//! said"). Pronouns pass over people of the other sex (titles, role nouns, common
//! first names). Following PolNeAR, `"…," X said, according to CNN` is CNN's.
//! 5. **Indirect speech**: in sentences without quotes, "X said (that) …",
//!    "…, X said" and "according to X, …" give `indirect` quotes of the reported clause.
//!
//! Every pass is linear: frames are sentences, look-backs are bounded.
//!
//! ```
//! use article_explorer::analysis::quotes::extract;
//! use article_explorer::model::{QuoteKind, Sentence};
//! let text = "“We will win,” Smith said, “and soon.” He noted, 'It is over.'";
//! let quotes = extract(text, &[Sentence { start: 0, end: text.len() }], &[]);
//! assert_eq!(quotes.len(), 2);
//! assert_eq!(quotes[0].text, "We will win, and soon.");
//! assert_eq!(quotes[0].speaker.name.as_deref(), Some("Smith"));
//! assert_eq!(quotes[1].kind, QuoteKind::Direct);
//! assert_eq!(quotes[1].speaker.name.as_deref(), Some("Smith"));
//! ```

use std::cell::RefCell;

pub mod cues;
pub mod marks;

use cues::{
    in_table, is_term_marker, names_thing, CueForm, COINING_VERBS, CUES, DETERMINERS, EVIDENCE_NOUNS, FINDING_VERBS,
    INDIRECT_CUES, NAMING_VERBS, PERSON_PRONOUNS, PLURAL_ONLY_CUES, PRONOUNS, RELATIVE_REPORT_CUES, ROLE_NOUNS, TITLES,
};
use marks::{Family, Region};

use crate::analysis::entities;
use crate::analysis::speakers::{Names, Run, RunKind};
use crate::model::{Cue, Entity, EntityType, Quote, QuoteKind, Sentence, Speaker};
use crate::text::{is_capitalized, line_start, tokenize, Token, TokenKind};

/// Finds quotes and attributes them; byte offsets, sorted by start. Total: odd text
/// yields fewer quotes, never a panic.
pub fn extract(text: &str, sentences: &[Sentence], entities: &[Entity]) -> Vec<Quote> {
    extract_traced(text, sentences, entities).into_iter().map(|(q, _)| q).collect()
}

/// [`extract`], each quote with the rule that chose its speaker ("cue after / name",
/// "no cue: inherited", "indirect"), for error analysis.
pub fn extract_traced(text: &str, sentences: &[Sentence], entities: &[Entity]) -> Vec<(Quote, String)> {
    extract_explained(text, sentences, entities).0
}

/// The text as the rules read it. The horizontal bar (U+2015), which some newsrooms
/// type for every dash ("the party ― it’s the party of …") and which marks a quote's
/// sign-off ('“…” ― Jim Carter, Boone'), reads as the em dash it stands for. Both
/// take three bytes, so every offset holds in the text as written.
fn as_read(text: &str) -> std::borrow::Cow<'_, str> {
    if text.contains('\u{2015}') {
        std::borrow::Cow::Owned(text.replace('\u{2015}', "\u{2014}"))
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

/// Whether extraction records the regions it drops ([`extract_explained`]): error
/// analysis runs natively, so the browser's analysis worker skips the bookkeeping.
const EXPLAIN: bool = cfg!(not(target_arch = "wasm32"));

/// A quoted region that became no quote: byte span `(open mark start, close mark
/// end)` and the rule that dropped it.
pub type Dropped = (usize, usize, &'static str);

/// [`extract_traced`], and the quoted regions that became no quote, each as a byte
/// span `(open mark start, close mark end)` with the rule that dropped it ("short,
/// unattributed", "list of terms", "title", …), for error analysis (natively only:
/// on wasm the list is empty).
pub fn extract_explained(
    text: &str,
    sentences: &[Sentence],
    entities: &[Entity],
) -> (Vec<(Quote, String)>, Vec<Dropped>) {
    let shown = text;
    let read = as_read(text);
    let text: &str = &read;
    let tokens = tokenize(text);
    let regions = marks::regions(text);
    let bounds = marks::boundaries(text, sentences, &regions);
    let names = Names::new(text, &tokens, entities);
    let ctx = Ctx {
        text,
        shown,
        tokens: &tokens,
        names: &names,
        bounds: &bounds,
        regions: &regions,
        headline_end: match text.find('\n') {
            Some(k) if count_words(&text[..k]) <= 25 => k,
            _ => 0,
        },
        speakers: RefCell::new(Vec::new()),
        trace: RefCell::new(Vec::new()),
        dropped: RefCell::new(Vec::new()),
    };
    let direct = ctx.direct_quotes();
    let indirect = ctx.indirect_quotes(&direct);
    let paths = ctx.trace.take();
    let mut quotes: Vec<(Quote, String)> = direct.into_iter().zip(paths).collect();
    quotes.extend(indirect.into_iter().map(|q| (q, "indirect".to_string())));
    quotes.sort_by_key(|(q, _)| (q.start, q.end));
    for (q, _) in &mut quotes {
        q.sentence = sentences.partition_point(|s| s.end <= q.start).min(sentences.len().saturating_sub(1));
    }
    (quotes, ctx.dropped.take())
}

/// Counts written as words, as shares put them ("one in five", "six in 10").
const RATIO: &[&str] = &["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

/// What kind of words name the speaker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum MentionKind {
    Name,
    Pronoun,
    Descriptor,
    /// A relative pronoun standing for the noun before it ("Mike Lee, who declared"):
    /// PolNeAR marks the relative as the source, so it is the mention; the speaker's
    /// name comes from its antecedent.
    Relative,
}

impl MentionKind {
    fn as_str(self) -> &'static str {
        match self {
            Self::Name => "name",
            Self::Pronoun => "pronoun",
            Self::Descriptor => "descriptor",
            Self::Relative => "relative",
        }
    }
}

/// Which side of a quote a frame lies on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Side {
    Before,
    After,
}

/// A speaker mention and the cue that links it to a quote (byte spans).
#[derive(Clone, Debug, PartialEq, Eq)]
struct Attribution {
    cue: (usize, usize),
    mention: Option<(usize, usize, MentionKind)>,
    /// The cue is a bare colon or an unlisted verb after the subject, not a table cue.
    weak: bool,
}

/// Everything the passes share.
struct Ctx<'a> {
    /// The text as the rules read it: [`as_read`].
    text: &'a str,
    /// The text as written, which quotes, cues and speaker phrases are cut from.
    shown: &'a str,
    tokens: &'a [Token],
    names: &'a Names,
    bounds: &'a [usize],
    regions: &'a [Region],
    /// End of the headline (first line), or 0 when there is none.
    headline_end: usize,
    /// Named speakers so far `(offset, name, entity)`, in text order (pronoun fallback).
    speakers: RefCell<Vec<(usize, String, Option<usize>)>>,
    /// The rule behind each direct quote's speaker, in the order `build` makes them.
    trace: RefCell<Vec<String>>,
    /// Regions that became no quote, with the rule that dropped them.
    dropped: RefCell<Vec<Dropped>>,
}

/// One quoted region on its way to being a quote.
#[derive(Clone, Debug)]
struct Candidate {
    region: usize,
    /// The last region merged into this candidate (`region` until a merge).
    last_region: usize,
    /// Content pieces (trimmed), in order; more than one after merging.
    pieces: Vec<(usize, usize)>,
    /// Start of the sentence holding the opening mark.
    seg_start: usize,
    /// End of the sentence holding the closing mark.
    seg_end: usize,
    attribution: Option<Attribution>,
    /// The attribution follows the quote (so it may continue after it).
    attribution_after: bool,
    /// Only space, a colon, comma or dash (after a cue) precede it in its sentence.
    starts_clause: bool,
    words: usize,
    keep: bool,
    /// Holds fragments woven into one reported clause ([`Ctx::merge_woven`]): its
    /// text joins them with an ellipsis.
    woven: bool,
    /// Why `keep` is false (the rule in `reject_terms`), for error analysis.
    dropped: &'static str,
    /// The quote sits in the headline (the first line).
    headline: bool,
    /// Which attribution rule chose `attribution`, for error analysis.
    path: &'static str,
}

impl Candidate {
    /// Keeps the quote with the first attribution found, under its rule's name, or
    /// drops it for `dropped` when none was.
    fn settle(&mut self, found: [(Option<Attribution>, &'static str); 2], dropped: &'static str) {
        match found.into_iter().find_map(|(a, path)| Some((a?, path))) {
            Some((a, path)) => {
                self.attribution = Some(a);
                self.path = path;
            }
            None => {
                self.keep = false;
                self.dropped = dropped;
            }
        }
    }
}

/// Words that cannot end a noun phrase that speaks: auxiliaries and possessive
/// determiners, found before a cue that is a passive or a noun ("being told", "his
/// claims").
const NOT_A_HEAD: &[&str] = &["being", "having", "his", "her", "their", "its", "our", "my", "your"];

/// Relative pronouns that open a clause inside a noun phrase ("the chairs that the
/// paper interviewed").
const RELATIVES: &[&str] = &["that", "which", "who", "whom"];

/// Words after which a cue word is a noun ("those claims", "his remarks", "the
/// calls"): articles, demonstratives and possessives other than the ambiguous "her".
const NOUN_MARKERS: &[&str] = &["the", "a", "an", "those", "these", "his", "their", "its", "our", "my", "your"];

/// Tokens that may sit between a subject and its cue ("he also said", "has said").
const SKIP_BEFORE_CUE: &[&str] = &[
    "also",
    "has",
    "have",
    "had",
    "later",
    "then",
    "previously",
    "recently",
    "once",
    "again",
    "repeatedly",
    "reportedly",
    "publicly",
    "privately",
    "simply",
    "flatly",
    "bluntly",
    "quickly",
    "separately",
    "further",
    "first",
    "initially",
    "subsequently",
    "would",
    "will",
    "could",
    "may",
    "might",
    "did",
    "does",
    "never",
    "often",
    "sometimes",
    "seldom",
    "soon",
    "long",
    "frequently",
    "famously",
    "in",
    "interview",
    "an",
    "statement",
    "a",
    "on",
    "twitter",
    "just",
    "already",
    "only",
    "even",
    "still",
    "emphatically",
    "angrily",
    "calmly",
    "directly",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "today",
    "yesterday",
    "tonight",
    "morning",
    "afternoon",
    "evening",
    "night",
    "week",
    "last",
    "earlier",
    "this",
    "month",
    "year",
    // "have in particular noted", "have in fact reported": a set phrase between
    // the subject and its cue.
    "particular",
    "fact",
];

/// Words that float between a subject and its verb without being part of the
/// subject: an intensifier ("Cruz himself said"), a quantifier ("Ruiz and Diaz
/// both argued") or a linking adverb ("Carter however said"). The subject is the
/// name before them.
const FLOATING: &[&str] = &["himself", "herself", "itself", "themselves", "both", "however"];

/// Nouns naming a work or a programme: capitalised words quoted right after one
/// are its title ("his book “The Art of the Deal,”", "the podcast “Here’s the
/// Thing.”", "the Syfy movie “Sharknado 3”").
const WORK_NOUNS: &[&str] = &[
    "book",
    "books",
    "memoir",
    "autobiography",
    "novel",
    "film",
    "movie",
    "show",
    "series",
    "podcast",
    "song",
    "album",
    "play",
    "musical",
    "program",
    "programme",
    "documentary",
    "column",
    "essay",
    "op-ed",
    "article",
    "magazine",
    "newsletter",
    "blog",
    "ad",
    "video",
    "poem",
    "opera",
    "sitcom",
    "drama",
    "comedy",
    "episode",
    "segment",
];

/// How many sentences before a pronoun's own may hold its antecedent as a subject
/// ([`Ctx::personal_antecedent`]).
const SALIENCE_SENTENCES: usize = 3;

/// Prepositions a name after which is no topic ("a choice between Clinton and
/// Sanders"), besides [`PREPOSITIONS`].
const MORE_PREPOSITIONS: &[&str] =
    &["between", "among", "than", "like", "unlike", "despite", "without", "behind", "beyond", "within", "upon"];

/// A person's name and entity as the registry holds them.
type Named<'n> = (&'n str, Option<usize>);

/// A name's salience not rated yet ([`Ctx::personal_antecedent`]).
const UNRATED: u8 = u8::MAX;

/// Punctuation that closes an opening phrase or an aside before a clause's subject.
const CLAUSE_BREAKS: &[&str] = &[",", "—", "―", "–", "--"];

/// How many "he"s back a "he" may follow its chain to a subject. A paragraph about
/// one person runs on pronouns ("He said the governor's budget …, and he said he
/// knows … because he grew up …"); cut off too soon, the chain falls back to the
/// person named last, often one named in passing.
const PRONOUN_CHAIN: usize = 8;

/// Words that end a subject noun phrase when scanning back from a cue.
const CLAUSE_STOPS: &[&str] = &[
    "that", "and", "but", "because", "when", "as", "while", "if", "who", "which", "where", "so", "than", "what",
    "whom", "whose", "why", "how", "is", "was", "are", "were", "be", "been", "to", "for", "with", "by", "from",
    "about", "after", "before", "since", "not", "or", "nor", "yet", "said", "says", "told", "in", "on", "at",
];

/// Words opening a subordinate clause ("When asked …, she said"; "…, although he
/// tweeted that …"): the clause has its own subject and cue.
const SUBORDINATORS: &[&str] =
    &["when", "after", "as", "while", "if", "although", "though", "because", "before", "since", "asked", "once"];

/// Subordinators after which a subject opens a clause of its own, far into its
/// sentence: "The crowd cheered when the mayor said …".
const CLAUSE_SUBORDINATORS: &[&str] = &["when", "after", "before", "while", "because", "since", "once", "until"];

/// Words that end a noun phrase after an inverted cue ("said one Democrat familiar
/// with the talks", "said Mr. Trump in a statement").
const NP_END: &[&str] = &["who", "familiar", "with", "during", "while", "of", "from", "speaking", "according"];

/// Prepositions: a name right after one is an object ("in Berea", "on Twitter",
/// "from South Carolina"), never the subject that speaks.
const PREPOSITIONS: &[&str] = &[
    "like",
    "unlike",
    "amid",
    "despite",
    "alongside",
    "in",
    "on",
    "at",
    "from",
    "to",
    "of",
    "for",
    "with",
    "by",
    "into",
    "across",
    "near",
    "about",
    "against",
    "toward",
    "towards",
    "under",
    "over",
    "via",
    "through",
    "throughout",
    "outside",
    "inside",
    "around",
];

/// Whether `w` can be a verb in "-s" ("targets", "says"): not an adjective or noun
/// in "-ous", "-ss", "-us" or "-is" ("cautious", "business", "bonus", "analysis").
fn s_verb(w: &str) -> bool {
    w == "is" || (w.ends_with('s') && !["ous", "ss", "us", "is"].iter().any(|end| w.ends_with(end)))
}

/// Whether `w` (lowercase) has the "-s" of a plural noun or a third-person verb
/// ("observers", "shows"): longer than three letters, not "-ss", "-us", "-is" or a
/// possessive ("business", "bonus", "analysis", "mayor's").
fn s_form(w: &str) -> bool {
    w.len() > 3 && w.ends_with('s') && !["ss", "us", "is", "'s", "’s"].iter().any(|end| w.ends_with(end))
}

/// Common irregular past-tense verbs: after a subject they are its verb ("Mike Ruiz
/// sent", "the campaign put out").
const IRREGULAR_PAST: &[&str] = &[
    "said", "told", "wrote", "spoke", "made", "took", "gave", "sent", "put", "went", "came", "saw", "thought", "felt",
    "kept", "left", "held", "brought", "sought", "began", "drew", "threw", "struck",
];

/// Words that end a time phrase standing between a subject and its cue ("Trump at
/// the time said", "the State Department two weeks ago said", "she now says").
const TIME_TAIL: &[&str] =
    &["ago", "now", "time", "moment", "point", "then", "weekend", "day", "days", "weeks", "months"];

/// Participles of receiving a document ("obtained by The Ledger", "seen by
/// Reuters"): the agent after them holds the document, it did not write it.
const RECEIVED: &[&str] = &["obtained", "seen", "reviewed", "viewed", "acquired", "received", "heard"];

/// Bullets that open the lines of a list of voices.
const BULLETS: &[char] = &['•', '·', '▪', '►', '*'];

/// Words right after a cue that are not the speaker of an inverted cue.
const NOT_AFTER_CUE: &[&str] = &["in", "on", "at", "during", "after", "before", "that", "of", "to", "about", "last"];

impl<'a> Ctx<'a> {
    /// Whether byte `pos` lies inside a quoted region.
    fn is_quoted(&self, pos: usize) -> bool {
        let i = self.regions.partition_point(|r| r.close.1 <= pos);
        self.regions.get(i).is_some_and(|r| r.open.0 <= pos)
    }

    fn word(&self, i: usize) -> &'a str {
        self.tokens[i].slice(self.text)
    }

    fn is_word(&self, i: usize) -> bool {
        self.tokens[i].kind == TokenKind::Word
    }

    /// Token indices `[first, last)` of the tokens inside bytes `lo..hi`.
    fn tok_range(&self, lo: usize, hi: usize) -> (usize, usize) {
        let a = self.tokens.partition_point(|t| t.start < lo);
        let b = self.tokens.partition_point(|t| t.start < hi);
        (a, b.max(a))
    }

    /// The sentence start at or before `pos`, and the sentence end after `pos`.
    fn segment(&self, pos: usize) -> (usize, usize) {
        let i = self.bounds.partition_point(|&b| b <= pos);
        let start = if i == 0 { 0 } else { self.bounds[i - 1] };
        let end = self.bounds.get(i).copied().unwrap_or(self.text.len());
        (start, end)
    }

    /// The cue starting at token `i`, as (token count, form).
    fn cue_at(&self, i: usize, hi: usize) -> Option<(usize, CueForm)> {
        if i >= self.tokens.len() || !self.is_word(i) {
            return None;
        }
        let word = self.word(i);
        // Cues are lowercase verbs: "States" in "United States" is a name, not "states".
        // Only "According to" opens sentences.
        // "Said Comey, “…”": an inverted "Said" may open a sentence too.
        if is_capitalized(word) && word != "According" && !(word == "Said" && self.opens_sentence(i)) {
            return None;
        }
        // "pushed back on those claims", "the calls grew louder": after an article or
        // a possessive, a cue word is a noun ("her" may be an object: "heard her say").
        if i > 0 && in_table(NOUN_MARKERS, self.word(i - 1)) {
            return None;
        }
        // "the mayor’s repeated calls to …", "the oft-repeated claims": after a
        // participle that follows an article or possessive, an -s cue word is a
        // plural noun.
        if i > 1 && word.ends_with('s') && self.is_word(i - 1) {
            let prev = self.word(i - 1);
            let lower = !is_capitalized(prev);
            let marked = in_table(NOUN_MARKERS, self.word(i - 2))
                || self.word(i - 2).ends_with("’s")
                || self.word(i - 2).ends_with("'s");
            let participle = lower && prev.len() > 4 && prev.ends_with("ed") && marked;
            if participle {
                return None;
            }
        }
        let w = word.to_lowercase();
        if in_table(PLURAL_ONLY_CUES, &w) && !(i > 0 && self.plural_subject(i - 1)) {
            return None;
        }
        'cues: for &(cue, form) in CUES {
            // The first word decides most entries; comparing it before splitting keeps
            // this scan (run for every token of every frame) cheap.
            let Some(rest) = cue.strip_prefix(w.as_str()) else { continue };
            if !(rest.is_empty() || rest.starts_with(' ')) {
                continue;
            }
            let mut n = 1;
            for p in rest.split(' ').skip(1) {
                if i + n >= hi || !self.word(i + n).eq_ignore_ascii_case(p) {
                    continue 'cues;
                }
                n += 1;
            }
            return Some((n, form));
        }
        None
    }

    /// Whether token `k` can be a plural subject right before a base-form verb:
    /// "they", "we", or a plural noun ("observers", "Democrats"), not a word that
    /// merely ends in "s" ("this", "has", "cautious", "always"), a possessive, or a
    /// word after a singular article ("a serious note").
    fn plural_subject(&self, k: usize) -> bool {
        const NOT_PLURAL: &[&str] = &["this", "thus", "plus", "has", "does", "was", "always", "perhaps", "news"];
        const SINGULAR: &[&str] = &["a", "an", "another", "one", "each", "every"];
        let w = self.word(k);
        let lower = w.to_lowercase();
        if in_table(&["they", "we"], &lower) {
            return true;
        }
        self.is_word(k)
            && s_form(&lower)
            && !in_table(NOT_PLURAL, &lower)
            && !(k > 0 && in_table(SINGULAR, self.word(k - 1)))
    }

    /// Whether token `k` is the period of a name suffix closing a name run ("Joseph R.
    /// Biden Jr.", "Cal Ripken Sr."): the name ends there, and its subject or
    /// appositive goes on after it, as after any name.
    fn suffix_period(&self, k: usize) -> bool {
        k > 0
            && self.word(k) == "."
            && self.tokens[k - 1].end == self.tokens[k].start
            && in_table(&["jr", "sr"], self.word(k - 1))
            && self.names.run_at_token(k - 1).is_some_and(|r| r.last == k)
    }

    /// Whether token `i` is the first word of its sentence.
    fn opens_sentence(&self, i: usize) -> bool {
        let at = self.tokens[i].start;
        self.text.get(self.segment(at).0..at).is_some_and(|t| t.trim().is_empty())
    }

    /// Whether token `i` follows a preposition, an article allowed between, no
    /// further back than `lo`: "in Berea", "writing in the Observer, her adviser said"
    /// — the name is an object there, never the subject that speaks.
    fn after_preposition(&self, lo: usize, i: usize) -> bool {
        let mut k = i;
        if k > lo + 1 && in_table(&["the", "a", "an"], self.word(k - 1)) {
            k -= 1;
        }
        k > lo && in_table(PREPOSITIONS, self.word(k - 1))
    }

    /// Whether the name at token `i` is the object of a gerund that follows a
    /// preposition: "by quoting Leonardo da Vinci", "after thanking Mayor Ruiz". Not
    /// nouns in -ing that name a time ("in spring").
    fn after_gerund(&self, lo: usize, i: usize) -> bool {
        let gerund = |w: &str| w.len() > 5 && w.ends_with("ing") && !is_capitalized(w);
        i > lo + 1
            && gerund(self.word(i - 1))
            && !in_table(&["morning", "evening", "spring", "during"], self.word(i - 1))
            && in_table(PREPOSITIONS, self.word(i - 2))
    }

    /// The mention a noun phrase ending at token `j` (exclusive) names, scanning back
    /// no further than `lo`: a pronoun, a name run, or a descriptor.
    fn subject_before(&self, lo: usize, cue: usize) -> Option<(usize, usize, MentionKind)> {
        let mut j = cue;
        // "he also said", "Trump has said": auxiliaries and adverbs sit between.
        // A capitalised word opening the frame is the subject, not a skipped phrase
        // word: '"…," Twitter said' is Twitter's, while "Trump on Twitter said" skips.
        while j > lo
            && self.is_word(j - 1)
            && (in_table(SKIP_BEFORE_CUE, self.word(j - 1))
                || is_adverb(self.word(j - 1))
                || in_table(FLOATING, self.word(j - 1)))
            && !(j - 1 == lo && is_capitalized(self.word(j - 1)))
            // "In response, Twitter said": so is one opening the clause after a comma
            // (a weekday there is a time: "…, Monday, she said").
            && !(j >= lo + 2
                && self.word(j - 2) == ","
                && is_capitalized(self.word(j - 1))
                && !is_day_or_month(self.word(j - 1)))
            // "which Will claims": the name stage took this "Will" for a name, not the modal.
            && !(self.word(j - 1) == "Will" && self.names.run_at_token(j - 1).is_some())
        {
            j -= 1;
        }
        // "the statement said", "the interview noted": after "the", a skipped noun
        // ("in a statement", "on Twitter") is the head of the subject.
        const SKIPPED_NOUNS: &[&str] =
            &["statement", "interview", "twitter", "week", "month", "year", "morning", "afternoon", "evening", "night"];
        let skipped_head =
            j < cue && j > lo && self.word(j - 1).eq_ignore_ascii_case("the") && in_table(SKIPPED_NOUNS, self.word(j));
        if skipped_head {
            j += 1;
        }
        // "Joseph R. Biden Jr. said": the period of a name suffix ends the name.
        if j > lo + 1 && self.suffix_period(j - 1) {
            j -= 1;
        }
        // "Mike Lee, who declared", "the report, which notes": the relative pronoun is
        // the cue's subject and the mention annotators mark; its antecedent names it.
        if j > lo + 1 && self.is_word(j - 1) && in_table(&["who", "which"], self.word(j - 1)) {
            let prev = self.word(j - 2);
            let after_noun = prev == "," || (self.is_word(j - 2) && !in_table(CLAUSE_STOPS, prev));
            if after_noun && (self.word(j - 1).eq_ignore_ascii_case("who") || prev == ",") {
                let t = self.tokens[j - 1];
                return Some((t.start, t.end, MentionKind::Relative));
            }
        }
        // "Ms. Ruiz, who has in the past described him as …", "Trump at the time
        // said": a time phrase opened by a preposition sits between subject and cue;
        // the subject is found before it as before the cue (a relative pronoun too).
        if j > lo + 2 && self.is_word(j - 1) && in_table(&["past", "time", "moment"], self.word(j - 1)) {
            let p = (lo.max(j.saturating_sub(4))..j - 1).rev().find(|&k| in_table(&["in", "at"], self.word(k)));
            if let Some(m) = p.filter(|&p| p > lo).and_then(|p| self.subject_before(lo, p)) {
                return Some(m);
            }
        }
        // "Trump at the time said", "the department two weeks ago said": a time phrase
        // sits between subject and cue; the subject is the name or pronoun before it.
        if j > lo && self.is_word(j - 1) && in_table(TIME_TAIL, self.word(j - 1)) {
            for k in (lo.max(j.saturating_sub(7))..j - 1).rev() {
                if in_table(PRONOUNS, self.word(k)) {
                    return Some((self.tokens[k].start, self.tokens[k].end, MentionKind::Pronoun));
                }
                if let Some(run) = self.names.run_at_token(k).filter(|r| !r.possessive) {
                    return Some((run.start, run.end, MentionKind::Name));
                }
            }
        }
        // "Sen. Jason Holsman (D) said": a parenthesis before the cue is an aside.
        if j > lo && self.word(j - 1) == ")" {
            if let Some(k) = (j.saturating_sub(8).max(lo)..j - 1).rev().find(|&k| self.word(k) == "(") {
                j = k;
            }
        }
        // "The justice -- who has clashed with the nominee for days -- said", "Sen. Ann
        // Ruiz (a Democrat so boyish she is taken for an aide) says": a longer aside
        // between dashes or brackets sits between the subject, a word right before
        // the opening mark, and the cue (a double hyphen is two tokens). An aside
        // opening with a conjunction adds to the subject ("Teachers — and a few
        // parents — say").
        if j > lo + 2 && matches!(self.word(j - 1), "-" | "—" | "–" | "--" | ")") {
            let close = self.word(j - 1);
            let open = if close == ")" { "(" } else { close };
            let mut c = j - 1;
            while c > lo && self.word(c - 1) == close && close == "-" {
                c -= 1;
            }
            let k = (j.saturating_sub(40).max(lo + 1)..c).rev().find(|&k| self.word(k) == open);
            let k = k.map(|k| if k > lo + 1 && close == "-" && self.word(k - 1) == "-" { k - 1 } else { k });
            let aside = |k: usize| {
                let first = if self.word(k + 1) == open { k + 2 } else { k + 1 };
                k > lo
                    && self.is_word(k - 1)
                    && first + 2 < c
                    && !in_table(&["and", "or", "but", "nor"], self.word(first))
            };
            if let Some(k) = k.filter(|&k| aside(k)) {
                j = k;
            }
        }
        // "Gov. John Kasich (R-OH), said": a parenthesis and comma close the subject.
        if j > lo + 2 && self.word(j - 1) == "," && self.word(j - 2) == ")" {
            if let Some(k) = (j.saturating_sub(9).max(lo)..j - 2).rev().find(|&k| self.word(k) == "(") {
                if k > lo && self.names.run_at_token(k - 1).is_some() {
                    j = k;
                }
            }
        }
        // "X, a researcher at Y, said" and "Clinton, at a rally in Columbus, Ohio,
        // said": the subject is the first name or pronoun closed by one of the commas
        // before the cue, else the words before the nearest such comma.
        if j > lo && self.word(j - 1) == "," {
            let from = (j - 1).saturating_sub(24).max(lo);
            let commas: Vec<usize> = (from..j - 1).filter(|&k| self.word(k) == ",").collect();
            // A person closed by a comma wins over other names ("in Berea, OH, after
            // winning Ohio, Gov. John Kasich, said"); a name after a preposition is a
            // place or object, never the subject.
            let object = |r: &Run| self.after_preposition(lo, r.first);
            // "Ellen Ruiz, whose hometown, Ames, lies on a river that …, argues": a name
            // closed by a comma inside a relative clause describes the noun before
            // the clause, which is the subject (sought before the relative pronoun,
            // which may lie further back than this look-back reaches).
            let relative = (lo.max(j.saturating_sub(48))..j - 1)
                .rev()
                .find(|&r| r > lo && self.word(r - 1) == "," && in_table(&["who", "whose", "which"], self.word(r)));
            let inside = |t: usize| relative.is_some_and(|r| t > r);
            let mut skipped = false;
            let mut first_name = None;
            for &k in &commas {
                // "Harry B. Harris Jr., the Pacific commander, said": past the suffix's period.
                let k = if k > lo + 1 && self.suffix_period(k - 1) { k - 1 } else { k };
                // "Rep. Ruth Alvarez (D-Iowa), a former teacher, said": past the party tag.
                let k = if k > lo + 2 && self.word(k - 1) == ")" {
                    (k.saturating_sub(8).max(lo + 1)..k - 1).rev().find(|&p| self.word(p) == "(").unwrap_or(k)
                } else {
                    k
                };
                if k > lo && self.is_word(k - 1) {
                    if in_table(PRONOUNS, self.word(k - 1)) {
                        if inside(k - 1) {
                            skipped = true;
                            continue;
                        }
                        return Some((self.tokens[k - 1].start, self.tokens[k - 1].end, MentionKind::Pronoun));
                    }
                    if let Some(run) = self.names.run_at_token(k - 1).filter(|r| !r.possessive && !object(r)) {
                        if inside(run.first) {
                            skipped = true;
                            continue;
                        }
                        if !self.names.has_entities() || self.subject_kind(run) == Some(true) {
                            return Some((run.start, run.end, MentionKind::Name));
                        }
                        first_name = first_name.or(Some((run.start, run.end, MentionKind::Name)));
                    }
                }
            }
            if first_name.is_some() {
                return first_name;
            }
            if let Some(m) = relative.filter(|_| skipped).and_then(|r| self.subject_before(lo, r - 1)) {
                return Some(m);
            }
            // "a spokesman for the campaign, Tom Hale, said", "Ruiz's campaign manager,
            // Tom Hale, said": with no person closed by an earlier comma, a person's
            // name set off by commas right before the cue names the subject the
            // descriptor before it describes.
            if let Some(m) = self.appositive_name(lo, j - 1) {
                return Some(m);
            }
            // "Sen. Ellen Ruiz (D-Iowa), a former teacher who has made school funding the
            // centre of her campaign, tweeted": an appositive longer than the look-back;
            // the person opening the frame, closed by a comma or a party tag, is the subject.
            if from > lo {
                let opener = self.names.run_at_token(lo).filter(|r| {
                    r.first == lo
                        && !r.possessive
                        && matches!(self.word(r.last), "," | "(")
                        && self.is_person(r.start, r.end)
                });
                if let Some(run) = opener {
                    return Some((run.start, run.end, MentionKind::Name));
                }
            }
            j = *commas.last()?;
        }
        // "Six in 10 say": a share written as a ratio may end in its base's digits
        // (not "who in 2012 added": a count stands before "in").
        let digits = |k: usize| self.word(k).bytes().all(|b| b.is_ascii_digit());
        let count = |k: usize| digits(k) || in_table(RATIO, self.word(k));
        let ratio_base = j >= lo + 3 && self.word(j - 2) == "in" && digits(j - 1) && count(j - 3);
        if j <= lo || !(self.is_word(j - 1) || ratio_base) {
            return None;
        }
        // "A White House official who spoke on condition of anonymity to discuss
        // strategy said", "voters who backed Obama in 2012 say": a relative clause
        // without commas sits between the subject and its cue; the subject is the
        // phrase before "who". A conjunction after "who" goes back to the main
        // clause ("He praised those who left but said").
        if let Some(r) = (lo.max(j.saturating_sub(16))..j.saturating_sub(1))
            .rev()
            .take_while(|&r| self.is_word(r))
            .find(|&r| self.word(r) == "who")
        {
            let coordinated = (r..cue).any(|x| in_table(&["and", "but", "or"], self.word(x)));
            if !coordinated && r > lo + 1 && self.is_word(r - 1) && !in_table(CLAUSE_STOPS, self.word(r - 1)) {
                if let Some(m) = self.subject_before(lo, r) {
                    return Some(m);
                }
            }
        }
        let mut last = j - 1;
        // "Another intelligence source speaking to Fox News said", "a voter talking
        // with CNN says": the name is the hearer of a participle phrase that modifies
        // the subject; the subject is the phrase before the participle.
        if let Some(run) = self.names.run_at_token(last) {
            let mut p = run.first;
            if p > lo + 1 && in_table(&["the", "a", "an"], self.word(p - 1)) {
                p -= 1;
            }
            if p > lo + 2
                && in_table(&["to", "with"], self.word(p - 1))
                && self.word(p - 2).ends_with("ing")
                && !is_capitalized(self.word(p - 2))
                && self.is_word(p - 3)
            {
                last = p - 3;
            }
            // "A letter from the council obtained by The Ledger warns", "a memo seen by
            // Reuters said": who obtained or saw the document is no part of what speaks.
            if p > lo + 2 && self.word(p - 1) == "by" && in_table(RECEIVED, self.word(p - 2)) && self.is_word(p - 3) {
                last = p - 3;
            }
        }
        if let Some(m) = self.source_with_ties(lo, last) {
            return Some(m);
        }
        if let Some(m) = self.organisation_before(lo, last) {
            return Some(m);
        }
        if let Some(m) = self.subject_before_setting(lo, last) {
            return Some(m);
        }
        let w = self.word(last);
        if in_table(PRONOUNS, w) {
            return Some((self.tokens[last].start, self.tokens[last].end, MentionKind::Pronoun));
        }
        if let Some(run) = self.names.run_at_token(last) {
            if !run.possessive {
                return Some(self.described_by_place(lo, run).unwrap_or((run.start, run.end, MentionKind::Name)));
            }
        }
        // A descriptor: the noun phrase back to a stop word, at most six words.
        let mut k = last;
        while k > lo && last - k < 6 {
            let p = k - 1;
            let pw = self.word(p);
            if !(self.is_word(p) || pw == "-" || pw == "." || is_apostrophe_token(pw))
                || in_table(CLAUSE_STOPS, pw)
                || in_table(PRONOUNS, pw)
            {
                break;
            }
            k = p;
        }
        // "a Democratic staffer in the room wondered", "an official at the embassy
        // said": the phrase after a preposition modifies a noun phrase before it,
        // which is the subject.
        if k > lo + 2
            && in_table(&["in", "at", "of", "from", "with", "on", "for", "to"], self.word(k - 1))
            && in_table(&["the", "a", "an"], self.word(k))
        {
            let head = k - 2;
            let mut d = head;
            while d > lo && head - d < 4 && self.is_word(d) && !in_table(DETERMINERS, self.word(d)) {
                let w = self.word(d);
                if in_table(CLAUSE_STOPS, w) || in_table(PRONOUNS, w) {
                    break;
                }
                d -= 1;
            }
            let opener = ["a", "an", "the", "one", "another"].iter().any(|x| self.word(d).eq_ignore_ascii_case(x));
            let plain = (d + 1..=head).all(|i| {
                let w = self.word(i);
                self.is_word(i) && !in_table(CLAUSE_STOPS, w) && !in_table(PRONOUNS, w) && !in_table(DETERMINERS, w)
            });
            if opener && d < head && plain && !is_capitalized(self.word(head)) {
                k = d;
            }
        }
        // "a title game many are calling …", "the two said": a quantifier heading
        // the subject stands alone (with its article), not as the head of the
        // words before it.
        if in_table(DETERMINERS, w) {
            k = if last > lo && self.word(last - 1).eq_ignore_ascii_case("the") { last - 1 } else { last };
        }
        // "one in five say", "two in three voters said", "six in 10 Republicans say":
        // a share written as a ratio opens the phrase; its "in" ends nothing.
        let number = |x: usize| {
            let n = self.word(x);
            in_table(RATIO, n) || (!n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
        };
        let b = if k > lo && number(k - 1) { k - 1 } else { k };
        if b >= lo + 2 && self.word(b - 1) == "in" && number(b) && number(b - 2) {
            k = b - 2;
        }
        // A bare lowercase word is rarely a speaker ("the law says" is, but a lone
        // "voters say" is too: keep when the head looks like a noun phrase).
        if in_table(CLAUSE_STOPS, w) || (in_table(SKIP_BEFORE_CUE, w) && !(skipped_head && last + 1 == j)) {
            return None;
        }
        // A lone adverb ("regularly said") is no speaker.
        if k == last && w.ends_with("ly") {
            return None;
        }
        // A noun phrase ends in a noun: a passive's auxiliary ("without being told to
        // “smile”", "having referred to him as a “reformer”"), a negated auxiliary
        // ("wouldn't say") or a possessive determiner ("his claims") is no speaker.
        if in_table(NOT_A_HEAD, w) || w.ends_with("n't") || w.ends_with("n’t") {
            return None;
        }
        // A noun phrase ends in a noun: words ending in a preposition ("pushing back
        // against", "in the face of") are a verb phrase or a clause fragment ("a
        // voice over" is a noun).
        if in_table(PREPOSITIONS, w) && w != "over" {
            return None;
        }
        // "even a top party strategist said": a focusing adverb before the noun phrase
        // is not part of it.
        while k < last && in_table(&["even", "also", "only", "just"], self.word(k)) {
            k += 1;
        }
        // "The gaffe prompted the tabloid to run a cover saying “…”": words after an
        // infinitive's "to" that open with a verb and its object ("run a cover") are a
        // verb phrase, not a noun phrase; the infinitive's doer is the object before
        // "to" ("the tabloid"), and with none there is no speaker here.
        // "The last man to mount a third-party race says": a noun phrase opening the
        // clause before "to" is the subject the infinitive describes, phrase and all.
        if self.infinitive_phrase(lo, k, last) {
            if let Some(d) = self.phrase_opening_clause(lo, k - 1) {
                return Some((self.tokens[d].start, self.tokens[last].end, MentionKind::Descriptor));
            }
            return self.object_before_to(lo, k - 1);
        }
        Some((self.tokens[k].start, self.tokens[last].end, MentionKind::Descriptor))
    }

    /// An organisation whose name holds "of" or "for", ending at token `last` right
    /// before the cue: the name finder sees only its last part ("Michigan" in "the
    /// University of Michigan reported", "Nonproliferation Studies" in "the James
    /// Martin Center for Nonproliferation Studies"), while the entity stage names it
    /// whole. The whole name is the subject — or, after "of", "at" or "from", the
    /// person it follows, who works there ("Jeffrey Lewis of the James Martin Center
    /// for Nonproliferation Studies wrote").
    fn organisation_before(&self, lo: usize, last: usize) -> Option<(usize, usize, MentionKind)> {
        let run = self.names.run_at_token(last).filter(|r| !r.possessive && r.last == last + 1)?;
        let (s, e) = self.names.entity_mention_around(run.start, run.end)?;
        let first = self.tok_range(s, s + 1).0;
        if first < lo || first >= run.first || e != run.end {
            return None;
        }
        let mut p = first;
        if p > lo + 1 && self.word(p - 1).eq_ignore_ascii_case("the") {
            p -= 1;
        }
        if p > lo + 1 && in_table(&["of", "at", "from"], self.word(p - 1)) {
            let person = self
                .names
                .run_at_token(p - 2)
                .filter(|r| r.last == p - 1 && !r.possessive && self.subject_kind(r) == Some(true));
            if let Some(r) = person {
                return Some((r.start, r.end, MentionKind::Name));
            }
        }
        Some((s, e, MentionKind::Name))
    }

    /// A source described by its ties, ending at token `last` right before the cue:
    /// "a source close to the mayor said", "people familiar with the talks say", "an
    /// aide with knowledge of the plan said", "officials briefed on the case said".
    /// The person or thing after the formula is what the source knows, never who
    /// speaks; the subject is the whole phrase, from the noun before the formula
    /// (with its determiner and up to three modifiers) to `last`.
    fn source_with_ties(&self, lo: usize, last: usize) -> Option<(usize, usize, MentionKind)> {
        const TIES: &[[&str; 2]] = &[
            ["close", "to"],
            ["familiar", "with"],
            ["knowledge", "of"],
            ["knowledgeable", "about"],
            ["briefed", "on"],
        ];
        let plain = |k: usize| self.is_word(k) || is_apostrophe_token(self.word(k)) || self.word(k) == "-";
        // The formula within eight tokens before `last`, only words between.
        let mut f = last;
        let formula = loop {
            if f <= lo + 1 || last - f >= 8 || !plain(f) {
                return None;
            }
            if TIES.iter().any(|t| self.word(f - 1) == t[0] && self.word(f) == t[1]) {
                break f - 1;
            }
            f -= 1;
        };
        // The formula needs its object ("close to the mayor").
        if formula + 1 >= last {
            return None;
        }
        // "with knowledge of": the head is before "with".
        let head = if self.word(formula) == "knowledge" && formula > lo && self.word(formula - 1) == "with" {
            formula.checked_sub(2)?
        } else {
            formula.checked_sub(1)?
        };
        let hw = self.word(head);
        if head < lo
            || !self.is_word(head)
            || in_table(CLAUSE_STOPS, hw)
            || in_table(PRONOUNS, hw)
            || in_table(PREPOSITIONS, hw)
            || in_table(BE, hw)
            || in_table(SKIP_BEFORE_CUE, hw)
        {
            return None;
        }
        let mut first = head;
        while first > lo && head - first < 3 {
            let p = first - 1;
            let w = self.word(p);
            if !plain(p) || in_table(CLAUSE_STOPS, w) || in_table(PRONOUNS, w) || in_table(PREPOSITIONS, w) {
                break;
            }
            first = p;
            if in_table(DETERMINERS, w) {
                break;
            }
        }
        Some((self.tokens[first].start, self.tokens[last].end, MentionKind::Descriptor))
    }

    /// The subject before a setting phrase that ends at token `last`, right before the
    /// cue: "Clinton in Iowa said", "Trump in his announcement speech called", "She at
    /// the White House said" — the place or occasion after "in", "at", "on" or
    /// "during" is where the subject spoke, not who. Only when a name that may speak
    /// (not a place) or a personal pronoun stands right before the preposition and
    /// opens its clause (at `lo`, after punctuation or a clause stop).
    fn subject_before_setting(&self, lo: usize, last: usize) -> Option<(usize, usize, MentionKind)> {
        const SETTING: &[&str] = &["in", "at", "on", "during"];
        const HOME: &[&str] = &["of", "from"];
        let plain = |k: usize| {
            let w = self.word(k);
            (self.is_word(k) || w == "-" || is_apostrophe_token(w))
                && !in_table(CLAUSE_STOPS, w)
                && !in_table(SETTING, w)
                && !in_table(HOME, w)
        };
        // Whether token `first` opens its clause.
        let opens =
            |first: usize| first == lo || !self.is_word(first - 1) || in_table(CLAUSE_STOPS, self.word(first - 1));
        let mut k = last;
        while k > lo && last - k < 6 && plain(k) {
            k -= 1;
        }
        // "Mayor Ellen Ruiz of Ames said": a person's home town or state after "of"
        // or "from" is who they are, not who speaks. The home may be an institution,
        // "the" and all, with an "of" of its own ("Tom Hale of the Diocese of Ames
        // said").
        if k > lo + 1 && k < last && in_table(HOME, self.word(k)) {
            let mut home = self.names.run_at_token(last).filter(|r| r.last == last + 1)?;
            for _ in 0..3 {
                let the = home.first > lo + 1 && self.word(home.first - 1).eq_ignore_ascii_case("the");
                let of = home.first - 1 - usize::from(the);
                if of <= lo || !in_table(HOME, self.word(of)) {
                    return None;
                }
                let before = self.names.run_at_token(of - 1).filter(|r| r.last == of && !r.possessive)?;
                let named = before.first > lo && self.word(before.first - 1).eq_ignore_ascii_case("the");
                if !named && self.subject_kind(before) == Some(true) {
                    return opens(before.first).then_some((before.start, before.end, MentionKind::Name));
                }
                // "the Diocese of Ames": a name after "the" and before this "of" is the
                // home's own.
                home = before;
            }
            return None;
        }
        if k <= lo || k == last || !in_table(SETTING, self.word(k)) {
            return None;
        }
        let s = k - 1;
        if in_table(&["he", "she", "they", "we", "i"], self.word(s)) && opens(s) {
            return Some((self.tokens[s].start, self.tokens[s].end, MentionKind::Pronoun));
        }
        let run = self.names.run_at_token(s).filter(|r| r.last == k && !r.possessive && opens(r.first))?;
        self.subject_kind(run).is_some().then_some((run.start, run.end, MentionKind::Name))
    }

    /// Whether tokens `k..=last` are a verb phrase after an infinitive's "to": a
    /// lowercase word that is no determiner, followed by a determiner opening its
    /// object ("to run a cover", "to hold their signs"). "a letter to the editor"
    /// and "to party leaders" are noun phrases.
    fn infinitive_phrase(&self, lo: usize, k: usize, last: usize) -> bool {
        const OBJECT_OPENERS: &[&str] = &["a", "an", "the", "his", "her", "their", "its", "our", "this"];
        let w = self.word(k);
        k > lo + 1
            && k < last
            && self.word(k - 1) == "to"
            && self.is_word(k)
            && !is_capitalized(w)
            && !in_table(DETERMINERS, w)
            && !w.chars().next().is_some_and(|c| c.is_ascii_digit())
            && in_table(OBJECT_OPENERS, self.word(k + 1))
    }

    /// The determiner opening a noun phrase that ends right before the "to" at token
    /// `to` and opens its clause (at `lo`, or after a comma): "The last man to …".
    fn phrase_opening_clause(&self, lo: usize, to: usize) -> Option<usize> {
        let o = to.checked_sub(1).filter(|&o| o >= lo)?;
        let d = (o.saturating_sub(3).max(lo)..=o).rev().find(|&d| in_table(&["the", "a", "an"], self.word(d)))?;
        let plain = self.plain_words(d + 1, o);
        (d < o && plain && (d == lo || self.word(d - 1) == ",")).then_some(d)
    }

    /// Whether tokens `a..=b` are plain words of a noun phrase: no clause stop,
    /// pronoun or determiner.
    fn plain_words(&self, a: usize, b: usize) -> bool {
        (a..=b).all(|i| {
            let w = self.word(i);
            self.is_word(i) && !in_table(CLAUSE_STOPS, w) && !in_table(PRONOUNS, w) && !in_table(DETERMINERS, w)
        })
    }

    /// The object noun phrase ending right before the "to" at token `to`, after a
    /// lowercase verb: "prompted the tabloid to", "urged its members to", "led
    /// Ruiz to". A person's name or an object pronoun counts; so does a determiner
    /// and at most three lowercase words.
    fn object_before_to(&self, lo: usize, to: usize) -> Option<(usize, usize, MentionKind)> {
        if to <= lo + 1 {
            return None;
        }
        let o = to - 1;
        let verbish = |v: usize| {
            v >= lo
                && self.is_word(v)
                && !is_capitalized(self.word(v))
                && !in_table(PREPOSITIONS, self.word(v))
                && !in_table(CLAUSE_STOPS, self.word(v))
        };
        if in_table(&["him", "her", "them", "us", "me"], self.word(o)) {
            let t = self.tokens[o];
            return verbish(o - 1).then_some((t.start, t.end, MentionKind::Pronoun));
        }
        if let Some(run) = self.names.run_at_token(o).filter(|r| r.last == to && !r.possessive) {
            return (run.first > lo && verbish(run.first - 1)).then_some((run.start, run.end, MentionKind::Name));
        }
        let d = (o.saturating_sub(3).max(lo)..=o)
            .rev()
            .find(|&d| in_table(&["the", "a", "an", "its", "their", "his", "her"], self.word(d)))?;
        let plain = self.plain_words(d + 1, o);
        (d < o && plain && d > lo && verbish(d - 1))
            .then(|| (self.tokens[d].start, self.tokens[o].end, MentionKind::Descriptor))
    }

    /// A person's name between a comma and the comma at token `comma` (the suffix's
    /// period allowed between: "…, Harry Harris Jr.,"): an appositive naming the
    /// noun phrase before it.
    fn appositive_name(&self, lo: usize, comma: usize) -> Option<(usize, usize, MentionKind)> {
        let e = if comma > lo + 1 && self.suffix_period(comma - 1) { comma - 1 } else { comma };
        let run = self.names.run_at_token(e.checked_sub(1)?).filter(|r| {
            r.last == e
                && !r.possessive
                && r.first > lo + 1
                && self.word(r.first - 1) == ","
                && self.subject_kind(r) == Some(true)
        })?;
        Some((run.start, run.end, MentionKind::Name))
    }

    /// A person described by where they are from or work, when the name closing the
    /// subject is that place or body: "A nurse from Ames said", "one official at the
    /// Pentagon said" — the descriptor speaks, not Ames or the Pentagon; so does one
    /// who speaks for someone ("a spokesman for Ellen Ruiz said", "aides to Ellen
    /// Ruiz said"). Vox-pops and anonymous sources are introduced so. The noun phrase
    /// opens with a determiner and holds only lowercase words before the preposition,
    /// or is a bare plural opening its clause ("Supporters of Ruiz say").
    fn described_by_place(&self, lo: usize, run: &Run) -> Option<(usize, usize, MentionKind)> {
        let mut p = run.first;
        // "aides to Mayor Ellen Ruiz": a title before the name belongs to it.
        while p > lo + 1 && in_table(TITLES, self.word(p - 1).trim_end_matches('.')) {
            p -= 1;
        }
        if p > lo + 1 && in_table(&["the", "a", "an"], self.word(p - 1)) {
            p -= 1;
        }
        if p <= lo || !in_table(&["from", "of", "at", "in", "with", "for", "to"], self.word(p - 1)) {
            return None;
        }
        // Back from the head noun over lowercase words to the determiner.
        let head = p.checked_sub(2).filter(|&h| h >= lo)?;
        let plain = |k: usize| {
            let w = self.word(k);
            self.is_word(k) && !is_capitalized(w) && !in_table(CLAUSE_STOPS, w) && !in_table(DETERMINERS, w)
        };
        let mut det = head;
        while det > lo && head - det < 4 && plain(det) {
            det -= 1;
        }
        let dw = self.word(det);
        let opener = in_table(DETERMINERS, dw) && !in_table(&["his", "her", "their", "its"], dw);
        if opener && det < head && plain(head) {
            return Some((self.tokens[det].start, run.end, MentionKind::Descriptor));
        }
        // "Aides to Ellen Ruiz said", "Supporters of Ruiz say", "local leaders in Ames
        // said": a bare plural noun phrase opening the clause, its head capitalised
        // only as the clause's first word (and then no name).
        let first = if det == head || plain(det) { det } else { det + 1 };
        let opens = first == lo || !self.is_word(first - 1) || in_table(CLAUSE_STOPS, self.word(first - 1));
        let hw = self.word(head);
        // A capitalised first word the entity stage names nothing with is a common
        // noun opening the sentence ("Aides"), not a name.
        let no_name = if self.names.has_entities() {
            self.names.entity_mention_at(self.tokens[head].start).is_none()
        } else {
            self.names.run_at_token(head).is_none()
        };
        let head_ok =
            plain(head) || (head == first && no_name && !in_table(CLAUSE_STOPS, hw) && !in_table(DETERMINERS, hw));
        let plural = hw.len() > 3 && hw.ends_with('s') && !hw.ends_with("ss");
        (first <= head && opens && head_ok && plural)
            .then(|| (self.tokens[first].start, run.end, MentionKind::Descriptor))
    }

    /// The poll behind a share of respondents: "In a September Washington Post-ABC
    /// News poll, 75 percent of Republicans said “…”" is the poll's finding, and the
    /// poll is the source annotators mark. When the subject `m` of the cue at token `c`
    /// counts people ("75 percent of", "a majority of"), a noun phrase ending in "poll"
    /// or "survey" earlier in tokens `lo..c` is the mention instead.
    fn poll_behind(&self, lo: usize, c: usize, m: (usize, usize, MentionKind)) -> Option<(usize, usize, MentionKind)> {
        const SHARES: &[&str] = &["percent", "%", "majority", "plurality", "half", "third", "quarter"];
        let (a, b) = self.tok_range(m.0, m.1);
        let counted = (a.saturating_sub(3).max(lo)..b).any(|k| in_table(SHARES, self.word(k)));
        if !counted {
            return None;
        }
        let head = (lo..c).rev().find(|&k| in_table(&["poll", "survey"], self.word(k)))?;
        self.poll_phrase(lo, head)
    }

    /// The noun phrase ending at token `head` ("poll"), back to its determiner: "a
    /// September Washington Post-ABC News poll".
    fn poll_phrase(&self, lo: usize, head: usize) -> Option<(usize, usize, MentionKind)> {
        let start = (lo.max(head.saturating_sub(8))..head)
            .rev()
            .take_while(|&k| self.is_word(k) || matches!(self.word(k), "-" | "/" | "’" | "'"))
            .find(|&k| in_table(&["a", "an", "the"], self.word(k)))?;
        Some((self.tokens[start].start, self.tokens[head].end, MentionKind::Descriptor))
    }

    /// The speaker named after an inverted cue ("said Geoff Garin, a pollster"), looking
    /// at tokens `from..hi`.
    fn subject_after(&self, from: usize, hi: usize) -> Option<(usize, usize, MentionKind)> {
        let end = hi.min(from + 10);
        if from >= end || in_table(NOT_AFTER_CUE, self.word(from)) {
            return None;
        }
        let w = self.word(from);
        if in_table(PRONOUNS, w) {
            return Some((self.tokens[from].start, self.tokens[from].end, MentionKind::Pronoun));
        }
        // The noun phrase: words up to punctuation or a word that starts a modifier.
        let mut i = from;
        while i < end && (self.is_word(i) || self.word(i) == "-" || self.initialism_period(i)) {
            if i > from && (in_table(CLAUSE_STOPS, self.word(i)) || in_table(NP_END, self.word(i))) {
                break;
            }
            i += 1;
        }
        if i == from {
            return None;
        }
        // A name that ends the phrase is the speaker ("the economist Jared Bernstein",
        // "campaign chairman John Podesta"); a name inside it is a modifier ("the
        // printed Cruz slate card"), and the whole phrase is a descriptor.
        if let Some(run) = self.names.run_at_token(i - 1) {
            if run.first >= from {
                return Some((run.start, run.end, MentionKind::Name));
            }
        }
        if let Some(run) = self.names.run_at_token(from).filter(|r| r.last >= i) {
            return Some((run.start, run.end, MentionKind::Name));
        }
        // "wrote Time magazine", "said Trump spokeswoman": a name classifying the
        // lowercase noun after it; the whole phrase speaks.
        if let Some(run) = self.names.run_at_token(from).filter(|r| r.first == from && !r.possessive) {
            if (run.last..i).all(|k| (self.is_word(k) && !is_capitalized(self.word(k))) || self.initialism_period(k)) {
                return Some((self.tokens[from].start, self.tokens[i - 1].end, MentionKind::Descriptor));
            }
        }
        if in_table(DETERMINERS, w) {
            return Some((self.tokens[from].start, self.tokens[i - 1].end, MentionKind::Descriptor));
        }
        // "said master of ceremonies Asab Al-Tabchi", "said former secretary of state
        // Hillary Clinton": a lowercase title phrase (with "of") before the name.
        let mut k = from;
        while k < end
            && self.is_word(k)
            && !is_capitalized(self.word(k))
            && !in_table(&["in", "on", "at"], self.word(k))
        {
            if in_table(CLAUSE_STOPS, self.word(k)) && self.word(k) != "of" {
                return None;
            }
            k += 1;
        }
        let run = self.names.run_at_token(k).filter(|r| r.first == k && k > from && !r.possessive)?;
        Some((run.start, run.end, MentionKind::Name))
    }

    /// Whether token `k` is the closing period of an initialism inside a noun phrase
    /// ("a former U.S. law enforcement official", "U.N. staff"): glued to a word with
    /// periods of its own, and followed by a lowercase word, so no sentence ends there.
    fn initialism_period(&self, k: usize) -> bool {
        k > 0
            && k + 1 < self.tokens.len()
            && self.word(k) == "."
            && self.tokens[k - 1].end == self.tokens[k].start
            && self.is_word(k - 1)
            && self.word(k - 1).contains('.')
            && self.is_word(k + 1)
            && !is_capitalized(self.word(k + 1))
    }

    /// Whether a name run may be a clause's speaking subject: `Some(true)` for a
    /// person, `Some(false)` for another name that may speak (an organisation), `None`
    /// for one that does not. Entities decide when the entity stage ran: places and
    /// works do not speak ("South Carolina", "Facebook"), and a capitalised word no
    /// entity covers is a sentence opener ("Shortly", "Wait"), not a name.
    fn subject_kind(&self, run: &Run) -> Option<bool> {
        let (name, _) = self.names.resolve_name(run.start, run.end);
        let by_words = run.kind == RunKind::Person || name.contains(' ');
        if !self.names.has_entities() {
            return Some(by_words);
        }
        match self.names.entity_kind_at(run.start, run.end) {
            Some(EntityType::Person) => Some(true),
            Some(EntityType::Org) => Some(false),
            Some(_) => None,
            None if run.kind == RunKind::Person => Some(true),
            // A single capitalised word no entity covers, opening its sentence, is an
            // opener ("Shortly", "Wait"); elsewhere it may be a name the entity stage
            // missed.
            None if run.first + 1 == run.last
                && self.text.get(self.segment(run.start).0..run.start).is_some_and(|t| t.trim().is_empty()) =>
            {
                None
            }
            None => Some(false),
        }
    }

    /// The sentence subject, for participle cues: the first name or pronoun in
    /// tokens `lo..cue`.
    ///
    /// A person (a name the registry knows, or a pronoun) wins over other names:
    /// "In Washington, Clinton spoke, saying …" is Clinton's.
    fn main_subject(&self, lo: usize, cue: usize) -> Option<(usize, usize, MentionKind)> {
        // "When asked whom she supported, Ms. Sherry smiled and said": an opening
        // subordinate clause is not the main clause; its subject follows the comma.
        let lo = if lo < cue && in_table(SUBORDINATORS, self.word(lo)) {
            (lo..cue).find(|&k| self.word(k) == ",").map_or(lo, |k| k + 1)
        } else {
            lo
        };
        let mut other = None;
        for i in lo..cue {
            if let Some(run) = self.names.run_at_token(i) {
                // "in Berea", "on his Facebook page": the object of a preposition, or of
                // a gerund after one ("ended her speech by quoting Leonardo da Vinci").
                let object = self.after_preposition(lo, i) || self.after_gerund(lo, i);
                // "Shortly after, Rubio’s campaign sent out a release saying …": a
                // possessive name and its noun opening the clause are its subject.
                let opens = i == lo || self.word(i - 1) == ",";
                if run.possessive && run.first == i && opens && run.last < cue && self.is_word(run.last) {
                    let noun = self.word(run.last);
                    if !is_capitalized(noun) && !in_table(CLAUSE_STOPS, noun) && !noun.ends_with("ed") {
                        return Some((run.start, self.tokens[run.last].end, MentionKind::Descriptor));
                    }
                }
                if !run.possessive && run.first == i && !object {
                    match self.subject_kind(run) {
                        Some(true) => return Some((run.start, run.end, MentionKind::Name)),
                        Some(false) => other = other.or(Some((run.start, run.end, MentionKind::Name))),
                        None => {}
                    }
                }
            }
            // "it" is rarely the subject that speaks ("it said" is a report's, found
            // by the cue's own subject search).
            if self.is_word(i) && in_table(PRONOUNS, self.word(i)) && self.word(i) != "it" {
                return Some((self.tokens[i].start, self.tokens[i].end, MentionKind::Pronoun));
            }
        }
        other
    }

    /// The subject of the clause a participle hangs on: the clause's first person
    /// ("Heio elaborated on …, stating"), except in an absolute phrase, where the name
    /// sits right before the participle ("… – Ryan saying he was “very encouraged”").
    fn participle_subject(&self, lo: usize, c: usize) -> Option<(usize, usize, MentionKind)> {
        // "the union is calling on the mayor to “…”", "the governor’s campaign is
        // already claiming victory": after a form of "be" the participle is its clause's
        // finite verb, and the subject stands before the auxiliary.
        if let Some(aux) = self.progressive_aux(lo, c) {
            if let Some(m) = self.subject_before(lo, aux) {
                return Some(m);
            }
        }
        // "Nefzi said, adding, “…”", "said Sean Spicer, adding": a participle right
        // after a finite cue and its comma goes on with that cue's speaker.
        if c > lo + 1 && self.word(c - 1) == "," {
            for k in (lo.max(c.saturating_sub(16))..c - 1).rev() {
                // A clause of its own ("…, and Cruz responded, saying") ends the search.
                if in_table(&["and", "but", ";"], self.word(k)) {
                    break;
                }
                let Some((n, CueForm::Finite)) = self.cue_at(k, c - 1) else { continue };
                // Only a plain saying verb: "would not say whom Ms. Ortiz backed, adding"
                // goes on with its clause opener.
                if !in_table(&["said", "says", "wrote", "writes", "stated", "told", "tells"], self.word(k)) {
                    break;
                }
                let after = self.subject_after(k + n, c - 1).filter(|m| m.2 == MentionKind::Name);
                // "The governor told Jake Tapper, noting …": the name after "told" is
                // the hearer; the teller is the subject before the verb.
                let hearer = in_table(&["told", "tells"], self.word(k));
                // "a top strategist said the mayor will have to choose a side, saying
                // …": the participle goes on from the cue's own subject; a name after
                // the cue speaks only for an inverted cue ("said Sean Spicer, adding").
                let m = if k + n == c - 1 || hearer {
                    self.subject_before(lo, k)
                } else {
                    self.subject_before(lo, k).or(after)
                };
                if m.is_some() {
                    return m;
                }
                break;
            }
        }
        if c > lo && self.is_word(c - 1) {
            if in_table(PERSON_PRONOUNS, self.word(c - 1)) {
                return Some((self.tokens[c - 1].start, self.tokens[c - 1].end, MentionKind::Pronoun));
            }
            if let Some(run) = self.names.run_at_token(c - 1).filter(|r| !r.possessive) {
                // "in a statement to Reuters explaining why …", "on Facebook writing":
                // an outlet or place after a preposition is the participle phrase's
                // medium, not its subject. A person there speaks ("footage of Trump
                // saying", "with Sen. John McCain calling it …").
                let person = self.subject_kind(run) == Some(true);
                if person || !self.after_preposition(lo, run.first) {
                    return Some((run.start, run.end, MentionKind::Name));
                }
            }
        }
        // "A protester held up a sign saying “…”", "the paper ran an editorial telling
        // him …": a participle right after a written medium (a sign, a banner, an
        // editorial) is that medium's wording, not the clause subject's speech. (An
        // ad is not: "Trump released a radio ad calling it …" is the campaign's.)
        if let Some(m) = self.medium_before(lo, c) {
            return Some(m);
        }
        // "Ruiz attacked Hale all week, with one of her ads asking, “…”": an absolute
        // phrase names its own subject, a noun phrase opened by a determiner or a
        // possessive between ", with" and the participle.
        if let Some(m) = self.absolute_descriptor(lo, c) {
            return Some(m);
        }
        // "Even as he defended Melania Trump, saying …", "he used stronger language,
        // saying …": the participle hangs on the nearest clause, and a personal
        // pronoun opening it is that clause's subject.
        // "though in a news conference last week he used …, saying": an opening time or
        // setting phrase without a comma ends right before the pronoun (its last word is
        // one of these or a weekday, `is_day_or_month`).
        const SETTING_END: &[&str] = &[
            "week",
            "month",
            "year",
            "night",
            "morning",
            "afternoon",
            "evening",
            "today",
            "yesterday",
            "tonight",
            "interview",
            "statement",
            "speech",
            "conference",
        ];
        let clause_start = |k: usize| {
            k == lo
                || matches!(self.word(k - 1), "," | ";")
                || in_table(SUBORDINATORS, self.word(k - 1))
                || in_table(SETTING_END, self.word(k - 1))
                || is_day_or_month(self.word(k - 1))
                || in_table(TIME_TAIL, self.word(k - 1))
        };
        if let Some(k) = (lo..c).rev().take(40).find(|&k| in_table(PERSON_PRONOUNS, self.word(k)) && clause_start(k)) {
            // "He tweeted when Clinton ended the debate with a joke, remarking …": a
            // person opening a subordinate clause nearer the participle is its subject.
            let nearer = (k + 1..c).rev().find_map(|i| {
                let run = self.names.run_at_token(i).filter(|r| r.first == i && !r.possessive)?;
                (i > lo && in_table(SUBORDINATORS, self.word(i - 1)) && self.subject_kind(run) == Some(true))
                    .then_some((run.start, run.end, MentionKind::Name))
            });
            // "When he returned he began by saying …": a pronoun opening a subordinate
            // clause that opens the sentence is that clause's subject; the next "he" or
            // "she", with no comma or clause word between, opens the main clause, which
            // runs on to the participle ("When he told her she was fired, Hale began
            // saying" has its main clause after the comma).
            let opening = k > lo && in_table(SUBORDINATORS, self.word(k - 1)) && clause_start(k - 1);
            let main = (k + 2..c)
                .take_while(|&i| self.is_word(i) && !in_table(CLAUSE_STOPS, self.word(i)))
                .find(|&i| in_table(PERSON_PRONOUNS, self.word(i)))
                .filter(|&i| opening && (i + 1..c).all(|x| self.word(x) != ","));
            let k = main.unwrap_or(k);
            return nearer.or(Some((self.tokens[k].start, self.tokens[k].end, MentionKind::Pronoun)));
        }
        // "In three separate interviews, the justice sounded off on Trump, saying …":
        // an opening prepositional phrase is no subject; the clause opens after it.
        // "Even before Sanders took the stage, his campaign sent out a text saying …":
        // nor is an opening subordinate clause, an adverb allowed before it.
        let subordinate = |k: usize| k < c && in_table(SUBORDINATORS, self.word(k));
        let mut main_lo = lo;
        let main = if lo < c && in_table(PREPOSITIONS, self.word(lo)) {
            let after = (lo..c.min(lo + 12)).find(|&k| self.word(k) == ",").map_or(lo, |k| k + 1);
            // "In June 2009, after Ruiz lost the primary, Hale wrote to her, telling
            // her …": a subordinate clause after the opening phrase is no main clause
            // either; the clause opens after its comma.
            match (after > lo && subordinate(after))
                .then(|| (after..c.min(after + 24)).find(|&k| self.word(k) == ","))
                .flatten()
            {
                Some(k) => {
                    main_lo = k + 1;
                    k + 1
                }
                None => after,
            }
        } else if subordinate(lo)
            || (in_table(&["even", "just", "shortly", "only", "long"], self.word(lo)) && subordinate(lo + 1))
        {
            (lo..c.min(lo + 24)).find(|&k| self.word(k) == ",").map_or(lo, |k| k + 1)
        } else {
            lo
        };
        // "The gaffe prompted the tabloid to run a cover saying …": a participle after
        // an infinitive's verb phrase is the infinitive's doer's, the object before "to".
        let to = (lo.max(c.saturating_sub(7))..c)
            .rev()
            .take_while(|&t| self.is_word(t) && (self.word(t) == "to" || !in_table(CLAUSE_STOPS, self.word(t))))
            .find(|&t| self.word(t) == "to");
        if let Some(m) =
            to.filter(|&t| self.infinitive_phrase(lo, t + 1, c - 1)).and_then(|t| self.object_before_to(lo, t))
        {
            return Some(m);
        }
        self.clause_opener(main, c)
            .or_else(|| self.main_subject(main_lo, c))
            .or_else(|| self.subject_before(lo, c))
            .or_else(|| self.opening_phrase(lo, c))
    }

    /// The auxiliary "be" before the participle cue at token `c`, adverbs allowed
    /// between ("is calling", "was already claiming", "has been saying"), when there
    /// is one after token `lo`: the participle is then a finite progressive verb.
    fn progressive_aux(&self, lo: usize, c: usize) -> Option<usize> {
        let mut k = c;
        while k > lo
            && self.is_word(k - 1)
            && (is_adverb(self.word(k - 1)) || in_table(&["already", "still", "now", "also"], self.word(k - 1)))
        {
            k -= 1;
        }
        (k > lo + 1 && in_table(BE, self.word(k - 1))).then(|| k - 1)
    }

    /// The noun phrase that opens the clause in tokens `lo..c`, when one does: English
    /// puts the subject first, so names further on are objects ("Carly Fiorina threw
    /// her support behind Ted Cruz, saying …" is Fiorina's; "The spokesman would not say
    /// whom Cameron backed, adding …" is the spokesman's).
    fn clause_opener(&self, lo: usize, c: usize) -> Option<(usize, usize, MentionKind)> {
        if lo >= c || !self.is_word(lo) {
            return None;
        }
        let w = self.word(lo);
        if in_table(PRONOUNS, w) && w != "it" {
            return Some((self.tokens[lo].start, self.tokens[lo].end, MentionKind::Pronoun));
        }
        if let Some(run) = self.names.run_at_token(lo).filter(|r| r.first == lo && !r.possessive && r.last < c) {
            // A single capitalised opener may be an adverb ("Shortly"), not a name.
            return (run.kind == RunKind::Person && self.subject_kind(run).is_some()).then_some((
                run.start,
                run.end,
                MentionKind::Name,
            ));
        }
        let phrase = self.opening_phrase(lo, c)?;
        // "The economist Jared Bernstein": a name closing the phrase is the speaker.
        let last = self.tok_range(phrase.0, phrase.1).1.checked_sub(1)?;
        match self.names.run_at_token(last).filter(|r| !r.possessive && r.end == phrase.1) {
            Some(run) => Some((run.start, run.end, MentionKind::Name)),
            None => Some(phrase),
        }
    }

    /// The noun phrase opening a clause, as a descriptor subject: "The Democratic
    /// National Convention released a statement, saying …", "One operative inside
    /// Trump Tower tried to downplay it, saying …". It opens with a determiner and
    /// runs to the first verb-like or clause word, at most eight words.
    fn opening_phrase(&self, lo: usize, c: usize) -> Option<(usize, usize, MentionKind)> {
        if lo >= c || !self.is_word(lo) || !in_table(DETERMINERS, self.word(lo)) {
            return None;
        }
        let mut end = lo + 1;
        while end < c.min(lo + 8) && self.is_word(end) {
            let w = self.word(end);
            // "The retired neurosurgeon has …", "the embattled mayor": an "-ed" word right
            // after an article or possessive, before another plain word, modifies it
            // (a determiner alone is no subject for it to be the verb of).
            let next = if end + 1 < c && self.is_word(end + 1) { self.word(end + 1) } else { "" };
            let modifier = end == lo + 1
                && in_table(&["the", "a", "an", "his", "her", "their", "its"], self.word(lo))
                && w.ends_with("ed")
                && next.chars().all(char::is_alphabetic)
                && !next.is_empty()
                && !is_adverb(next)
                && ![DETERMINERS, PREPOSITIONS, CLAUSE_STOPS, PRONOUNS, SKIP_BEFORE_CUE, &["to"]]
                    .iter()
                    .any(|t| in_table(t, next));
            let verbish = !is_capitalized(w)
                && !modifier
                && (w.ends_with("ed") || in_table(SKIP_BEFORE_CUE, w) || in_table(IRREGULAR_PAST, w));
            // "The governor left no doubt": a lowercase word taking a determined object
            // is the verb, unless it is a preposition ("the head of the party").
            let takes_object = !is_capitalized(w)
                && !in_table(PREPOSITIONS, w)
                && end + 1 < c
                && (in_table(DETERMINERS, self.word(end + 1)) || in_table(&["no", "him", "them"], self.word(end + 1)));
            if verbish || takes_object || in_table(CLAUSE_STOPS, w) {
                break;
            }
            end += 1;
        }
        (end > lo + 1).then(|| (self.tokens[lo].start, self.tokens[end - 1].end, MentionKind::Descriptor))
    }

    /// A lowercase noun phrase without a determiner starting at token `from` ("audio",
    /// "excerpts of his speech", "officials with knowledge of …"): up to four words,
    /// ending before punctuation, a clause word or a modifier ("familiar with").
    /// A capitalised adjective that names no one may open it ("American military
    /// officials", "Democratic aides"): a party or nationality word before a
    /// lowercase noun modifies the noun and starts no name.
    fn bare_phrase(&self, from: usize, hi: usize) -> Option<(usize, usize, MentionKind)> {
        let mut i = from;
        while i < hi.min(from + 4)
            && self.is_word(i)
            && !in_table(CLAUSE_STOPS, self.word(i))
            && !(i > from && in_table(NP_END, self.word(i)))
        {
            i += 1;
        }
        let adjective = i > from + 1 && self.names.run_at_token(from).is_none() && !is_capitalized(self.word(from + 1));
        (i > from && (!is_capitalized(self.word(from)) || adjective))
            .then(|| (self.tokens[from].start, self.tokens[i - 1].end, MentionKind::Descriptor))
    }

    /// The speaker of an inverted cue ("said Geoff Garin, a pollster"), accepted only
    /// when the mention is followed by punctuation, the frame's end or a word that
    /// starts a modifier ("said Mr. Trump in a statement"): otherwise the words after
    /// the cue are its object ("called his plan “a disaster”"), not its subject.
    fn inverted(&self, from: usize, hi: usize) -> Option<(usize, usize, MentionKind)> {
        // '"…," chanted the crowd as Clinton took the stage', '"…," said the mayor
        // before the vote': a subordinate clause or an adverb may follow the speaker too.
        const FOLLOW: &[&str] = &[
            "in", "on", "at", "during", "after", "while", "who", "of", "from", "to", "familiar", "with", "speaking",
            "for", "as", "before", "because", "although", "though", "until", "since", "later", "about", "outside",
            "near", "over", "via",
        ];
        let m = self.subject_after(from, hi)?;
        let next = self.tokens[from..hi].iter().position(|t| t.start >= m.1).map(|k| from + k);
        let ok = match next {
            None => true,
            // "described the plan as “a disaster”", "called him as a witness": "as"
            // before the frame's end (the next quote) or an article gives the object
            // its role.
            Some(k) if self.word(k) == "as" => {
                k + 1 < hi && !marks::is_quote_char(self.word(k + 1)) && !in_table(&["a", "an"], self.word(k + 1))
            }
            Some(k) => !self.is_word(k) || in_table(FOLLOW, self.word(k)),
        };
        ok.then_some(m)
    }

    /// Attaches a speaker to the cue at token `c` (`n` tokens long) within tokens
    /// `lo..hi` of one frame; `side` says where the frame lies relative to the quote.
    fn attribute(&self, lo: usize, hi: usize, c: usize, n: usize, form: CueForm, side: Side) -> Attribution {
        let cue = (self.tokens[c].start, self.tokens[c + n - 1].end);
        let mention = match form {
            // "according to audio provided to The Times": a bare noun phrase is a source too.
            CueForm::According => {
                let m = self.subject_after(c + n, hi).or_else(|| self.bare_phrase(c + n, hi));
                m.map(|m| self.agent_of_source(m, hi).unwrap_or(m)).or_else(|| self.owner_of_source(c + n, hi))
            }
            CueForm::Participle => self.participle_subject(lo, c),
            CueForm::Finite => match self.subject_before(lo, c) {
                Some(m) => Some(self.poll_behind(lo, c, m).unwrap_or(m)),
                // "he did say … and called it “…”", "… and later said": a coordinated
                // verb shares its clause's subject.
                None if side == Side::Before && self.coordinated(lo, c) => self.coordinated_subject(lo, c),
                // "“…,” said X" and "said X: “…”": an inverted cue right at the quote.
                // A name right after the cue needs no check: '"…," said Sanders as he left'.
                // '"…," like the recent volatility, said Richard Curtin': an inverted
                // cue after a comma closes the sentence the quote opens.
                // '… condemned “…” and declared a determination': a cue after a
                // conjunction is coordinated with the verb before the quote; the
                // words after it are its object.
                None if side == Side::After
                    && (c <= lo + 1 || self.word(c - 1) == ",")
                    && !(c > lo && in_table(&["and", "but", "or"], self.word(c - 1))) =>
                {
                    self.subject_after(c + n, hi)
                        .filter(|m| m.2 == MentionKind::Name)
                        .or_else(|| self.inverted(c + n, hi))
                }
                None if side == Side::Before && hi > 0 && matches!(self.word(hi - 1), "," | ":") => {
                    self.inverted(c + n, hi - 1)
                }
                None => None,
            },
        };
        Attribution { cue, mention, weak: false }
    }

    /// The owner of a source phrase opening at token `from` (before `hi`) with a
    /// possessive name: "according to Farley’s account", "according to Axelrod’s
    /// memoir" — the account is Farley's, and Farley the source a reader would name.
    fn owner_of_source(&self, from: usize, hi: usize) -> Option<(usize, usize, MentionKind)> {
        let run = self.names.run_at_token(from).filter(|r| r.first == from && r.possessive)?;
        let noun = run.last < hi && self.is_word(run.last) && !is_capitalized(self.word(run.last));
        noun.then_some((run.start, run.end, MentionKind::Name))
    }

    /// The agent named after a source phrase `m` that ends on a past participle:
    /// "according to a court filing made by District Attorney Ann Hale" — the
    /// filing is hers, and she is the source a reader would name. The phrase (a
    /// descriptor) ends on an "-ed" word or one of the common irregular ones, and "by"
    /// and a name follow it (within tokens up to `hi`). A participle of receiving
    /// ("obtained by", "seen by") names who holds the document, not who wrote it.
    fn agent_of_source(&self, m: (usize, usize, MentionKind), hi: usize) -> Option<(usize, usize, MentionKind)> {
        if m.2 != MentionKind::Descriptor {
            return None;
        }
        let (a, end) = self.tok_range(m.0, m.1);
        let last = self.word(end.checked_sub(1).filter(|&l| l > a)?);
        let participle = last.ends_with("ed") || in_table(&["made", "written", "given", "sent", "shown"], last);
        if !participle || in_table(RECEIVED, last) || end + 1 >= hi || self.word(end) != "by" {
            return None;
        }
        self.subject_after(end + 1, hi).filter(|m| m.2 == MentionKind::Name)
    }

    /// The attribution in the text after a quote: a cue among its first words whose
    /// subject (or inverted speaker) sits right after the quote.
    fn after_attribution(&self, lo_byte: usize, hi_byte: usize) -> Option<Attribution> {
        let (mut lo, hi) = self.tok_range(lo_byte, hi_byte);
        // "''… 'old-school,''' said X": the closing mark of a nested quote left over
        // right at the close belongs to the quote, not to a new one.
        while lo < hi && marks::is_quote_char(self.word(lo)) && self.tokens[lo].start == lo_byte {
            lo += 1;
        }
        // A long appositive may separate subject and cue ('"…," Douglas Holtz-Eakin, an
        // economic adviser to …, said'): when a name and a comma open the frame, look
        // further, for a cue right after a closing comma.
        // A name suffix's period may stand before the comma ("James B. Comey Jr., the …").
        let comma_at = |k: usize| k < hi && self.word(k) == ",";
        let opens_with_name = self.names.run_at_token(lo).is_some_and(|r| r.first == lo)
            && self.names.run_at_token(lo).is_some_and(|r| {
                comma_at(r.last) || (r.last < hi && self.suffix_period(r.last) && comma_at(r.last + 1))
            });
        // '"…," Texas delegate Tom Hale, wearing …, said': a short descriptor before
        // the name opening the frame.
        let opens_with_name = opens_with_name
            || (lo + 1..hi.min(lo + 3)).any(|k| {
                (lo..k).all(|x| self.is_word(x))
                    && !in_table(&["the", "a", "an"], self.word(lo))
                    && self.names.run_at_token(k).is_some_and(|r| {
                        r.first == k && !r.possessive && comma_at(r.last) && self.is_person(r.start, r.end)
                    })
            });
        let limit = hi.min(lo + if opens_with_name { 40 } else { 16 });
        let mut i = lo;
        while i < limit {
            let w = self.word(i);
            // A new quote or clause ends the search: its cue belongs elsewhere. A right
            // single mark glued to a word is an apostrophe ("Sanders’ campaign
            // manager"): it opens nothing.
            let apostrophe = matches!(w, "’" | "'") && i > lo && self.tokens[i - 1].end == self.tokens[i].start;
            if marks::is_quote_char(w) && !apostrophe {
                // "… Tom Hale, wearing a “Ruiz for Mayor” button, said": a title quoted
                // inside the attribution is passed over.
                let at = self.tokens[i].start;
                let k = self.regions.partition_point(|r| r.open.1 <= at);
                if k < self.regions.len() && self.regions[k].open.0 <= at && self.titled(k) {
                    let close = self.regions[k].close.1;
                    i = self.tokens.partition_point(|t| t.start < close);
                    continue;
                }
                return None;
            }
            if w == ";" {
                return None;
            }
            if let Some((n, form)) = self.cue_at(i, hi) {
                if i >= lo + 16 && self.word(i - 1) != "," {
                    i += 1;
                    continue;
                }
                // '“…,” a website run by a group called the “Main Street Fund”': a naming
                // verb right before the next quote names that quote; the frame after
                // this one holds no cue of its own.
                let next_quote = |k: usize| k < self.tokens.len() && marks::is_quote_char(self.word(k));
                let names_next = in_table(NAMING_VERBS, self.word(i))
                    && (next_quote(i + n)
                        || (i + n + 1 == hi && in_table(&["the", "a", "an"], self.word(i + n)) && next_quote(hi)));
                if names_next {
                    return None;
                }
                // '"Quiet," he demanded, as Bush continued to interject': an unlisted
                // verb closing the quote's own clause comes first; a listed cue after
                // it belongs to the next clause.
                if i > lo + 2 {
                    let own = self.unknown_verb_after(lo, i).filter(|a| {
                        let v = self.tok_range(a.cue.0, a.cue.1).1;
                        v < i && self.word(v) == ","
                    });
                    if own.is_some() {
                        return own;
                    }
                }
                // '… condemned “…” and declared …': a cue after a conjunction is
                // coordinated with the sentence's verb and shares its subject.
                if form == CueForm::Finite && i == lo + 1 && in_table(&["and", "but"], self.word(lo)) {
                    let (s, q) = self.tok_range(self.segment(lo_byte).0, lo_byte);
                    let end = (s..q).find(|&k| marks::is_quote_char(self.word(k))).unwrap_or(q);
                    let t = (self.tokens[i].start, self.tokens[i + n - 1].end);
                    let mention = Some(self.main_subject(s, end)?);
                    return Some(Attribution { cue: t, mention, weak: true });
                }
                let a = self.attribute(lo, hi, i, n, form, Side::After);
                let (ms, _, _) = a.mention?;
                // '“…,” Sanders said, according to CNN.': the report is the source the
                // reader is given (and the one annotators mark), the speaker inside it.
                if form != CueForm::According {
                    if let Some(r) = self.report_after(lo, i + n, hi.min(i + n + 12), hi) {
                        return Some(r);
                    }
                }
                // The subject must open the frame (", the economist Jared Bernstein
                // said"), not sit in a later clause ("… and highlighted her plans").
                let first = self.tok_range(ms, ms + 1).0;
                // '"…," Rep. Duncan Hunter's chief of staff, Joe Kasper, said': an
                // appositive name stands for the noun phrase opening the frame.
                let appositive = first > lo + 8 && self.appositive_name(lo, i - 1).is_some_and(|m| m.0 == ms);
                return (first <= lo + 8 || first > i || appositive).then_some(a);
            }
            i += 1;
        }
        self.unknown_verb_after(lo, hi)
    }

    /// The report named after a comma at the end of a quote's sentence: "…, according
    /// to CNN." The first "according to" starting in tokens `from..to` whose source
    /// (sought up to `hi`, the frame's end; `lo` opens the frame) is found. Annotators
    /// mark the report a reader is given as the source of what it reports.
    fn report_after(&self, lo: usize, from: usize, to: usize, hi: usize) -> Option<Attribution> {
        let reported = (from..to).find_map(|k| {
            let (m, f) = self.cue_at(k, hi)?;
            (f == CueForm::According && k > 0 && self.word(k - 1) == ",")
                .then(|| self.attribute(lo, hi, k, m, f, Side::After))
        });
        reported.filter(|r| r.mention.is_some())
    }

    /// Whether words quoted with the cue `b` close an opening subordinate clause of
    /// the sentence starting at byte `seg_start`: "While the mayor calls the plan
    /// “a triumph,” her rival says …", "But even as Trump claimed that “…,” one of
    /// the prosecutors said …". The clause has its own speaker; the cue after the
    /// quote belongs to the main clause that follows. No comma stands between the cue
    /// and the quote (opening at byte `open`), which ends with a comma.
    fn closes_opening_clause(&self, seg_start: usize, b: &Attribution, open: usize, close: usize) -> bool {
        if b.cue.1 > open || self.text[b.cue.1..open].contains(',') {
            return false;
        }
        let (s, e) = self.tok_range(seg_start, b.cue.0);
        let opener =
            (s..e.min(s + 3)).find(|&k| self.is_word(k) && !in_table(&["but", "and", "even", "yet"], self.word(k)));
        let content = self.before_marks(close);
        opener.is_some_and(|k| in_table(&["while", "as", "when", "although", "though", "whereas"], self.word(k)))
            && content.ends_with(',')
    }

    /// Whether the attribution `a` found after a quote closing at byte `close` is a new
    /// statement: a conjunction opening a clause of its own ("while", "whereas", or
    /// "and"/"but" after a comma) stands between the quote and the cue's subject.
    /// '“…,” while the mayor refers to him as “…”', '“…,” for instance, and the
    /// senator vowed …': the cue after is the next clause's, not the quote's.
    fn new_statement_after(&self, close: usize, a: &Attribution) -> bool {
        let Some((ms, _, _)) = a.mention else { return false };
        let lo = self.tok_range(close, ms).0;
        let first = self.tok_range(ms, ms + 1).0;
        let according = self
            .cue_at(self.tok_range(a.cue.0, a.cue.1).0, self.tokens.len())
            .is_some_and(|(_, f)| f == CueForm::According);
        // "Trump, who has called the pact “insanity,” and Sanders, who says …": the
        // comma closing the quote before the conjunction counts as one after it.
        let comma_in_quote = self.before_marks(close).ends_with(',');
        !according
            && (lo..first).any(|k| {
                let w = self.word(k);
                let comma_before = if k > lo { self.word(k - 1) == "," } else { comma_in_quote };
                in_table(&["while", "whereas"], w) || (in_table(&["and", "but"], w) && comma_before)
            })
    }

    /// A quote signed inside its marks, as opinion round-ups print them: the last
    /// paragraph of a quote of several is a short line naming its author ('"… tax
    /// cuts. ¶ Former NAACP president Ben Jealous."'). The paragraph before it ends a
    /// sentence. The signature is the mention; there is no cue word.
    ///
    /// Returns the attribution and, when the signature shares the last piece (one line
    /// break, no new paragraph), where that piece's speech ends.
    fn signature(&self, pieces: &[(usize, usize)]) -> Option<(Attribution, Option<usize>)> {
        let (&(first, b), rest) = pieces.split_last()?;
        let (a, prev_end, keep) = match self.text[first..b].rfind('\n') {
            Some(k) => (first + k + 1, first + k, Some(first + k)),
            None => (first, rest.last()?.1, None),
        };
        if prev_end <= first && keep.is_some() {
            return None;
        }
        if !self.before_marks(prev_end).trim_end().ends_with(['.', '!', '?', '…']) {
            return None;
        }
        Some((self.signature_line(a, b)?, keep))
    }

    /// A quote paragraph signed on the next line: left open at its end, with the
    /// closing mark after the signature ('"I worry that … tax cuts. ¶ Dean Baker,
    /// Center for Economic and Policy Research."'), or closed, with a name and a
    /// description after it ('"…" ¶ Ann Stevens, 30, Gainesville').
    fn signed_next_line(&self, piece_end: usize) -> Option<Attribution> {
        let rest = self.text.get(piece_end..)?;
        let nl = rest.bytes().take(4).position(|b| b == b'\n')?;
        let line_start = piece_end + nl + 1;
        let line = &self.text[line_start..];
        let line = &line[..line.find('\n').unwrap_or(line.len())];
        let body = line.trim_end();
        match body.strip_suffix(['"', '”']) {
            Some(body) => self.signature_line(line_start, line_start + body.len()),
            // '"…" ¶ Ann Stevens, 30, Gainesville': after a closed quote paragraph the
            // line needs a description after a comma ("Igor Bobic" alone may be a
            // byline, "Paras Griffin via Getty Images" a photo credit).
            None => {
                let a = self.signature_line(line_start, line_start + body.len())?;
                let (_, e, _) = a.mention?;
                self.text[e..].starts_with(',').then_some(a)
            }
        }
    }

    /// Whether bytes `a..b` are a signature line — a person's name first (after
    /// capitalised or title words only: "Former NAACP president Ben Jealous"), then
    /// the end or a comma and a description, at most 12 words, no cue verb — and the
    /// attribution to that name.
    fn signature_line(&self, a: usize, b: usize) -> Option<Attribution> {
        let line = &self.text[a..b];
        if count_words(line) > 12 || line.contains('\n') || line.trim_end().ends_with(['?', '!', ':']) {
            return None;
        }
        let (lo, hi) = self.tok_range(a, b);
        let mut k = lo;
        if k < hi && matches!(self.word(k), "-" | "–" | "—") {
            k += 1;
        }
        let first = (k..hi.min(k + 6)).find(|&i| {
            self.names.run_at_token(i).is_some_and(|r| r.kind == RunKind::Person || self.is_person(r.start, r.end))
        })?;
        let title_word = |i: usize| {
            self.is_word(i)
                && (is_capitalized(self.word(i))
                    || in_table(cues::TITLES, self.word(i))
                    || in_table(cues::ROLE_NOUNS, self.word(i)))
        };
        if !(k..first).all(title_word) || (lo..hi).any(|i| self.cue_at(i, hi).is_some()) {
            return None;
        }
        let run = self.names.run_at_token(first)?;
        if run.last < hi && !matches!(self.word(run.last), "," | ".") {
            return None;
        }
        let at = self.tokens[lo].start;
        Some(Attribution { cue: (at, at), mention: Some((run.start, run.end, MentionKind::Name)), weak: true })
    }

    /// A verbless introduction: "Dorothy Poynter, who grew up with Ali, “We were all so
    /// proud of him.”" or "Michelle Stevens, 30, of Gainesville, “…”" — a person's
    /// name opens the clause, an appositive or relative clause follows between commas,
    /// and the quote finishes the sentence in place of the verb. The name is the
    /// speaker and the comma before the quote stands as a weak cue.
    fn appositive_intro(&self, lo_byte: usize, open: usize, close: usize, seg_end: usize) -> Option<Attribution> {
        let (lo, hi) = self.tok_range(lo_byte, open);
        if hi < lo + 4 || self.word(hi - 1) != "," || hi - lo > 30 {
            return None;
        }
        // The quote ends the sentence: a verb after it would make it the object.
        if self.text.get(close..seg_end).is_none_or(|t| t.chars().any(char::is_alphanumeric)) {
            return None;
        }
        let run = self.names.run_at_token(lo).filter(|r| r.first == lo && !r.possessive)?;
        if run.last >= hi - 1 || self.word(run.last) != "," || !self.is_person(run.start, run.end) {
            return None;
        }
        // The appositive: a relative clause, a noun phrase or an age.
        let next = self.word(run.last + 1);
        let appositive = in_table(&["who", "whose"], next)
            || in_table(DETERMINERS, next)
            || self.tokens[run.last + 1].kind == TokenKind::Number;
        let comma = self.tokens[hi - 1];
        appositive.then_some(Attribution {
            cue: (comma.start, comma.end),
            mention: Some((run.start, run.end, MentionKind::Name)),
            weak: true,
        })
    }

    /// The attribution of a quote opening its sentence, in the sentence before it in the
    /// same paragraph when that sentence ends with its cue: "Jeff Weaver, Sanders’
    /// campaign manager, said in a statement. “…”".
    fn intro_sentence(&self, ri: usize, seg_start: usize) -> Option<Attribution> {
        let prev_start = self.segment(seg_start.checked_sub(1)?).0;
        let between = self.text.get(prev_start..seg_start)?;
        // Same paragraph, and no quote of its own (that one's cue is its own).
        if between.trim_end().contains('\n') || (ri > 0 && self.regions[ri - 1].close.1 > prev_start) {
            return None;
        }
        let (a, (lo, hi)) =
            (self.before_attribution(prev_start, seg_start, true)?.0, self.tok_range(prev_start, seg_start));
        let cue_tok = self.tok_range(a.cue.0, a.cue.1).0;
        // The cue ends the sentence but for a short tail ("in a statement", "Tuesday").
        let tail = (cue_tok + 1..hi).filter(|&k| self.is_word(k)).count();
        (!a.weak && cue_tok > lo && tail <= 5).then_some(a)
    }

    /// A quote paragraph signed on the next line, as fact-checks and round-ups do:
    /// '"…" ¶ - Bernie Sanders.' / '-President Obama, tweeting after the speech.' —
    /// or on the quote's own line: '"…" — Jim Carter, 70, Boone', '"…" (Carol Wu, 67)'.
    fn dash_line(&self, close: usize) -> Option<Attribution> {
        let rest = self.text.get(close..)?;
        // '“Prices are terrible this year.” — Jim Carter, 70, Boone': a sign-off on the
        // quote's own line, a dash, then a signature running to the line's end.
        let same = rest.trim_start_matches(' ');
        if let Some(dash) = same.chars().next().filter(|c| matches!(c, '-' | '–' | '—')) {
            let at = close + rest.len() - same.len();
            let line_end = close + rest.find('\n').unwrap_or(rest.len());
            // "--" in plain-text wire copy: the signature starts after every dash.
            let name = self.text[at..line_end].trim_start_matches(['-', '–', '—', ' ']);
            let from = line_end - name.len();
            let body = name.trim_end().trim_end_matches('.');
            let a = self.signature_line(from, from + body.len())?;
            return Some(Attribution { cue: (at, at + dash.len_utf8()), ..a });
        }
        // '“I want someone who will fix health care.” Angela Ruiz, Ames, Iowa': reader
        // round-ups sign a finished quoted sentence with the name alone, the line
        // ending with the signature.
        let finished = self.before_marks(close).ends_with(['.', '!', '?', '…']);
        if finished && same.starts_with(|c: char| c.is_uppercase()) {
            let at = close + rest.len() - same.len();
            let line_end = close + rest.find('\n').unwrap_or(rest.len());
            let body = self.text[at..line_end].trim_end();
            if !body.ends_with(['.', '!', '?', ':', ';']) {
                return self.signature_line(at, at + body.len());
            }
        }
        // '“I just don't trust any of them.” (Carol Wu, 67, Ankeny)': in parentheses.
        if same.starts_with('(') {
            let at = close + rest.len() - same.len();
            let line_end = close + rest.find('\n').unwrap_or(rest.len());
            let body = self.text[at..line_end].trim_end().trim_end_matches('.').strip_suffix(')')?;
            return self.signature_line(at + 1, at + body.len());
        }
        // Bounded: the quote must end its paragraph within a few characters.
        let nl = rest.bytes().take(8).position(|b| b == b'\n')?;
        if rest[..nl].chars().any(char::is_alphanumeric) {
            return None;
        }
        let next = rest[nl..].trim_start();
        let at = close + rest.len() - next.len();
        next.chars().next().filter(|c| matches!(c, '-' | '–' | '—'))?;
        // "-- Dan Cole": wire copy types the dash as two hyphens.
        let name = next.trim_start_matches(['-', '–', '—']);
        let dashes = next.len() - name.len();
        let from = at + dashes + (name.len() - name.trim_start_matches(' ').len());
        let (k, _) = self.tok_range(from, from + 1);
        let run = self.names.run_at_token(k).filter(|r| r.first == k && !r.possessive)?;
        if self.text.get(at..run.start).is_some_and(|t| t.contains('\n')) {
            return None;
        }
        Some(Attribution { cue: (at, at + dashes), mention: Some((run.start, run.end, MentionKind::Name)), weak: true })
    }

    /// Whether a quote closing at byte `close` is followed at once by a speaker and a
    /// listed cue verb, with nothing between: '"… un-American. No, Trump." Clinton
    /// tweeted, quoting a reporter's tweet about the plan …', '"…" she wrote in a
    /// letter to the board on Monday, days after …'. Such a sentence runs on long past
    /// the cue, and the quote need not end in a comma, yet the words right after the
    /// mark are its attribution. The speaker is a name run (not possessive: "Trump's
    /// aides said" names the aides) or a subject pronoun; `hi` bounds the frame.
    fn speaker_cue_at_mark(&self, close: usize, hi: usize) -> bool {
        let (mut k, hi) = self.tok_range(close, hi);
        while k < hi && marks::is_quote_char(self.word(k)) && self.tokens[k].start == close {
            k += 1;
        }
        if k >= hi || !self.is_word(k) {
            return false;
        }
        let cue = match self.names.run_at_token(k) {
            Some(r) if r.first == k && !r.possessive => r.last,
            _ if in_table(PRONOUNS, self.word(k)) && self.word(k) != "it" => k + 1,
            _ => return false,
        };
        cue < hi && self.cue_at(cue, hi).is_some_and(|(_, f)| f == CueForm::Finite)
    }

    /// Whether one to three lowercase words and a comma after the closing mark at byte
    /// `close` lead to a speaker and a finite cue ([`Ctx::speaker_cue_at_mark`]):
    /// "“… to accurately measure” income, he said".
    fn cue_after_words(&self, close: usize, hi: usize) -> bool {
        let (mut k, hi_t) = self.tok_range(close, hi);
        while k < hi_t && marks::is_quote_char(self.word(k)) && self.tokens[k].start == close {
            k += 1;
        }
        let comma = (k + 1..hi_t.min(k + 4)).find(|&c| self.word(c) == ",");
        comma.is_some_and(|c| {
            (k..c).all(|w| self.is_word(w) && !is_capitalized(self.word(w)) && self.cue_at(w, c).is_none())
                && self.speaker_cue_at_mark(self.tokens[c].end, hi)
        })
    }

    /// Whether bytes `lo..hi` end with a clause ", said NAME", ", NAME said" or ",
    /// he said …".
    fn ends_with_attribution(&self, lo: usize, hi: usize) -> bool {
        let (a, mut b) = self.tok_range(lo, hi);
        while b > a && !self.is_word(b - 1) {
            b -= 1;
        }
        // The attribution may carry an appositive (", said David Wasserman, an analyst").
        // "Voters had “run out of patience” with the council, she said in a radio
        // interview.": a last clause of "he" or "she" and a finite cue attributes the
        // whole sentence, whatever phrase follows the cue.
        (a..b).rev().take(24).filter(|&k| self.word(k) == ",").any(|comma| {
            let c = comma + 1;
            c < b
                && (self.cue_at(c, b).is_some_and(|(_, f)| f == CueForm::Finite)
                    || (c + 1 < b && self.names.run_at_token(c).is_some() && self.cue_at(b - 1, b).is_some())
                    || (c + 1 < b
                        && in_table(PERSON_PRONOUNS, self.word(c))
                        && self.cue_at(c + 1, b).is_some_and(|(_, f)| f == CueForm::Finite)))
        })
    }

    /// The attribution closing the sentence a quote opens, in bytes `lo..hi` after
    /// its marks, when the words between run past the frame a cue after a quote is
    /// sought in ([`Ctx::after_attribution`]): "“Boots on the ground” would be a
    /// mistake, Republican candidate Tom Hale said after the attacks.", "“We’re
    /// thrilled” about the ruling, said Ann Ruiz, director of the Ames Tenants Union,
    /// a group that …", "“I met and hugged” every family before laying flowers at the
    /// memorial for the victims of the attack, he said." The last comma in the frame
    /// opening an attribution clause — a finite cue and its speaker (", said Ann
    /// Ruiz"), a person pronoun and a finite cue (", he said"), or up to three words
    /// and a person's name right before a finite cue (", Republican candidate Tom
    /// Hale said") — gives the speaker; no semicolon or quote mark stands before it.
    fn closing_clause(&self, lo: usize, hi: usize) -> Option<Attribution> {
        let (a, b) = self.tok_range(lo, hi);
        let finite = |k: usize| self.cue_at(k, b).filter(|&(_, f)| f == CueForm::Finite).map(|(n, _)| (k, n));
        let commas = (a..b).filter(|&k| self.word(k) == ",");
        let found = commas.rev().find_map(|comma| {
            let c = comma + 1;
            if c + 1 >= b {
                return None;
            }
            let (i, n) = finite(c)
                .or_else(|| in_table(PERSON_PRONOUNS, self.word(c)).then(|| finite(c + 1)).flatten())
                .or_else(|| {
                    let run = (c..b.min(c + 4)).find_map(|k| {
                        self.names.run_at_token(k).filter(|r| {
                            r.first == k
                                && !r.possessive
                                && (c..k).all(|x| self.is_word(x))
                                && self.is_person(r.start, r.end)
                        })
                    })?;
                    finite(run.last)
                })?;
            let at = self.attribute(c, b, i, n, CueForm::Finite, Side::After);
            at.mention.is_some().then_some((comma, at))
        });
        let (comma, at) = found?;
        let clean = (a..comma).all(|k| self.word(k) != ";" && !marks::is_quote_char(self.word(k)));
        clean.then_some(at)
    }

    /// The attribution closing the sentence that words woven into the reporter's
    /// sentence sit in, in bytes `lo..hi` after their marks: "Many council members
    /// became more “comfortable” with the budget and more willing to cut spending,
    /// Mayor Ellen Ruiz said.", "The tower is a “giveaway” to developers that would
    /// cost the county millions, the tenant groups say." As
    /// [`Ctx::closing_clause`], and the clause ends the sentence: after its cue and
    /// speaker only an appositive (", a spokesman for …") or a phrase opened by a
    /// preposition or a time word ("on Monday", "Tuesday") is left ('free markets
    /// (“Uber everything”) can fix it, he tells one joke' is the writer's summary).
    fn woven_closing_clause(&self, lo: usize, hi: usize) -> Option<Attribution> {
        const TIME: &[&str] = &["yesterday", "today", "earlier", "later", "recently", "last", "this"];
        let (a, b) = self.tok_range(lo, hi);
        // ", the groups say", ", a spokesman said": a short noun phrase opened by a
        // determiner and a finite cue; ", according to the agency's report".
        let described = || {
            let comma = (a..b).rev().find(|&k| self.word(k) == ",")?;
            let c = comma + 1;
            if c < b && in_table(&["according"], self.word(c)) {
                return self.report_after(c, comma, c + 1, b);
            }
            if c >= b || !in_table(&["the", "a", "an"], self.word(c)) {
                return None;
            }
            let (i, n) = (c + 2..b.min(c + 5)).find_map(|k| {
                let (n, f) = self.cue_at(k, b)?;
                (f == CueForm::Finite && (c..k).all(|x| self.is_word(x))).then_some((k, n))
            })?;
            let at = self.attribute(c, b, i, n, CueForm::Finite, Side::After);
            let clean = (a..comma).all(|k| self.word(k) != ";" && !marks::is_quote_char(self.word(k)));
            (at.mention.is_some() && clean).then_some(at)
        };
        let at = self.closing_clause(lo, hi).or_else(described)?;
        let (_, me, _) = at.mention?;
        let from = self.tok_range(at.cue.1.max(me), at.cue.1.max(me)).0;
        let rest: Vec<&str> = (from..b).map(|k| self.word(k)).filter(|w| !matches!(*w, "." | "!" | "?")).collect();
        let ends = match rest.first() {
            None => true,
            Some(&w) => w == "," || in_table(PREPOSITIONS, w) || is_day_or_month(w) || in_table(TIME, w),
        };
        ends.then_some(at)
    }

    /// Where the headline ends: the first line, when the text has more lines and the
    /// first is short (headlines carry no sentence punctuation to split on).
    fn headline_end(&self) -> usize {
        self.headline_end
    }

    /// Headlines attribute in their own shorthand: "Graham: Trump’s ‘Incredibly
    /// Hateful Rhetoric’ …" (a name and a colon open the line) or "Francois Hollande
    /// Says Donald Trump ‘Makes You Want To Retch’" (a capitalised cue after a name).
    fn headline_attribution(&self, open: usize) -> Option<Attribution> {
        let (lo, hi) = self.tok_range(0, open);
        for k in lo..hi {
            let w = self.word(k);
            let lower = w.to_lowercase();
            let is_cue = CUES.iter().any(|(c, f)| *f == CueForm::Finite && *c == lower);
            if w == ":" || is_cue {
                // "CNN President On Trump: ‘…’", "Gillibrand on Hillary Releasing Her
                // Transcripts: ‘…’": the headline's subject opens it; the name right
                // before the colon may be its topic.
                let opening = (w == ":")
                    .then(|| {
                        (lo..k).find_map(|i| {
                            let r = self.names.run_at_token(i).filter(|r| r.first == i && !r.possessive)?;
                            (i == lo || !in_table(PREPOSITIONS, self.word(i - 1))).then_some(r)
                        })
                    })
                    .flatten();
                let run = opening.or_else(|| (k > lo).then(|| self.names.run_at_token(k - 1)).flatten())?;
                let t = self.tokens[k];
                return Some(Attribution {
                    cue: (t.start, t.end),
                    mention: Some((run.start, self.headline_person_end(run), MentionKind::Name)),
                    weak: w == ":",
                });
            }
        }
        None
    }

    /// Where the name opening a headline's name run ends. In Title Case every word is
    /// capitalised, so a run goes on into the verb and what follows ("Ellen Ruiz
    /// Addresses Flood Victims", "Ann Lee Endorses Tom Hale"); when the entity stage
    /// finds a person starting the run and ending inside it, that person is the
    /// name, unless a role noun follows it: "McCain Challenger Kelli Ward" is the
    /// challenger. Otherwise the whole run ("CNN President").
    fn headline_person_end(&self, run: &Run) -> usize {
        let Some((end, entity)) = self.names.entity_mention_at(run.start) else { return run.end };
        let next = self.tok_range(end, run.end).0;
        let role =
            next < self.tokens.len() && (in_table(ROLE_NOUNS, self.word(next)) || in_table(TITLES, self.word(next)));
        if end < run.end && !role && self.names.entity_kind(entity) == Some(EntityType::Person) {
            end
        } else {
            run.end
        }
    }

    /// The headline's shorthand with the attribution last: "Parks Are ‘The Best
    /// Thing We Have,’ Ellen Ruiz Tells Council.", "‘Reckless’ Plan Will Cost Jobs,
    /// Tom Hale Says." After the headline's last comma, one to four capitalised words
    /// and a capitalised finite cue: those words name the speaker of a quote before
    /// the comma (the quote closing at byte `close`).
    fn headline_signed(&self, close: usize) -> Option<Attribution> {
        let (lo, hi) = self.tok_range(close, self.headline_end());
        // The comma may close the quote itself ("‘…,’ Ellen Ruiz Tells …").
        let first = match (lo..hi).rev().find(|&k| self.word(k) == ",") {
            Some(comma) => comma + 1,
            None if self.before_marks(close).ends_with(',') => lo,
            None => return None,
        };
        let cue = (first + 1..hi.min(first + 5)).find(|&k| {
            let w = self.word(k);
            is_capitalized(w) && CUES.iter().any(|(c, f)| *f == CueForm::Finite && *c == w.to_lowercase())
        })?;
        if !(first..cue).all(|k| self.is_word(k) && is_capitalized(self.word(k))) {
            return None;
        }
        let m = (self.tokens[first].start, self.tokens[cue - 1].end, MentionKind::Name);
        let t = self.tokens[cue];
        Some(Attribution { cue: (t.start, t.end), mention: Some(m), weak: false })
    }

    /// Words woven into a relative clause about a thing are that thing's, not the
    /// sentence subject's: "The couple started a foundation that focuses on the “…”",
    /// "The school worked with two reports published in May that examined “…”". The
    /// mention is the relative pronoun ("that", "which"), as annotators mark it,
    /// standing for the noun phrase before it. The pronoun follows a noun (or its
    /// comma), not a verb whose complement it opens ("argued that", "who estimates
    /// that"), and a verb follows the pronoun; no punctuation or subordinator stands
    /// between it and the quote (opening at byte `open`), within twelve tokens. The
    /// verb stands as a weak cue.
    fn relative_clause(&self, lo_byte: usize, open: usize) -> Option<Attribution> {
        let (lo, hi) = self.tok_range(lo_byte, open);
        let from = lo.max(hi.saturating_sub(12));
        let r = (from..hi).rev().find(|&k| in_table(&["that", "which"], self.word(k)))?;
        if r <= lo || (r + 1..hi).any(|k| !self.is_word(k) || in_table(SUBORDINATORS, self.word(k))) {
            return None;
        }
        let prev = self.word(r - 1);
        let noun = prev == ","
            || (self.is_word(r - 1)
                && !in_table(CLAUSE_STOPS, prev)
                && !in_table(PREPOSITIONS, prev)
                && !in_table(BE, prev)
                && !prev.ends_with("ed")
                && !prev.ends_with("ing")
                && !(prev.ends_with('s')
                    && r >= 2
                    && (in_table(PRONOUNS, self.word(r - 2)) || self.word(r - 2) == "who"))
                && self.cue_at(r - 1, hi).is_none());
        if !noun {
            return None;
        }
        let v = self.past_adverbs(r + 1, hi);
        let aux = v > r + 1 || (v < hi && in_table(BE, self.word(v)));
        let verb = if aux { Some(v.min(hi - 1)) } else { self.verb_after_subject(r + 1, hi) }?;
        let (p, t) = (self.tokens[r], self.tokens[verb]);
        Some(Attribution { cue: (t.start, t.end), mention: Some((p.start, p.end, MentionKind::Relative)), weak: true })
    }

    /// Words woven into a sentence whose subject opens it: "Mr. Trump assailed a
    /// federal judge for his ''Mexican heritage.''" is Mr. Trump's wording even though
    /// "assailed" is no speech verb. The subject opens a clause of the sentence: the
    /// sentence itself, the words after any comma ("Kerry, the nominee that year, Mr.
    /// Obama decried the ''spin masters …''") or after a subordinator or conjunction
    /// ("a controversy in June when Mr. Trump assailed …"); a phrase with a determiner
    /// opening the sentence speaks too ("The Treasury secretary also lauded Mr. Kim
    /// for the ''needed reforms''"). A verb must follow the subject; it stands as a
    /// weak cue.
    fn subject_verb(&self, lo_byte: usize, hi_byte: usize) -> Option<Attribution> {
        const OPENERS: &[&str] =
            &["when", "as", "after", "while", "because", "since", "before", "until", "and", "but", "with"];
        let (lo, hi) = self.tok_range(lo_byte, hi_byte);
        let clauses = (lo..hi).filter(|&k| self.word(k) == "," || in_table(OPENERS, self.word(k))).map(|k| k + 1);
        // Names and pronouns first, clause by clause back from the quote; a
        // determiner phrase opening the sentence last.
        let mut starts: Vec<usize> = std::iter::once(lo).chain(clauses).collect();
        // The clause nearest the quote first: "Mayor Ruiz spoke first, and Senator
        // Diaz then took aim at the “…”" is Diaz's.
        starts.reverse();
        let subjects = starts
            .into_iter()
            .map(|start| (start, self.main_subject(start, hi.min(start + 3))))
            .chain(std::iter::once_with(|| (lo, self.determiner_phrase(lo, hi))));
        for (start, m) in subjects {
            let Some(m) = m else { continue };
            // "…, advising Williams College graduates to “…”": a clause opened by a
            // participle has no subject of its own; the name after it is its object.
            let w = self.word(start);
            if start > lo && w.len() > 5 && w.ends_with("ing") && !is_capitalized(w) && m.0 >= self.tokens[start].end {
                continue;
            }
            // Only a person (or a pronoun) makes an unlisted verb an attribution:
            // "Somewhere in there, he tossed in …" is not said by "Somewhere". A
            // surname the entity stage types as a person counts ("Trump").
            let person = || self.is_person(m.0, m.1) || self.names.entity_kind_at(m.0, m.1) == Some(EntityType::Person);
            if m.2 == MentionKind::Name && !person() {
                continue;
            }
            let after = self.tok_range(m.1, m.1 + 1).0;
            // "…, with Cruz recently promising to “…”": an absolute phrase's subject
            // and its participle.
            let verb = if start > lo && self.word(start - 1).eq_ignore_ascii_case("with") {
                let v = self.past_adverbs(after, hi);
                let w = if v < hi { self.word(v) } else { "" };
                (w.len() > 5 && w.ends_with("ing") && !is_capitalized(w)).then_some(v)
            } else {
                self.verb_after_subject(after, hi)
            };
            if let Some(v) = verb {
                let t = self.tokens[v];
                let found = Attribution { cue: (t.start, t.end), mention: Some(m), weak: true };
                return Some(self.possessive_clause_subject(m.1, hi).unwrap_or(found));
            }
        }
        None
    }

    /// A later clause, between the end of a subject found (byte `from`) and the quote
    /// (token `hi`), whose own subject is a possessive pronoun's noun phrase and a
    /// verb: "While she has dropped her attacks, her campaign is planning to reprint
    /// an editorial that calls him a “…”" — the campaign's clause holds the words,
    /// not the first clause's "she".
    fn possessive_clause_subject(&self, from: usize, hi: usize) -> Option<Attribution> {
        let (lo, hi) = (self.tok_range(from, from).0, hi);
        let start = (lo..hi).rev().find(|&k| {
            k > lo
                && matches!(self.word(k - 1), "," | "and" | "but")
                && in_table(&["his", "her", "their"], self.word(k))
        })?;
        let m = self.determiner_phrase(start, hi)?;
        // The verb, or the auxiliary of one ("is planning", "has called").
        let after = self.tok_range(m.1, m.1 + 1).0;
        let v = (after < hi && (in_table(SKIP_BEFORE_CUE, self.word(after)) || in_table(BE, self.word(after))))
            .then_some(after)
            .or_else(|| self.verb_after_subject(after, hi))?;
        let t = self.tokens[v];
        Some(Attribution { cue: (t.start, t.end), mention: Some(m), weak: true })
    }

    /// The attribution of a quote opening mid-sentence at byte `open`, after a dash,
    /// comma or colon, with no cue: the subject of the clause it ends ("When Trump
    /// finally wrapped up — “…” —", "But he wanted to know, “…”"), found as for woven
    /// words ([`Ctx::subject_verb`]), or a noun phrase with a determiner opening that
    /// clause ("a familiar voice celebrated the attacks on Twitter: “…”"), when the
    /// clause's verb runs up to the quote with no comma, semicolon or parenthesis
    /// between (at most ten tokens), so an earlier clause's subject is not taken for it.
    fn clause_before(&self, lo_byte: usize, open: usize) -> Option<Attribution> {
        let text = self.text.get(lo_byte..open)?;
        if text.trim().is_empty() {
            return None;
        }
        let reaches = |a: &Attribution| {
            let (v, hi) = self.tok_range(a.cue.0, open);
            hi > v + 1 && hi - 1 <= v + 10 && (v + 1..hi - 1).all(|k| !matches!(self.word(k), "," | ";" | "(" | ")"))
        };
        if let Some(a) = self.subject_verb(lo_byte, open).filter(|a| reaches(a)) {
            return Some(a);
        }
        // "Hours later, a familiar voice celebrated the attacks on Twitter: “…”": a
        // noun phrase with a determiner opening the last clause, and its verb.
        let (lo, hi) = self.tok_range(lo_byte, open);
        let start = (lo..hi).rev().find(|&k| self.word(k) == ",").map_or(lo, |k| k + 1);
        let m = self.opening_phrase(start, hi)?;
        let v = self.verb_after_subject(self.tok_range(m.1, m.1 + 1).0, hi)?;
        let t = self.tokens[v];
        let a = Attribution { cue: (t.start, t.end), mention: Some(m), weak: true };
        reaches(&a).then_some(a)
    }

    /// The first token from `v` (below `hi`) that is no auxiliary or adverb standing
    /// between a subject and its verb ("has instead", "finally").
    fn past_adverbs(&self, mut v: usize, hi: usize) -> usize {
        while v < hi && self.is_word(v) && (in_table(SKIP_BEFORE_CUE, self.word(v)) || is_adverb(self.word(v))) {
            v += 1;
        }
        v
    }

    /// The verb of a clause whose subject ends before token `after`, for
    /// [`Ctx::subject_verb`]: past the auxiliaries and adverbs ("has instead
    /// positioned"), an appositive in commas ("Mike Ruiz, the former governor,
    /// proposed") or a party tag in parentheses ("Gov. Ann Hale (R) blamed"), a word
    /// that looks like a verb: "-ed", "-s" or a common irregular past.
    fn verb_after_subject(&self, after: usize, hi: usize) -> Option<usize> {
        let mut v = after;
        if v < hi && matches!(self.word(v), "," | "(") {
            let close = if self.word(v) == "," { "," } else { ")" };
            // An appositive opens with a lowercase word or a number (not a name in a
            // list: "Ruiz, Hale and Diaz"), and holds no quote.
            let opens = v + 1 < hi && !is_capitalized(self.word(v + 1)) || close == ")";
            let end = (v + 1..hi.min(v + 12)).find(|&k| self.word(k) == close);
            if let Some(end) = end.filter(|&e| opens && !(v..e).any(|k| self.is_quoted(self.tokens[k].start))) {
                v = end + 1;
            }
        }
        let v = self.past_adverbs(v, hi);
        let verbish = |w: &str| !w.ends_with("ly") && (w.ends_with("ed") || s_verb(w) || in_table(IRREGULAR_PAST, w));
        let ok = v < hi
            && self.is_word(v)
            && !is_capitalized(self.word(v))
            && !in_table(CLAUSE_STOPS, self.word(v))
            && verbish(self.word(v));
        ok.then_some(v)
    }

    /// A noun phrase opening at token `start` with a determiner, up to the word before
    /// a verb ("-ed", "-s") or an adverb: "The Treasury secretary (also lauded)", "The
    /// ad (targets)". At most five words; a clause word, preposition or pronoun on the
    /// way means no such phrase.
    fn determiner_phrase(&self, start: usize, hi: usize) -> Option<(usize, usize, MentionKind)> {
        if start + 2 >= hi || !in_table(DETERMINERS, self.word(start)) {
            return None;
        }
        let mut k = start + 1;
        while k < hi.min(start + 6) && self.is_word(k) {
            let w = self.word(k);
            // A plural noun ends in "-s" too: "Many world leaders became", "Trump's
            // past statements, …, have": an "-s" word followed by a comma or a verb
            // is the head, not the verb.
            let next = if k + 1 < hi { self.word(k + 1) } else { "" };
            let verb_next = next == ","
                || next.ends_with("ed")
                || in_table(&["have", "has", "are", "were", "was", "is", "became", "become", "seem", "remain"], next);
            // "The mayor struck a cautious note": an irregular past is the verb too,
            // and the phrase ends before it; "cautious" is an adjective, no verb in "-s".
            let verb =
                !is_capitalized(w) && (w.ends_with("ed") || (s_verb(w) && !verb_next) || in_table(IRREGULAR_PAST, w));
            if k > start + 1 && (in_table(SKIP_BEFORE_CUE, w) || verb) {
                // "The concerns being expressed": no noun heads the phrase.
                if in_table(NOT_A_HEAD, self.word(k - 1)) {
                    return None;
                }
                return Some((self.tokens[start].start, self.tokens[k - 1].end, MentionKind::Descriptor));
            }
            if in_table(CLAUSE_STOPS, w) || in_table(PREPOSITIONS, w) || in_table(PRONOUNS, w) {
                return None;
            }
            k += 1;
        }
        None
    }

    /// Whether a name mention refers to a person: a person entity, a run with a person
    /// title or two name words, or a single word the article introduced as a person.
    fn is_person(&self, start: usize, end: usize) -> bool {
        let (name, _) = self.names.resolve_name(start, end);
        let ti = self.tok_range(start, end).0;
        self.names.run_at_token(ti).is_some_and(|r| r.kind == RunKind::Person) || name.contains(' ')
    }

    /// '"…," Toomey fumed.' — speech verbs are an open class: right after a quote, a
    /// name or pronoun followed by a past-tense or present verb and then the end of
    /// the clause is an attribution even when the verb is in no table.
    fn unknown_verb_after(&self, lo: usize, hi: usize) -> Option<Attribution> {
        let mut k = lo;
        if k < hi && matches!(self.word(k), "," | "—" | "-") {
            k += 1;
        }
        // '"This is fantastic!" beamed Donald Hartley': the verb first, then a person;
        // in the present tense too, as features and vox-pops write it ('"…," agrees
        // Michelle Stevens, 30, of Gainesville').
        let inverted_verb = |w: &str| w.ends_with("ed") || (w.len() > 4 && w.ends_with('s') && !w.ends_with("ss"));
        if k + 1 < hi && self.is_word(k) && !is_capitalized(self.word(k)) && inverted_verb(self.word(k)) {
            if let Some(run) = self.names.run_at_token(k + 1).filter(|r| r.first == k + 1 && !r.possessive) {
                let closes = run.last >= hi
                    || !self.is_word(run.last)
                    || in_table(NP_END, self.word(run.last))
                    || in_table(NOT_AFTER_CUE, self.word(run.last));
                if closes && self.is_person(run.start, run.end) {
                    let t = self.tokens[k];
                    let mention = Some((run.start, run.end, MentionKind::Name));
                    return Some(Attribution { cue: (t.start, t.end), mention, weak: false });
                }
            }
            // "''Choke!'' blared the front page of The Boston Herald".
            if self.word(k).ends_with("ed") && in_table(DETERMINERS, self.word(k + 1)) {
                if let Some(m) = self.inverted(k + 1, hi).filter(|m| m.2 == MentionKind::Descriptor) {
                    let t = self.tokens[k];
                    return Some(Attribution { cue: (t.start, t.end), mention: Some(m), weak: false });
                }
            }
        }
        let mention = if k < hi && in_table(PRONOUNS, self.word(k)) {
            (self.tokens[k].start, self.tokens[k].end, MentionKind::Pronoun)
        } else if k < hi && in_table(DETERMINERS, self.word(k)) {
            // '"Nooooo!" the crowd cried out': a short noun phrase, then the verb.
            let np_end = (k + 1..hi.min(k + 4))
                .take_while(|&j| self.is_word(j) && !in_table(CLAUSE_STOPS, self.word(j)))
                .last()?;
            // The verb is the first past-tense word after the determiner's noun.
            let verb_at = (k + 2..=np_end + 1).find(|&j| j < hi && self.is_word(j) && self.word(j).ends_with("ed"))?;
            let start = self.tokens[k].start;
            k = verb_at - 1;
            (start, self.tokens[verb_at - 1].end, MentionKind::Descriptor)
        } else {
            let run = self.names.run_at_token(k).filter(|r| r.first == k && !r.possessive)?;
            k = run.last - 1;
            (run.start, run.end, MentionKind::Name)
        };
        let v = k + 1;
        if v >= hi || !self.is_word(v) {
            return None;
        }
        let verb = self.word(v);
        let verbish = !is_capitalized(verb) && (verb.ends_with("ed") || verb.ends_with('s')) && verb.len() > 3;
        // "he wondered aloud", "she added later": one adverb may follow the verb.
        let mut e = v + 1;
        if e < hi
            && self.is_word(e)
            && (self.word(e).ends_with("ly") || in_table(&["aloud", "later", "back", "out", "up"], self.word(e)))
        {
            e += 1;
        }
        let closes = e >= hi || !self.is_word(e) || in_table(NOT_AFTER_CUE, self.word(e));
        let t = self.tokens[v];
        (verbish && closes).then_some(Attribution { cue: (t.start, t.end), mention: Some(mention), weak: false })
    }

    /// The attribution in the text before a quote, and how many tokens separate its
    /// cue from the quote. A quote opening a clause takes the nearest cue ("X said:
    /// “…”"); words woven into a sentence take its first attributed cue ("He says he
    /// believes his campaign has “the wind at our backs”" is what he says). A colon
    /// after a subject is a cue too ("Trump: “…”", "She then told them again: “…”").
    fn before_attribution(&self, lo_byte: usize, hi_byte: usize, nearest: bool) -> Option<(Attribution, usize)> {
        let (lo, hi) = self.tok_range(lo_byte, hi_byte);
        // Bounded look-back keeps run-on text (no sentence ends) linear.
        let lo = lo.max(hi.saturating_sub(80));
        // Words woven into a clause are that clause's: "When Sanders accused her of …,
        // she said “…”" is hers, "…, which he declared “…”" is his. The clause the
        // quote sits in starts after an opening subordinate clause's comma, or at a
        // comma followed by a subordinator or relative; its own cue is tried first.
        if !nearest {
            let opener_end = if lo < hi && in_table(SUBORDINATORS, self.word(lo)) {
                (lo..hi).find(|&k| self.word(k) == ",").map_or(lo, |k| k + 1)
            } else {
                lo
            };
            const QUANTIFIERS: &[&str] = &["both", "all", "some", "many", "most", "none", "one", "each", "several"];
            let mut clause = opener_end;
            let mut described = None;
            let mut contact = None;
            for k in opener_end..hi.saturating_sub(1) {
                let next = self.word(k + 1);
                if self.word(k) == "," && (in_table(SUBORDINATORS, next) || in_table(&["which", "whom"], next)) {
                    clause = k + 1;
                }
                // "Later in the show, after the interview concluded, Maher stated that
                // the report “…”": a subordinate clause set off by commas is an aside;
                // the main clause after it, when it has a cue of its own, reports the
                // words.
                if self.word(k) == "," && in_table(SUBORDINATORS, next) {
                    let main = (k + 2..hi).find(|&e| self.word(e) == ",");
                    if let Some(e) = main.filter(|&e| self.first_cue(e + 1, hi).is_some()) {
                        clause = e + 1;
                    }
                }
                // "…, both of which Mrs. Ruiz praised as “…”", "…, many of whom told
                // reporters “…”": a quantified relative opens a clause too.
                if self.word(k) == ","
                    && in_table(QUANTIFIERS, next)
                    && k + 3 < hi
                    && self.word(k + 2) == "of"
                    && in_table(&["which", "whom"], self.word(k + 3))
                {
                    clause = k + 1;
                }
                // "Stevens says, but she cautions that she sees “…”", "Trump, who he
                // blasted as a “bully”": a coordinated clause or an object relative
                // with a pronoun subject of its own starts the quote's clause too.
                let pronoun_next = k + 2 < hi && in_table(PRONOUNS, self.word(k + 2));
                if matches!(self.word(k), "," | "—") && in_table(&["but", "and", "who", "which"], next) && pronoun_next
                {
                    clause = k + 1;
                }
                // "The city has been warning that …, and Mayor Ellen Ruiz said the
                // “emergency transfers” …": a clause coordinated after a comma with
                // a person as its subject is the quote's clause.
                let person_next = k + 2 < hi
                    && self
                        .names
                        .run_at_token(k + 2)
                        .is_some_and(|r| r.first == k + 2 && !r.possessive && self.subject_kind(r) == Some(true));
                if self.word(k) == "," && in_table(&["but", "and"], next) && person_next {
                    clause = k + 1;
                }
                // "Manafort has the right calling card: He protected Ford's delegates in
                // what Bay Buchanan called “…”": a colon before a capital opens a clause
                // of its own, as a sentence would.
                if self.word(k) == ":" && is_capitalized(next) && self.is_word(k + 1) {
                    clause = k + 1;
                }
                // "… said it was great to be home, and a man yelled “Stay there!”": a
                // clause after a comma whose determiner-led subject has a cue of its own.
                let d = if in_table(&["but", "and"], next) { k + 2 } else { k + 1 };
                if self.word(k) == "," && d < hi && in_table(&["a", "an", "the", "one", "another"], self.word(d)) {
                    described = Some((k + 1, d));
                }
                // "…, an honor Hale said he hoped would be “…”", "… — even the ones the
                // county now says are “…”": a noun phrase set off by a comma or dash and
                // followed by a clause without "that" whose own subject names a speaker.
                let e = if next == "even" { k + 2 } else { k + 1 };
                if matches!(self.word(k), "," | "—" | "–")
                    && e < hi
                    && in_table(&["a", "an", "the", "one", "another"], self.word(e))
                {
                    contact = Some((k + 1, e));
                }
            }
            if let Some((from, d)) = described.filter(|&(from, _)| from > clause) {
                let found = self.first_cue(from, hi).filter(|(a, _)| {
                    let (c, n) = self.tok_range(a.cue.0, a.cue.1);
                    let finite = self.cue_at(c, n.max(c + 1)).is_some_and(|(_, f)| f == CueForm::Finite);
                    finite && a.mention.is_some_and(|m| m.0 == self.tokens[d].start)
                });
                if found.is_some() {
                    return found;
                }
            }
            if let Some((from, d)) = contact.filter(|&(from, _)| from > clause) {
                let found = self.first_cue(from, hi).filter(|(a, _)| {
                    let (c, n) = self.tok_range(a.cue.0, a.cue.1);
                    let finite = self.cue_at(c, n.max(c + 1)).is_some_and(|(_, f)| f == CueForm::Finite);
                    let inner = a.mention.is_some_and(|m| {
                        let (mt, _) = self.tok_range(m.0, m.1);
                        matches!(m.2, MentionKind::Name | MentionKind::Pronoun)
                            && mt > d + 1
                            && mt < c
                            && (d..c).all(|x| self.is_word(x) || is_apostrophe_token(self.word(x)))
                    });
                    // The clause runs on to the words: an aside closed before them ("the
                    // plan, the one Hale described on Tuesday, is “…”") is not their clause.
                    let runs_on = (n..hi).all(|x| self.is_word(x) || is_apostrophe_token(self.word(x)));
                    finite && inner && runs_on
                });
                if found.is_some() {
                    return found;
                }
            }
            if clause > lo {
                if let Some(found) = self.first_cue(clause, hi) {
                    return Some(found);
                }
            }
            // "He sincerely believes, he said, that “…”": a parenthetical attribution
            // set off by commas reports the clause around it; its speaker is the source.
            if let Some(found) = self.parenthetical_cue(lo, hi) {
                return Some(found);
            }
            // "… a class called “Perception” on his Facebook page, writing “…”": a cue
            // before a title quoted in the frame names the title; a cue after it
            // introduces this quote, and its subject is sought in the whole frame. A
            // descriptor found so far back is too uncertain to override the first cue.
            if let Some(t) = (lo..hi).rev().find(|&k| self.is_quoted(self.tokens[k].start)) {
                let mut i = t + 1;
                while i < hi {
                    let Some((n, form)) = self.cue_at(i, hi) else {
                        i += 1;
                        continue;
                    };
                    let a = self.attribute(lo, hi, i, n, form, Side::Before);
                    if a.mention.is_some_and(|m| m.2 != MentionKind::Descriptor) {
                        return Some((a, hi - (i + n)));
                    }
                    i += n;
                }
            }
        }
        let mut chosen: Option<(Attribution, usize)> = None;
        let mut i = lo;
        while i < hi {
            if let Some((n, form)) = self.cue_at(i, hi) {
                let a = self.attribute(lo, hi, i, n, form, Side::Before);
                if a.mention.is_some() {
                    if let Some(outer) = chosen.as_ref().filter(|(o, _)| self.reports_clause_of(o, &a)) {
                        // "The senator said he rarely asks surrogates …, “except …”":
                        // the pronoun's clause is what the senator said; the quote is
                        // his, given to the outer mention, as annotators mark it.
                        chosen = Some((outer.0.clone(), hi - (i + n)));
                        i += n;
                        continue;
                    }
                    chosen = Some((a, hi - (i + n)));
                    if !nearest {
                        // "Axelrod tweeted after Clinton argued that “…”": words woven
                        // into an adverbial clause are that clause's speaker's.
                        if let Some(inner) = self.adverbial_cue(i + n, hi).or_else(|| self.absolute_cue(i + n, hi)) {
                            chosen = Some(inner);
                        }
                        break;
                    }
                }
                i += n;
            } else {
                i += 1;
            }
        }
        // "When Trump suggested …, Rubio fired back forcefully: “…”": a cue inside an
        // opening subordinate clause is not the main clause's, whose subject
        // introduces the quote after the clause's comma.
        if nearest && chosen.is_some() && hi > lo + 2 && in_table(SUBORDINATORS, self.word(lo)) {
            let comma = (lo..hi).find(|&k| self.word(k) == ",");
            let cue_tok = chosen.as_ref().map(|(a, _)| self.tok_range(a.cue.0, a.cue.1).0);
            if let (Some(k), Some(c)) = (comma, cue_tok) {
                if c < k && k + 2 < hi && matches!(self.word(hi - 1), ":" | ",") {
                    if let Some(main) = self.before_attribution(self.tokens[k + 1].start, hi_byte, true) {
                        return Some(main);
                    }
                }
            }
        }
        // "Polls did predict the caucus - Ann Selzer: “…”": a heading line that ends in a
        // dash, a name and a colon credits the name; a cue in the heading ("predict")
        // is what the heading reports, not the quote's speaker.
        if let Some((a, _)) = chosen.as_ref().filter(|_| hi >= lo + 3 && self.word(hi - 1) == ":") {
            let cue_tok = self.tok_range(a.cue.0, a.cue.1).0;
            let run = self.names.run_at_token(hi - 2).filter(|r| {
                r.first > cue_tok + 1 && r.last == hi - 1 && matches!(self.word(r.first - 1), "-" | "—" | "–")
            });
            if let Some(run) = run {
                let colon = self.tokens[hi - 1];
                let m = (run.start, run.end, MentionKind::Name);
                let a = Attribution { cue: (colon.start, colon.end), mention: Some(m), weak: true };
                return Some((a, 0));
            }
        }
        if chosen.is_some() {
            return chosen;
        }
        if hi >= lo + 2 && self.word(hi - 1) == ":" {
            let colon = self.tokens[hi - 1];
            // Headlines have their own shorthand (see `headline_attribution`).
            if colon.start < self.headline_end {
                return self.headline_attribution(hi_byte).map(|a| (a, 0));
            }
            // "told the Dutch newspaper NRC Handelsblad:", "in Italian:": a name after a
            // preposition is the hearer or the medium, not the speaker.
            let object = |r: &Run| self.after_preposition(lo, r.first);
            // The name right before the colon speaks when it opens its clause ("Trump:",
            // "In Iowa, Sen. Ted Cruz:"); after a verb it is an object ("quoting
            // Leonardo da Vinci in Italian:", "to the Dutch newspaper NRC Handelsblad:")
            // and the clause's subject speaks.
            let opens = |r: &Run| r.first == lo || matches!(self.word(r.first - 1), "," | "—" | "-" | "(");
            if let Some(m) = self.words_owner(lo, hi).or_else(|| self.subject_before_woven(lo_byte, lo, hi - 1)) {
                let a = Attribution { cue: (colon.start, colon.end), mention: Some(m), weak: true };
                return Some((a, 0));
            }
            let subject = match self.names.run_at_token(hi - 2).filter(|r| !object(r) && opens(r)) {
                Some(run) => Some(self.listed_person(lo, run).unwrap_or((run.start, run.end, MentionKind::Name))),
                None => self
                    .source_after_from(lo, hi - 1)
                    .or_else(|| self.absolute_subject(lo, hi - 1))
                    .or_else(|| self.main_subject(lo, hi - 1))
                    .or_else(|| self.colon_phrase(lo, hi - 1)),
            };
            if let Some(m) = subject {
                let a = Attribution { cue: (colon.start, colon.end), mention: Some(m), weak: true };
                return Some((a, 0));
            }
        }
        None
    }

    /// The subject of a sentence whose colon clause (tokens `lo..colon`, starting at
    /// byte `lo_byte`) goes on after words woven into it, with no subject of its own:
    /// "Ruiz said the plan was a “costly mistake” and that the city has learned its
    /// lesson: “…”", "The mayor, a former host of “City Desk,” named a local diner as
    /// her favourite: “…”". The clause opens right after the earlier quote's mark with
    /// "that" (after an optional "and"/"but") or a past-tense verb; its own subject
    /// ("the city") is what is reported, a name in it ("a local diner") an object. The
    /// speaker is the subject before the earlier quote, in the same sentence.
    fn subject_before_woven(&self, lo_byte: usize, lo: usize, colon: usize) -> Option<(usize, usize, MentionKind)> {
        let k = if in_table(&["and", "but"], self.word(lo)) { lo + 1 } else { lo };
        if k >= colon || !self.is_word(k) {
            return None;
        }
        let w = self.word(k);
        let verb = w.ends_with("ed") && !is_capitalized(w) && !in_table(DETERMINERS, w) && !in_table(PRONOUNS, w);
        if !(w == "that" || verb) {
            return None;
        }
        let i = self.regions.partition_point(|r| r.close.1 <= lo_byte);
        let prev = self.regions[..i].last()?;
        let gap = self.text.get(prev.close.1..lo_byte)?;
        let seg = self.segment(lo_byte).0;
        if !gap.trim_matches(|c: char| c.is_whitespace() || c == ',').is_empty() || prev.open.0 < seg {
            return None;
        }
        let (s_lo, s_hi) = self.tok_range(seg, prev.open.0);
        self.main_subject(s_lo, s_hi)
    }

    /// The person a verbless "name, particulars:" line introduces: "Angela Ruiz, 38,
    /// nurse, Ames: “…”", "Jim Carter, retired farmer, Boone, Iowa: “…”". Vox-pops
    /// and reader panels list each voice so; the name right before the colon (`last`)
    /// is then the town, and the person opening the line is the speaker, as the
    /// subject opening a sentence is ("Sanders, 74, told a crowd in Ames, Iowa:"). Only
    /// when the line opens (token `lo`) with a person's name and a comma or a
    /// parenthesis, and `last` is not itself a person.
    fn listed_person(&self, lo: usize, last: &Run) -> Option<(usize, usize, MentionKind)> {
        // "• Angela Ruiz, 38, Ames: “…”": a bullet opens the line.
        let bullet = self.text[self.tokens[lo].start..].starts_with(BULLETS);
        let lo = if bullet { lo + 1 } else { lo };
        if lo >= last.first {
            return None;
        }
        let run = self.names.run_at_token(lo).filter(|r| r.first == lo && !r.possessive && r.first != last.first)?;
        let next = self.text.get(run.end..)?.trim_start_matches(' ').chars().next();
        if !matches!(next, Some(',' | '(')) || !(bullet || self.opens_sentence(lo)) {
            return None;
        }
        (self.subject_kind(run) == Some(true) && self.subject_kind(last) != Some(true)).then_some((
            run.start,
            run.end,
            MentionKind::Name,
        ))
    }

    /// The noun phrase between ", with" and the participle at token `c` (tokens after
    /// `lo`): "with one of her ads asking", "with her campaign manager telling
    /// reporters". It opens with a determiner, a possessive or a quantifier and holds
    /// at most five plain words ("of" allowed: "one of her ads").
    fn absolute_descriptor(&self, lo: usize, c: usize) -> Option<(usize, usize, MentionKind)> {
        const OPENERS: &[&str] = &["a", "an", "the", "one", "some", "many", "his", "her", "their", "its", "our"];
        let w = (lo.max(c.saturating_sub(7))..c).rev().find(|&k| self.word(k) == "with")?;
        let (first, last) = (w + 1, c.checked_sub(1)?);
        let plain = |k: usize| {
            let x = self.word(k);
            x == "of" || (self.is_word(k) && !in_table(CLAUSE_STOPS, x) && !in_table(PREPOSITIONS, x))
        };
        let ok = w > lo
            && self.word(w - 1) == ","
            && first < last
            && in_table(OPENERS, self.word(first))
            && (first + 1..=last).all(plain)
            && !in_table(DETERMINERS, self.word(last));
        ok.then(|| (self.tokens[first].start, self.tokens[last].end, MentionKind::Descriptor))
    }

    /// The written medium right before the participle cue at token `c` ("a sign
    /// saying", "the newspaper’s editorial telling"; `MEDIA`), with its determiner or
    /// possessive opener when one stands within a few words (after token `lo`).
    fn medium_before(&self, lo: usize, c: usize) -> Option<(usize, usize, MentionKind)> {
        const MEDIA: &[&str] = &[
            "sign",
            "signs",
            "placard",
            "placards",
            "banner",
            "banners",
            "poster",
            "posters",
            "editorial",
            "editorials",
            "headline",
            "headlines",
            "t-shirt",
            "t-shirts",
            "sticker",
            "stickers",
        ];
        const OPENERS: &[&str] = &["a", "an", "the", "one", "his", "her", "their", "its", "our"];
        let last = c.checked_sub(1).filter(|&k| k >= lo && in_table(MEDIA, self.word(k)))?;
        let mut first = last;
        for k in (lo.max(last.saturating_sub(5))..last).rev() {
            let x = self.word(k);
            if in_table(OPENERS, x) {
                first = k;
                break;
            }
            let possessive = matches!(x, "'s" | "’s" | "'" | "’");
            if !possessive && (!self.is_word(k) || in_table(CLAUSE_STOPS, x) || in_table(PREPOSITIONS, x)) {
                break;
            }
        }
        Some((self.tokens[first].start, self.tokens[last].end, MentionKind::Descriptor))
    }

    /// The attribution of a cue inside an adverbial clause in tokens `from..hi`
    /// ("after Clinton argued …", "when she told …"), with the tokens after it: the
    /// clause has its own subject, and words quoted at its end are that subject's.
    fn adverbial_cue(&self, from: usize, hi: usize) -> Option<(Attribution, usize)> {
        const ADVERBIAL: &[&str] = &["after", "when", "because", "while", "before", "since", "although", "though"];
        let k = (from..hi).find(|&k| in_table(ADVERBIAL, self.word(k)))?;
        // A finite cue with a named or pronoun subject inside the clause: "after
        // having slammed", "after …, saying" hang on the main clause instead.
        self.cue_with_own_subject(k, hi, CueForm::Finite)
    }

    /// The attribution of a participle cue in an absolute phrase in tokens `from..hi`
    /// (", with Sen. Ellen Ruiz telling reporters …"), with the tokens after it: the
    /// phrase names its own speaker, and words quoted at its end are that speaker's.
    fn absolute_cue(&self, from: usize, hi: usize) -> Option<(Attribution, usize)> {
        let k = (from.max(1)..hi).find(|&k| self.word(k) == "with" && self.word(k - 1) == ",")?;
        self.cue_with_own_subject(k, hi, CueForm::Participle)
    }

    /// The first cue after the opener at token `opener` (up to `hi`), with the tokens
    /// after it, when the cue has the given form and a named or pronoun subject after
    /// the opener: the clause or phrase the opener starts names its own speaker.
    fn cue_with_own_subject(&self, opener: usize, hi: usize, form: CueForm) -> Option<(Attribution, usize)> {
        let (a, gap) = self.first_cue(opener + 1, hi)?;
        let (c, n) = self.tok_range(a.cue.0, a.cue.1);
        let formed = self.cue_at(c, n.max(c + 1)).is_some_and(|(_, f)| f == form);
        let subject = a.mention.is_some_and(|m| {
            m.0 >= self.tokens[opener + 1].start && matches!(m.2, MentionKind::Name | MentionKind::Pronoun)
        });
        (formed && subject).then_some((a, gap))
    }

    /// A speech noun owned by a possessive, whose "that" complement the quote in bytes
    /// `lo_byte..open` completes: "her March comment that, “…”", "his warning that
    /// Britain would go to the “back of the queue”", "Donald Trump’s claim that Obama
    /// “founded ISIS”". The owner is the source annotators mark; the noun stands as
    /// the cue. Only the noun's own complement counts: after "that", no comma, cue or
    /// second clause before the quote; a bare noun before a quote is its topic.
    fn speech_noun_owner(&self, lo_byte: usize, open: usize) -> Option<Attribution> {
        const SPEECH_NOUNS: &[&str] = &[
            "comment",
            "comments",
            "remark",
            "remarks",
            "statement",
            "claim",
            "claims",
            "warning",
            "assertion",
            "insistence",
            "promise",
            "pledge",
            "vow",
            "prediction",
            "suggestion",
            "contention",
            "declaration",
            "charge",
            "accusation",
            "boast",
            "complaint",
            "argument",
            "quip",
            "retort",
        ];
        let (lo, hi) = self.tok_range(lo_byte, open);
        let from = lo.max(hi.saturating_sub(14));
        let noun = (from..hi).rev().find(|&k| in_table(SPEECH_NOUNS, self.word(k)))?;
        // The complement: nothing, or "that" and a clause with no comma or cue.
        // A bare noun before the quote is its topic, not its source ("calling Trump’s
        // charge “pathetic”").
        // "her assertion during the debate that “…”": a short prepositional phrase
        // may stand between the noun and its "that".
        // "his comment Monday that “…”": so may a weekday saying when.
        let that = if noun + 2 < hi && is_day_or_month(self.word(noun + 1)) {
            noun + 2
        } else if noun + 1 < hi && (in_table(PREPOSITIONS, self.word(noun + 1)) || self.word(noun + 1) == "during") {
            (noun + 2..hi.min(noun + 7))
                .take_while(|&k| self.is_word(k) && !in_table(CLAUSE_STOPS, self.word(k)) || self.word(k) == "that")
                .find(|&k| self.word(k).eq_ignore_ascii_case("that"))
                .unwrap_or(noun + 1)
        } else {
            noun + 1
        };
        let clause = hi > that
            && hi <= that + 9
            && self.word(that).eq_ignore_ascii_case("that")
            && (that + 1..hi).all(|k| self.word(k) != "," && self.cue_at(k, hi).is_none())
            || (hi == noun + 3 && self.word(noun + 1).eq_ignore_ascii_case("that") && self.word(noun + 2) == ",");
        if !clause {
            return None;
        }
        self.noun_owner(from, noun)
    }

    /// The owner of the speech noun at token `noun` as its attribution (the noun
    /// stands as the cue): "his", "her" or a person's possessive name right before
    /// it, one or two modifiers between ("her March comment", "Sanders’ fundraising
    /// email"), not before token `from`.
    fn noun_owner(&self, from: usize, noun: usize) -> Option<Attribution> {
        let t = self.tokens[noun];
        for k in (from.max(noun.saturating_sub(3))..noun).rev() {
            let w = self.word(k);
            if in_table(&["his", "her"], w) {
                let m = (self.tokens[k].start, self.tokens[k].end, MentionKind::Pronoun);
                return Some(Attribution { cue: (t.start, t.end), mention: Some(m), weak: true });
            }
            if let Some(run) = self.names.run_at_token(k).filter(|r| r.possessive && r.last == k + 1) {
                if self.is_person(run.start, run.end) {
                    let m = (run.start, run.end, MentionKind::Name);
                    return Some(Attribution { cue: (t.start, t.end), mention: Some(m), weak: true });
                }
                return None;
            }
            if !self.is_word(k) || in_table(CLAUSE_STOPS, w) || in_table(DETERMINERS, w) {
                return None;
            }
        }
        None
    }

    /// The agent of a passive verb of naming or viewing whose "as" introduces the
    /// woven words at byte `open`: "an option seen by organizers as a “lifeboat”",
    /// "what came to be known by some Republicans as a “hug”" — the words are the
    /// agent's, not the sentence subject's. The participle ("-ed", "-en", "-wn")
    /// stands right before "by", the agent (at most six words, no comma)
    /// between "by" and "as", and only an article between "as" and the mark. The
    /// participle stands as the cue.
    fn passive_agent(&self, lo_byte: usize, open: usize) -> Option<Attribution> {
        let (lo, mut k) = self.tok_range(lo_byte, open);
        if k > lo && in_table(&["a", "an", "the"], self.word(k - 1)) {
            k -= 1;
        }
        let as_at = k.checked_sub(1).filter(|&a| a > lo && self.word(a) == "as")?;
        let by =
            (as_at.saturating_sub(7).max(lo + 1)..as_at.saturating_sub(1)).rev().find(|&b| self.word(b) == "by")?;
        let participle = self.word(by - 1);
        let passive = !is_capitalized(participle)
            && participle.len() > 3
            && ["ed", "en", "wn"].iter().any(|e| participle.ends_with(e));
        if !passive || (by + 1..as_at).any(|j| !self.is_word(j)) {
            return None;
        }
        let (start, end) = (self.tokens[by + 1].start, self.tokens[as_at - 1].end);
        let kind = match self.names.run_at_token(by + 1) {
            Some(r) if r.first == by + 1 && r.end == end && !r.possessive => MentionKind::Name,
            _ => MentionKind::Descriptor,
        };
        let t = self.tokens[by - 1];
        Some(Attribution { cue: (t.start, t.end), mention: Some((start, end, kind)), weak: true })
    }

    /// The crowd whose chant a woven quote at byte `open` gives: words right after
    /// "chant", "chants of" or "chanting" ("At one point the crowd loudly took up
    /// the chant “Lock her up!”", "Mr. Christie roused the crowd to chants of
    /// “…”", "About 50 protesters had gathered outside, chanting “…”") are the
    /// chanters', not the sentence subject's: the nearest group noun before the
    /// chant word in its sentence (a crowd, protesters, supporters …), with the
    /// words that modify it ("the crowd", "50 protesters"). The chant word stands
    /// as the cue.
    fn chanters(&self, lo_byte: usize, open: usize) -> Option<Attribution> {
        const CHANTS: &[&str] = &["chant", "chants", "chanting", "chanted"];
        const GROUPS: &[&str] = &[
            "crowd",
            "crowds",
            "audience",
            "protesters",
            "protestors",
            "demonstrators",
            "supporters",
            "fans",
            "delegates",
            "marchers",
            "attendees",
            "students",
            "spectators",
            "onlookers",
            "activists",
            "backers",
            "followers",
        ];
        let (lo, hi) = self.tok_range(lo_byte, open);
        let chant = (lo.max(hi.saturating_sub(3))..hi).rev().find(|&k| in_table(CHANTS, self.word(k)))?;
        let head = (lo.max(chant.saturating_sub(25))..chant)
            .rev()
            .find(|&k| in_table(GROUPS, self.word(k)) && !self.is_quoted(self.tokens[k].start))?;
        // The modifiers before the head: determiners, possessives, numbers and
        // lowercase adjectives, not a verb ("roused the crowd") or a preposition.
        let mut first = head;
        let number =
            |w: &str| w.starts_with(|c: char| c.is_ascii_digit()) && w.chars().all(|c| c.is_ascii_digit() || c == ',');
        while first > lo && head - first < 3 && (self.is_word(first - 1) || number(self.word(first - 1))) {
            let w = self.word(first - 1);
            let modifier = in_table(DETERMINERS, w)
                || number(w)
                || (self.is_word(first - 1)
                    && !is_capitalized(w)
                    && !w.ends_with("ed")
                    && !in_table(PREPOSITIONS, w)
                    && !in_table(CLAUSE_STOPS, w)
                    && !in_table(DETERMINERS, self.word(first)));
            if !modifier {
                break;
            }
            first -= 1;
            if in_table(DETERMINERS, w) {
                break;
            }
        }
        let t = self.tokens[chant];
        let m = (self.tokens[first].start, self.tokens[head].end, MentionKind::Descriptor);
        Some(Attribution { cue: (t.start, t.end), mention: Some(m), weak: true })
    }

    /// The owner of a speech noun whose infinitive or "for" complement the woven
    /// quote at byte `open` completes, in a sentence with no cue before it: "Trump's
    /// past statements, including his promise to be “neutral” in negotiations, …",
    /// "his call for “a total and complete ban” on …". The owner ([`Self::noun_owner`])
    /// is the source annotators mark. The noun stands within nine tokens of the
    /// quote, with words only (no comma or other mark) between.
    fn pledge_owner(&self, lo_byte: usize, open: usize) -> Option<Attribution> {
        const NOUNS: &[&str] = &["call", "calls", "promise", "pledge", "vow", "demand", "appeal", "plea", "threat"];
        let (lo, hi) = self.tok_range(lo_byte, open);
        let from = lo.max(hi.saturating_sub(9));
        let noun = (from..hi).rev().find(|&k| in_table(NOUNS, self.word(k)))?;
        let link = self.word(noun + 1);
        if noun + 1 >= hi || !(link == "to" || link == "for") || (noun + 2..hi).any(|k| !self.is_word(k)) {
            return None;
        }
        self.noun_owner(lo, noun)
    }

    /// Whether the words from byte `lo_byte` to a quote opening at byte `open` end on
    /// a cue word (any form) and a comma or colon: "and asking, “…”", "and added:
    /// “…”" — a cue with its subject out of reach, before an earlier quote.
    fn cue_right_before(&self, lo_byte: usize, open: usize) -> bool {
        let (lo, hi) = self.tok_range(lo_byte, open);
        hi >= lo + 2 && matches!(self.word(hi - 1), "," | ":") && self.cue_at(hi - 2, hi - 1).is_some()
    }

    /// The report, document or organisation whose finding, citation, list or request
    /// the woven quote at byte `open` is the object of: "A 2014 House committee report
    /// found “no evidence that …”", "On its website, the FBI lists “public corruption
    /// as …”", "The nonprofit is seeking “groundbreaking ideas” for …". The verb (one of
    /// a short list, auxiliaries and adverbs allowed before it) stands right before the
    /// mark; its subject is a noun phrase opening the clause (the sentence, or after a
    /// comma) with a determiner, at most six words, whose head is a document or
    /// organisation noun or an acronym ("the FBI"). A person subject is the general
    /// woven rule's; an organisation opening the sentence with any verb is no source.
    /// The verb stands as the cue.
    fn document_subject(&self, lo_byte: usize, open: usize) -> Option<Attribution> {
        const VERBS: &[&str] = &[
            "found",
            "finds",
            "cited",
            "cites",
            "lists",
            "listed",
            "concluded",
            "concludes",
            "seeks",
            "sought",
            "seeking",
            "recommended",
            "recommends",
        ];
        const NOUNS: &[&str] = &[
            "report",
            "study",
            "survey",
            "audit",
            "review",
            "analysis",
            "memo",
            "document",
            "letter",
            "complaint",
            "lawsuit",
            "ruling",
            "filing",
            "investigation",
            "inquiry",
            "team",
            "committee",
            "panel",
            "commission",
            "agency",
            "department",
            "nonprofit",
            "non-profit",
            "organization",
            "organisation",
            "foundation",
            "institute",
        ];
        let (lo, hi) = self.tok_range(lo_byte, open);
        let verb = hi.checked_sub(1).filter(|&v| v > lo && in_table(VERBS, self.word(v)))?;
        let mut head = verb - 1;
        while head > lo
            && self.is_word(head)
            && (in_table(SKIP_BEFORE_CUE, self.word(head))
                || in_table(BE, self.word(head))
                || is_adverb(self.word(head)))
        {
            head -= 1;
        }
        let w = self.word(head);
        let acronym = (2..=6).contains(&w.len()) && w.chars().all(|c| c.is_ascii_uppercase());
        if !self.is_word(head) || !(in_table(NOUNS, w) || acronym) {
            return None;
        }
        // Back over the modifiers to the determiner: capitalised words, numbers and
        // lowercase words that are no verb, preposition or clause word.
        let mut first = head;
        while first > lo && head - first < 6 && !in_table(DETERMINERS, self.word(first)) {
            let p = self.word(first - 1);
            let number = p.chars().all(|c| c.is_ascii_digit());
            let modifier = number
                || (self.is_word(first - 1)
                    && !in_table(PREPOSITIONS, p)
                    && !in_table(CLAUSE_STOPS, p)
                    && (is_capitalized(p) || !(p.ends_with("ed") || p.ends_with("ing"))));
            if !modifier {
                break;
            }
            first -= 1;
        }
        let opens_clause = first == lo || self.word(first - 1) == ",";
        if !in_table(&["a", "an", "the", "its", "their"], self.word(first)) || !opens_clause {
            return None;
        }
        let t = self.tokens[verb];
        let m = (self.tokens[first].start, self.tokens[head].end, MentionKind::Descriptor);
        Some(Attribution { cue: (t.start, t.end), mention: Some(m), weak: true })
    }

    /// Whether attribution `inner` sits in the clause `outer` reports: a person
    /// pronoun subject right after `outer`'s finite cue, or after its "that" or its
    /// hearer ("said he rarely asks", "told NPR that he believes"). The pronoun stands
    /// for `outer`'s speaker, and what follows is `outer`'s report.
    fn reports_clause_of(&self, outer: &Attribution, inner: &Attribution) -> bool {
        let Some((ms, me, MentionKind::Pronoun)) = inner.mention else { return false };
        if outer.weak || !in_table(PERSON_PRONOUNS, &self.text[ms..me]) || outer.mention.is_none() {
            return false;
        }
        let (_, after_cue) = self.tok_range(outer.cue.0, outer.cue.1);
        let (m, _) = self.tok_range(ms, me);
        if m < after_cue || m > after_cue + 6 {
            return false;
        }
        let outer_word = self.word(after_cue - 1).to_lowercase();
        let plain = CUES.iter().any(|&(c, f)| f == CueForm::Finite && c.ends_with(outer_word.as_str()));
        // Right after the cue, or after its "that", with nothing but a hearer between.
        let gap_ok =
            (after_cue..m).all(|k| self.is_word(k) && !in_table(CLAUSE_STOPS, self.word(k)) || self.word(k) == "that");
        plain && gap_ok && (m == after_cue || self.word(m - 1) == "that")
    }

    /// The subject of an absolute phrase ending at token `end` (exclusive) in a
    /// participle: "… kicked a protester, with Trump reportedly yelling:" — the name
    /// right before the participle (adverbs between) does the speaking, not the
    /// clause's subject.
    fn absolute_subject(&self, lo: usize, end: usize) -> Option<(usize, usize, MentionKind)> {
        let p = end.checked_sub(1).filter(|&p| p > lo)?;
        let ing = self.word(p);
        if !self.is_word(p) || is_capitalized(ing) || !ing.ends_with("ing") || ing.len() <= 5 {
            return None;
        }
        let mut k = p;
        while k > lo + 1 && self.is_word(k - 1) && is_adverb(self.word(k - 1)) {
            k -= 1;
        }
        let run = self.names.run_at_token(k - 1).filter(|r| r.last == k && !r.possessive)?;
        // "with Trump yelling", "— Ryan saying": the phrase opens after "with" or a dash.
        let opener = run.first.checked_sub(1).map(|i| self.word(i))?;
        (matches!(opener, "with" | "—" | "–" | "-") && self.is_person(run.start, run.end)).then_some((
            run.start,
            run.end,
            MentionKind::Name,
        ))
    }

    /// The source of a bare "From the report:", "More from the report:", "From Bush's
    /// Facebook post:" (tokens `lo..colon`): the phrase after "from".
    fn source_after_from(&self, lo: usize, colon: usize) -> Option<(usize, usize, MentionKind)> {
        let f = (lo..colon.min(lo + 2)).find(|&k| self.word(k).eq_ignore_ascii_case("from"))?;
        if colon - f > 6 || !(f == lo || self.word(lo).eq_ignore_ascii_case("more")) {
            return None;
        }
        let np = (f + 1..colon)
            .all(|k| (self.is_word(k) || is_apostrophe_token(self.word(k))) && !in_table(CLAUSE_STOPS, self.word(k)));
        (np && f + 1 < colon).then(|| (self.tokens[f + 1].start, self.tokens[colon - 1].end, MentionKind::Descriptor))
    }

    /// The subject of a clause ending in a colon that names no person: "the Illinois
    /// Board of Elections was conclusive in its findings:", "A footnote in the report
    /// makes that clear:" — the noun phrase opening the clause (after an opening
    /// subordinate or prepositional phrase and its comma).
    fn colon_phrase(&self, lo: usize, colon: usize) -> Option<(usize, usize, MentionKind)> {
        if lo >= colon {
            return None;
        }
        let opener = in_table(SUBORDINATORS, self.word(lo)) || in_table(PREPOSITIONS, self.word(lo));
        let start = if opener { (lo..colon).find(|&k| self.word(k) == ",")? + 1 } else { lo };
        // The phrase opens with a determiner ("the Illinois Board …", "A footnote …").
        if start >= colon || !in_table(DETERMINERS, self.word(start)) {
            return None;
        }
        self.opening_phrase(start, colon)
    }

    /// 'Silverman interjected, “…”': speech verbs are an open class before a quote
    /// too. A past-tense verb right before the comma or colon that opens the quote,
    /// with a subject before it, is an attribution even when no table lists it.
    fn verb_before(&self, lo_byte: usize, hi_byte: usize) -> Option<Attribution> {
        let (lo, hi) = self.tok_range(lo_byte, hi_byte);
        if hi < lo + 3 || !matches!(self.word(hi - 1), "," | ":") {
            return None;
        }
        let v = hi - 2;
        let verb = self.word(v);
        // Naming verbs introduce a name, not speech ("a book titled, “…”").
        // "… by interjecting, “…”", "chiding him, “…”": an unlisted participle (or a
        // participle and a pronoun object) before the comma hangs on its clause.
        const NOT_SPEECH: &[&str] = &[
            "including",
            "following",
            "regarding",
            "concerning",
            "during",
            "excluding",
            "featuring",
            "reading",
            "titling",
            "naming",
            "bearing",
            "wearing",
            "holding",
            "carrying",
        ];
        let object = |k: usize| in_table(&["him", "her", "them", "us", "me"], self.word(k));
        let p = if v > lo && object(v) { v - 1 } else { v };
        let ing = self.word(p);
        if self.is_word(p)
            && !is_capitalized(ing)
            && ing.ends_with("ing")
            && ing.len() > 5
            && !in_table(NOT_SPEECH, ing)
        {
            let mention = self.participle_subject(lo, p)?;
            let t = self.tokens[p];
            return Some(Attribution { cue: (t.start, t.end), mention: Some(mention), weak: true });
        }
        if !self.is_word(v)
            || is_capitalized(verb)
            || !verb.ends_with("ed")
            || verb.len() <= 4
            || in_table(NAMING_VERBS, verb)
        {
            return None;
        }
        // "Blumenthal was asked, “…”": a passive verb's subject is the hearer.
        if v > lo && in_table(BE, self.word(v - 1)) {
            return None;
        }
        let mention = self.subject_before(lo, v).or_else(|| self.coordinated_subject(lo, v))?;
        let t = self.tokens[v];
        Some(Attribution { cue: (t.start, t.end), mention: Some(mention), weak: true })
    }

    /// Whether the verb at token `c` follows a conjunction, adverbs allowed between
    /// ("and called", "and later said").
    fn coordinated(&self, lo: usize, c: usize) -> bool {
        let adverb = |w: &str| w.ends_with("ly") || in_table(&["later", "then", "also", "again"], w);
        let mut k = c;
        while k > lo + 1 && self.is_word(k - 1) && adverb(self.word(k - 1)) {
            k -= 1;
        }
        k > lo && in_table(&["and", "but", "then", "to"], self.word(k - 1))
    }

    /// The object that speaks an infinitive cue at token `c`: "the wins that led her
    /// to declare that the race was “…”", "the jab prompted Rubio to make a joke and
    /// call Trump “…”" — a pronoun or name right after a verb and before "to" is the
    /// infinitive's subject, not the clause's ([`Self::object_before_to`], a
    /// person's name or a pronoun only). The cue follows "to" or, in its
    /// bare form, "and" within the same comma-free stretch. Not after a preposition
    /// ("he turned to her to say": his words).
    fn infinitive_object(&self, lo: usize, c: usize) -> Option<(usize, usize, MentionKind)> {
        let cue = self.word(c);
        let bare = !cue.ends_with("ed") && !cue.ends_with('s') && !in_table(&["said", "told", "wrote"], cue);
        let to = if c > lo && self.word(c - 1) == "to" {
            c - 1
        } else if bare && c > lo && in_table(&["and", "or"], self.word(c - 1)) {
            (lo.max(c.saturating_sub(12))..c - 1)
                .rev()
                .take_while(|&k| self.is_word(k) && !in_table(&["that", "who", "which"], self.word(k)))
                .find(|&k| self.word(k) == "to")?
        } else {
            return None;
        };
        self.object_before_to(lo, to).filter(|&(s, e, kind)| match kind {
            MentionKind::Pronoun => true,
            MentionKind::Name => self.is_person(s, e),
            _ => false,
        })
    }

    /// The subject of a verb at token `c` coordinated with an earlier one ("he did say
    /// … and called it", "he brought it up and later said"): the subject of the
    /// clause it joins, the sentence's when no subordinate clause is open.
    fn coordinated_subject(&self, lo: usize, c: usize) -> Option<(usize, usize, MentionKind)> {
        if !self.coordinated(lo, c) {
            return None;
        }
        if let Some(m) = self.infinitive_object(lo, c) {
            return Some(m);
        }
        // A subordinate clause closed by a comma ("When asked …, Ms. Sherry smiled and
        // said") is not the one joined.
        let clause = (lo..c)
            .rev()
            .take_while(|&k| self.word(k) != ",")
            .find(|&k| in_table(SUBORDINATORS, self.word(k)) || self.word(k) == "who");
        // "Prior to Election Day, he laughed and said": the clause after the last comma
        // has its own subject.
        // "…, he looked into the camera, furrowed his brow and said": a verb phrase
        // after a comma goes on with the clause before that comma; a clause of its own
        // between ("…, where Ruiz had spoken, smiled and said") is passed over.
        let after_comma = || {
            let mut end = c;
            loop {
                let k = (lo..end).rev().find(|&k| self.word(k) == ",")?;
                let w = if k + 1 < end { self.word(k + 1) } else { "" };
                let embedded = in_table(SUBORDINATORS, w) || in_table(&["who", "which", "where", "whom", "whose"], w);
                if !embedded {
                    if let Some(m) = self.main_subject(k + 1, c).filter(|m| m.2 != MentionKind::Descriptor) {
                        return Some(m);
                    }
                }
                if !(embedded || w.len() > 4 && w.ends_with("ed") && !is_capitalized(w)) {
                    return None;
                }
                end = k;
            }
        };
        // "The mayor defended the route and said": a descriptor opening the clause
        // after the last comma, when no name or pronoun is found.
        let opening = || {
            let start = (lo..c).rev().find(|&k| self.word(k) == ",").map_or(lo, |k| k + 1);
            clause.is_none().then(|| self.opening_descriptor(self.after_dateline(start, c), c)).flatten()
        };
        clause
            .and_then(|k| self.main_subject(k + 1, c))
            .or_else(after_comma)
            .or_else(|| self.main_subject(lo, c))
            .or_else(opening)
    }

    /// The descriptor opening a clause at token `o` whose verb a cue at token `c` is
    /// coordinated with: "The mayor defended the route and said …", "Some senators
    /// vented about the delay and said …". A determiner opens it, and it runs up to
    /// the clause's verb, a past tense within seven words, with plain words between.
    fn opening_descriptor(&self, o: usize, c: usize) -> Option<(usize, usize, MentionKind)> {
        const OPENERS: &[&str] =
            &["the", "a", "an", "some", "many", "several", "most", "both", "those", "these", "two", "three"];
        if o >= c || !in_table(OPENERS, self.word(o)) {
            return None;
        }
        let v = (o + 2..c.min(o + 8)).find(|&k| {
            let w = self.word(k);
            !is_capitalized(w) && ((w.len() > 4 && w.ends_with("ed")) || in_table(IRREGULAR_PAST, w))
        })?;
        let plain = (o + 1..v).all(|k| {
            let w = self.word(k);
            (self.is_word(k) || is_apostrophe_token(w) || w == "-")
                && !in_table(CLAUSE_STOPS, w)
                && !in_table(PRONOUNS, w)
                && !in_table(PHRASE_VERBS, w)
        });
        plain.then(|| (self.tokens[o].start, self.tokens[v - 1].end, MentionKind::Descriptor))
    }

    /// A parenthetical attribution in tokens `lo..hi`: a comma, a pronoun or a name, a
    /// plain saying verb and a comma (", he said,", ", Ruiz says,"), with no other cue
    /// or clause break between it and the quote, and the tokens after it.
    fn parenthetical_cue(&self, lo: usize, hi: usize) -> Option<(Attribution, usize)> {
        (lo..hi.saturating_sub(3)).find_map(|k| {
            if self.word(k) != "," {
                return None;
            }
            let c = if in_table(PRONOUNS, self.word(k + 1)) && self.word(k + 1) != "it" {
                k + 2
            } else {
                self.names.run_at_token(k + 1).filter(|r| r.first == k + 1 && !r.possessive)?.last
            };
            let plain = c + 1 < hi && in_table(&["said", "says", "added", "adds"], self.word(c));
            if !plain || self.word(c + 1) != "," {
                return None;
            }
            // Only around the quote's own clause: no other cue or clause break after it
            // ("Over the years, she said, …  – although she laughed and admitted “…”").
            if (c + 2..hi).any(|j| matches!(self.word(j), "—" | "–" | "-" | ";") || self.cue_at(j, hi).is_some()) {
                return None;
            }
            let (n, form) = self.cue_at(c, hi)?;
            let a = self.attribute(lo, hi, c, n, form, Side::Before);
            a.mention.is_some().then(|| (a, hi - (c + n)))
        })
    }

    /// The first cue in tokens `lo..hi` with a speaker, and the tokens after it.
    fn first_cue(&self, lo: usize, hi: usize) -> Option<(Attribution, usize)> {
        let mut i = lo;
        while i < hi {
            if let Some((n, form)) = self.cue_at(i, hi) {
                let a = self.attribute(lo, hi, i, n, form, Side::Before);
                if a.mention.is_some() {
                    return Some((a, hi - (i + n)));
                }
                i += n;
            } else {
                i += 1;
            }
        }
        None
    }

    /// Pass 2–4: quoted regions to direct and partial quotes.
    fn direct_quotes(&self) -> Vec<Quote> {
        let mut cands: Vec<Candidate> = Vec::with_capacity(self.regions.len());
        for (ri, r) in self.regions.iter().enumerate() {
            let mut pieces: Vec<(usize, usize)> =
                r.pieces.iter().map(|&(a, b)| trim_span(self.text, a, b)).filter(|&(a, b)| b > a).collect();
            if pieces.is_empty() {
                if EXPLAIN {
                    self.dropped.borrow_mut().push((r.open.0, r.close.1, "empty"));
                }
                continue;
            }
            // A quote signed on its own last line, inside the marks: that line is the
            // speaker, not speech.
            let signed = self.signature(&pieces).map(|(a, keep)| {
                // Drop the signature line: a piece of its own, or the tail of the last.
                let last = pieces.len() - 1;
                match keep {
                    Some(end) => pieces[last] = trim_span(self.text, pieces[last].0, end),
                    None => {
                        pieces.pop();
                    }
                }
                a
            });
            let (seg_start, _) = self.segment(r.open.0);
            let (_, mut seg_end) = self.segment(r.close.0.max(r.open.1));
            // '"Will we win?" Trump asked.': a question or exclamation inside the marks
            // ends the quote, not the sentence.
            // A nested quote closing with it ('…, ‘What can I do?’” Weaver said.') ends
            // on the inner punctuation just the same.
            let last_char = self.before_marks(pieces[pieces.len() - 1].1).chars().next_back();
            // Only a sentence ending right at the closing mark can run on; checking that
            // first keeps this from scanning to the end of a long sentence per quote.
            let ends_at_mark =
                seg_end <= r.close.1 + 2 && !self.text.get(r.close.1..seg_end).unwrap_or("\n").contains('\n');
            if matches!(last_char, Some('?' | '!' | '…')) && ends_at_mark {
                seg_end = self.segment(seg_end).1;
            } else if last_char == Some('.') && ends_at_mark {
                // '"… people." Clinton said.': a short next sentence with a cue is the
                // quote's attribution, split off by the full stop inside the marks.
                let next = self.segment(seg_end).1;
                let tail = self.text.get(seg_end..next).unwrap_or("");
                let (a, b) = self.tok_range(seg_end, next);
                if !tail.contains('\n') && count_words(tail) <= 5 && (a..b).any(|k| self.cue_at(k, b).is_some()) {
                    seg_end = next;
                }
            }
            // The frames stop at neighbouring quotes.
            let mut before_lo = if ri > 0 { seg_start.max(self.regions[ri - 1].close.1) } else { seg_start };
            // "a class called “Perception” on his Facebook page, writing “…”", "visited
            // NBC’s “Today” to discuss …, saying “…”": a title quoted earlier in the
            // sentence is no speech; the frame runs on past it to the clause subject.
            let mut k = ri;
            while k > 0 && before_lo > seg_start && before_lo == self.regions[k - 1].close.1 && self.titled(k - 1) {
                k -= 1;
                before_lo = if k > 0 { seg_start.max(self.regions[k - 1].close.1) } else { seg_start };
            }
            // A quote opening a paragraph after one that ends with a colon ("Trump
            // issued the following statement:") is introduced by that sentence.
            let mut colon_paragraph = false;
            if self.text[..r.open.0].trim_end().ends_with(':') && before_lo > 0 {
                let colon_at = self.text[..r.open.0].trim_end().len() - 1;
                let prev = self.segment(colon_at).0;
                if ri == 0 || self.regions[ri - 1].close.1 <= prev {
                    colon_paragraph = prev < seg_start;
                    before_lo = prev;
                }
            }
            let mut after_hi = self.regions.get(ri + 1).map_or(seg_end, |n| seg_end.min(n.open.0));
            // '"…," Texas delegate Tom Hale, wearing a “Ruiz 2016” button, said': a
            // title quoted inside the attribution after the quote is no speech; the
            // frame runs on past it to the cue.
            let mut k = ri + 1;
            while k < self.regions.len() && after_hi < seg_end && after_hi == self.regions[k].open.0 && self.titled(k) {
                k += 1;
                after_hi = self.regions.get(k).map_or(seg_end, |n| seg_end.min(n.open.0));
            }
            let before = self.text.get(before_lo..r.open.0).unwrap_or("");
            let before_trim = before.trim_end();
            let words = pieces.iter().map(|&(a, b)| count_words(&self.text[a..b])).sum();
            let mut cand = Candidate {
                region: ri,
                last_region: ri,
                pieces,
                seg_start,
                seg_end,
                attribution: None,
                attribution_after: false,
                starts_clause: before_trim.is_empty() || before_trim.ends_with([':', ',', '—', '(', '-']),
                words,
                keep: true,
                dropped: "",
                woven: false,
                headline: r.open.0 < self.headline_end(),
                path: "none",
            };
            // An attribution after the quote needs the shape of one: the quote ends
            // in a comma, question, exclamation or dash ('"…," he said'), a comma or
            // dash follows the mark, or the sentence ends soon after ('"…." he said.').
            let last_piece = &self.text[cand.pieces[cand.pieces.len() - 1].0..cand.pieces[cand.pieces.len() - 1].1];
            let after_text = self.text.get(r.close.1..after_hi.max(r.close.1)).unwrap_or("");
            let first_after = after_text.split(|c: char| !c.is_alphabetic()).find(|w| !w.is_empty()).unwrap_or("");
            let shaped = last_piece.trim_end_matches(['\'', '’', '"', '”']).ends_with([',', '?', '!', '—', '-', '…'])
                || after_text.trim_start().starts_with([',', '—', '-'])
                || count_words(after_text) <= 8
                // '"…" said Jon Ralston, who …': an inverted cue right after the mark.
                || CUES.iter().any(|(c, f)| *f == CueForm::Finite && *c == first_after)
                // '"…" if she didn't win by more, said David Wasserman.': the sentence's
                // last clause is an attribution.
                || self.ends_with_attribution(r.close.1, after_hi.max(r.close.1))
                // '"… No, Trump." Clinton tweeted, quoting …': a name and its cue verb
                // right after the mark.
                || self.speaker_cue_at_mark(r.close.1, after_hi.max(r.close.1))
                // "''… efforts to accurately measure'' income, he said, rather than …": a
                // word or two finish the quoted sentence before its attribution.
                || self.cue_after_words(r.close.1, after_hi.max(r.close.1));
            let after = if shaped { self.after_attribution(r.close.1, after_hi.max(r.close.1)) } else { None };
            // "her March comment that, “…”", "Donald Trump’s claim that Obama “founded
            // ISIS”": the owner of a speech noun whose complement holds the quote.
            let before_attr = match self.speech_noun_owner(before_lo, r.open.0) {
                Some(a) => Some((a, 0)),
                None => self.before_attribution(before_lo, r.open.0, cand.starts_clause),
            };
            // A quote with a cue before it keeps that cue when the one after opens a
            // new statement ('… refers to him as “…,” while the mayor calls him …'),
            // and words woven into a clause keep its listed cue over an unlisted verb
            // after them ('… said he would “protect our citizens,” the crowd cheered').
            let unlisted = |a: &Attribution| {
                let c = self.tok_range(a.cue.0, a.cue.1).0;
                self.cue_at(c, self.tokens.len()).is_none()
            };
            // "O'Malley lamented her gaffes — “…” — and voters said …": words set off
            // by dashes are an aside to the clause before them; the cue after the
            // closing dash is the next clause's.
            let reports = |a: &Attribution| {
                let (c, n) = self.tok_range(a.cue.0, a.cue.1);
                self.cue_at(c, n).is_some_and(|(_, f)| f == CueForm::According)
            };
            // "Trump said: “…,” the Times reported.", "… said: “…,” according to a
            // letter": a report after a quote with its own cue before relays it, and
            // the report a reader is given is its source, as for '“…,” X said,
            // according to CNN'.
            let relayed = |a: &Attribution| {
                let c = self.tok_range(a.cue.0, a.cue.1).0;
                reports(a) || in_table(&["reported", "reports"], self.word(c))
            };
            let dashes = ['-', '—', '–'];
            let dash_aside = before_trim.ends_with(dashes) && after_text.trim_start().starts_with(dashes);
            let after = after.filter(|a| match &before_attr {
                None => true,
                Some((b, _)) if dash_aside && !b.weak => false,
                Some((b, _)) => {
                    !self.new_statement_after(r.close.1, a)
                        && (cand.starts_clause || b.weak || !unlisted(a))
                        && !(!cand.starts_clause
                            && !b.weak
                            && self.closes_opening_clause(seg_start, b, r.open.0, r.close.1))
                }
            });
            // A cue right before the quote ("said: '…'") beats one after it; otherwise
            // the cue after ('"…," he said') is the quote's own.
            let (path, attribution) = match (before_attr, after) {
                _ if signed.is_some() => ("signature", signed),
                // Left open at the paragraph's end and signed on the next line.
                (None, None)
                    if !cand.headline
                        && cand.starts_clause
                        && self.signed_next_line(r.close.1).is_some()
                        && (r.close.0 == r.close.1 || self.text[r.close.1..].starts_with(['\n', '\r'])) =>
                {
                    ("signed next line", self.signed_next_line(r.close.1))
                }
                // A bare colon ("… his words: “…,” he said") yields to a cue verb after.
                // "One man interrupted the candidate: ¶ “…,” the man shouted": a paragraph
                // ending in a colon introduces the scene; the quote's own cue after it,
                // in its own sentence, names who spoke.
                (Some((b, gap)), after)
                    if gap <= 4
                        && cand.starts_clause
                        && !(b.weak && after.is_some())
                        && !(colon_paragraph && after.as_ref().is_some_and(|a| !a.weak))
                        && !after.as_ref().is_some_and(relayed) =>
                {
                    ("cue before", Some(b))
                }
                // Words woven into an attributed sentence ("Trump says the NFL has gone
                // “soft” like the country") belong to its cue unless the quote ends
                // the way a quote before its attribution does ('“soft,” he said').
                // A report after the words ("…, according to The Ames Tribune") is
                // their source all the same (see "report after" below).
                (Some((b, _)), Some(a))
                    if !cand.starts_clause && !b.weak && !last_piece.ends_with([',', '?', '!']) && !reports(&a) =>
                {
                    ("woven into cue sentence", Some(b))
                }
                (_, Some(a)) => {
                    cand.attribution_after = true;
                    ("cue after", Some(a))
                }
                // "On Monday, Mayor Ruiz said she was “glad to see” the bridge reopen,
                // according to The Ames Tribune.": words woven into a clause whose
                // sentence ends on a report are the report's, as a quote with its cue
                // after it is ('“…,” Ruiz said, according to CNN.').
                (Some((b, _)), None) => {
                    let (c, hi) = self.tok_range(r.close.1, after_hi.max(r.close.1));
                    match self.report_after(c, c, hi, hi) {
                        Some(report) => ("cue before, in a clause: report after", Some(report)),
                        None => ("cue before, in a clause", Some(b)),
                    }
                }
                // Only a quote opening its clause is signed so: words woven into the
                // reporter's sentence before a "—Kim Hale." credit are the sentence
                // subject's, the dash line the reporter's byline.
                (None, None) if cand.starts_clause && !cand.headline && self.dash_line(r.close.1).is_some() => {
                    ("dash line", self.dash_line(r.close.1))
                }
                // "“Boots on the ground” would be a mistake, candidate Tom Hale said on
                // Monday.": the sentence the quote opens ends on its attribution (not a
                // clause inside it: 'free markets (“Uber everything”) can fix it, he
                // tells one audience' is the writer's summary).
                (None, None)
                    if self.text[seg_start..r.open.0].trim().is_empty()
                        && !cand.headline
                        && self.closing_clause(r.close.1, after_hi.max(r.close.1)).is_some() =>
                {
                    ("closing clause", self.closing_clause(r.close.1, after_hi.max(r.close.1)))
                }
                (None, None)
                    if cand.starts_clause && !cand.headline && self.verb_before(before_lo, r.open.0).is_some() =>
                {
                    ("verb before", self.verb_before(before_lo, r.open.0))
                }
                (None, None)
                    if cand.starts_clause
                        && !cand.headline
                        && self.appositive_intro(before_lo, r.open.0, r.close.1, seg_end).is_some() =>
                {
                    ("appositive intro", self.appositive_intro(before_lo, r.open.0, r.close.1, seg_end))
                }
                (None, None)
                    if cand.starts_clause && !cand.headline && self.intro_sentence(ri, seg_start).is_some() =>
                {
                    ("intro sentence", self.intro_sentence(ri, seg_start))
                }
                (None, None) if cand.headline => {
                    ("headline", self.headline_attribution(r.open.0).or_else(|| self.headline_signed(r.close.1)))
                }
                // "… with Hale tweeting that it was a “disaster” for Ruiz and asking, “How
                // can …?”": a cue right before the quote whose subject stands before an
                // attributed quote earlier in the sentence is that quote's.
                (None, None)
                    if cand.starts_clause
                        && self.cue_right_before(before_lo, r.open.0)
                        && self.same_sentence_attribution(cands.last(), r.open.0, cand.seg_start).is_some() =>
                {
                    (
                        "cue before, after an attributed quote",
                        self.same_sentence_attribution(cands.last(), r.open.0, cand.seg_start),
                    )
                }
                (None, None) if cand.starts_clause && self.clause_before(before_lo, r.open.0).is_some() => {
                    ("opens mid-sentence: clause subject", self.clause_before(before_lo, r.open.0))
                }
                // "Many council members became more “comfortable” with the budget …,
                // Mayor Ellen Ruiz said.": words woven into a sentence that ends on its
                // attribution clause.
                (None, None)
                    if !cand.starts_clause
                        && !cand.headline
                        && self.woven_closing_clause(r.close.1, after_hi.max(r.close.1)).is_some() =>
                {
                    ("woven: closing clause", self.woven_closing_clause(r.close.1, after_hi.max(r.close.1)))
                }
                // "an option seen by organizers as a “lifeboat”": the passive's agent.
                (None, None) if !cand.starts_clause && self.passive_agent(before_lo, r.open.0).is_some() => {
                    ("woven: passive agent", self.passive_agent(before_lo, r.open.0))
                }
                // "the crowd reprised the chant “Lock her up!”": the chanting crowd.
                (None, None) if !cand.starts_clause && self.chanters(before_lo, r.open.0).is_some() => {
                    ("woven: chant", self.chanters(before_lo, r.open.0))
                }
                // "including his promise to be “neutral”": a speech noun's owner.
                (None, None) if !cand.starts_clause && self.pledge_owner(before_lo, r.open.0).is_some() => {
                    ("woven: speech noun owner", self.pledge_owner(before_lo, r.open.0))
                }
                // "A 2014 audit found “no evidence …”": the report's finding.
                (None, None) if !cand.starts_clause && self.document_subject(before_lo, r.open.0).is_some() => {
                    ("woven: document subject", self.document_subject(before_lo, r.open.0))
                }
                (None, None) if !cand.starts_clause => {
                    let subject = self.subject_verb(before_lo, r.open.0);
                    // A relative clause after the subject holds the words (see
                    // `relative_clause`); only in place of a subject found, so words
                    // no subject claims stay unattributed. A later clause's subject
                    // named by a possessive phrase keeps them ("…, her campaign is
                    // planning to reprint an editorial that accuses Hale of …": see
                    // `possessive_clause_subject`).
                    let relative = subject.as_ref().and_then(|a| {
                        let m = a.mention?;
                        let possessive = in_table(&["his", "her", "their"], self.word(self.tok_range(m.0, m.1).0));
                        let b = self.relative_clause(before_lo, r.open.0)?;
                        (!possessive && b.mention.is_some_and(|n| n.0 > m.1)).then_some(b)
                    });
                    let shared = || self.same_sentence_attribution(cands.last(), r.open.0, cand.seg_start);
                    match subject {
                        _ if relative.is_some() => ("woven: relative clause", relative),
                        // "… suggested that she ''should resign'' if she gave ''…''":
                        // a subordinate clause's subject after an attributed quote
                        // is part of what that quote's speaker reported.
                        Some(a) if !self.subordinate_subject(before_lo, &a) => ("woven: sentence subject", Some(a)),
                        subject => match shared() {
                            Some(a) => ("woven after an attributed quote", Some(a)),
                            None => ("woven: sentence subject", subject),
                        },
                    }
                }
                (None, None) => ("none", None),
            };
            cand.attribution = attribution;
            cand.path = path;
            cands.push(cand);
        }
        self.merge_split(&mut cands);
        self.reject_terms(&mut cands);
        self.merge_woven(&mut cands);
        self.join_continuations(&mut cands);
        self.build(&cands)
    }

    /// Whether region `ri` quotes a short title ("Perception", "Meet the Press"):
    /// at most five words, each capitalised or a small word, with no comma or
    /// sentence end inside the marks.
    fn titled(&self, ri: usize) -> bool {
        let r = &self.regions[ri];
        let content = self.text.get(r.open.1..r.close.0).unwrap_or("").trim();
        if !content.ends_with([',', '.', '!', '?']) && count_words(content) <= 5 && is_title_words(content) {
            return true;
        }
        // 'Hemsley, the co-author of "Going Viral," about …, said …', 'The ad,
        // titled "Unifier?", concludes that …': a capitalised title closing on a
        // comma or question mark is still a title when a naming word, a work noun
        // or "author of" sets it off as the subject's apposition.
        let core = content.trim_end_matches([',', '?']).trim_end();
        if core.len() == content.len() || count_words(core) > 5 || !is_title_words(core) {
            return false;
        }
        let (_, hi) = self.tok_range(r.open.0, r.open.0);
        let prev = |n: usize| hi.checked_sub(n).map(|k| self.word(k)).unwrap_or("");
        in_table(NAMING_VERBS, prev(1))
            || in_table(WORK_NOUNS, prev(1))
            || (prev(1) == "of" && in_table(&["author", "co-author", "authors", "co-authors", "creator"], prev(2)))
    }

    /// The attribution a quote woven into the reporter's sentence (opening at byte
    /// `open`, its sentence starting at `seg_start`) shares with the attributed quote
    /// `prev` before it in the same sentence: "Governor Smith condemned “such a
    /// cowardly attack” and declared a resolve to “keep our open, tolerant life.”",
    /// "He called the plan “reckless,” accusing it of “building a wall of debt.”" The
    /// frame of the second quote stops at the first, so its own look-back cannot reach
    /// the subject; the sentence has one speaker unless a cue of its own intervenes
    /// (then the frame would have found it).
    fn same_sentence_attribution(
        &self,
        prev: Option<&Candidate>,
        open: usize,
        seg_start: usize,
    ) -> Option<Attribution> {
        let prev = prev?;
        let close = self.regions[prev.last_region].close.1;
        let same_sentence = prev.seg_end > open && close >= seg_start && close <= open;
        if !same_sentence || self.text[close..open].contains('\n') {
            return None;
        }
        prev.attribution.clone()
    }

    /// Whether the subject `a` that [`Ctx::subject_verb`] found in the words from
    /// byte `lo_byte` opens a subordinate clause ("if she gave", "because he had
    /// accepted"): such a clause after a quote in the same sentence continues the
    /// reported words ("Hale suggested the mayor ''should resign'' if she signed
    /// ''the worst deal in the city's history''"), so its subject is no speaker
    /// when that quote has one. So does a further "that" clause of the same report
    /// ("Hale said it was “perfectly clear” that the budget was short, and that the
    /// mayor faced a “very tough” vote": the mayor is what Hale spoke of).
    fn subordinate_subject(&self, lo_byte: usize, a: &Attribution) -> bool {
        const SUBORDINATE: &[&str] = &["if", "because", "unless", "since", "although", "though", "whether", "that"];
        let Some(m) = a.mention else { return false };
        let (lo, k) = self.tok_range(lo_byte, m.0);
        k > lo && in_table(SUBORDINATE, self.word(k - 1))
    }

    /// `"X," he said, "Y"` is one quote: merge a quote whose attribution follows it
    /// with the next quote when only that attribution and a comma or colon separate them.
    fn merge_split(&self, cands: &mut Vec<Candidate>) {
        let mut out: Vec<Candidate> = Vec::with_capacity(cands.len());
        for c in cands.drain(..) {
            if let Some(prev) = out.last_mut() {
                let pr = &self.regions[prev.last_region];
                let cr = &self.regions[c.region];
                let gap = self.text.get(pr.close.1..cr.open.0).unwrap_or("");
                let joins = prev.attribution_after
                    && prev.keep
                    && gap.len() <= 160
                    && !gap.contains('\n')
                    && gap.trim_end().ends_with([',', ':', '—'])
                    && self.segment(pr.close.1).1 > cr.open.0
                    && (c.attribution.is_none() || c.attribution == prev.attribution);
                if joins {
                    prev.last_region = c.last_region;
                    prev.pieces.extend_from_slice(&c.pieces);
                    prev.words += c.words;
                    prev.seg_end = prev.seg_end.max(c.seg_end);
                    continue;
                }
            }
            out.push(c);
        }
        *cands = out;
    }

    /// Quoted fragments woven into one reported clause are one quote, as PolNeAR
    /// takes the whole clause for one Content: "Clinton said the goal was not to “make
    /// America great again” but to “make America whole again.”", "He admitted “one or
    /// two instances” where donations had “slipped through the cracks.”" A kept quote
    /// inside the reporter's sentence joins the kept quote before it when both are
    /// woven in (neither opens its clause), they share the attribution, nothing but
    /// the reporter's words of the same sentence (no paragraph break, no cue verb of
    /// its own: "condemned “…” and declared “…”" are two reports) lies between.
    /// Dropped candidates (terms, titles) stay out of the way.
    fn merge_woven(&self, cands: &mut Vec<Candidate>) {
        let mut out: Vec<Candidate> = Vec::with_capacity(cands.len());
        let mut last_kept: Option<usize> = None;
        for c in cands.drain(..) {
            if let Some(pi) = last_kept.filter(|_| c.keep && !c.starts_clause && !c.headline) {
                let prev = &out[pi];
                let close = self.regions[prev.last_region].close.1;
                let open = self.regions[c.region].open.0;
                let joins = !prev.starts_clause
                    && !prev.headline
                    && prev.attribution.is_some()
                    && c.attribution == prev.attribution
                    && prev.seg_end > open
                    && close <= open
                    && open - close <= 200
                    && !self.text[close..open].contains('\n')
                    && {
                        let (a, b) = self.tok_range(close, open);
                        !(a..b).any(|k| self.cue_at(k, b).is_some())
                    };
                if joins {
                    let prev = &mut out[pi];
                    prev.last_region = c.last_region;
                    prev.pieces.extend_from_slice(&c.pieces);
                    prev.words += c.words;
                    prev.seg_end = prev.seg_end.max(c.seg_end);
                    prev.woven = true;
                    continue;
                }
            }
            if c.keep {
                last_kept = Some(out.len());
            }
            out.push(c);
        }
        *cands = out;
    }

    /// `"X," he said. "Y."` is one quote: a quote that opens the next sentence with no
    /// attribution of its own continues the previous quote when only that quote's
    /// attribution sentence (or nothing) separates them; readers and annotators take
    /// the run as one stretch of speech. Dropped candidates stay out of the way.
    fn join_continuations(&self, cands: &mut Vec<Candidate>) {
        let mut out: Vec<Candidate> = Vec::with_capacity(cands.len());
        let mut last_kept: Option<usize> = None;
        for c in cands.drain(..) {
            if let Some(pi) = last_kept.filter(|_| c.keep) {
                if self.continues(&out[pi], &c) {
                    let prev = &mut out[pi];
                    prev.last_region = c.last_region;
                    prev.pieces.extend_from_slice(&c.pieces);
                    prev.words += c.words;
                    prev.seg_end = prev.seg_end.max(c.seg_end);
                    continue;
                }
            }
            if c.keep {
                last_kept = Some(out.len());
            }
            out.push(c);
        }
        *cands = out;
    }

    /// Whether kept candidate `c` continues kept candidate `prev` (see
    /// [`Self::join_continuations`]).
    fn continues(&self, prev: &Candidate, c: &Candidate) -> bool {
        if prev.headline || c.headline || !c.starts_clause || prev.attribution.is_none() {
            return false;
        }
        // A quote with its own cue is its own attribution, unless it is the same one.
        if c.attribution.is_some() && c.attribution != prev.attribution {
            return false;
        }
        let pr = &self.regions[prev.last_region];
        let cr = &self.regions[c.region];
        let Some(gap) = self.text.get(pr.close.1..cr.open.0) else { return false };
        // A new paragraph of quote with no cue of its own goes on with the same
        // speech ('“A,” he said. ¶ “B.”'); one with a cue is a new attribution.
        let new_paragraph = gap.contains('\n');
        let gap = match gap.find('\n') {
            // A few words quoted inside the reporter's clause are no speech to go on with.
            Some(k) if c.attribution.is_none() && prev.starts_clause && gap[k..].trim().is_empty() => {
                // The first paragraph ends with the quote's own sentence ('“…,” Trump
                // added. He then had a question for the crowd. ¶ “…”' is a new turn),
                // and the next paragraph is nothing but quote ('“Too forced?” He
                // tweeted when …' is a new attribution).
                let sentence_end = self.segment(pr.close.1).1;
                let own_sentence = self.text.get(sentence_end..pr.close.1 + k).is_none_or(|t| t.trim().is_empty());
                let last = &self.regions[c.last_region];
                let rest = &self.text[last.close.1..];
                let rest = &rest[..rest.find('\n').unwrap_or(rest.len())];
                if !own_sentence || rest.chars().any(char::is_alphanumeric) {
                    return false;
                }
                gap[..k].trim_end()
            }
            Some(_) => return false,
            None => gap,
        };
        if gap.trim().is_empty() {
            // '“A.” “B.”': adjacent quotes after an attribution.
            return true;
        }
        // '“A,” she said. “B.”': the gap is the rest of the first quote's sentence,
        // holding its attribution, and the next quote opens the next sentence.
        let Some(a) = &prev.attribution else { return false };
        // '“…,” Ebeling said, and her husband cut in. “…”': a second clause after the
        // attribution may bring a second speaker.
        let after_cue = self.text.get(a.cue.1..pr.close.1 + gap.len()).unwrap_or("");
        if [", and ", ", but ", "; "].iter().any(|s| after_cue.contains(s)) {
            return false;
        }
        prev.attribution_after
            && a.cue.0 >= pr.close.1
            && a.cue.1 <= pr.close.1 + gap.len()
            && !a.weak
            && count_words(gap) <= 30
            && (new_paragraph || self.segment(pr.close.1).1 >= c.seg_start)
            && gap.trim_end().ends_with(['.', ',', ':', ';', '—'])
    }

    /// Drops quoted terms and titles: lists of short quoted words nobody is reported
    /// saying ("'land,' 'nuclear power plants,' and 'specific assets'"; with a cue
    /// verb, "calling him a “train wreck” and “outsourcer in chief”" quotes him), words after a term marker ("so-called
    /// 'experts'"), title-case names of works, and short unattributed fragments.
    fn reject_terms(&self, cands: &mut [Candidate]) {
        let short = |c: &Candidate| c.pieces.len() == 1 && c.words <= 4 && !ends_terminal(self.content(c));
        let n = cands.len();
        let mut listed = vec![false; n];
        for i in 1..n {
            let (a, b) = (&cands[i - 1], &cands[i]);
            let gap = self.text.get(self.regions[a.region].close.1..self.regions[b.region].open.0).unwrap_or("");
            let g = gap.trim().trim_matches(|c: char| c == ',' || c == ';').trim();
            // Two short quotes joined by a comma or "and"/"or" are items of a list.
            if short(a) && short(b) && (g.is_empty() || g == "and" || g == "or" || g == "&") {
                listed[i - 1] = true;
                listed[i] = true;
            }
        }
        let double_regions = self.regions.iter().filter(|r| r.family == Family::Double).count();
        let single_regions = self.regions.len() - double_regions;
        let mut list_voice: Option<Attribution> = None;
        for i in 0..cands.len() {
            let (before, rest) = cands.split_at_mut(i);
            let c = &mut rest[0];
            let r = &self.regions[c.region];
            let content = self.text[c.pieces[0].0..c.pieces[c.pieces.len() - 1].1].to_string();
            let is_short = c.pieces.len() == 1 && c.words <= 4 && !ends_terminal(&content);
            let (lo, hi) = self.tok_range(c.seg_start, r.open.0);
            let marker = (lo..hi).rev().take(2).any(|k| is_term_marker(self.word(k)));
            // "a group called “We The People”", "a class called “Perception”": a noun
            // then a naming verb ([`names_thing`]) names a thing; "which he called “an
            // evil act”" quotes him.
            let naming = {
                let mut k = hi;
                if k > lo && self.word(k - 1).eq_ignore_ascii_case("the") {
                    k -= 1;
                }
                k >= lo + 2
                    && names_thing(self.word(k - 1))
                    && self.is_word(k - 2)
                    && !is_capitalized(self.word(k - 2))
                    && !in_table(PRONOUNS, self.word(k - 2))
                    && !in_table(
                        &["him", "her", "them", "it", "himself", "herself", "who", "which", "that"],
                        self.word(k - 2),
                    )
            };
            let attributed = c.attribution.is_some();
            // "That would put the “Super Tuesday” states in play, Hale said.": a term
            // or title inside a sentence its closing clause attributes is part of
            // what was said.
            let closed_by_attribution = c.path == "woven: closing clause";
            // '“Met accused of whitewashing baby Jesus,” by Post's Kathianne Boniello':
            // a byline after the marks makes them a cited headline, not speech.
            let last = &self.regions[c.last_region];
            let after = self.text.get(last.close.1..).unwrap_or("");
            let after = after.get(..after.len().min(40)).unwrap_or(after).trim_start_matches([',', ' ']);
            let byline = opens_byline(after);
            // "on Fox News channel’s “Sunday Morning Futures,”", "told NBC’s “Today”",
            // "in an interview with “Fox News Sunday.”", "the author of “America’s
            // Bitter Pill,”", "starred in “Parks and Recreation”", "told “Fox and
            // Friends”", "his book “The Art of the Deal”": a capitalised name after a
            // possessive, "on"/"with"/"of"/"in"/"told" or a work noun, inside a
            // clause, names a show or a work.
            let prev = (lo..hi).next_back().map(|k| self.word(k)).unwrap_or("");
            let prev_full =
                if matches!(prev, "s" | "’s" | "'s") || is_apostrophe_token(prev) { "’s" } else { prev };
            // "his 2012 book, “An American Son.”", "the movie, “13 Hours: The Secret
            // Soldiers of Benghazi,”": a work noun, a comma and capitalised words set
            // off as its apposition name the work too; a work noun allows a subtitle.
            let work_noun = in_table(WORK_NOUNS, prev_full)
                || (prev_full == ","
                    && hi >= lo + 2
                    && self.is_word(hi - 2)
                    && in_table(WORK_NOUNS, self.word(hi - 2)));
            let titled_work = (!c.starts_clause || work_noun)
                && !c.headline
                && c.pieces.len() == 1
                && (c.words <= 8 || (work_noun && c.words <= 12))
                && is_title_words(&content)
                && (prev_full.ends_with("’s")
                    || prev_full.ends_with("'s")
                    || prev_full.ends_with('’')
                    || in_table(&["on", "with", "of", "in", "told"], prev_full)
                    || work_noun);
            // "“Orange is the New Black” star Dana Ruiz", "“Daily Show” host Trevor
            // Noah": a few words in marks opening with a capital, then a show role
            // and a name, name the show the person works on.
            let show_role = c.pieces.len() == 1
                && !c.headline
                && c.words <= 8
                && content.starts_with(|ch: char| ch.is_uppercase())
                && !ends_terminal(&content)
                && self.show_role_after(self.regions[c.last_region].close.1);
            // 'physicist George “Jay” Keyworth': one or two capitalised words in
            // marks between a given name and a surname are a nickname.
            let nickname = c.pieces.len() == 1
                && !c.headline
                && c.words <= 2
                && is_title_words(&content)
                && content.trim_end().ends_with(char::is_alphanumeric)
                && self.nickname_between_names(c.region, c.last_region);
            // "According to “The Trumps: Three Generations,” by Gwenda Blair, Donald
            // told …": a capitalised title with a byline is a work even when a clause
            // of the sentence takes it for its speech.
            let byline = byline && (!attributed || is_title_words(&content));
            // '“No to free lawyers” (2008) — “Yes to the ban” (2009)': words in marks
            // with a year in brackets after them, and no cue, are a cited item (a
            // poster, a slogan, a headline), not speech.
            let dated = !attributed && self.year_in_brackets_after(last.close.1);
            // '“Parks and Recreation” and “Guardians of the Galaxy,”': a title joined
            // to a title just set aside is one too.
            let title_after_title = before.last().is_some_and(|p| {
                !p.keep && p.dropped == "empty, byline or titled work" && is_title_words(&content) && {
                    let gap = self
                        .text
                        .get(self.regions[p.last_region].close.1..r.open.0)
                        .unwrap_or("")
                        .trim()
                        .trim_matches(',')
                        .trim();
                    matches!(gap, "" | "and" | "or")
                }
            });
            if c.words == 0
                || byline
                || titled_work
                || show_role
                || nickname
                || dated
                || title_after_title
                || self.cited_excerpt(c.region)
            {
                c.keep = false;
                c.dropped = "empty, byline or titled work";
            } else if listed[i] && c.attribution.as_ref().is_none_or(|a| a.weak) {
                // "she vented that it would be “incredibly ugly,” “a huge shock” and …":
                // a list whose first item a person's clause holds is that person's
                // wording, item by item (not titles: "named “Veep,” “Fargo” …").
                let first = i == 0 || !listed[i - 1];
                let voice = if first { c.attribution.clone().filter(|a| self.names_person(a)) } else { list_voice };
                list_voice = voice.filter(|_| !is_title_words(&content));
                if let Some(a) = list_voice.clone() {
                    c.attribution = Some(a);
                    if !first {
                        c.path = "list after a person's item";
                    }
                } else {
                    // 'land,' 'nuclear power plants,' and 'specific assets': terms.
                    c.keep = false;
                    c.dropped = "list of terms";
                }
            } else if !closed_by_attribution
                && ((is_short && marker) || (naming && c.words <= 6) || (is_short && self.names_source(c, r.open.0)))
            {
                c.keep = false;
                c.dropped = "term marker or naming";
            } else if is_title(&content)
                && !closed_by_attribution
                && !(attributed && (c.starts_clause || c.headline))
                // "the mayor said “The State Of Iowa”", "one he calls “Safe Streets”":
                // capitalised words right after a subject and a verb of saying or
                // calling are what the subject said (not after "read" or "wrote").
                && !c.attribution.as_ref().is_some_and(|a| {
                    !a.weak
                        && in_table(
                            &["said", "says", "say", "calls", "called", "call", "replied", "answered", "shouted"],
                            &self.text[a.cue.0..a.cue.1],
                        )
                        && a.cue.1 <= r.open.0
                        && self.text[a.cue.1..r.open.0].trim().is_empty()
                        && a.mention.is_some_and(|m| m.1 <= a.cue.0)
                })
                && !self.coined_name(c, r.open.0)
            {
                // "The Art of the Deal": a title, not speech.
                c.keep = false;
                c.dropped = "title";
            } else if !attributed && is_short {
                let close = self.regions[c.last_region].close.1;
                let phrase = (!c.headline && !c.starts_clause && !is_title_words(&content))
                    .then(|| self.phrase_subject(c.seg_start, r.open.0, close))
                    .flatten();
                // Scare quotes: a few words in marks with nobody saying them.
                let opener = self.short_opener_speaker(c, &content);
                let found = [
                    (opener, "short: person opening the sentence"),
                    (phrase, "short: subject after an opening phrase"),
                ];
                c.settle(found, "short, unattributed");
            } else if !attributed && r.family == Family::Single && single_regions < double_regions {
                // Single marks in a double-mark text are nested or scare quotes.
                c.keep = false;
                c.dropped = "single marks in a double-mark text";
            } else if !attributed && !c.starts_clause {
                // Words woven into a sentence that opens with a person are that
                // person's (not a title: "enjoys “Modern Family.”").
                let opener = (!c.headline && !is_title_words(&content))
                    .then(|| self.opener_speaker(c.seg_start, r.open.0))
                    .flatten();
                let close = self.regions[c.last_region].close.1;
                // "While denouncing the “perversion” of …, she …": the subject after
                // an opening phrase that holds the words.
                let phrase = (opener.is_none() && !c.headline)
                    .then(|| self.phrase_subject(c.seg_start, r.open.0, close))
                    .flatten();
                // Unattributed words inside the reporter's sentence: emphasis, not speech.
                let found = [
                    (opener, "woven: person opening the sentence"),
                    (phrase, "woven: subject after an opening phrase"),
                ];
                c.settle(found, "woven, unattributed");
            }
        }
    }

    /// Whether the quote opening at byte `open` sits inside the source its own
    /// "according to" names, before any speaker word after it: "according to her
    /// “safe streets” plan", "according to the “Better Roads” report he released".
    /// The words name the plan or report; nobody says them.
    fn names_source(&self, c: &Candidate, open: usize) -> bool {
        let Some(a) = c.attribution.as_ref() else { return false };
        let (k, n) = self.tok_range(a.cue.0, a.cue.1);
        let according = self.cue_at(k, n).is_some_and(|(_, f)| f == CueForm::According);
        let (lo, hi) = self.tok_range(a.cue.1, open);
        according
            && a.cue.1 <= open
            && hi <= lo + 2
            && (lo..hi).all(|x| self.is_word(x) && !is_capitalized(self.word(x)))
            && a.mention.is_none_or(|m| m.1 <= open)
    }

    /// Whether a bracket holding a year (1900–2099) follows right after byte `close`
    /// ('“…” (2008)', '“…” (St. Gallen election poster 2003)').
    fn year_in_brackets_after(&self, close: usize) -> bool {
        let rest = self.text.get(close..).unwrap_or("").trim_start_matches(' ');
        let Some(inner) = rest.strip_prefix('(').and_then(|t| t.get(..t.find(')')?)) else {
            return false;
        };
        inner.len() <= 60
            && inner
                .split(|ch: char| !ch.is_ascii_digit())
                .any(|w| w.len() == 4 && (w.starts_with("19") || w.starts_with("20")))
    }

    /// Whether region `ri` is the excerpt of a cited story in a roundup: the marks
    /// open right after a byline and a colon that follow a quoted headline
    /// ('“Met accused of whitewashing baby Jesus,” by Post's Kathianne Boniello:
    /// “A Manhattan man is suing the Met …”'). The excerpt is the story's text,
    /// not speech, as its headline is.
    fn cited_excerpt(&self, ri: usize) -> bool {
        let Some(prev) = ri.checked_sub(1).map(|p| &self.regions[p]) else {
            return false;
        };
        let gap = self.text.get(prev.close.1..self.regions[ri].open.0).unwrap_or("");
        let gap = gap.trim_start_matches([',', ' ']).trim_end();
        gap.len() <= 80 && !gap.contains(['\n', '.', ';']) && gap.ends_with(':') && opens_byline(gap)
    }

    /// The speaker of a short quote woven into a sentence that a person opens ("Ellen
    /// Ruiz, the mayor, was back to boasting about “winning”", "He is promising to
    /// “fix the roads” by the spring"), when no cue or clause subject gave it one: as
    /// for longer woven words ([`Ctx::opener_speaker`]), but only a person (name or
    /// "he"/"she"), and not when the marks sit in front of a content word they modify
    /// ("the “undercard” debate", "the “autopsy” recommended"): a label in the
    /// reporter's sentence.
    fn short_opener_speaker(&self, c: &Candidate, content: &str) -> Option<Attribution> {
        const AFTER_OK: &[&str] = &["will", "would", "could", "can", "should", "may", "might", "must", "of", "out"];
        if c.headline || c.starts_clause || is_title_words(content) {
            return None;
        }
        let close = self.regions[c.last_region].close.1;
        let (k, hi) = self.tok_range(close, self.text.len().min(close + 40));
        let modifies = k < hi && self.is_word(k) && {
            let w = self.word(k);
            w.starts_with(|ch: char| ch.is_lowercase())
                && ![CLAUSE_STOPS, PREPOSITIONS, DETERMINERS, PRONOUNS, SKIP_BEFORE_CUE, AFTER_OK]
                    .iter()
                    .any(|t| in_table(t, w))
        };
        if modifies {
            return None;
        }
        let open = self.regions[c.region].open.0;
        self.opener_speaker(c.seg_start, open).filter(|a| self.names_person(a))
    }

    /// Whether the marks of regions `first`..=`last` sit between two capitalised name
    /// words, each one space away ("George “Jay” Keyworth").
    fn nickname_between_names(&self, first: usize, last: usize) -> bool {
        let open = self.regions[first].open.0;
        let close = self.regions[last].close.1;
        let name = |k: usize| {
            self.is_word(k)
                && is_capitalized(self.word(k))
                && !in_table(cues::COMMON_CAPS, self.word(k))
                && !in_table(TITLES, self.word(k))
        };
        let before = self.tokens.partition_point(|t| t.start < open);
        let after = self.tokens.partition_point(|t| t.start < close);
        before > 0
            && after < self.tokens.len()
            && name(before - 1)
            && !self.opens_sentence(before - 1)
            && self.tokens[before - 1].start + self.word(before - 1).len() + 1 == open
            && name(after)
            && self.tokens[after].start == close + 1
            && self.text[close..].starts_with(' ')
            && self.text[..open].ends_with(' ')
    }

    /// Whether a show role and a capitalised name follow byte `close` ("… star Dana
    /// Ruiz", "… host Trevor Noah").
    fn show_role_after(&self, close: usize) -> bool {
        const SHOW_ROLES: &[&str] = &[
            "star",
            "stars",
            "co-star",
            "host",
            "co-host",
            "creator",
            "anchor",
            "moderator",
            "actor",
            "actress",
            "alum",
            "producer",
            "showrunner",
        ];
        let (k, end) = self.tok_range(close, self.text.len().min(close + 60));
        k + 1 < end
            && self.is_word(k)
            && in_table(SHOW_ROLES, self.word(k))
            && self.word(k).starts_with(|ch: char| ch.is_lowercase())
            && self.is_word(k + 1)
            && is_capitalized(self.word(k + 1))
    }

    /// Whether the title-case words of `c` (opening at byte `open`) are a name its
    /// speaker coins for someone or something: a person's calling verb, then its
    /// object of one to four words, then the marks ("Within minutes, he called his
    /// rival “Little Tom”", "Ruiz is now calling Hale the “Most Valuable Player”").
    /// The verb must be the attribution's own (strong) cue, so "a new park, called
    /// the “Green Mile”" stays a name, not speech.
    fn coined_name(&self, c: &Candidate, open: usize) -> bool {
        let Some(a) = &c.attribution else { return false };
        if a.weak || a.cue.1 > open || !in_table(COINING_VERBS, &self.text[a.cue.0..a.cue.1]) || !self.names_person(a) {
            return false;
        }
        let (lo, hi) = self.tok_range(a.cue.1, open);
        (1..=4).contains(&(hi - lo)) && (lo..hi).all(|k| self.is_word(k))
    }

    /// Whether attribution `a` names a person: a name the registry or the entity
    /// stage types as one, or "he"/"she".
    fn names_person(&self, a: &Attribution) -> bool {
        a.mention.is_some_and(|(start, end, kind)| match kind {
            MentionKind::Pronoun => in_table(PERSON_PRONOUNS, &self.text[start..end]),
            MentionKind::Name => {
                self.is_person(start, end) || self.names.entity_kind_at(start, end) == Some(EntityType::Person)
            }
            _ => false,
        })
    }

    /// The speaker of words woven into a sentence that opens with a person, when
    /// neither a cue nor the clause-subject search ([`Ctx::subject_verb`]) gave them
    /// one: "But Mayor Ruiz would not comment on a plan “to cut the parks budget in
    /// half.”", "Republican front-runner Donald Trump is questioning whether … “if it
    /// were held in a mosque.”", "Flying home that night, she vented to her husband
    /// that it would be “incredibly ugly.”", "The former secretary of state talked about the
    /// “progress we had.”" The subject opens the sentence, after a conjunction and an
    /// opening phrase up to its comma (prepositional, subordinate or with a gerund): a
    /// person's name (after at most a few title words), "he" or "she", or a phrase with
    /// a determiner and a role noun. Words right after the name are none of its clause
    /// ("Biden “kind of misspoke”" goes on someone else's quote). No cue word.
    fn opener_speaker(&self, seg_start: usize, open: usize) -> Option<Attribution> {
        const CONJUNCTIONS: &[&str] = &["but", "and", "yet", "so", "still", "also", "then"];
        let (lo, hi) = self.tok_range(seg_start, open);
        let mut start = lo;
        while start < hi && in_table(CONJUNCTIONS, self.word(start)) {
            start += 1;
        }
        if start >= hi {
            return None;
        }
        let w = self.word(start);
        let gerund = w.len() > 4 && w.ends_with("ing") && self.names.run_at_token(start).is_none();
        let opening_phrase = in_table(PREPOSITIONS, w)
            || in_table(SUBORDINATORS, w)
            || gerund
            || (start + 1 < hi && self.word(start + 1) == ",");
        if opening_phrase {
            start = (start..hi.min(start + 14)).find(|&k| self.word(k) == ",")? + 1;
        }
        if start >= hi {
            return None;
        }
        // Title words before the name: "Republican front-runner Donald Trump".
        let title_word = |k: usize| {
            let w = self.word(k);
            (self.is_word(k) || w == "-")
                && !in_table(CLAUSE_STOPS, w)
                && !in_table(DETERMINERS, w)
                && !w.ends_with("ed")
        };
        let run = (start..hi.min(start + 7)).find_map(|k| self.names.run_at_token(k).filter(|r| r.first == k));
        // "Given Sanders' success, his endorsements …": a possessive in a bare
        // apostrophe is no subject either.
        let possessive = |r: &Run| r.possessive || self.text[r.end..].starts_with(['’', '\'']);
        let person =
            run.filter(|r| !possessive(r) && self.subject_kind(r) == Some(true) && (start..r.first).all(title_word));
        let m = if let Some(r) = person {
            (r.start, r.end, MentionKind::Name)
        } else if let Some(len) = person_pronoun_len(self.word(start)) {
            (self.tokens[start].start, self.tokens[start].start + len, MentionKind::Pronoun)
        } else {
            let role = |m: &(usize, usize, MentionKind)| {
                let (a, b) = self.tok_range(m.0, m.1);
                (a..b).any(|k| in_table(ROLE_NOUNS, self.word(k)))
            };
            self.opening_phrase(start, hi).filter(role)?
        };
        if self.text[m.1..open].trim().is_empty() {
            return None;
        }
        Some(Attribution { cue: (m.1, m.1), mention: Some(m), weak: true })
    }

    /// The subject after an opening phrase that holds the quote (bytes `open..close`)
    /// in the sentence starting at `seg_start`: "While denouncing the “perversion” of
    /// tax loopholes to crowds, she has offered no plan", "In a speech that spoke to
    /// the “anger and fear” of voters, Mayor Ellen Ruiz struck a hopeful note." The
    /// phrase opens the sentence (after a conjunction) with a preposition, a
    /// subordinator or a gerund, holds no comma before the quote, and ends at the
    /// first comma after it; the main clause opens with a person's name or "he" or
    /// "she" and a lowercase word.
    fn phrase_subject(&self, seg_start: usize, open: usize, close: usize) -> Option<Attribution> {
        const CONJUNCTIONS: &[&str] = &["but", "and", "yet", "so", "still", "also", "then"];
        let (lo, hi) = self.tok_range(seg_start, open);
        let start = (lo..hi).find(|&k| !in_table(CONJUNCTIONS, self.word(k)))?;
        let gerund = |k: usize| {
            let w = self.word(k);
            k < hi && w.len() > 4 && w.ends_with("ing") && self.names.run_at_token(k).is_none()
        };
        // "As they contemplate …, Clinton supporters …": a subordinate clause with a
        // subject of its own says nothing of the main clause's; "While denouncing …"
        // does.
        let w = self.word(start);
        let opens = gerund(start)
            || (in_table(PREPOSITIONS, w) && !in_table(SUBORDINATORS, w))
            || (in_table(SUBORDINATORS, w) && gerund(start + 1));
        if !opens {
            return None;
        }
        if (start..hi).any(|k| matches!(self.word(k), "," | ";" | ":")) {
            return None;
        }
        let (a, b) = self.tok_range(close, self.text.len());
        let comma = (a..b.min(a + 25))
            .take_while(|&k| {
                !marks::is_quote_char(self.word(k)) && !matches!(self.word(k), "." | ";" | ":" | "?" | "!")
            })
            .find(|&k| self.word(k) == ",")?;
        let k = comma + 1;
        let m = match self.names.run_at_token(k).filter(|r| r.first == k) {
            Some(r) if !r.possessive && self.subject_kind(r) == Some(true) => (r.start, r.end, MentionKind::Name),
            Some(_) => return None,
            None => {
                let len = person_pronoun_len(self.word(k))?;
                (self.tokens[k].start, self.tokens[k].start + len, MentionKind::Pronoun)
            }
        };
        let next = self.tok_range(m.1, self.text.len()).0;
        let verb = next < b && self.is_word(next) && self.word(next).starts_with(|c: char| c.is_lowercase());
        verb.then_some(Attribution { cue: (m.1, m.1), mention: Some(m), weak: true })
    }

    /// The text before byte `end` without the closing quote marks right before it:
    /// what a quote ends on ("…,”" ends on a comma).
    fn before_marks(&self, end: usize) -> &'a str {
        let text: &'a str = self.text;
        text[..end].trim_end_matches(['"', '”', '\'', '’'])
    }

    fn content(&self, c: &Candidate) -> &'a str {
        let text: &'a str = self.text;
        &text[c.pieces[0].0..c.pieces[c.pieces.len() - 1].1]
    }

    /// Builds the quotes: kind, speaker (inherited by unattributed continuations).
    fn build(&self, cands: &[Candidate]) -> Vec<Quote> {
        let mut out: Vec<Quote> = Vec::new();
        let mut last_speaker: Option<(Speaker, usize)> = None;
        // Regions that became quotes; the others were terms or titles.
        let mut kept = vec![false; self.regions.len()];
        for c in cands.iter().filter(|c| c.keep) {
            kept[c.region..=c.last_region].iter_mut().for_each(|k| *k = true);
        }
        if EXPLAIN {
            self.dropped.borrow_mut().extend(
                cands
                    .iter()
                    .filter(|c| !c.keep)
                    .map(|c| (self.regions[c.region].open.0, self.regions[c.last_region].close.1, c.dropped)),
            );
        }
        for c in cands.iter().filter(|c| c.keep) {
            let start = c.pieces[0].0;
            let end = c.pieces[c.pieces.len() - 1].1;
            let text = c.pieces.iter().map(|&(a, b)| self.shown[a..b].trim()).collect::<Vec<_>>().join(if c.woven {
                " … "
            } else {
                " "
            });
            let kind = if c.starts_clause && (c.words >= 3 || ends_terminal(&text)) || c.words >= 10 {
                QuoteKind::Direct
            } else {
                QuoteKind::Partial
            };
            let (speaker, cue) = match &c.attribution {
                // A signature carries no cue word (an empty cue span).
                Some(a) => {
                    let kind = a.mention.map_or("no mention", |m| m.2.as_str());
                    self.trace.borrow_mut().push(format!("{} / {kind}", c.path));
                    let mut sp = self.speaker(a);
                    if c.path == "woven: sentence subject" {
                        sp = self.clause_pronoun(sp, start);
                    }
                    (sp, (a.cue.1 > a.cue.0).then(|| self.cue(a.cue)))
                }
                None => {
                    // A paragraph of quote right after an attributed one continues it; it
                    // keeps the mention of the attribution it continues. Without one, a
                    // person the reporter just named is the speaker ("Clinton touted her
                    // record. “We need …”").
                    let prev_end = out.last().map_or(0, |q: &Quote| q.end);
                    let introduced = self.person_between(prev_end, start);
                    let inherited = last_speaker
                        .as_ref()
                        .filter(|(_, end_at)| start.saturating_sub(*end_at) <= 400)
                        .map(|(s, _)| s.clone());
                    // "Carter said that … ¶ “That’s because …”": a person the reporter
                    // just quoted indirectly, between the two quotes, is the speaker.
                    // "Iowa State University's Dianne Bystrom agreed. “…”": so is the
                    // subject of the sentence that opens the quote's own paragraph.
                    let reported = introduced.clone().filter(|s| {
                        s.end.is_some_and(|e| self.cue_follows(e))
                            || s.start.is_some_and(|p| self.opens_paragraph_sentence(p, start))
                    });
                    // "Valastro praised Christie’s leadership …. ¶ “We need …”": the
                    // subject of the sentence right before the quote is its speaker.
                    let subject = self.previous_subject(self.regions[c.region].open.0, &kept);
                    // "“…,” said Tom Reilly. ¶ Angela Ruiz, 38, a nurse from Ames, has not
                    // decided. ¶ “I want …”": a quote opening its paragraph after a person
                    // who opens a sentence since the last attributed speech is that
                    // person's, not the previous speaker's going on.
                    let since = last_speaker.as_ref().map_or(usize::MAX, |(_, e)| *e);
                    let open = self.regions[c.region].open.0;
                    let opens_paragraph = self.text[..open].trim_end_matches([' ', '\t']).ends_with('\n');
                    let newcomer = self.newcomer(since, start).filter(|_| opens_paragraph);
                    let follower = self.follower(end).filter(|_| opens_paragraph);
                    let header = if opens_paragraph { self.header_voice(open) } else { None };
                    // "… in Forbes’ words, “…”": the words' owner, named right before.
                    let owner = {
                        let (lo, hi) = self.tok_range(c.seg_start, open);
                        self.words_owner(lo, hi)
                            .map(|m| self.speaker(&Attribution { cue: (m.0, m.0), mention: Some(m), weak: true }))
                    };
                    // "Former Obama speechwriter Jon Favreau published a column, entitled,
                    // “…”", "Byrne tells of Clinton telling one agent “…,” and another,
                    // “…”": a quote opening mid-sentence, in a sentence that a person opens
                    // (as for woven words, [`Self::opener_speaker`]), is that person's, not
                    // the previous speaker's going on or the last name before it.
                    let mid = self.text[c.seg_start..open].chars().any(char::is_alphanumeric);
                    let opener =
                        if mid { self.opener_speaker(c.seg_start, open).map(|a| self.speaker(&a)) } else { None };
                    // One list sets the order of precedence and names the rule that chose.
                    let (path, chosen) = [
                        ("words owner", owner),
                        ("sentence opener", opener),
                        ("header line", header),
                        ("reported", reported),
                        ("follower", follower),
                        ("previous subject", subject),
                        ("newcomer", newcomer),
                        ("inherited", inherited),
                        ("introduced", introduced),
                    ]
                    .into_iter()
                    .find_map(|(path, s)| s.map(|s| (path, s)))
                    .unwrap_or(("none", Speaker::default()));
                    let speaker = self.nearest_pronoun(chosen.clone(), start);
                    let via = if speaker == chosen { "" } else { " → nearest pronoun" };
                    self.trace.borrow_mut().push(format!("no cue: {path}{via}"));
                    (speaker, None)
                }
            };
            // An unresolved mention ("it stated") still carries over to a continuation.
            if speaker.name.is_some() || speaker.start.is_some() {
                last_speaker = Some((speaker.clone(), end));
            }
            out.push(Quote { start, end, text, kind, speaker, cue, sentence: 0 });
        }
        out
    }

    /// The subject of the sentence that ends right before a quote opening at byte
    /// `open`, in the quote's paragraph or the one before, as a speaker: a person's
    /// name or a pronoun opening the sentence (after an opening phrase and its comma),
    /// or a noun phrase with a determiner ("the DNC issued a statement …"). A sentence
    /// holding a quote of its own is skipped: its speaker is that quote's. Scare
    /// quotes and titles (regions not `kept` as quotes) do not count: "Haley … is an
    /// “articulate conservative” …, the editorial board writes. "It's a sign …"" is
    /// the board's.
    fn previous_subject(&self, open: usize, kept: &[bool]) -> Option<Speaker> {
        let end = self.text[..open].trim_end().len();
        if end == 0 || self.text[end..open].matches('\n').count() > 2 {
            return None;
        }
        let (s, _) = self.segment(end - 1);
        if s < self.headline_end || self.text[s..end].contains('\n') {
            return None;
        }
        let ri = self.regions.partition_point(|r| r.close.1 <= s);
        let quoted = self.regions[ri..].iter().take_while(|r| r.open.0 < end).zip(&kept[ri..]).any(|(_, &k)| k);
        if quoted {
            return None;
        }
        let (lo, hi) = self.tok_range(s, end);
        if hi <= lo + 2 {
            return None;
        }
        // "… she said she and Obama had made progress. “I really believe …”": a
        // sentence reporting speech gives the quote to its speaker, as written there.
        if let Some((a, _)) = self.first_cue(lo, hi) {
            let sp = self.speaker(&a);
            if sp.name.is_some() {
                return Some(sp);
            }
        }
        // "At Brazile’s direction, the DNC issued …": skip an opening phrase.
        let opener = in_table(SUBORDINATORS, self.word(lo)) || in_table(PREPOSITIONS, self.word(lo));
        let lo = if opener { (lo..hi.min(lo + 12)).find(|&k| self.word(k) == ",")? + 1 } else { lo };
        if lo >= hi || !self.is_word(lo) {
            return None;
        }
        let w = self.word(lo);
        let m = if in_table(PERSON_PRONOUNS, w) {
            (self.tokens[lo].start, self.tokens[lo].end, MentionKind::Pronoun)
        } else if let Some(run) = self.names.run_at_token(lo).filter(|r| r.first == lo && !r.possessive && r.last < hi)
        {
            // A name followed by a lowercase verb-like word ("Valastro praised"),
            // across a parenthesis and an appositive.
            let verb = self.after_appositive(run.last, hi);
            let next = self.word(verb);
            if !self.is_word(verb) || is_capitalized(next) || self.subject_kind(run).is_none() {
                return None;
            }
            (run.start, run.end, MentionKind::Name)
        } else {
            return None;
        };
        let a = Attribution { cue: (m.0, m.0), mention: Some(m), weak: true };
        let sp = self.speaker(&a);
        sp.name.is_some().then_some(sp)
    }

    /// The owner of the words a quote gives, named right before it: "in Obama’s
    /// words: “…”", "in Forbes’ words, “…”", "in the words
    /// of Sen. Tom Hale, “…”". The reporter hands the quote to its owner, whoever
    /// the sentence's subject is. ("in her words" stays with the pronoun's
    /// antecedent, found as for any cue-less quote.) Tokens `lo..hi` run up to the
    /// quote's mark, the last one the comma or colon that introduces it.
    fn words_owner(&self, lo: usize, hi: usize) -> Option<(usize, usize, MentionKind)> {
        if hi < lo + 4 || !matches!(self.word(hi - 1), "," | ":") {
            return None;
        }
        let end = hi - 1;
        let is = |k: usize, w: &str| self.word(k).eq_ignore_ascii_case(w);
        // "in the words of Sen. Tom Hale,": a name fills the rest.
        if let Some(of) = (lo + 3..end).rev().take(8).find(|&k| is(k, "of") && is(k - 1, "words") && is(k - 2, "the")) {
            let run = self.names.run_at_token(of + 1).filter(|r| r.first == of + 1 && r.last == end)?;
            return is(of - 3, "in").then_some((run.start, run.end, MentionKind::Name));
        }
        if !(is(end - 1, "words") || is(end - 1, "word")) {
            return None;
        }
        let mut k = end - 1;
        if is(k - 1, "own") {
            k -= 1;
        }
        // "in Forbes’ words", "in Obama’s word": a name and its possessive ending,
        // a token of its own or part of the name's.
        let mut owner = k;
        while owner > lo
            && k - owner < 2
            && (matches!(self.word(owner - 1), "s" | "’s" | "'s") || is_apostrophe_token(self.word(owner - 1)))
        {
            owner -= 1;
        }
        if owner <= lo + 1 {
            return None;
        }
        let run = self
            .names
            .run_at_token(owner - 1)
            .filter(|r| r.first > lo && r.last == owner && (r.possessive || owner < k))?;
        is(run.first - 1, "in").then_some((run.start, run.end, MentionKind::Name))
    }

    /// The token after a subject name ending before token `k`, past a parenthesis
    /// and an appositive with a determiner up to its closing comma, within `hi`:
    /// "Sen. Ted Cruz (R-Tex.), a Republican candidate who has made religious
    /// liberty a centerpiece of his campaign, tweeted a warning." reaches "tweeted".
    /// `k` itself when neither follows, or when a clause stop ends the appositive
    /// ("Cruz, the senator, and his staff were …"): the caller finds no verb there.
    fn after_appositive(&self, mut k: usize, hi: usize) -> usize {
        if k < hi && self.word(k) == "(" {
            match (k..hi.min(k + 8)).find(|&j| self.word(j) == ")") {
                Some(j) => k = j + 1,
                None => return k,
            }
        }
        if k + 1 < hi && self.word(k) == "," && in_table(&["a", "an", "the"], self.word(k + 1)) {
            if let Some(j) = (k + 2..hi.min(k + 30)).find(|&j| self.word(j) == ",") {
                if j + 1 < hi && !in_table(CLAUSE_STOPS, self.word(j + 1)) {
                    return j + 1;
                }
            }
        }
        k
    }

    /// A quote without a cue is given to a person named before it; when a pronoun
    /// refers to them between that mention and the quote ("Trump added more. He then
    /// had a question for the crowd. ¶ “…”"), the pronoun is the nearest mention of
    /// the speaker, the one annotators mark. The name stays the resolved one. The
    /// pronoun refers to them as a cue's pronoun would ([`Self::personal_antecedent`]):
    /// "Ellis met Grant, and he then had a question" is Ellis's "he", though Grant is
    /// named last.
    fn nearest_pronoun(&self, speaker: Speaker, quote: usize) -> Speaker {
        let (Some(name), Some(from)) = (speaker.name.as_deref(), speaker.end) else { return speaker };
        if from >= quote {
            return speaker;
        }
        let female = self.names.female(name);
        // A pronoun in the mention's own sentence is not a later mention: "“…,” she
        // said, describing how she builds mixers. “…”" keeps the cue's "she".
        let from = self.segment(from.saturating_sub(1)).1.max(from);
        let (lo, hi) = self.tok_range(from, quote);
        // Bounded look-back: the nearest pronoun within the last 60 tokens.
        for k in (lo.max(hi.saturating_sub(60))..hi).rev() {
            let t = self.tokens[k];
            if self.is_quoted(t.start) {
                continue;
            }
            let w = self.word(k);
            if !in_table(PERSON_PRONOUNS, w) {
                continue;
            }
            let she = w.eq_ignore_ascii_case("she");
            if female.is_some_and(|f| f != she) {
                // A pronoun for someone else stands between: the name is nearer.
                return speaker;
            }
            // The pronoun must refer to the speaker.
            let last = self.personal_antecedent(t.start, she, PRONOUN_CHAIN);
            if last.is_some_and(|(n, _)| n == name) {
                return Speaker { start: Some(t.start), end: Some(t.end), ..speaker };
            }
            return speaker;
        }
        speaker
    }

    /// Words woven into a clause whose subject is a pronoun for the sentence's
    /// subject are credited to that pronoun, the clause's own subject: "Comey
    /// cleared Clinton, even though he found “evidence” of …" — the mention is
    /// "he", the name stays the resolved one.
    fn clause_pronoun(&self, speaker: Speaker, quote: usize) -> Speaker {
        let (Some(name), Some(from)) = (speaker.name.as_deref(), speaker.end) else { return speaker };
        if from >= quote || self.segment(from).1 <= quote {
            return speaker;
        }
        let (lo, hi) = self.tok_range(from, quote);
        for k in (lo.max(hi.saturating_sub(40))..hi).rev() {
            let t = self.tokens[k];
            let w = self.word(k);
            if self.is_quoted(t.start) || !in_table(PERSON_PRONOUNS, w) {
                continue;
            }
            // Only a pronoun opening a clause of its own, after a comma, a conjunction
            // or a subordinator. "she made it clear that she has “…”": the subject of
            // a that-clause is what is reported; the clause that reports it speaks.
            let before = if k > 0 { self.word(k - 1) } else { "" };
            if !(before == "," || one_of(SUBORDINATORS, before) || one_of(&["and", "but", "so"], before)) {
                continue;
            }
            let she = w.eq_ignore_ascii_case("she");
            let last = self.personal_antecedent(t.start, she, PRONOUN_CHAIN);
            if last.is_some_and(|(n, _)| n == name) {
                return Speaker { start: Some(t.start), end: Some(t.end), ..speaker };
            }
            return speaker;
        }
        speaker
    }

    /// A new voice for a cue-less quote at byte `quote` that opens its paragraph: the
    /// last person (a person entity, when entities are given) named outside quotes
    /// after byte `since` (the end of the last attributed quote) as the subject
    /// opening a sentence — titles and a possessive opener allowed, an appositive
    /// after. Vox-pops introduce each voice so ("Angela Ruiz, 38, a nurse from Ames,
    /// has not decided. ¶ “I want …”"), as do statements ("Dr. Ward stated: ¶ “…”").
    /// A person introduced by a person's appositive anywhere in a sentence without a
    /// quote of its own counts too ("Among them is Angela Ruiz, 38, a nurse from
    /// Ames. ¶ “I want …”").
    fn newcomer(&self, since: usize, quote: usize) -> Option<Speaker> {
        let (pos, name, entity) = self.names.last_person_before(quote, |p| {
            p < since || self.is_quoted(p) || !(self.opens_paragraph_sentence(p, p) || self.introduced(p))
        })?;
        if pos < since {
            return None;
        }
        self.person_voice(pos, name, entity)
    }

    /// The name found at byte `pos` (resolved to `name`, entity `entity`) as a
    /// speaker whose mention is the whole name run there — unless the entity stage,
    /// when it ran, types that run as something other than a person.
    fn person_voice(&self, pos: usize, name: String, entity: Option<usize>) -> Option<Speaker> {
        let ti = self.tok_range(pos, pos + 1).0;
        let end = self.names.run_at_token(ti).map_or(pos, |r| r.end);
        if self.names.has_entities() && self.names.entity_kind_at(pos, end) != Some(EntityType::Person) {
            return None;
        }
        Some(Speaker { name: Some(name), start: Some(pos), end: Some(end), entity })
    }

    /// A voice named by a caption line of its own right before a cue-less quote
    /// paragraph opening at byte `open`: reader panels and interviews head each
    /// answer with the speaker ("MARK BENSON, 52, Des Moines ¶ “He tells it like it
    /// is.”"). The line has no sentence punctuation at its end, at most twelve
    /// tokens and no quote, and opens with a person's name followed by nothing, a
    /// comma or a parenthesis. Upper-case names count as the entity stage types
    /// them: a person, or any name but a place when an age or occupation follows.
    fn header_voice(&self, open: usize) -> Option<Speaker> {
        let before = self.text[..open].trim_end();
        let from = line_start(before, before.len());
        // A bulleted list of voices: "• MARK BENSON, 52, Des Moines".
        let line = before[from..].trim_start_matches(|c: char| c.is_whitespace() || BULLETS.contains(&c));
        let ls = before.len() - line.len();
        if ls < self.headline_end || line.is_empty() || line.ends_with(['.', '!', '?', ':', ';']) {
            return None;
        }
        let (lo, hi) = self.tok_range(ls, before.len());
        if hi <= lo || hi - lo > 12 || (lo..hi).any(|k| self.is_quoted(self.tokens[k].start)) {
            return None;
        }
        // The entity stage may see more of an upper-case name than the name finder
        // ("MARK BENSON" against "MARK"): the longer reading wins.
        let entity = self.names.entity_mention_at(self.tokens[lo].start).map(|(e, _)| e);
        let (end, person) = match self.names.run_at_token(lo).filter(|r| r.first == lo && !r.possessive) {
            Some(run) if entity.is_none_or(|e| e <= run.end) => (run.end, self.subject_kind(run) == Some(true)),
            _ => {
                let end = entity?;
                (end, self.names.entity_kind_at(ls, end) == Some(EntityType::Person))
            }
        };
        let rest = &self.text[end..before.len()];
        let after = rest.trim_start_matches(' ');
        if !(after.is_empty() || after.starts_with([',', '('])) {
            return None;
        }
        let listed = self.names.entity_kind_at(ls, end) != Some(EntityType::Place) && entities::person_appositive(rest);
        if !(person || listed) {
            return None;
        }
        let (name, entity) = self.names.resolve_name(self.tokens[lo].start, end);
        Some(Speaker { name: Some(name), start: Some(self.tokens[lo].start), end: Some(end), entity })
    }

    /// A voice introduced right after its words: a cue-less quote opening its
    /// paragraph, ending at byte `end`, followed in the same paragraph by a sentence
    /// that names a person with a person's appositive, is that person's. Features
    /// and vox-pops often lead with the words and name the speaker after them
    /// ("“He tells it like it is.” Mark Benson, 52, drives a truck in Des Moines.",
    /// "“…” So says Angela Ruiz, a nurse from Ames."): the first person named in the
    /// sentence right after the quote, with a person's appositive.
    fn follower(&self, end: usize) -> Option<Speaker> {
        let (pos, name, entity) = self.names.first_person_after(end)?;
        if self.text.get(end..pos).is_none_or(|t| t.contains('\n')) || self.is_quoted(pos) {
            return None;
        }
        // The sentence right after the quote: the name opens it, or a short
        // identifying frame leads to it ("So says Angela Ruiz, a nurse from Ames.",
        // "That was the verdict of Mark Benson, a trucker.").
        let (sentence, _) = self.segment(pos);
        let right_after = self.text.get(end..sentence).is_some_and(|t| {
            t.chars().all(|c| {
                c.is_whitespace()
                    || marks::is_quote_char(c.encode_utf8(&mut [0; 4]))
                    || matches!(c, '.' | ',' | '!' | '?')
            })
        });
        if sentence < end || !right_after || !self.introduced(pos) {
            return None;
        }
        self.person_voice(pos, name, entity)
    }

    /// Whether the name at byte `at` is followed by an appositive only a person takes
    /// ("Angela Ruiz, 38,", "Ruiz, a nurse from Ames") in a sentence that holds no
    /// quote: a voice being introduced, not a name in passing.
    fn introduced(&self, at: usize) -> bool {
        let ti = self.tok_range(at, at + 1).0;
        let Some(run) = self.names.run_at_token(ti) else {
            return false;
        };
        if !entities::person_appositive(&self.text[run.end..]) {
            return false;
        }
        let (lo, hi) = self.segment(at);
        let i = self.regions.partition_point(|r| r.close.1 <= lo);
        self.regions.get(i).is_none_or(|r| r.open.0 >= hi)
    }

    /// Whether the name at byte `at` is the subject of a sentence in the paragraph of
    /// byte `quote` (no line break between), opening it or its clause after a comma.
    fn opens_paragraph_sentence(&self, at: usize, quote: usize) -> bool {
        if self.text.get(at..quote).is_none_or(|t| t.contains('\n')) {
            return false;
        }
        let (seg_start, _) = self.segment(at);
        let (lo, i) = self.tok_range(seg_start, at);
        // Bounded look-back keeps run-on text linear.
        if i > lo + 12 {
            return false;
        }
        // Possessive openers ("Iowa State University's Dianne Bystrom") and titles
        // belong to the subject: every token before it is a capitalised word or "'s".
        (lo..i).all(|k| self.names.run_at_token(k).is_some() || is_apostrophe_token(self.word(k)))
    }

    /// Whether a speech cue follows byte `at` within two words ("Carter said",
    /// "Carter also argued").
    fn cue_follows(&self, at: usize) -> bool {
        let (i, _) = self.tok_range(at, at);
        (i..(i + 3).min(self.tokens.len())).any(|k| self.cue_at(k, self.tokens.len()).is_some())
    }

    /// The last person named outside quotes in `from..to`, within the paragraph
    /// before `to` or the one before it, as a speaker.
    fn person_between(&self, from: usize, to: usize) -> Option<Speaker> {
        let (pos, name, entity) = self.names.last_person_before(to, |p| self.is_quoted(p))?;
        let para = self.text[..to]
            .trim_end()
            .rfind('\n')
            .map_or(0, |k| self.text[..k].trim_end().rfind('\n').map_or(0, |j| j + 1));
        if pos < from || pos < para {
            return None;
        }
        let ti = self.tok_range(pos, pos + 1).0;
        let end = self.names.run_at_token(ti).map_or(pos, |r| r.end);
        Some(Speaker { name: Some(name), start: Some(pos), end: Some(end), entity })
    }

    fn cue(&self, (a, b): (usize, usize)) -> Cue {
        Cue { text: self.shown[a..b].to_string(), start: a, end: b }
    }

    /// The noun phrase of a descriptor mention (bytes `s..e`), as readers are shown
    /// it: after a leading dash or subordinator ("though a number of attendees"), up to
    /// where the phrase runs on into its verb ("Nuclear experts have similarly
    /// discounted …", "a reporter can …", "the agency no longer …", "the think tank's
    /// report - still …"). `None` when no noun phrase is left: the mention opens with
    /// a verb ("has always …").
    fn descriptor_extent(&self, s: usize, e: usize) -> Option<(usize, usize)> {
        const SUBORDINATE: &[&str] = &["though", "although", "while"];
        let (lo, hi) = self.tok_range(s, e);
        let spaced_dash = |k: usize| {
            matches!(self.word(k), "-" | "—" | "–") && (k == 0 || self.tokens[k].start > self.tokens[k - 1].end)
        };
        let verb = |k: usize| {
            in_table(PHRASE_VERBS, self.word(k))
                || (self.word(k).eq_ignore_ascii_case("no") && k + 1 < hi && self.word(k + 1) == "longer")
        };
        let mut a = lo;
        while a < hi && (spaced_dash(a) || in_table(SUBORDINATE, self.word(a))) {
            a += 1;
        }
        let mut b = (a + 1..hi).find(|&k| verb(k)).unwrap_or(hi);
        // "Parents who have spoken with the board": the phrase before its verb, not
        // its relative pronoun.
        while b > a + 1 && (spaced_dash(b - 1) || (b < hi && in_table(&["who", "that", "which"], self.word(b - 1)))) {
            b -= 1;
        }
        if a >= hi || verb(a) {
            return None;
        }
        // "The memo goes on to say:", "The film shows Carl asking": the phrase ends
        // before a finite verb that runs on into its object.
        if let Some(k) = (a + 1..b).find(|&k| self.finite_in_phrase(k)) {
            b = k;
        }
        let number = |k: usize| self.tokens.get(k).is_some_and(|t| t.kind == TokenKind::Number);
        // "47 percent said": the share is its number and "percent".
        if in_table(&["percent", "%"], self.word(a)) && a > 0 && number(a - 1) {
            a -= 1;
        }
        // "according to a 2014 Labor Department study": a year or count after the article
        // is part of the noun phrase, which runs on to its head (the phrase finders stop
        // at the number and leave the article alone).
        if b == a + 1 && in_table(&["a", "an", "the"], self.word(a)) && number(b) {
            let mut k = b + 1;
            while k < (b + 5).min(self.tokens.len())
                && self.is_word(k)
                && !verb(k)
                && ![PREPOSITIONS, CLAUSE_STOPS, NP_END].iter().any(|t| in_table(t, self.word(k)))
                && self.tokens[k].start == self.tokens[k - 1].end + 1
            {
                k += 1;
            }
            if k > b + 1 {
                b = k;
            }
        }
        // "the order released Friday said", "says a source involved in the talks": a
        // past participle ending the phrase opens a reduced relative clause, no part
        // of the name readers are shown ("the order", "a source").
        // A second determiner or a relative word inside makes the verb finite: "figures
        // her campaign released", "chairs that the paper interviewed".
        // So does a plural noun after a singular article: "a fact sheet lawmakers released".
        let one_phrase = (a + 1..b).all(|k| !in_table(DETERMINERS, self.word(k)) && !in_table(RELATIVES, self.word(k)));
        let cut = |p: usize| {
            let plural_before = self.word(p - 1).ends_with('s') && in_table(&["a", "an"], self.word(a));
            one_phrase && !plural_before && self.reduced_relative_participle(p)
        };
        // A day or time word may follow it ("a poll released Thursday").
        let when = |k: usize| {
            is_day_or_month(self.word(k)) || in_table(&["today", "yesterday", "earlier", "previously"], self.word(k))
        };
        if b >= a + 4 && when(b - 1) && cut(b - 2) {
            b -= 2;
        } else if b >= a + 3 && cut(b - 1) {
            b -= 1;
        }
        Some((self.tokens[a].start, self.tokens[b - 1].end))
    }

    /// Whether token `k`, inside a descriptor mention, is the finite verb the noun
    /// phrase before it runs on into: a past tense before a determiner or number
    /// ("Another featured five photos", "The mayor struck a deal"; not "the
    /// embattled mayor"), or an "-s" verb after an article and a singular noun, before
    /// a determiner, number, name or "on" ("The memo goes on", "The film shows
    /// Carl"; not "platform committee members", "Republican hopefuls Jeb Bush").
    fn finite_in_phrase(&self, k: usize) -> bool {
        let w = self.word(k);
        if k == 0 || k + 1 >= self.tokens.len() || !self.is_word(k) || is_capitalized(w) {
            return false;
        }
        if [PREPOSITIONS, DETERMINERS, RELATIVES, CLAUSE_STOPS, NP_END].iter().any(|t| in_table(t, w)) {
            return false;
        }
        let next = self.word(k + 1);
        let object =
            in_table(DETERMINERS, next) || in_table(RATIO, next) || self.tokens[k + 1].kind == TokenKind::Number;
        let past = (w.len() > 4 && w.ends_with("ed") && !w.ends_with("eed")) || in_table(IRREGULAR_PAST, w);
        if past {
            return object;
        }
        // Only as the phrase's third word, after a determiner and its noun: "Republican
        // presidential hopefuls Jeb Bush" has no verb.
        let prev = self.word(k - 1);
        let singular_noun = k >= 2
            && in_table(&["the", "a", "an", "this", "that", "one", "another"], self.word(k - 2))
            && self.is_word(k - 1)
            && !is_capitalized(prev)
            && !prev.ends_with('s')
            && !is_adverb(prev);
        s_form(w) && singular_noun && (object || next == "on" || (self.is_word(k + 1) && is_capitalized(next)))
    }

    /// Whether token `k`, the last word of a descriptor of at least three words, is a
    /// past participle that opens a reduced relative clause ("a campaign ad
    /// released Thursday", "a poll conducted in May"): a lowercase "-ed" word after
    /// a noun, not after an adverb ("the newly elected") or "those" ("those
    /// surveyed"), and not a word that only looks like one ("a few hundred").
    fn reduced_relative_participle(&self, k: usize) -> bool {
        const NOT_PARTICIPLES: &[&str] = &["hundred", "kindred", "sacred", "wicked", "beloved", "naked"];
        let w = self.word(k);
        let prev = self.word(k - 1);
        self.is_word(k)
            && !is_capitalized(w)
            && w.len() > 4
            && w.ends_with("ed")
            && !w.ends_with("eed")
            && !w.contains('-')
            && !in_table(NOT_PARTICIPLES, w)
            && self.is_word(k - 1)
            && !is_adverb(prev)
            && ![DETERMINERS, PREPOSITIONS, &["those", "and", "or", "not"]].iter().any(|t| in_table(t, prev))
    }

    /// Resolves an attribution's mention to a speaker.
    fn speaker(&self, a: &Attribution) -> Speaker {
        let Some((s, e, kind)) = a.mention else { return Speaker::default() };
        let (s, e) = match kind {
            MentionKind::Descriptor => match self.descriptor_extent(s, e) {
                Some(extent) => extent,
                None => return Speaker::default(),
            },
            _ => (s, e),
        };
        // "he’s said", "she'd told": the contracted verb is no part of the pronoun.
        let contracted = ["’s", "'s", "’d", "'d"]
            .iter()
            .find_map(|c| self.text[s..e].strip_suffix(c))
            .filter(|p| in_table(PERSON_PRONOUNS, p))
            .map(str::len);
        let (e, kind) = match contracted {
            Some(n) => (s + n, MentionKind::Pronoun),
            None => (e, kind),
        };
        let written = self.text[s..e].replace('\u{a0}', " ");
        let resolved = match kind {
            MentionKind::Name => {
                let (name, entity) = self.names.resolve_name(s, e);
                Some((if name.is_empty() { written.clone() } else { name }, entity))
            }
            // A possessive owner of a speech noun ("his warning that …") is its pronoun.
            MentionKind::Pronoun if in_table(&["his", "her"], &written) => {
                let as_subject = if written.eq_ignore_ascii_case("his") { "he" } else { "she" };
                let female = Some(as_subject == "she");
                self.names.last_person_for(s, female, |p| self.is_quoted(p)).map(|(_, n, e)| (n, e))
            }
            MentionKind::Pronoun if in_table(PERSON_PRONOUNS, &written) => {
                // The last person named outside quotes, or the last named speaker,
                // whichever is nearer: a name used as a speaker is a person even when
                // the name finder could not tell ("Smith said …. He added …").
                // "she" is not Mr. Meyer: a person of the other sex, when titles, role
                // nouns or first names tell, is passed over.
                self.personal_antecedent(s, written.eq_ignore_ascii_case("she"), PRONOUN_CHAIN)
            }
            // "They argue", "it said": the group or organisation last named as a subject.
            MentionKind::Pronoun if in_table(&["they", "it"], &written) => {
                self.group_antecedent(s, written.eq_ignore_ascii_case("they"))
            }
            MentionKind::Pronoun => None,
            // "the spokeswoman" is the person introduced as spokeswoman; "a
            // spokeswoman" is someone new, and "the vice president" or "the Florida
            // senator" need more than the role noun to tell who.
            MentionKind::Descriptor => match written.split_whitespace().collect::<Vec<_>>()[..] {
                [the, head] if the.eq_ignore_ascii_case("the") => self.names.resolve_descriptor(head, s),
                _ => None,
            },
            // "that" stands for the noun right before it, never a person named
            // earlier ("an editorial that accuses Sanders of …"); a name after a
            // preposition ("reports published in May that") is no such noun.
            MentionKind::Relative if written.eq_ignore_ascii_case("that") => {
                let k = self.tok_range(s, s).0;
                self.names
                    .run_at_token(k.saturating_sub(1))
                    .filter(|r| k > 0 && r.last == k && !r.possessive)
                    .filter(|r| r.first == 0 || !in_table(PREPOSITIONS, self.word(r.first - 1)))
                    .map(|r| self.names.resolve_name(r.start, r.end))
                    .filter(|(n, _)| !n.is_empty())
            }
            MentionKind::Relative => self.antecedent(s),
        };
        if matches!(kind, MentionKind::Name | MentionKind::Relative) {
            if let Some((n, e)) = &resolved {
                let mut list = self.speakers.borrow_mut();
                if list.last().is_none_or(|l| l.0 < s) {
                    list.push((s, n.clone(), *e));
                }
            }
        }
        let (name, entity) = match resolved {
            Some((n, e)) => (Some(n), e),
            // An unresolved descriptor is still the best name we have ("a spokesman").
            None if kind == MentionKind::Descriptor => (Some(written), None),
            None if kind == MentionKind::Relative => (self.antecedent_phrase(s), None),
            None => (None, None),
        };
        Speaker { name, start: Some(s), end: Some(e), entity }
    }

    /// The person "he" (`she` false) or "she" at byte `at` refers to.
    ///
    /// Pronouns refer back to the topic, and the topic is a subject: the person a
    /// sentence is about or who spoke, not one named in passing as an object ("Perez
    /// hammered Trump, calling him a “train wreck,” and contrasted the Republican
    /// candidate, whom he described …" — he is Perez; "In his statement, Sanders tried
    /// to hold Snyder accountable. ¶ “There are no excuses,” he said." — he is
    /// Sanders). So the candidates are the persons of fitting sex named outside
    /// quotes, the speakers named so far and the same pronoun, which refers to whom it
    /// refers to (followed at most `depth` pronouns back); a candidate is salient when
    /// it is a subject ([`Self::salience`]; pronouns and speakers always are). The
    /// most salient candidate in the pronoun's own sentence wins, unless it is only
    /// a possessive or the object of a preposition ("In her letter to Clinton, she
    /// wrote"), and it must be the main clause's subject when the pronoun follows an
    /// opening subordinate clause ("Asked whether Clinton can win, she replied");
    /// else the most salient in the nearest earlier sentence with a candidate (at
    /// most [`SALIENCE_SENTENCES`] unquoted sentences back), which may be an object
    /// or possessive when that sentence has no subject to offer ("… listening to FBI
    /// Director James Comey’s statement. He called …"). Among equals, the nearest.
    /// Beyond that, the last person named outside quotes or the last named speaker,
    /// whichever is nearer. "she" is not Mr. Meyer: a person of the other sex, when
    /// titles, role nouns or first names tell, is passed over.
    fn personal_antecedent(&self, at: usize, she: bool, depth: usize) -> Option<(String, Option<usize>)> {
        let female = Some(she);
        // "Police said … “…,” he said": a name whose last word marks an
        // organisation or place ("Police", "State", "the Justice Department") is no
        // "he" or "she", even where the entity stage took it for a person, unless
        // the text writes that word after a first name ("Kristen Day … Day said").
        // Nor is a known organisation named by one word, such as a news agency that
        // spoke before ("Xinhua wrote … “…,” he said"), unless it is also a surname
        // the text gives a first name ("Michael Bloomberg … Bloomberg said").
        let fits = |n: &str| {
            let org = |w: &str| {
                in_table(cues::ORG_WORDS, w) || (n == w && entities::lexicon::lookup(w) & entities::lexicon::ORG != 0)
            };
            self.names.female(n).is_none_or(|f| Some(f) == female)
                && n.split_whitespace().last().is_none_or(|w| !org(w) || self.surname(w))
        };
        if let Some(later) = self.cataphor(at, &fits) {
            return Some(later);
        }
        // "Ailes left in July. He drove it to cover the Clinton, Bush and Obama eras.
        // He made it …": a "he" or "she" opening its sentence right after a sentence
        // that the same pronoun opens keeps that sentence's subject, not the names
        // within it.
        let own = self.segment(at).0;
        if depth > 0 && own > 0 && self.text[own..at].trim().is_empty() {
            let prev = self.segment(own - 1).0;
            let (lo, hi) = self.tok_range(prev, own);
            let pronoun = if she { "she" } else { "he" };
            let same = lo < hi && self.word(lo).eq_ignore_ascii_case(pronoun) && !self.is_quoted(self.tokens[lo].start);
            if same {
                return self.personal_antecedent(self.tokens[lo].start, she, depth - 1);
            }
        }
        // "Mrs. Clinton … “…,” he said": where one name stands for two people (the
        // Clintons), a courtesy title at the mention tells which one is meant there
        // (a role noun does not: "Trump spokesman Hope Hicks").
        let titled = |p: usize| {
            let Some(run) = self.names.run_at_token(self.tok_range(p, p + 1).0) else { return true };
            let courtesy = (run.first..run.name_first)
                .any(|k| one_of(&["mr", "mrs", "ms", "miss"], self.word(k).trim_end_matches('.')));
            !courtesy || run.female.is_none_or(|f| f == she)
        };
        let fits_at = |p: usize, n: &str| fits(n) && titled(p);
        let spoke = self.speakers.borrow().iter().rev().find(|x| x.0 < at && fits_at(x.0, &x.1)).cloned();
        let window = self.salience_window(at).max(self.headline_end);
        // Candidates `(offset, salience, person)`; a pronoun's person is `None` until
        // followed, and a name's salience is rated only when its sentence is weighed.
        let mut cands: Vec<(usize, u8, Option<Named>)> = self
            .names
            .persons_for(at, female)
            .take_while(|m| m.0 >= window)
            .filter(|m| !self.is_quoted(m.0) && fits_at(m.0, m.1))
            .map(|(p, n, e)| (p, UNRATED, Some((n, e))))
            .collect();
        cands.extend(spoke.as_ref().filter(|x| x.0 >= window).map(|(p, n, e)| (*p, 3, Some((n.as_str(), *e)))));
        let (lo, hi) = self.tok_range(window, at);
        let pronoun = if she { "she" } else { "he" };
        // Bounded look-back keeps run-on text linear.
        cands.extend((lo.max(hi.saturating_sub(120))..hi).filter_map(|k| {
            let t = self.tokens[k];
            (self.word(k).eq_ignore_ascii_case(pronoun) && !self.is_quoted(t.start)).then_some((t.start, 3, None))
        }));
        // Nearest first, stable. An insertion sort: the lists are short and nearly
        // in order, and it keeps the generic sort's code out of the wasm builds.
        for i in 1..cands.len() {
            let mut j = i;
            while j > 0 && cands[j - 1].0 < cands[j].0 {
                cands.swap(j - 1, j);
                j -= 1;
            }
        }
        let earlier = cands.iter().position(|c| c.0 < own).map(|i| (i, self.segment(cands[i].0).0));
        let rated = earlier.map_or(cands.len(), |(i, seg)| i + cands[i..].iter().take_while(|c| c.0 >= seg).count());
        for c in &mut cands[..rated] {
            if c.1 == UNRATED {
                c.1 = self.salience(c.0);
            }
        }
        // The most salient candidate of a sentence, the nearest among equals.
        let best_in = |from: usize, seg: usize, min: u8| {
            (from..rated)
                .take_while(|&i| cands[i].0 >= seg)
                .filter(|&i| cands[i].1 >= min)
                .fold(None, |b: Option<usize>, i| if b.is_some_and(|b| cands[b].1 >= cands[i].1) { b } else { Some(i) })
        };
        // "Asked whether Clinton can win, she replied": the clause subject of an
        // opening subordinate clause is not the main clause's "she".
        let (first, me) = self.tok_range(own, at);
        let opened = (first..me.min(first + 120)).find(|&k| self.is_word(k) && !self.is_quoted(self.tokens[k].start));
        let after_opening =
            me > 0 && self.word(me - 1) == "," && opened.is_some_and(|k| one_of(SUBORDINATORS, self.word(k)));
        let chosen = best_in(0, own, if after_opening { 3 } else { 1 })
            .or_else(|| earlier.and_then(|(i, seg)| best_in(i, seg, 0)));
        match chosen.map(|i| cands[i]) {
            Some((_, _, Some((name, entity)))) => Some((name.to_string(), entity)),
            Some((p, _, None)) if depth > 0 => self.personal_antecedent(p, she, depth - 1),
            _ => {
                let named = self.names.persons_for(at, female).find(|m| !self.is_quoted(m.0) && fits_at(m.0, m.1));
                match (named, spoke) {
                    (Some(a), Some(b)) => Some(if a.0 >= b.0 { (a.1.to_string(), a.2) } else { (b.1, b.2) }),
                    (Some(a), None) => Some((a.1.to_string(), a.2)),
                    (None, Some(b)) => Some((b.1, b.2)),
                    (None, None) => None,
                }
            }
        }
    }

    /// Whether `word` follows a first name the name tables know somewhere in the
    /// text ("Kristen Day"): a surname, though it also marks organisations.
    fn surname(&self, word: &str) -> bool {
        (1..self.tokens.len()).any(|k| {
            self.word(k).eq_ignore_ascii_case(word)
                && is_capitalized(self.word(k - 1))
                && self.names.female(self.word(k - 1)).is_some()
        })
    }

    /// The person a pronoun at byte `at` refers ahead to: in an opening clause that
    /// names no one before it, the pronoun is the main clause's subject ("Before he
    /// left, Smith said …", "Hastily politicizing the tragedy – much like he did
    /// after Paris – Trump cast the blame …"). The sentence opens with a
    /// subordinator or a participle, and the subject opens the main clause after a
    /// comma or dash, within 40 tokens; `fits` checks its sex.
    fn cataphor(&self, at: usize, fits: &impl Fn(&str) -> bool) -> Option<(String, Option<usize>)> {
        let own = self.segment(at).0;
        let (lo, me) = self.tok_range(own, at);
        let opener = (lo..me.min(lo + 40)).find(|&k| self.is_word(k) && !self.is_quoted(self.tokens[k].start))?;
        let w = self.word(opener).to_lowercase();
        let participle =
            w.ends_with("ing") || (is_adverb(&w) && self.is_word(opener + 1) && self.word(opener + 1).ends_with("ing"));
        if !(one_of(SUBORDINATORS, &w) || participle) {
            return None;
        }
        if self.names.persons_for(at, None).next().is_some_and(|m| m.0 >= own) {
            return None;
        }
        let end = self.segment(at).1;
        let (_, hi) = self.tok_range(at, end);
        for k in me + 1..hi.min(me + 40) {
            if !one_of(CLAUSE_BREAKS, self.word(k)) || k + 1 >= hi {
                continue;
            }
            let run = self.names.run_at_token(k + 1).filter(|r| r.first == k + 1)?;
            if self.salience(run.start) < 3 {
                return None;
            }
            let (name, entity) = self.names.resolve_name(run.start, run.end);
            return (!name.is_empty() && fits(&name)).then_some((name, entity));
        }
        None
    }

    /// The start of the sentence [`SALIENCE_SENTENCES`] sentences before the one
    /// holding byte `at`, counting only sentences with words outside quotes (a
    /// quoted paragraph is the speaker's, not the reporter's, and names no topic).
    fn salience_window(&self, at: usize) -> usize {
        let mut start = self.segment(at).0;
        let mut left = SALIENCE_SENTENCES;
        // Bounded: quoted paragraphs between add at most a few sentences.
        for _ in 0..12 {
            if left == 0 || start == 0 {
                break;
            }
            let prev = self.segment(start - 1).0;
            let (lo, hi) = self.tok_range(prev, start);
            if (lo..hi).any(|k| self.is_word(k) && !self.is_quoted(self.tokens[k].start)) {
                left -= 1;
            }
            start = prev;
        }
        start
    }

    /// How much the person named at byte `pos` is a topic: 3 for a subject of an
    /// inverted cue ("said Hammond") or one opening its sentence or a clause after a
    /// comma, past titles and an opening phrase ("In fact, Ebeling emerged as …",
    /// "Former Democratic candidate Bernie Sanders, who …, said", "“…,” Sarandon told
    /// MSNBC", "Though Ms. Olivieri has lived …"); 2 for the subject of a clause
    /// opened by a conjunction ("some cheer when Johnson calls …", "that Obama did");
    /// 1 for another person, such as the object of a verb ("telling Clinton she had
    /// been …"); 0 for a possessive ("Trump’s remarks"), the object of a preposition
    /// ("with Clinton") or a name the entity stage does not take for a person.
    fn salience(&self, pos: usize) -> u8 {
        let ti = self.tok_range(pos, pos + 1).0;
        let Some(run) = self.names.run_at_token(ti) else { return 0 };
        let seg = self.segment(pos).0;
        let lo = self.tok_range(seg, seg).0;
        // The entity stage types lone surnames unreliably ("Cuban said"); only a
        // place or organisation is out, a lone title word ("Democratic rival"), or
        // a lone word opening a sentence that it does not call a person
        // ("Conservative icon Phyllis Schlafly").
        let lone = run.name_first + 1 == run.last;
        let not_person =
            matches!(self.names.entity_kind_at(run.start, run.end), Some(EntityType::Org | EntityType::Place))
                || (lone && one_of(TITLES, &run.name))
                || (lone && run.first == lo && self.subject_kind(run) != Some(true));
        let object = self.after_preposition(lo, run.first)
            || (run.first > lo && one_of(MORE_PREPOSITIONS, self.word(run.first - 1)));
        if run.possessive || not_person || object {
            return 0;
        }
        // An inverted cue right after the quote or its comma ("“…,” said Hammond"),
        // not a verb before its object ("criticized Governor Tom Grant").
        if run.first > lo + 1
            && (!self.is_word(run.first - 2) || self.is_quoted(self.tokens[run.first - 2].start))
            && self.cue_at(run.first - 1, run.first).is_some()
        {
            return 3;
        }
        // The clause: after the last comma before the name, else the sentence past
        // quoted words at its start and a subordinator. Bounded look-back keeps
        // run-on text linear.
        let mut c = lo.max(run.first.saturating_sub(40));
        while c < run.first && (self.is_quoted(self.tokens[c].start) || !self.is_word(c)) {
            c += 1;
        }
        if let Some(k) = (c..run.first).rev().find(|&k| one_of(CLAUSE_BREAKS, self.word(k))) {
            c = k + 1;
            // "… named Jim Hale, Tom Boyd and Paul Reyes": a comma right after a name,
            // before a name that "and", "or" or another comma joins on, makes a list,
            // not a clause; a listed name is as much a topic as the list's first.
            let joins = |k: usize| one_of(&[",", "and", "or"], self.word(k));
            let listed = self.word(k) == ","
                && ((run.last < self.tokens.len() && joins(run.last)) || (run.first > c && joins(run.first - 1)))
                && (c..run.first).all(|j| joins(j) || is_capitalized(self.word(j)) || one_of(TITLES, self.word(j)));
            if let Some(prev) = self.names.run_at_token(k.saturating_sub(1)).filter(|r| listed && k > lo && r.last == k)
            {
                return self.salience(prev.start);
            }
        } else if c < run.first && one_of(SUBORDINATORS, self.word(c)) {
            c += 1;
        }
        let opener = |k: usize| {
            let w = self.word(k);
            !self.is_word(k)
                || is_capitalized(w)
                || one_of(TITLES, w)
                || one_of(ROLE_NOUNS, w)
                || one_of(&["the", "and", "but", "so", "yet", "also", "then"], w)
        };
        if (c..run.first).all(opener) {
            return 3;
        }
        // A clause opened by a conjunction right before the name (titles between).
        let mut k = run.first;
        while k > c && self.is_word(k - 1) && (is_capitalized(self.word(k - 1)) || one_of(TITLES, self.word(k - 1))) {
            k -= 1;
        }
        let w = self.word(k.saturating_sub(1));
        if k > c && (one_of(SUBORDINATORS, w) || one_of(&["that", "while", "whether", ";"], w)) {
            2
        } else {
            1
        }
    }

    /// The person a relative pronoun at byte `at` stands for: the name right before it
    /// ("Mike Lee, who"), else the last person named earlier in its sentence ("said
    /// Alfonso Aguilar, the executive director of …, who").
    fn antecedent(&self, at: usize) -> Option<(String, Option<usize>)> {
        let (w, _) = self.tok_range(at, at);
        let mut k = w;
        if k > 0 && self.word(k - 1) == "," {
            k -= 1;
        }
        if let Some(run) = (k > 0).then(|| self.names.run_at_token(k - 1)).flatten().filter(|r| !r.possessive) {
            if run.last == k {
                let (name, entity) = self.names.resolve_name(run.start, run.end);
                return (!name.is_empty()).then_some((name, entity));
            }
        }
        let sentence = self.segment(at).0;
        let (pos, name, entity) = self.names.last_person_before(at, |p| self.is_quoted(p))?;
        (pos >= sentence && at - pos <= 200).then_some((name, entity))
    }

    /// The noun phrase a relative pronoun at byte `at` follows, as written ("some
    /// far-right commentators who"), when no person resolves it.
    fn antecedent_phrase(&self, at: usize) -> Option<String> {
        let (w, _) = self.tok_range(at, at);
        let mut end = w;
        if end > 0 && self.word(end - 1) == "," {
            end -= 1;
        }
        let lo = self.tok_range(self.segment(at).0, at).0;
        let back = |end: usize| {
            let mut k = end;
            while k > lo && end - k < 6 && self.is_word(k - 1) && !in_table(CLAUSE_STOPS, self.word(k - 1)) {
                k -= 1;
            }
            k
        };
        let mut k = back(end);
        // "two reports published in May that": a participle and its phrase sit
        // between the noun and the pronoun.
        if k + 1 == end && k > lo + 2 && in_table(&["in", "on", "at", "by"], self.word(k - 1)) {
            let p = k - 2;
            if self.word(p).ends_with("ed") && !is_capitalized(self.word(p)) {
                let j = back(p);
                if j < p {
                    end = p;
                    k = j;
                }
            }
        }
        // "reprint a withering editorial that": the noun phrase opens at its
        // determiner, not at the verb before it.
        if let Some(d) = (k..end).rev().find(|&d| in_table(DETERMINERS, self.word(d))) {
            k = d;
        }
        (k < end).then(|| self.shown[self.tokens[k].start..self.tokens[end - 1].end].to_string())
    }

    /// The group or organisation "they" or "it" at byte `at` stands for: the subject
    /// of the pronoun's own sentence before it, or of the nearest earlier sentence
    /// (at most [`SALIENCE_SENTENCES`] back, quotes skipped) — an organisation the
    /// entity stage names ("The Heritage Foundation released a report. It said …"),
    /// a noun phrase with a determiner and of the pronoun's number ("The groups filed
    /// suit on Monday. They argue …", "The lawsuit names the county. It says …") or,
    /// for "they", a plural group of people ([`Self::plural_group`]: "Democrats
    /// objected. They said …"). A person opening that sentence, or no
    /// subject of this shape, means no group: the pronoun is then left unresolved,
    /// as before. The name is the phrase as written (or the organisation's name).
    fn group_antecedent(&self, at: usize, plural: bool) -> Option<(String, Option<usize>)> {
        // Inside a quote, "they" belongs to the speaker's own discourse.
        if self.is_quoted(at) {
            return None;
        }
        // "As they navigated the halls, some Republicans …": in an opening
        // subordinate clause the pronoun refers ahead, to the main clause's subject.
        let (s, e) = self.segment(at);
        let ((lo, me), hi) = (self.tok_range(s, at), self.tok_range(s, e).1);
        if lo < me && one_of(SUBORDINATORS, self.word(lo)) && (lo..me).all(|k| self.word(k) != ",") {
            // The first clause after an unquoted comma that opens with a subject.
            let main = (me..hi.min(me + 30))
                .filter(|&k| self.word(k) == "," && !self.is_quoted(self.tokens[k].start))
                .find_map(|c| self.group_subject(c + 1, hi, plural));
            if let Some(Some(found)) = main {
                return Some(found);
            }
        }
        let mut end = at;
        let mut own = true;
        for _ in 0..=SALIENCE_SENTENCES {
            let (s, _) = self.segment(end.saturating_sub(1));
            if end == 0 || s < self.headline_end {
                return None;
            }
            let (lo, hi) = self.tok_range(s, end);
            let quoted = (lo..hi).all(|k| !self.is_word(k) || self.is_quoted(self.tokens[k].start));
            // The pronoun opening its own sentence is that sentence's subject.
            let opens = own && (lo..hi).all(|k| !self.is_word(k));
            if !quoted && !opens {
                match self.group_subject(lo, hi, plural) {
                    Some(Some(found)) => return Some(found),
                    Some(None) => return None,
                    None => {}
                }
            }
            own = false;
            end = s;
        }
        None
    }

    /// The subject opening the clause at token `lo` (before `hi`) as a group for
    /// [`Self::group_antecedent`]: `Some(Some(..))` a group of the right number,
    /// `Some(None)` a subject that is no such group (a person, a pronoun), `None` no
    /// subject found.
    fn group_subject(&self, lo: usize, hi: usize, plural: bool) -> Option<Option<(String, Option<usize>)>> {
        // "On Monday, the groups …": skip an opening phrase.
        let opener = lo < hi && (in_table(SUBORDINATORS, self.word(lo)) || in_table(PREPOSITIONS, self.word(lo)));
        let lo = if opener { (lo..hi.min(lo + 12)).find(|&k| self.word(k) == ",")? + 1 } else { lo };
        if lo + 1 >= hi || !self.is_word(lo) || self.is_quoted(self.tokens[lo].start) {
            return None;
        }
        let w = self.word(lo);
        if in_table(PRONOUNS, w) {
            return Some(None);
        }
        let number_fits = |head: &str| {
            head.chars().all(char::is_alphabetic) && (head.ends_with('s') && !head.ends_with("ss")) == plural
        };
        if let Some(run) = self.names.run_at_token(lo).filter(|r| r.first == lo && !r.possessive) {
            let next = if run.last < hi { self.word(run.last) } else { "" };
            if run.last >= hi || !self.is_word(run.last) || is_capitalized(next) {
                return None;
            }
            // "Fox executives have …": a plural noun after the name heads the subject.
            let after = if run.last + 1 < hi { self.word(run.last + 1) } else { "" };
            if next.ends_with('s')
                && (after.ends_with("ed") || in_table(BE, after) || in_table(&["have", "had"], after))
            {
                return Some(None);
            }
            return Some(match self.names.entity_kind_at(run.start, run.end) {
                Some(EntityType::Org) => Some(self.names.resolve_name(run.start, run.end)),
                Some(EntityType::Person | EntityType::Place) => None,
                _ if run.last == lo + 1 && self.plural_group(lo) => Some((run.name.clone(), None)),
                _ => None,
            });
        }
        if let Some((a, b, _)) = self.determiner_phrase(lo, hi) {
            let head = &self.text[a..b];
            let head = head.rsplit(' ').next().unwrap_or(head);
            // "The senator" is a person, not "it".
            let group = number_fits(head) && (plural || !in_table(cues::ROLE_NOUNS, head));
            return Some(group.then(|| (self.shown[a..b].to_string(), None)));
        }
        let bare = plural && self.is_word(lo + 1) && !is_capitalized(self.word(lo + 1)) && self.plural_group(lo);
        bare.then(|| Some((w.to_string(), None)))
    }

    /// Whether the word of token `ti`, opening a clause, names a group of people in
    /// the plural: "Democrats", "Officials", "Protesters" — a plural written
    /// capitalised after a lowercase word somewhere in the 300 tokens before (a
    /// name, not a word capitalised because it opens a sentence), or one with a
    /// suffix of people ("-ers", "-ans", "-ists", "-ials", …); "Wages" or "Polls"
    /// opening a sentence is no group.
    fn plural_group(&self, ti: usize) -> bool {
        const PEOPLE: &[&str] = &["ers", "ors", "ans", "ists", "ats", "ents", "ials", "ives", "ees"];
        let w = self.word(ti);
        if !is_capitalized(w) || !w.chars().all(char::is_alphabetic) || !w.ends_with('s') || w.ends_with("ss") {
            return false;
        }
        PEOPLE.iter().any(|s| w.ends_with(s))
            || (ti.saturating_sub(300).max(1)..ti)
                .any(|k| self.word(k) == w && self.is_word(k - 1) && !is_capitalized(self.word(k - 1)))
    }

    /// Pass 5: indirect speech in sentences without quotes.
    fn indirect_quotes(&self, quotes: &[Quote]) -> Vec<Quote> {
        let mut out = Vec::new();
        let mut qi = 0;
        let mut ri = 0;
        let mut seg_start = 0;
        for &b in self.bounds.iter().chain(std::iter::once(&self.text.len())) {
            let (lo, hi) = (seg_start, b);
            seg_start = b;
            if hi <= lo {
                continue;
            }
            while qi < quotes.len() && quotes[qi].end <= lo {
                qi += 1;
            }
            while ri < self.regions.len() && self.regions[ri].close.1 <= lo {
                ri += 1;
            }
            // A sentence with a quoted region is the direct pass's, but for a participle
            // of saying in the words after its last quote ("“…,” Hale said, noting that
            // CLAUSE").
            let quoted_end = quotes[qi..]
                .iter()
                .take_while(|q| q.start < hi)
                .map(|q| q.end)
                .chain(self.regions[ri..].iter().take_while(|r| r.open.0 < hi).map(|r| r.close.1))
                .max();
            match quoted_end {
                // A first line that ends like a sentence and attributes nothing in a
                // headline's way is a sentence ("Officials said the vote would wait."): a
                // body without a headline, or a one-line text.
                None if lo < self.headline_end() => {
                    let headline = self.headline_colon(lo, hi.min(self.headline_end()));
                    // A semicolon ends a headline too, before the deck that follows
                    // it ("Mayor says the levy will pass;").
                    let line = self.text[..self.headline_end()].trim_end();
                    if headline.is_none() && (ends_terminal(line) || line.ends_with(';')) {
                        out.extend(self.indirect_in(lo, hi, lo, &[]));
                    }
                    out.extend(headline);
                }
                None => out.extend(self.indirect_in(lo, hi, lo, &[])),
                Some(end) => {
                    let first_open = quotes[qi..]
                        .iter()
                        .take_while(|q| q.start < hi)
                        .map(|q| q.start)
                        .chain(self.regions[ri..].iter().take_while(|r| r.open.0 < hi).map(|r| r.open.0))
                        .min()
                        .unwrap_or(hi);
                    out.extend(self.clause_before_quote(lo, first_open));
                    if end < hi {
                        let taken: Vec<usize> = quotes[qi..]
                            .iter()
                            .take_while(|q| q.start < hi)
                            .filter_map(|q| q.cue.as_ref().map(|c| c.start))
                            .collect();
                        out.extend(self.indirect_in(lo, hi, end, &taken));
                    }
                }
            }
        }
        out
    }

    /// Reported speech in one sentence `lo..hi`, where its shape is clear: the first
    /// reported clause, and after it any clause a participle of saying adds ("X said
    /// A, adding that B" reports A and B). From `from_byte` on: after it, when it is
    /// past `lo_byte`, only participles report (the words before are quoted), and a
    /// finite cue that opens a clause of its own after the quote
    /// ([`Self::new_clause_cue`]); the cues of the sentence's quotes (their byte
    /// starts, `taken`) report nothing more.
    fn indirect_in(&self, lo_byte: usize, hi_byte: usize, from_byte: usize, taken: &[usize]) -> Vec<Quote> {
        let mut out = Vec::new();
        let (lo, hi) = self.tok_range(lo_byte, hi_byte);
        if hi <= lo + 3 {
            return out;
        }
        // After a quote the speaker is named after it too: '“…,” he added, noting'
        // looks for no subject inside the quote.
        let from = self.tok_range(from_byte, hi_byte).0;
        let quoted = from > lo;
        let sent_lo = lo;
        let lo = from;
        // The sentence's last word token (before its final punctuation).
        let mut end_tok = hi;
        while end_tok > lo && !matches!(self.tokens[end_tok - 1].kind, TokenKind::Word | TokenKind::Number) {
            end_tok -= 1;
        }
        let mut i = from;
        // "Hale, who calls the plan “a scam,” said CLAUSE": the cue right after the
        // quote of an aside reports the clause after it.
        if quoted {
            out.extend(self.after_quoted_aside(sent_lo, from, end_tok));
        }
        // The main clause's cue after a relative clause that reported words.
        let mut resume = None;
        while i < end_tok {
            // Past the first clause, or after a quote, only a participle of saying adds one.
            let new_clause = quoted && out.is_empty() && self.new_clause_cue(sent_lo, lo, i, end_tok, taken);
            let joined_participle = quoted && self.participle_after_quote(lo, i, end_tok);
            if (!out.is_empty() || quoted)
                && resume != Some(i)
                && !self.participle_cue(i, end_tok)
                && !new_clause
                && !joined_participle
            {
                i += 1;
                continue;
            }
            let finding = self.finding_at(lo, i, end_tok);
            let Some((n, form)) = self
                .cue_at(i, hi)
                .or(finding.then_some((1, CueForm::Finite)))
                .or_else(|| self.headline_says(lo, i, end_tok).then_some((1, CueForm::Finite)))
            else {
                i += 1;
                continue;
            };
            let cue_words = self.cue_words(i, n);
            // "…, a levy that critics say would hurt renters": a relative clause whose
            // own subject reports the rest of it.
            if form == CueForm::Finite && resume != Some(i) {
                if let Some(q) = self.relative_report(lo, i, n, end_tok) {
                    i = self.tok_range(q.end - 1, q.end).1;
                    out.push(q);
                    continue;
                }
            }
            // "Most voters say the levy is fair, according to the poll.": a source
            // after the sentence's last comma reports the whole sentence, the first
            // cue included; that source speaks, from its own cue on.
            if out.is_empty() && !quoted && form != CueForm::According && resume != Some(i) {
                if let Some(c) = self.trailing_source(i + n, end_tok) {
                    i = c + 1;
                    continue;
                }
            }
            // '… called it “a scandal” and said CLAUSE': after a quote a coordinated
            // cue shares the subject of the sentence's main clause.
            // So does a participle joined to the quote's clause.
            let subj_lo = if new_clause || joined_participle { sent_lo } else { lo };
            // "X asked (Y) whether CLAUSE": a reported question.
            let question = (cue_words == "asked" || cue_words == "asks")
                .then(|| self.asked_question(lo, i + n, end_tok))
                .flatten();
            if !finding && question.is_none() && !INDIRECT_CUES.contains(&cue_words.as_str()) {
                i += n;
                continue;
            }
            let comma_before = i > lo && self.word(i - 1) == ",";
            // "X said A, adding that B": a participle of saying after a comma ends the
            // clause before it and reports one of its own.
            let end_tok = (i + n..end_tok).find(|&k| self.participle_cue(k, end_tok)).map_or(end_tok, |k| k - 1);
            // ("The poll, taken in May, shows Ruiz ahead": a finding verb is never inverted.)
            // After the clause's comma the speaker of "said" may be a descriptor or
            // a titled name too ("…, said several observers", "…, said Democratic
            // strategist Ruth Hale"): a cue right after a comma that ends the
            // sentence's clause has no subject before it.
            let inverted = (form == CueForm::Finite && i + n < end_tok && !finding)
                .then(|| self.inverted(i + n, hi))
                .flatten()
                .filter(|m| match m.2 {
                    MentionKind::Name if m.0 == self.tokens[i + n].start => true,
                    // Only for "said" (after another verb a descriptor is its object:
                    // "…, tweeted a warning"), only when the speaker ends the clause or an
                    // appositive follows it (else the words after the cue are what was
                    // said), and only with no subject before the cue ("Hale, the mayor,
                    // told the council": the words after it are then its object).
                    // "…, said an official who was briefed on the talks", "…, says analyst
                    // Ann Hale in Almaty": a relative clause or a place may follow the
                    // speaker too. "The plan is dead, said Ms. Ruiz, with …": a subject
                    // found before the cue that does not open the sentence, after a
                    // clause with a verb, is no subject of the cue when a name or a
                    // noun phrase with an article follows the cue and something closes
                    // it.
                    MentionKind::Name | MentionKind::Descriptor => {
                        let after = self.tokens[i + n..end_tok].iter().position(|t| t.start >= m.1);
                        let o = self.after_dateline(lo, i);
                        let first = self.word(i + n);
                        let framed = after.is_some()
                            && (is_capitalized(first) || in_table(&["a", "an", "the", "one", "another"], first));
                        let no_subject = self.subject_before(lo, i).is_none_or(|s| {
                            framed && s.0 > self.tokens[o].start && i > lo + 3 && self.has_verb(o, i - 1)
                        });
                        comma_before
                            && in_table(&["said", "says", "say"], &cue_words)
                            && after.is_none_or(|k| {
                                let w = self.word(i + n + k);
                                w == "," || in_table(&["who", "in", "at"], w)
                            })
                            && no_subject
                    }
                    _ => false,
                });
            // A subject longer than the search before the cue reaches.
            let mut long_subject = None;
            let content = match form {
                // "According to X, CLAUSE." / "CLAUSE, according to X."
                // "Turnout, according to the county, was the highest in years.": a
                // source phrase between commas that splits its clause's subject from
                // the verb reports the whole sentence. "But, according to the poll,
                // CLAUSE": after a short opener it opens the sentence.
                CueForm::According => {
                    let close = (i + n..end_tok).find(|&k| self.word(k) == ",");
                    let split = comma_before
                        && close.is_some_and(|c| c + 1 < end_tok && in_table(PHRASE_VERBS, self.word(c + 1)));
                    if split {
                        Some((lo, end_tok))
                    } else if i == lo || (i == lo + 1 && !self.is_word(lo)) || self.short_opener(lo, i) {
                        let Some(comma) = close else { break };
                        Some((comma + 1, end_tok))
                    } else if comma_before {
                        Some((lo, i - 1))
                    } else if i > lo + 3 && self.evidence_after(i + n, end_tok) {
                        // "Ruiz leads by 40 delegates according to a count by the party"
                        // (or after a dash): a record or poll reports the words before
                        // it without a comma too; "acted according to the rules" names
                        // none.
                        let dash = matches!(self.word(i - 1), "—" | "–" | "--");
                        (self.is_word(i - 1) || dash || matches!(self.tokens[i - 1].kind, TokenKind::Number))
                            .then_some((lo, if dash { i - 1 } else { i }))
                    } else {
                        None
                    }
                }
                // "CLAUSE, said Ruth Alvarez, the council president who …": an inverted
                // cue right after the clause's comma; its speaker follows it, however
                // long the appositive after the name.
                CueForm::Finite if comma_before && i > lo + 3 && inverted.is_some() => Some((lo, i - 1)),
                CueForm::Finite => {
                    // "After the vote, she said (that) CLAUSE": a clause after the cue
                    // (a complementiser or a subject pronoun opening three words or
                    // more) is the reported one, whatever comma comes before.
                    let s = self.skip_object(i + n, end_tok, &cue_words);
                    // "Hours later, the firm said the event was canceled.": so is a
                    // noun phrase with a finite verb after it.
                    let finite = |k: usize| in_table(BE, self.word(k)) || in_table(MODALS, self.word(k));
                    let clause_after = end_tok >= s + 3
                        && (self.word(s - 1).eq_ignore_ascii_case("that")
                            || in_table(PRONOUNS, self.word(s))
                            || (in_table(NOUN_MARKERS, self.word(s)) && (s + 2..end_tok).any(finite)));
                    // (A new clause after a quote reports the words after its cue, and
                    // so does a clause after reported words: "…, and others say so".)
                    let tail_short = !new_clause && resume != Some(i) && end_tok - (i + n) <= 6 && !clause_after;
                    // "Sales were slow, he said, on condition of anonymity to speak about
                    // the firm": a long tail that opens no clause frames the clause before
                    // the comma as a short one does.
                    // Cue near the end after a comma: "CLAUSE, X said." / "CLAUSE, said X."
                    let back = (lo..i).rev().take(8).find(|&k| self.word(k) == ",");
                    let tail_short = tail_short
                        || (!new_clause
                            && resume != Some(i)
                            && !clause_after
                            && back.is_some_and(|b| self.frame_after_cue(lo, b, i, end_tok, &cue_words, n)));
                    // "Jeff Weaver, Sanders’ campaign manager, said taxes would rise.":
                    // when the words before the comma are the subject, not a clause, the
                    // short tail is what the subject said.
                    let subject_first = back.is_some_and(|comma| {
                        self.subject_before(lo, i).is_some_and(|m| m.0 < self.tokens[comma].start)
                    });
                    // "At the hearing, some members walked out and said the vote was
                    // rigged.": a cue coordinated with the clause's verb has its subject
                    // before that verb, and the short tail is what it said.
                    let subject_first = subject_first || self.coordinated(lo, i);
                    if let (true, Some(comma), false) = (tail_short, back, subject_first) {
                        // "…, could blunt Republican claims": after a modal the cue word is
                        // a noun, or the object of another verb; a reporting verb takes
                        // its base form right after it ("…, she would say").
                        let modal = (comma + 1..i).find(|&k| in_table(MODALS, self.word(k)));
                        let verb_after_modal = modal.is_some_and(|m| m + 1 < i);
                        (comma > lo + 2 && !verb_after_modal).then_some((lo, comma))
                    } else {
                        // "X said (that) CLAUSE": the subject opens the sentence.
                        // "FBI officials were angered by the deal and predicted CLAUSE":
                        // a cue coordinated by "and" or "but" shares its clause's
                        // subject; "hard to say whether …" reports no one, and
                        // "confirmed by the Senate" is passive.
                        let joined =
                            i > lo && self.word(i - 1) != "to" && !(i + n < end_tok && self.word(i + n) == "by");
                        let found = self
                            .subject_before(lo, i)
                            .or_else(|| joined.then(|| self.coordinated_subject(subj_lo, i)).flatten());
                        if found.is_none() {
                            long_subject = self.long_subject_before(lo, i);
                        }
                        let Some(subj) = found.or(long_subject) else {
                            // "When asked whether …, 59 percent said …": a question
                            // asked by no one named leaves the sentence to a later cue.
                            if question.is_some() {
                                i += n;
                                continue;
                            }
                            break;
                        };
                        // (The subject opens the sentence after its dateline, if any.)
                        let subj_tok = self.tok_range(subj.0, subj.1).0;
                        let opening = self.after_dateline(lo, i);
                        // "Ryan hedged when Tapper asked whether …": a subject right
                        // after a subordinator is its clause's own, as a pronoun is.
                        let own_clause = subj_tok > opening && in_table(CLAUSE_SUBORDINATORS, self.word(subj_tok - 1));
                        // "Inside the hall - which looks like a barn - Ana Ruiz said": a
                        // dash closing an aside ends the opener as a comma does.
                        let after_aside =
                            subj_tok > opening && matches!(self.word(subj_tok - 1), "-" | "—" | "–" | "--");
                        if subj_tok > opening + 4
                            && !own_clause
                            && !after_aside
                            && !(opening..subj_tok).any(|k| self.word(k) == ",")
                            && !self.title_before_name(opening, subj_tok, subj.2)
                        {
                            // "Organizers of the push to boycott the speech said": the
                            // words found are the end of a long noun phrase that opens
                            // the sentence, which is the subject. "Ruiz was booed when
                            // she said …": a pronoun is the subject of its own clause.
                            match self.long_subject(opening, subj) {
                                Some(m) => long_subject = Some(m),
                                None => {
                                    i += n;
                                    continue;
                                }
                            }
                        }
                        let s = question.unwrap_or_else(|| self.skip_object(i + n, end_tok, &cue_words));
                        Some((s, end_tok))
                    }
                }
                // "Hale defended the plan, saying (that) it would pay for itself": a
                // participle of saying after a comma or dash reports a clause of the
                // main clause's subject.
                CueForm::Participle => (self.participle_cue(i, end_tok) || joined_participle)
                    .then(|| (self.skip_object(i + n, end_tok, &cue_words), end_tok)),
            };
            // A headline says in few words what a sentence says in more ("Union chief
            // says Ruiz can win."): after its "says" three words make a clause.
            let headline = lo_byte < self.headline_end() && in_table(&["says", "say"], &cue_words);
            let min_len = if headline { 3 } else { 4 };
            // After a quote a new clause's cue reports the clause after it, one that
            // opens like a clause: '“…,” she said, and he said later that CLAUSE', not
            // '…, he said, according to a transcript'.
            if new_clause && content.is_some_and(|(cs, _)| cs < i || !self.opens_clause(cs)) {
                i += n;
                continue;
            }
            let Some((cs, ce)) =
                content.filter(|&(cs, ce)| ce > cs && (ce - cs >= min_len || self.short_clause(cs, ce)))
            else {
                break;
            };
            let cs = if cs == lo { self.after_dateline(lo, ce) } else { cs };
            let (hi_c, lo_c) = (self.tokens[ce - 1].end, self.tokens[cs].start);
            let mut a = self.attribute(subj_lo, hi, i, n, form, Side::Before);
            // (The quote's words name no speaker of the participle.)
            if joined_participle && a.mention.is_some_and(|m| self.is_quoted(m.0)) {
                break;
            }
            if comma_before && inverted.is_some() && ce < i {
                a.mention = inverted;
            }
            if long_subject.is_some() {
                a.mention = long_subject;
            }
            if finding {
                a.mention = a.mention.map(|m| self.finding_source(lo, i, m));
            }
            // "…, which adds another layer": a relative clause on a clause reports
            // nothing in a sentence without quotes ("X, who said …" may).
            if a.mention.is_none_or(|m| m.2 == MentionKind::Relative && self.text[m.0..m.1] != *"who") {
                break;
            }
            // "Hale, who said she backed the plan, said CLAUSE": the relative clause's
            // words end at the comma before the main clause's cue, which reports a
            // clause of its own.
            let main_cue = a.mention.filter(|m| m.2 == MentionKind::Relative).and_then(|_| {
                (cs + 2..ce).find(|&k| self.word(k - 1) == "," && self.indirect_cue(k, ce, CueForm::Finite))
            });
            let (ce, hi_c) = main_cue.map_or((ce, hi_c), |k| (k - 1, self.tokens[k - 2].end));
            // "Some friends say he looks well, while others say he is tired": the
            // reported words end where a clause with a subject of its own begins,
            // and a reporting verb of that clause reports the words after it.
            // (Words before their cue, "A, and B, according to Y", are not cut.)
            let second = if main_cue.is_none() && cs > i {
                self.fronted_clause_end(lo, i, cs, ce).or_else(|| self.second_clause(cs, ce))
            } else {
                None
            };
            let (ce, hi_c) = second.map_or((ce, hi_c), |(cut, _)| (cut, self.tokens[cut - 1].end));
            let main_cue = main_cue.or(second.and_then(|(_, cue)| cue));
            resume = main_cue;
            let speaker = self.speaker(&a);
            out.push(Quote {
                start: lo_c,
                end: hi_c,
                text: self.shown[lo_c..hi_c].to_string(),
                kind: QuoteKind::Indirect,
                speaker,
                cue: Some(self.cue(a.cue)),
                sentence: 0,
            });
            i = main_cue.unwrap_or(ce);
        }
        out
    }

    /// Whether the words after a cue of saying (its `n` words at token `i`, the words
    /// up to `end`) are no reported clause but the frame of the clause before the
    /// comma at token `comma`: "Sales were slow, he said, on condition of anonymity
    /// to discuss the firm", "Turnout has fallen, Ruiz said during a speech to the
    /// county board". The cue's subject opens after the comma, and the words
    /// before it (from `lo`) are a clause with a verb, after no subordinator ("After
    /// the vote, she said on Monday …") nor dash. The words after the cue open on a
    /// preposition or a time, or a comma and a preposition, an article (", a plan
    /// that …") or a participle (", wiping his brow"), not on a verb that goes on
    /// with the clause the cue interrupts ("The trouble, Hale writes, began …"); they
    /// hold no finite verb before a relative or subordinate clause of their own. Not
    /// after a cue that takes a hearer ("told").
    fn frame_after_cue(&self, lo: usize, comma: usize, i: usize, end: usize, cue: &str, n: usize) -> bool {
        const FRAME_OPENERS: &[&str] = &[
            "in", "on", "at", "during", "after", "before", "while", "as", "when", "from", "with", "without", "for",
            "via", "through", "outside", "inside", "last", "this", "earlier", "later",
        ];
        const CLAUSE_OPENERS: &[&str] =
            &["that", "which", "who", "whom", "as", "while", "when", "because", "after", "before", "since", "if"];
        let finite = |w: &str| {
            in_table(MODALS, w)
                || in_table(AUX, w)
                || in_table(&["is", "are", "was", "were"], w)
                || w.ends_with("n't")
                || w.ends_with("n’t")
                || (w.len() > 3 && w.ends_with("ed"))
        };
        let s = i + n;
        if s + 1 >= end || in_table(&["told", "tells", "asked", "asks"], cue) {
            return false;
        }
        let w = self.word(s);
        let opens = if w == "," {
            let next = self.word(s + 1);
            in_table(FRAME_OPENERS, next)
                || in_table(&["a", "an", "the"], next)
                || (next.ends_with("ing") && !is_capitalized(next) && self.cue_at(s + 1, end).is_none())
        } else {
            in_table(FRAME_OPENERS, w) || is_day_or_month(w)
        };
        let verb_first = (s + 1..end)
            .map(|k| self.word(k))
            .take_while(|w| !in_table(CLAUSE_OPENERS, w))
            .any(|w| !is_capitalized(w) && finite(&w.to_lowercase()));
        let o = self.after_dateline(lo, i);
        // (The subject may follow a title or a description: "…, Democratic strategist
        // Ann Hale said", not a subordinator: "…, where officials reported".)
        let subject_after_comma = self.subject_before(lo, i).is_some_and(|m| {
            let first = self.tok_range(m.0, m.1).0;
            first > comma
                && (comma + 1..first).all(|k| {
                    self.is_word(k) && !in_table(CLAUSE_STOPS, self.word(k)) && !in_table(SUBORDINATORS, self.word(k))
                })
        });
        opens
            && !verb_first
            && subject_after_comma
            && self.has_verb(o, comma)
            && !(o..comma).any(|k| matches!(self.word(k), "-" | "—" | "–" | "--" | ";"))
            && !in_table(SUBORDINATORS, self.word(o))
            && !self.word(o).eq_ignore_ascii_case("if")
    }

    /// Reported words after a quote that closes an aside between the subject and its
    /// cue: "Hale, who calls the plan “a scam,” said the council would vote it down",
    /// "Hale, citing “the will of the voters,” said the count would go on". The quote
    /// ends right before token `from` with the aside's comma inside its closing mark
    /// and a cue of saying right after it; the aside opens on a comma and "who",
    /// "which" or a participle after the subject, which opens the sentence at token
    /// `lo`. The words after the cue (before `end`) open a clause of four words or
    /// more.
    fn after_quoted_aside(&self, lo: usize, from: usize, end: usize) -> Option<Quote> {
        if from >= end || !self.comma_in_closing_mark(from) || !self.indirect_cue(from, end, CueForm::Finite) {
            return None;
        }
        let n = self.cue_at(from, end)?.0;
        let k = (lo.max(from.saturating_sub(30)) + 1..from).rev().find(|&k| {
            let next = self.word(k + 1);
            self.word(k) == ","
                && !self.is_quoted(self.tokens[k].start)
                && (in_table(&["who", "which"], next) || (next.ends_with("ing") && !is_capitalized(next)))
        })?;
        // (A title may stand before the name: "Mr. Hale", "Gov. Ann Ruiz".)
        let o = self.after_dateline(lo, k);
        let opens = |m: &(usize, usize, MentionKind)| {
            let first = self.tok_range(m.0, m.1).0;
            first >= o && (o..first).all(|j| is_capitalized(self.word(j)) || self.word(j) == ".")
        };
        let m = self.subject_before(lo, k).filter(|m| opens(m) && m.2 != MentionKind::Relative)?;
        let s = self.skip_object(from + n, end, &self.cue_words(from, n));
        if end < s + 4 || !self.opens_clause(s) {
            return None;
        }
        Some(self.reported((from, from + n - 1), m, (s, end - 1)))
    }

    /// Reported words in a relative clause whose relative pronoun is the subject of
    /// what its speaker said: "Hale backed a levy that critics say would hurt
    /// renters", "moves that he said improved the budget", "…, which the clerk
    /// claimed was unlawful". "that" or "which" opens the clause, a subject of at
    /// most four words follows it (found by [`Self::subject_before`] from right
    /// after the pronoun) and a cue of saying ([`RELATIVE_REPORT_CUES`]) at token
    /// `i` (`n` words), and a verb comes right after the cue, maybe after an adverb:
    /// not a noun phrase ("the levy that she said the council passed" reports
    /// nothing), a preposition or a time ("that he said on Monday"). The reported
    /// words run from the pronoun to the clause's end (`end`, or a semicolon, colon
    /// or dash before it).
    fn relative_report(&self, lo: usize, i: usize, n: usize, end: usize) -> Option<Quote> {
        const NOT_A_VERB: &[&str] = &[
            "that",
            "what",
            "so",
            "yes",
            "no",
            "this",
            "there",
            "here",
            "then",
            "now",
            "again",
            "yesterday",
            "today",
            "tonight",
            "earlier",
            "later",
            "last",
            "next",
            "only",
            "not",
        ];
        if !in_table(RELATIVE_REPORT_CUES, &self.cue_words(i, n)) {
            return None;
        }
        let r = (lo.max(i.saturating_sub(5))..i.saturating_sub(1))
            .rev()
            .take_while(|&k| self.is_word(k) || is_apostrophe_token(self.word(k)))
            .find(|&k| in_table(&["that", "which"], self.word(k)))?;
        let m = self.subject_before(r + 1, i).filter(|m| m.0 == self.tokens[r + 1].start)?;
        let mut v = i + n;
        while v + 1 < end && is_adverb(self.word(v)) {
            v += 1;
        }
        let w = self.word(v);
        let verb = v + 1 < end
            && self.is_word(v)
            && w.starts_with(|c: char| c.is_ascii_lowercase())
            && ![PRONOUNS, DETERMINERS, NOUN_MARKERS, PREPOSITIONS, NOT_A_VERB].iter().any(|t| in_table(t, w));
        if !verb {
            return None;
        }
        let ce = (v..end).find(|&k| matches!(self.word(k), ";" | ":" | "—" | "–" | "--")).unwrap_or(end);
        if ce < v + 2 {
            return None;
        }
        Some(self.reported((i, i + n - 1), m, (r, ce - 1)))
    }

    /// The reported words of tokens `words.0..=words.1`, said by `mention` with the cue
    /// of tokens `cue.0..=cue.1`.
    fn reported(&self, cue: (usize, usize), mention: (usize, usize, MentionKind), words: (usize, usize)) -> Quote {
        let a = Attribution {
            cue: (self.tokens[cue.0].start, self.tokens[cue.1].end),
            mention: Some(mention),
            weak: false,
        };
        let (start, end) = (self.tokens[words.0].start, self.tokens[words.1].end);
        Quote {
            start,
            end,
            text: self.shown[start..end].to_string(),
            kind: QuoteKind::Indirect,
            speaker: self.speaker(&a),
            cue: Some(self.cue(a.cue)),
            sentence: 0,
        }
    }

    /// Where reported words (tokens `cs..ce`) end before a clause with a subject of
    /// its own, coordinated after a comma, semicolon or dash ("…, but he added
    /// that …", "…; 29 percent said …", "… — the actress also pointed out …") or
    /// after "and"/"but"/"while" alone before a pronoun and a reporting verb ("…
    /// and she accused …" is not one; "… and she said …" is): the token the words
    /// end before, and the clause's reporting verb when it has one with a subject
    /// before it. A pronoun subject needs the conjunction ("…, they said" after a
    /// comma alone is the same speaker's frame); a noun phrase needs a reporting
    /// verb within six words ("…, while other voters said …").
    fn second_clause(&self, cs: usize, ce: usize) -> Option<(usize, Option<usize>)> {
        const JOINS: &[&str] = &["and", "but", "while", "whereas", "though", "although", "yet"];
        for k in cs + 3..ce.saturating_sub(3) {
            let w = self.word(k);
            let mark = matches!(w, "," | ";" | "—" | "–" | "--");
            let bare_join = in_table(&["and", "but", "while"], w) && self.word(k - 1) != ",";
            if !mark && !bare_join {
                continue;
            }
            let joined = mark && in_table(JOINS, self.word(k + 1));
            let s = if joined { k + 2 } else { k + 1 };
            if s + 1 >= ce || !self.is_word(s) {
                continue;
            }
            let pronoun = in_table(&["he", "she", "they", "we"], self.word(s)) && self.is_word(s + 1);
            let cue = self.clause_cue(s, ce);
            let found = if bare_join {
                pronoun && cue == Some(s + 1)
            } else if pronoun {
                joined || w == ";"
            } else {
                cue.is_some() && !in_table(NOUN_MARKERS, self.word(s - 1))
            };
            if found {
                return Some((k, cue));
            }
        }
        None
    }

    /// Where reported words (tokens `cs..ce`) end when their cue at token `i` stands
    /// in a subordinate clause that opens the sentence at token `lo` ("While Hale
    /// said the levy was fair, critics called it a tax grab"; "Having announced
    /// that he would resign, the mayor left"): at the first comma after which a
    /// clause opens, the sentence's main clause. As [`Self::second_clause`], the
    /// token the words end before and a reporting verb of the main clause with its
    /// subject before it ("…, his rivals said …"). Not after "as", whose clause
    /// names a source of the main clause ("As the Ledger reported, CLAUSE").
    fn fronted_clause_end(&self, lo: usize, i: usize, cs: usize, ce: usize) -> Option<(usize, Option<usize>)> {
        const OPENERS: &[&str] =
            &["while", "when", "although", "though", "whereas", "after", "since", "because", "having"];
        let o = self.after_dateline(lo, i);
        let w = self.word(o);
        let fronted = in_table(OPENERS, w) || (w.eq_ignore_ascii_case("even") && self.word(o + 1) == "as");
        if !fronted || (o..i).any(|k| matches!(self.word(k), "," | ";" | "—" | "–" | "--")) {
            return None;
        }
        let k = (cs + 3..ce.saturating_sub(2)).find(|&k| {
            self.word(k) == ","
                && self.opens_clause(k + 1)
                && !in_table(&["which", "who", "whom", "whose", "and", "or", "but"], self.word(k + 1))
        })?;
        Some((k, self.clause_cue(k + 1, ce)))
    }

    /// The reporting verb of a clause whose subject opens at token `from`: a cue
    /// within six words (before `ce`) with that subject found right before it
    /// ("…, his rivals said …").
    fn clause_cue(&self, from: usize, ce: usize) -> Option<usize> {
        (from + 1..ce.min(from + 7))
            .take_while(|&k| self.is_word(k) || self.word(k) == "." || self.word(k) == "’s")
            .find(|&k| self.indirect_cue(k, ce, CueForm::Finite))
            .filter(|&k| self.subject_before(from, k).is_some_and(|m| m.0 == self.tokens[from].start))
    }

    /// Whether the noun phrase opening at token `from` (before `end`) is a record or
    /// poll ([`EVIDENCE_NOUNS`]) within its first five words, before any comma: "a
    /// count by the party", "the most recent data available".
    fn evidence_after(&self, from: usize, end: usize) -> bool {
        (from..end.min(from + 5)).take_while(|&k| self.is_word(k)).any(|k| in_table(EVIDENCE_NOUNS, self.word(k)))
    }

    /// The comma (a token from `from` on) after which a source closes the sentence
    /// ending at token `end`, reporting all of it: "…, according to the county
    /// clerk" or "…, the Ledger reported" (a subject and a reporting or finding
    /// verb, maybe a day after it). Three words of the sentence at least stand
    /// before the comma, the tail holds no comma of its own ("…, according to
    /// Hale, who chairs the board" is a clause of its own), and no second clause
    /// ([`Self::second_clause`]) stands before it.
    fn trailing_source(&self, from: usize, end: usize) -> Option<usize> {
        const DAY_TAIL: &[&str] = &["on", "late", "early", "last", "this", "in", "a", "statement"];
        // (The tail is short: the search stays near the sentence's end.)
        let c = (end.saturating_sub(12).max(from + 3)..end.saturating_sub(1)).rev().find(|&k| self.word(k) == ",")?;
        if (c + 1..end).any(|k| !self.is_word(k) && !matches!(self.word(k), "." | "’s" | "'s" | "-")) {
            return None;
        }
        // "X said A, but they added B, according to Y": the source reports the last
        // clause only.
        let whole = || self.second_clause(from, c + 1).is_none();
        if self.word(c + 1) == "according" && c + 3 < end && self.word(c + 2) == "to" {
            return whole().then_some(c);
        }
        let cue = (c + 2..end.min(c + 8))
            .find(|&k| self.indirect_cue(k, end, CueForm::Finite) || self.finding_at(c + 1, k, end))?;
        let n = self.cue_at(cue, end).map_or(1, |(n, _)| n);
        let day_only = (cue + n..end).all(|k| in_table(DAY_TAIL, self.word(k)) || is_day_or_month(self.word(k)));
        (end - (cue + n) <= 3 && day_only && self.subject_before(c + 1, cue).is_some() && whole()).then_some(c)
    }

    /// Reported speech before the first quote of a sentence (bytes `lo_byte..open`):
    /// "Hale said the levy would pass, telling reporters that “we have the votes.”"
    /// reports "the levy would pass" besides the quote. The reported clause needs
    /// its own end before the quote ([`Self::ends_reported_clause`]): a clause with
    /// a quote inside ("Hale said the levy would “sail through”") is the quote's.
    /// Before a relative or subordinate clause the words need a verb of their own:
    /// "Hale said the new city levy, which she called “a disgrace,” would fail" cuts
    /// no clause at "levy".
    fn clause_before_quote(&self, lo_byte: usize, open: usize) -> Vec<Quote> {
        let (lo, q) = self.tok_range(lo_byte, open);
        let Some(c) = (lo..q).find(|&k| self.indirect_cue(k, q, CueForm::Finite)) else { return Vec::new() };
        let Some(b) = (c + 1..q).find(|&k| self.ends_reported_clause(k, q)) else { return Vec::new() };
        let embedded = self.word(b) == "," && {
            let next = self.word(b + 1);
            in_table(&["which", "who", "whom", "whose", "to"], next) || in_table(SUBORDINATORS, next)
        };
        let mut out = self.indirect_in(lo_byte, self.tokens[b].start, lo_byte, &[]);
        out.retain(|r| {
            let (a, e) = self.tok_range(r.start, r.end);
            !embedded || self.has_verb(a, e)
        });
        out
    }

    /// Whether token `k` ends a reported clause before a quote that opens at token
    /// `q`: a colon or dash right before the quote ("said the vote was close: “…”"),
    /// a comma before a clause of its own (", telling …", ", which he called …", ",
    /// although …", ", but …"), or "and" or "but" before a verb ("and called it
    /// “…”", "but added, “…”"). Not after a word that leaves its phrase open ("a
    /// town that, once a port, …"), nor between the names of a list ("Ruiz, Hale,
    /// and Ortiz").
    fn ends_reported_clause(&self, k: usize, q: usize) -> bool {
        const OPEN_ENDS: &[&str] =
            &["that", "which", "who", "whom", "whose", "to", "of", "and", "but", "or", "the", "a", "an"];
        if k + 1 >= q || in_table(OPEN_ENDS, self.word(k - 1)) {
            return false;
        }
        let next = self.word(k + 1);
        let verb = |j: usize| {
            let w = self.word(j);
            self.is_word(j) && !is_capitalized(w) && (w.ends_with("ed") || self.cue_at(j, q).is_some())
        };
        match self.word(k) {
            ":" | "—" | "–" | "--" => (k + 1..q).all(|j| !self.is_word(j)),
            "," => {
                let listed = k + 2 < q && is_capitalized(self.word(k - 1)) && is_capitalized(self.word(k + 2));
                (self.is_word(k + 1) && !is_capitalized(next) && next.len() > 4 && next.ends_with("ing"))
                    || in_table(&["which", "who", "whom", "whose", "whereas"], next)
                    || (in_table(&["and", "but"], next) && !listed)
                    || in_table(SUBORDINATORS, next)
                    || (next == "to" && k + 2 < q && self.word(k + 2) == "which")
            }
            "and" | "but" => verb(k + 1),
            _ => false,
        }
    }

    /// Whether tokens `a..b` hold a verb: an auxiliary or modal ("is", "would"), a
    /// past form in "-ed", or the word after a subject pronoun ("he expects").
    fn has_verb(&self, a: usize, b: usize) -> bool {
        (a..b).any(|k| {
            let w = self.word(k);
            self.is_word(k)
                && (in_table(PHRASE_VERBS, w)
                    || in_table(&["be", "been", "do", "does", "did"], w)
                    || (w.len() > 3 && w.ends_with("ed") && !is_capitalized(w))
                    || (k > a && in_table(PRONOUNS, self.word(k - 1))))
        })
    }

    /// Whether the finite cue at token `i` (before `end`), after a quote that ends
    /// before token `from` of the sentence opened at token `sent_lo`, opens a
    /// clause of its own: a reported-speech cue that no quote of the sentence took
    /// (`taken`), with its own subject after the quote ("“…,” Hale said on Monday,
    /// but she said CLAUSE") or coordinated with the verb before the quote ("Hale
    /// called the plan “a scandal” and said CLAUSE"; a coordinated cue may be the
    /// quote's too, as its subject is).
    fn new_clause_cue(&self, sent_lo: usize, from: usize, i: usize, end: usize, taken: &[usize]) -> bool {
        // A clause break between the quote and the cue: right after the quote the
        // cue is the quote's own frame ("“…,” Hale said Tuesday in Ohio").
        // A comma inside the closing mark ends the clause that held the quote too
        // ("Even as Hale claimed that “…,” one of the engineers said CLAUSE").
        let break_before = self.comma_in_closing_mark(from)
            || (from..i).any(|k| {
                let w = self.word(k);
                matches!(w, "," | ";" | "and" | "but") || in_table(SUBORDINATORS, w) || w == "until"
            });
        // "the same notes": after a determiner the cue word is a noun. A coordinated
        // subject is no quoted title ("wore a ‘Vote Ruiz’ cap and said").
        // "According to X, …" makes X the source of the whole sentence.
        i > from
            && break_before
            && !self.word(self.after_dateline(sent_lo, i)).eq_ignore_ascii_case("according")
            && !in_table(NOUN_MARKERS, self.word(i - 1))
            && self.word(i - 1) != "same"
            && (!taken.contains(&self.tokens[i].start) || self.coordinated(from, i))
            && self.indirect_cue(i, end, CueForm::Finite)
            && (self.subject_before(from, i).is_some()
                || (self.coordinated(from, i)
                    && self.coordinated_subject(sent_lo, i).is_some_and(|m| !self.is_quoted(m.0))))
    }

    /// Whether the quote that ends right before token `from` holds the comma of its
    /// clause inside its closing mark: '“…,” saying', '"…," one of them said'.
    fn comma_in_closing_mark(&self, from: usize) -> bool {
        let before = self.text[..self.tokens[from].start].trim_end();
        [",”", ",\"", ",''"].iter().any(|m| before.ends_with(m))
    }

    /// Whether token `k` (before `end`) is a participle of saying that hangs on the
    /// clause of a quote ending right before token `from`, in a way
    /// [`Self::participle_cue`] does not see: after the comma inside the closing
    /// mark ("blamed the claim that he “founded the group,” saying CLAUSE") or
    /// after "and" or "but" ("called it “on paper” but suggesting CLAUSE").
    fn participle_after_quote(&self, from: usize, k: usize, end: usize) -> bool {
        let joined = (k == from && self.comma_in_closing_mark(from))
            || (k > from && in_table(&["and", "but"], self.word(k - 1)));
        joined
            && !(self.word(k).eq_ignore_ascii_case("adding") && k + 1 < end && self.word(k + 1) == "to")
            && self.indirect_cue(k, end, CueForm::Participle)
    }

    /// Whether the reported words opening at token `s` open a clause: after "that",
    /// or on a word that opens a subject (a pronoun, a determiner, a capitalised word,
    /// a number), not a preposition ("according to …", "in a court filing") nor a
    /// day ("said Friday in Ohio").
    fn opens_clause(&self, s: usize) -> bool {
        const SUBJECT_OPENERS: &[&str] = &[
            "the", "a", "an", "his", "her", "their", "its", "our", "my", "this", "these", "those", "some", "many",
            "all", "no", "there", "most", "more", "both", "each", "every", "any", "few", "one",
        ];
        if s >= self.tokens.len() {
            return false;
        }
        let w = self.word(s);
        (s > 0 && self.word(s - 1).eq_ignore_ascii_case("that"))
            || (self.is_word(s)
                && !in_table(PREPOSITIONS, w)
                && !is_day_or_month(w)
                && !in_table(&["according", "as", "when", "after", "before", "while"], w)
                && (in_table(PRONOUNS, w)
                    || in_table(SUBJECT_OPENERS, w)
                    || is_capitalized(w)
                    || matches!(self.tokens[s].kind, TokenKind::Number)))
    }

    /// A long noun phrase ending right before the cue at token `c` where the subject
    /// search finds none: "Organizers of the drive to recall the sheriff said" (an
    /// infinitive's object is no subject on its own), "Democrats — and some
    /// Republicans — say" (an aside between dashes). Only past the first few words
    /// of the clause ([`Self::long_subject`]).
    fn long_subject_before(&self, lo: usize, c: usize) -> Option<(usize, usize, MentionKind)> {
        let o = self.after_dateline(lo, c);
        let l = c.checked_sub(1)?;
        let w = self.word(l);
        let head = self.is_word(l)
            && ![CLAUSE_STOPS, PREPOSITIONS, SKIP_BEFORE_CUE, PRONOUNS, NOT_A_HEAD].iter().any(|t| in_table(t, w))
            && !w.ends_with("n't")
            && !w.ends_with("n’t");
        if l <= o + 4 || !(head || matches!(w, "—" | "–" | "--")) {
            return None;
        }
        let t = self.tokens[l];
        self.long_subject(o, (t.start, t.end, MentionKind::Descriptor))
    }

    /// The noun phrase that opens its clause at token `o` and ends with the mention
    /// `m` found right before a cue, when the words between belong to it: "Large
    /// majorities of voters in six states going to the polls on Tuesday said",
    /// "Organizers of the push to boycott the speech said", "Supporters who have
    /// heard from the campaign say", "Several people I've spoken with this week said".
    /// Prepositional phrases, participles and infinitives modify the head; after a
    /// relative pronoun (or a pronoun opening a clause on the noun before it) any
    /// words do. Outside a relative clause a finite verb or a verb before its object
    /// ("The mayor defended the route and said") makes the words a clause, as does any
    /// punctuation but a hyphen or apostrophe.
    fn long_subject(&self, o: usize, m: (usize, usize, MentionKind)) -> Option<(usize, usize, MentionKind)> {
        const OBJECTS: &[&str] =
            &["the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "him", "them", "us", "me"];
        const NOT_IN_PHRASE: &[&str] = &[
            "because", "when", "as", "while", "if", "where", "so", "than", "what", "why", "how", "not", "nor", "yet",
            "after", "before", "since", "until", "then",
        ];
        // "the 30 percent of voters who said", "… after she said": a relative or
        // personal pronoun is its clause's subject wherever the clause opens.
        if matches!(m.2, MentionKind::Pronoun | MentionKind::Relative) {
            return Some(m);
        }
        // "But attorneys and legal experts said": a conjunction opens no phrase.
        let o = if in_table(&["and", "but", "yet", "so", "or"], self.word(o)) { o + 1 } else { o };
        let e = self.tok_range(m.0, m.1).1;
        let first = self.word(o);
        if e <= o + 1
            || e > o + 24
            || !self.is_word(o)
            || in_table(PREPOSITIONS, first)
            || in_table(MORE_PREPOSITIONS, first)
            || in_table(SUBORDINATORS, first)
            || in_table(CLAUSE_STOPS, first)
            || in_table(PRONOUNS, first)
            || is_adverb(first)
            || (first.len() > 4 && first.ends_with("ing"))
        {
            return None;
        }
        let dash = |k: usize| matches!(self.word(k), "—" | "–" | "--");
        let mut relative = false;
        let mut k = o;
        while k < e {
            let w = self.word(k);
            // "Democrats — and some Republicans — say": an aside between dashes.
            if dash(k) {
                k = (k + 1..e).find(|&c| dash(c))? + 1;
                continue;
            }
            if !(self.is_word(k) || matches!(self.tokens[k].kind, TokenKind::Number) || w == "-" || w == "%") {
                return None;
            }
            // "people I've spoken with": a pronoun right after a plural noun opens a
            // clause on it; elsewhere it is a clause's own subject.
            let pronoun = in_table(&["i", "we", "they", "i've", "we've", "they've"], w);
            let after_noun = k > o && self.is_word(k - 1) && !is_capitalized(self.word(k - 1));
            if pronoun && (relative || !after_noun) {
                return None;
            }
            if pronoun || in_table(&["who", "whose", "whom", "that", "which"], w) {
                relative = true;
            }
            if relative {
                k += 1;
                continue;
            }
            if in_table(BE, w) || in_table(AUX, w) || in_table(MODALS, w) || in_table(NOT_IN_PHRASE, w) {
                return None;
            }
            if in_table(&["said", "says", "say", "told"], w) || w.ends_with("n't") || w.ends_with("n’t") {
                return None;
            }
            // A lowercase verb before its object: "defended the route", "met Ali",
            // "survived 5 years"; not a participle ("going to the polls"), nor an
            // infinitive ("to block Donald Trump"), nor a preposition.
            let infinitive = k > o && self.word(k - 1) == "to";
            let verb = k + 1 < e
                && !is_capitalized(w)
                && !w.ends_with("ing")
                && !infinitive
                && !in_table(PREPOSITIONS, w)
                && !in_table(MORE_PREPOSITIONS, w)
                && !in_table(DETERMINERS, w)
                && !in_table(NOUN_MARKERS, w)
                && !in_table(&["and", "or", "of"], w);
            let next = if k + 1 < e { self.word(k + 1) } else { "" };
            let past = w.ends_with("ed") || in_table(IRREGULAR_PAST, w);
            if verb
                && (in_table(OBJECTS, next)
                    || (past && (is_capitalized(next) || matches!(self.tokens[k + 1].kind, TokenKind::Number))))
            {
                return None;
            }
            k += 1;
        }
        Some((self.tokens[o].start, m.1, MentionKind::Descriptor))
    }

    /// Whether tokens `lo..k` are a short opener before a phrase that opens the
    /// clause after it: up to three plain words, no name among them, ending on a
    /// comma or a conjunction ("But,", "In addition,", "And yet"), as in "But
    /// according to the poll, CLAUSE".
    fn short_opener(&self, lo: usize, k: usize) -> bool {
        const JOINS: &[&str] = &["but", "and", "yet", "so"];
        let words = (lo..k).filter(|&j| self.is_word(j)).count();
        k > lo
            && words <= 3
            && (self.word(k - 1) == "," || in_table(JOINS, self.word(k - 1)))
            && (lo..k).all(|j| (self.is_word(j) || self.word(j) == ",") && self.names.run_at_token(j).is_none())
    }

    /// Whether tokens `cs..ce` are a clause of two or three words with its own subject
    /// and finite verb: a subject pronoun and the verb after it ("She said she
    /// supported it.", "Ruiz said he would.", "Officials said it would not.", "Most
    /// said they were angry."), or a pronoun with its verb contracted and a word after
    /// it ("Voters say they're ready."). Shorter than most reported clauses, yet whole.
    fn short_clause(&self, cs: usize, ce: usize) -> bool {
        if ce < cs + 2 || ce > cs + 3 || !(cs..ce).all(|k| self.is_word(k)) {
            return false;
        }
        let (subject, verb) = (self.word(cs), self.word(cs + 1));
        let verb_form = |w: &str| {
            in_table(MODALS, w)
                || in_table(BE, w)
                || in_table(AUX, w)
                || w.ends_with("n't")
                || w.ends_with("n’t")
                || (w.len() > 4 && w.ends_with("ed") && !is_capitalized(w))
        };
        // "they're", "she'd", "he’s": the pronoun and its verb in one token.
        let contracted = subject
            .split_once(['\'', '’'])
            .is_some_and(|(p, v)| in_table(PRONOUNS, p) && in_table(&["s", "re", "d", "ll", "ve", "m"], v));
        // "Sales were slow.", "Funding is needed.", "That is unlikely.": a plain noun
        // (no name: "Hale says Ruiz can win" is too short a clause in a body) or a
        // demonstrative "that", a form of "be" or a modal, then one word.
        let plain =
            ![PRONOUNS, DETERMINERS, NOUN_MARKERS, PREPOSITIONS, CLAUSE_STOPS].iter().any(|t| in_table(t, subject))
                && self.names.run_at_token(cs).is_none();
        let noun = subject.eq_ignore_ascii_case("that") || plain;
        let noun_clause = ce == cs + 3 && noun && (in_table(BE, verb) || in_table(MODALS, verb)) && verb != "be";
        contracted || (in_table(PRONOUNS, subject) && verb_form(verb)) || noun_clause
    }

    /// Whether token `i` is a "Says" (or "Say", "Said") of a headline in title case,
    /// where every word is capitalised: "Mayor Hale Says The Levy Will Pass." A
    /// subject word before it and a capitalised word after it (the reported clause
    /// before `end`); in a sentence a capitalised "Says" is a name's word.
    fn headline_says(&self, lo: usize, i: usize, end: usize) -> bool {
        i > lo
            && i + 1 < end
            && self.tokens[i].start < self.headline_end()
            && in_table(&["says", "say", "said"], self.word(i))
            && self.word(i).starts_with(char::is_uppercase)
            && self.is_word(i - 1)
            && self.is_word(i + 1)
            && is_capitalized(self.word(i + 1))
    }

    /// The `n` words of the cue at token `k`, in lowercase and joined by spaces, as
    /// the cue tables write them.
    fn cue_words(&self, k: usize, n: usize) -> String {
        (k..k + n).map(|j| self.word(j).to_lowercase()).collect::<Vec<_>>().join(" ")
    }

    /// Whether token `k` (before `end`) opens a cue of reported speech
    /// ([`INDIRECT_CUES`]) in `form`: "said", "told" (finite), "saying" (participle).
    fn indirect_cue(&self, k: usize, end: usize, form: CueForm) -> bool {
        self.cue_at(k, end).is_some_and(|(n, f)| f == form && INDIRECT_CUES.contains(&self.cue_words(k, n).as_str()))
    }

    /// Whether token `i` (before `end`) is a verb by which a poll or a record states a
    /// finding ([`FINDING_VERBS`]): after a subject that states findings ("The new
    /// poll shows the mayor ahead"), or any subject when "that" follows ("Researchers
    /// found that …"). A lowercase verb, not a noun ("the show") nor a passive ("was
    /// found").
    fn finding_at(&self, lo: usize, i: usize, end: usize) -> bool {
        let w = self.word(i);
        if i <= lo
            || !self.is_word(i)
            || is_capitalized(w)
            || !in_table(FINDING_VERBS, w)
            || in_table(NOUN_MARKERS, self.word(i - 1))
            || in_table(BE, self.word(i - 1))
        {
            return false;
        }
        // "the only show that …": the base form is also a noun, so it needs its subject.
        let that = i + 1 < end && self.word(i + 1).eq_ignore_ascii_case("that") && !w.eq_ignore_ascii_case("show");
        that || self.subject_before(lo, i).is_some_and(|m| {
            let (a, b) = self.tok_range(m.0, m.1);
            b > a && in_table(EVIDENCE_NOUNS, self.word(b - 1))
        })
    }

    /// Whether tokens `from..to` are a title phrase before a name (`kind`) that
    /// opens the sentence: "The former Democratic presidential candidate Ruth
    /// Alvarez said …". Plain words and abbreviations, up to eight, with no verb,
    /// participle, preposition or conjunction among them: the name is the sentence's subject
    /// however long its title.
    fn title_before_name(&self, from: usize, to: usize, kind: MentionKind) -> bool {
        kind == MentionKind::Name
            && to <= from + 8
            && (from..to).all(|k| {
                let w = self.word(k);
                (self.is_word(k) || w == ".")
                    && ![CLAUSE_STOPS, PREPOSITIONS, MORE_PREPOSITIONS, PHRASE_VERBS, SUBORDINATORS]
                        .iter()
                        .any(|t| in_table(t, w))
                    && !((w.ends_with("ed") || w.ends_with("ing")) && !is_capitalized(w))
            })
    }

    /// The question word opening a reported question after "asked" (its tokens from
    /// `from` on, before `end`): "asked whether …", "asked the mayor how …", the
    /// hearer a few plain words at most. Not "was asked whether …", whose subject is
    /// the one asked; nor "asked him to explain why …", a request.
    fn asked_question(&self, lo: usize, from: usize, end: usize) -> Option<usize> {
        const QUESTION_WORDS: &[&str] = &["whether", "if", "why", "how", "what", "when", "where", "who", "whom"];
        let cue = from - 1;
        if cue <= lo || in_table(BE, self.word(cue - 1)) {
            return None;
        }
        let wh = (from..end.min(from + 7)).find(|&k| in_table(QUESTION_WORDS, self.word(k)))?;
        let hearer = (from..wh).all(|k| self.is_word(k) && !in_table(&["to", "for", "about"], self.word(k)));
        (hearer && end >= wh + 4).then_some(wh)
    }

    /// The source of a finding verb at token `c` whose subject is `m`: the poll or
    /// record that opens the sentence at token `lo`, though a name or a time stands
    /// nearer the verb ("A Bloomberg poll in June showed …", "A poll, run with Hale
    /// Research, shows …"). A poll in an opening phrase is no subject ("After a
    /// review, the agency found …").
    fn finding_source(&self, lo: usize, c: usize, m: (usize, usize, MentionKind)) -> (usize, usize, MentionKind) {
        let (a, b) = self.tok_range(m.0, m.1);
        if b > a && in_table(EVIDENCE_NOUNS, self.word(b - 1)) {
            return m;
        }
        let head = (lo..c).rev().find(|&k| in_table(EVIDENCE_NOUNS, self.word(k)));
        let opening = self.tokens[self.after_dateline(lo, c)].start;
        head.and_then(|k| self.poll_phrase(lo, k)).filter(|p| p.0 == opening).unwrap_or(m)
    }

    /// The token after a dateline that opens the sentence at token `lo`, or `lo`: a
    /// town in capitals, maybe its state, a date or an agency in brackets, and a dash
    /// ("WASHINGTON —", "DES MOINES, Iowa (AP) —"). The place a story was filed from is
    /// no part of what anyone said.
    fn after_dateline(&self, lo: usize, end: usize) -> usize {
        let end = end.min(self.tokens.len());
        if lo >= end {
            return lo;
        }
        let town = self.word(lo);
        let start = self.tokens[lo].start;
        let line = line_start(self.text, start);
        if town.chars().filter(|c| c.is_alphabetic()).count() < 2
            || town.chars().any(char::is_lowercase)
            || !self.text[line..start].trim().is_empty()
        {
            return lo;
        }
        let Some(dash) = (lo + 1..end.min(lo + 10)).find(|&k| matches!(self.word(k), "—" | "–" | "―" | "--" | "-"))
        else {
            return lo;
        };
        let after = if dash + 1 < end && self.word(dash + 1) == "-" { dash + 2 } else { dash + 1 };
        let plain = (lo..dash).all(|j| !self.word(j).starts_with(char::is_lowercase));
        // The story's first sentence opens after it with a capital.
        let opens = after < end && self.word(after).starts_with(char::is_uppercase);
        if plain && opens {
            after
        } else {
            lo
        }
    }

    /// A headline's shorthand for reported speech: "Alvarez: City budget will not
    /// raise taxes" — a name, a colon and a statement (three words or more, not a
    /// question). The whole words before the colon are one name run, and its last
    /// word names someone again in the story or is a document that states findings
    /// ("Poll:", "Report:"): "Breaking:", "Revealed:" label the story, naming no one.
    fn headline_colon(&self, lo_byte: usize, hi_byte: usize) -> Option<Quote> {
        let (lo, hi) = self.tok_range(lo_byte, hi_byte);
        let colon = (lo + 1..hi.min(lo + 6)).find(|&k| self.word(k) == ":")?;
        let run = self.names.run_at_token(lo).filter(|r| r.first == lo && r.last == colon && !r.possessive)?;
        let last = self.word(colon - 1);
        let body = &self.text[self.headline_end()..];
        let named_again = body.match_indices(last).any(|(at, _)| {
            !body[..at].ends_with(char::is_alphanumeric) && !body[at + last.len()..].starts_with(char::is_alphanumeric)
        });
        if !named_again && !in_table(&["poll", "report", "survey", "study"], last) {
            return None;
        }
        let mut end = hi;
        while end > colon && !matches!(self.tokens[end - 1].kind, TokenKind::Word | TokenKind::Number) {
            end -= 1;
        }
        let words = (colon + 1..end).filter(|&k| self.is_word(k)).count();
        if words < 3 || (end..hi).any(|k| self.word(k) == "?") {
            return None;
        }
        let mention = (run.start, self.headline_person_end(run), MentionKind::Name);
        Some(self.reported((colon, colon), mention, (colon + 1, end - 1)))
    }

    /// Whether token `k` opens a participle of saying after a comma or dash (", adding
    /// that …", "— noting …") before token `end`. "adding to" adds a thing ("won
    /// Ohio, adding to her lead"), not words.
    fn participle_cue(&self, k: usize, end: usize) -> bool {
        k > 0
            && matches!(self.word(k - 1), "," | "—" | "–" | "--")
            && !(self.word(k).eq_ignore_ascii_case("adding") && k + 1 < end && self.word(k + 1) == "to")
            && self.indirect_cue(k, end, CueForm::Participle)
    }

    /// Skips what sits between a cue and its reported clause: "told reporters", "said
    /// Tuesday", "said in a statement", and the complementiser "that".
    fn skip_object(&self, mut s: usize, end: usize, cue: &str) -> usize {
        // "said he is being asked about incidents that happened years ago": once a
        // subject pronoun or a finite auxiliary has opened the clause, a later "that"
        // is inside it, not the complementiser after the cue's object.
        let that = (s..end.min(s + 8)).find(|&k| self.word(k).eq_ignore_ascii_case("that"));
        let opened = |k: usize| (s..k).any(|j| [PRONOUNS, BE, MODALS, AUX].iter().any(|t| in_table(t, self.word(j))));
        // "Experts said that is unlikely": a "that" right before a finite verb is the
        // clause's subject, a demonstrative, not the complementiser.
        let demonstrative = |k: usize| k + 1 < end && in_table(&["is", "was", "would", "will"], self.word(k + 1));
        if let Some(k) = that.filter(|&k| !opened(k)) {
            return if demonstrative(k) { k } else { k + 1 };
        }
        if cue == "told" || cue == "tells" {
            // The hearer: a name run or one word ("reporters", "NHK").
            if let Some(run) = self.names.run_at_token(s) {
                s = run.last;
            } else if s < end {
                s += 1;
            }
        }
        while s < end && (self.names.run_at_token(s).is_some_and(|r| is_day_or_month(&r.name)) || self.word(s) == ",") {
            s += 1;
        }
        s
    }
}

/// Modal verbs: the verb after one is in its base form ("could say", "will tell").
const MODALS: &[&str] = &["can", "could", "will", "would", "may", "might", "must", "shall", "should"];

/// The forms of "be", before a participle (a progressive "is calling", a passive
/// "was asked").
const BE: &[&str] = &["is", "are", "was", "were", "be", "been", "being"];

/// Auxiliaries of "have" and "do", finite verbs that open no phrase of their own.
const AUX: &[&str] = &["has", "have", "had", "do", "does", "did"];

/// Auxiliaries, modals and adverbs that a noun phrase runs on into when its verb
/// follows ("experts have …", "a reporter can …", "Lynch still has …").
const PHRASE_VERBS: &[&str] = &[
    "is", "are", "was", "were", "has", "have", "had", "can", "could", "will", "would", "may", "might", "must", "shall",
    "should", "does", "did", "still",
];

/// Whether `word` is in `table` (lowercase ASCII), ignoring case: [`in_table`]
/// without its allocation, for the pronoun rules, which test many words per
/// pronoun.
fn one_of(table: &[&str], word: &str) -> bool {
    table.iter().any(|t| t.eq_ignore_ascii_case(word))
}

/// Whether a name run is a weekday or month ("said Tuesday").
fn is_day_or_month(word: &str) -> bool {
    const DAYS: &[&str] = &["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
    in_table(DAYS, word)
}

/// The length of "he" or "she" opening `word`, alone or contracted with a verb
/// ("She’s predicting", "He'll say"): the subject a sentence opens with.
fn person_pronoun_len(word: &str) -> Option<usize> {
    let bare = ["’s", "'s", "’ll", "'ll", "’d", "'d"].iter().find_map(|c| word.strip_suffix(c)).unwrap_or(word);
    in_table(PERSON_PRONOUNS, bare).then_some(bare.len())
}

fn is_apostrophe_token(w: &str) -> bool {
    matches!(w, "'" | "’")
}

/// Trims whitespace off `a..b`.
fn trim_span(text: &str, a: usize, b: usize) -> (usize, usize) {
    let s = text.get(a..b).unwrap_or("");
    let lead = s.len() - s.trim_start().len();
    let t = s.trim();
    (a + lead, a + lead + t.len())
}

/// Words in `s` (letters or digits runs).
fn count_words(s: &str) -> usize {
    s.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’').filter(|w| !w.is_empty()).count()
}

/// Whether quoted content ends a sentence inside its marks.
/// Nouns and adjectives ending in "-ly" that may head a speaking noun phrase.
const LY_NOUNS: &[&str] =
    &["family", "ally", "assembly", "rally", "supply", "daily", "weekly", "monthly", "quarterly", "bully", "italy"];

/// Whether a word is a manner adverb ("loudly", "angrily"): it may sit between a
/// subject and its cue like the listed ones do ("Ms. O’Donnell then loudly asked").
fn is_adverb(w: &str) -> bool {
    w.len() > 4 && w.ends_with("ly") && !is_capitalized(w) && !in_table(LY_NOUNS, w)
}

/// Whether `text` opens with a byline: "by" and a capitalised name, "the" allowed
/// between them ("by Gwenda Blair", "by the Tribune's Ann Hale").
fn opens_byline(text: &str) -> bool {
    let Some(rest) = text.strip_prefix("by ") else { return false };
    rest.strip_prefix("the ").unwrap_or(rest).starts_with(char::is_uppercase)
}

fn ends_terminal(s: &str) -> bool {
    s.trim_end().ends_with(['.', '!', '?', '…'])
}

/// Whether quoted content looks like a title: two or more words, every content word
/// capitalised, no sentence punctuation ("The Art of the Deal").
fn is_title(s: &str) -> bool {
    const SMALL: &[&str] = &["of", "the", "a", "an", "and", "or", "in", "on", "for", "to", "at", "with", "&"];
    let words: Vec<&str> = s.split_whitespace().collect();
    words.len() >= 2
        && !s.trim_end().ends_with(['.', '!', '?', ','])
        && words.iter().all(|w| is_capitalized(w) || SMALL.contains(w) || !w.chars().any(char::is_alphabetic))
}

/// Whether quoted content is capitalised like a name of a work, allowing the
/// punctuation American style puts inside the marks ("Morning Joe,", "Today"). A
/// title may open with a number before a capitalised word ("60 Minutes", "13
/// Hours: The Secret Soldiers of Benghazi").
fn is_title_words(s: &str) -> bool {
    const SMALL: &[&str] = &["of", "the", "a", "an", "and", "or", "in", "on", "for", "to", "at", "with", "&"];
    let t = s.trim_end().trim_end_matches([',', '.']);
    let words: Vec<&str> = t.split_whitespace().collect();
    let numeral = |w: &str| w.chars().next().is_some_and(|c| c.is_ascii_digit()) && !w.chars().any(char::is_alphabetic);
    !words.is_empty()
        && !t.ends_with(['!', '?'])
        && (is_capitalized(words[0]) || (numeral(words[0]) && words.get(1).is_some_and(|w| is_capitalized(w))))
        && words.iter().all(|w| is_capitalized(w) || SMALL.contains(w) || !w.chars().any(char::is_alphabetic))
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod speaker_tests;
