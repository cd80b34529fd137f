//! Exports of a corpus for other tools: the bundle itself, quotes as CSV, the timeline
//! as TimelineJS JSON and as iCalendar.
//!
//! Every export is a pure function of a [`Bundle`] (no clock, no randomness), so the same
//! corpus always gives the same file, in the CLI (`article-explorer export`) and in the
//! browser alike.
//!
//! ```
//! use article_explorer::corpus::{Article, Bundle, BundleArticle};
//! use article_explorer::export::{export, Format};
//! let article = Article { body: "On March 18, 2025, Putin said, \"We agree.\"".into(), ..Article::default() };
//! let bundle = Bundle::new(vec![BundleArticle::from_article("a".into(), "a.txt".into(), article)]);
//! let csv = export(&bundle, Format::Csv);
//! assert!(csv.lines().nth(1).unwrap().starts_with("Putin,We agree.,said,"));
//! let ical = export(&bundle, Format::ICal);
//! assert!(ical.contains("DTSTART;VALUE=DATE:20250318\r\n"));
//! ```

pub mod csv;
pub mod ical;
pub mod timelinejs;

use chrono::NaiveDate;

use crate::analysis::events::period_of;
use crate::corpus::{Bundle, BundleArticle};
use crate::model::{Event, Granularity};
use crate::text::OffsetMap;

/// An export format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// The corpus bundle (`article-explorer.corpus/1`), which the app and the CLI re-import.
    Bundle,
    /// Quotes as CSV (RFC 4180), one row per quote.
    Csv,
    /// Dated events as TimelineJS JSON.
    TimelineJs,
    /// Dated events as an iCalendar file (RFC 5545), one all-day event each.
    ICal,
}

impl Format {
    /// Every format, in the order menus show them.
    pub const ALL: [Format; 4] = [Format::Bundle, Format::Csv, Format::TimelineJs, Format::ICal];

    /// The format named `name` (`bundle`, `csv`, `timelinejs`, `ical`).
    pub fn parse(name: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| f.name().eq_ignore_ascii_case(name))
    }

    /// Its name on the command line.
    pub const fn name(self) -> &'static str {
        match self {
            Format::Bundle => "bundle",
            Format::Csv => "csv",
            Format::TimelineJs => "timelinejs",
            Format::ICal => "ical",
        }
    }

    /// The usual file name ending.
    pub const fn extension(self) -> &'static str {
        match self {
            Format::Bundle => "corpus.json",
            Format::Csv => "quotes.csv",
            Format::TimelineJs => "timeline.json",
            Format::ICal => "timeline.ics",
        }
    }

    /// The media type, for a download.
    pub const fn media_type(self) -> &'static str {
        match self {
            Format::Bundle | Format::TimelineJs => "application/json",
            Format::Csv => "text/csv;charset=utf-8",
            Format::ICal => "text/calendar;charset=utf-8",
        }
    }
}

/// The corpus in `format`.
pub fn export(bundle: &Bundle, format: Format) -> String {
    match format {
        Format::Bundle => bundle.to_json(),
        Format::Csv => csv::quotes(bundle),
        Format::TimelineJs => timelinejs::timeline(bundle),
        Format::ICal => ical::calendar(bundle),
    }
}

/// An event with a calendar period, and where it comes from.
pub(crate) struct Dated<'a> {
    pub article: &'a BundleArticle,
    /// Index of the event in its article.
    pub index: usize,
    pub event: &'a Event,
    /// First and last day covered.
    pub first: NaiveDate,
    pub last: NaiveDate,
    /// The text of the sentence that states it.
    pub sentence: String,
}

impl Dated<'_> {
    /// Whether the date is known to the day (or the time).
    pub fn to_the_day(&self) -> bool {
        matches!(self.event.granularity, Granularity::Day | Granularity::Time)
    }

    /// An identifier stable across exports of the same corpus: article id and event index.
    pub fn id(&self) -> String {
        format!("{}-e{}", self.article.id, self.index + 1)
    }
}

/// Every event of the corpus with a calendar period, by date, then in corpus order.
pub(crate) fn dated_events(bundle: &Bundle) -> Vec<Dated<'_>> {
    let mut out = Vec::new();
    for article in &bundle.articles {
        let text = Text::new(&article.text);
        for (index, event) in article.analysis.events.iter().enumerate() {
            let Some((first, last)) = period_of(&event.date) else { continue };
            let sentence = article.analysis.sentences.get(event.sentence).map_or("", |s| text.slice(s.start, s.end));
            out.push(Dated { article, index, event, first, last, sentence: sentence.trim().to_string() });
        }
    }
    out.sort_by_key(|d| (d.first, d.last));
    out
}

/// An article text sliced by code-point offsets (as bundles store them).
pub(crate) struct Text<'a> {
    text: &'a str,
    map: OffsetMap,
}

impl<'a> Text<'a> {
    pub fn new(text: &'a str) -> Self {
        Text { text, map: OffsetMap::new(text) }
    }

    /// The text between code points `start` and `end` (clamped to the text).
    pub fn slice(&self, start: usize, end: usize) -> &'a str {
        let (s, e) = (self.map.char_to_byte(start), self.map.char_to_byte(end));
        self.text.get(s.min(e)..e).unwrap_or("")
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::corpus::Article;

    /// A small corpus: the dates and quotes of real news sentences.
    pub fn corpus() -> Bundle {
        let a = Article {
            title: Some("Talks, \"round two\"; Riyadh".into()),
            published: NaiveDate::from_ymd_opt(2025, 3, 17),
            outlet: Some("NHK".into()),
            url: Some("https://example.org/talks".into()),
            body: "On March 17, 2025, experts met in Tokyo. The call is set for March 18, Heio Chinji said. \
                   \"=SUM(A1) is not a plan,\" Heio said. Talks may resume in April."
                .into(),
            ..Article::default()
        };
        let b = Article {
            title: Some("Café owners, 2024".into()),
            body: "In 2024, café owners in Zaporizhzhia said, \"We stay open, whatever comes.\"".into(),
            ..Article::default()
        };
        Bundle::new(vec![
            crate::corpus::BundleArticle::from_article("talks".into(), "talks.txt".into(), a),
            crate::corpus::BundleArticle::from_article("cafe".into(), "cafe.txt".into(), b),
        ])
    }

    #[test]
    fn events_are_dated_and_sorted() {
        let bundle = corpus();
        let events = dated_events(&bundle);
        let dates: Vec<String> = events.iter().map(|d| format!("{}..{}", d.first, d.last)).collect();
        assert_eq!(
            dates,
            ["2024-01-01..2024-12-31", "2025-03-17..2025-03-17", "2025-03-18..2025-03-18", "2025-04-01..2025-04-30"]
        );
        assert_eq!(events[1].sentence, "On March 17, 2025, experts met in Tokyo.");
        assert_eq!(events[1].id(), "talks-e1");
        assert!(events[1].to_the_day() && !events[0].to_the_day());
    }

    #[test]
    fn formats_are_named() {
        for f in Format::ALL {
            assert_eq!(Format::parse(f.name()), Some(f));
        }
        assert_eq!(Format::parse("ICAL"), Some(Format::ICal));
        assert_eq!(Format::parse("pdf"), None);
    }
}
