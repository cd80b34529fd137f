//! The reader: an article as paragraphs of sentences of marked pieces.
//!
//! Every boundary of a quote, speaker mention, date or entity mention cuts a sentence
//! into pieces; each piece knows which marks cover it, so the component draws plain
//! text nodes inside styled spans (one colour per speaker) and never builds markup from
//! article text. A paragraph ends where the text between two sentences has a line break.
//!
//! ```
//! use article_explorer::view::reader::Piece;
//! let p = Piece { start: 0, end: 4, ..Piece::default() };
//! assert!(!p.is_marked());
//! ```

use super::corpus::{speaker_name, Corpus, Doc};
use crate::model::{EntityType, Granularity, TimexType};

/// A run of text with the marks that cover it (indices into the article's analysis).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Piece {
    /// Start byte.
    pub start: usize,
    /// End byte.
    pub end: usize,
    /// The quote covering it.
    pub quote: Option<usize>,
    /// The quote whose speaker mention this is.
    pub speaker_of: Option<usize>,
    /// The temporal expression covering it.
    pub timex: Option<usize>,
    /// The entity mentioned (the innermost mention).
    pub entity: Option<usize>,
}

impl Piece {
    /// Whether any mark covers it.
    pub fn is_marked(&self) -> bool {
        self.quote.is_some() || self.speaker_of.is_some() || self.timex.is_some() || self.entity.is_some()
    }
}

/// One sentence's pieces (or the part of it in one paragraph, when a sentence runs over
/// a line break).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SentenceView {
    /// Sentence index.
    pub index: usize,
    /// Whether this is the sentence's first part (the one that carries its id).
    pub first: bool,
    /// Its pieces, in order, covering the sentence.
    pub pieces: Vec<Piece>,
}

/// A paragraph: consecutive sentences without a line break between them.
pub type Paragraph = Vec<SentenceView>;

/// Splits `doc` into paragraphs of marked sentences.
pub fn paragraphs(doc: &Doc) -> Vec<Paragraph> {
    let a = &doc.analysis;
    let text = &doc.text;
    let sentences: Vec<(usize, usize)> = if a.sentences.is_empty() {
        if text.trim().is_empty() {
            Vec::new()
        } else {
            vec![(0, text.len())]
        }
    } else {
        a.sentences.iter().map(|s| (s.start, s.end.min(text.len()))).collect()
    };
    let mut out: Vec<Paragraph> = Vec::new();
    let mut prev_end = 0;
    for (index, &(start, end)) in sentences.iter().enumerate() {
        let gap = text.get(prev_end..start).unwrap_or("");
        if out.is_empty() || gap.contains('\n') {
            out.push(Vec::new());
        }
        prev_end = end;
        // A sentence that runs over a line break (an unsplit heading, or a splitter that
        // missed) still breaks the paragraph there.
        let body = text.get(start..end).unwrap_or("");
        let mut part_start = start;
        let mut first = true;
        for (i, _) in body.match_indices('\n') {
            let cut = start + i;
            if !text[part_start..cut].trim().is_empty() {
                out.last_mut().expect("a paragraph exists").push(SentenceView {
                    index,
                    first,
                    pieces: pieces(doc, part_start, cut),
                });
                first = false;
                out.push(Vec::new());
            }
            part_start = cut + 1;
        }
        let tail = text[part_start..end].trim_start();
        let part_start = end - tail.len();
        if !tail.is_empty() {
            out.last_mut().expect("a paragraph exists").push(SentenceView {
                index,
                first,
                pieces: pieces(doc, part_start, end),
            });
        }
    }
    out.retain(|p| !p.is_empty());
    out
}

/// Cuts `start..end` at every mark boundary.
fn pieces(doc: &Doc, start: usize, end: usize) -> Vec<Piece> {
    let a = &doc.analysis;
    let mut cuts = vec![start, end];
    let mut add = |s: usize, e: usize| {
        for c in [s, e] {
            if start < c && c < end {
                cuts.push(c);
            }
        }
    };
    for q in &a.quotes {
        add(q.start, q.end);
        if let Some(sp) = q.speaker.span() {
            add(sp.start, sp.end);
        }
    }
    for t in &a.timexes {
        add(t.start, t.end);
    }
    for e in &a.entities {
        for m in &e.mentions {
            add(m.start, m.end);
        }
    }
    super::sort_by(&mut cuts, |a, b| a.cmp(b));
    cuts.dedup();
    cuts.retain(|&c| doc.text.is_char_boundary(c));
    cuts.windows(2)
        .map(|w| {
            let (s, e) = (w[0], w[1]);
            let covers = |a: usize, b: usize| a <= s && e <= b;
            Piece {
                start: s,
                end: e,
                quote: a.quotes.iter().position(|q| covers(q.start, q.end)),
                speaker_of: a.quotes.iter().position(|q| q.speaker.span().is_some_and(|sp| covers(sp.start, sp.end))),
                timex: a.timexes.iter().position(|t| covers(t.start, t.end)),
                entity: a
                    .entities
                    .iter()
                    .enumerate()
                    .filter_map(|(i, en)| {
                        en.mentions.iter().filter(|m| covers(m.start, m.end)).map(|m| (m.end - m.start, i)).min()
                    })
                    .min()
                    .map(|(_, i)| i),
            }
        })
        .collect()
}

/// What a piece's marks are, for its tooltip: "Quote by Heio Chinji · Person: Donald Trump".
pub fn describe(corpus: &Corpus, doc: &Doc, piece: &Piece) -> String {
    let a = &doc.analysis;
    let mut parts = Vec::new();
    if let Some(q) = piece.quote.and_then(|q| a.quotes.get(q)) {
        let cue = q.cue.as_ref().map_or(String::new(), |c| format!(" ({})", c.text));
        parts.push(format!("{} quote by {}{cue}", capitalised(q.kind.as_str()), speaker_name(q)));
    }
    if let Some(q) = piece.speaker_of.and_then(|q| a.quotes.get(q)) {
        parts.push(format!("Speaker: {}", speaker_name(q)));
    }
    if let Some(t) = piece.timex.and_then(|t| a.timexes.get(t)) {
        let what = match t.kind {
            TimexType::Date | TimexType::Time => "Date",
            TimexType::Duration => "Duration",
            TimexType::Set => "Recurrence",
        };
        parts.push(format!("{what}: {} ({})", timex_words(&t.value), t.value));
    }
    if let Some(e) = piece.entity.and_then(|e| a.entities.get(e)) {
        parts.push(format!("{}: {}", entity_kind_label(e.kind), e.name));
    }
    let _ = corpus;
    parts.join(" · ")
}

/// Everything marked in sentence `index`, each described once, in text order: what the
/// reader's note under the headline lists for the selected sentence.
pub fn marks_in(corpus: &Corpus, doc: &Doc, index: usize) -> Vec<String> {
    let Some(s) = doc.analysis.sentences.get(index) else { return Vec::new() };
    let mut out: Vec<String> = Vec::new();
    for p in pieces(doc, s.start, s.end.min(doc.text.len())) {
        let singles = [
            Piece { quote: p.quote, ..Piece::default() },
            Piece { speaker_of: p.speaker_of, ..Piece::default() },
            Piece { timex: p.timex, ..Piece::default() },
            Piece { entity: p.entity, ..Piece::default() },
        ];
        for single in singles.iter().filter(|x| x.is_marked()) {
            let d = describe(corpus, doc, single);
            if !out.contains(&d) {
                out.push(d);
            }
        }
    }
    out
}

/// A TIMEX3 value in words: `2025-03-18` → "18 March 2025", `2025-03` → "March 2025",
/// `PRESENT_REF` → "the present"; anything else as written.
pub fn timex_words(value: &str) -> String {
    use crate::analysis::events::{granularity_of, period_of};
    use chrono::Datelike;
    match value {
        "PRESENT_REF" => return "the present".into(),
        "PAST_REF" => return "the past".into(),
        "FUTURE_REF" => return "the future".into(),
        _ => {}
    }
    let (Some(g), Some((first, _))) = (granularity_of(value), period_of(value)) else { return value.to_string() };
    match g {
        Granularity::Day | Granularity::Time => super::long_date(first),
        Granularity::Month => format!("{} {}", super::MONTHS[first.month0() as usize], super::year_label(first.year())),
        Granularity::Year => super::year_label(first.year()),
        Granularity::Decade => format!("the {}s", first.year()),
        _ => value.to_string(),
    }
}

/// "Person", "Organisation", "Place", "Name".
pub const fn entity_kind_label(kind: EntityType) -> &'static str {
    match kind {
        EntityType::Person => "Person",
        EntityType::Org => "Organisation",
        EntityType::Place => "Place",
        EntityType::Other => "Name",
    }
}

/// `"direct"` → `"Direct"`. For the fixed ASCII words of the model only: ASCII case
/// keeps the wasm free of `char::to_uppercase`'s Unicode table (about 4 KB gzip).
fn capitalised(s: &str) -> String {
    let mut s = s.to_string();
    if let Some(first) = s.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view::fixture;

    #[test]
    fn pieces_cover_the_text_and_keep_paragraphs() {
        let corpus = fixture::corpus();
        let doc = &corpus.articles[0];
        let paras = paragraphs(doc);
        assert_eq!(paras.len(), doc.text.lines().filter(|l| !l.trim().is_empty()).count());
        for s in paras.iter().flatten() {
            assert!(s.first, "no sentence of the seed runs over a line break");
            let sentence = doc.analysis.sentences[s.index];
            assert_eq!(s.pieces.first().unwrap().start, sentence.start);
            assert_eq!(s.pieces.last().unwrap().end, sentence.end);
            assert!(s.pieces.windows(2).all(|w| w[0].end == w[1].start));
        }
    }

    #[test]
    fn quotes_dates_and_entities_are_marked_and_described() {
        let corpus = fixture::corpus();
        let doc = &corpus.articles[0];
        let pieces: Vec<Piece> = paragraphs(doc).into_iter().flatten().flat_map(|s| s.pieces).collect();
        let text_of = |p: &Piece| &doc.text[p.start..p.end];
        let date = pieces.iter().find(|p| text_of(p) == "March 18").unwrap();
        assert_eq!(describe(&corpus, doc, date), "Date: 18 March 2025 (2025-03-18)");
        let plant = pieces.iter().find(|p| text_of(p) == "Zaporizhzhia Nuclear Power Plant").unwrap();
        assert_eq!(
            describe(&corpus, doc, plant),
            "Direct quote by Heio Chinji (indicated) · Place: Zaporizhzhia Nuclear Power Plant"
        );
        let he = pieces.iter().find(|p| p.speaker_of == Some(2)).unwrap();
        assert_eq!(text_of(he), "He");
    }

    #[test]
    fn the_selected_sentence_lists_its_marks_once_each() {
        let corpus = fixture::corpus();
        let doc = &corpus.articles[0];
        assert_eq!(
            marks_in(&corpus, doc, 1),
            ["Date: 18 March 2025 (2025-03-18)", "Person: Donald Trump", "Person: Vladimir Putin"]
        );
        let quoted = marks_in(&corpus, doc, 8);
        assert_eq!(quoted[0], "Speaker: Heio Chinji");
        assert_eq!(quoted[1], "Direct quote by Heio Chinji (noted)");
        assert!(marks_in(&corpus, doc, 999).is_empty());
    }

    #[test]
    fn a_sentence_over_line_breaks_still_breaks_paragraphs() {
        let mut corpus = fixture::corpus();
        let doc = &mut corpus.articles[0];
        let n = doc.text.len();
        doc.analysis.sentences = vec![crate::model::Sentence { start: 0, end: n }];
        let paras = paragraphs(doc);
        assert_eq!(paras.len(), doc.text.lines().filter(|l| !l.trim().is_empty()).count());
        assert_eq!(paras.iter().flatten().filter(|s| s.first).count(), 1, "one id per sentence");
        assert!(paras.iter().flatten().all(|s| s.pieces.iter().all(|p| !doc.text[p.start..p.end].contains('\n'))));
    }

    #[test]
    fn timex_values_read_as_words() {
        let cases = [
            ("2025-03-18", "18 March 2025"),
            ("2025-03-18T15:00", "18 March 2025"),
            ("2025-03", "March 2025"),
            ("-0499", "500 BCE"),
            ("199", "the 1990s"),
            ("PRESENT_REF", "the present"),
            ("P3D", "P3D"),
        ];
        for (value, want) in cases {
            assert_eq!(timex_words(value), want, "{value}");
        }
    }

    #[test]
    fn an_article_without_sentences_still_reads() {
        let mut corpus = fixture::corpus();
        let doc = &mut corpus.articles[1];
        doc.analysis = Default::default();
        let paras = paragraphs(doc);
        assert_eq!(paras.len(), 3, "one paragraph per line");
        assert_eq!(paras[0][0].pieces.len(), 1);
    }
}
