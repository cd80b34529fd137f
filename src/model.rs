//! The analysis data model: what the core finds in one article.
//!
//! Every type here is plain data with serde derives, shared by the CLI's JSON output,
//! the corpus bundle and the browser app. Spans are `start..end` (end-exclusive)
//! offsets into the article body. Inside the analysis they are **byte** offsets (what
//! Rust slicing wants); at the edges ([`Analysis::to_char_offsets`]) they become
//! Unicode **code-point** offsets, what Python's `str` indexing and the annotated
//! benchmark data use. Which unit a value holds is decided by who holds it: the
//! analysis functions return bytes, the JSON on disk holds code points.
//!
//! ```
//! use article_explorer::model::Span;
//! let span = Span::new(0, 5);
//! assert_eq!(span.len(), 5);
//! assert!(span.overlaps(Span::new(4, 9)));
//! ```

use serde::{Deserialize, Serialize};

/// A half-open range `start..end` into the article body.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    /// First offset inside the span.
    pub start: usize,
    /// First offset after the span.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (end-exclusive).
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// Number of offsets covered.
    pub const fn len(self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// Whether the span covers nothing.
    pub const fn is_empty(self) -> bool {
        self.end <= self.start
    }

    /// Whether the two spans share at least one offset.
    pub const fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// Whether `other` lies entirely inside `self`.
    pub const fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The text of the span in `text` (byte offsets), or `""` when out of range.
    pub fn slice(self, text: &str) -> &str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

/// One sentence of the article.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    /// Start offset.
    pub start: usize,
    /// End offset (exclusive).
    pub end: usize,
}

impl Sentence {
    /// The sentence's span.
    pub const fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// How a quote reproduces what was said.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// A full quotation in quote marks, usually a clause or more.
    Direct,
    /// A few quoted words woven into the reporter's sentence.
    Partial,
    /// Reported speech without quote marks ("X said that …", "according to X, …").
    Indirect,
}

impl QuoteKind {
    /// The lowercase name used in JSON.
    pub const fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Partial => "partial",
            QuoteKind::Indirect => "indirect",
        }
    }
}

/// Who a quote is attributed to.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Speaker {
    /// The speaker's full name as introduced in the article (pronouns and surnames
    /// resolved), or a descriptor ("a spokesman") when no name is known.
    pub name: Option<String>,
    /// Start of the mention that names the speaker for this quote ("He", "Heio").
    pub start: Option<usize>,
    /// End of that mention (exclusive).
    pub end: Option<usize>,
    /// Index into [`Analysis::entities`] of the speaker, when it is a known entity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity: Option<usize>,
}

impl Speaker {
    /// The mention span, when there is one.
    pub fn span(&self) -> Option<Span> {
        Some(Span::new(self.start?, self.end?))
    }
}

/// The verb or phrase that marks speech ("said", "according to", "told").
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cue {
    /// The cue as written.
    pub text: String,
    /// Start offset.
    pub start: usize,
    /// End offset (exclusive).
    pub end: usize,
}

impl Cue {
    /// The cue's span.
    pub const fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// A quotation and who said it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    /// Start of the quoted content. For a quote split by its attribution
    /// ("X," he said, "Y") the span runs from the first part to the last.
    pub start: usize,
    /// End of the quoted content (exclusive).
    pub end: usize,
    /// The quoted words, without quote marks; the parts of a split quote joined by a space.
    pub text: String,
    /// Direct, partial or indirect.
    pub kind: QuoteKind,
    /// Who said it (fields are null when unknown).
    pub speaker: Speaker,
    /// The speech verb, when one was found.
    pub cue: Option<Cue>,
    /// Index of the sentence where the quote starts.
    #[serde(default)]
    pub sentence: usize,
}

impl Quote {
    /// The quote's span.
    pub const fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// TIMEX3 types.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimexType {
    /// A calendar date or period: "March 17, 2025", "last week", "the 1990s".
    Date,
    /// A time of day, possibly with a date: "3 p.m.", "this morning", "tonight".
    Time,
    /// A length of time: "two days", "a decade".
    Duration,
    /// A recurrence: "every week", "daily".
    Set,
}

impl TimexType {
    /// The TIMEX3 name ("DATE", "TIME", …).
    pub const fn as_str(self) -> &'static str {
        match self {
            TimexType::Date => "DATE",
            TimexType::Time => "TIME",
            TimexType::Duration => "DURATION",
            TimexType::Set => "SET",
        }
    }
}

/// A temporal expression, normalised to a TIMEX3 value.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Timex {
    /// Start offset.
    pub start: usize,
    /// End offset (exclusive).
    pub end: usize,
    /// The expression as written.
    pub text: String,
    /// TIMEX3 type.
    #[serde(rename = "type")]
    pub kind: TimexType,
    /// TIMEX3 value: `2025-03-18`, `2025-03`, `2025-W12`, `199X`, `P3D`, `XXXX-WXX-2`,
    /// `PRESENT_REF`, `2025-03-18T15:00` …
    pub value: String,
}

impl Timex {
    /// The expression's span.
    pub const fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// How precisely an event's date is known; the timeline draws it as that wide.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Granularity {
    /// A time of day on a known date.
    Time,
    /// One calendar day.
    Day,
    /// An ISO week.
    Week,
    /// A calendar month.
    Month,
    /// A season or quarter.
    Season,
    /// A calendar year.
    Year,
    /// A decade.
    Decade,
    /// A century.
    Century,
}

impl Granularity {
    /// The lowercase name used in JSON.
    pub const fn as_str(self) -> &'static str {
        match self {
            Granularity::Time => "time",
            Granularity::Day => "day",
            Granularity::Week => "week",
            Granularity::Month => "month",
            Granularity::Season => "season",
            Granularity::Year => "year",
            Granularity::Decade => "decade",
            Granularity::Century => "century",
        }
    }
}

/// A dated statement: one point or period on the timeline.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    /// The date as a TIMEX3 calendar value (`2025-03-18`, `2025-03`, `2025`, `199X`).
    pub date: String,
    /// How wide the date is.
    pub granularity: Granularity,
    /// Index of the sentence that states it.
    pub sentence: usize,
    /// A short summary of the sentence, for timeline labels.
    pub summary: String,
    /// Index into [`Analysis::timexes`] of the expression that dates it.
    #[serde(default)]
    pub timex: usize,
    /// Indices into [`Analysis::quotes`] of quotes in the sentence.
    #[serde(default)]
    pub quotes: Vec<usize>,
    /// Indices into [`Analysis::entities`] of entities mentioned in the sentence.
    #[serde(default)]
    pub entities: Vec<usize>,
}

/// Entity types.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum EntityType {
    /// A person.
    Person,
    /// An organisation: government, company, institute, broadcaster, party.
    Org,
    /// A place: country, city, region, facility.
    Place,
    /// Anything else named.
    Other,
}

impl EntityType {
    /// The uppercase name used in JSON.
    pub const fn as_str(self) -> &'static str {
        match self {
            EntityType::Person => "PERSON",
            EntityType::Org => "ORG",
            EntityType::Place => "PLACE",
            EntityType::Other => "OTHER",
        }
    }
}

/// One mention of an entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Mention {
    /// Start offset.
    pub start: usize,
    /// End offset (exclusive).
    pub end: usize,
}

impl Mention {
    /// The mention's span.
    pub const fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// A person, organisation or place, with every mention and its aliases merged.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    /// The fullest name used in the article ("Donald Trump").
    pub name: String,
    /// Entity type.
    #[serde(rename = "type")]
    pub kind: EntityType,
    /// Every mention, in text order.
    pub mentions: Vec<Mention>,
    /// Other names used for it ("Trump", "President Trump").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
}

/// Everything the core finds in one article.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Analysis {
    /// Sentences, in order, covering the text without overlap.
    pub sentences: Vec<Sentence>,
    /// Quotes, in text order.
    pub quotes: Vec<Quote>,
    /// Temporal expressions, in text order.
    pub timexes: Vec<Timex>,
    /// Dated events for the timeline, in text order.
    pub events: Vec<Event>,
    /// Entities, ordered by first mention.
    pub entities: Vec<Entity>,
}

impl Analysis {
    /// Applies `f` to every offset in the analysis (spans, mentions, cues, speakers).
    pub fn map_offsets(&mut self, mut f: impl FnMut(usize) -> usize) {
        for s in &mut self.sentences {
            s.start = f(s.start);
            s.end = f(s.end);
        }
        for q in &mut self.quotes {
            q.start = f(q.start);
            q.end = f(q.end);
            q.speaker.start = q.speaker.start.map(&mut f);
            q.speaker.end = q.speaker.end.map(&mut f);
            if let Some(c) = &mut q.cue {
                c.start = f(c.start);
                c.end = f(c.end);
            }
        }
        for t in &mut self.timexes {
            t.start = f(t.start);
            t.end = f(t.end);
        }
        for e in &mut self.entities {
            for m in &mut e.mentions {
                m.start = f(m.start);
                m.end = f(m.end);
            }
        }
    }

    /// Converts byte offsets into `text` to code-point offsets (for JSON output).
    pub fn to_char_offsets(mut self, text: &str) -> Self {
        let map = crate::text::OffsetMap::new(text);
        self.map_offsets(|b| map.byte_to_char(b));
        self
    }

    /// Converts code-point offsets into `text` back to byte offsets (after reading JSON).
    pub fn to_byte_offsets(mut self, text: &str) -> Self {
        let map = crate::text::OffsetMap::new(text);
        self.map_offsets(|c| map.char_to_byte(c));
        self
    }
}
