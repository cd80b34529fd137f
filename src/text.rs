//! Text utilities shared by every analysis module: offset conversion and a tokenizer.
//!
//! [`OffsetMap`] converts between byte offsets (what Rust slices by) and Unicode
//! code-point offsets (what the JSON output and annotated data use). It is the one
//! place that conversion happens.
//!
//! [`tokenize`] splits text into words, numbers and punctuation with byte spans. Words
//! keep inner apostrophes ("don't", "Japan's", "Russia’s") and inner hyphens
//! ("U.S.-Russia" gives `U.S`, `.`, `-`… no: see the tests for exact behaviour).
//!
//! ```
//! use article_explorer::text::{tokenize, OffsetMap, TokenKind};
//! let text = "Russia’s plan, “2025”.";
//! let words: Vec<&str> = tokenize(text).iter().filter(|t| t.kind == TokenKind::Word)
//!     .map(|t| t.slice(text)).collect();
//! assert_eq!(words, ["Russia’s", "plan"]);
//! let map = OffsetMap::new(text);
//! assert_eq!(map.byte_to_char(text.find("plan").unwrap()), 9);
//! ```

use crate::model::Span;

/// Converts between byte offsets and code-point offsets in one text.
#[derive(Clone, Debug)]
pub struct OffsetMap {
    /// Byte offset of each char, plus the text length at the end; empty for ASCII text,
    /// where both units agree.
    starts: Vec<usize>,
}

impl OffsetMap {
    /// Builds the map for `text`.
    pub fn new(text: &str) -> Self {
        if text.is_ascii() {
            return OffsetMap { starts: Vec::new() };
        }
        let mut starts: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        starts.push(text.len());
        OffsetMap { starts }
    }

    /// The code-point offset of byte offset `byte` (rounded down to a char boundary).
    pub fn byte_to_char(&self, byte: usize) -> usize {
        if self.starts.is_empty() {
            return byte;
        }
        match self.starts.binary_search(&byte) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        }
    }

    /// The byte offset of code-point offset `ch` (clamped to the text's end).
    pub fn char_to_byte(&self, ch: usize) -> usize {
        if self.starts.is_empty() {
            return ch;
        }
        self.starts[ch.min(self.starts.len() - 1)]
    }
}

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (and digits mixed with letters), with inner apostrophes, hyphens and
    /// periods between letters ("don't", "Russia’s", "U.S", "well-known").
    Word,
    /// Digits, with inner `.`, `,` or `:` between digits ("3.5", "1,000", "10:30").
    Number,
    /// Any other single non-space character.
    Punct,
}

/// A token: its kind and byte span.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// Start byte.
    pub start: usize,
    /// End byte (exclusive).
    pub end: usize,
    /// Kind.
    pub kind: TokenKind,
}

impl Token {
    /// The token's text.
    pub fn slice<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }

    /// The token's span.
    pub const fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// Whether `c` is an apostrophe-like mark that can sit inside a word.
pub const fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

/// Splits `text` into tokens, skipping whitespace.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 5);
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        if c.is_alphanumeric() {
            let mut end = start + c.len_utf8();
            let mut has_letter = c.is_alphabetic();
            loop {
                let rest = &text[end..];
                let mut it = rest.chars();
                let Some(n) = it.next() else { break };
                if n.is_alphanumeric() {
                    has_letter |= n.is_alphabetic();
                    end += n.len_utf8();
                    continue;
                }
                // A joiner stays inside the token only when a letter or digit follows it:
                // "don't", "Russia’s", "well-known", "3.5", "1,000", "U.S" (the final
                // period of an abbreviation is left for the sentence splitter to judge).
                let joins = match n {
                    c2 if is_apostrophe(c2) => has_letter,
                    '-' | '.' => true,
                    ',' | ':' => !has_letter,
                    _ => false,
                };
                let next_is_alnum = it.next().is_some_and(|m| m.is_alphanumeric());
                if joins && next_is_alnum {
                    end += n.len_utf8();
                    continue;
                }
                break;
            }
            let kind = if has_letter { TokenKind::Word } else { TokenKind::Number };
            tokens.push(Token { start, end, kind });
            while chars.peek().is_some_and(|&(i, _)| i < end) {
                chars.next();
            }
        } else {
            tokens.push(Token { start, end: start + c.len_utf8(), kind: TokenKind::Punct });
        }
    }
    tokens
}

/// Whether `word` starts with an uppercase letter.
pub fn is_capitalized(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// The char just before byte offset `i`, if any.
pub fn char_before(text: &str, i: usize) -> Option<char> {
    text.get(..i)?.chars().next_back()
}

/// The byte offset where the line holding byte offset `i` begins.
pub fn line_start(text: &str, i: usize) -> usize {
    text[..i].rfind('\n').map_or(0, |n| n + 1)
}

/// The char at byte offset `i`, if any.
pub fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..)?.chars().next()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(text: &str) -> Vec<(&str, TokenKind)> {
        tokenize(text).into_iter().map(|t| (t.slice(text), t.kind)).collect()
    }

    #[test]
    fn words_keep_inner_apostrophes_and_hyphens() {
        use TokenKind::*;
        assert_eq!(
            toks("Japan's don't Russia’s well-known"),
            [("Japan's", Word), ("don't", Word), ("Russia’s", Word), ("well-known", Word)]
        );
    }

    #[test]
    fn quote_marks_are_separate_tokens() {
        use TokenKind::*;
        assert_eq!(toks("'land,'"), [("'", Punct), ("land", Word), (",", Punct), ("'", Punct)]);
        assert_eq!(toks("“Yes.”"), [("“", Punct), ("Yes", Word), (".", Punct), ("”", Punct)]);
    }

    #[test]
    fn numbers_and_abbreviations() {
        use TokenKind::*;
        assert_eq!(toks("3.5 1,000 10:30"), [("3.5", Number), ("1,000", Number), ("10:30", Number)]);
        assert_eq!(toks("U.S. forces"), [("U.S", Word), (".", Punct), ("forces", Word)]);
        assert_eq!(toks("'90s"), [("'", Punct), ("90s", Word)]);
    }

    #[test]
    fn offset_map_round_trips_on_multibyte_text() {
        let text = "“Ünïcode” — 日本 ok";
        let map = OffsetMap::new(text);
        for (ci, (bi, _)) in text.char_indices().enumerate() {
            assert_eq!(map.byte_to_char(bi), ci);
            assert_eq!(map.char_to_byte(ci), bi);
        }
        let n = text.chars().count();
        assert_eq!(map.byte_to_char(text.len()), n);
        assert_eq!(map.char_to_byte(n), text.len());
    }
}
