//! Temporal expressions: finds dates, times, durations and sets in news text and
//! normalises them to TIMEX3 values (TimeML / TempEval-3 conventions).
//!
//! [`extract`] scans the tokens of the text once, left to right. At each token it tries
//! a small grammar of hand-written matchers (explicit dates, years and decades, weekday
//! and month names, deictic words such as "yesterday", relative phrases such as "last
//! week" or "two years ago", quarters, seasons, clock times, durations and sets) and
//! keeps the longest match. Values are resolved against the document creation date
//! (`published`); without one, against the latest fully specified date written
//! earlier in the text.
//!
//! Conventions, learnt from the TempEval-3 training data (TimeBank and AQUAINT):
//!
//! - **Extents.** "last", "this", "early", "the end of", "nearly", "more than" are
//!   inside ("last week", "nearly two years"); "about", "over", "within" and
//!   prepositions are outside. "the" is inside for periods ("the third quarter", "the
//!   past three years", "the 1990s", "the weeks ahead") and outside for dates and
//!   names ("Nov. 1", "Friday"). A duration adjective stands alone ("a three-year
//!   period" tags "three-year"): TimeBank and MEANTIME take "about", "over" and the
//!   noun in, but AQUAINT, the set we report, leaves them out.
//!   "two years ago" and "a year earlier" are dates; "three days later" tags only the
//!   duration.
//! - **Tense anchoring.** The verb nearest an expression in its clause says which side
//!   of the reference date it lies on (`Scanner::tense`): "will" (and "we'll",
//!   "won’t"), "expected", "is set to", "until" point ahead (but not "had declined
//!   until Friday"); "was", "said", "told", "-ed" verbs, "since" point back.
//!   **Year-less dates** ("March 18") follow it when that side is within 300 days, else
//!   take the nearest year; **year-less months** ("in March") with no cue are the one
//!   ahead only when at most four months away (a scheduled event's, eight; in an even
//!   year, a November of voting is the coming general election, even told in the
//!   past tense when voting is named right before it), a future tense puts
//!   one at most ten months ahead, and "that November" is in the year last named; two
//!   joined ("August and September")
//!   are read as one pair, the one nearest the reference; a month and day written
//!   again without its year is the day named before with one. **Weekdays** follow the
//!   tense, and are the day on or before the reference when nothing tells (news
//!   reports what happened: 120 of 125 weekdays in TimeBank are).
//! - **Values**: days `2025-03-18`, months `2025-03`, ISO weeks `2025-W12`, quarters
//!   `2025-Q1`, halves `2025-H2`, seasons `2025-SU`, decades `199`, centuries `19`,
//!   parts of day `2025-03-18TMO` (TIME, as "this morning"), clock
//!   times `2025-03-18T15:00`, durations `P3Y` / `PT2H` / `PXW`, sets `P1W` /
//!   `XXXX-WXX-1`, and `PRESENT_REF` / `PAST_REF` / `FUTURE_REF`. Unknown parts are `X`.
//! - **Anaphora**: "a year earlier" after "the third quarter" is that quarter a year
//!   before, and so is "last year" in a comparison ("compared with $3 million last
//!   year"), unless "the nine months" (or another stretch of months) came after the
//!   quarter: then it is the year before. "the quarter" and "the latest period" are
//!   the quarter last named (or the one before the reference date's); "that year" and
//!   "the following month" count from the period last named outright, and so does
//!   "the next day" ("the next week" counts from today); a day, week or
//!   month taken from a coarser period ("in 2008 ... that day") is that period's value,
//!   and a part of a day an unknown day of it ("that night", `2008-XX-XXTNI`), not an
//!   invented first or middle day.
//! - **Not times**: "could one day win" is "someday" (`FUTURE_REF`), not `P1D`; a bare
//!   "quarters" (no count or lead: "such quarters") is lodging, not a duration.
//!
//! ```
//! use article_explorer::analysis::timex::extract;
//! use article_explorer::model::TimexType;
//! let text = "On March 17, 2025, experts said the call is set for March 18.";
//! let found = extract(text, &[], None);
//! let values: Vec<&str> = found.iter().map(|t| t.value.as_str()).collect();
//! assert_eq!(values, ["2025-03-17", "2025-03-18"]);
//! assert_eq!(found[1].text, "March 18");
//! assert_eq!(found[1].kind, TimexType::Date);
//! ```

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

use crate::model::{Sentence, Timex, TimexType};
use crate::text::{line_start, tokenize, Token, TokenKind};

/// Month names and their common abbreviations, by month number − 1.
const MONTHS: [&[&str]; 12] = [
    &["january", "jan"],
    &["february", "feb"],
    &["march", "mar"],
    &["april", "apr"],
    &["may"],
    &["june", "jun"],
    &["july", "jul"],
    &["august", "aug"],
    &["september", "sept", "sep"],
    &["october", "oct"],
    &["november", "nov"],
    &["december", "dec"],
];

/// Weekday names and abbreviations, Monday first.
const WEEKDAYS: [&[&str]; 7] = [
    &["monday", "mon"],
    &["tuesday", "tue", "tues"],
    &["wednesday", "wed"],
    &["thursday", "thu", "thur", "thurs"],
    &["friday", "fri"],
    &["saturday", "sat"],
    &["sunday", "sun"],
];

/// Number words up to nineteen, by value.
const SMALL_NUMBERS: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];

/// Tens words, by value / 10 (index 0 and 1 unused).
const TENS: [&str; 10] = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

/// Ordinal words for days of the month, by value less one ("March eighth", "the
/// twenty-first of June" add "twenty-" or "thirty-" to one of the first nine).
const DAY_ORDINALS: [&str; 20] = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
];

/// Ordinal words naming a quarter ("the second and fourth quarters").
const QUARTER_ORDINALS: [&str; 4] = ["first", "second", "third", "fourth"];

/// Ordinal words for quarters and halves, by value.
const ORDINALS: [(&str, u32); 8] =
    [("first", 1), ("second", 2), ("third", 3), ("fourth", 4), ("1st", 1), ("2nd", 2), ("3rd", 3), ("4th", 4)];

/// Words that open a stretch of time counted back or forward ("the past three years").
const SPAN_WORDS: [&str; 10] =
    ["past", "last", "next", "coming", "first", "latest", "previous", "final", "recent", "following"];

/// Words after "the year" that make it a reporting period ("the year ended June 30").
const PERIOD_ENDS: [&str; 4] = ["ended", "ending", "ends", "through"];

/// Every word that can open an expression, lowercase and sorted for binary search
/// (see `Scanner::may_start`): each rule's first words, month and weekday names, units,
/// seasons and number words. Numbers and hyphenated words pass on their own.
const START_WORDS: [&str; 219] = [
    "a",
    "afternoon",
    "almost",
    "an",
    "apr",
    "april",
    "around",
    "at",
    "aug",
    "august",
    "autumn",
    "centuries",
    "century",
    "christmas",
    "coming",
    "comparable",
    "corresponding",
    "couple",
    "current",
    "currently",
    "daily",
    "day",
    "days",
    "dec",
    "decade",
    "decades",
    "december",
    "dozen",
    "each",
    "earlier",
    "early",
    "eight",
    "eighteen",
    "eighteenth",
    "eighth",
    "eighty",
    "election",
    "eleven",
    "eleventh",
    "end",
    "evening",
    "every",
    "fall",
    "feb",
    "february",
    "few",
    "fifteen",
    "fifteenth",
    "fifth",
    "fifty",
    "final",
    "first",
    "fiscal",
    "five",
    "following",
    "forty",
    "four",
    "fourteen",
    "fourteenth",
    "fourth",
    "fri",
    "friday",
    "fridays",
    "full",
    "future",
    "fy",
    "half",
    "halloween",
    "hour",
    "hourly",
    "hours",
    "hundred",
    "independence",
    "jan",
    "january",
    "jul",
    "july",
    "jun",
    "june",
    "last",
    "late",
    "lately",
    "later",
    "latest",
    "less",
    "long",
    "many",
    "mar",
    "march",
    "may",
    "mid",
    "midday",
    "midnight",
    "minute",
    "minutes",
    "mon",
    "monday",
    "mondays",
    "month",
    "monthly",
    "months",
    "more",
    "morning",
    "most",
    "near",
    "nearly",
    "new",
    "next",
    "night",
    "nightly",
    "nine",
    "nineteen",
    "nineteenth",
    "ninety",
    "ninth",
    "no",
    "noon",
    "nov",
    "november",
    "now",
    "nowadays",
    "numerous",
    "oct",
    "october",
    "once",
    "one",
    "other",
    "overnight",
    "past",
    "period",
    "preceding",
    "presently",
    "previous",
    "quarter",
    "quarters",
    "recent",
    "recently",
    "right",
    "same",
    "sat",
    "saturday",
    "saturdays",
    "second",
    "seconds",
    "sep",
    "sept",
    "september",
    "seven",
    "seventeen",
    "seventeenth",
    "seventh",
    "seventy",
    "several",
    "short",
    "six",
    "sixteen",
    "sixteenth",
    "sixth",
    "sixty",
    "some",
    "someday",
    "soon",
    "spring",
    "summer",
    "sun",
    "sunday",
    "sundays",
    "super",
    "ten",
    "tenth",
    "thanksgiving",
    "that",
    "the",
    "these",
    "third",
    "thirteen",
    "thirteenth",
    "thirtieth",
    "thirty",
    "this",
    "thousand",
    "three",
    "thrice",
    "thu",
    "thur",
    "thurs",
    "thursday",
    "thursdays",
    "today",
    "tomorrow",
    "tonight",
    "tue",
    "tues",
    "tuesday",
    "tuesdays",
    "twelfth",
    "twelve",
    "twentieth",
    "twenty",
    "twice",
    "two",
    "up",
    "upcoming",
    "valentine",
    "very",
    "wed",
    "wednesday",
    "wednesdays",
    "week",
    "weekend",
    "weekly",
    "weeks",
    "winter",
    "year",
    "yearend",
    "yearly",
    "years",
    "yesterday",
    "zero",
];

/// Start words that never make an expression alone: the next token must be able to
/// continue it ("a year", "last week"), which the scan checks before trying the rules.
const WEAK_STARTS: [&str; 24] = [
    "a",
    "an",
    "several",
    "few",
    "many",
    "some",
    "numerous",
    "this",
    "last",
    "next",
    "coming",
    "previous",
    "preceding",
    "following",
    "same",
    "new",
    "at",
    "up",
    "no",
    "more",
    "less",
    "each",
    "every",
    "that",
];

/// Adverbs that belong to "now", "soon", "recently" before them ("more recently").
const INTENSIFIERS: [&str; 4] = ["more", "most", "right", "very"];

/// Open ends after a date that belong to it: "1990 and beyond", "1994 or later".
const OPEN_ENDS: [&[&str]; 3] = [&["and", "beyond"], &["or", "later"], &["or", "earlier"]];

/// Words of ratings and shares near "the 30s" that make it a measure, not a decade.
const MEASURE_WORDS: [&str; 9] =
    ["percent", "percentage", "%", "rating", "ratings", "approval", "points", "poll", "polls"];

/// Words near "the 70s" that make it a temperature, not a decade.
const TEMPERATURE_WORDS: [&str; 7] = ["temperature", "temperatures", "degrees", "highs", "lows", "high", "low"];

/// Words before "last" that make it the verb ("could last", "to last").
const LAST_VERB_BEFORE: [&str; 14] =
    ["will", "would", "could", "can", "may", "might", "should", "must", "to", "'ll", "did", "does", "not", "only"];

/// Vague quantities that make a duration's count unknown ("several years" → `PXY`).
const VAGUE_COUNTS: [&str; 5] = ["several", "few", "many", "some", "numerous"];

/// A unit of time: its singular and plural names, and how a count of it is written in
/// an ISO 8601 duration (count multiplier, designator, whether it is a time unit).
struct Unit {
    /// Singular name.
    one: &'static str,
    /// Plural name.
    many: &'static str,
    /// Multiplier for the count (a decade is ten years).
    factor: u32,
    /// ISO designator.
    letter: char,
    /// Whether the designator follows `T` (hours, minutes, seconds).
    clock: bool,
}

/// Units of time, as durations.
const UNITS: [Unit; 10] = [
    Unit { one: "second", many: "seconds", factor: 1, letter: 'S', clock: true },
    Unit { one: "minute", many: "minutes", factor: 1, letter: 'M', clock: true },
    Unit { one: "hour", many: "hours", factor: 1, letter: 'H', clock: true },
    Unit { one: "day", many: "days", factor: 1, letter: 'D', clock: false },
    Unit { one: "week", many: "weeks", factor: 1, letter: 'W', clock: false },
    Unit { one: "month", many: "months", factor: 1, letter: 'M', clock: false },
    Unit { one: "quarter", many: "quarters", factor: 1, letter: 'Q', clock: false },
    Unit { one: "year", many: "years", factor: 1, letter: 'Y', clock: false },
    Unit { one: "decade", many: "decades", factor: 10, letter: 'Y', clock: false },
    Unit { one: "century", many: "centuries", factor: 100, letter: 'Y', clock: false },
];

/// Seasons and their TIMEX3 codes.
const SEASONS: [(&str, &str); 5] =
    [("spring", "SP"), ("summer", "SU"), ("fall", "FA"), ("autumn", "FA"), ("winter", "WI")];

/// Parts of the day and their TIMEX3 codes.
const DAY_PARTS: [(&str, &str); 5] =
    [("morning", "MO"), ("afternoon", "AF"), ("evening", "EV"), ("night", "NI"), ("overnight", "NI")];

/// Single words that are dates relative to now, with their fixed values.
const REF_WORDS: [(&str, &str); 10] = [
    ("now", "PRESENT_REF"),
    ("currently", "PRESENT_REF"),
    ("nowadays", "PRESENT_REF"),
    ("presently", "PRESENT_REF"),
    ("current", "PRESENT_REF"),
    ("recently", "PAST_REF"),
    ("recent", "PAST_REF"),
    ("lately", "PAST_REF"),
    ("soon", "FUTURE_REF"),
    ("someday", "FUTURE_REF"),
];

/// Words before a plural unit that make a vague reference point ("coming months").
const VAGUE_REF_LEADS: [(&str, &str); 6] = [
    ("coming", "FUTURE_REF"),
    ("future", "FUTURE_REF"),
    ("past", "PAST_REF"),
    ("recent", "PAST_REF"),
    ("these", "PRESENT_REF"),
    ("upcoming", "FUTURE_REF"),
];

/// Adverbs and adjectives of frequency, as sets.
/// ("quarterly" and "annually" are left out: in business news they qualify dividends
/// and growth rates, and the TempEval data does not tag them.)
const SET_WORDS: [(&str, &str); 6] = [
    ("hourly", "PT1H"),
    ("daily", "P1D"),
    ("nightly", "P1D"),
    ("weekly", "P1W"),
    ("monthly", "P1M"),
    ("yearly", "P1Y"),
];

/// Words near a weekday that put it in the future ("will meet Friday").
const FUTURE_CUES: [&str; 21] = [
    "looming",
    "forthcoming",
    "impending",
    "hoping",
    "expecting",
    "awaiting",
    "will",
    "would",
    "'ll",
    "won't",
    "shall",
    "scheduled",
    "expected",
    "expects",
    "due",
    "upcoming",
    "next",
    "might",
    "planning",
    "soon",
    "tomorrow",
];

/// Modals of the present tense: what can, must, should or may happen lies ahead of the
/// telling, never behind it ("Clinton must win in November"). They place year-less
/// months only (see `Scanner::month_tense`). Only lowercase "may" counts ("May" is the
/// month), and a perfect after one looks back ("must have known in March").
const PRESENT_MODALS: [&str; 8] = ["can", "cannot", "can't", "must", "should", "shouldn't", "may", "mustn't"];

/// Present-tense verbs of scheduled events ("they meet Monday", "she travels Friday",
/// "the state holds its primary Tuesday", "he speaks at the forum Friday").
const SCHEDULED: [&str; 15] = [
    "meet",
    "meets",
    "travels",
    "arrives",
    "resume",
    "resumes",
    "convene",
    "convenes",
    "votes",
    "begins",
    "opens",
    "visits",
    "holds",
    "speaks",
    "testifies",
];

/// Words that put a nearby date in the past ("rose in March", "told customers
/// Monday"): common irregular past tenses, and "ago", "since", "yesterday". Regular
/// "-ed" verbs count too (see `Scanner::tense_cue`).
const PAST_CUES: [&str; 77] = [
    "was",
    "died",
    "were",
    "had",
    "did",
    "said",
    "told",
    "rose",
    "fell",
    "began",
    "came",
    "took",
    "made",
    "met",
    "left",
    "won",
    "went",
    "gave",
    "got",
    "saw",
    "sold",
    "bought",
    "brought",
    "found",
    "held",
    "kept",
    "led",
    "lost",
    "paid",
    "sent",
    "spent",
    "spoke",
    "stood",
    "thought",
    "wrote",
    "became",
    "broke",
    "chose",
    "drew",
    "fled",
    "flew",
    "fought",
    "grew",
    "heard",
    "knew",
    "meant",
    "sought",
    "struck",
    "threw",
    "withdrew",
    "ran",
    "swept",
    "arose",
    "shook",
    "wore",
    "caught",
    "sat",
    "swung",
    "underwent",
    "drove",
    "felt",
    "built",
    "laid",
    "lent",
    "hung",
    "slid",
    "taught",
    "rode",
    "sank",
    "swore",
    "stole",
    "overtook",
    "oversaw",
    "undertook",
    "ago",
    "since",
    "yesterday",
];

/// Tense cues that are not verbs: a verb after a comma may still govern a date they
/// precede ("His next speech, on May 28, was delivered…").
const NOT_VERB_CUES: [&str; 8] = ["next", "upcoming", "due", "soon", "tomorrow", "ago", "since", "yesterday"];

/// Words that open what was said or asked ("announced Friday that he would", "asked
/// Sunday how he would"): a verb after one is not the one governing a date before it.
const COMPLEMENTIZERS: [&str; 5] = ["that", "whether", "how", "why", "what"];

/// Words before a date that leave it the whole subject of a verb after it ("that
/// Friday will be quiet", "and Tuesday will decide").
const SUBJECT_OPENERS: [&str; 14] =
    ["that", "and", "or", "but", "because", "if", "when", "while", "as", "since", "until", "so", "this", "then"];

/// "-ed" words that are not past tenses.
/// (Also adjectives made with "un-" that have no verb: "a still unspecified date in
/// January", "an as yet unnamed successor".)
const NOT_PAST_ED: [&str; 12] = [
    "hundred",
    "kindred",
    "sacred",
    "wicked",
    "naked",
    "rugged",
    "unspecified",
    "undisclosed",
    "unnamed",
    "unidentified",
    "unexpected",
    "unprecedented",
];

/// Words before an "-ed" word that make it an adjective or a passive, not a past tense:
/// "the combined company", "will be paid", "is based".
const NOT_BEFORE_PAST_ED: [&str; 12] =
    ["the", "a", "an", "its", "their", "his", "her", "be", "is", "are", "being", "so-called"];

/// Words before "to" that make an intention, a plan or an expectation, which points
/// ahead: "is set to resume Monday", "plans to meet Friday", "is likely to appear in
/// court Wednesday".
const INTENT_BEFORE_TO: [&str; 17] = [
    "is", "are", "set", "due", "plans", "plan", "planned", "going", "agreed", "hopes", "intends", "aims", "wants",
    "supposed", "likely", "slated", "poised",
];

/// How many months ahead a year-less month with no tense cue may lie; further ahead,
/// the one before is meant ("in March", said in November, is last March).
const MONTHS_AHEAD: i32 = 4;

/// How many months ahead a year-less month naming a scheduled event ("the November
/// election", "the convention in July") may lie. News reports a past event soon after
/// it but previews a scheduled one long before, so its month looks further ahead (and
/// at most three months back).
const EVENT_MONTHS_AHEAD: i32 = 8;

/// How many months ahead a year-less November of an even year (the general election)
/// may lie, said with no tense cue: from April on, last November is five or more months
/// back and would be named "last November", while the election is what news previews
/// ("chances in November", said in June). In March, "the report covers November" is
/// still as likely last November, unless the article is election news (see
/// [`Scanner::election_news`]).
const ELECTION_MONTHS_AHEAD: i32 = 7;

/// Words of an election campaign, which make an article election news when it has at
/// least [`ELECTION_NEWS_MIN`] of them.
const ELECTION_NEWS_WORDS: [&str; 9] =
    ["election", "elections", "primary", "primaries", "caucus", "caucuses", "nominee", "nomination", "voters"];

/// How many [`ELECTION_NEWS_WORDS`] make an article election news.
const ELECTION_NEWS_MIN: usize = 2;

/// Scheduled events named by their month: "the November election", "the party's July
/// convention", "the convention in July".
const SCHEDULED_EVENTS: [&str; 11] = [
    "election",
    "elections",
    "convention",
    "conventions",
    "matchup",
    "ballot",
    "referendum",
    "runoff",
    "summit",
    "vote",
    "inauguration",
];

/// Words of voting and winning an election, which make a November of an even year the
/// coming general election ([`Scanner::talks_of_voting`]).
const VOTING_WORDS: [&str; 22] = [
    "win",
    "wins",
    "winning",
    "victory",
    "beat",
    "defeat",
    "vote",
    "votes",
    "voters",
    "voting",
    "ballot",
    "ballots",
    "elect",
    "electing",
    "electability",
    "election",
    "elections",
    "nominee",
    "polls",
    "candidate",
    "candidates",
    "seats",
];

/// How many tokens back a comparison may lead to "last year" ("compared with a loss
/// of $3 million last year").
const COMPARE_REACH: usize = 8;

/// Titles and company suffixes written with a period, which does not end a sentence.
const ABBREVIATIONS: [&str; 20] = [
    "Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Capt", "Sgt", "St", "Jr", "Sr", "Prof", "Rev",
    "Inc", "Corp", "Co",
];

/// Participles of reporting verbs: a date right after one is when the report was made
/// (past), and what follows one is what was reported.
const REPORTING_GERUNDS: [&str; 6] = ["saying", "announcing", "telling", "adding", "noting", "stating"];

/// Reporting verbs, which tell when something was said rather than when it happens.
const REPORTING_VERBS: [&str; 8] = ["said", "says", "told", "reported", "announced", "added", "noted", "stated"];

/// Words between a count and its unit that leave the count alone: "20 more years",
/// "eight trading days".
const COUNT_FILLERS: [&str; 11] = [
    "more",
    "additional",
    "extra",
    "further",
    "full",
    "straight",
    "consecutive",
    "trading",
    "business",
    "working",
    "calendar",
];

/// Phrases after a period that put it a year back: "the same period last year".
const YEAR_BEFORE: [&[&str]; 9] = [
    &["last", "year"],
    &["a", "year", "ago"],
    &["a", "year", "earlier"],
    &["a", "year", "before"],
    &["the", "previous", "year"],
    &["the", "prior", "year"],
    &["of", "last", "year"],
    &["of", "the", "last", "year"],
    &["of", "the", "previous", "year"],
];

/// Words after "the day" that end the phrase, so it is the day reported: "ending the
/// day at 8,017", "to finish the day down 31 points".
const DAY_ENDS: [&str; 8] = ["at", "with", "down", "up", "higher", "lower", "and", "but"];

/// How many words may stand between "ahead of" and a date inside the phrase it opens
/// ("ahead of the county's special election on Tuesday").
const AHEAD_OF_REACH: usize = 5;

/// How many tokens either side of a date the search for its governing verb goes.
const TENSE_REACH: usize = 12;

/// How far (in days) the tense may push a year-less date away from the reference
/// before the nearest reading wins instead.
const MAX_TENSE_DAYS: i64 = 300;

/// How many months ahead a future tense may push a year-less month (about
/// [`MAX_TENSE_DAYS`]). The month just before the reference month, eleven ahead, is
/// the one just past: "a poll in January shows", said in February. (Back, the past
/// tense reaches a whole year: news looks back further than ahead.)
const MAX_TENSE_MONTHS: i32 = 10;

/// Holidays with a fixed date: the words that name them, month and day.
const HOLIDAYS: [(&[&str], u32, u32); 8] = [
    (&["christmas", "eve"], 12, 24),
    (&["christmas", "day"], 12, 25),
    (&["christmas"], 12, 25),
    (&["new", "year's", "eve"], 12, 31),
    (&["new", "year's", "day"], 1, 1),
    (&["independence", "day"], 7, 4),
    (&["halloween"], 10, 31),
    (&["valentine's", "day"], 2, 14),
];

/// Days known by the event on them, named without their year: month, day, the year,
/// and the words for the event one of the next two words must be ("the Sept. 11
/// attacks", "the Sept. 11 terrorist attacks"; the plural: a single "Sept. 11 attack"
/// may be another, such as the one on a consulate years later).
const KNOWN_DAYS: [(u32, u32, i32, &[&str]); 1] = [(9, 11, 2001, &["attacks", "hijackings"])];

/// Time zone abbreviations that may follow a clock time.
const TIME_ZONES: [&str; 10] = ["EDT", "EST", "CDT", "CST", "PDT", "PST", "GMT", "UTC", "MDT", "MST"];

/// People named in an award's title "… of the year" ("Person of the Year", "rookie of
/// the year"): the title is no time.
const HONOURED: [&str; 9] = ["person", "man", "woman", "player", "rookie", "coach", "athlete", "teacher", "newsmaker"];

/// Words that, before a bare four-digit number, show it is a quantity, not a year.
const NOT_YEAR_BEFORE: [&str; 6] = ["$", "£", "€", "#", "no", "number"];

/// Labels that name a thing by the number after them, which is then no year: "Section
/// 1001 of the code", "House Bill 1523", "Flight 1549".
const NUMBER_LABELS: [&str; 10] =
    ["section", "article", "chapter", "bill", "HB", "SB", "resolution", "flight", "route", "room"];

/// Fractions that a share "a quarter" is joined to ("between a quarter and a third").
const FRACTIONS: [&str; 9] =
    ["third", "thirds", "half", "fifth", "fifths", "tenth", "one-third", "two-thirds", "one-half"];

/// Words before an ambiguous month name ("May", "March") that show it is a month.
const MONTH_CONTEXT: [&str; 14] =
    ["in", "since", "until", "till", "by", "early", "late", "mid", "last", "next", "this", "of", "during", "through"];

/// Modifiers that may open an expression and belong to its extent.
const PRE_MODS: [&[&str]; 20] = [
    // Approximators the TempEval data keeps inside ("nearly two years"); "about",
    // "over" and "within" it leaves outside, so they are not listed.
    &["no", "more", "than"],
    &["more", "than"],
    &["less", "than"],
    &["at", "least"],
    &["up", "to"],
    &["nearly"],
    &["almost"],
    &["around"],
    &["the", "early"],
    &["the", "late"],
    &["early"],
    &["late"],
    &["mid"],
    &["earlier"],
    &["later"],
    &["the", "end", "of"],
    &["the", "beginning", "of"],
    &["the", "start", "of"],
    &["the", "middle", "of"],
    &["end", "of"],
];

/// Finds and normalises temporal expressions (byte offsets, sorted, non-overlapping).
///
/// `published` is the document creation date that relative expressions resolve
/// against; when it is `None`, the latest fully specified date written before an
/// expression serves instead. `sentences` bound the tense cues used for weekdays.
pub fn extract(text: &str, sentences: &[Sentence], published: Option<NaiveDate>) -> Vec<Timex> {
    let tokens = tokenize(text);
    Scanner::new(text, &tokens, sentences, published, true).scan()
}

/// Whether `word` is a month name or abbreviation (any case).
pub fn is_month_word(word: &str) -> bool {
    month_of(word).is_some()
}

/// Whether `word` is a weekday name or abbreviation (any case).
pub fn is_weekday_word(word: &str) -> bool {
    weekday_of(word).is_some()
}

/// Whether `word` is a number spelt out ("seven", "twenty-one", "dozen"; lower case).
pub fn is_number_word(word: &str) -> bool {
    number_word(word).is_some()
}

/// A match: where it ends and what it is.
struct Hit {
    /// Token index after the match.
    next: usize,
    /// Byte end of the match (may stop before the last token's possessive `'s`).
    end: usize,
    /// TIMEX3 type.
    kind: TimexType,
    /// TIMEX3 value.
    value: String,
    /// Whether the expression names its period outright ("the third quarter", "March
    /// 17, 2025"), so later "the quarter" or "a year earlier" may refer to it.
    explicit: bool,
}

impl Hit {
    /// The hit, marked as naming its period outright.
    fn explicit(mut self) -> Self {
        self.explicit = true;
        self
    }
}

/// A year-less month's place in a pair of months ("August and September").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Pairing {
    /// The first of the pair, with the second's month.
    First(u32),
    /// The second, with the year it takes from the first; or the first, with the
    /// year it takes from the second ("from September to December 2014").
    Second(i32),
}

/// A calendar value under construction, for shifting and formatting.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Cal {
    /// A day.
    Day(NaiveDate),
    /// A month of a year.
    Month(i32, u32),
    /// A quarter of a year.
    Quarter(i32, u32),
    /// A year.
    Year(i32),
}

impl Cal {
    /// A date inside the period.
    fn date(self) -> Option<NaiveDate> {
        match self {
            Cal::Day(d) => Some(d),
            Cal::Month(y, m) => NaiveDate::from_ymd_opt(y, m, 1),
            Cal::Quarter(y, q) => NaiveDate::from_ymd_opt(y, (q - 1) * 3 + 1, 1),
            Cal::Year(y) => NaiveDate::from_ymd_opt(y, 7, 1),
        }
    }

    /// How coarse the period is: a day 0, a month 2, a quarter 3, a year 4 (a week,
    /// which `Cal` never holds, would be 1).
    fn coarseness(self) -> u8 {
        match self {
            Cal::Day(_) => 0,
            Cal::Month(..) => 2,
            Cal::Quarter(..) => 3,
            Cal::Year(_) => 4,
        }
    }

    /// The value of an unknown day inside the period: `2012-07-XX`, `2012-XX-XX`.
    fn day_value(self) -> String {
        match self {
            Cal::Day(d) => ymd(d),
            Cal::Month(y, m) => format!("{}-{m:02}-XX", year4(y)),
            Cal::Quarter(y, _) | Cal::Year(y) => format!("{}-XX-XX", year4(y)),
        }
    }

    /// The TIMEX3 value.
    fn value(self) -> String {
        match self {
            Cal::Day(d) => ymd(d),
            Cal::Month(y, m) => format!("{}-{m:02}", year4(y)),
            Cal::Quarter(y, q) => format!("{}-Q{q}", year4(y)),
            Cal::Year(y) => year4(y),
        }
    }
}

/// The one-pass scanner and its document state.
struct Scanner<'a> {
    text: &'a str,
    tokens: &'a [Token],
    sentences: &'a [Sentence],
    published: Option<NaiveDate>,
    /// Reference date: `published`, or the latest full date seen.
    anchor: Option<NaiveDate>,
    /// Latest year seen (when no full date is known).
    year: Option<i32>,
    /// The latest calendar value found, for "a year earlier" and "the quarter".
    last: Option<Cal>,
    /// The latest calendar value of any date, named outright or not ("in February"),
    /// for "the same period last year".
    recent: Option<Cal>,
    /// The byte where `recent` was written.
    recent_at: usize,
    /// Days named with their year written ("Sept. 11, 2001"), so a later mention of
    /// the same month and day without one is that day.
    dated_days: Vec<NaiveDate>,
    /// The latest day named, for "the day" and "in morning trading" after coarser
    /// dates ("said on Tuesday that February sales rose … later in the day").
    last_day: Option<NaiveDate>,
    /// The byte where `last_day` was written.
    last_day_at: usize,
    /// Whether `year` was named after `anchor` and differs from it (no `published`).
    year_is_newer: bool,
    /// Whether a stretch of several months ("the nine months", "the six months",
    /// "the year") was named after the latest quarter: a result "a year earlier" is
    /// then set against that stretch's, not the quarter's.
    stretch_after_quarter: bool,
    /// Whether to skip tokens that cannot open an expression (off only in tests).
    filter: bool,
    /// [`Scanner::may_start`] for every token, computed once when filtering.
    starts: Vec<bool>,
}

impl<'a> Scanner<'a> {
    /// A scanner over `tokens`; `filter` skips tokens that cannot open an expression.
    fn new(
        text: &'a str,
        tokens: &'a [Token],
        sentences: &'a [Sentence],
        published: Option<NaiveDate>,
        filter: bool,
    ) -> Self {
        let mut s = Scanner {
            text,
            tokens,
            sentences,
            published,
            anchor: published,
            year: None,
            last: None,
            recent: None,
            recent_at: 0,
            dated_days: Vec::new(),
            last_day: None,
            last_day_at: 0,
            year_is_newer: false,
            stretch_after_quarter: false,
            filter,
            starts: Vec::new(),
        };
        if filter {
            s.starts = (0..tokens.len()).map(|i| s.compute_may_start(i)).collect();
        }
        s
    }

    /// Runs the scan.
    fn scan(&mut self) -> Vec<Timex> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < self.tokens.len() {
            match self.at(i) {
                Some((start, hit)) if hit.end > start => {
                    out.push(Timex {
                        start,
                        end: hit.end,
                        text: self.text[start..hit.end].to_string(),
                        kind: hit.kind,
                        value: hit.value,
                    });
                    i = hit.next.max(i + 1);
                }
                _ => i += 1,
            }
        }
        out
    }

    /// The word at token `i` (without a possessive `'s`), when it is a word or number.
    fn word(&self, i: usize) -> Option<&'a str> {
        let t = self.tokens.get(i)?;
        let w = t.slice(self.text);
        Some(strip_possessive(w))
    }

    /// Whether token `i` is `w` (ASCII case-insensitive, possessive stripped).
    fn is(&self, i: usize, w: &str) -> bool {
        self.word(i).is_some_and(|x| x.eq_ignore_ascii_case(w))
    }

    /// Whether token `i` is one of `ws`.
    fn is_any(&self, i: usize, ws: &[&str]) -> bool {
        self.word(i).is_some_and(|x| ws.iter().any(|w| x.eq_ignore_ascii_case(w)))
    }

    /// Whether the tokens from `i` spell `phrase`.
    fn is_phrase(&self, i: usize, phrase: &[&str]) -> bool {
        phrase.iter().enumerate().all(|(k, w)| self.is(i + k, w))
    }

    /// Whether token `i` is punctuation `c`.
    fn punct(&self, i: usize, c: char) -> bool {
        self.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Punct && self.text[t.start..].starts_with(c))
    }

    /// Whether tokens `i` and `i + 1` touch (no space between).
    fn touch(&self, i: usize) -> bool {
        match (self.tokens.get(i), self.tokens.get(i + 1)) {
            (Some(a), Some(b)) => a.end == b.start,
            _ => false,
        }
    }

    /// The byte end of token `i`, before a possessive `'s`.
    fn end_of(&self, i: usize) -> usize {
        let t = self.tokens[i];
        t.start + strip_possessive(t.slice(self.text)).len()
    }

    /// A hit ending with token `last`.
    fn hit(&self, last: usize, kind: TimexType, value: String) -> Hit {
        Hit { next: last + 1, end: self.end_of(last), kind, value, explicit: false }
    }

    /// The reference date for relative expressions.
    fn reference(&self) -> Option<NaiveDate> {
        self.anchor
    }

    /// The reference year.
    fn ref_year(&self) -> Option<i32> {
        if self.year_is_newer {
            return self.year;
        }
        self.anchor.map(|d| d.year()).or(self.year)
    }

    /// The date that places year-less months and days: the reference date, unless a
    /// different year was named after the last full date (then that year, via
    /// [`Scanner::ref_year`]).
    fn calendar_reference(&self) -> Option<NaiveDate> {
        if self.year_is_newer {
            None
        } else {
            self.reference()
        }
    }

    /// Whether the token after `i` can continue an expression.
    fn may_start_after(&self, i: usize) -> bool {
        i + 1 < self.tokens.len() && self.may_start(i + 1)
    }

    /// Whether token `i` can open any expression (a cheap test with no allocation).
    fn may_start(&self, i: usize) -> bool {
        match self.starts.get(i) {
            Some(&cached) => cached,
            None => self.compute_may_start(i),
        }
    }

    /// [`Scanner::may_start`] without the cache.
    fn compute_may_start(&self, i: usize) -> bool {
        let t = self.tokens[i];
        let w = strip_possessive(t.slice(self.text));
        match t.kind {
            TokenKind::Number => true,
            TokenKind::Punct => matches!(w, "'" | "’" | "‘"),
            TokenKind::Word => {
                w.bytes().any(|b| b.is_ascii_digit() || b == b'-')
                    || is_start_word(w)
                    || w.len() > 3 && w.get(w.len() - 3..).is_some_and(|e| e.eq_ignore_ascii_case("ies"))
            }
        }
    }

    /// Tries every rule at token `i`; returns the start byte and the longest hit.
    fn at(&mut self, i: usize) -> Option<(usize, Hit)> {
        // Most tokens cannot open an expression; skipping them keeps the scan fast.
        if self.filter && !self.may_start(i) {
            return None;
        }
        let start = self.tokens[i].start;
        // Pre-modifiers ("early", "the end of") belong to the extent when a core follows.
        let mut j = i;
        let mut premod = false;
        let mut up_to = false;
        for m in PRE_MODS {
            if self.is_phrase(i, m) {
                j = i + m.len();
                premod = true;
                up_to = m == ["up", "to"];
                break;
            }
        }
        // "more recently", "right now", "very soon": the intensifier belongs to the word.
        if !premod && self.is_any(i, &INTENSIFIERS) && self.is_any(i + 1, &["now", "soon", "recently", "lately"]) {
            j = i + 1;
            premod = true;
        }
        // "the" belongs to some extents ("the third quarter") and not others; each rule says.
        let (det, k) = if self.is(j, "the") { (true, j + 1) } else { (false, j) };
        // "a", "this", "the": words that only open an expression with more after them
        // (past a word that adds to the count: "an additional year", "an extra week";
        // not past a kind of unit: "changed to a calendar year" is no stretch of time).
        let continues = |k: usize| {
            self.may_start_after(k)
                || self.is_any(k + 1, &["additional", "extra", "further", "full"]) && self.may_start_after(k + 1)
        };
        if k >= self.tokens.len()
            || self.filter && (!self.may_start(k) || self.is_any(k, &WEAK_STARTS) && !continues(k))
        {
            return None;
        }
        let mut hit = self.core(k, det, premod || det)?;
        // "almost every week": an approximation is not part of a recurrence.
        let start = if premod && hit.kind == TimexType::Set { self.tokens[j].start } else { start };
        // "up to five years" bounds a count; "leading up to Tuesday's vote" is a
        // preposition before a date, outside it.
        let start =
            if up_to && matches!(hit.kind, TimexType::Date | TimexType::Time) { self.tokens[j].start } else { start };
        // "the next year or so": the vagueness belongs to the expression.
        if self.is_phrase(hit.next, &["or", "so"]) {
            hit.end = self.tokens[hit.next + 1].end;
            hit.next += 2;
        }
        // "1990 and beyond", "1994 or later": an open end belongs to the date (TimeML's
        // mod ON_OR_AFTER), unless it leads on to another expression ("or earlier this
        // year").
        if hit.kind == TimexType::Date
            && OPEN_ENDS.iter().any(|p| self.is_phrase(hit.next, p))
            && !self.is_any(hit.next + 2, &["this", "that", "than", "in", "last", "next"])
        {
            hit.end = self.tokens[hit.next + 1].end;
            hit.next += 2;
        }
        self.remember(&hit, k);
        if let Some(d) = self.dateline(i, &hit) {
            self.anchor = Some(d);
        }
        Some((start, hit))
    }

    /// The day of a wire dateline opening the story ("WASHINGTON, Dec. 8 (UPI) —",
    /// "CAMBRIDGE, Mass., Dec. 11 (UPI) —"): the day the story was written, which
    /// relative dates after it count from. A story filed on Dec. 8 and dated Dec. 7
    /// by its publisher says "told The New York Times Tuesday morning" of Dec. 8.
    /// Only a date within three days of the publication date counts.
    fn dateline(&self, i: usize, hit: &Hit) -> Option<NaiveDate> {
        if hit.kind != TimexType::Date || !hit.explicit {
            return None;
        }
        let Some(Cal::Day(d)) = parse_cal(&hit.value) else { return None };
        let start = self.tokens[i].start;
        // Near the top, after a place in capitals and a comma, on one line.
        if start > 600 || i == 0 || !self.punct(i - 1, ',') {
            return None;
        }
        let line = line_start(self.text, start);
        let place = self.tokens[..i].iter().rposition(|t| t.start < line).map_or(0, |k| k + 1);
        let capitals = |w: &str| w.len() >= 2 && w.bytes().all(|b| b.is_ascii_uppercase());
        if place + 1 >= i || !self.word(place).is_some_and(capitals) {
            return None;
        }
        let placename = (place..i).all(|k| {
            self.tokens[k].kind == TokenKind::Punct && self.is_any(k, &[",", "."])
                || self.word(k).is_some_and(|w| w.starts_with(|c: char| c.is_ascii_uppercase()))
        });
        // Then the agency in brackets or a dash: "(UPI) —", "(Xinhua) --", "— ".
        let after = self.tokens.get(hit.next).map(|t| &self.text[t.start..t.end]);
        if !placename || !matches!(after, Some("(" | "—" | "–" | "-" | "_")) {
            return None;
        }
        match self.published {
            Some(p) if (d - p).num_days().abs() > 3 => None,
            _ => Some(d),
        }
    }

    /// Updates the anchor and the last calendar value after a hit.
    fn remember(&mut self, hit: &Hit, at: usize) {
        let v = hit.value.as_str();
        if hit.kind == TimexType::Duration && is_stretch_of_months(v) {
            self.stretch_after_quarter = true;
        }
        if let Some(cal) = parse_cal(v) {
            if hit.kind == TimexType::Date {
                if matches!(cal, Cal::Quarter(..)) {
                    self.stretch_after_quarter = false;
                }
                self.recent = Some(cal);
                self.recent_at = self.tokens[at].start;
                if let Cal::Day(d) = cal {
                    self.last_day = Some(d);
                    self.last_day_at = self.recent_at;
                    let text = self.text.get(self.tokens[at].start..hit.end).unwrap_or("");
                    if text.contains(&d.year().to_string()) && !self.dated_days.contains(&d) {
                        self.dated_days.push(d);
                    }
                }
            }
            if hit.explicit && !matches!(hit.kind, TimexType::Duration | TimexType::Set) && !self.ahead(cal, at) {
                self.last = Some(cal);
                if self.published.is_none() {
                    match cal {
                        Cal::Day(d) => {
                            self.anchor = Some(d);
                            self.year = Some(d.year());
                            self.year_is_newer = false;
                        }
                        // "In 2016 ... in June": a year named after the last full date
                        // places year-less months and days.
                        Cal::Year(y) | Cal::Month(y, _) | Cal::Quarter(y, _) => {
                            self.year = Some(y);
                            self.year_is_newer = self.anchor.is_some_and(|a| a.year() != y);
                        }
                    }
                }
            }
        }
    }

    /// Whether `cal`, named at token `at`, is a quarter looked ahead to: not over on the
    /// publication date and not spoken of in the past tense. Business news reports
    /// finished quarters and looks ahead to open ones: in "third-quarter net rose 11% …
    /// the earthquake will result in a fourth-quarter charge … earnings fell in the
    /// latest quarter, from $6 million a year ago" (said in November), "the latest
    /// quarter" and "a year ago" are the third quarter and its year-before twin, not
    /// the fourth. So such a quarter does not become the period later phrases refer
    /// back to. (A fiscal fourth quarter that ended in September, "reported a decline
    /// in fourth-quarter earnings", is past tense and does.)
    fn ahead(&self, cal: Cal, at: usize) -> bool {
        let (Cal::Quarter(y, q), Some(p)) = (cal, self.published) else { return false };
        let (ny, nq) = shift_quarter(y, q, 1);
        let open = NaiveDate::from_ymd_opt(ny, (nq - 1) * 3 + 1, 1).is_some_and(|next| next > p);
        open && self.tense(at) != Some(false)
    }

    /// The longest core expression starting at token `i`; `det` says "the" precedes it.
    fn core(&self, i: usize, det: bool, led: bool) -> Option<Hit> {
        // Explicit dates, weekdays, months, clock times and sets leave "the" outside
        // their extent ("the Nov. 1 deadline" tags "Nov. 1"), as in the TempEval data.
        let bare = |h: Option<Hit>| if det { None } else { h };
        let candidates = [
            bare(self.explicit_date(i)),
            self.year_or_decade(i, det, led),
            // "the previous Friday" keeps "the", as the TempEval data has it.
            if det && !self.is_any(i, &["previous", "preceding", "following"]) { None } else { self.weekday(i) },
            bare(self.month(i, led)),
            self.deictic(i, det),
            self.relative(i, det),
            self.quantity(i, det),
            self.quarter(i, det),
            self.period_a_year_before(i, det),
            self.nth_of_period(i, det),
            self.ordinal_day_now(i, det),
            self.season(i, det || led),
            bare(self.clock(i)),
            bare(self.set(i)),
            self.fixed_phrase(i, det),
            self.spoken_year(i, det),
            bare(self.holiday(i)),
        ];
        candidates.into_iter().flatten().max_by_key(|h| h.end)
    }

    /// "March 17, 2025", "Sept. 30", "17 March 2025", "July 1997", "2025-03-17",
    /// "10/26/89".
    fn explicit_date(&self, i: usize) -> Option<Hit> {
        let w = self.word(i)?;
        // ISO dates are one number token: "2025-03-17".
        if let Some(d) = iso_date(w) {
            return Some(self.hit(i, TimexType::Date, ymd(d)).explicit());
        }
        // Slashed dates: "10/26/89" (US order), "17/03/2025" (day first when it must be).
        if let (Some(a), true, Some(b), true, Some(y)) = (
            num(w),
            self.punct(i + 1, '/'),
            self.word(i + 2).and_then(num),
            self.punct(i + 3, '/'),
            self.word(i + 4).and_then(num),
        ) {
            let y = if y < 100 { self.century_of(y as i32) } else { y as i32 };
            let (m, d) = if a > 12 && b <= 12 { (b, a) } else { (a, b) };
            if let Some(date) = NaiveDate::from_ymd_opt(y, m, d) {
                return Some(self.hit(i + 4, TimexType::Date, ymd(date)).explicit());
            }
        }
        // Day before month: "17 March 2025", "17th of March".
        // ("the eighth of March": a day in words needs its "of".)
        let worded = ordinal_day(w).filter(|_| self.is(i + 1, "of"));
        if let Some(day) = day_number(w).filter(|d| (1..=31).contains(d)).or(worded) {
            let mut j = i + 1;
            if self.is(j, "of") {
                j += 1;
            }
            let m = self.word(j).and_then(month_of)?;
            if !self.month_word_ok(j, true) {
                return None;
            }
            let mut last = j;
            // "17 Sept. 2025": an abbreviation's period ("17 March." ends a sentence).
            let abbreviated = self.word(j).is_some_and(|x| MONTHS[m as usize - 1][0].len() != x.len());
            if abbreviated && self.punct(j + 1, '.') && self.touch(j) {
                last = j + 1;
            }
            let (y, last) = match self.year_after(last + 1) {
                Some((y, l)) => (Some(y), l),
                None => (None, last),
            };
            return self.day_hit(i, last, y, m, day);
        }
        let m = month_of(w)?;
        let mut j = i + 1;
        // "Sept." — the abbreviation's period.
        if self.punct(j, '.') && self.touch(i) {
            j += 1;
        }
        // "March 8", "March 8th", and in broadcast transcripts "March eighth" (not after a
        // capitalised word: "Theresa May first said" is a name and an adverb).
        let after_name = i > 0
            && self.tokens[i - 1].kind == TokenKind::Word
            && self.word(i - 1).is_some_and(|p| p.starts_with(|c: char| c.is_ascii_uppercase()));
        let worded = |d: &str| ordinal_day(d).filter(|_| !after_name);
        let day = self.word(j).and_then(|d| day_number(d).or_else(|| worded(d))).filter(|d| (1..=31).contains(d));
        if let Some(day) = day {
            if !self.month_word_ok(i, true) {
                return None;
            }
            let last = j;
            let (y, last) = match self.year_after(last + 1).or_else(|| {
                // "March 17, 2025"
                if self.punct(last + 1, ',') {
                    self.year_after(last + 2)
                } else {
                    None
                }
            }) {
                Some((y, l)) => (Some(y), l),
                None => (None, last),
            };
            return self.day_hit(i, last, y, m, day);
        }
        // Month and year: "July 1997", "March of 1990", "June, 1989".
        let mut k = j;
        if self.is(k, "of") || self.punct(k, ',') {
            k += 1;
        }
        if let Some((y, last)) = self.year_after(k) {
            if !self.month_word_ok(i, true) {
                return None;
            }
            return Some(self.hit(last, TimexType::Date, Cal::Month(y, m).value()).explicit());
        }
        None
    }

    /// A two-digit year ("7/8/07") in the century that puts it nearest the reference
    /// year (1900s without one).
    fn century_of(&self, yy: i32) -> i32 {
        let Some(r) = self.ref_year() else { return 1900 + yy };
        let base = r - r.rem_euclid(100);
        [base - 100, base, base + 100].into_iter().map(|c| c + yy).min_by_key(|y| (y - r).abs()).unwrap_or(1900 + yy)
    }

    /// A date hit for `day` `month` with an optional year.
    fn day_hit(&self, first: usize, last: usize, year: Option<i32>, month: u32, day: u32) -> Option<Hit> {
        // "Jan. 31 last year", "March 3 this year": the year as a relative phrase.
        let (year, last) = match (year, self.year_phrase(last + 1)) {
            (None, Some((y, l))) => (Some(y), l),
            _ => (year, last),
        };
        // "the Sept. 11, 2001, attacks ... after Sept. 11": a month and day named again
        // without a year is the day named before with one.
        let named = || self.dated_days.iter().rev().find(|d| d.month() == month && d.day() == day).copied();
        // "after the Sept. 11 terrorist attacks": a day known by the event on it is
        // that event's day, in whatever year it is told.
        let known = KNOWN_DAYS.iter().find(|(m, d, _, events)| {
            *m == month && *d == day && (last + 1..=last + 2).any(|k| self.is_any(k, events))
        });
        let value = match year {
            Some(y) => ymd(NaiveDate::from_ymd_opt(y, month, day)?),
            None if named().is_some() => ymd(named()?),
            None if known.is_some() => ymd(known.and_then(|&(m, d, y, _)| NaiveDate::from_ymd_opt(y, m, d))?),
            None => match self.calendar_reference() {
                Some(r) => ymd(nearest_day(r, month, day, self.day_tense(r, first, last, month, day))?),
                None => match self.ref_year() {
                    Some(y) => ymd(NaiveDate::from_ymd_opt(y, month, day)?),
                    None => format!("XXXX-{month:02}-{day:02}"),
                },
            },
        };
        Some(self.hit(last, TimexType::Date, value).explicit())
    }

    /// The side of the reference date `r` that the year-less day `month`/`day` (tokens
    /// `first..=last`) lies on: its tense, unless it names a scheduled event at most
    /// eight months ahead ("to influence the Nov. 8 election", told in July): an event
    /// still to come is named by its day, one held most of a year ago would not be.
    fn day_tense(&self, r: NaiveDate, first: usize, last: usize, month: u32, day: u32) -> Option<bool> {
        let ahead = nearest_day(r, month, day, Some(true))
            .is_some_and(|d| (d - r).num_days() <= 31 * i64::from(EVENT_MONTHS_AHEAD));
        if ahead && (self.names_scheduled_event(last) || self.modifies_event(last)) {
            return Some(true);
        }
        self.tense(first)
    }

    /// Whether the date ending at token `last` modifies an event named a few words on,
    /// past names and kinds of election: "the Nov. 8 U.S. presidential election".
    fn modifies_event(&self, last: usize) -> bool {
        const KINDS: [&str; 5] = ["general", "presidential", "primary", "special", "midterm"];
        for k in last + 1..(last + 7).min(self.tokens.len()) {
            if self.is_any(k, &SCHEDULED_EVENTS) {
                return true;
            }
            let dot = self.punct(k, '.') && self.touch(k - 1);
            if !(dot || self.is_any(k, &KINDS) || self.tokens[k].kind == TokenKind::Word && self.is_name_word(k)) {
                return false;
            }
        }
        false
    }

    /// "last year", "this year", "next year" at token `i`: the year and the last token.
    fn year_phrase(&self, i: usize) -> Option<(i32, usize)> {
        let dir = match self.word(i)?.to_ascii_lowercase().as_str() {
            "last" => -1,
            "this" => 0,
            "next" => 1,
            _ => return None,
        };
        if !self.is(i + 1, "year") {
            return None;
        }
        Some((self.ref_year()? + dir, i + 1))
    }

    /// The year named after "of" at token `i`: written ("of 1989", "of nineteen
    /// ninety-four") or relative ("of last year", "of this year"). "the first quarter of
    /// last year" (Wikinews: "In the first quarter of last year, GM had reported a loss")
    /// is one expression whose year "last year" gives.
    fn year_of(&self, i: usize) -> Option<(i32, usize)> {
        self.year_after(i).or_else(|| self.year_words(i)).or_else(|| self.year_phrase(i))
    }

    /// "final" or "last" at `j` before "quarter"/"half" and "of" a year: the unit.
    fn last_of_year(&self, j: usize) -> Option<String> {
        if !self.is_any(j, &["final", "last"]) || !self.is(j + 2, "of") || self.year_of(j + 3).is_none() {
            return None;
        }
        let u = self.word(j + 1)?.to_ascii_lowercase();
        matches!(u.as_str(), "quarter" | "half").then_some(u)
    }

    /// A year written at token `i` ("1997", "'98"): the year and its last token.
    fn year_after(&self, i: usize) -> Option<(i32, usize)> {
        let w = self.word(i)?;
        let t = self.tokens.get(i)?;
        if t.kind != TokenKind::Number || w.len() != 4 {
            return None;
        }
        let y = w.parse::<i32>().ok()?;
        (1000..=2199).contains(&y).then_some((y, i))
    }

    /// A year in words at token `i` ("nineteen ninety-six", "two thousand"): the year
    /// and its last token. Broadcast transcripts spell years out.
    fn year_words(&self, i: usize) -> Option<(i32, usize)> {
        let w = self.word(i)?.to_ascii_lowercase();
        if w == "nineteen" || w == "eighteen" {
            let century = if w == "nineteen" { 1900 } else { 1800 };
            let n = self.word(i + 1)?.to_ascii_lowercase();
            let tens = number_word(&n).filter(|&v| v >= 10)?;
            // "nineteen ninety six"
            if tens % 10 == 0 {
                if let Some(u) = self.word(i + 2).and_then(|x| number_word(&x.to_ascii_lowercase())) {
                    if (1..10).contains(&u) {
                        return Some((century + (tens + u) as i32, i + 2));
                    }
                }
            }
            return Some((century + tens as i32, i + 1));
        }
        // "two thousand years" counts years; it is not the year 2000.
        if w == "two" && self.is(i + 1, "thousand") && !self.word(i + 2).is_some_and(is_unit) {
            let mut j = i + 2;
            if self.is(j, "and") {
                j += 1;
            }
            if let Some(u) = self.word(j).and_then(|x| number_word(&x.to_ascii_lowercase())).filter(|&u| u < 100) {
                return Some((2000 + u as i32, j));
            }
            return Some((2000, i + 1));
        }
        None
    }

    /// Years, decades and centuries in words: "nineteen ninety-six", "the year two
    /// thousand", "the nineties", "the 20th century".
    fn spoken_year(&self, i: usize, det: bool) -> Option<Hit> {
        let w = self.word(i)?.to_ascii_lowercase();
        if det && w == "year" {
            let (y, last) = self.year_words(i + 1).or_else(|| self.year_after(i + 1))?;
            return Some(self.hit(last, TimexType::Date, year4(y)).explicit());
        }
        // "the nineties": a decade of the current century.
        if det {
            if let Some(t) = TENS.iter().position(|x| !x.is_empty() && w.strip_suffix("ies") == x.strip_suffix('y')) {
                let c = self.ref_year().map_or(19, |y| y / 100);
                return Some(self.hit(i, TimexType::Date, format!("{c}{t}")));
            }
        }
        // "20th century", "the 20th century".
        if let Some(n) = day_number(&w).filter(|&n| (1..=30).contains(&n) && w.len() > 2) {
            if self.is(i + 1, "century") {
                return Some(self.hit(i + 1, TimexType::Date, format!("{:02}", n - 1)));
            }
            return None;
        }
        if det {
            return None;
        }
        let (y, last) = self.year_words(i)?;
        Some(self.hit(last, TimexType::Date, year4(y)).explicit())
    }

    /// Whether the month word at `i` is a month here, not "may" the verb or "march" the
    /// verb; `dated` says a day or year follows.
    fn month_word_ok(&self, i: usize, dated: bool) -> bool {
        let Some(w) = self.word(i) else { return false };
        // Month names are proper nouns: "march" in lower case is the verb.
        if !w.starts_with(|c: char| c.is_ascii_uppercase()) {
            return false;
        }
        let lower_ambiguous = ["may", "march", "mar", "jan", "jun", "sep", "dec", "aug", "apr"];
        if lower_ambiguous.iter().any(|a| w.eq_ignore_ascii_case(a)) {
            // "May" the modal, "March" the verb: need a date or a telling word before.
            if dated {
                return true;
            }
            // An all-caps sentence-initial "MAY" or an abbreviation without period is
            // too risky alone.
            return i > 0 && (self.is_any(i - 1, &MONTH_CONTEXT) || self.joined_to_month(i));
        }
        true
    }

    /// Whether the word at `i` is the second of two months joined as a range or a
    /// choice: "from December to March", "between October and May", "in February or
    /// March", "Feb. 15 to March 15" — a month, with its day or year, right before "to",
    /// "and", "or", "through", "until" or a dash.
    fn joined_to_month(&self, i: usize) -> bool {
        if i < 2 || !self.is_any(i - 1, &["to", "and", "or", "through", "until", "till", "-", "–", "—"]) {
            return false;
        }
        // "… in June, and May said …": a name or the modal before a verb of speech or
        // an auxiliary ("may be") is no month.
        const VERBS: [&str; 14] = [
            "be", "have", "not", "said", "says", "told", "could", "would", "will", "can", "should", "might", "must",
            "has",
        ];
        if self.is_any(i + 1, &VERBS) {
            return false;
        }
        for k in (i.saturating_sub(6)..i - 1).rev() {
            let Some(w) = self.word(k) else { return false };
            if w.starts_with(|c: char| c.is_ascii_uppercase()) && month_of(&w.to_ascii_lowercase()).is_some() {
                return true;
            }
            // A day, a year, their commas and an abbreviation's period may stand between.
            if !(w.bytes().all(|b| b.is_ascii_digit()) || matches!(w, "," | ".")) {
                return false;
            }
        }
        false
    }

    /// Years and decades: "1990", "fiscal 1989", "the 1990s", "'90s", "mid-1990s".
    fn year_or_decade(&self, i: usize, det: bool, led: bool) -> Option<Hit> {
        let w = self.word(i)?;
        let t = self.tokens[i];
        // "fiscal 1989", "fiscal year 1990", "FY 2024", "FY2024": the fiscal year named by
        // its calendar year.
        if (w.eq_ignore_ascii_case("fiscal") || w == "FY") && !det {
            let j = if self.is(i + 1, "year") { i + 2 } else { i + 1 };
            let (y, last) = self.year_after(j)?;
            return Some(self.hit(last, TimexType::Date, year4(y)).explicit());
        }
        if let Some(y) = w.strip_prefix("FY").filter(|y| y.len() == 4).and_then(|y| y.parse::<i32>().ok()) {
            return (!det && (1000..=2199).contains(&y)).then(|| self.hit(i, TimexType::Date, year4(y)).explicit());
        }
        // "'90s", "'98": an apostrophe before digits is elision.
        if t.kind == TokenKind::Punct && matches!(w, "'" | "’" | "‘") && self.touch(i) {
            let n = self.word(i + 1)?;
            if let Some(d) = n.strip_suffix('s').filter(|d| d.len() == 2 && d.bytes().all(|b| b.is_ascii_digit())) {
                return Some(self.hit(i + 1, TimexType::Date, format!("19{}", &d[..1])));
            }
            return None;
        }
        // "mid-1990s", "mid-1989": the modifier is part of the word.
        let body = strip_hyphen_mod(w).unwrap_or(w);
        if let Some(d) = body.strip_suffix('s').filter(|d| d.len() == 2 && d.ends_with('0')) {
            // "the boxy cars of the 70s and 80s": two digits and "s" after "the" (or
            // joined to such a decade) are a decade of the 1900s; "in their 70s" (an
            // age) has no "the", and "highs in the 70s" is a temperature.
            // A list must open with "the": "in their 30s, 40s and 50s" are ages. And
            // "approval dipped into the mid-20s" is a measure, like a temperature.
            let joined = self.opens_decade_list(i);
            // In a sentence of polls and ratings, a bare "the 30s" (no apostrophe, as a
            // decade is often written) is a level however far the words are: "the
            // average of polls shows her in the low 40s, while his remains in the 30s".
            let measure = self.near_any(i, 6, &TEMPERATURE_WORDS) || self.sentence_has_any(i, &MEASURE_WORDS);
            if !(det || joined) || measure || !d.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            return Some(self.hit(i, TimexType::Date, format!("19{}", &d[..1])));
        }
        if let Some(d) = body.strip_suffix('s') {
            if d.len() == 4 && d.bytes().all(|b| b.is_ascii_digit()) && d.ends_with('0') {
                let y: i32 = d.parse().ok()?;
                if (1000..=2199).contains(&y) {
                    // "the 1900s" is a century when it ends in "00" and says so rarely;
                    // treat it as the decade, the common reading in news.
                    return Some(self.hit(i, TimexType::Date, d[..3].to_string()));
                }
            }
            return None;
        }
        // "the 1988 period" is a quarter (see `quarter`); a bare year keeps "the" out.
        if det {
            return None;
        }
        let (y, _) = if body.len() != w.len() {
            let y: i32 = body.parse().ok()?;
            ((1000..=2199).contains(&y).then_some(y)?, i)
        } else {
            self.year_after(i)?
        };
        // A bare number is a year only when nothing says it counts things.
        if !led && body.len() == w.len() && !self.looks_like_year(i) {
            return None;
        }
        Some(self.hit(i, TimexType::Date, year4(y)).explicit())
    }

    /// Whether token `i` is a capitalised word inside a sentence that no date rule
    /// reads (not "March", "Friday", "Summer", "In"): part of a name.
    fn is_name_word(&self, i: usize) -> bool {
        let Some(t) = self.tokens.get(i).copied() else { return false };
        let Some(w) = self.word(i) else { return false };
        if t.kind != TokenKind::Word || !w.starts_with(|c: char| c.is_ascii_uppercase()) || i == 0 || self.possessive(i)
        {
            return false;
        }
        let lw = w.to_ascii_lowercase();
        if month_of(&lw).is_some() || weekday_of(&lw).is_some() || season_of(&lw).is_some() || is_start_word(&lw) {
            return false;
        }
        if MONTH_CONTEXT.contains(&lw.as_str())
            || ["from", "to", "after", "before", "for", "and", "fiscal", "year"].contains(&lw.as_str())
        {
            return false;
        }
        let prev = self.tokens[i - 1];
        let sentence_start = prev.kind == TokenKind::Punct
            && matches!(prev.slice(self.text), "." | "!" | "?" | ":" | "\"" | "“" | "`" | "'" | "(" | "_" | "-")
            || self.text[prev.end..t.start].contains('\n');
        !sentence_start
    }

    /// Whether token `i` is a two-digit decade: "70s", "'70s".
    fn is_short_decade(&self, i: usize) -> bool {
        self.word(i)
            .and_then(|w| w.strip_suffix('s'))
            .is_some_and(|d| d.len() == 2 && d.ends_with('0') && d.bytes().all(|b| b.is_ascii_digit()))
    }

    /// Whether the two-digit decade at token `i` ends a list of them ("the 70s and
    /// 80s", "the 60s, 70s and 80s") that "the" opens.
    fn opens_decade_list(&self, i: usize) -> bool {
        let mut k = i;
        while k >= 2
            && (self.is_any(k - 1, &["and", "or", "to"]) || self.punct(k - 1, ','))
            && self.is_short_decade(k - 2)
        {
            k -= 2;
        }
        k < i && k > 0 && self.is(k - 1, "the")
    }

    /// Whether one of `words` occurs in the `reach` tokens before or after token `i`.
    fn near_any(&self, i: usize, reach: usize, words: &[&str]) -> bool {
        (i.saturating_sub(reach)..(i + reach + 1).min(self.tokens.len())).any(|k| k != i && self.is_any(k, words))
    }

    /// Whether the four-digit number at `i` reads as a year ("in 1990"), not a count
    /// ("1990 troops", "$2025").
    fn looks_like_year(&self, i: usize) -> bool {
        if i > 0
            && (self.is_any(i - 1, &NOT_YEAR_BEFORE)
                || self.is_any(i - 1, &NUMBER_LABELS)
                || self.touch(i - 1) && !self.punct(i - 1, '('))
        {
            return false;
        }
        // "The Russell 2000 Index dropped": a number between two capitalised words of a
        // name is part of the name. (A name before the year alone is often an event of
        // that year: "WWDC 2005", "Worldwide Developers Conference 2010".)
        if i > 0 && self.is_name_word(i - 1) && self.is_name_word(i + 1) {
            return false;
        }
        if let Some(next) = self.word(i + 1) {
            // "1990 troops": a plural noun after it makes it a count.
            let t = self.tokens[i + 1];
            if t.kind == TokenKind::Word
                && next.starts_with(|c: char| c.is_ascii_lowercase())
                && next.ends_with('s')
                && !next.ends_with("ss")
                && !matches!(next, "was" | "is" | "has" | "as" | "its" | "this" | "thus" | "his")
            {
                return false;
            }
            if next == "%" || next.eq_ignore_ascii_case("percent") {
                return false;
            }
            // "1.5", "1990-91" are handled by the tokenizer; "1990:" in a clock is not a year.
            if next == ":" && self.touch(i) {
                return false;
            }
        }
        true
    }

    /// Weekdays: "Tuesday", "last Friday", "Tuesday morning", "Friday, Oct. 13".
    fn weekday(&self, i: usize) -> Option<Hit> {
        let (rel, j) = match self.word(i) {
            Some(w)
                if ["last", "this", "next", "previous", "preceding", "following"]
                    .iter()
                    .any(|r| w.eq_ignore_ascii_case(r)) =>
            {
                // "this coming Sunday"
                let j = if self.is(i + 1, "coming") { i + 2 } else { i + 1 };
                (Some(w.to_ascii_lowercase()), j)
            }
            _ => (None, i),
        };
        let w = self.word(j)?;
        let wd = weekday_of(w)?;
        // Weekday names are proper nouns; "sun" and "sat" in lower case are words.
        if !w.starts_with(|c: char| c.is_ascii_uppercase()) {
            return None;
        }
        let full = WEEKDAYS[wd.num_days_from_monday() as usize][0].len() == w.len();
        let mut last = j;
        if !full {
            // Abbreviations only with their period: "Wed.", not "Sun" or "Sat"; and not
            // after "the" ("read it in the Sun.").
            if !(self.punct(j + 1, '.') && self.touch(j)) || j > 0 && self.is(j - 1, "the") {
                return None;
            }
            last = j + 1;
        }
        // "Friday, Oct. 13" / "Saturday April 25": the date says which Friday.
        let after = if self.punct(last + 1, ',') { last + 2 } else { last + 1 };
        // A line break ends it: a headline ending "…closed until Friday" over a dateline
        // "September 18, 2008" is two expressions.
        let same_line =
            |k: usize| self.tokens.get(k).is_some_and(|t| !self.text[self.tokens[last].end..t.start].contains('\n'));
        if same_line(after) {
            if let Some(date) = self.explicit_date(after) {
                return Some(date);
            }
        }
        if self.ends_quoted_title(j, last) {
            return None;
        }
        let on = if j > 0 && self.is(j - 1, "on") { j - 1 } else { j };
        // "the previous Friday", "the following Monday" count from the day last named,
        // not from today: "the Dow closed at 2645.08 on Friday, down 4.5% from the
        // previous Friday" is the Friday a week before that Friday.
        let anaphoric = matches!(rel.as_deref(), Some("previous" | "preceding" | "following"));
        let base = match self.recent {
            Some(Cal::Day(d)) if anaphoric => Some(d),
            _ => self.reference(),
        };
        let future = match rel.as_deref() {
            Some("next" | "following") => Some(true),
            Some("last" | "previous" | "preceding") => Some(false),
            // "this coming Sunday"
            Some("this") if j == i + 2 => Some(true),
            // "the company said Friday": a day named right after a report is past.
            // So is one after a report's participle: "Trump joined the debate,
            // announcing on Wednesday he would meet the NRA".
            _ if on > 0 && self.is_any(on - 1, &["said", "told", "announced", "reported"]) => Some(false),
            _ if on > 0 && self.is_any(on - 1, &REPORTING_GERUNDS) => Some(false),
            _ if self.readies_for(j) => Some(true),
            _ => self.tense(j),
        };
        let date = base.map(|r| {
            let strict = rel.is_some();
            match future {
                Some(f) => weekday_near(r, wd, f, strict),
                // No tense cue: news reports what happened, so the day on or before
                // the reference (in the TempEval data 120 of 125 weekdays are).
                None => weekday_near(r, wd, false, strict),
            }
        });
        let day = date.map(ymd).unwrap_or_else(|| format!("XXXX-WXX-{}", wd.number_from_monday()));
        // "Tuesday morning": the part of day joins the value, a TIME (as TimeML has
        // it, and every such expression in TimeBank and MEANTIME).
        if let Some(part) = self.word(last + 1).and_then(day_part) {
            if self.opens_show_title(j, last + 1) {
                return None;
            }
            return Some(self.hit(last + 1, TimexType::Time, format!("{day}T{part}")));
        }
        Some(self.hit(last, TimexType::Date, day))
    }

    /// Whether the weekday at `j..=last` ends a short quoted title of capitalised
    /// words: "an interview on “Capitol Report Sunday”" names a programme, not a day.
    /// (A quoted sentence, "“We meet Sunday,” she said", has lowercase words.)
    fn ends_quoted_title(&self, j: usize, last: usize) -> bool {
        const OPEN: [&str; 3] = ["“", "\"", "''"];
        const CLOSE: [&str; 3] = ["”", "\"", "''"];
        let rest = self.text[self.tokens[last].end..].trim_start_matches(['.', ',']);
        if !CLOSE.iter().any(|c| rest.starts_with(c)) {
            return false;
        }
        let mut k = j;
        while k > 0 && j - k < 4 && self.word(k - 1).is_some_and(|w| w.starts_with(|c: char| c.is_ascii_uppercase())) {
            k -= 1;
        }
        k < j && OPEN.iter().any(|o| self.text[..self.tokens[k].start].ends_with(o))
    }

    /// Whether the count at token `j`, in digits, and the unit word `unit` after it
    /// make a title: the unit capitalised in prose ("The movie 13 Hours will open
    /// Friday", CBS's ''60 Minutes'').
    fn titled_count(&self, j: usize, unit: &str) -> bool {
        self.tokens[j].kind == TokenKind::Number
            && unit.starts_with(|c: char| c.is_ascii_uppercase())
            && !self.in_headline(j)
    }

    /// Whether token `i` is in a headline: its sentence has no lowercase word of more
    /// than four letters (prose has many; "will" and "from" are short, "cover" and
    /// "about" are not).
    fn in_headline(&self, i: usize) -> bool {
        let (lo, hi) = self.sentence_bounds(self.tokens[i].start);
        !self.tokens.iter().enumerate().any(|(k, t)| {
            t.start >= lo
                && t.end <= hi
                && t.kind == TokenKind::Word
                && self.word(k).is_some_and(|w| w.len() > 4 && w.starts_with(|c: char| c.is_ascii_lowercase()))
        })
    }

    /// Whether the capitalised word at token `i` stands alone in quotation marks (a
    /// period or comma may close it inside): “Today”, ''Today,''. A quoted sentence
    /// has more words ("“Today, we vote,” she said").
    fn quoted_alone(&self, i: usize) -> bool {
        const OPEN: [&str; 3] = ["“", "\"", "''"];
        const CLOSE: [&str; 3] = ["”", "\"", "''"];
        let Some(t) = self.tokens.get(i) else { return false };
        let capital = self.word(i).is_some_and(|w| w.starts_with(|c: char| c.is_ascii_uppercase()));
        let rest = self.text[t.end..].trim_start_matches(['.', ',']);
        capital && OPEN.iter().any(|o| self.text[..t.start].ends_with(o)) && CLOSE.iter().any(|c| rest.starts_with(c))
    }

    /// Whether the weekday at `j` and its part of day at `part` open the title of a
    /// programme: both capitalised, a capitalised word after them, and a quotation
    /// mark or a possessive before ("on “Saturday Night Live”", "NBC's Sunday Night
    /// Football"). In prose the part of day is lowercase ("Saturday night").
    fn opens_show_title(&self, j: usize, part: usize) -> bool {
        const OPEN: [&str; 4] = ["“", "\"", "''", "‘"];
        let capital = |k: usize| {
            self.tokens.get(k).is_some_and(|t| t.kind == TokenKind::Word)
                && self.word(k).is_some_and(|w| w.starts_with(|c: char| c.is_ascii_uppercase()))
        };
        let led =
            OPEN.iter().any(|o| self.text[..self.tokens[j].start].ends_with(o)) || j > 0 && self.possessive(j - 1);
        led && capital(part) && capital(part + 1)
    }

    /// Whether a pluperfect ("had") or a past progressive ("was trading") lies near
    /// token `i` in its sentence: what lasted "until" then ended in the past.
    fn lasted_until_past(&self, i: usize) -> bool {
        let (lo, hi) = self.sentence_bounds(self.tokens[i].start);
        let from = i.saturating_sub(TENSE_REACH);
        let to = (i + TENSE_REACH).min(self.tokens.len().saturating_sub(1));
        (from..=to).filter(|&k| self.tokens[k].start >= lo && self.tokens[k].end <= hi).any(|k| {
            self.is(k, "had")
                || self.is_any(k, &["was", "were"])
                    && self.word(k + 1).is_some_and(|w| w.len() > 4 && w.ends_with("ing"))
        })
    }

    /// The tense of the verb governing token `i`: `Some(true)` for the future ("will",
    /// "expected"), `Some(false)` for the past ("was", "rose", "said", "-ed"), `None`
    /// when nothing in its clause tells. The nearest cue wins, so "the company said
    /// Friday it will cut jobs" is past and "it said it will cut jobs Friday" future.
    fn tense(&self, i: usize) -> Option<bool> {
        self.tense_of(i, false)
    }

    /// [`Scanner::tense`], where `modals` lets a present-tense modal ("must", "can")
    /// count as a future cue too.
    fn tense_of(&self, i: usize, modals: bool) -> Option<bool> {
        // "as soon as Tuesday", "as early as Tuesday".
        if i >= 2 && self.is(i - 1, "as") && self.is_any(i - 2, &["soon", "early"]) {
            return Some(true);
        }
        // "since March" looks back. ("until" and "by" are left to the tense: "until
        // Thursday, they had not…" looks back too.)
        let mut p = i;
        while p > 0 && self.is_any(p - 1, &["early", "late", "mid", "the", "end", "of"]) {
            p -= 1;
        }
        if p > 0 && self.is(p - 1, "since") {
            return Some(false);
        }
        // "ahead of Tuesday's primary": what is ahead lies ahead.
        if p > 1 && self.is(p - 1, "ahead") && self.is(p, "of") {
            return Some(true);
        }
        // So does a date inside the short phrase after "ahead of": "ahead of the city's
        // runoff on Tuesday", "ahead of the state's closely watched Tuesday primary".
        // (Only words between, none a tense cue.) A count of days or hours "before"
        // says the same: "just days before Tuesday's primary", "only hours before the
        // caucuses on Monday" measure how near it draws. ("In the days before Monday's
        // caucuses" looks back on them as often as not.)
        let counted_before = |k: usize| {
            k > 1
                && self.is(k, "before")
                && self.is_any(k - 1, &["days", "hours", "weeks", "minutes"])
                && !self.is(k - 2, "the")
        };
        if let Some(of) = (p.saturating_sub(AHEAD_OF_REACH + 1)..p)
            .rev()
            .find(|&k| k > 0 && (self.is(k, "of") && self.is(k - 1, "ahead") || counted_before(k)))
        {
            let plain =
                (of + 1..p).all(|k| self.tokens[k].kind != TokenKind::Punct && self.tense_cue(k, false).is_none());
            if plain {
                return Some(true);
            }
        }
        // "remain closed until Friday": a deadline lies ahead. ("by May" too, unless the
        // verb says otherwise: "had filed reports by Wednesday".)
        // But a state that lasted up to the date, told in the pluperfect or the past
        // progressive, ended in the past: "had been paying rent until May", "Until
        // Friday, the agency had declined to comment", "until Monday, the shares were
        // trading low".
        if p > 0 && self.is_any(p - 1, &["until", "till"]) {
            return Some(!self.lasted_until_past(i));
        }
        // "a new labor pact effective June 1", "resigned, effective Jan. 1": the day a
        // change takes effect is announced ahead of it.
        if p > 0 && self.is(p - 1, "effective") {
            return Some(true);
        }
        let deadline = p > 0 && self.is(p - 1, "by");
        // "the hearing is on Wednesday": a present-tense copula before the date
        // schedules it.
        let q = if p > 0 && self.is_any(p - 1, &["on", "in", "for"]) { p - 1 } else { p };
        if q > 0 && self.is_any(q - 1, &["is", "are"]) {
            return Some(true);
        }
        // "the trial is set for November", "a rally slated for Wednesday": the date a
        // plan is set for lies ahead, unless the plan is told as past ("was set for").
        if q < p
            && self.is(q, "for")
            && q > 0
            && self.is_any(q - 1, &["set", "slated", "scheduled", "planned"])
            && !(q >= 2 && self.is_any(q - 2, &["was", "were", "had", "been"]))
        {
            return Some(true);
        }
        let at = self.tokens[i].start;
        let (lo, hi) = self.sentence_bounds(at);
        // The search stops at sentence punctuation and semicolons, whatever the
        // sentence splitter says.
        let open = |k: usize| {
            let t = self.tokens[k];
            t.start >= lo
                && t.end <= hi
                && !(t.kind == TokenKind::Punct
                    && self.is_any(k, &[".", "?", "!", ";", ":"])
                    && !self.abbreviation_dot(k))
        };
        let mut left = None;
        // Whether the cue before the date is a verb (not "next", "ago", "yesterday").
        let mut left_verb = false;
        let mut k = i;
        while k > 0 && i - k < TENSE_REACH && open(k - 1) {
            k -= 1;
            if let Some(f) = self.tense_cue(k, modals) {
                left = Some((i - k, f));
                left_verb = !self.is_any(k, &NOT_VERB_CUES);
                break;
            }
        }
        let mut right = None;
        let mut k = i + 1;
        let mut comma = false;
        while k < self.tokens.len() && k - i <= TENSE_REACH && left.is_none_or(|(d, _)| k - i < d) && open(k) {
            comma |= self.punct(k, ',');
            // "Sanders, who did win Rhode Island on Tuesday, would likely place more
            // focus on policy": past a comma another clause begins, so a verb beyond it
            // does not outweigh one before the date in its own clause. A clause on the
            // date itself still counts: "invited him to the convention in July, where
            // Trump will be named the nominee".
            // ("His next speech, on May 28, was delivered…": "next" is no verb.)
            if self.punct(k, ',') && left_verb && !self.is_any(k + 1, &["when", "where"]) {
                break;
            }
            // "The senator dodged a question on Sunday about how she would pay for it",
            // "conceded Monday night “we will need a miracle”": what was said or asked,
            // opened by a complementizer or a quotation mark, is another clause too.
            // (Not a relative "that" with its verb: "the runoff Tuesday that is expected
            // to settle it" still tells of the runoff.)
            let relative = self.is(k, "that")
                && (self.tense_cue(k + 1, false).is_some() || self.is_any(k + 1, &["is", "are", "has", "have"]));
            if left_verb && !relative && (self.is_any(k, &COMPLEMENTIZERS) || self.punct(k, '“') || self.punct(k, '"'))
            {
                break;
            }
            // "Talks will resume in January, officials said": a report after a comma
            // is about the telling, not about the date.
            if comma && self.is_any(k, &REPORTING_VERBS) && self.is_any(k + 1, &[".", ",", "?", "!"]) {
                k += 1;
                continue;
            }
            // "ended a meeting on Friday by announcing it would expand purchases": what
            // follows a report's participle is what was reported, not when.
            if self.is_any(k, &REPORTING_GERUNDS) {
                break;
            }
            if let Some(f) = self.tense_cue(k, modals) {
                right = Some(f);
                break;
            }
            k += 1;
        }
        // "Monday's vote will shape the budget": after a possessive date
        // the verb tells what its event leads to, not when the event was; only the
        // words before it may put it ahead ("planning for Thursday's meeting").
        let possessive = self.tokens[i].slice(self.text).len() != self.word(i).map_or(0, str::len);
        if possessive && right == Some(true) {
            right = None;
        }
        // "Her wins in three states on Tuesday will speed that shift", "the rally in
        // the arena Tuesday will echo for weeks": a date between the words it follows
        // and "will" closes the subject, so it dates the subject's event like a
        // possessive does, and "will" tells what that leads to. (Not a date that is
        // the whole subject: "Tuesday will be long", "said that Friday will be quiet".)
        // Weekdays only: a month there may name a period still to come ("guidelines to
        // be issued in early May will decide"), while a weekday, a few days either
        // side, is most often the day just reported.
        let closes_subject = i > 0
            && self.word(i).and_then(weekday_of).is_some()
            && self.is_any(i + 1, &["will", "would", "'ll"])
            && self.tokens[i - 1].kind == TokenKind::Word
            && self.tokens[i - 1].start >= lo
            && !self.is_any(i - 1, &SUBJECT_OPENERS);
        if closes_subject && right == Some(true) {
            right = None;
        }
        if deadline {
            // The verb before "by" governs it; what follows is another clause, unless
            // "by" opens the sentence: "By Sunday morning, conservative sites had
            // assembled the clips" looks back.
            let opens = self.word(p - 1).is_some_and(|w| w.starts_with('B'));
            return match left {
                Some((_, f)) => Some(f),
                None if opens => Some(right.unwrap_or(true)),
                None => Some(true),
            };
        }
        right.or(left.map(|(_, f)| f))
    }

    /// Whether the "." at token `k` ends an abbreviation rather than a sentence: "On
    /// Monday, Mr. Clinton will hold two events" is one clause. It touches a title
    /// ("Mr", "Sen", "Inc") or an initial ("John F. Kennedy").
    fn abbreviation_dot(&self, k: usize) -> bool {
        k > 0
            && self.touch(k - 1)
            && self.word(k - 1).is_some_and(|w| {
                w.len() == 1 && w.bytes().all(|b| b.is_ascii_uppercase()) || ABBREVIATIONS.contains(&w)
            })
            || self.month_abbreviation_dot(k)
    }

    /// Whether the "." at token `k` ends a month's abbreviation before its day: "Once
    /// the rule takes effect on Dec. 1, workers will be paid more" is one clause, so the
    /// "will" after the date places it ahead.
    fn month_abbreviation_dot(&self, k: usize) -> bool {
        k > 0
            && self.touch(k - 1)
            && self
                .word(k - 1)
                .and_then(month_of)
                .is_some_and(|m| MONTHS[m as usize - 1][0].len() != self.word(k - 1).map_or(0, str::len))
            && self.tokens.get(k + 1).is_some_and(|t| t.kind == TokenKind::Number)
    }

    /// Whether token `k` marks the future (`Some(true)`: "will", "expected") or the past
    /// (`Some(false)`: "was", "said", a past-tense "-ed" verb).
    /// With `modals`, a present-tense modal marks the future too.
    fn tense_cue(&self, k: usize, modals: bool) -> Option<bool> {
        let w = self.word(k)?;
        // A plan in the past perfect was overtaken: "the offer had been due to expire
        // Friday evening" (it was extended) lies before the telling, not ahead of it.
        // So was a plan reported in the past tense, mostly: "was set to receive an
        // endorsement on Friday", "was scheduled to leave late Tuesday" (said the day
        // after), "was planning to hold a fund-raiser on Thursday night".
        let overtaken = |at: usize| {
            at >= 2 && self.is(at - 1, "been") && self.is(at - 2, "had")
                || at >= 1
                    && self.is_any(at - 1, &["was", "were"])
                    && self.is_any(at, &["set", "scheduled", "due", "planning", "supposed", "slated"])
        };
        // "Netanyahu and Arafat meet separately Monday", "the Senate votes Tuesday": the
        // present tense of a scheduled event looks ahead. (Not an infinitive: "visited
        // the Capitol on Thursday to meet senators" tells no tense.)
        if SCHEDULED.contains(&w) {
            return (k == 0 || !self.is(k - 1, "to")).then_some(true);
        }
        // "we'll", "they’ll", "won’t": the contractions of "will", with either
        // apostrophe (the tokens keep their inner apostrophes).
        let plain = w.replace(['’', 'ʼ'], "'").to_ascii_lowercase();
        if plain.len() > 3 && plain.ends_with("'ll") || plain == "won't" {
            return Some(true);
        }
        if FUTURE_CUES.iter().any(|c| w.eq_ignore_ascii_case(c)) {
            // "soon after Sunday's massacre" says how close, not which side.
            if w.eq_ignore_ascii_case("soon") && self.is_any(k + 1, &["after", "before"]) {
                return None;
            }
            return Some(!overtaken(k));
        }
        // "she must win in November", "he can take office in January"; but a perfect
        // looks back: "may have learned in March", "must not have known Friday".
        if modals
            && PRESENT_MODALS.iter().any(|c| w.eq_ignore_ascii_case(c))
            && (w == "may" || !w.eq_ignore_ascii_case("may"))
        {
            let h = if self.is(k + 1, "not") { k + 2 } else { k + 1 };
            // ("known", "taken", "voted", "won"; not "may have in November".)
            let participle = |x: &str| {
                x.len() > 3 && (x.ends_with("ed") || x.ends_with('n'))
                    || PAST_CUES.iter().any(|c| x.eq_ignore_ascii_case(c))
            };
            let perfect = self.is(h, "have") && self.word(h + 1).is_some_and(participle);
            return Some(!perfect);
        }
        // "is set to resume Monday", "plans to meet Friday": an intention looks ahead.
        if w == "to" && k > 0 && self.is_any(k - 1, &INTENT_BEFORE_TO) {
            return Some(!overtaken(k - 1));
        }
        // A participle after "be" is no past tense: "the convention will be held in
        // July", "shares are sold".
        if PAST_CUES.iter().any(|c| w.eq_ignore_ascii_case(c)) {
            if k > 0 && self.is_any(k - 1, &["be", "been", "being", "is", "are"]) && !self.is_any(k, &["ago", "since"])
            {
                return None;
            }
            return Some(false);
        }
        // Regular past tense: lowercase "-ed" (or capitalised opening a sentence:
        // "Asked on Monday whether…"), but not "hundred" or "need", not an adjective
        // after a determiner ("the combined company") and not a passive after "be"
        // ("will be paid", "is based").
        let opens_sentence = self.opens_sentence(k);
        let regular = w.len() >= 5
            && w.ends_with("ed")
            && !w.ends_with("eed")
            && (w.starts_with(|c: char| c.is_ascii_lowercase()) || opens_sentence)
            && !NOT_PAST_ED.iter().any(|x| w.eq_ignore_ascii_case(x));
        // ("by 271 pledged delegates": after a number it is an adjective too.)
        let adjective =
            k > 0 && (self.is_any(k - 1, &NOT_BEFORE_PAST_ED) || self.tokens[k - 1].kind == TokenKind::Number);
        if regular && !adjective {
            return Some(false);
        }
        None
    }

    /// Whether token `k` opens a sentence or a line.
    fn opens_sentence(&self, k: usize) -> bool {
        k == 0
            || self.text[self.tokens[k - 1].end..self.tokens[k].start].contains('\n')
            || self.tokens[k - 1].kind == TokenKind::Punct && self.is_any(k - 1, &[".", "!", "?"])
    }

    /// Whether the words before the date at token `j` head toward it or make ready
    /// for it, told in the present: "candidates are heading into Tuesday's primary",
    /// "she is girding for a fight at the debate Thursday night", "Heading into
    /// Tuesday's vote, his lead has vanished". What one heads into or readies for
    /// lies ahead of the time told, and the present (or the present perfect of the
    /// clause a sentence-opening participle leads) tells of now. Told in the past it
    /// may lie behind: "she had more delegates heading into Tuesday's primaries",
    /// "Headed into Monday's caucuses, polls were unclear".
    fn readies_for(&self, j: usize) -> bool {
        const PRESENT_BE: [&str; 6] = ["is", "are", "'re", "’re", "am", "be"];
        let mut p = j;
        while p > 0 && self.is_any(p - 1, &["early", "late", "the"]) {
            p -= 1;
        }
        // The "into" or "for" of the phrase, with only plain words between it and the
        // date ("for a fight at the debate Thursday").
        let Some(at) = (p.saturating_sub(AHEAD_OF_REACH + 1)..p).rev().find(|&k| {
            k > 0 && self.is_any(k, &["into", "for"]) && {
                (k + 1..p).all(|x| self.tokens[x].kind != TokenKind::Punct && self.tense_cue(x, false).is_none())
            }
        }) else {
            return false;
        };
        // The verb of the phrase: "heading into", "gearing up for", "getting ready for".
        let verb = if self.is(at, "into") {
            self.is_any(at - 1, &["heading", "headed", "head", "heads", "going", "moving"]).then_some(at - 1)
        } else if at >= 2 && self.is(at - 1, "up") {
            self.is_any(at - 2, &["gearing", "gear", "gears"]).then_some(at - 2)
        } else if at >= 2 && self.is(at - 1, "ready") {
            self.is_any(at - 2, &["getting", "get", "gets"]).then_some(at - 2)
        } else {
            self.is_any(
                at - 1,
                &["preparing", "prepare", "prepares", "bracing", "brace", "braces", "girding", "gird", "girds"],
            )
            .then_some(at - 1)
        };
        let Some(v) = verb else { return false };
        let w = self.word(v).unwrap_or_default();
        if !w.ends_with("ing") && !w.ends_with("ed") {
            // "they head into", "the party braces for": a bare present (not one after
            // a past auxiliary: "did not prepare for").
            let aux = if v > 0 && self.is(v - 1, "not") { v - 1 } else { v };
            return !(aux > 0 && self.is_any(aux - 1, &["did", "didn't", "had", "hadn't"]));
        }
        if w.ends_with("ing") && v > 0 && self.is_any(v - 1, &PRESENT_BE) {
            return true;
        }
        // A participle opening the sentence takes the time of its clause.
        self.opens_sentence(v) && (self.tense(j) != Some(false) || self.perfect_after(j))
    }

    /// Whether the first past-tense cue after token `j` in its sentence is a present
    /// perfect ("her lead has virtually disappeared"), which tells of now.
    fn perfect_after(&self, j: usize) -> bool {
        let (_, hi) = self.sentence_bounds(self.tokens[j].start);
        (j + 1..self.tokens.len())
            .take_while(|&k| self.tokens[k].end <= hi && k - j <= TENSE_REACH)
            .find(|&k| self.tense_cue(k, false) == Some(false))
            .is_some_and(|k| (k.saturating_sub(2)..k).any(|h| self.is_any(h, &["has", "have", "'ve", "’ve"])))
    }

    /// Whether the words around token `i` point to the future.
    fn future_context(&self, i: usize) -> bool {
        self.tense(i) == Some(true)
    }

    /// Whether the byte `before` lies in the same paragraph as `at` or in the sentence
    /// right before it, and `at` does not open a line (a live blog's time heading).
    fn told_just_before(&self, before: usize, at: usize) -> bool {
        let (start, _) = self.sentence_bounds(at);
        let heading = self.text[..at].trim_end_matches([' ', '\t']).ends_with('\n') || at == 0;
        let (prev, _) = self.sentence_bounds(start.saturating_sub(1));
        !heading && (before >= prev || self.text.get(before..at).is_some_and(|s| !s.contains('\n')))
    }

    /// The byte bounds of the sentence holding `at` (the whole text when unknown).
    fn sentence_bounds(&self, at: usize) -> (usize, usize) {
        let k = self.sentences.partition_point(|s| s.end <= at);
        match self.sentences.get(k) {
            Some(s) if s.start <= at => (s.start, s.end),
            _ => (0, self.text.len()),
        }
    }

    /// Month names alone or with "last/next/this": "January", "last June".
    fn month(&self, i: usize, led: bool) -> Option<Hit> {
        let (rel, j) = match self.word(i) {
            Some(w) if ["last", "this", "next", "past"].iter().any(|r| w.eq_ignore_ascii_case(r)) => {
                (Some(w.to_ascii_lowercase()), i + 1)
            }
            Some(w) if w.eq_ignore_ascii_case("that") && self.year_last_named().is_some() => {
                (Some("that".to_string()), i + 1)
            }
            _ => (None, i),
        };
        // "said that March…", "that May be": after "that" the month word must show it
        // is one as if it stood alone.
        let told = rel.as_deref().is_some_and(|r| r != "that");
        let w = self.word(j)?;
        // "mid-November": the hyphen joins the modifier to the month.
        let (w, mid) = match strip_hyphen_mod(w) {
            Some(rest) => (rest, true),
            None => (w, false),
        };
        let m = month_of(w)?;
        // Abbreviations alone ("Dec", "Jan") are too risky without a day.
        if MONTHS[m as usize - 1].first().is_none_or(|f| f.len() != w.len()) {
            return None;
        }
        if !mid && !self.month_word_ok(j, told || led) {
            return None;
        }
        // "June Carter said": a month name before a capitalised word, with no
        // preposition before it, is a first name.
        let capital_next = self.tokens.get(j + 1).is_some_and(|t| t.kind == TokenKind::Word)
            && self.word(j + 1).is_some_and(|n| n.starts_with(|c: char| c.is_ascii_uppercase()));
        let context = j > 0 && self.is_any(j - 1, &MONTH_CONTEXT);
        if capital_next && !(mid || told || led || context) {
            return None;
        }
        // "that November", "in October of that year": the month of the year last named
        // ("In 1972 … lost the election that November").
        let of_that_year = self.is(j + 1, "of") && self.is_phrase(j + 2, &["that", "year"]);
        if rel.as_deref() == Some("that") || rel.is_none() && !mid && of_that_year {
            if let Some(y) = self.year_last_named() {
                return Some(self.hit(j, TimexType::Date, Cal::Month(y, m).value()));
            }
        }
        // "June last year", "January nineteen ninety-seven".
        if let Some((y, last)) = self.year_phrase(j + 1).or_else(|| self.year_words(j + 1)) {
            return Some(self.hit(last, TimexType::Date, Cal::Month(y, m).value()).explicit());
        }
        // "after October of next year": that year's October (the year phrase is tagged
        // on its own, as MEANTIME has it).
        if self.is(j + 1, "of") {
            if let Some((y, _)) = self.year_phrase(j + 2) {
                return Some(self.hit(j, TimexType::Date, Cal::Month(y, m).value()).explicit());
            }
        }
        let paired = if rel.is_none() && !mid { self.paired_month(j, m) } else { None };
        if let Some(Pairing::Second(y)) = paired {
            return Some(self.hit(j, TimexType::Date, Cal::Month(y, m).value()));
        }
        let value = match (self.calendar_reference(), self.ref_year(), paired) {
            (Some(r), _, Some(Pairing::First(m2))) => Cal::Month(pair_year(r, m, m2), m).value(),
            (Some(r), _, _) => {
                let (ry, rm) = (r.year(), r.month());
                let y = match rel.as_deref() {
                    Some("last") | Some("past") => {
                        if m < rm {
                            ry
                        } else {
                            ry - 1
                        }
                    }
                    Some("next") => {
                        if m > rm {
                            ry
                        } else {
                            ry + 1
                        }
                    }
                    Some(_) => ry,
                    None => match self.month_tense(j, m, rm) {
                        // "voters showed that electability in November matters": in an
                        // even year a November that voting words just before name ("win
                        // in November", "win a mandate in November") is still to come,
                        // though the report is told in the past.
                        Some(false) if election_month(ry, rm, m) && self.voting_just_before(j) => ry,
                        Some(false) if m > rm && !self.event_still_ahead(j, m, rm) => ry - 1,
                        Some(true) if m < rm && m as i32 + 12 - rm as i32 <= MAX_TENSE_MONTHS => ry + 1,
                        Some(_) => ry,
                        None => {
                            // News looks back more than ahead: the month ahead only
                            // when it is at most four months away, else the one before.
                            let ahead = (m as i32 - rm as i32).rem_euclid(12);
                            // In an even year a November is the general election, so
                            // it looks further ahead: "Democrats hope to retake the
                            // House in November", said in April, is this November.
                            let event = self.names_scheduled_event(j);
                            let election = election_month(ry, rm, m) && !self.compared_from(j);
                            let reach = if event {
                                EVENT_MONTHS_AHEAD
                            } else if election {
                                ELECTION_MONTHS_AHEAD
                            } else {
                                MONTHS_AHEAD
                            };
                            // (Said from January to March, when last November is
                            // still near, election news previews the coming one too:
                            // "All roads lead to Ohio, and November", "they don't want
                            // to run against her in November". What looks back on last
                            // November is told in the past, "underwent surgery in
                            // November", or compares with it, "a jump from November".)
                            if ahead == 0 || election && (event || self.talks_of_voting(j) || self.election_news()) {
                                ry
                            } else if ahead <= reach {
                                if m > rm {
                                    ry
                                } else {
                                    ry + 1
                                }
                            } else if m < rm {
                                ry
                            } else {
                                ry - 1
                            }
                        }
                    },
                };
                Cal::Month(y, m).value()
            }
            (None, Some(y), _) => Cal::Month(y, m).value(),
            (None, None, _) => format!("XXXX-{m:02}"),
        };
        Some(self.hit(j, TimexType::Date, value))
    }

    /// The year of the period last named outright, which "that year" and "that
    /// November" refer to.
    fn year_last_named(&self) -> Option<i32> {
        self.last.and_then(Cal::date).map(|d| d.year())
    }

    /// The tense that places the year-less month `m` at token `j` (the reference month
    /// `rm`). A present-tense modal nearer than any other cue ("the mayor must carry
    /// the suburbs in November", said in March) keeps a month still to come this year
    /// ahead, rather than a year back; it never pushes one already past into next year
    /// ("must file their February reports", said in March, is this February's).
    ///
    /// So does a month moved toward ("looking toward October", "heading into July",
    /// "ready come October"), whatever the verb of the sentence. (Not a weekday: "had
    /// a lead heading into Tuesday's vote", told the day after, is past.)
    fn month_tense(&self, j: usize, m: u32, rm: u32) -> Option<bool> {
        let plain = self.tense(j);
        if m > rm && plain != Some(true) && (self.tense_of(j, true) == Some(true) || self.moved_toward(j)) {
            return Some(true);
        }
        plain
    }

    /// Whether the article is election news: it has at least [`ELECTION_NEWS_MIN`] of
    /// the [`ELECTION_NEWS_WORDS`] ("the Iowa caucuses", "primary voters").
    fn election_news(&self) -> bool {
        (0..self.tokens.len()).filter(|&k| self.is_any(k, &ELECTION_NEWS_WORDS)).take(ELECTION_NEWS_MIN).count()
            >= ELECTION_NEWS_MIN
    }

    /// Whether the month at token `j` is what a change is measured from, alone: "a
    /// 12-point jump from November", "up from March" (not the start of a stretch:
    /// "from October to February"). A figure compared with a month's is one already
    /// known, so the month lies behind.
    fn compared_from(&self, j: usize) -> bool {
        j > 0 && self.is(j - 1, "from") && !self.is_any(j + 1, &["to", "through", "until", "till"])
    }

    /// Whether the words before the date at token `j` move toward it: "toward",
    /// "come", "heading into", "going into", "looking ahead to".
    fn moved_toward(&self, j: usize) -> bool {
        let mut p = j;
        while p > 0 && self.is_any(p - 1, &["early", "late", "mid", "the"]) {
            p -= 1;
        }
        p > 0 && self.is_any(p - 1, &["toward", "towards", "come"])
            || p > 1 && self.is(p - 1, "into") && self.is_any(p - 2, &["heading", "going", "moving", "head", "go"])
            || p > 1 && self.is(p - 1, "to") && self.is(p - 2, "ahead")
    }

    /// Whether the month at token `j` names a scheduled event: it modifies one ("the
    /// November election", "a November general election", "November's runoff") or
    /// follows one ("the convention in July").
    fn names_scheduled_event(&self, j: usize) -> bool {
        let next = if self.is(j + 1, "general") { j + 2 } else { j + 1 };
        self.is_any(next, &SCHEDULED_EVENTS) || self.follows_event(j)
    }

    /// Whether the date at token `j` follows an event it places: "the convention in
    /// July", and past a place or a part of the month between them ("the convention
    /// in Philadelphia in July", "the conventions in the second half of July").
    fn follows_event(&self, j: usize) -> bool {
        const BETWEEN: [&str; 9] = ["in", "of", "the", "early", "late", "mid", "first", "second", "half"];
        let mut k = j;
        while k > 0 && j - k < 6 {
            k -= 1;
            if self.is_any(k, &SCHEDULED_EVENTS) {
                return k + 2 <= j && self.is(k + 1, "in");
            }
            let place = self.tokens[k].kind == TokenKind::Word && self.is_name_word(k);
            if !(place || self.is_any(k, &BETWEEN)) {
                return false;
            }
        }
        false
    }

    /// Whether the sentence of token `j` talks of voting or winning an election ("can
    /// win in November", "cast their ballots for her in November", "the Republican
    /// nominee in November"): a November so named in an even year is the coming
    /// general election.
    fn talks_of_voting(&self, j: usize) -> bool {
        self.sentence_has_any(j, &VOTING_WORDS)
    }

    /// Whether a word of voting stands at most four tokens before token `j`, with no
    /// punctuation between: "win in November", "electability in November", "win a
    /// mandate in November" (not "endorsed the candidate, Sen. Ted Cruz, in November").
    fn voting_just_before(&self, j: usize) -> bool {
        (j.saturating_sub(4)..j)
            .rev()
            .take_while(|&k| self.tokens[k].kind != TokenKind::Punct)
            .any(|k| self.is_any(k, &VOTING_WORDS))
    }

    /// Whether one of `words` is in the sentence of token `j`.
    /// (The sentence ends at its punctuation, whatever the sentence splitter says.)
    fn sentence_has_any(&self, j: usize, words: &[&str]) -> bool {
        let (lo, hi) = self.sentence_bounds(self.tokens[j].start);
        let inside = |k: usize| {
            let t = self.tokens[k];
            let ends = self.is_any(k, &[".", "?", "!"]) && !self.abbreviation_dot(k);
            t.start >= lo && t.end <= hi && !ends
        };
        let first = (0..j).rev().take_while(|&k| inside(k)).last().unwrap_or(j);
        let end = (j..self.tokens.len()).find(|&k| !inside(k)).unwrap_or(self.tokens.len());
        (first..end).any(|k| self.is_any(k, words))
    }

    /// Whether the year-less month `m` at token `j` names a scheduled event a few months
    /// ahead of the reference month `rm` ("the convention in July", said in May), which
    /// is still to come though its sentence is told in the past tense: the past tense
    /// is the report's ("predicted that neither would arrive at the convention in
    /// July"), and an event held most of a year ago would be named as such ("last July").
    fn event_still_ahead(&self, j: usize, m: u32, rm: u32) -> bool {
        m > rm && m as i32 - rm as i32 <= MONTHS_AHEAD && self.names_scheduled_event(j)
    }

    /// Whether the year-less month `m` at token `j` is joined to another by "and",
    /// "or", "to" or "through" ("in August and September", "late November or early
    /// December"): the months of such a pair run forward, the second the first one
    /// after the first, so the pair takes one reading, not two made alone.
    fn paired_month(&self, j: usize, m: u32) -> Option<Pairing> {
        const JOINS: [&str; 4] = ["and", "or", "to", "through"];
        const MODS: [&str; 3] = ["early", "late", "mid"];
        let full = |k: usize| {
            self.word(k).and_then(month_of).filter(|&n| {
                MONTHS[n as usize - 1].first().is_some_and(|f| self.word(k).is_some_and(|w| w.len() == f.len()))
            })
        };
        // The second of a pair: "August and [early] September", the first already read.
        let mut k = j;
        if k > 0 && self.is_any(k - 1, &MODS) {
            k -= 1;
        }
        if k > 1 && self.is_any(k - 1, &JOINS) {
            if let (Some(m1), Some(Cal::Month(y1, n))) = (full(k - 2), self.recent) {
                if m1 == n && !self.word(k - 3).is_some_and(|w| w.bytes().all(|b| b.is_ascii_digit())) {
                    return Some(Pairing::Second(if m > m1 { y1 } else { y1 + 1 }));
                }
            }
        }
        // The first: "August and September", with no day or year after the second.
        if !self.is_any(j + 1, &JOINS) {
            return None;
        }
        let k = if self.is_any(j + 2, &MODS) { j + 3 } else { j + 2 };
        let m2 = full(k)?;
        // "from September to December 2014": the year written after the second is the
        // pair's (the first's the year before when the pair runs past New Year).
        if let Some((y, _)) = self.year_after(k + 1).filter(|_| self.is_any(j + 1, &["to", "through"])) {
            return Some(Pairing::Second(if m <= m2 { y } else { y - 1 }));
        }
        let dated = self.word(k + 1).is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()))
            || self.punct(k + 1, ',') && self.word(k + 2).is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()))
            || self.year_phrase(k + 1).is_some();
        (!dated).then_some(Pairing::First(m2))
    }

    /// Deictic words: "today", "yesterday", "tomorrow", "tonight", "now", "recently",
    /// "the future", "the past".
    fn deictic(&self, i: usize, det: bool) -> Option<Hit> {
        // "VOA Today" is a programme, and so is a capitalised "Today" alone in
        // quotation marks: NBC's “Today”, the ''Today'' show.
        if self.is_title_word(i) || self.quoted_alone(i) {
            return None;
        }
        let w = self.word(i)?;
        let r = self.reference();
        let shift = |days: i64| -> String {
            match r {
                Some(r) => ymd(add_days(r, days)),
                None => "XXXX-XX-XX".to_string(),
            }
        };
        let lw = w.to_ascii_lowercase();
        let day = match lw.as_str() {
            "today" => Some(0),
            "yesterday" => Some(-1),
            "tomorrow" => Some(1),
            _ => None,
        };
        if let Some(d) = day {
            if det {
                return None;
            }
            // "yesterday morning": the part of day joins the value (a TIME, as for weekdays).
            if let Some(part) = self.word(i + 1).and_then(day_part) {
                return Some(self.hit(i + 1, TimexType::Time, format!("{}T{part}", shift(d))));
            }
            return Some(self.hit(i, TimexType::Date, shift(d)));
        }
        if lw == "tonight" {
            return Some(self.hit(i, TimexType::Time, format!("{}TNI", shift(0))));
        }
        // "coming months", "past years", "recent weeks", "these days": vague
        // stretches before or after now, which TimeML writes as reference points.
        if let Some(v) = VAGUE_REF_LEADS.iter().find(|(k, _)| *k == lw).map(|(_, v)| *v) {
            if !det || lw == "coming" || lw == "past" {
                if let Some(next) = self.word(i + 1) {
                    if let Some(u) = unit_of(next).filter(|u| u.many.eq_ignore_ascii_case(next)) {
                        // "recent weeks" is a stretch of time up to now.
                        if lw == "recent" {
                            return Some(self.hit(i + 1, TimexType::Duration, duration(None, u)));
                        }
                        return Some(self.hit(i + 1, TimexType::Date, v.into()));
                    }
                }
            }
        }
        // "the near future", "the near term", "the long term" ("the long run" is left
        // untagged in the TempEval data).
        if det && (lw == "near" || lw == "short" || lw == "long") && self.is_any(i + 1, &["future", "term"]) {
            return Some(self.hit(i + 1, TimexType::Date, "FUTURE_REF".into()));
        }
        if lw == "future" || lw == "past" {
            // "the future", "the past"; "in future" too, but not "past results", nor a
            // count after it ("eight of the past nine contests").
            let counted = |n: &str| {
                is_unit(n)
                    || n.chars().all(|c| c.is_ascii_digit())
                    || number_word(n).is_some()
                    || VAGUE_COUNTS.iter().any(|v| n.eq_ignore_ascii_case(v))
            };
            // "the future of the company", "the past of the region": the prospects or
            // history of something, not a time ("very important to the future of our
            // peoples" is untagged in TimeBank, which tags "in the future").
            let of_something = self.is(i + 1, "of");
            if det && !of_something && !self.word(i + 1).is_some_and(counted) {
                let v = if lw == "future" { "FUTURE_REF" } else { "PAST_REF" };
                return Some(self.hit(i, TimexType::Date, v.into()));
            }
            return None;
        }
        if det {
            return None;
        }
        let (_, v) = REF_WORDS.iter().find(|(k, _)| *k == lw)?;
        // "as soon as", "soon after": a conjunction, not a time.
        if lw == "soon" && (i > 0 && self.is(i - 1, "as") || self.is_any(i + 1, &["as", "after", "afterward"])) {
            return None;
        }
        // "current account", "current events": fixed phrases, not times.
        if matches!(lw.as_str(), "current" | "recent") {
            let next = self.word(i + 1)?;
            if ["account", "accounts", "events", "affairs"].iter().any(|n| next.eq_ignore_ascii_case(n)) {
                return None;
            }
        }
        Some(self.hit(i, TimexType::Date, (*v).to_string()))
    }

    /// Whether "one day" at `i` stands between a modal ("will", "could", "'ll") or a
    /// "to" of intent ("hopes to") and a verb: the adverb "someday". After other
    /// words ("cut to one day", "took one day") and before a preposition or a time
    /// word ("will one day later", "can one day a week") it is a day.
    fn one_day_is_someday(&self, i: usize) -> bool {
        const MODALS: [&str; 9] = ["will", "would", "could", "can", "may", "might", "should", "must", "'ll"];
        const NOT_VERB_AFTER: [&str; 12] =
            ["a", "an", "the", "of", "and", "or", "ago", "later", "earlier", "after", "before", "than"];
        let led = i > 0
            && (self.is_any(i - 1, &MODALS) || i > 1 && self.is(i - 1, "to") && self.is_any(i - 2, &INTENT_BEFORE_TO));
        let verb_after =
            self.word(i + 2).is_some_and(|w| w.chars().all(|c| c.is_ascii_lowercase()) && !NOT_VERB_AFTER.contains(&w));
        led && verb_after
    }

    /// Whether "this week" (the "this" at token `i`, "week" at `j`), said on the
    /// reference day `r`, a Sunday, is the week that starts the next day: the week
    /// ending that Sunday is mostly looked back on ("what he said this week"), so one
    /// told in the future ("his exile will extend to this week's convention") or
    /// owning an event ("a hearing at this week's spring meeting") is the week ahead.
    /// (Not "earlier this week".)
    fn week_ahead_from_sunday(&self, i: usize, j: usize, r: NaiveDate) -> bool {
        r.weekday() == Weekday::Sun
            && self.is(i, "this")
            && j == i + 1
            && !(i > 0 && self.is_any(i - 1, &["earlier", "past"]))
            && (self.possessive(j) && self.tense(j) != Some(false) || self.tense(j) == Some(true))
    }

    /// "last week", "this year", "next month", "the past year", "the previous day",
    /// "earlier this year" (via pre-modifiers), "this morning", "last night".
    fn relative(&self, i: usize, det: bool) -> Option<Hit> {
        if self.is_verb_last(i) {
            return None;
        }
        let w = self.word(i)?.to_ascii_lowercase();
        let dir: i64 = match w.as_str() {
            "last" | "past" | "previous" | "preceding" => -1,
            "this" | "current" | "same" | "that" => 0,
            "next" | "coming" | "following" => 1,
            _ => return None,
        };
        let mut j = i + 1;
        // "this past spring"
        if w == "this" && self.is(j, "past") {
            j += 1;
        }
        let unit = self.word(j)?;
        let lu = unit.to_ascii_lowercase();
        // "ABC's This Week" is a programme.
        if self.is_title_word(j) {
            return None;
        }
        // "the following year", "the previous day": counted from the period last named,
        // not from today.
        // "that year", "later that day": the period last named, when there is one.
        // "He apologized the next day", "the next morning": with its article, "next"
        // before a day counts from the day last told of, like "following" ("the next
        // week" stays the week after this one: "over the next week").
        let next_day = det && w == "next" && (lu == "day" || day_part(&lu).is_some());
        let anaphoric = det && matches!(w.as_str(), "following" | "previous" | "preceding" | "same")
            || w == "that" && self.last.is_some()
            || next_day;
        if w == "that" && !anaphoric {
            return None;
        }
        // "In 2008 ... that day", "in March ... the same week": a day (or week, or
        // month) taken from a coarser period is somewhere inside it, and the text does
        // not say where; a value only as fine as that period claims no more than the
        // text does (rather than the period's first or middle day).
        let unit_coarseness = match lu.as_str() {
            "day" => 0,
            // "that night", "the following morning": a part of a day.
            _ if day_part(&lu).is_some() => 0,
            "week" | "weekend" => 1,
            "month" => 2,
            _ => 4,
        };
        let fine_enough = |c: &Cal| c.coarseness() <= unit_coarseness;
        // "his last year in office", "the last week of the campaign": "last" owned by
        // someone, or singled out of a stretch named after it, is the final one of that
        // stretch (a term, a race), not the one before today; the words do not say
        // where that stretch lies.
        if w == "last" && (self.owned(i) || det && self.is(j + 1, "of")) {
            // (A quarter is left to the rest: "its last quarter" is the latest one.)
            let season = season_of(&lu).filter(|_| !self.is_noun_fall(j));
            let unknown = match (lu.as_str(), day_part(&lu), season) {
                (_, Some(part), _) => Some((TimexType::Time, format!("XXXX-XX-XXT{part}"))),
                (_, _, Some(season)) => Some((TimexType::Date, format!("XXXX-{season}"))),
                ("year", ..) => Some((TimexType::Date, "XXXX".to_string())),
                ("month", ..) => Some((TimexType::Date, "XXXX-XX".into())),
                ("week", ..) => Some((TimexType::Date, "XXXX-WXX".into())),
                ("weekend", ..) => Some((TimexType::Date, "XXXX-WXX-WE".into())),
                ("day", ..) => Some((TimexType::Date, "XXXX-XX-XX".into())),
                _ => None,
            };
            if let Some((kind, value)) = unknown {
                return Some(self.hit(j, kind, value));
            }
        }
        // "In March ... The following month": "the following" counts from the latest
        // date, named outright or not; "that" from the period last named outright,
        // unless that is coarser than the unit and a later date is fine enough ("in
        // 2015 ... in October ... later that month").
        let within = match (w == "that", self.last) {
            (true, Some(last)) if fine_enough(&last) || !self.recent.is_some_and(|c| fine_enough(&c)) => Some(last),
            _ => self.recent,
        };
        if let Some(cal) = within.filter(|c| anaphoric && !fine_enough(c)) {
            // ("In 2012 ... that night": a night of 2012, `2012-XX-XXTNI`.)
            if let Some(part) = day_part(&lu) {
                return Some(self.hit(j, TimexType::Time, format!("{}T{part}", cal.day_value())));
            }
            return Some(self.hit(j, TimexType::Date, cal.value()));
        }
        let base = within.and_then(Cal::date);
        let r = if anaphoric { base.or(self.reference()) } else { self.reference() };
        let ref_year = if anaphoric { r.map(|d| d.year()) } else { self.ref_year() };
        // "this morning", "last night".
        if let Some(part) = day_part(&lu) {
            let d = match (w.as_str(), r) {
                ("last", Some(r)) if lu == "night" => ymd(add_days(r, -1)),
                (_, Some(r)) => ymd(r),
                (_, None) => "XXXX-XX-XX".into(),
            };
            return Some(self.hit(j, TimexType::Time, format!("{d}T{part}")));
        }
        if let Some(season) = season_of(&lu).filter(|_| !self.is_noun_fall(j)) {
            let y = self.ref_year();
            // "expecting their second child this summer", said in December: a season
            // already over this year, spoken of ahead, is next year's.
            let over = |end: u32| self.calendar_reference().is_some_and(|r| r.month() > end);
            let passed = match season {
                "SP" => over(5),
                "SU" => over(8),
                "FA" => over(11),
                _ => false,
            };
            let next_year = dir == 0 && passed && self.future_context(j);
            let value = match y {
                Some(y) => {
                    let y = y + dir as i32 + i32::from(next_year);
                    format!("{}-{season}", year4(y))
                }
                None => format!("XXXX-{season}"),
            };
            return Some(self.hit(j, TimexType::Date, value));
        }
        let value = match lu.as_str() {
            "day" => {
                if !det && dir != 0 {
                    return None;
                }
                r.map(|r| ymd(add_days(r, dir))).unwrap_or_else(|| "XXXX-XX-XX".into())
            }
            "week" => r
                .map(|r| week_value(add_days(r, 7 * dir + 7 * i64::from(self.week_ahead_from_sunday(i, j, r)))))
                .unwrap_or_else(|| "XXXX-WXX".into()),
            "weekend" => {
                r.map(|r| format!("{}-WE", week_value(add_days(r, 7 * dir)))).unwrap_or_else(|| "XXXX-WXX-WE".into())
            }
            "month" => r
                .map(|r| {
                    let d = shift_months(r, dir);
                    Cal::Month(d.year(), d.month()).value()
                })
                .unwrap_or_else(|| "XXXX-XX".into()),
            "quarter" => r
                .map(|r| {
                    let (y, q) = shift_quarter(r.year(), quarter_of(r.month()), dir);
                    Cal::Quarter(y, q).value()
                })
                .unwrap_or_else(|| "XXXX-QX".into()),
            "year" => match (self.recent, ref_year) {
                // "earnings of $24 million in the third quarter, compared with a loss of
                // $3 million last year": a result set against last year's, right after
                // a quarter is named, is that quarter of last year (as "a year earlier"
                // is); after "this year" it is the year.
                (Some(Cal::Quarter(_, q)), Some(y))
                    if w == "last" && !det && self.compared(i) && !self.stretch_after_quarter =>
                {
                    Cal::Quarter(y - 1, q).value()
                }
                _ => ref_year.map(|y| year4(y + dir as i32)).unwrap_or_else(|| "XXXX".into()),
            },
            "decade" | "century" => {
                if dir != 0 {
                    // "the past decade" is a stretch of time.
                    let v = if lu == "decade" { "P10Y" } else { "P100Y" };
                    return Some(self.hit(j, TimexType::Duration, v.into()));
                }
                let y = self.ref_year()?;
                if lu == "decade" {
                    format!("{:03}", y / 10)
                } else {
                    format!("{:02}", y / 100)
                }
            }
            _ => return None,
        };
        Some(self.hit(j, TimexType::Date, value))
    }

    /// Whether a comparison ("compared with", "up from", "against") leads to token `i`
    /// within its clause: a few words back, with no sentence punctuation between.
    fn compared(&self, i: usize) -> bool {
        let mut k = i;
        while k > 0 && i - k < COMPARE_REACH {
            k -= 1;
            if self.tokens[k].kind == TokenKind::Punct && self.is_any(k, &[".", "?", "!", ";"]) {
                return false;
            }
            if self.is_any(k, &["compared", "from", "against", "versus", "vs"]) {
                return true;
            }
        }
        false
    }

    /// A count of units: "two days", "a decade", "the past three years", "two-year",
    /// "three weeks ago", "a year earlier", "years".
    fn quantity(&self, i: usize, det: bool) -> Option<Hit> {
        // "could one day replace", "hopes to one day run": "one day" between a modal
        // (or a "to" of intent) and its verb is "someday", a vague future (TimeML
        // FUTURE_REF, as TimeBank tags "Islam will one day be"), not a day's duration.
        if !det && self.is(i, "one") && self.is(i + 1, "day") && self.one_day_is_someday(i) {
            return Some(self.hit(i + 1, TimexType::Date, "FUTURE_REF".into()));
        }
        let mut j = i;
        // "the past three years", "the next five years", "the first nine months".
        let span_word = self.is_any(j, &SPAN_WORDS) && !self.is_verb_last(j);
        if span_word {
            j += 1;
        }
        let w = self.word(j)?;
        // Hyphenated adjectives: "two-year", "30-day"; "the two-week" leaves "the" out.
        if let Some((n, u, more)) = hyphen_quantity(w) {
            // "five-year-old" is an age, not a stretch of time; so is "18-year-olds",
            // the people of that age.
            let lower = w.to_ascii_lowercase();
            if det && !span_word || more && (lower.ends_with("-old") || lower.ends_with("-olds")) {
                return None;
            }
            if u.letter == 'Q' && n == Some(1) && self.quarter_is_share(j, j) {
                return None;
            }
            return Some(self.hit(j, TimexType::Duration, duration(n, u)));
        }
        // "half a year", "half an hour".
        let half_a = w.eq_ignore_ascii_case("half") && self.is_any(j + 1, &["a", "an"]);
        let (count, mut unit_at) = match self.count(j).or(half_a.then_some((Some(0), j + 2))) {
            Some(c) => c,
            // A bare plural unit: "for years", "weeks".
            None => {
                let u = unit_of(w)?;
                // (The unit of a title, "13 Hours", after its count: see below.)
                if j > 0 && self.titled_count(j - 1, w) {
                    return None;
                }
                // "in the weeks ahead": the stretch still to come, as one phrase.
                if det && !span_word && u.many.eq_ignore_ascii_case(w) && self.is(j + 1, "ahead") {
                    return Some(self.hit(j + 1, TimexType::Duration, duration(None, u)));
                }
                // "quarters" with no count is lodging or coins ("attempts to inspect
                // such quarters"); TimeBank and MEANTIME tag "quarters" only counted or
                // led ("several quarters", "recent quarters"). After an ordinal ("the
                // second and fourth quarters") it stays.
                let ordinal_before = j > 0 && self.is_any(j - 1, &QUARTER_ORDINALS);
                if !u.many.eq_ignore_ascii_case(w) || span_word || det || u.letter == 'Q' && !ordinal_before {
                    return None;
                }
                // "hundreds of years", "a matter of months": after "of" the bare unit
                // measures something else; TimeBank tags none of these.
                // ("the course of months or years": the second unit too.)
                let of_at = if j >= 2 && self.is_any(j - 1, &["or", "and"]) && self.word(j - 2).is_some_and(is_unit) {
                    j - 2
                } else {
                    j
                };
                if of_at > 0 && self.is(of_at - 1, "of") {
                    return None;
                }
                (None, j)
            }
        };
        let mut half = half_a;
        if count.is_some() && !half {
            // "two to three weeks", "12 to 18 months": a range, counted by its lower end.
            if self.is_any(unit_at, &["to", "or"]) && !self.is(unit_at + 1, "a") {
                if let Some((Some(_), after)) = self.count(unit_at + 1) {
                    if self.word(after).is_some_and(is_unit) {
                        unit_at = after;
                    }
                }
            }
            // "2 1/2 years", "two and a half years".
            if self.is(unit_at, "1") && self.punct(unit_at + 1, '/') && self.is(unit_at + 2, "2")
                || self.is_phrase(unit_at, &["and", "a", "half"])
            {
                half = true;
                unit_at += 3;
            }
            // "20 more years", "eight trading days".
            if self.is_any(unit_at, &COUNT_FILLERS) && self.word(unit_at + 1).is_some_and(is_unit) {
                unit_at += 1;
            }
        }
        let uw = self.word(unit_at)?;
        let u = unit_of(uw)?;
        // "The movie 13 Hours will open Friday", CBS's ''60 Minutes'': a count in digits
        // before a capitalised unit, in prose, is a title. (A headline capitalises
        // every word: "Turnout Rose 8 Percent in 2 Weeks".)
        if self.titled_count(j, uw) {
            return None;
        }
        let mut last = unit_at;
        // "a minute and a half".
        if !half && count.is_some() && self.is_phrase(last + 1, &["and", "a", "half"]) {
            half = true;
            last += 3;
        }
        // "a week or so", "a year or two", "weeks or months": one vague stretch.
        if self.is_phrase(last + 1, &["or", "so"]) {
            last += 2;
        } else if self.is(last + 1, "or") {
            match self.count(last + 2) {
                Some((Some(_), after)) if !self.is(last + 2, "a") => {
                    last = if self.word(after).is_some_and(is_unit) { after } else { after - 1 };
                }
                None if count.is_none()
                    && self
                        .word(last + 2)
                        .is_some_and(|n| unit_of(n).is_some_and(|v| v.many.eq_ignore_ascii_case(n))) =>
                {
                    last += 2;
                }
                _ => {}
            }
        }
        // "a second" is an ordinal more often than a time; "one second" too.
        if u.one == "second" && count.unwrap_or(2) < 2 {
            return None;
        }
        // "the 1988 quarter": a year, not a count.
        if self.tokens[j].kind == TokenKind::Number && self.year_after(j).is_some() {
            return None;
        }
        // "37 years old" is an age.
        if self.is(last + 1, "old") {
            return None;
        }
        // "$2 million a year", "four flights a week" are rates, not stretches of time.
        // ("$5 million a year earlier" is a date: see below.)
        if self.is_any(j, &["a", "an", "per"])
            && j > 0
            && (self.is_amount(j - 1) || self.is_plural_noun(j - 1))
            && !self.is_any(last + 1, &["ago", "earlier"])
        {
            return None;
        }
        if u.letter == 'Q' && count == Some(1) && self.quarter_is_share(j, last) {
            return None;
        }
        // "a quarter of the market" is a fraction; "two consecutive quarters of
        // decline" (a filler before the unit) and "several quarters of losses" (a vague
        // count, which no fraction has) are not.
        if u.letter == 'Q'
            && self.is(unit_at + 1, "of")
            && !(count.is_none() && unit_at > j)
            && !(unit_at > 0 && self.is_any(unit_at - 1, &COUNT_FILLERS))
        {
            return None;
        }
        // "60 Minutes", "This Week": a capitalised unit mid-sentence is a title.
        if self.is_title_word(unit_at) {
            return None;
        }
        // "a year ago", "three weeks earlier": a date. ("later" stays outside: in the
        // TempEval data "three days later" tags only the duration.)
        if !span_word && !det && self.is_any(last + 1, &["ago", "earlier"]) {
            let value = self.shifted(count, u, -1);
            return Some(self.hit(last + 1, TimexType::Date, value));
        }
        // "the nine months" (a reporting period) keeps "the"; "the two days" does not.
        if det && !span_word && !(u.letter == 'Q' || u.letter == 'M' && !u.clock) {
            return None;
        }
        // "more than a year" keeps only the duration; "the year" alone is not counted.
        if det && !span_word && count == Some(1) && self.is(j, "a") {
            return None;
        }
        let value = if half { half_duration(count.unwrap_or(0), u) } else { duration(count, u) };
        Some(self.hit(last, TimexType::Duration, value))
    }

    /// Whether the single quarter from token `first` to `last` is a share, not three
    /// months: joined to another fraction ("between a quarter and a third",
    /// "one-quarter to one-third", "a third or a quarter") or given as a percentage
    /// ("just over a quarter, 26 percent").
    fn quarter_is_share(&self, first: usize, last: usize) -> bool {
        let fraction = |k: usize| {
            let k = if self.is_any(k, &["a", "an", "one"]) { k + 1 } else { k };
            self.is_any(k, &FRACTIONS)
        };
        const JOINS: [&str; 3] = ["to", "and", "or"];
        let joined_after = self.is_any(last + 1, &JOINS) && fraction(last + 2);
        let joined_before = first >= 2 && self.is_any(first - 1, &JOINS) && self.is_any(first - 2, &FRACTIONS);
        let percent = self.punct(last + 1, ',')
            && self.tokens.get(last + 2).is_some_and(|t| t.kind == TokenKind::Number)
            && self.is_any(last + 3, &["percent", "%"]);
        joined_after || joined_before || percent
    }

    /// Whether token `i` is a lowercase plural noun-like word ("flights", "seats").
    fn is_plural_noun(&self, i: usize) -> bool {
        self.tokens[i].kind == TokenKind::Word
            && self.word(i).is_some_and(|w| {
                w.len() > 3
                    && w.ends_with('s')
                    && !w.ends_with("ss")
                    && w.starts_with(|c: char| c.is_ascii_lowercase())
                    && !is_unit(w)
            })
    }

    /// Whether the word at `i` is capitalised though not first in its sentence, as in a
    /// title ("ABC's This Week", "High Noon").
    fn is_title_word(&self, i: usize) -> bool {
        let Some(w) = self.word(i) else { return false };
        if !w.starts_with(|c: char| c.is_ascii_uppercase()) || i == 0 {
            return false;
        }
        let prev = self.tokens[i - 1];
        let p = prev.slice(self.text);
        // After sentence punctuation or an opening quote, capitals are ordinary.
        if prev.kind == TokenKind::Punct
            && matches!(p, "." | "!" | "?" | ":" | "\"" | "“" | "`" | "'" | "(" | "_" | "-")
        {
            return false;
        }
        // A newline before it starts a paragraph.
        if self.text[prev.end..self.tokens[i].start].contains('\n') {
            return false;
        }
        // Titles capitalise the word before too ("This Week", "High Noon", "VOA Today").
        prev.kind == TokenKind::Word && p.starts_with(|c: char| c.is_ascii_uppercase())
    }

    /// Whether the word before token `i` makes what follows someone's own: a possessive
    /// pronoun ("his", "their") or a noun with `'s` ("the senator's"). "Her" counts only
    /// after a preposition ("in her last year"), since after a verb it is an object
    /// ("endorsed her last summer"); "it's" and "that's" are contractions.
    fn owned(&self, i: usize) -> bool {
        const PRONOUNS: [&str; 6] = ["his", "their", "its", "my", "our", "your"];
        const CONTRACTED: [&str; 10] = ["it", "that", "he", "she", "there", "here", "what", "who", "where", "let"];
        const BEFORE_HER: [&str; 12] =
            ["in", "during", "of", "for", "through", "throughout", "into", "over", "at", "on", "from", "until"];
        if i == 0 || self.tokens[i - 1].kind != TokenKind::Word {
            return false;
        }
        self.is_any(i - 1, &PRONOUNS)
            || self.is(i - 1, "her") && i > 1 && self.is_any(i - 2, &BEFORE_HER)
            || self.possessive(i - 1) && !self.is_any(i - 1, &CONTRACTED)
    }

    /// Whether "last" at `i` is the verb ("would last three days"), not "the last".
    fn is_verb_last(&self, i: usize) -> bool {
        i > 0 && self.is(i, "last") && self.is_any(i - 1, &LAST_VERB_BEFORE)
    }

    /// Whether token `i` ends an amount of money or things ("$2 million", "5%", "20 cents").
    fn is_amount(&self, i: usize) -> bool {
        self.tokens[i].kind == TokenKind::Number
            || self.is_any(i, &["million", "billion", "trillion", "thousand", "cents", "%", "percent", "dollars"])
    }

    /// A count at token `i`: digits, number words, "a", "several": the count (None when
    /// vague) and the token after it. A "hundred" or "thousand" after it multiplies:
    /// "almost a hundred years", "more than two thousand years" (a duration, not the
    /// year 2000 — "kept their glass-working secrets for more than two thousand years").
    fn count(&self, i: usize) -> Option<(Option<u32>, usize)> {
        let (n, next) = self.simple_count(i)?;
        let factor = match self.word(next).map(str::to_ascii_lowercase).as_deref() {
            Some("hundred") => 100,
            Some("thousand") => 1000,
            _ => return Some((n, next)),
        };
        match n {
            Some(n) if n < 100 => Some((Some(n * factor), next + 1)),
            _ => Some((n, next)),
        }
    }

    /// A count at token `i` without multipliers (see `count`).
    fn simple_count(&self, i: usize) -> Option<(Option<u32>, usize)> {
        let w = self.word(i)?;
        let lw = w.to_ascii_lowercase();
        // "the next couple of years"
        if lw == "couple" && self.is(i + 1, "of") {
            return Some((Some(2), i + 2));
        }
        if lw == "a" || lw == "an" {
            // "a few weeks", "a couple of days", "a dozen years"
            if self.is(i + 1, "few") {
                return Some((None, i + 2));
            }
            if self.is(i + 1, "couple") && self.is(i + 2, "of") {
                return Some((Some(2), i + 3));
            }
            if self.is(i + 1, "dozen") {
                return Some((Some(12), i + 2));
            }
            return Some((Some(1), i + 1));
        }
        if VAGUE_COUNTS.contains(&lw.as_str()) {
            return Some((None, i + 1));
        }
        if let Some(n) = number_word(&lw) {
            // "twenty four hours"
            if n >= 20 && n % 10 == 0 {
                if let Some(m) = self.word(i + 1).and_then(|x| number_word(&x.to_ascii_lowercase())) {
                    if m < 10 {
                        return Some((Some(n + m), i + 2));
                    }
                }
            }
            return Some((Some(n), i + 1));
        }
        let t = self.tokens[i];
        if t.kind == TokenKind::Number {
            // Counts of time units beyond a million are not durations anyone writes.
            let n: u32 = w.replace(',', "").parse().ok().filter(|&n| n <= 1_000_000)?;
            return Some((Some(n), i + 1));
        }
        None
    }

    /// The date `count` `unit`s before (dir −1) or after (dir 1) the reference,
    /// at the unit's granularity; "a year earlier" after a quarter is that quarter.
    fn shifted(&self, count: Option<u32>, u: &Unit, dir: i64) -> String {
        let Some(n) = count else {
            return if dir < 0 { "PAST_REF".into() } else { "FUTURE_REF".into() };
        };
        let n = i64::from(n.saturating_mul(u.factor)) * dir;
        let years = |y: i32| y.saturating_add(i32::try_from(n).unwrap_or(0));
        let Some(r) = self.reference() else {
            return "XXXX-XX-XX".into();
        };
        match u.letter {
            'D' => ymd(add_days(r, n)),
            'W' => ymd(add_days(r, 7 * n)),
            'M' if !u.clock => {
                let d = shift_months(r, n);
                Cal::Month(d.year(), d.month()).value()
            }
            'Q' => {
                let (y, q) = shift_quarter(r.year(), quarter_of(r.month()), n);
                Cal::Quarter(y, q).value()
            }
            'Y' => {
                // A year before a quarter just named is that quarter a year before
                // (unless "the nine months" came after it: then the year before).
                if let (Some(Cal::Quarter(y, q)), 1) = (self.last, u.factor) {
                    if !self.stretch_after_quarter {
                        return Cal::Quarter(years(y), q).value();
                    }
                }
                year4(years(r.year()))
            }
            _ => ymd(r),
        }
    }

    /// Quarters and halves: "the third quarter", "third-quarter", "the fourth quarter of
    /// 1989", "the first half", "the quarter", "the latest quarter", "the year-ago
    /// quarter", "year-earlier".
    fn quarter(&self, i: usize, det: bool) -> Option<Hit> {
        let w = self.word(i)?;
        let lw = w.to_ascii_lowercase();
        // "year-earlier", "year-ago": the same period a year before.
        if lw == "year-earlier" || lw == "year-ago" || lw == "year-before" {
            let mut last = i;
            if self.is_any(i + 1, &["quarter", "period"]) {
                last = i + 1;
            } else if self.is_any(i + 1, &QUARTER_ORDINALS) && self.is(i + 2, "quarter") {
                last = i + 2;
            } else if det {
                // "the year-ago results" tags only "year-ago".
                return None;
            }
            let value = match (self.last, self.reference()) {
                (Some(Cal::Quarter(y, q)), _) if !self.stretch_after_quarter => Cal::Quarter(y - 1, q).value(),
                // "the year-ago quarter" with no quarter named yet: the quarter just
                // reported (the one before the reference date's), a year before.
                (_, Some(r)) if last > i => {
                    let (y, q) = shift_quarter(r.year(), quarter_of(r.month()), -1);
                    Cal::Quarter(y - 1, q).value()
                }
                _ => self.ref_year().map(|y| year4(y - 1)).unwrap_or_else(|| "XXXX".into()),
            };
            return Some(self.hit(last, TimexType::Date, value));
        }
        // A year in front: "the 1988 third quarter", "this year's third quarter",
        // "1989's second half", "next year's first quarter".
        let mut j = i;
        let mut year = None;
        if let Some((y, l)) = self.year_after(j) {
            year = Some(y);
            j = l + 1;
        } else if let Some((y, l)) = self.year_phrase(j).filter(|&(_, l)| self.possessive(l)) {
            year = Some(y);
            j = l + 1;
        }
        if self.is(j, "fiscal") {
            j += 1;
        }
        let w = self.word(j)?;
        let lw = w.to_ascii_lowercase();
        // "third-quarter" is an adjective: "the third-quarter loss" tags "third-quarter".
        let (ord, unit, mut last) = if let Some((unit, o)) = short_period(w) {
            // "Q3 2025", "H1": the analysts' shorthand.
            if let Some((y, l)) = self.year_after(j + 1) {
                year = Some(y);
                (Some(o), unit.to_string(), l)
            } else {
                (Some(o), unit.to_string(), j)
            }
        } else if let Some((a, b)) = lw.split_once('-') {
            let o = ORDINALS.iter().find(|(n, _)| *n == a).map(|(_, v)| *v)?;
            if det && year.is_none() {
                return None;
            }
            (Some(o), b.to_string(), j)
        } else if let Some(o) = ORDINALS.iter().find(|(n, _)| *n == lw).map(|(_, v)| *v) {
            let u = self.word(j + 1)?.to_ascii_lowercase();
            (Some(o), u, j + 1)
        } else if let Some(u) = self.last_of_year(j) {
            // "the final quarter of 2009", "the last half of 1989": the last one of the
            // year named after "of" (without it, "the last quarter" is the one before).
            (Some(if u == "half" { 2 } else { 4 }), u, j + 1)
        } else if (det || year.is_some()) && (lw == "quarter" || lw == "period") {
            (None, lw.clone(), j)
        } else if det && ["latest", "recent", "same"].contains(&lw.as_str()) {
            let u = self.word(j + 1)?.to_ascii_lowercase();
            (None, u, j + 1)
        } else {
            return None;
        };
        let half = match unit.as_str() {
            "quarter" => false,
            // "the 1988 period", "the latest period": a quarter in business reports.
            "period"
                if ord.is_none()
                    && (year.is_some() || lw == "latest" || matches!(self.last, Some(Cal::Quarter(..)))) =>
            {
                false
            }
            "half" if ord.is_some_and(|o| o <= 2) => true,
            _ => return None,
        };
        // "the fourth quarter of 1989", "the first quarter of last year".
        if year.is_none() && self.is(last + 1, "of") {
            if let Some((y, l)) = self.year_of(last + 2) {
                last = l;
                year = Some(y);
            } else if ord.is_none() && unit == "quarter" {
                // "the quarter of voters who…": a share of something, no period.
                return None;
            } else if half && !self.is_phrase(last + 2, &["the", "year"]) {
                // "the second half of July" is part of that month, as "the end of July"
                // is; "the first half of the 20th century" is no half of this year.
                let month = self.month(last + 2, true).filter(|_| self.word(last + 2).and_then(month_of).is_some());
                return month.map(|m| Hit { next: m.next, end: m.end, kind: m.kind, value: m.value, explicit: false });
            }
        }
        let r = self.reference();
        // "the quarter ended Sept. 30": the three months up to that day, named by the
        // calendar quarter of their middle month.
        let ends = ord.is_none() && unit == "quarter" && self.is_any(last + 1, &PERIOD_ENDS);
        let ended = ends.then(|| self.explicit_date(last + 2)).flatten().and_then(|h| match parse_cal(&h.value) {
            Some(Cal::Day(d)) => Some(shift_months(d, -1)),
            _ => None,
        });
        let value = match (ord, half) {
            (Some(o), true) => match year.or(self.ref_year()) {
                Some(y) => format!("{}-H{o}", year4(y)),
                None => format!("XXXX-H{o}"),
            },
            (Some(o), false) => {
                let y = year.or_else(|| {
                    // The named quarter of the reference year, unless that is still far
                    // ahead: then last year's ("the fourth quarter" in February).
                    let r = r?;
                    let start_month = (o - 1) * 3 + 1;
                    Some(if start_month > r.month() + 3 { r.year() - 1 } else { r.year() })
                });
                match y.or(self.ref_year()) {
                    Some(y) => Cal::Quarter(y, o).value(),
                    None => format!("XXXX-Q{o}"),
                }
            }
            (None, _) if ended.is_some() => ended.map(|d| Cal::Quarter(d.year(), quarter_of(d.month())).value())?,
            (None, _) => match (self.last, r, year) {
                (Some(Cal::Quarter(_, q)), _, Some(y)) => Cal::Quarter(y, q).value(),
                (Some(Cal::Quarter(y, q)), _, None) => Cal::Quarter(y, q).value(),
                // The quarter just reported: the one before the reference date's.
                (_, Some(r), _) => {
                    let (y, q) = shift_quarter(r.year(), quarter_of(r.month()), -1);
                    Cal::Quarter(year.unwrap_or(y), q).value()
                }
                _ => "XXXX-QX".into(),
            },
        };
        let hit = self.hit(last, TimexType::Date, value);
        Some(if ord.is_some() { hit.explicit() } else { hit })
    }

    /// "the same period last year", "the corresponding quarter a year ago", "the same
    /// month a year earlier": the period last named (else the quarter just reported, or
    /// the reference month), one year back.
    fn period_a_year_before(&self, i: usize, det: bool) -> Option<Hit> {
        if !det {
            return None;
        }
        let j = if self.is_any(i, &["same", "corresponding", "comparable"]) { i + 1 } else { i };
        let unit = self.word(j)?.to_ascii_lowercase();
        if !matches!(unit.as_str(), "period" | "quarter" | "month" | "week" | "day") {
            return None;
        }
        let last = YEAR_BEFORE.iter().find(|p| self.is_phrase(j + 1, p)).map(|p| j + p.len())?;
        let r = self.reference();
        let value = match (unit.as_str(), self.recent) {
            ("period" | "quarter", Some(Cal::Quarter(y, q))) => Cal::Quarter(y - 1, q).value(),
            ("period" | "month", Some(Cal::Month(y, m))) => Cal::Month(y - 1, m).value(),
            ("day", Some(Cal::Day(d))) => ymd(d.with_year(d.year() - 1).unwrap_or(d)),
            ("period" | "quarter", _) => {
                let r = r?;
                let (y, q) = shift_quarter(r.year(), quarter_of(r.month()), -1);
                Cal::Quarter(y - 1, q).value()
            }
            ("month", _) => r.map(|r| Cal::Month(r.year() - 1, r.month()).value())?,
            ("week", _) => r.map(|r| week_value(add_days(r, -364)))?,
            _ => r.map(|r| ymd(add_days(r, -365)))?,
        };
        Some(self.hit(last, TimexType::Date, value))
    }

    /// "the last week of March", "the first week of May 2009", "the last week of 2015",
    /// "the first day of March", "the last day of 2015", "the final month of 2015": a
    /// week, day or month named by its place in the month or year after "of" is one
    /// expression, as "the third quarter of 1990" is in the TempEval data. A week is the
    /// ISO week holding the period's first (second, …, last) Thursday, as ISO 8601 gives
    /// a week to the month and year of its Thursday (Wikinews, 1 April 2009: "car sales
    /// rebounded in the last week of March" is 2009-W13).
    fn nth_of_period(&self, i: usize, det: bool) -> Option<Hit> {
        if !det || !self.is(i + 2, "of") {
            return None;
        }
        let unit = self.word(i + 1)?.to_ascii_lowercase();
        if !matches!(unit.as_str(), "week" | "day" | "month") {
            return None;
        }
        let nth: u32 = match self.word(i)?.to_ascii_lowercase().as_str() {
            "first" => 1,
            "second" => 2,
            "third" => 3,
            "fourth" => 4,
            "last" | "final" => 0,
            _ => return None,
        };
        // The period: a month, with or without its year, else a year.
        let month = self.explicit_date(i + 3).filter(|h| h.value.len() == 7).or_else(|| self.month(i + 3, true));
        let (span, period) = match month {
            Some(m) if unit != "month" => {
                let (y, mo) = m.value.split_once('-')?;
                let mo = mo.parse::<u32>().ok()?;
                let first = y.parse::<i32>().ok().and_then(|y| NaiveDate::from_ymd_opt(y, mo, 1));
                ((m.next, m.end), first.map(|f| (f, shift_months(f, 1))))
            }
            Some(_) => return None,
            None => {
                let (y, l) = self.year_of(i + 3)?;
                let first = NaiveDate::from_ymd_opt(y, 1, 1);
                ((l + 1, self.end_of(l)), first.map(|f| (f, shift_months(f, 12))))
            }
        };
        let value = match (unit.as_str(), period) {
            ("week", Some((first, after))) => {
                let thursday = if nth == 0 {
                    let last = after.pred_opt()?;
                    add_days(last, -i64::from((7 + last.weekday().num_days_from_monday() - 3) % 7))
                } else {
                    let first_thursday =
                        add_days(first, i64::from((7 + 3 - first.weekday().num_days_from_monday()) % 7));
                    add_days(first_thursday, 7 * i64::from(nth - 1))
                };
                week_value(thursday)
            }
            ("day", Some((first, after))) => {
                ymd(if nth == 0 { after.pred_opt()? } else { add_days(first, i64::from(nth - 1)) })
            }
            ("month", Some((first, _))) => Cal::Month(first.year(), if nth == 0 { 12 } else { nth }).value(),
            ("week", None) => "XXXX-WXX".into(),
            ("day", None) => "XXXX-XX-XX".into(),
            _ => "XXXX-XX".into(),
        };
        let (next, end) = span;
        Some(Hit { next, end, kind: TimexType::Date, value, explicit: false })
    }

    /// "Today is the eighth day of the blockade", "It's the second day of the strike": an
    /// ordinal day that the present tense says it is now is the reference day (TimeBank
    /// dates both to the broadcast).
    fn ordinal_day_now(&self, i: usize, det: bool) -> Option<Hit> {
        if !self.is_any(i, &DAY_ORDINALS) || !self.is(i + 1, "day") {
            return None;
        }
        let v = (if det { i.checked_sub(1)? } else { i }).checked_sub(1)?;
        let raw = self.tokens[v].slice(self.text).replace('’', "'");
        let now = ["it's", "today's"].iter().any(|w| raw.eq_ignore_ascii_case(w))
            || self.is(v, "is") && v > 0 && self.is_any(v - 1, &["today", "it"]);
        if !now {
            return None;
        }
        Some(self.hit(i + 1, TimexType::Date, ymd(self.reference()?)))
    }

    /// Whether token `i` carries a possessive `'s`.
    fn possessive(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| t.end - t.start > strip_possessive(t.slice(self.text)).len())
    }

    /// Seasons with a year or determiner: "the summer", "spring 1998", "the winter of
    /// 1994".
    fn season(&self, i: usize, det: bool) -> Option<Hit> {
        let w = self.word(i)?.to_ascii_lowercase();
        let code = season_of(&w)?;
        if self.is_noun_fall(i) {
            return None;
        }
        let mut last = i;
        let year = if self.is(i + 1, "of") {
            // "the winter of nineteen ninety-four", "the summer of last year".
            self.year_of(i + 2).inspect(|&(_, l)| last = l).map(|(y, _)| y)
        } else {
            self.year_after(i + 1).inspect(|&(_, l)| last = l).map(|(y, _)| y)
        };
        // "fall" the verb: a season needs "the" or a year.
        if year.is_none() && !det {
            return None;
        }
        let y = year.or_else(|| self.season_year(i, code)).or(self.ref_year());
        let value = match y {
            Some(y) => format!("{}-{code}", year4(y)),
            None => format!("XXXX-{code}"),
        };
        Some(self.hit(last, TimexType::Date, value))
    }

    /// The year of a season named without one ("the summer" at token `i`, TIMEX3 code
    /// `code`) when the tense places it outside the reference year, as for a year-less
    /// month: told in the past, a season not yet begun is last year's ("The numbers
    /// changed over the summer", said in February; "working the state since the
    /// spring", said in February), and told in the future, one already over is next
    /// year's ("a film set to be released in the summer", said in December). Not the
    /// winter, which spans the turn of the year.
    fn season_year(&self, i: usize, code: &str) -> Option<i32> {
        let (first, last) = match code {
            "SP" => (3, 5),
            "SU" => (6, 8),
            "FA" => (9, 11),
            _ => return None,
        };
        // "the fall debates", "the summer convention": a season naming a scheduled
        // event is this year's, whatever the tense of the report.
        if self.is_any(i + 1, &SCHEDULED_EVENTS) || self.is_any(i + 1, &["debate", "debates", "campaign"]) {
            return None;
        }
        let r = self.calendar_reference()?;
        let (ry, rm) = (r.year(), r.month());
        match self.month_tense(i, first, rm) {
            Some(false) if first > rm => Some(ry - 1),
            Some(true) if last < rm => Some(ry + 1),
            _ => None,
        }
    }

    /// Whether "fall" at `i` is a drop or a collapse, not the season: "this fall in
    /// prices", "the fall of the Berlin Wall" (but "the fall of 1990", "in the fall in
    /// Ohio").
    fn is_noun_fall(&self, i: usize) -> bool {
        self.is(i, "fall")
            && self.is_any(i + 1, &["in", "of"])
            && self.word(i + 2).is_some_and(|w| w.starts_with(|c: char| c.is_ascii_lowercase()))
            && self.year_of(i + 2).is_none()
    }

    /// Clock times: "3 p.m.", "10:30 a.m.", "noon", "midnight", "15:00 GMT".
    fn clock(&self, i: usize) -> Option<Hit> {
        let w = self.word(i)?;
        let (h24, m, last) = if self.is_title_word(i) {
            // "High Noon" is a film.
            return None;
        } else if w.eq_ignore_ascii_case("noon") || w.eq_ignore_ascii_case("midday") {
            (12, 0, i)
        } else if w.eq_ignore_ascii_case("midnight") {
            (24, 0, i)
        } else {
            if self.tokens[i].kind != TokenKind::Number {
                return None;
            }
            // "at 0800 GMT", "1430 UTC": the wire services' four-digit clock, always
            // with its zone ("1998 GMT" is no time: 98 minutes).
            if w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()) && self.is_any(i + 1, &TIME_ZONES) {
                let (h, m) = (w[..2].parse::<u32>().ok()?, w[2..].parse::<u32>().ok()?);
                return (h <= 23 && m <= 59).then(|| self.clock_hit(h, m, i, i)).flatten();
            }
            let (h, m) = match w.split_once(':') {
                Some((h, m)) => (h.parse::<u32>().ok()?, m.parse::<u32>().ok()?),
                None => (w.parse::<u32>().ok()?, 0),
            };
            // "a.m." / "p.m." / "am" / "pm": the tokenizer gives "p.m" then ".".
            let ap = self.word(i + 1).map(str::to_ascii_lowercase).unwrap_or_default();
            let pm = match ap.as_str() {
                "p.m" | "pm" => true,
                "a.m" | "am" => false,
                // "at 14:30 GMT", "at 09:15": a 24-hour clock needs its colon and a cue.
                _ => {
                    let cue = i > 0 && self.is_any(i - 1, &["at", "by", "until", "from", "around", "before", "after"])
                        || self.is_any(i + 1, &TIME_ZONES);
                    let minutes = w.split_once(':').is_some_and(|(_, mm)| mm.len() == 2);
                    if !cue || !minutes || h > 23 || m > 59 {
                        return None;
                    }
                    return self.clock_hit(h, m, i, i);
                }
            };
            if h == 0 || h > 12 || m > 59 {
                return None;
            }
            let mut last = i + 1;
            if self.punct(last + 1, '.') && self.touch(last) && ap.contains('.') {
                last += 1;
            }
            let h24 = match (pm, h) {
                (true, 12) => 12,
                (true, h) => h + 12,
                (false, 12) => 0,
                (false, h) => h,
            };
            (h24, m, last)
        };
        self.clock_hit(h24, m, i, last)
    }

    /// A clock time `h24:m` from token `first` to `last`, with a zone or a day after it.
    fn clock_hit(&self, h24: u32, m: u32, first: usize, mut last: usize) -> Option<Hit> {
        // A zone right after belongs to the time: "3 p.m. EDT". UTC (or GMT) is
        // written `Z` in the value: "16:08 UTC" → `T16:08Z`; other zones are left out.
        let mut zone = "";
        if self.is_any(last + 1, &TIME_ZONES) {
            last += 1;
            if self.is_any(last, &["UTC", "GMT"]) {
                zone = "Z";
            }
        }
        // "10 p.m. Wednesday", "noon Thursday", "5 p.m. EST, Nov. 6": the day it falls on.
        let after = if self.punct(last + 1, ',') { last + 2 } else { last + 1 };
        let on = self.weekday(after).or_else(|| self.explicit_date(after)).or_else(|| self.deictic(after, false));
        if let Some(d) = on.filter(|d| d.kind == TimexType::Date && d.value.len() == 10) {
            return Some(Hit {
                next: d.next,
                end: d.end,
                kind: TimexType::Time,
                value: format!("{}T{h24:02}:{m:02}{zone}", d.value),
                explicit: false,
            });
        }
        // "at 6:30 a.m. on March 19", "around noon on Friday": the day after "on" is the
        // time's day, written as its own expression.
        if self.is(after, "on") {
            let on = self.weekday(after + 1).or_else(|| self.explicit_date(after + 1));
            if let Some(d) = on.filter(|d| d.kind == TimexType::Date && d.value.len() == 10) {
                return Some(self.hit(last, TimexType::Time, format!("{}T{h24:02}:{m:02}{zone}", d.value)));
            }
        }
        // Else the day named before it in its sentence: "the jet took off Tuesday in
        // Everett at 18:00 UTC", reported on Wednesday, flew on Tuesday. A story goes on
        // in that day: "… won on Tuesday. She conceded when polls closed at 8 p.m." (a
        // day already past, told in the sentence before or in the same paragraph; not
        // for a future tense, nor for a live blog's time heading on its own line).
        let at = self.tokens[first].start;
        let told = |d: &NaiveDate| {
            self.published.is_none_or(|p| *d <= p)
                && !self.future_context(last)
                && self.told_just_before(self.last_day_at, at)
        };
        let day = match self.recent {
            Some(Cal::Day(d)) if self.sentence_bounds(self.recent_at) == self.sentence_bounds(at) => Some(d),
            _ => self.last_day.filter(told).or(self.reference()),
        };
        let day = day.map(ymd).unwrap_or_else(|| "XXXX-XX-XX".into());
        Some(self.hit(last, TimexType::Time, format!("{day}T{h24:02}:{m:02}{zone}")))
    }

    /// Sets: "every week", "each year", "daily", "weekly", "every Monday".
    fn set(&self, i: usize) -> Option<Hit> {
        let w = self.word(i)?.to_ascii_lowercase();
        if let Some((_, v)) = SET_WORDS.iter().find(|(k, _)| *k == w) {
            // "The Daily Beast", "the Daily Mail": a capitalised name after "the".
            let name = i > 0
                && self.is(i - 1, "the")
                && self.word(i).is_some_and(|x| x.starts_with(|c: char| c.is_ascii_uppercase()));
            if name || self.is_title_word(i) {
                return None;
            }
            return Some(self.hit(i, TimexType::Set, (*v).to_string()));
        }
        // "twice a week", "three times a day": a frequency and its unit recur (TimeML:
        // SET `P1W`, with the count in its `freq`). Without this, "a week" would read
        // as a week's duration.
        let times = match w.as_str() {
            "once" | "twice" | "thrice" => Some(i + 1),
            _ if self.is(i + 1, "times") && (number_word(&w).is_some() || num(&w).is_some()) => Some(i + 2),
            _ => None,
        };
        if let Some(j) = times.filter(|&j| self.is_any(j, &["a", "an", "per", "each", "every"])) {
            let unit_word = self.word(j + 1)?;
            let u = unit_of(unit_word).filter(|u| u.one.eq_ignore_ascii_case(unit_word))?;
            return Some(self.hit(j + 1, TimexType::Set, duration(Some(1), u)));
        }
        // ("per second" is a rate of something else, not a recurrence.)
        if w == "every" || w == "each" {
            let mut j = i + 1;
            let mut n = 1;
            if let Some((Some(c), after)) = self.count(j).filter(|_| !self.is(j, "a")) {
                n = c;
                j = after;
            }
            if self.is(j, "other") {
                n = 2;
                j += 1;
            }
            let x = self.word(j)?;
            if let Some(u) = unit_of(x) {
                return Some(self.hit(j, TimexType::Set, duration(Some(n), u)));
            }
            if let Some(wd) = weekday_of(x) {
                if WEEKDAYS[wd.num_days_from_monday() as usize][0].len() == x.len() {
                    return Some(self.hit(j, TimexType::Set, format!("XXXX-WXX-{}", wd.number_from_monday())));
                }
            }
            if let Some(season) = season_of(&x.to_ascii_lowercase()) {
                return Some(self.hit(j, TimexType::Set, format!("XXXX-{season}")));
            }
            // "each July" (a proper noun: "where each may thrive" is the verb).
            let capital = x.starts_with(|c: char| c.is_ascii_uppercase());
            if let Some(m) = month_of(x).filter(|&m| capital && MONTHS[m as usize - 1][0].len() == x.len()) {
                return Some(self.hit(j, TimexType::Set, format!("XXXX-{m:02}")));
            }
        }
        // "on Tuesdays", "Tuesday nights": a plural weekday recurs.
        let plural = w.strip_suffix('s').and_then(weekday_of);
        let (wd, part, last) = match (plural, weekday_of(&w)) {
            (Some(wd), _) => (wd, None, i),
            (None, Some(wd)) => {
                let plural_part = |k: usize| {
                    let p = self.word(k).filter(|p| p.len() > 1 && p.ends_with('s'))?;
                    day_part(&p[..p.len() - 1])
                };
                match plural_part(i + 1) {
                    Some(part) => (wd, Some(part), i + 1),
                    // "flights leave on Monday and Tuesday nights": the first day shares
                    // the plural part of day after the second, and recurs as it does.
                    None if self.is_any(i + 1, &["and", "or"]) && self.word(i + 2).and_then(weekday_of).is_some() => {
                        (wd, Some(plural_part(i + 3)?), i)
                    }
                    None => return None,
                }
            }
            _ => return None,
        };
        if !self.word(i)?.starts_with(|c: char| c.is_ascii_uppercase()) {
            return None;
        }
        let part = part.map(|p| format!("T{p}")).unwrap_or_default();
        Some(self.hit(last, TimexType::Set, format!("XXXX-WXX-{}{part}", wd.number_from_monday())))
    }

    /// The year that "the year" at token `i` (after "the") restates: one written just
    /// before it, in apposition or as the subject of a copula ("in 2008, the year he
    /// returned", "2010, which was the year", "2017 will be the year"). It names that
    /// year, not the reference year.
    fn year_restated(&self, i: usize) -> Option<i32> {
        const LINKS: [&str; 8] = [",", "which", "is", "was", "will", "would", "be", "been"];
        let mut k = i.checked_sub(1)?;
        for _ in 0..4 {
            k = k.checked_sub(1)?;
            if let Some((y, _)) = self.year_after(k) {
                return (k + 2 < i).then_some(y);
            }
            if !self.is_any(k, &LINKS) {
                return None;
            }
        }
        None
    }

    /// Holidays: "Christmas", "Thanksgiving Day", "last Thanksgiving", "New Year's Day",
    /// "Election Day", "Super Tuesday".
    fn holiday(&self, i: usize) -> Option<Hit> {
        let (rel, j) = match self.word(i) {
            Some(w) if w.eq_ignore_ascii_case("last") || w.eq_ignore_ascii_case("next") => {
                (Some(w.eq_ignore_ascii_case("next")), i + 1)
            }
            _ => (None, i),
        };
        // Holiday names are proper nouns.
        if !self.word(j)?.starts_with(|c: char| c.is_ascii_uppercase()) {
            return None;
        }
        // The raw token text: "New Year's" keeps its possessive here.
        let raw = |k: usize| self.tokens.get(k).map(|t| t.slice(self.text).replace('’', "'"));
        let matches = |names: &[&str]| {
            names.iter().enumerate().all(|(k, n)| raw(j + k).is_some_and(|w| w.eq_ignore_ascii_case(n)))
        };
        let (last, date): (usize, Box<dyn Fn(i32) -> Option<NaiveDate>>) = if let Some((names, m, d)) =
            HOLIDAYS.iter().find(|(names, _, _)| matches(names))
        {
            let (m, d) = (*m, *d);
            (j + names.len() - 1, Box::new(move |y| NaiveDate::from_ymd_opt(y, m, d)))
        } else if raw(j).is_some_and(|w| w.eq_ignore_ascii_case("thanksgiving")) {
            // US Thanksgiving: the fourth Thursday of November.
            let last = if raw(j + 1).is_some_and(|w| w.eq_ignore_ascii_case("day")) { j + 1 } else { j };
            (last, Box::new(|y| NaiveDate::from_weekday_of_month_opt(y, 11, Weekday::Thu, 4)))
        } else if matches(&["super", "tuesday"]) {
            // "Super Tuesday": the presidential primaries' biggest day, the first
            // Tuesday of March of a presidential election year (since 2000, but for
            // 2008). One with its year before it ("the 1988 Super Tuesday") may be
            // another day, and a numbered one ("Super Tuesday 2", "Super Tuesday
            // II") is a later one: the calendar gives neither.
            let digits = |w: &str| w.bytes().all(|b| b.is_ascii_digit());
            if j > 0 && self.word(j - 1).is_some_and(|w| w.len() == 4 && digits(w))
                || self.word(j + 2).is_some_and(|w| digits(w) || w == "II" || w == "III")
            {
                return None;
            }
            let tuesday =
                |y: i32| (y % 4 == 0).then(|| NaiveDate::from_weekday_of_month_opt(y, 3, Weekday::Tue, 1)).flatten();
            (j + 1, Box::new(tuesday))
        } else if matches(&["election", "day"]) {
            // "Election Day": the US general election, the Tuesday after the first
            // Monday of November, held in even years. Around a primary or caucus
            // it is that contest's day, which the calendar does not give.
            if self.near_primary(j) {
                return Some(self.hit(j + 1, TimexType::Date, "XXXX-XX-XX".into()));
            }
            let tuesday = |y: i32| {
                let monday = NaiveDate::from_weekday_of_month_opt(y, 11, Weekday::Mon, 1)?;
                (y % 2 == 0).then(|| add_days(monday, 1))
            };
            (j + 1, Box::new(tuesday))
        } else {
            return None;
        };
        let value = match self.reference() {
            Some(r) => {
                let years = [r.year() - 1, r.year(), r.year() + 1];
                let found = match rel {
                    // "last Thanksgiving": the latest one before the reference date.
                    Some(false) => years.iter().filter_map(|&y| date(y)).filter(|d| *d < r).max(),
                    Some(true) => years.iter().filter_map(|&y| date(y)).filter(|d| *d > r).min(),
                    None => nearest_yearly(r, self.tense(j), date),
                };
                ymd(found?)
            }
            None => match self.ref_year() {
                Some(y) => ymd(date(y)?),
                None => return None,
            },
        };
        Some(self.hit(last, TimexType::Date, value))
    }

    /// Whether a primary or caucus is named in the sentence of token `i` or the one
    /// before it.
    fn near_primary(&self, i: usize) -> bool {
        let at = self.tokens[i].start;
        let k = self.sentences.partition_point(|s| s.end <= at);
        let start = match k.checked_sub(1).and_then(|p| self.sentences.get(p)) {
            Some(before) => before.start,
            None => self.sentence_bounds(at).0,
        };
        let end = self.sentence_bounds(at).1;
        self.tokens.iter().filter(|t| t.start >= start && t.end <= end).any(|t| {
            let w = t.slice(self.text);
            ["primary", "primaries", "caucus", "caucuses"].iter().any(|p| w.eq_ignore_ascii_case(p))
        })
    }

    /// The year just ended, when "the year" at token `i` is told in the past in
    /// January: little of the new year has passed, so what it already holds is the old
    /// one's ("was involved in the eight largest deals of the year", "he raised $12
    /// million in the third quarter of the year", said on Jan. 4).
    fn year_just_ended(&self, i: usize) -> Option<i32> {
        let r = self.calendar_reference()?;
        (r.month() == 1 && self.tense(i) == Some(false)).then(|| r.year() - 1)
    }

    /// Fixed phrases: "the weekend", "the year", "the week", "year-end", "the day".
    fn fixed_phrase(&self, i: usize, det: bool) -> Option<Hit> {
        let w = self.word(i)?.to_ascii_lowercase();
        let r = self.reference();
        match w.as_str() {
            "year-end" | "yearend" => {
                // "the change is since year-end": a year-end looked back on is last
                // year's; "by year-end" ahead is this year's.
                let back = self.tense(i) == Some(false);
                let y = self.ref_year()? - i32::from(back);
                Some(self.hit(i, TimexType::Date, format!("{}-12-31", year4(y))))
            }
            // "by year end", "by year's end".
            "year"
                if !det
                    && self.is(i + 1, "end")
                    && i > 0
                    && !self.is_any(i - 1, &["a", "one", "this", "last", "next"]) =>
            {
                let y = self.ref_year()?;
                Some(self.hit(i + 1, TimexType::Date, year4(y)))
            }
            // "the fiscal year", "the full year", "the latest fiscal year": the year being
            // reported.
            "fiscal" | "full" | "latest" | "current" if det => {
                let mut j = i + 1;
                if self.is(j, "fiscal") {
                    j += 1;
                }
                if !self.is(j, "year") || self.year_after(j + 1).is_some() {
                    return None;
                }
                if w == "fiscal" && self.is_any(j + 1, &PERIOD_ENDS) {
                    return Some(self.hit(j, TimexType::Duration, "P1Y".into()));
                }
                let y = self.ref_year()?;
                let y = if w == "latest" { y - 1 } else { y };
                Some(self.hit(j, TimexType::Date, year4(y)))
            }
            "weekend" if det => {
                let v = r
                    .map(|r| {
                        // The weekend just past early in the week, else this week's.
                        let back =
                            if r.weekday().num_days_from_monday() < 3 && !self.future_context(i) { -7 } else { 0 };
                        format!("{}-WE", week_value(add_days(r, back)))
                    })
                    .unwrap_or_else(|| "XXXX-WXX-WE".into());
                Some(self.hit(i, TimexType::Date, v))
            }
            "year" if det => {
                // "Time's Person of the Year", "rookie of the year": a title given to
                // someone chosen among a year's, not a time the text speaks of.
                if i >= 3 && self.is(i - 2, "of") && self.is_any(i - 3, &HONOURED) {
                    return None;
                }
                // "the year" — the reference year (not "the year 2000", a year of its own).
                if self.year_after(i + 1).is_some() {
                    let (y, l) = self.year_after(i + 1)?;
                    return Some(self.hit(l, TimexType::Date, year4(y)));
                }
                // "the year ended June 30": a reporting period, measured as a length.
                if self.is_any(i + 1, &PERIOD_ENDS) {
                    return Some(self.hit(i, TimexType::Duration, "P1Y".into()));
                }
                if let Some(y) = self.year_restated(i) {
                    return Some(self.hit(i, TimexType::Date, year4(y)));
                }
                if let Some(y) = self.year_just_ended(i) {
                    return Some(self.hit(i, TimexType::Date, year4(y)));
                }
                Some(self.hit(i, TimexType::Date, self.ref_year().map(year4).unwrap_or_else(|| "XXXX".into())))
            }
            "week" if det => Some(self.hit(i, TimexType::Date, r.map(week_value).unwrap_or_else(|| "XXXX-WXX".into()))),
            // "the Nikkei closed down 6% for the day", "to end the day at 8,017": the
            // trading day reported (the day last named, else the reference), when the
            // phrase ends there (not "the day the war ended", "the day before").
            "day" if det => {
                // "At the end of the day, voters want results": the idiom for
                // "ultimately", closed by punctuation ("by the end of the day" and "at
                // the end of the day on Friday" are times).
                let idiom = i >= 5
                    && self.is_phrase(i - 5, &["at", "the", "end", "of", "the"])
                    && self.tokens.get(i + 1).is_none_or(|t| t.kind == TokenKind::Punct);
                if idiom {
                    return None;
                }
                // "Their plan carried the day": to prevail, no day. "Back in the day":
                // the old days, a vague past (as "the past" is `PAST_REF`).
                if i >= 2
                    && self.is_any(i - 2, &["carry", "carries", "carried", "win", "won", "save", "saved", "seize"])
                {
                    return None;
                }
                if i >= 3 && self.is_phrase(i - 3, &["back", "in", "the"]) {
                    return Some(self.hit(i, TimexType::Date, "PAST_REF".into()));
                }
                let ends =
                    self.tokens.get(i + 1).is_none_or(|t| t.kind == TokenKind::Punct) || self.is_any(i + 1, &DAY_ENDS);
                let day = self.last_day.or(r);
                ends.then(|| self.hit(i, TimexType::Date, day.map(ymd).unwrap_or_else(|| "XXXX-XX-XX".into())))
            }
            // Parts of the day reported: "dealers placed heavy buy orders in the
            // morning", "the stock rose in morning trading", "by mid-afternoon" — a TIME
            // on the day last named (else the reference day).
            "morning" | "afternoon" | "evening" | "mid-morning" | "mid-afternoon" | "mid-evening" => {
                let part = day_part(w.strip_prefix("mid-").unwrap_or(&w))?;
                let spaced_mid = i > 0 && self.is(i - 1, "mid");
                let mid = w.starts_with("mid-") || spaced_mid;
                let lead = if spaced_mid { i - 1 } else { i };
                let ok = if det {
                    // "in the morning", not "the morning of the attack".
                    !mid && i >= 2 && self.is_any(i - 2, &["in", "during"]) && !self.is(i + 1, "of")
                } else {
                    self.is_any(i + 1, &["trading", "session", "dealings"])
                        || mid && lead > 0 && self.is_any(lead - 1, &["in", "during", "by", "until", "at"])
                };
                if !ok || self.is_title_word(i) {
                    return None;
                }
                // "mid-afternoon yesterday": the day named after it.
                let named = ["yesterday", "today", "tomorrow"].iter().zip([-1, 0, 1]).find(|(d, _)| self.is(i + 1, d));
                let (day, last) = match (named, self.last_day) {
                    (Some((_, shift)), _) => (r.map(|r| add_days(r, shift)), i + 1),
                    (None, Some(d)) => (Some(d), i),
                    (None, None) => (r, i),
                };
                let day = day.map(ymd).unwrap_or_else(|| "XXXX-XX-XX".into());
                Some(self.hit(last, TimexType::Time, format!("{day}T{part}")))
            }
            "month" if det => Some(self.hit(
                i,
                TimexType::Date,
                r.map(|r| Cal::Month(r.year(), r.month()).value()).unwrap_or_else(|| "XXXX-XX".into()),
            )),
            _ => None,
        }
    }
}

/// For each word length, a bit per first letter `a`..`z` that some start word has: a
/// quick reject before the binary search.
const START_MASKS: [u32; 17] = {
    let mut masks = [0u32; 17];
    let mut k = 0;
    while k < START_WORDS.len() {
        let w = START_WORDS[k].as_bytes();
        if w[0].is_ascii_lowercase() {
            masks[w.len()] |= 1 << (w[0] - b'a');
        }
        k += 1;
    }
    masks
};

/// Whether `w` (any case) is in [`START_WORDS`]; no allocation.
fn is_start_word(w: &str) -> bool {
    let first = w.as_bytes().first().map_or(0, u8::to_ascii_lowercase);
    if !first.is_ascii_lowercase() || START_MASKS.get(w.len()).is_none_or(|m| m & (1 << (first - b'a')) == 0) {
        return false;
    }
    // The words with this first letter: a short run of the sorted table.
    let c = usize::from(first - b'a');
    let bucket = &START_WORDS[usize::from(START_BUCKETS[c])..usize::from(START_BUCKETS[c + 1])];
    bucket.iter().any(|s| s.len() == w.len() && s.eq_ignore_ascii_case(w))
}

/// Where each first letter's run starts in [`START_WORDS`] (index 26 is the end).
const START_BUCKETS: [u16; 27] = {
    let mut starts = [0u16; 27];
    let mut c = 0;
    while c < 26 {
        let mut k = 0;
        // First word whose first letter is at or after letter `c`.
        while k < START_WORDS.len() && START_WORDS[k].as_bytes()[0] < b'a' + c as u8 {
            k += 1;
        }
        starts[c] = k as u16;
        c += 1;
    }
    starts[26] = START_WORDS.len() as u16;
    starts
};

/// "Q3" → ("quarter", 3), "H1" → ("half", 1).
fn short_period(w: &str) -> Option<(&'static str, u32)> {
    let b = w.as_bytes();
    if b.len() != 2 {
        return None;
    }
    let unit = match b[0] {
        b'Q' if (b'1'..=b'4').contains(&b[1]) => "quarter",
        b'H' if (b'1'..=b'2').contains(&b[1]) => "half",
        _ => return None,
    };
    Some((unit, u32::from(b[1] - b'0')))
}

/// Whether a duration value is a stretch of several months up to a year (`P2M` to
/// `P11M`, `P1Y`, `P2Q`, `P3Q`): the span of a company's results other than a quarter.
fn is_stretch_of_months(v: &str) -> bool {
    match v.strip_prefix('P').and_then(|r| r.split_at_checked(r.len().saturating_sub(1))) {
        Some((n, "M")) => n.parse::<u32>().is_ok_and(|n| (2..12).contains(&n)),
        Some((n, "Q")) => n == "2" || n == "3",
        Some((n, "Y")) => n == "1",
        _ => false,
    }
}

/// `w` without a joined modifier: "mid-1990s" → "1990s", "late-November" → "November".
fn strip_hyphen_mod(w: &str) -> Option<&str> {
    ["mid-", "early-", "late-"].iter().find_map(|p| {
        let head = w.get(..p.len())?;
        head.eq_ignore_ascii_case(p).then(|| &w[p.len()..])
    })
}

/// `w` without a trailing possessive `'s` / `’s`.
fn strip_possessive(w: &str) -> &str {
    w.strip_suffix("'s").or_else(|| w.strip_suffix("’s")).filter(|s| !s.is_empty()).unwrap_or(w)
}

/// The month number (1–12) of a month word.
fn month_of(word: &str) -> Option<u32> {
    MONTHS.iter().position(|names| names.iter().any(|n| n.eq_ignore_ascii_case(word))).map(|p| p as u32 + 1)
}

/// The weekday of a weekday word.
fn weekday_of(word: &str) -> Option<Weekday> {
    const ORDER: [Weekday; 7] =
        [Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri, Weekday::Sat, Weekday::Sun];
    WEEKDAYS.iter().position(|names| names.iter().any(|n| n.eq_ignore_ascii_case(word))).map(|p| ORDER[p])
}

/// The TIMEX3 code of a part-of-day word.
fn day_part(word: &str) -> Option<&'static str> {
    DAY_PARTS.iter().find(|(w, _)| w.eq_ignore_ascii_case(word)).map(|(_, c)| *c)
}

/// The TIMEX3 code of a season word.
fn season_of(word: &str) -> Option<&'static str> {
    SEASONS.iter().find(|(w, _)| w.eq_ignore_ascii_case(word)).map(|(_, c)| *c)
}

/// The unit named by `word` (singular or plural).
fn unit_of(word: &str) -> Option<&'static Unit> {
    UNITS.iter().find(|u| u.one.eq_ignore_ascii_case(word) || u.many.eq_ignore_ascii_case(word))
}

/// Whether `word` names a unit of time.
fn is_unit(word: &str) -> bool {
    unit_of(word).is_some()
}

/// The value of a number word ("seven", "twenty", "twenty-four").
fn number_word(w: &str) -> Option<u32> {
    if let Some(n) = SMALL_NUMBERS.iter().position(|x| *x == w) {
        return Some(n as u32);
    }
    if let Some(n) = TENS.iter().position(|x| !x.is_empty() && *x == w) {
        return Some(n as u32 * 10);
    }
    if let Some((a, b)) = w.split_once('-') {
        let t = TENS.iter().position(|x| !x.is_empty() && *x == a)? as u32;
        let u = SMALL_NUMBERS[1..10].iter().position(|x| *x == b)? as u32 + 1;
        return Some(t * 10 + u);
    }
    match w {
        "hundred" => Some(100),
        "dozen" => Some(12),
        _ => None,
    }
}

/// A plain unsigned number.
fn num(w: &str) -> Option<u32> {
    if w.is_empty() || w.len() > 4 || !w.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    w.parse().ok()
}

/// A day of the month written as an ordinal word, lowercase: "eighth" is 8,
/// "twenty-first" 21, "thirtieth" 30.
fn ordinal_day(w: &str) -> Option<u32> {
    let at = |o: &str| DAY_ORDINALS.iter().position(|x| *x == o).map(|k| k as u32 + 1);
    if w == "thirtieth" {
        return Some(30);
    }
    match w.split_once('-') {
        Some(("twenty", o)) => at(o).filter(|&n| n < 10).map(|n| 20 + n),
        Some(("thirty", "first")) => Some(31),
        Some(_) => None,
        None => at(w),
    }
}

/// A day of the month: "17", "17th", "1st".
fn day_number(w: &str) -> Option<u32> {
    let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &w[digits.len()..];
    if !matches!(suffix, "" | "st" | "nd" | "rd" | "th") {
        return None;
    }
    if digits.len() > 2 {
        return None;
    }
    num(digits)
}

/// An ISO date written as one token: "2025-03-17".
fn iso_date(w: &str) -> Option<NaiveDate> {
    if w.len() != 10 || w.as_bytes()[4] != b'-' || w.as_bytes()[7] != b'-' {
        return None;
    }
    NaiveDate::parse_from_str(w, "%Y-%m-%d").ok()
}

/// A hyphenated count-and-unit word: "two-year", "30-day", "five-year-old".
fn hyphen_quantity(w: &str) -> Option<(Option<u32>, &'static Unit, bool)> {
    let mut parts = w.split('-');
    let first = parts.next()?.to_ascii_lowercase();
    let mut second = parts.next()?.to_ascii_lowercase();
    let mut n = number_word(&first).or_else(|| num(&first));
    // "twenty-four-hour"
    if n.is_some_and(|v| v >= 20 && v % 10 == 0) {
        if let Some(u) = number_word(&second).filter(|&u| u < 10) {
            n = n.map(|t| t + u);
            second = parts.next()?.to_ascii_lowercase();
        }
    }
    // "a several-year tenure", "a multi-year contract": a vague count, as in "several
    // years" (`PXY`).
    let n = if first == "multi" || VAGUE_COUNTS.contains(&first.as_str()) { None } else { Some(n?) };
    let u = unit_of(&second)?;
    // "three-quarters" is a fraction; "two-year" is singular in the adjective.
    if !u.one.eq_ignore_ascii_case(&second) && (u.letter == 'Q' || !second.ends_with('s')) {
        return None;
    }
    Some((n, u, parts.next().is_some()))
}

/// The ISO 8601 duration of `n` and a half `unit`s: "2 1/2 years" → `P2Y6M`, "a minute
/// and a half" → `PT1M30S`, "half an hour" → `PT30M`.
fn half_duration(n: u32, u: &Unit) -> String {
    let whole = |s: &mut String, n: u32, letter: char| {
        if n > 0 {
            s.push_str(&format!("{n}{letter}"));
        }
    };
    let mut s = String::from("P");
    match (u.letter, u.clock) {
        ('Y', _) if u.factor > 1 => s.push_str(&format!("{}Y", n.saturating_mul(u.factor) + u.factor / 2)),
        ('Y', _) => {
            whole(&mut s, n, 'Y');
            s.push_str("6M");
        }
        ('Q', _) => {
            whole(&mut s, n.saturating_mul(3), 'M');
            s.push_str("1M15D");
        }
        ('M', false) => {
            whole(&mut s, n, 'M');
            s.push_str("15D");
        }
        ('W', _) => s.push_str(&format!("{}DT12H", n.saturating_mul(7) + 3)),
        ('D', _) => {
            whole(&mut s, n, 'D');
            s.push_str("T12H");
        }
        ('H', _) => {
            s.push('T');
            whole(&mut s, n, 'H');
            s.push_str("30M");
        }
        ('M', true) => {
            s.push('T');
            whole(&mut s, n, 'M');
            s.push_str("30S");
        }
        _ => return duration(Some(n), u),
    }
    s
}

/// The ISO 8601 duration of `n` `unit`s (`PXY` when the count is unknown).
fn duration(n: Option<u32>, u: &Unit) -> String {
    let t = if u.clock { "T" } else { "" };
    match n {
        Some(n) => format!("P{t}{}{}", n.saturating_mul(u.factor), u.letter),
        None if u.factor == 10 => "PXDE".into(),
        None if u.factor == 100 => "PXCE".into(),
        None => format!("P{t}X{}", u.letter),
    }
}

/// A year as four digits (negative years keep their sign).
fn year4(y: i32) -> String {
    if y < 0 {
        format!("-{:04}", -y)
    } else {
        format!("{y:04}")
    }
}

/// A day as `YYYY-MM-DD`.
fn ymd(d: NaiveDate) -> String {
    format!("{}-{:02}-{:02}", year4(d.year()), d.month(), d.day())
}

/// The ISO week of `d` as `YYYY-Www`.
fn week_value(d: NaiveDate) -> String {
    let w = d.iso_week();
    format!("{}-W{:02}", year4(w.year()), w.week())
}

/// `d` shifted by `n` days (saturating at the calendar's ends).
fn add_days(d: NaiveDate, n: i64) -> NaiveDate {
    let r =
        if n >= 0 { d.checked_add_days(Days::new(n as u64)) } else { d.checked_sub_days(Days::new(n.unsigned_abs())) };
    r.unwrap_or(d)
}

/// `d` shifted by `n` months (clamping the day).
fn shift_months(d: NaiveDate, n: i64) -> NaiveDate {
    let m = Months::new(n.unsigned_abs().min(u32::MAX as u64) as u32);
    let r = if n >= 0 { d.checked_add_months(m) } else { d.checked_sub_months(m) };
    r.unwrap_or(d)
}

/// The year of `first` in a pair of year-less months "`first` and `second`": the one
/// whose pair lies nearest `r` (its middle, in months), the earlier on a tie.
fn pair_year(r: NaiveDate, first: u32, second: u32) -> i32 {
    let at = |y: i32, m: u32| y * 12 + m as i32 - 1;
    let here = 2 * at(r.year(), r.month());
    let gap = (second as i32 - first as i32).rem_euclid(12);
    [r.year() - 1, r.year(), r.year() + 1]
        .into_iter()
        .min_by_key(|&y| ((2 * at(y, first) + gap - here).abs(), y))
        .unwrap_or(r.year())
}

/// Whether month `m`, naming an election without a year or a tense cue in reference
/// month `rm` of year `ry` ("the November election", or a November in talk of voting:
/// "can win in November"), is this year's November: the US general election, held in
/// every even year, which the news previews all year ("the November election", said
/// in January, is ten months ahead, beyond the reach of other scheduled events).
fn election_month(ry: i32, rm: u32, m: u32) -> bool {
    m == 11 && rm < 11 && ry % 2 == 0
}

/// The quarter (1–4) of a month.
fn quarter_of(month: u32) -> u32 {
    (month.saturating_sub(1)) / 3 + 1
}

/// Quarter `q` of year `y` shifted by `n` quarters.
fn shift_quarter(y: i32, q: u32, n: i64) -> (i32, u32) {
    let idx = i64::from(y) * 4 + i64::from(q) - 1 + n;
    (idx.div_euclid(4) as i32, idx.rem_euclid(4) as u32 + 1)
}

/// The `month`/`day` date nearest to `r`: within the year before it for the past
/// (`Some(false)`), the year after it for the future, else the nearest either way.
fn nearest_day(r: NaiveDate, month: u32, day: u32, future: Option<bool>) -> Option<NaiveDate> {
    nearest_yearly(r, future, |y| NaiveDate::from_ymd_opt(y, month, day))
}

/// The yearly date `in_year` nearest to `r`, as [`nearest_day`] chooses.
fn nearest_yearly(r: NaiveDate, future: Option<bool>, in_year: impl Fn(i32) -> Option<NaiveDate>) -> Option<NaiveDate> {
    let candidates = [r.year() - 1, r.year(), r.year() + 1];
    let dates = || candidates.iter().filter_map(|&y| in_year(y));
    let days = |d: &NaiveDate| d.signed_duration_since(r).num_days();
    // The tense picks the side, unless that lands most of a year away: "Jan. 14" said
    // on Jan. 6 is next week even in a past-tense sentence.
    let by_tense = match future {
        Some(false) => dates().filter(|d| (-MAX_TENSE_DAYS..=0).contains(&days(d))).max(),
        Some(true) => dates().filter(|d| (0..=MAX_TENSE_DAYS).contains(&days(d))).min(),
        None => None,
    };
    by_tense.or_else(|| dates().min_by_key(|d| (days(d).abs(), *d > r)))
}

/// The `wd` nearest `r`: on or before it for the past, on or after it for the future;
/// `strict` excludes `r` itself ("last Friday" said on a Friday).
fn weekday_near(r: NaiveDate, wd: Weekday, future: bool, strict: bool) -> NaiveDate {
    let from = r.weekday().num_days_from_monday() as i64;
    let to = wd.num_days_from_monday() as i64;
    if future {
        let mut d = (to - from).rem_euclid(7);
        if d == 0 && strict {
            d = 7;
        }
        add_days(r, d)
    } else {
        let mut d = (from - to).rem_euclid(7);
        if d == 0 && strict {
            d = 7;
        }
        add_days(r, -d)
    }
}

/// Parses a calendar TIMEX3 value this module writes.
fn parse_cal(v: &str) -> Option<Cal> {
    let b = v.as_bytes();
    if b.len() < 4 || !b[..4].iter().all(u8::is_ascii_digit) {
        return None;
    }
    let y: i32 = v[..4].parse().ok()?;
    match b.len() {
        4 => Some(Cal::Year(y)),
        7 if b[5] == b'Q' && (b'1'..=b'4').contains(&b[6]) => Some(Cal::Quarter(y, u32::from(b[6] - b'0'))),
        7 => Some(Cal::Month(y, v[5..7].parse().ok()?)),
        10 => iso_date(v).map(Cal::Day),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each timex's text and value, in order.
    fn text_values(found: &[Timex]) -> Vec<(&str, &str)> {
        found.iter().map(|t| (t.text.as_str(), t.value.as_str())).collect()
    }

    fn date(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, d)
    }

    /// (sentence, expected text, type, value) with the given creation date.
    fn check(dct: Option<NaiveDate>, cases: &[(&str, &str, TimexType, &str)]) {
        for (sentence, text, kind, value) in cases {
            let found = extract(sentence, &[], dct);
            let hit = found.iter().find(|t| t.text == *text);
            let Some(hit) = hit else {
                panic!("{sentence:?}: expected {text:?}, found {found:?}");
            };
            assert_eq!((hit.kind, hit.value.as_str()), (*kind, *value), "{sentence:?}");
        }
    }

    #[test]
    fn seed_article_dates_resolve_without_publication_date() {
        let text = "On March 17, 2025, Japanese defense experts shared insights with NHK. \
                    This potential telephone consultation is set for March 18, where Trump is expected to talk.";
        let found = extract(text, &[], None);
        let got = text_values(&found);
        assert_eq!(got, [("March 17, 2025", "2025-03-17"), ("March 18", "2025-03-18")]);
    }

    #[test]
    fn without_publication_date_the_latest_written_date_anchors() {
        let text = "On March 17, 2025, the council met. It first met in 2016, in June. \
                    The next session is on May 2.";
        let found = extract(text, &[], None);
        let got = text_values(&found);
        assert_eq!(
            got,
            [("March 17, 2025", "2025-03-17"), ("2016", "2016"), ("June", "2016-06"), ("May 2", "2016-05-02")]
        );
    }

    #[test]
    fn explicit_dates() {
        use TimexType::*;
        check(
            date(1998, 8, 10),
            &[
                ("The embassy was bombed on Aug. 7, 1998, in Nairobi.", "Aug. 7, 1998", Date, "1998-08-07"),
                ("Shares closed on Aug. 3 at a record.", "Aug. 3", Date, "1998-08-03"),
                ("The offer expired Nov. 30.", "Nov. 30", Date, "1997-11-30"),
                ("The offer will expire Sept. 30.", "Sept. 30", Date, "1998-09-30"),
                ("The treaty took effect 17 March 2025.", "17 March 2025", Date, "2025-03-17"),
                ("Prices peaked in July 1997 before the crash.", "July 1997", Date, "1997-07"),
                ("The filing is dated 2025-03-17.", "2025-03-17", Date, "2025-03-17"),
                ("Talks will resume in January, officials said.", "January", Date, "1999-01"),
                ("Sales fell in 1990 and recovered.", "1990", Date, "1990"),
                ("Growth slowed in the mid-1990s.", "the mid-1990s", Date, "199"),
                ("Inflation soared in the 1970s, he said.", "the 1970s", Date, "197"),
                ("Profit rose in fiscal 1989.", "fiscal 1989", Date, "1989"),
            ],
        );
    }

    #[test]
    fn relative_dates() {
        use TimexType::*;
        // A Monday.
        check(
            date(1989, 10, 30),
            &[
                ("The company said Friday it would cut jobs.", "Friday", Date, "1989-10-27"),
                ("The company said Thursday it had sold the unit.", "Thursday", Date, "1989-10-26"),
                ("Talks will resume Wednesday.", "Wednesday", Date, "1989-11-01"),
                ("Stocks fell yesterday in heavy trading.", "yesterday", Date, "1989-10-29"),
                ("Officials met today.", "today", Date, "1989-10-30"),
                ("The board met last week.", "last week", Date, "1989-W43"),
                ("Sales will improve next month.", "next month", Date, "1989-11"),
                ("Earnings rose last year.", "last year", Date, "1988"),
                ("He left the firm last June.", "last June", Date, "1989-06"),
                ("The plan is now under review.", "now", Date, "PRESENT_REF"),
                ("The bank recently raised rates.", "recently", Date, "PAST_REF"),
                ("Rates may rise in the future.", "the future", Date, "FUTURE_REF"),
                ("Net income rose in the third quarter.", "the third quarter", Date, "1989-Q3"),
                ("Third-quarter profit fell.", "Third-quarter", Date, "1989-Q3"),
                ("Sales rose earlier this year.", "earlier this year", Date, "1989"),
                // Expected ahead, and this spring is over: next spring.
                ("The vote is expected this spring.", "this spring", Date, "1990-SP"),
                ("The talks will resume Tuesday morning.", "Tuesday morning", Time, "1989-10-31TMO"),
                ("The market closed at 3 p.m. yesterday.", "3 p.m. yesterday", Time, "1989-10-29T15:00"),
                ("Trading halted at 10:30 a.m. EST.", "10:30 a.m. EST", Time, "1989-10-30T10:30"),
                ("The vote closes at 14:00 GMT.", "14:00 GMT", Time, "1989-10-30T14:00Z"),
                ("The Dow was down 2.6% at 16:08 UTC.", "16:08 UTC", Time, "1989-10-30T16:08Z"),
                ("GM filed for protection at 12:00 UTC Monday.", "12:00 UTC Monday", Time, "1989-10-30T12:00Z"),
                ("Profit doubled in Q3 1989.", "Q3 1989", Date, "1989-Q3"),
                ("Revenue guidance for FY1990 was cut.", "FY1990", Date, "1990"),
                ("The ruling is dated 26/10/1989.", "26/10/1989", Date, "1989-10-26"),
                ("He was born on the 3rd of May 1950.", "3rd of May 1950", Date, "1950-05-03"),
            ],
        );
    }

    /// Counts with ranges, fractions, fillers and "or so" are one expression.
    #[test]
    fn vague_and_fractional_counts_are_one_expression() {
        use TimexType::*;
        check(
            date(2025, 3, 19),
            &[
                ("Shipments will resume within two to three weeks.", "two to three weeks", Duration, "P2W"),
                ("Refugees lived in the camps for 2 1/2 years.", "2 1/2 years", Duration, "P2Y6M"),
                ("The jet is two and a half years behind schedule.", "two and a half years", Duration, "P2Y6M"),
                ("A minute and a half later, the pilot called.", "A minute and a half", Duration, "PT1M30S"),
                ("The vote took half an hour.", "half an hour", Duration, "PT30M"),
                ("The fleet may stay for at least 20 more years.", "at least 20 more years", Duration, "P20Y"),
                ("The yen rose after six straight days of losses.", "six straight days", Duration, "P6D"),
                ("Rates should ease over the next year or so.", "the next year or so", Date, "2026"),
                ("A week or so ago, the general picked the date.", "A week or so ago", Date, "2025-03-12"),
                ("The captive probably died within weeks or months.", "weeks or months", Duration, "PXW"),
                ("Shots were fired around 7:15 p.m. near the port.", "around 7:15 p.m.", Time, "2025-03-19T19:15"),
                ("The merger should close around year end.", "around year end", Date, "2025"),
                ("The reporter vanished almost two years ago.", "almost two years ago", Date, "2023"),
            ],
        );
    }

    /// The verb nearest a weekday or month decides its side of the reference date.
    #[test]
    fn tense_of_the_governing_verb_anchors_weekdays_and_months() {
        use TimexType::*;
        // A Wednesday.
        check(
            date(2025, 3, 19),
            &[
                // The nearest verb governs: "said" before the day, "will" after it.
                ("The company said Friday it will cut 300 jobs.", "Friday", Date, "2025-03-14"),
                ("The company said it will cut 300 jobs Friday.", "Friday", Date, "2025-03-21"),
                // Irregular past tenses count: "told", "sold".
                ("A spokeswoman said the company told customers Monday about the flaw.", "Monday", Date, "2025-03-17"),
                // No cue at all: news reports what happened, the day on or before.
                ("Volume rose to 180 million shares, up from 150 million Thursday.", "Thursday", Date, "2025-03-13"),
                // Intentions point ahead.
                ("Peace talks are set to resume Monday in Geneva.", "Monday", Date, "2025-03-24"),
                ("Trading is to resume in Paris Tuesday.", "Tuesday", Date, "2025-03-25"),
                ("Stock markets will remain closed until Friday.", "Friday", Date, "2025-03-21"),
                ("Markets stay closed until Friday, regulators said.", "Friday", Date, "2025-03-21"),
                ("International Women's Day is this coming Sunday.", "this coming Sunday", Date, "2025-03-23"),
                // "by" looks ahead unless the verb before it is past.
                ("The talks are supposed to conclude by May, diplomats noted.", "May", Date, "2025-05"),
                ("All members had filed their reports by Monday.", "Monday", Date, "2025-03-17"),
            ],
        );
        check(
            date(1989, 11, 2),
            &[
                // A month with no cue: behind unless at most four months ahead.
                ("Its shares traded at $42 in June, up from $29.75 in March.", "March", Date, "1989-03"),
                ("Shares in the unit are payable in January.", "January", Date, "1990-01"),
            ],
        );
        // A two-digit year takes the century nearest the reference.
        check(date(2007, 7, 9), &[("The jet was unveiled on 7/8/07 in Everett.", "7/8/07", Date, "2007-07-08")]);
        check(date(1989, 10, 26), &[("The ruling is dated 10/26/89.", "10/26/89", Date, "1989-10-26")]);
    }

    #[test]
    fn a_verb_past_a_comma_does_not_govern_the_clause_before_it() {
        use TimexType::*;
        // 2016 campaign coverage, published Wednesday 27 April 2016.
        check(
            date(2016, 4, 27),
            &[
                // The relative clause's "won" governs, not the main clause's "will".
                ("Sanders, who won Rhode Island on Tuesday, will now focus on policy.", "Tuesday", Date, "2016-04-26"),
                // The main clause ahead, the date behind the comma: "will" still governs.
                ("Clinton will campaign in Ohio on Friday, aides said.", "Friday", Date, "2016-04-29"),
                // A clause on the date itself counts: "in July, where … will".
                (
                    "The party invited him to the convention in July, where Trump will be named the nominee.",
                    "July",
                    Date,
                    "2016-07",
                ),
                // "next" is no verb: the verb past the comma governs.
                ("His next rally, on April 2, was held in Wisconsin.", "April 2", Date, "2016-04-02"),
                // An expectation points ahead.
                ("The suspect is likely to appear in court Thursday.", "Thursday", Date, "2016-04-28"),
                // "By" opening a sentence takes the verb after the date; inside one,
                // a deadline still lies ahead.
                ("By Sunday morning, rival campaigns had posted the clip.", "Sunday morning", Time, "2016-04-24TMO"),
                ("Aides hope that by Sunday morning, the count is over.", "Sunday morning", Time, "2016-05-01TMO"),
            ],
        );
    }

    #[test]
    fn reports_possessive_dates_and_short_past_verbs() {
        use TimexType::*;
        // Published Tuesday 28 June 2016, the day after a Supreme Court ruling.
        check(
            date(2016, 6, 28),
            &[
                // After a possessive date the verb is about its event's consequences.
                ("Monday's vote will shape the city budget.", "Monday", Date, "2016-06-27"),
                // Words before it may still put it ahead.
                ("Delegates are hoping Saturday's convention will unite the party.", "Saturday", Date, "2016-07-02"),
                ("Senators met ahead of Thursday's vote.", "Thursday", Date, "2016-06-30"),
                // What follows a report's participle was reported, not when.
                (
                    "The bank ended its meeting on Friday by announcing it would buy more bonds.",
                    "Friday",
                    Date,
                    "2016-06-24",
                ),
                ("He joined the debate, announcing on Monday he would meet the group.", "Monday", Date, "2016-06-27"),
                // "died" is past though short; "soon after" takes no side.
                (
                    "The former first lady, who died Sunday at 94, will be buried in California.",
                    "Sunday",
                    Date,
                    "2016-06-26",
                ),
                ("Soon after Sunday's shooting he posted a message.", "Sunday", Date, "2016-06-26"),
                // "Mr." ends no clause: the verb after it still governs.
                ("On Thursday, Mr. Obama will visit the city.", "Thursday", Date, "2016-06-30"),
                // A capitalised "-ed" verb opening a sentence is past too.
                ("Asked on Monday whether Mr. Obama would campaign, he laughed.", "Monday", Date, "2016-06-27"),
                // A plan reported in the past tense mostly lies behind.
                ("He was scheduled to leave the state late Monday.", "late Monday", Date, "2016-06-27"),
                // A participle after "be" or a number is no past tense.
                ("The convention will be held in Cleveland in July.", "July", Date, "2016-07"),
                ("Entering the final contests in July, she leads by 271 pledged delegates.", "July", Date, "2016-07"),
                // A looming event lies ahead; a colon ends the clause.
                ("He was not hopeful about the looming showdown in July.", "July", Date, "2016-07"),
                ("He leaned in and boomed: \"Let's beat her in August.\"", "August", Date, "2016-08"),
            ],
        );
        // Said in December: a season already over, spoken of ahead, is next year's.
        check(
            date(2015, 12, 21),
            &[
                ("The couple are expecting their second child this summer.", "this summer", Date, "2016-SU"),
                ("Sales slumped this summer.", "this summer", Date, "2015-SU"),
            ],
        );
    }

    #[test]
    fn a_wire_dateline_is_the_day_the_story_counts_from() {
        use TimexType::*;
        // A UPI story filed on Tuesday 8 December 2015 and dated the 7th by its publisher.
        let text = "Campaign responds.\n\nWASHINGTON, Dec. 8 (UPI) -- A producer said Tuesday morning \
                    that the interview was canceled. The poll was released Monday.";
        let found = extract(text, &[], date(2015, 12, 7));
        let got: Vec<(&str, TimexType, &str)> =
            found.iter().map(|t| (t.text.as_str(), t.kind, t.value.as_str())).collect();
        assert_eq!(
            got,
            [
                ("Dec. 8", Date, "2015-12-08"),
                ("Tuesday morning", Time, "2015-12-08TMO"),
                ("Monday", Date, "2015-12-07")
            ]
        );
        // A date in a sentence is no dateline; nor is one far from the publication date.
        for text in [
            "Officials said, Dec. 8 (a Tuesday) was chosen. A producer said Tuesday morning it was off.",
            "WASHINGTON, Oct. 8 (UPI) -- A producer said Tuesday morning it was off.",
        ] {
            let found = extract(text, &[], date(2015, 12, 7));
            let t = found.iter().find(|t| t.text == "Tuesday morning").unwrap();
            assert_eq!(t.value, "2015-12-01TMO", "{text}");
        }
    }

    #[test]
    fn a_period_of_a_named_year_is_one_expression() {
        use TimexType::*;
        // Wikinews, 7 May 2009 and 28 January 2010.
        check(
            date(2009, 5, 7),
            &[
                (
                    "In the first quarter of last year, GM had reported a loss of $381 million.",
                    "the first quarter of last year",
                    Date,
                    "2008-Q1",
                ),
                (
                    "Ford earned $997 million in the third quarter of this year.",
                    "the third quarter of this year",
                    Date,
                    "2009-Q3",
                ),
                ("The index has risen since the summer of last year.", "the summer of last year", Date, "2008-SU"),
            ],
        );
        check(
            date(2010, 1, 28),
            &[
                (
                    "For the final quarter of 2009, Ford says it made profits of $868 million.",
                    "the final quarter of 2009",
                    Date,
                    "2009-Q4",
                ),
                ("Analysts expect lower earnings for the last half of 2010.", "the last half of 2010", Date, "2010-H2"),
                (
                    "Prices were last this low in the winter of nineteen ninety-four.",
                    "the winter of nineteen ninety-four",
                    Date,
                    "1994-WI",
                ),
                // Without "of" and a year, "the last quarter" is still the one before.
                ("Sales fell in the last quarter.", "the last quarter", Date, "2009-Q4"),
            ],
        );
    }

    #[test]
    fn hundreds_and_thousands_count_units() {
        use TimexType::*;
        check(
            date(1998, 1, 21),
            &[
                (
                    "The glassblowers have kept their secrets for more than two thousand years.",
                    "more than two thousand years",
                    Duration,
                    "P2000Y",
                ),
                ("The mill ran for almost a hundred years.", "almost a hundred years", Duration, "P100Y"),
                ("The town was founded two hundred years ago.", "two hundred years ago", Date, "1798"),
                // The year itself is still a year.
                ("The deal runs to the year two thousand.", "the year two thousand", Date, "2000"),
            ],
        );
    }

    #[test]
    fn two_digit_decades_after_the() {
        use TimexType::*;
        // Wikinews, 2007: "the 'boxy' cars of the 70s and 80s".
        check(
            date(2007, 1, 7),
            &[
                ("It reminded Detroit of the boxy cars of the 70s and 80s.", "the 70s", Date, "197"),
                ("It reminded Detroit of the boxy cars of the 70s and 80s.", "80s", Date, "198"),
            ],
        );
        check(date(2007, 1, 7), &[("Fashion of the 60s, 70s and 80s returned.", "80s", Date, "198")]);
        // Ages in a list that "their" opens, and a rating, are no decades.
        for text in [
            "Highs will be in the 70s on Sunday.",
            "Both men are in their 70s.",
            "Workers in their 30s, 40s and 50s earned more.",
            "The mayor's approval rating fell into the mid-20s.",
        ] {
            let found = extract(text, &[], date(2007, 1, 7));
            assert!(found.iter().all(|t| t.value.len() != 3), "{text:?}: {found:?}");
        }
    }

    #[test]
    fn overtaken_plans_and_effective_dates() {
        use TimexType::*;
        // A Monday.
        check(
            date(1989, 10, 30),
            &[
                // "had been" turns a plan into the past: the offer was extended.
                ("The offer had been due to expire Friday evening.", "Friday evening", Time, "1989-10-27TEV"),
                (
                    "The tender offer had been scheduled to expire at midnight Friday.",
                    "midnight Friday",
                    Time,
                    "1989-10-27T24:00",
                ),
                ("The offer is due to expire Friday evening.", "Friday evening", Time, "1989-11-03TEV"),
                // The day a change takes effect lies ahead.
                ("It named a four-member office of the chairman, effective Feb. 1.", "Feb. 1", Date, "1990-02-01"),
            ],
        );
    }

    #[test]
    fn the_previous_weekday_counts_from_the_day_last_named() {
        use TimexType::*;
        // A Monday.
        check(
            date(1989, 10, 30),
            &[
                (
                    "The index closed at 2645.08 on Friday, down 4.5% from the previous Friday.",
                    "the previous Friday",
                    Date,
                    "1989-10-20",
                ),
                (
                    "The talks opened on Tuesday, Oct. 17, and resumed the following Monday.",
                    "the following Monday",
                    Date,
                    "1989-10-23",
                ),
                // "last Friday" still counts from the publication date.
                ("The index closed at 2645.08 last Friday.", "last Friday", Date, "1989-10-27"),
            ],
        );
    }

    #[test]
    fn a_year_end_looked_back_on_is_last_years() {
        use TimexType::*;
        check(
            date(1989, 10, 30),
            &[
                ("The percentage change is since year-end.", "year-end", Date, "1988-12-31"),
                ("The company had 300 stores at year-end.", "year-end", Date, "1988-12-31"),
                ("The transaction is expected to close by year-end.", "year-end", Date, "1989-12-31"),
            ],
        );
    }

    #[test]
    fn a_line_break_ends_an_expression() {
        // Wikinews: the headline, then the dateline on its own line.
        let text = "Russian markets to remain closed until Friday\nSeptember 18, 2008\nThe Russian government said…";
        let found = extract(text, &[], date(2008, 9, 18));
        let got = text_values(&found);
        assert_eq!(got, [("Friday", "2008-09-19"), ("September 18, 2008", "2008-09-18")]);
        // On one line, the date says which Friday.
        check(
            date(2008, 9, 18),
            &[(
                "Trading resumes Friday, September 19, 2008.",
                "Friday, September 19, 2008",
                TimexType::Date,
                "2008-09-19",
            )],
        );
    }

    #[test]
    fn a_couple_without_a_counts_two() {
        check(
            date(1989, 10, 26),
            &[(
                "Over the next couple of years we would not be surprised to see Europe grow.",
                "the next couple of years",
                TimexType::Duration,
                "P2Y",
            )],
        );
    }

    #[test]
    fn parts_of_the_day_reported() {
        use TimexType::*;
        // Wikinews, 3 March 2010: "Ford's stock rose to a five-year high in morning trading".
        check(
            date(2010, 3, 3),
            &[("Ford's stock rose to a five-year high in morning trading.", "morning", Time, "2010-03-03TMO")],
        );
        check(
            date(1989, 10, 30),
            &[
                // The day last named.
                (
                    "Stocks fell on Friday. Dealers placed buy orders in the morning.",
                    "the morning",
                    Time,
                    "1989-10-27TMO",
                ),
                (
                    "Prices fell on Friday. By mid afternoon, sources were saying the talks had failed.",
                    "mid afternoon",
                    Time,
                    "1989-10-27TAF",
                ),
                (
                    "In London at mid-afternoon yesterday, the shares were up 2 pence.",
                    "mid-afternoon yesterday",
                    Time,
                    "1989-10-29TAF",
                ),
            ],
        );
        for text in
            ["He recalled the morning of the attack.", "The evening news led with it.", "She reads the Morning Star."]
        {
            let found = extract(text, &[], date(1989, 10, 30));
            assert!(found.is_empty(), "{text:?}: {found:?}");
        }
    }

    #[test]
    fn four_digit_clock_times_with_a_zone() {
        use TimexType::*;
        // Wikinews, 18 September 2008.
        check(
            date(2008, 9, 18),
            &[
                (
                    "At 0800 UTC, the Bank of Canada, the Bank of England and others injected cash.",
                    "0800 UTC",
                    Time,
                    "2008-09-18T08:00Z",
                ),
                ("The ceasefire took effect at 2230 GMT.", "2230 GMT", Time, "2008-09-18T22:30Z"),
            ],
        );
        // Not a clock: 98 minutes.
        check(date(2008, 9, 18), &[("The 1998 GMT rules changed.", "1998", Date, "1998")]);
    }

    #[test]
    fn a_number_inside_a_name_is_not_a_year() {
        // Wikinews, 24 February 2009.
        let text = "The Russell 2000 Index of smaller companies dropped by five percent.";
        assert!(extract(text, &[], date(2009, 2, 24)).is_empty());
        // An event's name with its year is that year.
        check(date(2005, 6, 6), &[("Steve Jobs gives opening keynote to WWDC 2005.", "2005", TimexType::Date, "2005")]);
    }

    #[test]
    fn an_open_end_belongs_to_the_date() {
        use TimexType::*;
        check(
            date(1989, 10, 26),
            &[
                ("The utility expects demand to grow in 1990 and beyond.", "1990 and beyond", Date, "1990"),
                ("The warrants cannot be exercised until 1994 or later.", "1994 or later", Date, "1994"),
                // "or earlier this year" is a second expression.
                ("The plant may close in 1995 or earlier this year.", "1995", Date, "1995"),
            ],
        );
    }

    #[test]
    fn a_week_of_a_month_is_the_week_of_its_thursday() {
        use TimexType::*;
        check(
            date(2009, 4, 1),
            &[
                // Wikinews, 1 April 2009.
                ("GM said car sales rebounded in the last week of March.", "the last week of March", Date, "2009-W13"),
                // May 2009 opens on a Friday: its first Thursday is the 7th.
                ("The talks open in the first week of May 2009.", "the first week of May 2009", Date, "2009-W19"),
                ("Sales rose in the second week of January 2010.", "the second week of January 2010", Date, "2010-W02"),
            ],
        );
    }

    /// "the last week of 2015" is one expression, as "the third quarter of 1990" is:
    /// the year's weeks go by their Thursdays too, and days and months by their place.
    #[test]
    fn a_week_day_or_month_of_a_year_is_one_expression() {
        use TimexType::*;
        check(
            date(2016, 1, 28),
            &[
                // 31 December 2015 is a Thursday: the year's 53rd ISO week.
                ("Toy sales jumped in the last week of 2015.", "the last week of 2015", Date, "2015-W53"),
                // 2016 opens on a Friday: its first Thursday falls in week 1 on the 7th.
                ("The tolls rise in the first week of 2016.", "the first week of 2016", Date, "2016-W01"),
                ("The pier closed on the last day of 2015.", "the last day of 2015", Date, "2015-12-31"),
                (
                    "The new tax applies from the first day of March 2016.",
                    "the first day of March 2016",
                    Date,
                    "2016-03-01",
                ),
                ("Filings peaked in the final month of last year.", "the final month of last year", Date, "2015-12"),
                (
                    "The fair ends on the last day of February 2016.",
                    "the last day of February 2016",
                    Date,
                    "2016-02-29",
                ),
            ],
        );
    }

    /// "It's the third day of the strike": the day the present tense says it is, now.
    #[test]
    fn an_ordinal_day_that_it_is_now_is_the_reference_day() {
        use TimexType::*;
        check(
            date(2016, 1, 28),
            &[
                ("It's the third day of the dock strike in the port.", "the third day", Date, "2016-01-28"),
                ("Shops are shut as it is the fifth day of the curfew.", "the fifth day", Date, "2016-01-28"),
            ],
        );
        // Told in the past, the day is not today's.
        let found = extract("The ferry sank on the second day of the storm.", &[], date(2016, 1, 28));
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn intensifiers_belong_to_deictic_words() {
        use TimexType::*;
        check(
            date(2007, 1, 18),
            &[
                ("More recently, Apple has sold more iPods.", "More recently", Date, "PAST_REF"),
                ("He was most recently chief executive of the unit.", "most recently", Date, "PAST_REF"),
                ("Job cuts at Opel will come very soon.", "very soon", Date, "FUTURE_REF"),
                ("The market is right now very volatile.", "right now", Date, "PRESENT_REF"),
                // Wikinews: "sales have increased from the same period of the last year".
                (
                    "Sales doubled from the same period of the last year.",
                    "the same period of the last year",
                    Date,
                    "2005-Q4",
                ),
            ],
        );
        // Alone, the intensifiers are no dates.
        for text in ["Most analysts agree.", "The very idea.", "Turn right at the bank."] {
            assert!(extract(text, &[], date(2007, 1, 18)).is_empty(), "{text:?}");
        }
    }

    #[test]
    fn durations_and_sets() {
        use TimexType::*;
        check(
            date(1989, 10, 30),
            &[
                ("The strike lasted two days.", "two days", Duration, "P2D"),
                ("Prices have doubled in a decade.", "a decade", Duration, "P10Y"),
                ("Sales rose over the past three years.", "the past three years", Duration, "P3Y"),
                ("It signed a two-year contract.", "two-year", Duration, "P2Y"),
                ("The council meets every week.", "every week", Set, "P1W"),
                ("The paper is published weekly.", "weekly", Set, "P1W"),
                ("The market is closed on Sundays.", "Sundays", Set, "XXXX-WXX-7"),
                ("Flights leave on Tuesday nights.", "Tuesday nights", Set, "XXXX-WXX-2TNI"),
                ("Orangemen march each July.", "each July", Set, "XXXX-07"),
                ("The plant closed three years ago.", "three years ago", Date, "1986"),
                ("Profit rose in the first nine months.", "the first nine months", Duration, "P9M"),
            ],
        );
    }

    /// A vague count before a hyphenated unit ("several-year", "multi-year") is an
    /// unknown number of units, as "several years" is.
    #[test]
    fn vague_hyphen_counts() {
        use TimexType::*;
        check(
            date(2004, 6, 9),
            &[
                (
                    "She returns after a several-year stint as the paper's Tokyo editor.",
                    "several-year",
                    Duration,
                    "PXY",
                ),
                ("The club signed its striker to a multi-year contract.", "multi-year", Duration, "PXY"),
                ("Doctors warned of a few-week wait for beds.", "few-week", Duration, "PXW"),
            ],
        );
    }

    /// A weekday joined to a weekday with a plural part of day ("Monday and Tuesday
    /// nights") recurs with it; a plain "Monday and Tuesday" stays two dates.
    #[test]
    fn weekday_shares_a_plural_day_part() {
        use TimexType::*;
        check(
            date(2004, 6, 9),
            &[
                (
                    "The airline said new flights would leave on Monday and Tuesday nights.",
                    "Monday",
                    Set,
                    "XXXX-WXX-1TNI",
                ),
                (
                    "The airline said new flights would leave on Monday and Tuesday nights.",
                    "Tuesday nights",
                    Set,
                    "XXXX-WXX-2TNI",
                ),
                ("The talks resumed on Monday and Tuesday.", "Monday", Date, "2004-06-07"),
            ],
        );
    }

    /// A frequency before "a"/"per" and a unit ("twice a week", "three times a day")
    /// is a recurrence of that unit, not a duration.
    #[test]
    fn frequencies_are_sets() {
        use TimexType::*;
        check(
            date(2004, 6, 9),
            &[
                ("The two leaders now speak twice a week by phone.", "twice a week", Set, "P1W"),
                ("Patients take the drug three times a day.", "three times a day", Set, "P1D"),
                ("The board meets once a month.", "once a month", Set, "P1M"),
            ],
        );
        let texts = |s: &str| extract(s, &[], date(2004, 6, 9)).into_iter().map(|t| t.text).collect::<Vec<_>>();
        assert!(texts("Once a deal is signed, the shares will trade.").is_empty());
    }

    /// The hand-written news fixtures in `tests/fixtures/timex/news.tsv`.
    #[test]
    fn news_fixtures() {
        let fixtures = include_str!("../../tests/fixtures/timex/news.tsv");
        for line in fixtures.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
            let cols: Vec<&str> = line.split('\t').collect();
            let [dct, sentence, text, kind, value] = cols[..] else { panic!("bad fixture line {line:?}") };
            let dct = NaiveDate::parse_from_str(dct, "%Y-%m-%d").ok();
            let kind = match kind {
                "DATE" => TimexType::Date,
                "TIME" => TimexType::Time,
                "DURATION" => TimexType::Duration,
                _ => TimexType::Set,
            };
            check(dct, &[(sentence, text, kind, value)]);
        }
    }

    #[test]
    fn business_periods_and_anaphora() {
        use TimexType::*;
        check(
            date(1989, 10, 26),
            &[
                ("Net rose in the 1988 third quarter.", "the 1988 third quarter", Date, "1988-Q3"),
                ("Sales in this year's third quarter rose.", "this year's third quarter", Date, "1989-Q3"),
                ("For the year ended Sept. 30, profit rose.", "the year", Duration, "P1Y"),
                ("Revenue rose 5% in the fourth quarter of 1988.", "the fourth quarter of 1988", Date, "1988-Q4"),
                ("It will close by year end, the bank said.", "year end", Date, "1989"),
                ("Shares rose in recent weeks.", "recent weeks", Duration, "PXW"),
                ("It expects gains in coming months.", "coming months", Date, "FUTURE_REF"),
                ("He was convicted in nineteen ninety-one in Los Angeles.", "nineteen ninety-one", Date, "1991"),
                ("The tender offer expires at 5 p.m. EST, Nov. 6.", "5 p.m. EST, Nov. 6", Time, "1989-11-06T17:00"),
                ("The boy was rescued last Thanksgiving.", "last Thanksgiving", Date, "1988-11-24"),
                ("Shops will close on Christmas Eve.", "Christmas Eve", Date, "1989-12-24"),
                ("Prices fell in mid-September.", "mid-September", Date, "1989-09"),
                ("It opened in the early summer.", "the early summer", Date, "1989-SU"),
                ("Net fell from $9 million in the year-ago quarter.", "the year-ago quarter", Date, "1988-Q3"),
                ("Orders rose in the current quarter.", "the current quarter", Date, "1989-Q4"),
            ],
        );
        // "a year earlier" after a quarter is that quarter a year before.
        let text = "Profit rose in the third quarter, up from $5 million a year earlier.";
        let found = extract(text, &[], date(1989, 10, 26));
        let values: Vec<&str> = found.iter().map(|t| t.value.as_str()).collect();
        assert_eq!(values, ["1989-Q3", "1988-Q3"]);
    }

    /// "the following month" counts from the latest date, even one not named outright.
    #[test]
    fn the_following_period_counts_from_the_latest_date() {
        let text = "In March, the board hired bankers. The following month, the company put itself up for sale.";
        let found = extract(text, &[], date(1989, 10, 27));
        let got = text_values(&found);
        assert_eq!(got, [("March", "1989-03"), ("The following month", "1989-04")]);
        let text = "Stocks rose on Friday, and jobs data released on the same day showed losses.";
        let found = extract(text, &[], date(2009, 4, 4));
        assert_eq!(found.iter().map(|t| t.value.as_str()).collect::<Vec<_>>(), ["2009-04-03", "2009-04-03"]);
    }

    /// A capitalised "Today" alone in quotation marks names a programme; a quoted
    /// sentence opening with it is a date.
    #[test]
    fn today_alone_in_quotation_marks_is_a_programme() {
        let text = "Mayor Lane told NBC\u{2019}s \u{201c}Today\u{201d} on Monday that she would run. \
                    She will co-host the ''Today'' show. \
                    \u{201c}Today, we vote,\u{201d} she said.";
        let found = extract(text, &[], date(2016, 3, 16));
        assert_eq!(text_values(&found), [("Monday", "2016-03-14"), ("Today", "2016-03-16")]);
    }

    /// A count in digits before a capitalised unit is a title in prose, not in a
    /// headline, which capitalises every word.
    #[test]
    fn a_count_before_a_capitalised_unit_is_a_title_in_prose() {
        let text = "The movie 13 Hours will open on Friday. The vote took 13 hours.";
        let found = extract(text, &[], date(2016, 3, 16));
        assert_eq!(text_values(&found), [("Friday", "2016-03-18"), ("13 hours", "PT13H")]);
        let found = extract("The senator spoke on CBS' ''60 Minutes.''", &[], date(2016, 3, 16));
        assert!(found.is_empty(), "{found:?}");
        let found = extract("Senate Passes Bill 2 Hours Before Deadline", &[], date(2016, 3, 16));
        assert_eq!(text_values(&found), [("2 Hours", "PT2H")]);
    }

    /// "This week" said on a Sunday is the week ahead when told in the future or owning
    /// an event, and the week ending that Sunday when told in the past.
    #[test]
    fn this_week_said_on_a_sunday_looks_ahead_unless_told_in_the_past() {
        let text = "Delegates head to this week's convention in Denver. \
                    The mayor will travel this week. \
                    The mayor spoke at a rally this week.";
        let found = extract(text, &[], date(2016, 3, 13));
        assert_eq!(
            text_values(&found),
            [("this week", "2016-W11"), ("this week", "2016-W11"), ("this week", "2016-W10")]
        );
        let found = extract("The mayor will travel this week.", &[], date(2016, 3, 16));
        assert_eq!(text_values(&found), [("this week", "2016-W11")]);
    }

    /// "the next day" and "the next morning" count from the latest date, like "the
    /// following day"; with none before, from the reference; "the next week" counts
    /// from the reference.
    #[test]
    fn the_next_day_counts_from_the_latest_date() {
        let text = "The mayor spoke on Saturday. She apologized the next day. \
                    Aides met again the next morning.";
        let found = extract(text, &[], date(2016, 3, 10));
        assert_eq!(
            text_values(&found),
            [("Saturday", "2016-03-05"), ("the next day", "2016-03-06"), ("the next morning", "2016-03-06TMO")]
        );
        let text = "In 2009 the firm moved to Ohio, and the next day its founder quit.";
        let found = extract(text, &[], date(2016, 3, 10));
        assert_eq!(text_values(&found), [("2009", "2009"), ("the next day", "2009")]);
        let found = extract("Results will come the next day.", &[], date(2016, 3, 10));
        assert_eq!(text_values(&found), [("the next day", "2016-03-11")]);
        let text = "The mayor spoke on Saturday and will travel over the next week.";
        let found = extract(text, &[], date(2016, 3, 10));
        assert_eq!(text_values(&found), [("Saturday", "2016-03-05"), ("the next week", "2016-W11")]);
    }

    /// "the day" at the end of a phrase is the day last named (else the reference).
    #[test]
    fn the_day_is_the_day_reported() {
        let text = "Stocks rallied on Friday. The Dow gained 1.7% to end the day at 9,505.";
        let found = extract(text, &[], date(2009, 8, 22));
        let got = text_values(&found);
        assert_eq!(got, [("Friday", "2009-08-21"), ("the day", "2009-08-21")]);
        let found = extract("The Nikkei fell 6.4% for the day.", &[], date(2008, 10, 27));
        assert_eq!(found.iter().map(|t| t.value.as_str()).collect::<Vec<_>>(), ["2008-10-27"]);
        // "the day" opening a relative clause or another phrase is not a date.
        for text in ["They recalled the day the war ended.", "Prices rose the day before."] {
            assert!(extract(text, &[], date(2008, 10, 27)).iter().all(|t| t.text != "the day"), "{text}");
        }
    }

    /// "the same period last year" is the period just named, a year back.
    #[test]
    fn same_period_a_year_before() {
        let cases = [
            (
                "Sales rose 43% in February compared to the same period last year, the automaker said.",
                date(2010, 3, 3),
                "the same period last year",
                "2009-02",
            ),
            (
                "Net income fell in the third quarter from $1.8 million in the corresponding period last year.",
                date(1989, 11, 1),
                "the corresponding period last year",
                "1988-Q3",
            ),
            (
                "Earnings were $2 million. For the quarter a year ago, the bank reported a loss.",
                date(1989, 10, 26),
                "the quarter a year ago",
                "1988-Q3",
            ),
        ];
        for (text, dct, span, value) in cases {
            let found = extract(text, &[], dct);
            assert!(found.iter().any(|t| t.text == span && t.value == value), "{text:?}: {found:?}");
        }
    }

    #[test]
    fn that_refers_to_the_period_last_named() {
        let text = "He moved to Florida in June 1998 and returned to Cuba later that year. \
                    He said that year was hard.";
        let found = extract(text, &[], date(2000, 1, 28));
        let got = text_values(&found);
        assert_eq!(got, [("June 1998", "1998-06"), ("later that year", "1998"), ("that year", "1998")]);
    }

    #[test]
    fn election_day_is_the_us_general_election() {
        // The Tuesday after the first Monday of November, in even years: an article of
        // an election year means that year's; one of an odd year, the coming one when
        // it looks ahead. Around a primary it is that contest's day, not the calendar's.
        let cases = [
            ("Both parties expect record turnout on Election Day.", date(2020, 3, 2), "2020-11-03"),
            ("The senator will be campaigning hard until Election Day.", date(2019, 12, 1), "2020-11-03"),
            (
                "Voters in the state primary head to the polls, and on Election Day turnout will matter.",
                date(2020, 3, 2),
                "XXXX-XX-XX",
            ),
        ];
        for (text, dct, value) in cases {
            let found = extract(text, &[], dct);
            assert!(found.iter().any(|t| t.text == "Election Day" && t.value == value), "{text:?}: {found:?}");
        }
    }

    #[test]
    fn a_day_named_again_without_its_year_is_the_same_day() {
        // A month and day written once with its year and again without one is that
        // day, not the one nearest the publication date.
        let text = "The flood of June 3, 2009, destroyed the bridge. Residents still gather \
                    every year to remember what they lost on June 3.";
        let found = extract(text, &[], date(2016, 5, 20));
        let got = text_values(&found);
        assert_eq!(got, [("June 3, 2009", "2009-06-03"), ("every year", "P1Y"), ("June 3", "2009-06-03")]);
    }

    #[test]
    fn may_or_march_joined_to_a_month_before_is_a_month() {
        // "May" and "March" alone need a telling word before them; a month they are
        // joined to by "to", "and" or "or" tells as much. A verb after them does not.
        let cases = [
            (
                "Heating bills climbed from December to March, the utility said.",
                [("December", "2015-12"), ("March", "2016-03")].as_slice(),
            ),
            (
                "The vote could slip to February or March as talks drag on.",
                &[("February", "2016-02"), ("March", "2016-03")],
            ),
            ("Rents rose between October and May in most cities.", &[("October", "2015-10"), ("May", "2016-05")]),
            ("Hammond spoke in June, and May said she agreed.", &[("June", "2016-06")]),
        ];
        for (text, want) in cases {
            let found = extract(text, &[], date(2016, 6, 10));
            assert_eq!(text_values(&found), want, "{text:?}");
        }
    }

    #[test]
    fn a_pair_of_months_takes_one_reading() {
        // Months joined by "and", "or" or "to" run forward, so the pair is read as one:
        // the reading nearest the reference, the second month the first after the first.
        let cases = [
            (
                "The slump in August and September will not last, the minister said.",
                date(2015, 11, 9),
                [("August", "2015-08"), ("September", "2015-09")],
            ),
            (
                "The league agreed to move the final to late November or early December.",
                date(2016, 1, 5),
                [("late November", "2015-11"), ("early December", "2015-12")],
            ),
            (
                "Most of the ads were booked in December and January.",
                date(2015, 11, 27),
                [("December", "2015-12"), ("January", "2016-01")],
            ),
        ];
        for (text, dct, want) in cases {
            let found = extract(text, &[], dct);
            assert_eq!(text_values(&found), want, "{text:?}");
        }
    }

    #[test]
    fn super_tuesday_is_the_first_tuesday_of_march_of_the_election_year() {
        let cases = [
            (
                "The governor hopes to win most of the states voting on Super Tuesday.",
                date(2019, 11, 20),
                Some("2020-03-03"),
            ),
            ("Her campaign stumbled after Super Tuesday.", date(2024, 4, 2), Some("2024-03-05")),
            ("He recalled the 1988 Super Tuesday fondly.", date(2016, 5, 1), None),
            ("Polls close early on Super Tuesday 2 in Ohio.", date(2016, 3, 15), None),
        ];
        for (text, dct, value) in cases {
            let found = extract(text, &[], dct);
            let got = found.iter().find(|t| t.text == "Super Tuesday").map(|t| t.value.as_str());
            assert_eq!(got, value, "{text:?}: {found:?}");
        }
    }

    #[test]
    fn until_a_date_in_the_pluperfect_looks_back() {
        // "until" points ahead, unless what lasted until the date is told in the
        // pluperfect or the past progressive: then the date is past.
        let cases = [
            ("The museum will stay closed until Friday.", date(2016, 1, 27), "Friday", "2016-01-29"),
            ("Until Friday, the ministry had refused to comment.", date(2016, 1, 31), "Friday", "2016-01-29"),
            ("The club had been renting the hall until May.", date(2016, 8, 23), "May", "2016-05"),
            ("Until Monday, the shares were trading near their low.", date(2016, 6, 17), "Monday", "2016-06-13"),
        ];
        for (text, dct, span, value) in cases {
            let found = extract(text, &[], dct);
            assert!(found.iter().any(|t| t.text == span && t.value == value), "{text:?}: {found:?}");
        }
    }

    #[test]
    fn contracted_will_looks_ahead() {
        // "we'll" and "won’t" are "will", with a straight or a curly apostrophe.
        let cases = [
            ("“We’ll be meeting on Friday to settle it,” the coach said.", date(2016, 6, 22), "Friday", "2016-06-24"),
            ("Voters say they'll back him in November.", date(2016, 1, 31), "November", "2016-11"),
            ("The board won’t decide before Thursday.", date(2016, 3, 8), "Thursday", "2016-03-10"),
        ];
        for (text, dct, span, value) in cases {
            let found = extract(text, &[], dct);
            assert!(found.iter().any(|t| t.text == span && t.value == value), "{text:?}: {found:?}");
        }
    }

    #[test]
    fn a_month_moved_toward_lies_ahead() {
        let cases = [
            ("The party is looking toward October with little cash.", date(2016, 3, 9), "October", "2016-10"),
            ("Aides say the mayor is tired heading into August.", date(2016, 3, 9), "August", "2016-08"),
            (
                "The favorite to win the seat come November, she hired a new manager.",
                date(2016, 3, 9),
                "November",
                "2016-11",
            ),
        ];
        for (text, dct, span, value) in cases {
            let found = extract(text, &[], dct);
            assert!(found.iter().any(|t| t.text == span && t.value == value), "{text:?}: {found:?}");
        }
    }

    #[test]
    fn a_day_known_by_its_event_is_that_day() {
        let cases = [
            (
                "The senator recalled the mood after the Sept. 11 attacks in her speech.",
                date(2016, 5, 19),
                "Sept. 11",
                "2001-09-11",
            ),
            (
                "Airport checks tightened after the September 11 terrorist attacks.",
                date(2016, 5, 19),
                "September 11",
                "2001-09-11",
            ),
            // Not every day so named: "Sept. 11" alone is the nearest one.
            ("The hearing opens on Sept. 11 in the capital.", date(2016, 5, 19), "Sept. 11", "2016-09-11"),
        ];
        for (text, dct, span, value) in cases {
            let found = extract(text, &[], dct);
            assert!(found.iter().any(|t| t.text == span && t.value == value), "{text:?}: {found:?}");
        }
    }

    #[test]
    fn scheduled_events_in_the_present_tense_lie_ahead() {
        let cases = [
            ("The state holds its primary on Tuesday.", date(2016, 5, 19), "Tuesday", "2016-05-24"),
            ("The governor speaks at the chamber luncheon on Friday.", date(2016, 5, 19), "Friday", "2016-05-20"),
            ("The chairman testifies before the committee on Monday.", date(2016, 5, 19), "Monday", "2016-05-23"),
        ];
        for (text, dct, span, value) in cases {
            let found = extract(text, &[], dct);
            assert!(found.iter().any(|t| t.text == span && t.value == value), "{text:?}: {found:?}");
        }
    }

    #[test]
    fn a_weekday_closing_the_subject_of_will_is_the_day_reported() {
        // "will" after a weekday that closes its subject tells what the day's event
        // leads to, not when it was; a weekday that is the whole subject is ahead.
        let cases = [
            (
                "His wins in three western states on Tuesday will speed that shift.",
                date(2016, 5, 19),
                "Tuesday",
                "2016-05-17",
            ),
            ("The rally in the arena Tuesday will echo for weeks.", date(2016, 5, 19), "Tuesday", "2016-05-17"),
            ("Tuesday will be long for the campaign.", date(2016, 5, 19), "Tuesday", "2016-05-24"),
            ("Aides said that Friday will be quiet.", date(2016, 5, 19), "Friday", "2016-05-20"),
        ];
        for (text, dct, span, value) in cases {
            let found = extract(text, &[], dct);
            assert!(found.iter().any(|t| t.text == span && t.value == value), "{text:?}: {found:?}");
        }
    }

    #[test]
    fn a_date_inside_what_lies_ahead_is_ahead() {
        // "ahead of" places a date in the short phrase it opens ahead, not only one
        // right after it.
        let cases = [
            (
                "The mayor spent heavily ahead of the city's runoff on Tuesday.",
                date(2016, 5, 19),
                "Tuesday",
                "2016-05-24",
            ),
            (
                "Tempers frayed ahead of the state's bitter Saturday caucus.",
                date(2016, 5, 19),
                "Saturday",
                "2016-05-21",
            ),
        ];
        for (text, dct, span, value) in cases {
            let found = extract(text, &[], dct);
            assert!(found.iter().any(|t| t.text == span && t.value == value), "{text:?}: {found:?}");
        }
    }

    #[test]
    fn what_was_said_after_a_date_does_not_set_its_tense() {
        // A verb in the clause that reports what was said or asked does not govern a
        // date in the clause of the telling; a relative "that" does not open one.
        let cases = [
            (
                "The senator dodged a pointed question from reporters on Sunday about how she would pay for it.",
                date(2016, 5, 18),
                "Sunday",
                "2016-05-15",
            ),
            (
                "The mayor conceded in a radio interview Monday night “we will need a miracle” in the runoff.",
                date(2016, 5, 18),
                "Monday night",
                "2016-05-16TNI",
            ),
            (
                "Aides welcomed the appeals court ruling Friday that the count will go on.",
                date(2016, 5, 18),
                "Friday",
                "2016-05-13",
            ),
            (
                "Turnout rose ahead of the runoff Tuesday that is expected to settle it.",
                date(2016, 5, 18),
                "Tuesday",
                "2016-05-24",
            ),
        ];
        for (text, dct, span, value) in cases {
            let found = extract(text, &[], dct);
            assert!(found.iter().any(|t| t.text == span && t.value == value), "{text:?}: {found:?}");
        }
    }

    #[test]
    fn a_present_modal_keeps_a_month_ahead() {
        // What must, can or should happen lies ahead: a month still to come this year,
        // not the one a year back. A perfect looks back, and a month already past this
        // year stays this year's.
        let cases = [
            ("The mayor must carry the suburbs in November, aides argued.", date(2016, 4, 12), "November", "2016-11"),
            ("Can the governor hold the district in October?", date(2016, 3, 2), "October", "2016-10"),
            ("Donors should expect the first tally in September.", date(2016, 2, 20), "September", "2016-09"),
            ("The senator may have known in October.", date(2016, 3, 2), "October", "2015-10"),
            ("Lawmakers must file their January reports this week.", date(2016, 3, 2), "January", "2016-01"),
        ];
        for (text, dct, span, value) in cases {
            let found = extract(text, &[], dct);
            assert!(found.iter().any(|t| t.text == span && t.value == value), "{text:?}: {found:?}");
        }
    }

    #[test]
    fn a_day_within_a_coarser_period_is_not_made_up() {
        // A day (or week) taken from a year or month is only as fine as that period;
        // "later that month" after a month named without its year is that month.
        let text = "The mayor first ran for office in 2009. That day, she said, she was terrified. \
                    The council met in September. Later that month, it voted on the budget. \
                    The strike began in 2011 and ended the same week.";
        let found = extract(text, &[], date(2015, 11, 20));
        let got = text_values(&found);
        assert_eq!(
            got,
            [
                ("2009", "2009"),
                ("That day", "2009"),
                ("September", "2015-09"),
                ("Later that month", "2015-09"),
                ("2011", "2011"),
                ("the same week", "2011"),
            ]
        );
    }

    #[test]
    fn false_hits_are_avoided() {
        for text in [
            "They may march on the capital.",
            "We will march tomorrow if we must",
            "The Sun reported it first.",
            "He read it in the Sun.",
            "June Carter sang at the fair.",
            "Prices could fall further, analysts said.",
            "He came a second time.",
            "The army sent 1,000 troops and 2,025 vehicles.",
            "He hired 1990 workers.",
            "It flies four flights a week to Bombay.",
            "They hold a quarter of the market.",
            "He spoke on ABC's This Week program.",
            "Mr. Reupke, 52 years old, will succeed him.",
            "Magna cut its quarterly dividend.",
            // "the past" before a count qualifies it.
            "Sanders has won eight of the past nine contests.",
            // A capitalised frequency word after "the" names a paper.
            "He wrote a column in The Daily Beast.",
            "The Daily Telegraph reported it first.",
            // The noun "fall".
            "After this fall in oil prices, the ruble weakened.",
            "Since the fall of the Berlin Wall, trade has grown.",
            // A bare unit after "of" measures something else.
            "The Ottomans ruled the region for hundreds of years.",
            "The sale should be completed in a matter of months or weeks.",
        ] {
            let found = extract(text, &[], date(2025, 3, 18));
            let bad: Vec<_> = found.iter().filter(|t| t.text != "tomorrow").collect();
            assert!(bad.is_empty(), "{text:?}: {bad:?}");
        }
    }

    /// "the future of X" is X's prospects, not a time; "the future" alone is one.
    #[test]
    fn the_future_of_something_is_not_a_time() {
        for text in [
            "Investors fret about the future of the steel industry.",
            "The talks will decide the future of the mine.",
            "Historians argue over the past of the region.",
        ] {
            let found = extract(text, &[], date(2025, 3, 18));
            assert!(found.is_empty(), "{text:?}: {found:?}");
        }
        for (text, want, value) in [
            ("Fares may rise in the future, the airline said.", "the future", "FUTURE_REF"),
            ("Voters are worried about the future.", "the future", "FUTURE_REF"),
            ("The future looks bleak for the mill.", "The future", "FUTURE_REF"),
            ("The firm has made such bids in the past.", "the past", "PAST_REF"),
            ("He blamed the bad decisions of the past.", "the past", "PAST_REF"),
        ] {
            let found = extract(text, &[], date(2025, 3, 18));
            assert_eq!(found.len(), 1, "{text:?}: {found:?}");
            assert_eq!((found[0].text.as_str(), found[0].value.as_str()), (want, value), "{text:?}");
        }
    }

    #[test]
    fn possessive_today_is_a_date() {
        let found = extract("Today's vote was close.", &[], date(2025, 3, 18));
        assert_eq!(found.len(), 1);
        assert_eq!((found[0].text.as_str(), found[0].value.as_str()), ("Today", "2025-03-18"));
    }

    /// The start-word filter never changes what is found.
    fn same_with_and_without_filter(text: &str, dct: Option<NaiveDate>) -> bool {
        let tokens = tokenize(text);
        let fast = Scanner::new(text, &tokens, &[], dct, true).scan();
        let slow = Scanner::new(text, &tokens, &[], dct, false).scan();
        fast == slow
    }

    #[test]
    fn start_words_are_sorted_lowercase_and_cover_the_tables() {
        assert!(START_WORDS.windows(2).all(|w| w[0] < w[1]), "START_WORDS must be sorted and unique");
        assert!(START_WORDS.iter().all(|w| w.len() <= 16 && *w == w.to_ascii_lowercase()));
        assert!(START_WORDS.iter().all(|w| w.as_bytes()[0].is_ascii_lowercase()), "buckets are by letter");
        let tables = MONTHS.iter().chain(&WEEKDAYS).flat_map(|names| names.iter());
        let more = UNITS.iter().flat_map(|u| [u.one, u.many]).chain(SEASONS.iter().map(|s| s.0));
        let more = more.chain(DAY_PARTS.iter().map(|p| p.0));
        for w in tables.copied().chain(more).chain(SMALL_NUMBERS).chain(TENS[2..].iter().copied()) {
            assert!(is_start_word(w), "{w} missing from START_WORDS");
        }
        for w in WEAK_STARTS.iter().chain(PRE_MODS.iter().map(|m| &m[0])) {
            assert!(is_start_word(w), "{w} missing from START_WORDS");
        }
    }

    #[test]
    fn filter_keeps_every_rule_reachable() {
        let text = "Net rose in the 1988 third quarter, up from a year earlier. For the year ended Sept. 30 \
                    it earned more; in recent weeks and the coming months, nearly two years ago, last \
                    Thanksgiving, Valentine's Day, the nineties, nineteen ninety-six, the year two \
                    thousand, weekly, daily, every Monday, each year, noon Friday, 3 p.m. EST, Nov. 6, \
                    the weekend, the period, second-quarter, third quarter, fourth quarter, year-end, \
                    the fiscal year, the full year, the latest quarter, this year's first half, \
                    twenty-four hours, a dozen years, several hundred years, the early summer, \
                    a couple of days, every other week, at least a month, the same day, '90s, mid-1990s, early-November, the past decade, the previous day, now, today's, in the morning, by mid afternoon, \
                    mid-afternoon yesterday, morning trading, the first quarter of last year, the 70s and 80s, \
                    more than two thousand years, the previous Friday, the next couple of years, \
                    the last week of March, 1990 and beyond, more recently, right now, very soon, most recently.";
        assert!(same_with_and_without_filter(text, date(1989, 10, 26)));
        // "last morning": a part of day may follow a weak start word (found by proptest).
        assert!(same_with_and_without_filter("last morning", date(2025, 3, 18)));
        // "a thousand weeks": "thousand" continues a count (found by proptest).
        assert!(same_with_and_without_filter("a thousand weeks", date(2025, 3, 18)));
        assert!(same_with_and_without_filter(text, None));
    }

    proptest::proptest! {
        /// Any text gives sorted, non-overlapping spans on char boundaries, never a panic.
        #[test]
        fn spans_are_sorted_and_in_bounds(text in "\\PC{0,200}", days in 0i64..40_000) {
            let dct = NaiveDate::from_ymd_opt(1950, 1, 1).and_then(|d| d.checked_add_days(Days::new(days as u64)));
            for published in [None, dct] {
                let found = extract(&text, &[], published);
                let mut end = 0;
                for t in &found {
                    proptest::prop_assert!(t.start >= end && t.start < t.end && t.end <= text.len());
                    proptest::prop_assert_eq!(&text[t.start..t.end], t.text.as_str());
                    end = t.end;
                }
            }
        }

        /// Text made of temporal words in any order stays total too.
        #[test]
        fn temporal_word_salad_never_panics(words in proptest::collection::vec(proptest::sample::select(vec![
            "the", "last", "next", "this", "a", "year", "years", "ago", "earlier", "Friday", "March", "May",
            "17", "2025", "1,000,000,000", "quarter", "third", "of", "fiscal", "'s", "p.m.", "noon", "every",
            "nineteen", "ninety-six", "two", "thousand", "mid-1990s", "'", "90s", ",", ".", "recent", "weeks",
            "Thanksgiving", "New", "Year's", "Day", "early", "the", "end", "more", "than", "4294967295",
            "couple", "other", "at", "least", "past", "In", "that", "1998", "each", "week", "Monday", "morning", "EST", "Nov.", "6", "same",
        ]), 0..30)) {
            let text = words.join(" ");
            proptest::prop_assert!(same_with_and_without_filter(&text, NaiveDate::from_ymd_opt(2025, 3, 18)));
            proptest::prop_assert!(same_with_and_without_filter(&text, None));
        }
    }

    #[test]
    fn odd_input_never_panics() {
        // "𐺀ies": a four-byte char before a three-letter suffix (found by proptest).
        let odd = ["", "'", "March", "31 February", "Feb. 30, 2025", "99:99 p.m.", "mid-", "the", "’90s", "9999-99-99"];
        for text in odd.into_iter().chain(["𐺀", "𐺀ies", "a 4294967295 years ago", "Q9 FY FY99999 99/99/99"]) {
            let found = extract(text, &[], None);
            for t in &found {
                assert!(t.start < t.end && t.end <= text.len());
            }
        }
    }

    /// A quarter looked ahead to ("will cost a fourth-quarter charge", said in
    /// November) is not the period "the latest quarter" and "a year ago" refer back
    /// to; the third quarter reported before it is. A past fiscal fourth quarter is.
    #[test]
    fn an_open_quarter_looked_ahead_to_is_not_the_period_referred_back_to() {
        let text = "Acme's third-quarter profit rose 8%. The strike will result in a fourth-quarter \
                    charge. Sales fell 3% in the latest quarter, compared with a gain a year ago.";
        let found = extract(text, &[], date(2019, 11, 6));
        let got = text_values(&found);
        assert_eq!(
            got,
            [
                ("third-quarter", "2019-Q3"),
                ("fourth-quarter", "2019-Q4"),
                ("the latest quarter", "2019-Q3"),
                ("a year ago", "2018-Q3")
            ]
        );
        let text = "Acme reported a drop in fourth-quarter earnings. Sales rose from a year earlier.";
        let found = extract(text, &[], date(2019, 11, 6));
        assert_eq!(found.last().map(|t| t.value.as_str()), Some("2018-Q4"));
    }

    /// Days written as ordinal words, as broadcast transcripts spell them: "March
    /// eighth", "the twenty-first of June" (with its "of"), "the fifth of May"; and a
    /// full month name ending a sentence leaves the full stop out.
    #[test]
    fn days_written_as_ordinal_words() {
        let text = "The minister will visit this coming Sunday, March eighth, and return on the \
                    twenty-first of June. The talks began on the fifth of May. He resigned on 17 March. \
                    The fifth round was close.";
        let found = extract(text, &[], date(1998, 3, 5));
        let got = text_values(&found);
        assert_eq!(
            got,
            [
                ("this coming Sunday, March eighth", "1998-03-08"),
                ("twenty-first of June", "1998-06-21"),
                ("fifth of May", "1998-05-05"),
                ("17 March", "1998-03-17")
            ]
        );
        // A name is no date: "Theresa May first said".
        assert!(extract("Theresa May first said no.", &[], date(2019, 3, 5)).is_empty());
        assert_eq!(
            [ordinal_day("thirty-first"), ordinal_day("thirtieth"), ordinal_day("twenty-tenth")],
            [Some(31), Some(30), None]
        );
    }

    /// "two consecutive quarters of decline" is a stretch of time; "a quarter of the
    /// market" and "three quarters of the votes" are fractions.
    #[test]
    fn consecutive_quarters_of_something_are_a_duration() {
        let text = "Quarters of the budget went unspent. Japan is in recession after two consecutive quarters \
                    of negative growth, and a quarter of its exporters and three quarters of its banks lost money.";
        let found = extract(text, &[], date(2009, 2, 16));
        let got = text_values(&found);
        assert_eq!(got, [("two consecutive quarters", "P2Q")]);
    }

    /// "the quarter ended Sept. 30" is the calendar quarter of its three months, whatever
    /// quarter was named before it.
    #[test]
    fn a_quarter_ended_on_a_day_is_the_quarter_of_its_months() {
        let text = "Acme's first-quarter sales rose. For the quarter ended Sept. 30, Acme lost money; \
                    in the quarter ended July 31, Bolt earned more.";
        let found = extract(text, &[], date(1989, 10, 30));
        let got: Vec<(&str, &str)> =
            found.iter().filter(|t| t.text == "the quarter").map(|t| (t.text.as_str(), t.value.as_str())).collect();
        assert_eq!(got, [("the quarter", "1989-Q3"), ("the quarter", "1989-Q2")]);
    }

    /// A clock time with no day of its own falls on the day named before it in its
    /// sentence, else on the reference day.
    #[test]
    fn a_clock_time_takes_the_day_named_in_its_sentence() {
        let text = "The new jet made its first flight Tuesday from Everett at 18:00 UTC. \
                    The company will hold a briefing at 10:00 UTC.";
        let sentences = crate::analysis::sentences::split(text);
        let found = extract(text, &sentences, date(2009, 12, 16));
        let got = text_values(&found);
        assert_eq!(
            got,
            [("Tuesday", "2009-12-15"), ("18:00 UTC", "2009-12-15T18:00Z"), ("10:00 UTC", "2009-12-16T10:00Z")]
        );
    }

    /// A clock time followed by "on" and a day falls on that day; the day stays its own
    /// expression.
    #[test]
    fn a_clock_time_on_a_day_takes_that_day() {
        let text = "The gates opened at 6:30 a.m. on March 19, 2002, and the rally ended around noon on Friday.";
        let sentences = crate::analysis::sentences::split(text);
        let found = extract(text, &sentences, date(2016, 1, 20));
        assert_eq!(
            text_values(&found),
            [
                ("6:30 a.m.", "2002-03-19T06:30"),
                ("March 19, 2002", "2002-03-19"),
                ("around noon", "2016-01-15T12:00"),
                ("Friday", "2016-01-15"),
            ]
        );
    }

    /// A clock time with no day of its own in a story falls on the day named in the
    /// sentence before it; a live blog's time heading, and a day still ahead, do not
    /// give it their day.
    #[test]
    fn a_clock_time_takes_the_day_named_just_before() {
        let text = "Voters in the county went to the polls on Tuesday. The count ended at 11 p.m., \
                    officials said.\n\nThe runoff is set for Dec. 1. Ballots go out at 9 a.m.\n\n\
                    10:15 a.m.\n\nThe mayor spoke on Monday.\n\n10:40 a.m.\n\nShe left.";
        let sentences = crate::analysis::sentences::split(text);
        let found = extract(text, &sentences, date(2016, 11, 10));
        let got: Vec<_> = text_values(&found).into_iter().filter(|(t, _)| t.contains('m')).collect();
        assert_eq!(
            got,
            [
                ("11 p.m.", "2016-11-08T23:00"),
                ("9 a.m.", "2016-11-10T09:00"),
                ("10:15 a.m.", "2016-11-10T10:15"),
                ("10:40 a.m.", "2016-11-10T10:40"),
            ]
        );
    }

    /// The present tense of a scheduled event puts a weekday ahead ("the two leaders meet
    /// separately Monday", said on a Friday); a nearer past tense still wins.
    #[test]
    fn a_scheduled_present_tense_puts_the_weekday_ahead() {
        let friday = date(1998, 5, 1);
        check(
            friday,
            &[
                ("The two leaders meet separately Monday with the envoy.", "Monday", TimexType::Date, "1998-05-04"),
                ("The Senate votes Tuesday on the budget.", "Tuesday", TimexType::Date, "1998-05-05"),
                ("Envoys who meet often said Monday that talks had stalled.", "Monday", TimexType::Date, "1998-04-27"),
            ],
        );
    }

    /// An "un-" adjective ("a still undisclosed date") is no past tense: the verb
    /// before it tells the tense.
    #[test]
    fn an_un_adjective_is_no_past_tense() {
        check(
            date(1989, 10, 26),
            &[(
                "Holders would receive the shares on a still undisclosed date in January.",
                "January",
                TimexType::Date,
                "1990-01",
            )],
        );
    }

    /// "the day" and "in morning trading" are the day last named, even when coarser
    /// dates ("February", "a year ago") come between.
    #[test]
    fn the_day_is_the_last_day_named_past_coarser_dates() {
        let text = "Acme said on Tuesday that its February sales rose 4% from a year ago. Its shares \
                    rose in morning trading before falling later in the day.";
        let found = extract(text, &[], date(2010, 3, 3));
        let got = text_values(&found);
        assert_eq!(
            got,
            [
                ("Tuesday", "2010-03-02"),
                ("February", "2010-02"),
                ("a year ago", "2009"),
                ("morning", "2010-03-02TMO"),
                ("the day", "2010-03-02")
            ]
        );
    }

    /// "October of next year" is next year's October; the year phrase is its own
    /// expression.
    #[test]
    fn a_month_of_next_year() {
        let text = "Franchises lapse after October of next year. Sales rose in June of this year.";
        let found = extract(text, &[], date(2009, 5, 15));
        let got = text_values(&found);
        assert_eq!(got, [("October", "2010-10"), ("next year", "2010"), ("June", "2009-06"), ("this year", "2009")]);
    }

    /// "last year" set against a quarter's result is that quarter of last year; after
    /// "this year", or with no comparison, it is the year.
    #[test]
    fn last_year_compared_with_a_quarter_is_that_quarter() {
        let text = "Acme earned $12 million in the third quarter, compared with a loss of $2 million \
                    last year. It expects $50 million this year, up from last year's $41 million. \
                    Last year was its worst.";
        let found = extract(text, &[], date(2011, 10, 20));
        let got = text_values(&found);
        assert_eq!(
            got,
            [
                ("the third quarter", "2011-Q3"),
                ("last year", "2010-Q3"),
                ("this year", "2011"),
                ("last year", "2010"),
                ("Last year", "2010")
            ]
        );
    }

    /// "the weeks ahead" is one vague duration, "the" and "ahead" included.
    #[test]
    fn the_units_ahead_is_one_duration() {
        let text = "Funds may sell bonds in the weeks ahead. Rates could fall in the months ahead \
                    of the vote.";
        let found = extract(text, &[], date(2012, 5, 2));
        let got = text_values(&found);
        assert_eq!(got, [("the weeks ahead", "PXW"), ("the months ahead", "PXM")]);
    }

    /// "an additional year", "an extra week": a word adding to the count joins it; a
    /// kind of year after "a" ("a calendar year") is no stretch of time.
    #[test]
    fn a_count_with_an_added_word_is_one_duration() {
        let text = "The loan may be extended for an additional year. He stayed an extra week. The \
                    firm changed from a fiscal year to a calendar year.";
        let found = extract(text, &[], date(2012, 5, 2));
        let got = text_values(&found);
        assert_eq!(got, [("an additional year", "P1Y"), ("an extra week", "P1W")]);
    }

    /// "several quarters of losses" is a stretch of time; "a quarter of its stores" and
    /// "three quarters of the vote" are fractions.
    #[test]
    fn a_vague_count_of_quarters_is_no_fraction() {
        let text = "The chain closed a quarter of its stores after several quarters of losses. He \
                    won three quarters of the vote.";
        let found = extract(text, &[], date(2012, 5, 2));
        let got = text_values(&found);
        assert_eq!(got, [("several quarters", "PXQ")]);
    }

    /// "one day" between a modal (or a "to" of intent) and its verb is "someday", a
    /// vague future; elsewhere it is a day's duration.
    #[test]
    fn one_day_before_a_verb_is_someday() {
        use TimexType::*;
        check(
            date(2025, 3, 18),
            &[
                ("The mayor said the line could one day reach the airport.", "one day", Date, "FUTURE_REF"),
                ("She hopes to one day run the family bakery.", "one day", Date, "FUTURE_REF"),
                ("Fans believe the club will one day win the cup.", "one day", Date, "FUTURE_REF"),
                ("The strike lasted one day and ended quietly.", "one day", Duration, "P1D"),
                ("The festival was cut to one day this year.", "one day", Duration, "P1D"),
                ("Staff will one day a week work from home.", "one day", Duration, "P1D"),
            ],
        );
    }

    /// "a year earlier" right after a quarter is that quarter a year before; after
    /// "the nine months" that followed the quarter it is the year before.
    #[test]
    fn a_year_earlier_after_the_nine_months_is_the_year() {
        let text = "Acme earned $5 million in the third quarter, up from $4 million a year earlier. \
                    For the nine months, it earned $12 million, compared with $9 million a year earlier. \
                    Sales in the nine months rose 8% from last year.";
        let found = extract(text, &[], date(1989, 10, 26));
        let got = text_values(&found);
        assert_eq!(
            got,
            [
                ("the third quarter", "1989-Q3"),
                ("a year earlier", "1988-Q3"),
                ("the nine months", "P9M"),
                ("a year earlier", "1988"),
                ("the nine months", "P9M"),
                ("last year", "1988"),
            ]
        );
    }

    /// A bare "quarters" is lodging or coins; counted or led it is a stretch of time.
    #[test]
    fn bare_quarters_are_not_a_time() {
        for text in ["Inspectors were barred from such quarters.", "The crew slept in cramped quarters below deck."] {
            let found = extract(text, &[], date(2025, 3, 18));
            assert!(found.is_empty(), "{text:?}: {found:?}");
        }
        let text = "Sales fell for several quarters, and recent quarters were weak.";
        let found = extract(text, &[], date(2025, 3, 18));
        assert_eq!(text_values(&found), [("several quarters", "PXQ"), ("recent quarters", "PXQ")]);
    }

    /// "18-year-olds" are people of that age, as "a five-year-old" is one.
    #[test]
    fn plural_ages_are_not_durations() {
        let text = "The bill would let 17-year-olds vote in primaries, and a three-year plan would fund it.";
        let found = extract(text, &[], date(2016, 3, 11));
        assert_eq!(text_values(&found), [("three-year", "P3Y")]);
    }

    /// A weekday closing a quoted title of capitalised words names a programme.
    #[test]
    fn weekday_ending_a_quoted_title_is_no_date() {
        let text = "The governor spoke on \u{201c}Capitol Report Sunday\u{201d} about taxes. \
                    He told ''Metro News Sunday.'' that he would run.";
        let found = extract(text, &[], date(2016, 3, 16));
        assert!(found.is_empty(), "{found:?}");
        // A quoted sentence ending in a weekday still names the day.
        let text = "\u{201c}We meet Sunday,\u{201d} the mayor said.";
        let found = extract(text, &[], date(2016, 3, 16));
        assert_eq!(text_values(&found), [("Sunday", "2016-03-20")]);
    }

    /// A month naming a scheduled event looks up to eight months ahead, another four.
    #[test]
    fn scheduled_event_months_look_further_ahead() {
        let text = "Polls show a close race for the November election. \
                    Tickets for the convention in August are scarce. \
                    The new report covers November.";
        let found = extract(text, &[], date(2016, 3, 16));
        assert_eq!(text_values(&found), [("November", "2016-11"), ("August", "2016-08"), ("November", "2015-11")]);
    }

    /// "The November election" of an even year is that year's general election, even
    /// from January; another year-less November stays within the usual reach (outside
    /// election news).
    #[test]
    fn the_november_election_of_an_even_year_is_that_year() {
        let text = "The governor is raising money for the November election. \
                    Few donors gave in November's general election campaign.";
        let found = extract(text, &[], date(2018, 1, 12));
        assert_eq!(text_values(&found), [("November", "2018-11"), ("November", "2017-11")]);
        let found = extract("The new report covers November.", &[], date(2018, 1, 12));
        assert_eq!(text_values(&found), [("November", "2017-11")]);
    }

    /// A future tense puts a year-less month ahead, but not the month just past: that
    /// would be eleven months away.
    #[test]
    fn a_future_tense_does_not_push_the_month_just_past_a_year_ahead() {
        let text = "The committee will review the audit from January. \
                    It will vote on the budget in December.";
        let found = extract(text, &[], date(2018, 2, 10));
        assert_eq!(text_values(&found), [("January", "2018-01"), ("December", "2018-12")]);
    }

    /// A scheduled event a few months ahead is still to come in a past-tense report;
    /// another month in the past tense is the one before.
    #[test]
    fn a_scheduled_event_ahead_is_ahead_in_a_past_tense_report() {
        let text = "Delegates booked their rooms early for the convention in August. \
                    The mayor visited the island in August.";
        let found = extract(text, &[], date(2018, 5, 3));
        assert_eq!(text_values(&found), [("August", "2018-08"), ("August", "2017-08")]);
    }

    /// "that November" and "October of that year" are months of the year last named.
    #[test]
    fn a_month_of_that_year_is_in_the_year_last_named() {
        let text = "In 1994 the plant opened, and it closed that November. \
                    Exports grew in 2009 and peaked in October of that year. \
                    That may be true.";
        let found = extract(text, &[], date(2018, 5, 3));
        assert_eq!(
            text_values(&found),
            [
                ("1994", "1994"),
                ("that November", "1994-11"),
                ("2009", "2009"),
                ("October", "2009-10"),
                ("that year", "2009")
            ]
        );
    }

    /// In an even year, a November in talk of voting is the coming general election;
    /// another November stays within the usual reach.
    #[test]
    fn a_november_of_voting_in_an_even_year_is_the_coming_one() {
        let found = extract("The governor hopes voters back her in November.", &[], date(2018, 2, 10));
        assert_eq!(text_values(&found), [("November", "2018-11")]);
        let found = extract("The new report covers November.", &[], date(2018, 2, 10));
        assert_eq!(text_values(&found), [("November", "2017-11")]);
    }

    /// "The year" told in the past in January is the year just ended; later in the
    /// year, or told ahead, it is the reference year.
    #[test]
    fn the_year_told_in_the_past_in_january_is_the_one_just_ended() {
        let text = "The bank advised on four of the largest mergers of the year.";
        let found = extract(text, &[], date(2018, 1, 9));
        assert_eq!(text_values(&found), [("the year", "2017")]);
        let found = extract(text, &[], date(2018, 6, 9));
        assert_eq!(text_values(&found), [("the year", "2018")]);
        let text = "The bank will advise on the largest mergers of the year.";
        let found = extract(text, &[], date(2018, 1, 9));
        assert_eq!(text_values(&found), [("the year", "2018")]);
    }

    /// A season named without a year is the reference year's, unless the tense puts
    /// it out of reach: told in the past, one not yet begun is last year's; told in the
    /// future, one already over is next year's. (Not one naming a scheduled event, nor
    /// one looked ahead to, nor one a modal puts ahead.)
    #[test]
    fn the_tense_places_a_season_without_a_year() {
        let text = "The figures shifted over the summer. \
                    Volunteers have knocked on doors since the spring. \
                    The mayor prepared hard for the fall debates. \
                    Looking ahead to the fall, the party hired staff. \
                    A council focused on the fall must hire early.";
        let found = extract(text, &[], date(2018, 2, 10));
        assert_eq!(
            text_values(&found),
            [
                ("the summer", "2017-SU"),
                ("the spring", "2017-SP"),
                ("the fall", "2018-FA"),
                ("the fall", "2018-FA"),
                ("the fall", "2018-FA")
            ]
        );
        let text = "The studio plans to release the film in the summer. Turnout rose in the fall.";
        let found = extract(text, &[], date(2018, 12, 5));
        assert_eq!(text_values(&found), [("the summer", "2019-SU"), ("the fall", "2018-FA")]);
    }

    /// In election news a tenseless November of an even year is the coming election
    /// even from January; one told in the past, or compared with, is last November, and
    /// so is one in other news.
    #[test]
    fn a_tenseless_november_in_election_news_is_the_coming_one_from_january() {
        let news = "Caucus turnout was high and the nominee thanked primary voters. ";
        let text = format!("{news}All roads lead to Denver, and November.");
        let found = extract(&text, &[], date(2018, 2, 10));
        assert_eq!(text_values(&found), [("November", "2018-11")]);
        let text = format!("{news}The governor underwent knee surgery in November.");
        let found = extract(&text, &[], date(2018, 2, 10));
        assert_eq!(text_values(&found), [("November", "2017-11")]);
        let text = format!("{news}Her lead shows a nine-point jump from November.");
        let found = extract(&text, &[], date(2018, 2, 10));
        assert_eq!(text_values(&found), [("November", "2017-11")]);
        let found = extract("All roads lead to Denver, and November.", &[], date(2018, 2, 10));
        assert_eq!(text_values(&found), [("November", "2017-11")]);
    }

    /// With no tense to place it, a November of an even year said from April on is the
    /// coming general election: the one five or more months back would be "last
    /// November". (Not in an odd year, and not said by March, when last November is
    /// still near.)
    #[test]
    fn a_tenseless_november_of_an_even_year_is_the_coming_one() {
        let text = "Unions fighting to keep the council in November describe a tough map. \
                    After that there's November.";
        let found = extract(text, &[], date(2018, 5, 10));
        assert_eq!(text_values(&found), [("November", "2018-11"), ("November", "2018-11")]);
        let found = extract("Her odds in November look slim.", &[], date(2018, 4, 20));
        assert_eq!(text_values(&found), [("November", "2018-11")]);
        let found = extract("Her odds in November look slim.", &[], date(2018, 3, 20));
        assert_eq!(text_values(&found), [("November", "2017-11")]);
        let found = extract("Her odds in November look slim.", &[], date(2019, 5, 10));
        assert_eq!(text_values(&found), [("November", "2018-11")]);
        let found = extract("Her odds in November look slim.", &[], date(2018, 1, 20));
        assert_eq!(text_values(&found), [("November", "2017-11")]);
    }

    /// "the year" right after a year, in apposition or after a copula, is that year.
    #[test]
    fn the_year_restating_a_year_is_that_year() {
        let text = "The plant opened in 2009, the year the bridge fell. \
                    Many hope 2019 will be the year of recovery. \
                    Sales rose for much of the year.";
        let found = extract(text, &[], date(2018, 5, 3));
        assert_eq!(
            text_values(&found),
            [("2009", "2009"), ("the year", "2009"), ("2019", "2019"), ("the year", "2019"), ("the year", "2018")]
        );
    }

    /// "Person of the Year" is a title given to someone; "the best film of the year"
    /// still speaks of the year.
    #[test]
    fn an_award_of_the_year_is_no_time() {
        let text = "The magazine named the mayor its Person of the Year on Monday. \
                    Readers wanted a teacher as person of the year. \
                    It was the best film of the year.";
        let found = extract(text, &[], date(2018, 12, 12));
        assert_eq!(text_values(&found), [("Monday", "2018-12-10"), ("the year", "2018")]);
    }

    /// A number after a label that names a thing by it ("Section 1001", "House Bill
    /// 1523", "Flight 1549") is no year.
    #[test]
    fn a_numbered_section_or_bill_is_no_year() {
        let text = "Prosecutors cited Section 1001 of the code. The governor signed House Bill 1523 \
                    and HB 1524 in 2016. Flight 1549 landed safely.";
        let found = extract(text, &[], date(2018, 5, 3));
        assert_eq!(text_values(&found), [("2016", "2016")]);
    }

    /// A weekday and a capitalised part of day opening a quoted or possessed title
    /// name a programme; "Saturday night" in prose is a time.
    #[test]
    fn a_show_named_for_a_weekday_night_is_no_time() {
        let text = "The senator mocked the host on “Saturday Night Live” and on NBC's Sunday Night Football. \
                    She flew home on Saturday night.";
        let found = extract(text, &[], date(2018, 5, 7));
        assert_eq!(text_values(&found), [("Saturday night", "2018-05-05TNI")]);
    }

    /// A single quarter joined to another fraction, given as a percentage or taken
    /// "of" people is a share; with a year it is three months.
    #[test]
    fn a_quarter_that_is_a_share_is_no_period() {
        let text = "Turnout fell by between a quarter and a third. The union thinks one-quarter to one-third \
                    of members agree. Just over a quarter, 27 percent, said no. The mayor won the quarter of \
                    voters who rent. Sales rose in the first quarter of 2017.";
        let found = extract(text, &[], date(2018, 5, 3));
        assert_eq!(text_values(&found), [("the first quarter of 2017", "2017-Q1")]);
    }

    /// A month after the event it places, past a place or a part of the month
    /// between them ("in Denver", "early"), is the event's: a convention a few months
    /// ahead is still to come.
    #[test]
    fn a_month_placing_an_event_past_a_place_is_the_events() {
        let found = extract("Protesters vowed to disrupt the convention in Denver in July.", &[], date(2018, 5, 3));
        assert_eq!(text_values(&found), [("July", "2018-07")]);
        let found = extract("Both parties hold their conventions in early August.", &[], date(2017, 12, 20));
        assert_eq!(text_values(&found), [("early August", "2018-08")]);
    }

    /// The date a plan is set for lies ahead ("is set for", "slated for"); a plan told
    /// as past ("was set for") does not say so.
    #[test]
    fn the_date_a_plan_is_set_for_lies_ahead() {
        let found = extract("The fraud trial is set for October.", &[], date(2018, 5, 3));
        assert_eq!(text_values(&found), [("October", "2018-10")]);
        let text = "On Sunday the mayor called off a town hall slated for Thursday.";
        let found = extract(text, &[], date(2018, 5, 7));
        assert_eq!(text_values(&found), [("Sunday", "2018-05-06"), ("Thursday", "2018-05-10")]);
    }

    /// A bare "the 30s" in a sentence of polls or ratings is a level, wherever the
    /// words stand; elsewhere it is a decade.
    #[test]
    fn a_bare_decade_in_a_sentence_of_polls_is_a_level() {
        let text = "A rolling average of the state polls puts the governor in the low 50s, \
                    while her rival stays in the 30s. The family moved west in the 30s.";
        let found = extract(text, &[], date(2018, 5, 3));
        assert_eq!(text_values(&found), [("the 30s", "193")]);
    }

    /// "up to" belongs to a count it bounds, not to a date it leads to.
    #[test]
    fn up_to_bounds_a_count_not_a_date() {
        let text = "In the days leading up to Tuesday's vote, the mayor faced up to five years in prison.";
        let found = extract(text, &[], date(2018, 5, 9));
        assert_eq!(text_values(&found), [("days", "PXD"), ("Tuesday", "2018-05-08"), ("up to five years", "P5Y")]);
    }

    /// "each July" recurs; "each may" is the verb.
    #[test]
    fn each_may_is_no_recurring_month() {
        let found = extract("Rivals differ on where each may win. The fair opens each July.", &[], date(2018, 5, 3));
        assert_eq!(text_values(&found), [("each July", "XXXX-07")]);
    }

    /// A range of months with the year written after the second is of that year (the
    /// first of the year before when the range runs past New Year).
    #[test]
    fn a_month_range_takes_the_year_written_after_it() {
        let text = "The study counted posts from September to December 2014 and from November through February 2016.";
        let found = extract(text, &[], date(2018, 5, 3));
        assert_eq!(
            text_values(&found),
            [
                ("September", "2014-09"),
                ("December 2014", "2014-12"),
                ("November", "2015-11"),
                ("February 2016", "2016-02")
            ]
        );
    }

    /// "the second half of July" is part of July, as "the end of July" is; "the first
    /// half of the 20th century" is no half of this year; "the first half of the year"
    /// still is.
    #[test]
    fn the_half_of_a_month_or_century_is_no_half_year() {
        let text = "The bridge opens in the second half of July. The town grew through the first half of \
                    the 20th century. Sales fell in the first half of the year.";
        let found = extract(text, &[], date(2018, 5, 3));
        let got = text_values(&found);
        assert!(got.contains(&("the second half of July", "2018-07")), "{got:?}");
        assert!(got.contains(&("the first half", "2018-H1")), "{got:?}");
        assert_eq!(got.iter().filter(|(_, v)| v.contains('H')).count(), 1, "{got:?}");
    }

    /// "meet" after "to" is an infinitive, not the present tense of a scheduled event:
    /// it leaves a weekday to the verb before it.
    #[test]
    fn an_infinitive_is_no_scheduled_present() {
        let text = "The governor visited the capital on Thursday to meet with lawmakers. \
                    The two leaders meet Thursday.";
        let found = extract(text, &[], date(2018, 5, 11));
        assert_eq!(text_values(&found), [("Thursday", "2018-05-10"), ("Thursday", "2018-05-17")]);
    }

    /// A part of a day taken from a year or month ("in 1984 ... that morning") is an
    /// unknown day of it, not the year's invented middle day.
    #[test]
    fn a_part_of_day_from_a_coarser_period_invents_no_day() {
        let text = "The plant opened in 1984. That morning, workers marched. In March 2009 the mayor \
                    resigned, and the following night the council met.";
        let found = extract(text, &[], date(2018, 5, 3));
        let got = text_values(&found);
        assert!(got.contains(&("That morning", "1984-XX-XXTMO")), "{got:?}");
        assert!(got.contains(&("the following night", "2009-03-XXTNI")), "{got:?}");
    }

    /// In an even year a November of voting is the coming election even when the
    /// report is told in the past tense; in an odd year it is last November.
    #[test]
    fn a_november_of_voting_told_in_the_past_is_still_the_coming_one() {
        let text = "The primary showed that electability in November mattered to voters.";
        let found = extract(text, &[], date(2018, 3, 1));
        assert_eq!(text_values(&found), [("November", "2018-11")]);
        let found = extract(text, &[], date(2017, 3, 1));
        assert_eq!(text_values(&found), [("November", "2016-11")]);
    }

    /// "at the end of the day" closed by punctuation is the idiom "ultimately"; "by the
    /// end of the day" is a time.
    #[test]
    fn at_the_end_of_the_day_is_an_idiom() {
        let text = "At the end of the day, voters want results. By the end of the day, the mayor had resigned.";
        let found = extract(text, &[], date(2018, 5, 3));
        assert_eq!(text_values(&found), [("the end of the day", "2018-05-03")]);
        assert_eq!(found[0].start, text.find("the end of the day, the").unwrap());
    }

    /// A year-less day naming a scheduled event a few months ahead is still to come,
    /// though the report is told in the past.
    #[test]
    fn a_day_naming_an_event_ahead_stays_ahead() {
        let text = "Officials said the hackers tried to sway the Nov. 6 U.S. midterm election. \
                    The audit said the review was not finished by the Nov. 6 election.";
        let found = extract(text, &[], date(2018, 7, 20));
        assert_eq!(text_values(&found), [("Nov. 6", "2018-11-06"), ("Nov. 6", "2018-11-06")]);
    }

    /// "carry the day" is to prevail and "back in the day" a vague past; "later in the
    /// day" is a day.
    #[test]
    fn idioms_of_the_day_name_no_day() {
        let text = "The reformers carried the day. Back in the day, the mill employed 900 people. \
                    Later in the day, the mayor spoke.";
        let found = extract(text, &[], date(2018, 5, 3));
        assert_eq!(text_values(&found), [("the day", "PAST_REF"), ("the day", "2018-05-03")]);
    }

    /// "Last" owned by someone, or singled out of a stretch named after it, is the
    /// final one of that stretch, not the one before today; an object "her" owns
    /// nothing, and a plain "last year" stays the year before.
    #[test]
    fn the_last_one_of_a_stretch_is_no_previous_one() {
        use TimexType::*;
        check(
            date(2016, 1, 28),
            &[
                ("The governor spent his last year in office touring farms.", "last year", Date, "XXXX"),
                ("In her last summer at the paper she wrote about floods.", "last summer", Date, "XXXX-SU"),
                ("The mayor's last week in the job was quiet.", "last week", Date, "XXXX-WXX"),
                ("Ads filled the airwaves in the last week of the race.", "the last week", Date, "XXXX-WXX"),
                ("She spoke on the last day of the summit.", "the last day", Date, "XXXX-XX-XX"),
                ("The union endorsed her last summer.", "last summer", Date, "2015-SU"),
                ("It's last year all over again for the team.", "last year", Date, "2015"),
                ("The firm posted a loss last year of $3 million.", "last year", Date, "2015"),
                ("The company said its last quarter was weak.", "last quarter", Date, "2015-Q4"),
            ],
        );
    }

    /// What one heads into or readies for, told in the present, lies ahead; told in
    /// the past it may lie behind.
    #[test]
    fn a_day_headed_into_now_lies_ahead() {
        use TimexType::*;
        // Published Thursday 28 January 2016.
        check(
            date(2016, 1, 28),
            &[
                ("The candidates are heading into Tuesday's primary.", "Tuesday", Date, "2016-02-02"),
                ("Volunteers are gearing up for Saturday's caucuses.", "Saturday", Date, "2016-01-30"),
                (
                    "Aides said she is girding for a clash at the forum Monday night.",
                    "Monday night",
                    Time,
                    "2016-02-01TNI",
                ),
                ("Heading into Tuesday's vote, the mayor's lead has quietly vanished.", "Tuesday", Date, "2016-02-02"),
                ("The governor had a wide lead heading into Tuesday's primary.", "Tuesday", Date, "2016-01-26"),
                ("Headed into Monday's caucuses, the polls were unclear.", "Monday", Date, "2016-01-25"),
                ("The county did not prepare for Tuesday's storm.", "Tuesday", Date, "2016-01-26"),
            ],
        );
    }

    /// A count of days or hours before an event measures how near it draws; "the
    /// days before" it may look back.
    #[test]
    fn days_before_a_day_count_down_to_it() {
        use TimexType::*;
        // Published Sunday 7 February 2016.
        check(
            date(2016, 2, 7),
            &[
                ("The gaffe, just days before Tuesday's primary, has rattled donors.", "Tuesday", Date, "2016-02-09"),
                ("Only hours before the vote on Monday, the mood was tense.", "Monday", Date, "2016-02-08"),
                ("In the days before Tuesday's primary, polls showed a tie.", "Tuesday", Date, "2016-02-02"),
            ],
        );
    }

    #[test]
    fn a_month_abbreviation_before_its_day_ends_no_clause() {
        use TimexType::*;
        // Published Friday 20 May 2016: the "will" after "Dec. 1" places it ahead.
        check(
            date(2016, 5, 20),
            &[("Once the levy takes effect on Dec. 1, shops will charge more.", "Dec. 1", Date, "2016-12-01")],
        );
    }
}
