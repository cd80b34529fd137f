//! Search over articles, quotes, speakers and entities: ranked, prefix-matching,
//! typo-tolerant on longer words, with the matched words marked for highlighting.
//!
//! The index is built in memory when the corpus loads (a corpus is a few hundred
//! articles at most; building takes milliseconds). Each record is tokenized into
//! lowercase, accent-folded words with byte spans; a vocabulary maps each word to where
//! it occurs. A query word matches a vocabulary word
//!
//! - exactly (weight 1.0),
//! - as a prefix, so results come as you type (0.8, for query words of 2+ letters),
//! - with one typo for words of [`TYPO_MIN`]..9 letters, two from 9 letters (0.6).
//!
//! Every query word must match. A record's score sums, per query word, its best match
//! times the field weight (names and titles count more than bodies), times a small
//! weight per kind so a speaker or entity named exactly ranks above passing mentions.
//!
//! ```
//! use article_explorer::search::{Index, Kind, Record, Target};
//! let mut index = Index::default();
//! index.add(Record {
//!     kind: Kind::Speaker,
//!     title: "Heio Chinji".into(),
//!     body: String::new(),
//!     target: Target::default(),
//!     quoted: false,
//! });
//! let hits = index.search("chinjy", 10); // one typo, 6 letters
//! assert_eq!(hits.len(), 1);
//! assert_eq!(hits[0].title_marks, [(5, 11)]);
//! ```

use std::collections::HashMap;

use crate::view::corpus::{speaker_name, Corpus};
use crate::view::reader::entity_kind_label;

/// Shortest query word (in letters) that tolerates a typo.
pub const TYPO_MIN: usize = 5;
/// Characters of body text shown around the first match.
pub const SNIPPET_CHARS: usize = 180;

/// What a record is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// A person quoted.
    Speaker,
    /// A person, organisation or place named.
    Entity,
    /// A quotation.
    Quote,
    /// A whole article.
    Article,
}

impl Kind {
    /// Ranking weight: an exact name beats a passing mention.
    fn weight(self) -> f64 {
        match self {
            Kind::Speaker => 1.3,
            Kind::Entity => 1.2,
            Kind::Quote => 1.1,
            Kind::Article => 1.0,
        }
    }

    /// Label for result lists.
    pub const fn label(self) -> &'static str {
        match self {
            Kind::Speaker => "Speaker",
            Kind::Entity => "Entity",
            Kind::Quote => "Quote",
            Kind::Article => "Article",
        }
    }
}

/// Where a result leads.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Target {
    /// Article index.
    pub article: Option<usize>,
    /// Sentence index in that article.
    pub sentence: Option<usize>,
    /// Quote index in that article.
    pub quote: Option<usize>,
    /// Speaker or entity name.
    pub name: Option<String>,
}

/// One searchable thing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Record {
    /// Kind.
    pub kind: Kind,
    /// Name, headline or quote text (weighs more).
    pub title: String,
    /// Further text (article body, quote's speaker and source, aliases).
    pub body: String,
    /// Where it leads.
    pub target: Target,
    /// For quotes: whether they are the speaker's own words (shown in quote marks).
    pub quoted: bool,
}

/// A word occurrence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Posting {
    record: u32,
    in_title: bool,
    start: u32,
    end: u32,
}

/// The search index.
#[derive(Clone, Debug, Default)]
pub struct Index {
    records: Vec<Record>,
    vocab: HashMap<String, Vec<Posting>>,
}

/// One result.
#[derive(Clone, Debug, PartialEq)]
pub struct Hit {
    /// Index of the record ([`Index::record`]).
    pub record: usize,
    /// Score (higher is better).
    pub score: f64,
    /// Byte spans of matched words in the title.
    pub title_marks: Vec<(usize, usize)>,
    /// An excerpt of the body around the first match (the whole body when short).
    pub snippet: String,
    /// Byte spans of matched words in the snippet.
    pub snippet_marks: Vec<(usize, usize)>,
}

impl Index {
    /// Indexes a corpus: one record per article, quote, speaker and entity.
    pub fn from_corpus(corpus: &Corpus) -> Index {
        let mut index = Index::default();
        let mut speakers: Vec<(String, usize, usize, usize)> = Vec::new();
        let mut entities: Vec<String> = Vec::new();
        for (ai, doc) in corpus.articles.iter().enumerate() {
            let article = Some(ai);
            index.add(Record {
                kind: Kind::Article,
                title: doc.title.clone(),
                body: doc.text.clone(),
                target: Target { article, ..Target::default() },
                quoted: false,
            });
            for (qi, q) in doc.analysis.quotes.iter().enumerate() {
                let name = speaker_name(q);
                index.add(Record {
                    kind: Kind::Quote,
                    title: q.text.clone(),
                    body: format!("{name} · {}", doc.title),
                    target: Target { article, sentence: Some(q.sentence), quote: Some(qi), name: Some(name.into()) },
                    quoted: q.kind != crate::model::QuoteKind::Indirect,
                });
                match speakers.iter_mut().find(|s| s.0 == name) {
                    Some(s) => s.1 += 1,
                    None => speakers.push((name.into(), 1, ai, qi)),
                }
            }
            for e in &doc.analysis.entities {
                if entities.contains(&e.name) {
                    continue;
                }
                entities.push(e.name.clone());
                let mut body = entity_kind_label(e.kind).to_string();
                if !e.aliases.is_empty() {
                    body.push_str(" · also ");
                    body.push_str(&e.aliases.join(", "));
                }
                index.add(Record {
                    kind: Kind::Entity,
                    title: e.name.clone(),
                    body,
                    target: Target { article, name: Some(e.name.clone()), ..Target::default() },
                    quoted: false,
                });
            }
        }
        for (name, count, ai, qi) in speakers {
            let plural = if count == 1 { "" } else { "s" };
            index.add(Record {
                kind: Kind::Speaker,
                title: name.clone(),
                body: format!("{count} quote{plural}"),
                target: Target { article: Some(ai), quote: Some(qi), name: Some(name), ..Target::default() },
                quoted: false,
            });
        }
        index
    }

    /// Adds a record.
    pub fn add(&mut self, record: Record) {
        let id = self.records.len() as u32;
        for (in_title, text) in [(true, &record.title), (false, &record.body)] {
            for (start, end, word) in words(text) {
                self.vocab.entry(word).or_default().push(Posting {
                    record: id,
                    in_title,
                    start: start as u32,
                    end: end as u32,
                });
            }
        }
        self.records.push(record);
    }

    /// A record by index.
    pub fn record(&self, i: usize) -> &Record {
        &self.records[i]
    }

    /// Number of records.
    pub fn len(&self) -> usize {
        self.records.len()
    }

    /// Whether the index is empty.
    pub fn is_empty(&self) -> bool {
        self.records.is_empty()
    }

    /// The best `limit` records for `query`, best first.
    pub fn search(&self, query: &str, limit: usize) -> Vec<Hit> {
        let terms: Vec<String> = words(query).into_iter().map(|w| w.2).collect();
        if terms.is_empty() {
            return Vec::new();
        }
        // Per record: best score per term, and every matched span.
        let mut best: HashMap<u32, Vec<f64>> = HashMap::new();
        let mut spans: HashMap<u32, Vec<Posting>> = HashMap::new();
        for (ti, term) in terms.iter().enumerate() {
            for (word, postings) in &self.vocab {
                let Some(w) = match_weight(term, word) else { continue };
                for p in postings {
                    let field = if p.in_title { 3.0 } else { 1.0 };
                    let scores = best.entry(p.record).or_insert_with(|| vec![0.0; terms.len()]);
                    scores[ti] = f64::max(scores[ti], w * field);
                    spans.entry(p.record).or_default().push(*p);
                }
            }
        }
        let mut hits: Vec<Hit> = best
            .into_iter()
            .filter(|(_, scores)| scores.iter().all(|&s| s > 0.0))
            .map(|(r, scores)| {
                let record = &self.records[r as usize];
                let found = &spans[&r];
                // A little for repeated mentions, a little for short (focused) titles.
                let repeats = (found.len() as f64).ln_1p() * 0.1;
                let focus = 1.0 / (1.0 + record.title.len() as f64 / 200.0);
                let score = (scores.iter().sum::<f64>() + repeats) * record.kind.weight() * focus;
                let mut title_marks: Vec<(usize, usize)> =
                    found.iter().filter(|p| p.in_title).map(|p| (p.start as usize, p.end as usize)).collect();
                title_marks.sort_unstable();
                title_marks.dedup();
                let mut body_marks: Vec<(usize, usize)> =
                    found.iter().filter(|p| !p.in_title).map(|p| (p.start as usize, p.end as usize)).collect();
                body_marks.sort_unstable();
                body_marks.dedup();
                let (snippet, snippet_marks) = snippet(&record.body, &body_marks);
                Hit { record: r as usize, score, title_marks, snippet, snippet_marks }
            })
            .collect();
        hits.sort_by(|a, b| {
            b.score.total_cmp(&a.score).then_with(|| {
                let (ka, kb) = (self.records[a.record].kind, self.records[b.record].kind);
                ka.cmp(&kb).then(a.record.cmp(&b.record))
            })
        });
        hits.truncate(limit);
        hits
    }
}

/// How well query word `term` matches vocabulary word `word` (both folded).
fn match_weight(term: &str, word: &str) -> Option<f64> {
    if term == word {
        return Some(1.0);
    }
    let n = term.chars().count();
    if n >= 2 && word.starts_with(term) {
        return Some(0.8);
    }
    if n >= TYPO_MIN {
        let allowed = if n >= 9 { 2 } else { 1 };
        let m = word.chars().count();
        if m.abs_diff(n) <= allowed && edit_distance(term, word, allowed) <= allowed {
            return Some(0.6);
        }
        // A typo in what is being typed: "zaporiz" for "zaporizhzhia".
        if m > n {
            let head: String = word.chars().take(n).collect();
            if edit_distance(term, &head, 1) <= 1 {
                return Some(0.5);
            }
        }
    }
    None
}

/// Optimal-string-alignment distance (a swap of neighbours is one edit), stopping early
/// once it exceeds `limit`.
fn edit_distance(a: &str, b: &str, limit: usize) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev2 = vec![0usize; b.len() + 1];
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0usize; b.len() + 1];
    for i in 1..=a.len() {
        cur[0] = i;
        let mut row_min = cur[0];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            cur[j] = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                cur[j] = cur[j].min(prev2[j - 2] + 1);
            }
            row_min = row_min.min(cur[j]);
        }
        if row_min > limit {
            return limit + 1;
        }
        std::mem::swap(&mut prev2, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// Words of `text`: (start byte, end byte, folded lowercase word). A word is a run of
/// letters and digits; apostrophes and hyphens split ("Russia’s" → "russia", "s").
pub fn words(text: &str) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s, i, fold(&text[s..i])));
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// Lowercases and strips common Latin accents, so "Ærø" finds "aero" and "é" finds "e".
pub fn fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars().flat_map(char::to_lowercase) {
        match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ą' => out.push('a'),
            'æ' => out.push_str("ae"),
            'ç' | 'č' | 'ć' => out.push('c'),
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ę' | 'ě' => out.push('e'),
            'ì' | 'í' | 'î' | 'ï' | 'ī' => out.push('i'),
            'ñ' | 'ń' | 'ň' => out.push('n'),
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => out.push('o'),
            'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => out.push('u'),
            'ý' | 'ÿ' => out.push('y'),
            'š' | 'ś' => out.push('s'),
            'ž' | 'ź' | 'ż' => out.push('z'),
            'ł' => out.push('l'),
            'ß' => out.push_str("ss"),
            'ř' => out.push('r'),
            _ => out.push(c),
        }
    }
    out
}

/// The body when short, else about [`SNIPPET_CHARS`] around the first mark (cut at
/// word boundaries, with ellipses), and the marks moved into it.
fn snippet(body: &str, marks: &[(usize, usize)]) -> (String, Vec<(usize, usize)>) {
    if body.chars().count() <= SNIPPET_CHARS {
        return (body.to_string(), marks.to_vec());
    }
    let first = marks.first().map_or(0, |m| m.0);
    let back = body[..first].char_indices().rev().nth(SNIPPET_CHARS / 3).map_or(0, |(i, _)| i);
    let start = if back == 0 { 0 } else { body[back..first].find(' ').map_or(back, |i| back + i + 1) };
    let mut end = body[start..].char_indices().nth(SNIPPET_CHARS).map_or(body.len(), |(i, _)| start + i);
    if end < body.len() {
        end = body[start..end].rfind(' ').map_or(end, |i| start + i);
    }
    let lead = if start > 0 { "…" } else { "" };
    let tail = if end < body.len() { "…" } else { "" };
    let text = format!("{lead}{}{tail}", body[start..end].replace('\n', " "));
    let shift = lead.len();
    let marks = marks
        .iter()
        .filter(|m| m.0 >= start && m.1 <= end)
        .map(|m| (m.0 - start + shift, m.1 - start + shift))
        .collect();
    (text, marks)
}

/// Splits `text` into (piece, is_match) runs for drawing highlights.
pub fn segments<'a>(text: &'a str, marks: &[(usize, usize)]) -> Vec<(&'a str, bool)> {
    let mut out = Vec::new();
    let mut at = 0;
    for &(s, e) in marks {
        if s < at || e > text.len() || !text.is_char_boundary(s) || !text.is_char_boundary(e) {
            continue;
        }
        if s > at {
            out.push((&text[at..s], false));
        }
        out.push((&text[s..e], true));
        at = e;
    }
    if at < text.len() {
        out.push((&text[at..], false));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view::fixture;

    fn kinds_and_titles(index: &Index, hits: &[Hit]) -> Vec<(Kind, String)> {
        hits.iter().map(|h| (index.record(h.record).kind, index.record(h.record).title.clone())).collect()
    }

    #[test]
    fn finds_the_zaporizhzhia_quote_and_marks_the_word() {
        let index = Index::from_corpus(&fixture::corpus());
        let hits = index.search("Zaporizhzhia", 10);
        let quote = hits.iter().find(|h| index.record(h.record).kind == Kind::Quote).expect("a quote hit");
        let r = index.record(quote.record);
        assert_eq!(r.target.quote, Some(1));
        let marked: Vec<&str> = quote.title_marks.iter().map(|&(s, e)| &r.title[s..e]).collect();
        assert_eq!(marked, ["Zaporizhzhia"]);
        // The entity named exactly ranks first.
        assert_eq!(index.record(hits[0].record).kind, Kind::Entity);
    }

    #[test]
    fn prefixes_typos_and_accents() {
        let index = Index::from_corpus(&fixture::corpus());
        let top = |q: &str| index.search(q, 5).first().map(|h| index.record(h.record).title.clone());
        assert_eq!(top("heio chi").as_deref(), Some("Heio Chinji"), "prefix as you type");
        assert_eq!(top("Chinij").as_deref(), Some("Heio Chinji"), "two letters swapped in a 6-letter word");
        assert_eq!(top("Zaporizzhia").as_deref(), Some("Zaporizhzhia Nuclear Power Plant"), "two typos in a long word");
        assert_eq!(top("aero").as_deref(), Some("Ærø"), "accents fold");
        assert!(index.search("Puton", 5).iter().any(|h| index.record(h.record).title == "Vladimir Putin"));
        // Short words need to be exact or prefixes: "ukrane" (6) has a typo allowed, "Jpan" (4) not.
        assert!(!index.search("ukrane", 5).is_empty());
        assert!(index.search("jpan", 5).is_empty());
    }

    #[test]
    fn every_word_must_match_and_ranking_prefers_names() {
        let index = Index::from_corpus(&fixture::corpus());
        assert!(index.search("ceasefire archaeologists", 10).is_empty());
        let hits = index.search("putin", 20);
        let kinds = kinds_and_titles(&index, &hits);
        assert_eq!(kinds[0], (Kind::Entity, "Vladimir Putin".into()));
        assert!(kinds.iter().any(|k| k.0 == Kind::Article));
        assert!(hits.windows(2).all(|w| w[0].score >= w[1].score));
        assert!(index.search("  ", 10).is_empty());
    }

    #[test]
    fn snippets_centre_on_the_match() {
        let index = Index::from_corpus(&fixture::corpus());
        let hits = index.search("sanitation", 5);
        let h = hits.iter().find(|h| index.record(h.record).kind == Kind::Article).unwrap();
        assert!(h.snippet.starts_with('…') && h.snippet.ends_with('…'), "{}", h.snippet);
        let segs = segments(&h.snippet, &h.snippet_marks);
        assert!(segs.iter().any(|&(t, m)| m && t == "sanitation"), "{segs:?}");
    }

    #[test]
    fn edit_distance_table() {
        let cases = [("kitten", "sitting", 3), ("ab", "ba", 1), ("putin", "putin", 0), ("chinji", "chnjii", 2)];
        for (a, b, want) in cases {
            assert_eq!(edit_distance(a, b, 5), want, "{a} {b}");
        }
        assert_eq!(edit_distance("aaaaaa", "bbbbbb", 1), 2);
    }
}
