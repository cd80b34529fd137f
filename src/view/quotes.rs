//! Quote cards, facets with counts, the full-text filter, context and citations.
//!
//! Facet counts follow the usual faceted-search rule: each facet counts the cards that
//! pass every *other* active filter, so a reader sees what choosing a value would give.
//!
//! ```
//! use article_explorer::model::QuoteKind;
//! use article_explorer::view::quotes::{quoted, Filter};
//! let f = Filter { text: "Russia".into(), ..Filter::default() };
//! assert!(f.is_active());
//! assert_eq!(quoted("Hi.", QuoteKind::Direct), "“Hi.”");
//! assert_eq!(quoted("talks would resume", QuoteKind::Indirect), "talks would resume");
//! ```

use chrono::NaiveDate;

use super::corpus::{speaker_name, Corpus, Doc};
use super::timeline::day;
use crate::analysis::events::period_of;
use crate::model::QuoteKind;

/// One quote, ready to show.
#[derive(Clone, Debug, PartialEq)]
pub struct Card {
    /// Article index.
    pub article: usize,
    /// Quote index in the article.
    pub quote: usize,
    /// The quoted words.
    pub text: String,
    /// Who said it.
    pub speaker: String,
    /// Speaker colour slot.
    pub colour: usize,
    /// The speech verb.
    pub cue: Option<String>,
    /// Direct, partial or indirect.
    pub kind: QuoteKind,
    /// The article's title.
    pub title: String,
    /// The article's id.
    pub article_id: String,
    /// Publication date.
    pub date: Option<NaiveDate>,
    /// Sentence where the quote starts.
    pub sentence: usize,
    /// Entities named in the quoted words.
    pub entities: Vec<String>,
    /// When it is about, as day ranges ([`crate::view::timeline::day`]): the dates of the
    /// events in its sentences, else the article's publication day, else the span of the
    /// article's dated events.
    pub days: Vec<(i64, i64)>,
}

/// Every quote of the corpus as a card, in article and text order.
pub fn cards(corpus: &Corpus) -> Vec<Card> {
    let mut out = Vec::new();
    for (ai, doc) in corpus.articles.iter().enumerate() {
        let a = &doc.analysis;
        // Indexed once per article, so that each quote looks up only what touches it
        // (scanning every mention and event per quote took ~1 s for two 420 KB articles).
        let mut mentions: Vec<(usize, usize, usize)> = a
            .entities
            .iter()
            .enumerate()
            .flat_map(|(ei, e)| e.mentions.iter().map(move |m| (m.start, m.end, ei)))
            .collect();
        super::sort_by(&mut mentions, |x, y| x.0.cmp(&y.0));
        let mut by_sentence: Vec<Vec<usize>> = vec![Vec::new(); a.sentences.len()];
        let mut by_quote: Vec<Vec<usize>> = vec![Vec::new(); a.quotes.len()];
        for (i, ev) in a.events.iter().enumerate() {
            if let Some(list) = by_sentence.get_mut(ev.sentence) {
                list.push(i);
            }
            for &q in &ev.quotes {
                if let Some(list) = by_quote.get_mut(q) {
                    list.push(i);
                }
            }
        }
        // For quotes with no date of their own and no publication date: the article's
        // dated span.
        let dated_span = {
            let span = a.events.iter().filter_map(|ev| period_of(&ev.date));
            let lo = span.clone().map(|(f, _)| day(f)).min();
            let hi = span.map(|(_, l)| day(l)).max();
            lo.zip(hi)
        };
        for (qi, q) in a.quotes.iter().enumerate() {
            let sentences = doc.sentences_of(q.span());
            // Names inside the quoted words (not the attribution: the speaker is a facet of
            // its own), in the order of the article's entities.
            let first = mentions.partition_point(|m| m.0 < q.start);
            let mut inside: Vec<usize> =
                mentions[first..].iter().take_while(|m| m.0 <= q.end).filter(|m| m.1 <= q.end).map(|m| m.2).collect();
            super::sort_by(&mut inside, |x, y| x.cmp(y));
            inside.dedup();
            let mut entities: Vec<String> = Vec::new();
            for e in inside.into_iter().map(|ei| &a.entities[ei]) {
                if !entities.contains(&e.name) {
                    entities.push(e.name.clone());
                }
            }
            // Events of the quote or of its sentences, in the article's order.
            let mut events: Vec<usize> = by_quote[qi].clone();
            for s in sentences {
                events.extend(&by_sentence[s]);
            }
            super::sort_by(&mut events, |x, y| x.cmp(y));
            events.dedup();
            let mut days: Vec<(i64, i64)> = events
                .into_iter()
                .filter_map(|i| period_of(&a.events[i].date))
                .map(|(first, last)| (day(first), day(last)))
                .collect();
            if days.is_empty() {
                days.extend(doc.published.map(|p| (day(p), day(p))));
            }
            if days.is_empty() {
                days.extend(dated_span);
            }
            let speaker = speaker_name(q).to_string();
            out.push(Card {
                days,
                article: ai,
                quote: qi,
                text: q.text.clone(),
                colour: corpus.speaker_colour(&speaker),
                speaker,
                cue: q.cue.as_ref().map(|c| c.text.clone()),
                kind: q.kind,
                title: doc.title.clone(),
                article_id: doc.id.clone(),
                date: doc.published,
                sentence: q.sentence,
                entities,
            });
        }
    }
    out
}

/// The active quote filters.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    /// Only this speaker.
    pub speaker: Option<String>,
    /// Only quotes that name this entity.
    pub entity: Option<String>,
    /// Only this article (by id).
    pub article: Option<String>,
    /// Every word must appear in the quote, speaker or title (case-insensitive).
    pub text: String,
    /// Only quotes about days in this inclusive range (brushed on the timeline).
    pub period: Option<(i64, i64)>,
}

/// Which facet a count is for (the facet itself is left out when counting).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Facet {
    Speaker,
    Entity,
    Article,
    None,
}

impl Filter {
    /// Whether any filter is set.
    pub fn is_active(&self) -> bool {
        self.speaker.is_some()
            || self.entity.is_some()
            || self.article.is_some()
            || self.period.is_some()
            || !self.text.trim().is_empty()
    }

    /// Whether a card passes every filter.
    pub fn matches(&self, card: &Card) -> bool {
        self.matches_except(card, Facet::None)
    }

    fn matches_except(&self, card: &Card, skip: Facet) -> bool {
        let speaker = skip == Facet::Speaker || self.speaker.as_ref().is_none_or(|s| *s == card.speaker);
        let entity = skip == Facet::Entity || self.entity.as_ref().is_none_or(|e| card.entities.contains(e));
        let article = skip == Facet::Article || self.article.as_ref().is_none_or(|a| *a == card.article_id);
        let period = self.period.is_none_or(|(from, to)| card.days.iter().any(|&(s, e)| s <= to && from <= e));
        speaker && entity && article && period && text_matches(&self.text, card)
    }
}

fn text_matches(query: &str, card: &Card) -> bool {
    if query.trim().is_empty() {
        return true;
    }
    let hay = format!("{}\n{}\n{}", card.text, card.speaker, card.title).to_lowercase();
    query.to_lowercase().split_whitespace().all(|w| hay.contains(w))
}

/// Indices of the cards that pass the filter.
pub fn filtered(cards: &[Card], filter: &Filter) -> Vec<usize> {
    (0..cards.len()).filter(|&i| filter.matches(&cards[i])).collect()
}

/// One facet value with its count.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FacetValue {
    /// What the filter stores (a name, or an article id).
    pub key: String,
    /// What the reader sees.
    pub label: String,
    /// Matching cards if this value were chosen.
    pub count: usize,
    /// Whether it is the active value.
    pub selected: bool,
}

/// All facets.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Facets {
    /// By speaker.
    pub speakers: Vec<FacetValue>,
    /// By entity named.
    pub entities: Vec<FacetValue>,
    /// By article.
    pub articles: Vec<FacetValue>,
}

/// Facet values with counts, most frequent first; the selected value always stays listed.
pub fn facets(corpus: &Corpus, cards: &[Card], filter: &Filter) -> Facets {
    fn tally(values: &mut Vec<FacetValue>, key: &str, label: &str) {
        match values.iter_mut().find(|v| v.key == key) {
            Some(v) => v.count += 1,
            None => values.push(FacetValue { key: key.into(), label: label.into(), count: 1, selected: false }),
        }
    }
    fn finish(
        mut values: Vec<FacetValue>,
        selected: &Option<String>,
        label: impl Fn(&str) -> String,
    ) -> Vec<FacetValue> {
        if let Some(s) = selected {
            if !values.iter().any(|v| v.key == *s) {
                values.push(FacetValue { key: s.clone(), label: label(s), count: 0, selected: true });
            }
        }
        for v in &mut values {
            v.selected = selected.as_ref() == Some(&v.key);
        }
        super::sort_by(&mut values, |a, b| b.count.cmp(&a.count).then_with(|| a.label.cmp(&b.label)));
        values
    }
    let mut f = Facets::default();
    for c in cards {
        if filter.matches_except(c, Facet::Speaker) {
            tally(&mut f.speakers, &c.speaker, &c.speaker);
        }
        if filter.matches_except(c, Facet::Entity) {
            for e in &c.entities {
                tally(&mut f.entities, e, e);
            }
        }
        if filter.matches_except(c, Facet::Article) {
            tally(&mut f.articles, &c.article_id, &c.title);
        }
    }
    let title = |id: &str| corpus.article_index(id).map_or(id.to_string(), |i| corpus.articles[i].title.clone());
    Facets {
        speakers: finish(f.speakers, &filter.speaker, str::to_string),
        entities: finish(f.entities, &filter.entity, str::to_string),
        articles: finish(f.articles, &filter.article, title),
    }
}

/// The sentences around a quote: up to `n` before its first and after its last.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Context {
    /// Sentences before, in order.
    pub before: Vec<String>,
    /// Sentences after, in order.
    pub after: Vec<String>,
}

/// The context of quote `quote` in `doc`.
pub fn context(doc: &Doc, quote: usize, n: usize) -> Context {
    let Some(q) = doc.analysis.quotes.get(quote) else { return Context::default() };
    let range = doc.sentences_of(q.span());
    let total = doc.analysis.sentences.len();
    let before = (range.start.saturating_sub(n)..range.start).map(|i| doc.sentence_text(i).to_string()).collect();
    let after = (range.end..(range.end + n).min(total)).map(|i| doc.sentence_text(i).to_string()).collect();
    Context { before, after }
}

/// The quote's words as a reader should see them: in quote marks when they are the
/// speaker's own words, bare when they are reported speech (putting a paraphrase in quote
/// marks would put words in someone's mouth). A trailing comma is dropped.
pub fn quoted(text: &str, kind: QuoteKind) -> String {
    let words = text.trim().trim_end_matches(',');
    match kind {
        QuoteKind::Direct | QuoteKind::Partial => format!("“{words}”"),
        QuoteKind::Indirect => words.to_string(),
    }
}

/// “Quote” — Speaker, Outlet, 17 March 2025. URL (reported speech: "Speaker, reported: …").
pub fn citation_text(
    text: &str,
    kind: QuoteKind,
    speaker: &str,
    outlet: Option<&str>,
    date: Option<NaiveDate>,
    url: Option<&str>,
) -> String {
    let mut out = match kind {
        QuoteKind::Indirect => format!("{speaker}, reported: {}", quoted(text, kind)),
        _ => format!("{} — {speaker}", quoted(text, kind)),
    };
    if let Some(o) = outlet {
        out.push_str(", ");
        out.push_str(o);
    }
    if let Some(d) = date {
        out.push_str(", ");
        out.push_str(&super::long_date(d));
    }
    if let Some(u) = url {
        out.push_str(". ");
        out.push_str(u);
    }
    out
}

/// The citation of a card.
pub fn citation(corpus: &Corpus, card: &Card) -> String {
    let doc = &corpus.articles[card.article];
    let outlet = doc.outlet.as_deref().unwrap_or(&doc.title);
    citation_text(&card.text, card.kind, &card.speaker, Some(outlet), card.date, doc.url.as_deref())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view::fixture;

    /// Regression: cards scanned every entity mention and event for each quote, which
    /// took about a second (blocking the page) for two 420 KB imported articles. The
    /// indexed lookup must give what the direct scan gave.
    #[test]
    fn cards_of_a_long_article_match_a_direct_scan_of_mentions_and_events() {
        use crate::corpus::{Article, Bundle, BundleArticle};
        let seed = std::fs::read_to_string("samples/000_25ef3079c59d7f51.txt").unwrap();
        let article = BundleArticle::from_article(
            "long".into(),
            "long.txt".into(),
            Article { body: seed.repeat(4), ..Article::default() },
        );
        let corpus = Corpus::from_bundle(Bundle::new(vec![article]));
        let got = cards(&corpus);
        let doc = &corpus.articles[0];
        let a = &doc.analysis;
        let counts = (got.len(), a.events.len(), a.entities.len());
        assert!(counts.0 > 8 && counts.1 > 4 && counts.2 > 0, "a real test needs quotes, events and names: {counts:?}");
        assert_eq!(got.len(), a.quotes.len());
        for (qi, q) in a.quotes.iter().enumerate() {
            let sentences = doc.sentences_of(q.span());
            let mut entities: Vec<String> = Vec::new();
            for e in &a.entities {
                if e.mentions.iter().any(|m| q.start <= m.start && m.end <= q.end) && !entities.contains(&e.name) {
                    entities.push(e.name.clone());
                }
            }
            let days: Vec<(i64, i64)> = a
                .events
                .iter()
                .filter(|ev| ev.quotes.contains(&qi) || sentences.contains(&ev.sentence))
                .filter_map(|ev| period_of(&ev.date))
                .map(|(first, last)| (day(first), day(last)))
                .collect();
            assert_eq!(got[qi].entities, entities, "quote {qi}");
            if !days.is_empty() {
                assert_eq!(got[qi].days, days, "quote {qi}");
            }
        }
        assert!(got.iter().any(|c| !c.entities.is_empty()), "some quote names someone");
    }

    #[test]
    fn every_quote_becomes_a_card_with_its_speaker() {
        let corpus = fixture::corpus();
        let cards = cards(&corpus);
        assert_eq!(cards.len(), 5);
        assert!(cards[..4].iter().all(|c| c.speaker == "Heio Chinji" && c.colour == 0));
        assert_eq!(cards[0].cue.as_deref(), Some("stating"));
        assert_eq!(cards[4].speaker, "Ana Ruiz");
        assert_eq!(cards[4].colour, 1);
        assert!(cards[1].entities.contains(&"Zaporizhzhia Nuclear Power Plant".to_string()));
    }

    #[test]
    fn facets_count_what_choosing_would_give() {
        let corpus = fixture::corpus();
        let cards = cards(&corpus);
        let none = Filter::default();
        let f = facets(&corpus, &cards, &none);
        assert_eq!((f.speakers[0].label.as_str(), f.speakers[0].count), ("Heio Chinji", 4));
        assert_eq!(f.articles.len(), 2);
        let ruiz = Filter { speaker: Some("Ana Ruiz".into()), ..Filter::default() };
        let f = facets(&corpus, &cards, &ruiz);
        // The speaker facet ignores its own choice, so Heio still shows 4.
        assert_eq!(f.speakers.iter().find(|v| v.key == "Heio Chinji").unwrap().count, 4);
        assert!(f.speakers.iter().find(|v| v.key == "Ana Ruiz").unwrap().selected);
        // Other facets follow the choice.
        assert_eq!(f.articles.iter().map(|v| v.count).sum::<usize>(), 1);
        assert_eq!(filtered(&cards, &ruiz), [4]);
    }

    #[test]
    fn text_filter_needs_every_word_in_any_order() {
        let corpus = fixture::corpus();
        let cards = cards(&corpus);
        let f = |t: &str| filtered(&cards, &Filter { text: t.into(), ..Filter::default() });
        assert_eq!(f("zaporizhzhia"), [1]);
        assert_eq!(f("ceasefire RUSSIA"), [2]);
        assert_eq!(f("ana older"), [4]);
        assert!(f("nothing-like-this").is_empty());
    }

    #[test]
    fn a_brushed_period_keeps_quotes_about_those_days() {
        let corpus = fixture::corpus();
        let cards = cards(&corpus);
        let d = |y, m, dd| day(NaiveDate::from_ymd_opt(y, m, dd).unwrap());
        // The seed's quotes are in undated sentences: they count from the publication day.
        assert!(cards[..4].iter().all(|c| c.days == [(d(2025, 3, 17), d(2025, 3, 17))]));
        let f = |from, to| filtered(&cards, &Filter { period: Some((from, to)), ..Filter::default() });
        assert_eq!(f(d(2025, 3, 17), d(2025, 3, 18)), [0, 1, 2, 3]);
        assert_eq!(f(d(2025, 3, 1), d(2025, 3, 5)), [4], "Ana Ruiz's quote sits in a 2 March sentence");
        assert!(f(d(1990, 1, 1), d(1991, 1, 1)).is_empty());
        // Without a publication date, an undated quote belongs to its article's dated span.
        let mut undated = fixture::corpus();
        undated.articles[0].published = None;
        let cards = super::cards(&undated);
        assert_eq!(cards[0].days, [(d(2025, 3, 17), d(2025, 3, 18))]);
    }

    #[test]
    fn reported_speech_is_never_put_in_quote_marks() {
        let cite = citation_text("talks would resume", QuoteKind::Indirect, "Ann Lee", Some("Wire"), None, None);
        assert_eq!(cite, "Ann Lee, reported: talks would resume, Wire");
        assert_eq!(quoted("older than we thought,", QuoteKind::Direct), "“older than we thought”");
    }

    #[test]
    fn context_and_citation() {
        let corpus = fixture::corpus();
        let cards = cards(&corpus);
        let doc = &corpus.articles[0];
        let ctx = context(doc, 2, 1);
        assert_eq!(ctx.before.len(), 1);
        assert!(ctx.before[0].starts_with("Further, Heio emphasized"));
        assert!(ctx.after[0].starts_with("This strategic dialogue"));
        let cite = citation(&corpus, &cards[3]);
        assert_eq!(
            cite,
            "“Trump may ask Putin why countries have to participate in fire exercises” — Heio Chinji, NHK World, 17 March 2025. https://example.org/seed"
        );
    }
}
