//! Reader for GUM source XML (the Wikinews news and interview documents).
//!
//! GUM's `_build/src/xml/*.xml` files hold one token per line as `word<TAB>POS<TAB>lemma`
//! (Penn/TreeTagger tags: `NP`/`NPS` are proper nouns), with structure as tags on their
//! own lines: `<s>` sentences, `<p>`/`<head>`/`<sp>`/`<caption>` blocks, `<w>` groups of
//! tokens written without spaces ("all-girl"), `<ref target=…>` wiki links. These files
//! carry no entity types or coreference (those live in GUM's other formats), so the
//! evaluation uses them for sentence splits and for untyped proper-noun spans.
//!
//! The reader rebuilds a plain text from the tokens ([`Detok`]): one block per line,
//! tokens separated by a space except before closing punctuation and clitics, and it keeps
//! each token's and sentence's byte span in that text.
//!
//! ```
//! use article_explorer::eval::gum::parse;
//! let xml = "<text id=\"x\">\n<p>\n<s type=\"decl\">\nHe\tPP\the\nleft\tVVD\tleave\n.\tSENT\t.\n</s>\n</p>\n</text>\n";
//! let doc = parse("x", xml);
//! assert_eq!(doc.text, "He left.");
//! assert_eq!(doc.sentences.len(), 1);
//! ```

use crate::model::Span;

/// One GUM document rebuilt as plain text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct GumDoc {
    /// Document name (file stem).
    pub name: String,
    /// The rebuilt text: one block (paragraph, heading, caption) per line.
    pub text: String,
    /// Gold sentences (byte spans into `text`).
    pub sentences: Vec<Span>,
    /// Tokens with their part-of-speech tags.
    pub tokens: Vec<GumToken>,
}

/// One token of a GUM document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GumToken {
    /// Byte span in [`GumDoc::text`].
    pub span: Span,
    /// Part-of-speech tag (`NP`, `NN`, …).
    pub pos: String,
    /// Index of the sentence the token belongs to.
    pub sentence: usize,
}

impl GumDoc {
    /// Gold proper-noun spans: maximal runs of `NP`/`NPS` tokens inside one sentence,
    /// leaving out runs made only of month and weekday names (dates, not entities).
    pub fn proper_noun_spans(&self) -> Vec<Span> {
        let mut out = Vec::new();
        let mut run: Option<(Span, usize, bool)> = None;
        for t in &self.tokens {
            let proper = t.pos == "NP" || t.pos == "NPS";
            let calendar = CALENDAR.contains(&t.span.slice(&self.text));
            match (&mut run, proper) {
                (Some((span, sent, all_cal)), true) if *sent == t.sentence => {
                    span.end = t.span.end;
                    *all_cal &= calendar;
                }
                (_, true) => {
                    if let Some((span, _, false)) = run.take() {
                        out.push(span);
                    }
                    run = Some((t.span, t.sentence, calendar));
                }
                (_, false) => {
                    if let Some((span, _, false)) = run.take() {
                        out.push(span);
                    }
                    run = None;
                }
            }
        }
        if let Some((span, _, false)) = run {
            out.push(span);
        }
        out
    }
}

/// Month and weekday names, tagged as proper nouns in GUM but dates here.
const CALENDAR: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// Elements that start a new line (block) in the rebuilt text.
/// (Poem lines, `<l>`, are joined by spaces: GUM's sentences run across them.)
const BLOCKS: &[&str] = &["head", "p", "sp", "caption", "item", "list", "figure"];

/// Parses one GUM source XML file.
pub fn parse(name: &str, xml: &str) -> GumDoc {
    let mut d = Detok::default();
    let mut sentences = Vec::new();
    let mut tokens = Vec::new();
    let mut sent_start: Option<usize> = None;
    let mut glued = 0usize;
    for line in xml.lines() {
        let line = line.trim_end_matches('\r');
        if let Some(tag) = line.strip_prefix('<') {
            let closing = tag.starts_with('/');
            let tag_name: String =
                tag.trim_start_matches('/').chars().take_while(|c| c.is_ascii_alphanumeric()).collect();
            match tag_name.as_str() {
                "s" if !closing => sent_start = None,
                "s" => {
                    if let (Some(s), Some(last)) = (sent_start.take(), tokens.last()) {
                        let last: &GumToken = last;
                        sentences.push(Span::new(s, last.span.end));
                    }
                }
                // Tokens inside <w> are written without spaces between them ("all-girl").
                "w" if !closing => glued = 1,
                "w" => glued = 0,
                t if BLOCKS.contains(&t) => d.newline(),
                _ => {}
            }
            continue;
        }
        let mut cols = line.split('\t');
        let (Some(word), Some(pos)) = (cols.next(), cols.next()) else { continue };
        let word = unescape(word);
        let glue = glued > 1;
        let span = d.push(&word, pos, glue);
        if glued > 0 {
            glued += 1;
        }
        sent_start.get_or_insert(span.start);
        tokens.push(GumToken { span, pos: pos.to_string(), sentence: sentences.len() });
    }
    GumDoc { name: name.to_string(), text: d.finish(), sentences, tokens }
}

/// Replaces the XML character entities GUM uses.
pub fn unescape(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&")
}

/// Rebuilds running text from tokens, recording each token's byte span.
#[derive(Clone, Debug, Default)]
pub struct Detok {
    /// The text so far.
    text: String,
    /// Whether the last token opened something (no space after it).
    open: bool,
    /// Whether a straight double quote is currently open.
    in_quote: bool,
}

impl Detok {
    /// Starts a new line (block), unless the text is empty or already ends a line.
    pub fn newline(&mut self) {
        if !self.text.is_empty() && !self.text.ends_with('\n') {
            self.text.push('\n');
        }
        self.open = true;
    }

    /// Appends a token; `glue` forbids a space before it. Returns its byte span.
    pub fn push(&mut self, word: &str, pos: &str, glue: bool) -> Span {
        let word = match word {
            "``" => "“",
            "''" if pos != "POS" => "”",
            "-LRB-" => "(",
            "-RRB-" => ")",
            w => w,
        };
        let straight_quote = word == "\"";
        let opens = matches!(word, "“" | "(" | "[" | "$" | "‘") || (straight_quote && !self.in_quote);
        // No space before closing punctuation, clitics and closing quotes.
        let closes = matches!(word, "," | "." | ";" | ":" | "!" | "?" | ")" | "]" | "%" | "”" | "’" | "..." | "'")
            || pos == "POS"
            || word.starts_with('\'') && word.len() <= 3
            || word.eq_ignore_ascii_case("n't")
            || (straight_quote && self.in_quote);
        if straight_quote {
            self.in_quote = !self.in_quote;
        }
        let space = !(glue || closes || self.open || self.text.is_empty() || self.text.ends_with('\n'));
        if space {
            self.text.push(' ');
        }
        let start = self.text.len();
        self.text.push_str(word);
        self.open = opens;
        Span::new(start, self.text.len())
    }

    /// The rebuilt text.
    pub fn finish(mut self) -> String {
        let len = self.text.trim_end().len();
        self.text.truncate(len);
        self.text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SNIPPET: &str = "<text id=\"GUM_news_demo\" type=\"news\">
<head>
<s type=\"frag\">
Robots\tNPS\tRobot
win\tVVP\twin
</s>
</head>
<p>
<s type=\"decl\">
The\tDT\tthe
<w>
all\tDT\tall
-\tHYPH\t-
girl\tNN\tgirl
</w>
team\tNN\tteam
met\tVVD\tmeet
U.S.\tNP\tU.S.
President\tNP\tPresident
<ref target=\"https://en.wikinews.org/wiki/Donald_Trump\">
Donald\tNP\tDonald
Trump\tNP\tTrump
</ref>
on\tIN\ton
Friday\tNP\tFriday
.\tSENT\t.
</s>
<s type=\"decl\">
``\t``\t``
We\tPP\twe
won\tVVD\twin
,\t,\t,
''\t''\t''
Trump\tNP\tTrump
's\tPOS\t's
guest\tNN\tguest
said\tVVD\tsay
.\tSENT\t.
</s>
</p>
</text>
";

    #[test]
    fn reader_rebuilds_text_sentences_and_proper_nouns() {
        let doc = parse("demo", SNIPPET);
        assert_eq!(
            doc.text,
            "Robots win\nThe all-girl team met U.S. President Donald Trump on Friday. \
             “We won,” Trump's guest said."
        );
        let sents: Vec<&str> = doc.sentences.iter().map(|s| s.slice(&doc.text)).collect();
        assert_eq!(
            sents,
            [
                "Robots win",
                "The all-girl team met U.S. President Donald Trump on Friday.",
                "“We won,” Trump's guest said."
            ]
        );
        let names: Vec<&str> = doc.proper_noun_spans().iter().map(|s| s.slice(&doc.text)).collect();
        assert_eq!(names, ["Robots", "U.S. President Donald Trump", "Trump"]);
    }
}
