//! The view state that lives in the URL hash, so reload, back/forward and a copied link
//! all restore what the reader was looking at.
//!
//! Format: `#<view>?key=value&…` with percent-encoded values, keys left out when unset:
//!
//! ```text
//! #reader?a=seed-000&s=4&q=2          article, sentence, quote
//! #quotes?speaker=Heio%20Chinji&entity=Russia&source=seed-000&filter=ceasefire
//! #timeline?lanes=speaker&from=2025-03-10&to=2025-03-25
//! #search?find=zaporizhzhia
//! ```
//!
//! Parsing is lenient: unknown keys and bad values are ignored, never an error.

use super::timeline::{date_of, day, LaneMode, Window};

/// The app's views.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum View {
    /// Events on a time axis.
    #[default]
    Timeline,
    /// Quote cards with facets.
    Quotes,
    /// One article, marked up.
    Reader,
    /// Search results.
    Search,
}

impl View {
    /// All views, in tab order.
    pub const ALL: [View; 4] = [View::Timeline, View::Quotes, View::Reader, View::Search];

    /// The hash name.
    pub const fn as_str(self) -> &'static str {
        match self {
            View::Timeline => "timeline",
            View::Quotes => "quotes",
            View::Reader => "reader",
            View::Search => "search",
        }
    }

    /// The tab label.
    pub const fn label(self) -> &'static str {
        match self {
            View::Timeline => "Timeline",
            View::Quotes => "Quotes",
            View::Reader => "Reader",
            View::Search => "Search",
        }
    }
}

/// Everything the URL remembers.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Route {
    /// The view shown.
    pub view: View,
    /// Selected article (id).
    pub article: Option<String>,
    /// Selected sentence in that article.
    pub sentence: Option<usize>,
    /// Selected quote in that article.
    pub quote: Option<usize>,
    /// Quote filter: speaker.
    pub speaker: Option<String>,
    /// Quote filter: entity.
    pub entity: Option<String>,
    /// Quote filter: article id.
    pub source: Option<String>,
    /// Quote filter: words.
    pub filter: String,
    /// Quote filter: days (inclusive), brushed on the timeline.
    pub period: Option<(i64, i64)>,
    /// Search query.
    pub find: String,
    /// Timeline window, when the reader moved it.
    pub window: Option<Window>,
    /// Timeline lanes.
    pub lanes: LaneMode,
}

impl Route {
    /// Reads a hash (with or without the leading `#`).
    pub fn parse(hash: &str) -> Route {
        let hash = hash.strip_prefix('#').unwrap_or(hash);
        let (view, query) = hash.split_once('?').unwrap_or((hash, ""));
        let mut r = Route {
            view: View::ALL.into_iter().find(|v| v.as_str() == view.trim_matches('/')).unwrap_or_default(),
            ..Route::default()
        };
        let (mut from, mut to) = (None, None);
        let (mut after, mut before) = (None, None);
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            let v = decode(v);
            let some = || Some(v.clone()).filter(|s| !s.is_empty());
            match k {
                "a" => r.article = some(),
                "s" => r.sentence = v.parse().ok(),
                "q" => r.quote = v.parse().ok(),
                "speaker" => r.speaker = some(),
                "entity" => r.entity = some(),
                "source" => r.source = some(),
                "filter" => r.filter = v,
                "find" => r.find = v,
                "lanes" => r.lanes = LaneMode::parse(&v).unwrap_or_default(),
                "from" => from = parse_day(&v),
                "to" => to = parse_day(&v),
                "after" => after = parse_day(&v).map(|d| d.floor() as i64),
                "before" => before = parse_day(&v).map(|d| d.floor() as i64),
                _ => {}
            }
        }
        if let (Some(start), Some(end)) = (from, to) {
            if end > start {
                r.window = Some(on_hundredths(Window { start, end }.clamped()));
            }
        }
        if let (Some(a), Some(b)) = (after, before) {
            r.period = (a <= b).then_some((a, b));
        }
        r
    }

    /// The quote filter this route describes.
    pub fn quote_filter(&self) -> super::quotes::Filter {
        super::quotes::Filter {
            speaker: self.speaker.clone(),
            entity: self.entity.clone(),
            article: self.source.clone(),
            text: self.filter.clone(),
            period: self.period,
        }
    }

    /// This route with the quote filter replaced.
    pub fn with_quote_filter(mut self, f: super::quotes::Filter) -> Route {
        self.speaker = f.speaker;
        self.entity = f.entity;
        self.source = f.article;
        self.filter = f.text;
        self.period = f.period;
        self
    }

    /// The hash for this route, starting with `#`.
    pub fn to_hash(&self) -> String {
        let mut pairs: Vec<(&str, String)> = Vec::new();
        if let Some(a) = &self.article {
            pairs.push(("a", a.clone()));
        }
        if let Some(s) = self.sentence {
            pairs.push(("s", s.to_string()));
        }
        if let Some(q) = self.quote {
            pairs.push(("q", q.to_string()));
        }
        for (k, v) in [("speaker", &self.speaker), ("entity", &self.entity), ("source", &self.source)] {
            if let Some(v) = v {
                pairs.push((k, v.clone()));
            }
        }
        if !self.filter.is_empty() {
            pairs.push(("filter", self.filter.clone()));
        }
        if let Some((a, b)) = self.period {
            pairs.push(("after", format_day(a as f64)));
            pairs.push(("before", format_day(b as f64)));
        }
        if !self.find.is_empty() {
            pairs.push(("find", self.find.clone()));
        }
        if self.lanes != LaneMode::default() {
            pairs.push(("lanes", self.lanes.as_str().into()));
        }
        if let Some(w) = self.window {
            pairs.push(("from", format_day(w.start)));
            pairs.push(("to", format_day(w.end)));
        }
        let mut out = format!("#{}", self.view.as_str());
        for (i, (k, v)) in pairs.iter().enumerate() {
            out.push(if i == 0 { '?' } else { '&' });
            out.push_str(k);
            out.push('=');
            out.push_str(&encode(v));
        }
        out
    }
}

/// A window edge for the URL: an ISO date, with hundredths of a day when there are any
/// (`2025-03-17` or `2025-03-17.25`) so panning by less than a day survives a reload.
/// Written with integer arithmetic only: float printing and parsing cost the wasm ~20 KB.
fn format_day(d: f64) -> String {
    let hundredths = (d * 100.0).round() as i64;
    let (whole, frac) = (hundredths.div_euclid(100), hundredths.rem_euclid(100));
    let date = match date_of(whole) {
        Some(date) => {
            use chrono::Datelike;
            let y = date.year();
            let sign = if y < 0 { "-" } else { "" };
            format!("{sign}{:04}-{:02}-{:02}", y.unsigned_abs(), date.month(), date.day())
        }
        None => whole.to_string(),
    };
    if frac == 0 {
        date
    } else {
        format!("{date}.{frac:02}")
    }
}

/// A window with its start and width on hundredths of a day, as a hash writes them:
/// clamping a window read from a link may leave an edge between two hundredths (a
/// span over the limit is re-centred), and writing it back would then round the two
/// edges apart, so the link would not read back as the window it shows.
fn on_hundredths(w: Window) -> Window {
    let start = (w.start * 100.0).round() / 100.0;
    let width = ((w.end - w.start) * 100.0).round() / 100.0;
    Window { start, end: start + width }
}

fn parse_day(s: &str) -> Option<f64> {
    // A negative (BCE) year starts with '-': the fraction is after the last '.'.
    let (date, frac) = match s.rsplit_once('.') {
        Some((date, digits)) if (1..=2).contains(&digits.len()) => {
            let n: u32 = digits.parse().ok()?;
            (date, f64::from(if digits.len() == 1 { n * 10 } else { n }) / 100.0)
        }
        Some(_) => return None,
        None => (s, 0.0),
    };
    let (neg, body) = date.strip_prefix('-').map_or((false, date), |b| (true, b));
    let mut parts = body.splitn(3, '-');
    let y: i32 = parts.next()?.parse().ok()?;
    let m: u32 = parts.next()?.parse().ok()?;
    let d: u32 = parts.next()?.parse().ok()?;
    let date = chrono::NaiveDate::from_ymd_opt(if neg { -y } else { y }, m, d)?;
    Some(day(date) as f64 + frac)
}

/// Percent-encodes everything but unreserved characters.
pub fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Decodes `%XX` escapes and `+` (as a space); invalid escapes stay as written.
pub fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' if i + 2 < bytes.len() => {
                match std::str::from_utf8(&bytes[i + 1..i + 3]).ok().and_then(|h| u8::from_str_radix(h, 16).ok()) {
                    Some(v) => {
                        out.push(v);
                        i += 3;
                        continue;
                    }
                    None => out.push(b'%'),
                }
            }
            b'+' => out.push(b' '),
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn routes_round_trip_through_the_hash() {
        let cases = [
            Route::default(),
            Route {
                view: View::Reader,
                article: Some("seed-000".into()),
                sentence: Some(4),
                quote: Some(2),
                ..Route::default()
            },
            Route {
                view: View::Quotes,
                speaker: Some("Heio Chinji".into()),
                entity: Some("Zaporizhzhia & co = 100%".into()),
                source: Some("a/b?c".into()),
                filter: "ceasefire ünïcode".into(),
                period: Some((739_327, 739_328)),
                ..Route::default()
            },
            Route { view: View::Search, find: "zapor#izhzhia".into(), ..Route::default() },
            Route {
                lanes: LaneMode::Speaker,
                window: Some(Window { start: 739_320.0, end: 739_335.25 }),
                ..Route::default()
            },
            Route { window: Some(Window { start: -182_000.0, end: -181_000.0 }), ..Route::default() },
        ];
        for r in cases {
            let hash = r.to_hash();
            assert_eq!(Route::parse(&hash), r, "{hash}");
        }
    }

    #[test]
    fn hashes_read_like_what_they_show() {
        let r = Route { view: View::Quotes, speaker: Some("Heio Chinji".into()), ..Route::default() };
        assert_eq!(r.to_hash(), "#quotes?speaker=Heio%20Chinji");
        let w = Route { window: Some(Window { start: 739_327.0, end: 739_331.0 }), ..Route::default() };
        assert_eq!(w.to_hash(), "#timeline?from=2025-03-17&to=2025-03-21");
    }

    #[test]
    fn bad_hashes_fall_back_quietly() {
        let cases = [
            "",
            "#",
            "#nonsense",
            "#reader?s=x&q=-1&%zz=1",
            "#timeline?from=2025-13-01&to=x",
            "#quotes?speaker=%E2%28",
        ];
        for h in cases {
            let r = Route::parse(h);
            assert_eq!(r.sentence, None, "{h}");
            assert_eq!(r.window, None, "{h}");
        }
        assert_eq!(Route::parse("#reader").view, View::Reader);
        // A span over the limit is re-centred between hundredths; it still reads back
        // as written (found by fuzzing).
        let r = Route::parse("#timeline?from=-24048-01-2.13&to=2025-1-3");
        assert!(r.window.is_some());
        assert_eq!(Route::parse(&r.to_hash()).to_hash(), r.to_hash());
        assert_eq!(decode("100%"), "100%");
        assert_eq!(decode("a+b%20c"), "a b c");
    }
}
