//! Quotation marks: which marks open and close quotes, how they pair into quoted
//! regions, and where sentences end outside quotes.
//!
//! Every scan here is a single pass over the text (pairing walks the marks once).
//!
//! ```
//! use article_explorer::analysis::quotes::marks::regions;
//! let text = "He said 'Japan's \"rock 'n' roll\" era is over,' then left.";
//! let r = regions(text);
//! // The nested double marks stay inside the single-mark quote; the apostrophes pair with nothing.
//! assert_eq!(r.len(), 1);
//! assert!(text[r[0].pieces[0].0..r[0].pieces[0].1].ends_with("era is over,"));
//! ```

use crate::model::Sentence;
use crate::text::{char_at, char_before};

use super::cues::{in_table, ABBREVIATIONS};

/// Double marks (`"` `“ ”` `« »` `„` ``` `` ```) and single marks (`'` `‘ ’`) pair separately.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Family {
    /// `"`, `“`, `”`, `«`, `»`, `„`, ``` `` ```, `''`.
    Double,
    /// `'`, `‘`, `’`.
    Single,
}

/// What a mark can do, judged from its neighbours.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    Either,
}

/// One quotation mark.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Mark {
    start: usize,
    end: usize,
    family: Family,
    role: Role,
    /// A closing single mark after a letter before a space ("voters' concerns" could
    /// be a plural possessive): used only when no stronger close follows.
    weak: bool,
}

/// A quoted region: its marks and content pieces (more than one when a quote runs
/// over paragraphs, each reopened by a mark).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Region {
    /// The opening mark's byte span.
    pub open: (usize, usize),
    /// The closing mark's byte span (empty at the paragraph end for an unclosed quote).
    pub close: (usize, usize),
    /// The content between the marks, per paragraph.
    pub pieces: Vec<(usize, usize)>,
    /// Which marks delimit it.
    pub family: Family,
}

/// Elisions an apostrophe opens: 'em, 'til, 'cause, rock 'n' roll.
const ELISIONS: &[&str] = &["em", "til", "cause", "n", "bout", "tis", "twas", "round", "nuff", "cept", "s"];

/// Whether the token is a quotation mark.
pub fn is_quote_char(w: &str) -> bool {
    matches!(w, "\"" | "“" | "”" | "‘" | "’" | "'" | "«" | "»" | "„" | "`")
}

fn is_opening_context(c: Option<char>) -> bool {
    c.is_none_or(|c| c.is_whitespace() || matches!(c, '(' | '[' | '{' | '—' | '–' | '-' | '/' | ':'))
}

fn is_closing_context(c: Option<char>) -> bool {
    c.is_none_or(|c| c.is_whitespace() || matches!(c, ',' | '.' | ';' | ':' | '!' | '?' | ')' | ']' | '}' | '—' | '–'))
}

/// Role of a straight (ambiguous) mark from the characters around it.
fn straight_role(prev: Option<char>, next: Option<char>) -> Role {
    let open = is_opening_context(prev) && next.is_some_and(|c| !c.is_whitespace());
    let close = prev.is_some_and(|c| !c.is_whitespace()) && is_closing_context(next);
    match (open, close) {
        (true, false) => Role::Open,
        (false, true) => Role::Close,
        _ => Role::Either,
    }
}

/// Whether a closing curly mark between `prev` and `next` opens a quote: after a
/// space before a letter ('¶ ”Sorry Sarah, …”'), or opening a paragraph, where it
/// closes nothing ('¶ ” … if the incumbent president can visit Louisiana, …,” it read').
fn closing_mark_opens(prev: Option<char>, next: Option<char>) -> bool {
    let after_space = prev.is_none_or(|p| p.is_whitespace() || p.is_control() || matches!(p, '\u{202a}'..='\u{202e}'));
    let opens_paragraph = prev.is_none_or(|p| p == '\n') && next.is_some_and(|n| n != '\n');
    (after_space && next.is_some_and(char::is_alphanumeric)) || opens_paragraph
}

/// Whether an apostrophe at `i` (1 byte or more) opens an elision ('90s, 'em, 'n').
fn is_elision(text: &str, after: usize) -> bool {
    let rest = text.get(after..).unwrap_or("");
    if rest.starts_with(|c: char| c.is_ascii_digit()) {
        return true;
    }
    let word: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
    let follow = rest[word.len()..].chars().next();
    in_table(ELISIONS, &word) && follow.is_none_or(|c| !c.is_alphanumeric())
}

/// Finds every quotation mark, with its role.
fn scan(text: &str) -> Vec<Mark> {
    let mut marks = Vec::new();
    let bytes = text.as_bytes();
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        let len = c.len_utf8();
        let prev = char_before(text, i);
        let mark = |start: usize, end: usize, family, role| Mark { start, end, family, role, weak: false };
        match c {
            '`' if bytes.get(i + 1) == Some(&b'`') => {
                iter.next();
                marks.push(mark(i, i + 2, Family::Double, Role::Open));
            }
            // "Mr. Rhodes said, ''The fact is, … northern Syria.'.')": wire text inside
            // parentheses garbles the closing '' into '.' before the bracket; it closes
            // a double-mark quote.
            '\'' if bytes.get(i + 1..i + 4) == Some(b".')") && prev.is_some_and(|p| !p.is_whitespace()) => {
                iter.next();
                iter.next();
                marks.push(mark(i, i + 3, Family::Double, Role::Close));
            }
            '\'' if bytes.get(i + 1) == Some(&b'\'') => {
                // Wire text's closing '' (and NYT's opening one).
                iter.next();
                let role = straight_role(prev, char_at(text, i + 2));
                marks.push(mark(i, i + 2, Family::Double, role));
            }
            // '<a href="http://…">', 'tweet-date="May 2, 2016"': an attribute value
            // of markup left in the text is no quote; skip it whole.
            '"' if prev == Some('=') => {
                let value = text[i + 1..].find(['"', '\n']).filter(|&k| text.as_bytes()[i + 1 + k] == b'"');
                if let Some(k) = value {
                    while iter.next_if(|&(j, _)| j <= i + 1 + k).is_some() {}
                }
            }
            '"' => marks.push(mark(i, i + 1, Family::Double, straight_role(prev, char_at(text, i + 1)))),
            // A curly mark typed the wrong way round reads by its place, as a reader
            // takes it: an opening mark after a word or sentence punctuation and before
            // a space, a bracket or the end of the line closes ('an “expedited review“
            // of', 'as polls are all we have.“[HuffPost.]'); a closing mark opening a
            // paragraph or following a space, before a letter, opens ('¶ ”Sorry Sarah, …”').
            '“' if prev.is_some_and(|p| !p.is_whitespace() && !is_opening_context(Some(p)))
                && char_at(text, i + len)
                    .is_none_or(|n| n.is_whitespace() || matches!(n, '[' | '(' | ')' | ',' | '.' | ';' | ':')) =>
            {
                marks.push(mark(i, i + len, Family::Double, Role::Close))
            }
            '”' if closing_mark_opens(prev, char_at(text, i + len)) => {
                marks.push(mark(i, i + len, Family::Double, Role::Open))
            }
            '“' | '„' | '«' => marks.push(mark(i, i + len, Family::Double, Role::Open)),
            '”' | '»' => marks.push(mark(i, i + len, Family::Double, Role::Close)),
            '‘' | '\'' | '’' => {
                let next = char_at(text, i + len);
                let alnum = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
                // Inside a word: don't, Japan's, Russia’s.
                if alnum(prev) && alnum(next) {
                    continue;
                }
                let opening = c != '’' && is_opening_context(prev) && next.is_some_and(|n| !n.is_whitespace());
                if opening {
                    // '90s, 'em, rock 'n' roll: elision, not a quote.
                    if is_elision(text, i + len) {
                        let rest = &text[i + len..];
                        // Skip the closing half of 'n' too.
                        if rest.starts_with("n'") || rest.starts_with("n’") {
                            iter.next();
                            iter.next();
                        }
                        continue;
                    }
                    marks.push(mark(i, i + len, Family::Single, Role::Open));
                } else if c != '‘' && prev.is_some_and(|p| !p.is_whitespace()) && is_closing_context(next) {
                    let weak = prev.is_some_and(char::is_alphabetic) && next.is_some_and(char::is_whitespace);
                    marks.push(Mark { start: i, end: i + len, family: Family::Single, role: Role::Close, weak });
                }
            }
            _ => {}
        }
    }
    marks
}

/// Whether `text[a..b]` holds a paragraph break, and where the first one is.
fn line_break(text: &str, a: usize, b: usize) -> Option<usize> {
    text.get(a..b)?.find('\n').map(|k| a + k)
}

/// A stretch `from..until` of the text known to hold no line break.
#[derive(Default)]
struct NoBreak {
    from: usize,
    until: usize,
}

impl NoBreak {
    /// [`line_break`] over `a..b`, skipping the part already known to be clean.
    fn line_break(&mut self, text: &str, a: usize, b: usize) -> Option<usize> {
        let scan_from = if self.from <= a && a <= self.until { self.until.max(a) } else { a };
        if scan_from >= b {
            return None;
        }
        let found = line_break(text, scan_from, b);
        if found.is_none() {
            if scan_from == a {
                self.from = a;
            }
            self.until = b;
        }
        found
    }
}

/// Whether only whitespace lies between `a` and `b`.
fn blank(text: &str, a: usize, b: usize) -> bool {
    text.get(a..b).is_some_and(|s| s.trim().is_empty())
}

/// A quote being paired: its opening mark, the pieces so far, the current piece's start.
type OpenQuote = ((usize, usize), Vec<(usize, usize)>, usize);

/// Pairs the marks of one family into regions. `skip` tells whether a mark lies
/// inside a region of the other family (nested marks are not paired).
fn pair(text: &str, marks: &[Mark], family: Family, skip: &dyn Fn(usize) -> bool) -> Vec<Region> {
    let fam: Vec<&Mark> = marks.iter().filter(|m| m.family == family && !skip(m.start)).collect();
    // For each mark: does a strong close follow before the next opening mark or
    // paragraph break? (Decides whether a weak close is really a close.)
    let mut strong_later = vec![false; fam.len()];
    let mut seen = false;
    for k in (0..fam.len()).rev() {
        strong_later[k] = seen;
        let m = fam[k];
        if m.role == Role::Open {
            seen = false;
        } else if !m.weak {
            seen = true;
        }
        if k > 0 && line_break(text, fam[k - 1].end, m.start).is_some() {
            seen = false;
        }
    }
    let mut out = Vec::new();
    // The open quote: opening mark and the pieces so far, the current piece's start.
    let mut open: Option<OpenQuote> = None;
    // A quote may stay open across many weak closes; remembering the stretch already
    // known to hold no line break keeps the break checks linear in the text length.
    let mut clean = NoBreak::default();
    // Marks up to this index pair inside the open quote and are skipped.
    let mut nested_through = None;
    for (k, m) in fam.iter().enumerate() {
        if nested_through.is_some_and(|n| k <= n) {
            continue;
        }
        let Some((om, mut pieces, piece_start)) = open.take() else {
            if m.role != Role::Close {
                open = Some(((m.start, m.end), Vec::new(), m.end));
            }
            continue;
        };
        if let Some(brk) = clean.line_break(text, piece_start, m.start) {
            // A paragraph ended inside the quote. If this mark opens the next paragraph,
            // the quote continues (the usual multi-paragraph convention).
            if m.role != Role::Close && blank(text, brk, m.start) {
                pieces.push((piece_start, brk));
                open = Some((om, pieces, m.end));
                continue;
            }
            // Otherwise the quote ended with its paragraph, unclosed: keep it when it
            // reads as finished, then judge this mark afresh.
            let piece = text[piece_start..brk].trim_end();
            if family == Family::Double && piece.ends_with(['.', '!', '?']) {
                pieces.push((piece_start, brk));
                out.push(Region { open: om, close: (brk, brk), pieces, family });
            }
            if m.role != Role::Close {
                open = Some(((m.start, m.end), Vec::new(), m.end));
            }
            continue;
        }
        // „…“: the German low-high pair closes with the opening English mark.
        let low_high = &text[om.0..om.1] == "„" && &text[m.start..m.end] == "“";
        match m.role {
            _ if low_high => {
                pieces.push((piece_start, m.start));
                out.push(Region { open: om, close: (m.start, m.end), pieces, family });
            }
            // “… the number of “cell phone only” households …”: an opener while open,
            // then two closes in the same paragraph, nests a quote in the quote (typed
            // with the same marks); the outer quote runs on to the second close.
            Role::Open if nests(text, &fam, k) => {
                nested_through = Some(k + 1);
                open = Some((om, pieces, piece_start));
            }
            // An opener while open: the earlier mark was stray; start again here.
            Role::Open => open = Some(((m.start, m.end), Vec::new(), m.end)),
            Role::Close if m.weak && strong_later[k] => open = Some((om, pieces, piece_start)),
            _ => {
                pieces.push((piece_start, m.start));
                out.push(Region { open: om, close: (m.start, m.end), pieces, family });
            }
        }
    }
    out
}

/// Whether the opener `fam[k]`, met while a quote is open, starts a quote nested in
/// it: the next two marks are strong closes of double marks, with no paragraph break
/// up to the second.
fn nests(text: &str, fam: &[&Mark], k: usize) -> bool {
    let close = |j: usize| fam.get(j).is_some_and(|m| m.role == Role::Close && !m.weak && m.family == Family::Double);
    close(k + 1) && close(k + 2) && line_break(text, fam[k].end, fam[k + 2].start).is_none()
}

/// The quoted regions of `text`, sorted by start, none inside another.
pub fn regions(text: &str) -> Vec<Region> {
    let marks = scan(text);
    let doubles = pair(text, &marks, Family::Double, &|_| false);
    let hull = |r: &Region| (r.open.0, r.close.1);
    let inside_double = |pos: usize| {
        let i = doubles.partition_point(|r| r.close.1 <= pos);
        doubles.get(i).is_some_and(|r| r.open.0 < pos)
    };
    let singles = pair(text, &marks, Family::Single, &inside_double);
    let mut all: Vec<Region> = doubles.into_iter().chain(singles).collect();
    all.sort_by_key(|r| (r.open.0, std::cmp::Reverse(r.close.1)));
    // Drop regions nested in an earlier one (double marks inside a single-mark quote).
    let mut out: Vec<Region> = Vec::with_capacity(all.len());
    for r in all {
        if out.last().is_some_and(|p| hull(p).1 >= hull(&r).1) {
            continue;
        }
        out.push(r);
    }
    out
}

/// Sentence starts outside quotes: the given sentences' starts, plus our own scan
/// (sentence punctuation then a capital, a digit or an opening mark; line breaks),
/// minus any inside a quoted region. Own boundaries matter while the sentence
/// splitter is a stub; dropping those inside quotes keeps a multi-sentence quote in
/// one frame with its attribution.
pub fn boundaries(text: &str, sentences: &[Sentence], regions: &[Region]) -> Vec<usize> {
    let mut b: Vec<usize> = sentences.iter().skip(1).map(|s| s.start).collect();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        if c == b'\n' {
            let mut j = i + 1;
            while j < bytes.len() && bytes[j].is_ascii_whitespace() {
                j += 1;
            }
            b.push(j);
            i = j;
            continue;
        }
        if matches!(c, b'.' | b'!' | b'?') {
            let mut j = i + 1;
            // Closing marks and brackets after the period belong to the sentence.
            while let Some(ch) = char_at(text, j) {
                if matches!(ch, '"' | '”' | '’' | '\'' | ')' | ']' | '»') {
                    j += ch.len_utf8();
                } else {
                    break;
                }
            }
            let mut k = j;
            while k < bytes.len() && (bytes[k] == b' ' || bytes[k] == b'\t') {
                k += 1;
            }
            let starts = char_at(text, k).is_some_and(|n| {
                n.is_uppercase() || n.is_ascii_digit() || matches!(n, '"' | '“' | '‘' | '\'' | '«' | '„' | '`')
            });
            if k > j && starts && !(c == b'.' && is_abbreviation(text, i)) {
                b.push(k);
            }
            i = j.max(i + 1);
            continue;
        }
        i += 1;
    }
    b.sort_unstable();
    b.dedup();
    // Drop boundaries strictly inside a quote.
    let mut out = Vec::with_capacity(b.len());
    let mut ri = 0;
    for pos in b {
        while ri < regions.len() && regions[ri].close.1 <= pos {
            ri += 1;
        }
        let inside = regions.get(ri).is_some_and(|r| r.open.1 <= pos && pos < r.close.0.max(r.open.1));
        if !inside && pos > 0 && pos < text.len() {
            out.push(pos);
        }
    }
    out
}

/// Whether the period at `dot` ends an abbreviation or an initial ("Mr.", "U.S.", "J.").
fn is_abbreviation(text: &str, dot: usize) -> bool {
    let head = &text[..dot];
    let word_start = head
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '.'))
        .map_or(0, |(k, c)| k + c.len_utf8());
    let word = &head[word_start..];
    word.chars().count() == 1 && word.chars().all(char::is_uppercase) || in_table(ABBREVIATIONS, word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(text: &str) -> Vec<String> {
        regions(text)
            .iter()
            .map(|r| r.pieces.iter().map(|&(a, b)| text[a..b].trim()).collect::<Vec<_>>().join(" | "))
            .collect()
    }

    #[test]
    fn every_convention_pairs() {
        let cases: &[(&str, &[&str])] = &[
            ("He said \"yes,\" then \"no.\"", &["yes,", "no."]),
            ("“Curly,” she said.", &["Curly,"]),
            ("``Wire style,'' he said.", &["Wire style,"]),
            ("''NYT style,'' he said.", &["NYT style,"]),
            ("«Guillemets» here", &["Guillemets"]),
            ("„Low high“ here", &["Low high"]),
            ("Heio said, 'Russia is not rushing.'", &["Russia is not rushing."]),
        ];
        for (text, want) in cases {
            assert_eq!(quoted(text), *want, "{text}");
        }
    }

    #[test]
    fn apostrophes_never_quote() {
        let cases = [
            "Japan's Ministry and Russia’s plan",
            "In the '90s they didn't play rock 'n' roll.",
            "the voters' choice and the candidates' plans",
            "’Tis the season, ’em all",
        ];
        for text in cases {
            assert!(quoted(text).is_empty(), "{text}: {:?}", quoted(text));
        }
    }

    #[test]
    fn possessive_inside_single_quote_is_not_a_close() {
        let text = "He said 'the voters' choice is clear,' and left.";
        assert_eq!(quoted(text), ["the voters' choice is clear,"]);
    }

    #[test]
    fn multi_paragraph_quote_is_one_region() {
        let text = "He said: “First paragraph.\n\n“Second paragraph.”\n\nAfter.";
        assert_eq!(quoted(text), ["First paragraph. | Second paragraph."]);
    }

    #[test]
    fn nested_marks_stay_inside() {
        let text = "“Our friends taunt us: ‘You will be thrown out,’” she said.";
        assert_eq!(quoted(text), ["Our friends taunt us: ‘You will be thrown out,’"]);
    }

    #[test]
    fn boundaries_skip_abbreviations_and_quotes() {
        let text = "Mr. Smith met U.S. officials. “We won. It was hard,” he said. Then he left.";
        let r = regions(text);
        let b = boundaries(text, &[], &r);
        let starts: Vec<String> = b.iter().map(|&i| text[i..].chars().take(3).collect()).collect();
        assert_eq!(starts, ["“We", "The"]);
    }
}
