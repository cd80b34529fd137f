//! Sentence splitting for news text: a hand-written scanner, linear in the text.
//!
//! A sentence ends at a line break (news text puts one paragraph per line), or at
//! `.`, `!`, `?` or an ellipsis followed by optional closing quotes or brackets and then
//! whitespace, unless the next word starts in lowercase or the period belongs to an
//! abbreviation ("Mr.", "Jan. 5", "a.m."), an initial ("John F. Kennedy") or a dotted
//! abbreviation ("U.S.", "J.K. Rowling"). After an ambiguous abbreviation ("U.S.", "Inc.")
//! the sentence ends only when a common sentence starter ("The", "He", "But" …) or an
//! opening quote follows. Sentences are trimmed of surrounding whitespace, in order,
//! non-overlapping, and together cover all non-space text.
//!
//! ```
//! use article_explorer::analysis::sentences::split;
//! let text = "He said, \"We will win.\" Then U.S. President Donald Trump left.";
//! let parts: Vec<&str> = split(text).iter().map(|s| &text[s.start..s.end]).collect();
//! assert_eq!(parts, ["He said, \"We will win.\"", "Then U.S. President Donald Trump left."]);
//! ```

use std::borrow::Cow;

use crate::model::Sentence;
use crate::text::{char_at, char_before, is_apostrophe};

/// Abbreviations that never end a sentence: titles before a name, and Latin connectives.
const NEVER_FINAL: &[&str] = &[
    "Mr", "Mrs", "Ms", "Messrs", "Dr", "Prof", "Gen", "Sen", "Sens", "Rep", "Reps", "Gov", "Lt", "Col", "Capt", "Cpl",
    "Sgt", "Maj", "Adm", "Cmdr", "Rev", "Hon", "Pres", "Supt", "Insp", "Det", "Fr", "Mt", "Ft", "Amb", "Atty", "Brig",
    "Gens", "e.g", "i.e", "vs", "cf", "viz", "approx",
];

/// Abbreviations that end a sentence only before a sentence starter ("Inc. The …").
const AMBIGUOUS: &[&str] = &[
    "Inc", "Corp", "Co", "Ltd", "Jr", "Sr", "Bros", "St", "Ave", "Blvd", "Rd", "Dept", "Univ", "etc", "a.m", "p.m",
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Ala", "Ariz", "Ark", "Calif",
    "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La", "Md", "Mich", "Minn", "Miss", "Mo", "Mont",
    "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wisc", "Wyo", "al",
];

/// Abbreviations that do not end a sentence when a number follows ("No. 5", "Vol. 2").
const BEFORE_NUMBER: &[&str] = &["No", "Nos", "no", "Vol", "vol", "Art", "Fig", "p", "pp", "Ch"];

/// Words that commonly open a news sentence; after "U.S." they signal a new sentence.
const STARTERS: &[&str] = &[
    "The",
    "A",
    "An",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "You",
    "This",
    "That",
    "These",
    "Those",
    "There",
    "Here",
    "His",
    "Her",
    "Its",
    "Their",
    "Our",
    "But",
    "And",
    "Or",
    "So",
    "Yet",
    "However",
    "Meanwhile",
    "In",
    "On",
    "At",
    "As",
    "After",
    "Before",
    "When",
    "While",
    "If",
    "Although",
    "Though",
    "Because",
    "Since",
    "During",
    "For",
    "From",
    "With",
    "Without",
    "According",
    "Also",
    "Still",
    "Now",
    "Then",
    "Last",
    "Earlier",
    "Later",
    "Some",
    "Many",
    "Most",
    "All",
    "Both",
    "Each",
    "Other",
    "Others",
    "One",
    "No",
    "Not",
    "What",
    "Why",
    "How",
    "Who",
    "Where",
    "Officials",
    "Police",
    "Mr",
    "Mrs",
    "Ms",
    "Further",
    "Moreover",
    "Overall",
    "Instead",
    "Despite",
    "Under",
    "Until",
    "By",
    "Such",
    "Several",
];

/// Splits `text` into sentences (byte offsets), in order, trimmed of whitespace.
pub fn split(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut i = 0;
    while let Some(c) = char_at(text, i) {
        let len = c.len_utf8();
        // A line or paragraph break always ends a sentence: news text has one paragraph per line.
        if matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}') {
            if let Some(s) = start.take() {
                push(text, &mut out, s, i);
            }
            i += len;
            continue;
        }
        if c.is_whitespace() {
            i += len;
            continue;
        }
        let s = *start.get_or_insert(i);
        if !is_terminator(c) {
            i += len;
            continue;
        }
        let mut run_end = i;
        while let Some(t) = char_at(text, run_end).filter(|&t| is_terminator(t)) {
            run_end += t.len_utf8();
        }
        let mut end = run_end;
        while let Some(t) = char_at(text, end).filter(|&t| is_closer(t)) {
            end += t.len_utf8();
        }
        let followed_by_space = char_at(text, end).is_none_or(char::is_whitespace);
        if followed_by_space && ends_sentence(text, s, i, run_end, end) {
            push(text, &mut out, s, end);
            start = None;
            i = end;
        } else {
            i = run_end;
        }
    }
    if let Some(s) = start {
        push(text, &mut out, s, text.len());
    }
    out
}

/// Records the sentence `start..end`, trimmed of trailing whitespace.
fn push(text: &str, out: &mut Vec<Sentence>, start: usize, end: usize) {
    let end = start + text[start..end].trim_end().len();
    if end > start {
        out.push(Sentence { start, end });
    }
}

/// Characters that can end a sentence.
const fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}

/// Closing quotes and brackets that stay with the sentence they close.
fn is_closer(c: char) -> bool {
    matches!(c, '"' | '”' | '»' | ')' | ']' | '’') || is_apostrophe(c)
}

/// Opening quotes and brackets that may precede the first word of a sentence.
const fn is_opener(c: char) -> bool {
    matches!(c, '"' | '“' | '«' | '(' | '[' | '\'' | '‘')
}

/// Whether the terminator run `run_start..run_end` (closers up to `end`) ends the
/// sentence that began at `start`.
fn ends_sentence(text: &str, start: usize, run_start: usize, run_end: usize, end: usize) -> bool {
    let (next, quoted) = next_word(text, end);
    let Some(next) = next else { return true };
    // A lowercase continuation means the period was not final ("5 p.m. on Monday", "“Why?” he asked").
    // ("wikiHow", "iPhone" start in lowercase but are names that can open a sentence.)
    if next.chars().next().is_some_and(char::is_lowercase) && !word_letters(next).chars().any(char::is_uppercase) {
        return false;
    }
    let run = &text[run_start..run_end];
    if run != "." {
        return true;
    }
    let word = word_before(text, start, run_start);
    if word.is_empty() {
        return true;
    }
    // "ST. LOUIS —", "FT. WORTH, Texas —": datelines and shouted lines write abbreviations
    // in capitals, so a word in capitals is looked up as the lists write it ("St", "Ft").
    let word = &*as_listed(word);
    // "1. The first point": a list number opening the line is not a sentence.
    if word.len() == run_start - start && word.len() <= 2 && word.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let starts_number = next.chars().next().is_some_and(|c| c.is_ascii_digit());
    if BEFORE_NUMBER.contains(&word) && starts_number {
        return false;
    }
    if NEVER_FINAL.contains(&word) {
        return false;
    }
    let single_capital = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
    // "U.S.", "J.K." are dotted abbreviations; "5.13." is a number ending a sentence.
    let dotted = word.contains('.') && word.chars().any(char::is_alphabetic);
    if AMBIGUOUS.contains(&word) || dotted || single_capital {
        return quoted || STARTERS.contains(&&*as_listed(word_letters(next)));
    }
    true
}

/// `word` as the abbreviation and starter lists write it: a word of two capitals or more
/// ("ST", "THE") in title case ("St", "The"); any other word as it is.
fn as_listed(word: &str) -> Cow<'_, str> {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) if word.len() >= 2 && word.chars().all(|c| c.is_ascii_uppercase()) => {
            Cow::Owned(first.to_string() + &chars.as_str().to_ascii_lowercase())
        }
        _ => Cow::Borrowed(word),
    }
}

/// The word after `from`, skipping spaces and opening quotes, and whether a quote opened
/// before it. `None` at the end of the text or at a line break.
fn next_word(text: &str, from: usize) -> (Option<&str>, bool) {
    let mut i = from;
    let mut quoted = false;
    while let Some(c) = char_at(text, i) {
        if c == '\n' || c == '\r' {
            return (None, quoted);
        }
        if c.is_whitespace() {
            i += c.len_utf8();
        } else if is_opener(c) {
            // A quote opening is a strong sign of a new sentence; a bracket is not ("Mich. (UPI)").
            quoted |= !matches!(c, '(' | '[');
            i += c.len_utf8();
        } else {
            break;
        }
    }
    let rest = &text[i..];
    if rest.is_empty() {
        return (None, quoted);
    }
    let len = rest.find(|c: char| c.is_whitespace()).unwrap_or(rest.len());
    (Some(&rest[..len]), quoted)
}

/// The leading letters of `word` ("He," → "He").
fn word_letters(word: &str) -> &str {
    let len = word.find(|c: char| !c.is_alphabetic()).unwrap_or(word.len());
    &word[..len]
}

/// The word that ends at `end` (letters, digits, inner periods), not before `start`.
fn word_before(text: &str, start: usize, end: usize) -> &str {
    let mut i = end;
    while i > start {
        match char_before(text, i) {
            Some(c) if c.is_alphanumeric() || c == '.' => i -= c.len_utf8(),
            _ => break,
        }
    }
    text[i..end].trim_start_matches('.')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(text: &str) -> Vec<&str> {
        split(text).iter().map(|s| &text[s.start..s.end]).collect()
    }

    /// (text, expected sentences) for real news-style sentences.
    const CASES: &[(&str, &[&str])] = &[
        ("Trump spoke. Putin listened.", &["Trump spoke.", "Putin listened."]),
        (
            "U.S. President Donald Trump met Mr. Putin on Jan. 5 at 10 a.m. in Helsinki.",
            &["U.S. President Donald Trump met Mr. Putin on Jan. 5 at 10 a.m. in Helsinki."],
        ),
        (
            "John F. Kennedy was shot in Dallas. J.K. Rowling wrote books.",
            &["John F. Kennedy was shot in Dallas.", "J.K. Rowling wrote books."],
        ),
        ("Prices rose 3.5 percent. The Dow fell.", &["Prices rose 3.5 percent.", "The Dow fell."]),
        ("Shares fell to 5.13. Dana Perino spoke.", &["Shares fell to 5.13.", "Dana Perino spoke."]),
        ("He said, \"We will win.\" Then he left.", &["He said, \"We will win.\"", "Then he left."]),
        ("\"Go.\" \"No.\"", &["\"Go.\"", "\"No.\""]),
        ("“Why?” he asked. Nobody answered.", &["“Why?” he asked.", "Nobody answered."]),
        (
            "The troops returned to the U.S. The war was over.",
            &["The troops returned to the U.S.", "The war was over."],
        ),
        (
            "Officials in the U.S. Congress disagreed with U.S. Sen. Ted Cruz.",
            &["Officials in the U.S. Congress disagreed with U.S. Sen. Ted Cruz."],
        ),
        (
            "Apple Inc. reported profits. Shares of Acme Corp. The company said no.",
            &["Apple Inc. reported profits.", "Shares of Acme Corp.", "The company said no."],
        ),
        (
            "The vote (held on Sept. 3.) was close. Gov. Jerry Brown signed it.",
            &["The vote (held on Sept. 3.) was close.", "Gov. Jerry Brown signed it."],
        ),
        ("Wait... What happened?! Nobody knows.", &["Wait...", "What happened?!", "Nobody knows."]),
        (
            "Headline without a stop\nFirst paragraph. Second.",
            &["Headline without a stop", "First paragraph.", "Second."],
        ),
        (
            "It was No. 1 in the charts, i.e. a hit, e.g. in Lexington, Ky. The band split.",
            &["It was No. 1 in the charts, i.e. a hit, e.g. in Lexington, Ky.", "The band split."],
        ),
        ("  Padded.   \n\n  Text  ", &["Padded.", "Text"]),
        ("U.S.-Russia relations are tense.", &["U.S.-Russia relations are tense."]),
        ("He quit. iPhone sales fell.", &["He quit.", "iPhone sales fell."]),
        ("1. Sanctions stay.\n2. Talks resume.", &["1. Sanctions stay.", "2. Talks resume."]),
        (
            "He stated, 'Russia is not rushing.' Putin agreed.",
            &["He stated, 'Russia is not rushing.'", "Putin agreed."],
        ),
        (
            "ST. ALDEN — The council met. FT. BEXLEY, Texas — The mayor resigned. MT. CARMODY is calm.",
            &["ST. ALDEN — The council met.", "FT. BEXLEY, Texas — The mayor resigned.", "MT. CARMODY is calm."],
        ),
        ("ALDEN, Wisc. — Gov. Ann Lee spoke. She left.", &["ALDEN, Wisc. — Gov. Ann Lee spoke.", "She left."]),
        ("SHARES OF ACME CO. THE FIRM SAID NO.", &["SHARES OF ACME CO.", "THE FIRM SAID NO."]),
    ];

    #[test]
    fn news_sentences_split_as_a_reader_would() {
        for (text, expected) in CASES {
            assert_eq!(parts(text), *expected, "in {text:?}");
        }
    }

    /// Prints the sentences of a file: `SENT_FILE=path cargo test print_sentences -- --ignored --nocapture`.
    #[test]
    #[ignore = "debug print"]
    fn print_sentences() {
        let Ok(path) = std::env::var("SENT_FILE") else { return };
        let text = std::fs::read_to_string(path).unwrap_or_default();
        for s in split(&text) {
            println!("[{}]", &text[s.start..s.end]);
        }
    }

    #[test]
    fn empty_and_odd_input_is_total() {
        for text in ["", "   ", ".", "...", "?!", "\"", "a.", ". . .", "Mr.", "日本. 東京"] {
            for s in split(text) {
                assert!(s.start < s.end && s.end <= text.len());
                assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
            }
        }
    }

    proptest::proptest! {
        /// Any text: sentences are in order, trimmed, on char boundaries, and cover all
        /// non-space text.
        #[test]
        fn split_is_total_and_covers(text in "([A-Za-z]{1,6}|[ .!?\"'“”‘’()…\n]|U\\.S\\.|Mr\\.|3\\.5|日本){0,60}") {
            let mut last = 0;
            for s in split(&text) {
                proptest::prop_assert!(last <= s.start && s.start < s.end && s.end <= text.len());
                proptest::prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
                proptest::prop_assert!(text[last..s.start].trim().is_empty());
                proptest::prop_assert_eq!(text[s.start..s.end].trim(), &text[s.start..s.end]);
                last = s.end;
            }
            proptest::prop_assert!(text[last..].trim().is_empty());
        }
    }

    #[test]
    fn sentences_cover_all_non_space_text_in_order() {
        let text = "A. B. c? D! (E.) “F.” G… h. Mr. I. 3.5. U.S. The end";
        let sents = split(text);
        let mut last = 0;
        for s in &sents {
            assert!(s.start >= last);
            assert!(text[last..s.start].trim().is_empty());
            last = s.end;
        }
        assert!(text[last..].trim().is_empty());
    }
}
