//! Timeline events: each dated statement becomes one event.
//!
//! An event is a sentence plus the calendar date one of its temporal expressions names,
//! with the date's [`Granularity`] (a month-level date spans its month on the timeline),
//! a short summary, and the quotes and entities in the sentence. Durations, sets and
//! dates without a calendar anchor ("PRESENT_REF", "XXXX-WXX-2") are not events.
//!
//! ```
//! use article_explorer::analysis::events::{granularity_of, period_of};
//! use article_explorer::model::Granularity;
//! assert_eq!(granularity_of("2025-03"), Some(Granularity::Month));
//! let (first, last) = period_of("2025-03").unwrap();
//! assert_eq!((first.to_string(), last.to_string()), ("2025-03-01".into(), "2025-03-31".into()));
//! ```

use chrono::{Datelike, NaiveDate};

use crate::model::{Entity, Event, Granularity, Quote, Sentence, Timex, TimexType};

/// Longest summary, in chars, before it is cut at a word boundary.
const SUMMARY_CHARS: usize = 160;

/// Builds the events of one article (all offsets in bytes). Linear in the number of
/// timexes, quotes and mentions: quotes and entities are indexed by sentence once,
/// rather than scanned again for every event.
pub fn build(
    text: &str,
    sentences: &[Sentence],
    timexes: &[Timex],
    quotes: &[Quote],
    entities: &[Entity],
) -> Vec<Event> {
    let mut events: Vec<Event> = Vec::new();
    for (ti, t) in timexes.iter().enumerate() {
        if !matches!(t.kind, TimexType::Date | TimexType::Time) {
            continue;
        }
        let date = calendar_part(&t.value);
        let Some(granularity) = granularity_of(date) else { continue };
        let Some(si) = sentence_of(sentences, t.start) else { continue };
        // One event per sentence and date: "March 18, 2025, at 3 p.m. on March 18" is one.
        // Timexes come in text order, so a sentence's events are the last ones pushed.
        if events.iter().rev().take_while(|e| e.sentence == si).any(|e| e.date == date) {
            continue;
        }
        events.push(Event {
            date: date.to_string(),
            granularity,
            sentence: si,
            summary: summarize(sentences[si].span().slice(text)),
            timex: ti,
            quotes: Vec::new(),
            entities: Vec::new(),
        });
    }
    link_quotes_and_entities(&mut events, sentences, quotes, entities);
    events
}

/// Fills each event's quotes (those overlapping its sentence) and entities (those with a
/// mention inside it), in one pass over quotes and mentions.
fn link_quotes_and_entities(events: &mut [Event], sentences: &[Sentence], quotes: &[Quote], entities: &[Entity]) {
    if events.is_empty() {
        return;
    }
    // Events of sentence `si`, as a range into `events` (they are grouped by sentence).
    let mut first_event: Vec<Option<(usize, usize)>> = vec![None; sentences.len()];
    for (i, e) in events.iter().enumerate() {
        let slot = &mut first_event[e.sentence];
        *slot = Some(slot.map_or((i, i + 1), |(a, _)| (a, i + 1)));
    }
    for (qi, q) in quotes.iter().enumerate() {
        let from = sentences.partition_point(|s| s.end <= q.start);
        for si in from..sentences.len() {
            if sentences[si].start >= q.end {
                break;
            }
            if let Some((a, b)) = first_event[si] {
                events[a..b].iter_mut().for_each(|e| e.quotes.push(qi));
            }
        }
    }
    for (ei, entity) in entities.iter().enumerate() {
        for m in &entity.mentions {
            let Some(si) = sentence_of(sentences, m.start) else { continue };
            if !sentences[si].span().contains(m.span()) {
                continue;
            }
            if let Some((a, b)) = first_event[si] {
                for e in &mut events[a..b] {
                    if e.entities.last() != Some(&ei) {
                        e.entities.push(ei);
                    }
                }
            }
        }
    }
    for e in events.iter_mut() {
        e.entities.sort_unstable();
        e.entities.dedup();
    }
}

/// The date part of a TIMEX3 value: `2025-03-18T15:00` → `2025-03-18`, keeping the time
/// only when it is a clock time (so the event knows it is time-level).
fn calendar_part(value: &str) -> &str {
    match value.split_once('T') {
        Some((date, time)) if time.starts_with(|c: char| c.is_ascii_digit()) => {
            value.get(..date.len() + 6).unwrap_or(value)
        }
        Some((date, _)) => date,
        None => value,
    }
}

/// Index of the sentence containing byte `offset`.
fn sentence_of(sentences: &[Sentence], offset: usize) -> Option<usize> {
    let i = sentences.partition_point(|s| s.end <= offset);
    (i < sentences.len() && sentences[i].start <= offset).then_some(i)
}

/// The granularity of a calendar TIMEX3 value, or `None` when it names no calendar
/// period (`PRESENT_REF`, `XXXX-03`, `P3D`).
pub fn granularity_of(value: &str) -> Option<Granularity> {
    let (year, rest) = split_year(value)?;
    let digits = year.trim_start_matches('-').len();
    if rest.is_empty() {
        return match (digits, year.ends_with('X')) {
            (_, true) => None,
            (4.., _) => Some(Granularity::Year),
            (3, _) => Some(Granularity::Decade),
            (2, _) => Some(Granularity::Century),
            _ => None,
        };
    }
    if digits < 4 {
        return None;
    }
    let rest = rest.strip_prefix('-')?;
    let bytes = rest.as_bytes();
    let g = match bytes {
        // Seasons before weeks: "WI" (winter) is not an ISO week.
        [b'S' | b'F' | b'W', b'P' | b'U' | b'A' | b'I'] => Granularity::Season,
        [b'W', ..] => Granularity::Week,
        [b'Q' | b'H', ..] => Granularity::Season,
        [a, b] if a.is_ascii_digit() && b.is_ascii_digit() => Granularity::Month,
        [a, b, b'-', c, d]
            if [a, b].iter().all(|x| x.is_ascii_digit()) && [c, d].iter().all(|x| x.is_ascii_digit()) =>
        {
            Granularity::Day
        }
        [a, b, b'-', b'X', b'X'] if a.is_ascii_digit() && b.is_ascii_digit() => Granularity::Month,
        [_, _, b'-', _, _, b'T', ..] => Granularity::Time,
        _ => return None,
    };
    Some(g)
}

/// Splits `2025-03-18` into (`2025`, `-03-18`); handles negative (BCE) years `-0500`.
fn split_year(value: &str) -> Option<(&str, &str)> {
    let body_start = usize::from(value.starts_with('-'));
    let len = value[body_start..].find(|c: char| !(c.is_ascii_digit())).map_or(value.len(), |i| i + body_start);
    if len == body_start {
        return None;
    }
    Some(value.split_at(len))
}

/// The first and last day of the period a calendar value names, for placing it on a
/// timeline: `2025-03` → March 1–31, `199` (the 1990s) → 1990-01-01..1999-12-31.
pub fn period_of(value: &str) -> Option<(NaiveDate, NaiveDate)> {
    let value = calendar_part(value);
    let g = granularity_of(value)?;
    let (year, rest) = split_year(value)?;
    let y: i32 = year.parse().ok()?;
    let ymd = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
    let month_end = |y: i32, m: u32| {
        let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
        ymd(ny, nm, 1).and_then(|d| d.pred_opt())
    };
    let field = |i: usize| rest.get(i..i + 2).and_then(|s| s.parse::<u32>().ok());
    Some(match g {
        Granularity::Century => (ymd(y * 100, 1, 1)?, ymd(y * 100 + 99, 12, 31)?),
        Granularity::Decade => (ymd(y * 10, 1, 1)?, ymd(y * 10 + 9, 12, 31)?),
        Granularity::Year => (ymd(y, 1, 1)?, ymd(y, 12, 31)?),
        Granularity::Month => {
            let m = field(1)?;
            (ymd(y, m, 1)?, month_end(y, m)?)
        }
        Granularity::Day | Granularity::Time => {
            let d = ymd(y, field(1)?, field(4)?)?;
            (d, d)
        }
        Granularity::Week => {
            let w: u32 = rest.get(2..)?.parse().ok()?;
            let first = NaiveDate::from_isoywd_opt(y, w, chrono::Weekday::Mon)?;
            (first, first + chrono::Days::new(6))
        }
        Granularity::Season => {
            let code = rest.get(1..)?;
            let (m1, m2) = match code {
                "Q1" | "WI" => (1, 3),
                "Q2" | "SP" => (4, 6),
                "Q3" | "SU" => (7, 9),
                "Q4" | "FA" => (10, 12),
                "H1" => (1, 6),
                "H2" => (7, 12),
                _ => return None,
            };
            (ymd(y, m1, 1)?, month_end(y, m2)?)
        }
    })
}

/// The year of a calendar value, for sorting values that are not full dates.
pub fn year_of(value: &str) -> Option<i32> {
    period_of(value).map(|(d, _)| d.year())
}

/// The sentence, whitespace collapsed, cut at a word boundary near [`SUMMARY_CHARS`].
fn summarize(sentence: &str) -> String {
    let collapsed: String = sentence.split_whitespace().collect::<Vec<_>>().join(" ");
    if collapsed.chars().count() <= SUMMARY_CHARS {
        return collapsed;
    }
    let cut = collapsed.char_indices().nth(SUMMARY_CHARS).map_or(collapsed.len(), |(i, _)| i);
    let head = &collapsed[..cut];
    let head = head.rfind(' ').map_or(head, |i| &head[..i]);
    format!("{}…", head.trim_end_matches([',', ';', ':', ' ']))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{EntityType, Mention};

    #[test]
    fn granularity_follows_the_value_shape() {
        let cases = [
            ("2025-03-18", Some(Granularity::Day)),
            ("2025-03-18T15:00", Some(Granularity::Time)),
            ("2025-03", Some(Granularity::Month)),
            ("2025-03-XX", Some(Granularity::Month)),
            ("2025-W12", Some(Granularity::Week)),
            ("2025-SP", Some(Granularity::Season)),
            ("2025-Q1", Some(Granularity::Season)),
            ("2025-WI", Some(Granularity::Season)),
            ("2025", Some(Granularity::Year)),
            ("199", Some(Granularity::Decade)),
            ("19", Some(Granularity::Century)),
            ("-0500", Some(Granularity::Year)),
            ("PRESENT_REF", None),
            ("XXXX-03", None),
            ("P3D", None),
            ("XXXX-WXX-2", None),
        ];
        for (value, want) in cases {
            assert_eq!(granularity_of(value), want, "{value}");
        }
    }

    #[test]
    fn periods_span_their_unit() {
        let p = |v| period_of(v).map(|(a, b)| (a.to_string(), b.to_string()));
        assert_eq!(p("2024-02"), Some(("2024-02-01".into(), "2024-02-29".into())));
        assert_eq!(p("199"), Some(("1990-01-01".into(), "1999-12-31".into())));
        assert_eq!(p("2025-W12"), Some(("2025-03-17".into(), "2025-03-23".into())));
        assert_eq!(p("2025-SU"), Some(("2025-07-01".into(), "2025-09-30".into())));
        assert_eq!(p("2025-03-18T15:00"), Some(("2025-03-18".into(), "2025-03-18".into())));
        assert_eq!(year_of("-0500"), Some(-500));
        assert_eq!(p("2025-13"), None);
    }

    #[test]
    fn one_event_per_dated_sentence_with_its_quotes_and_entities() {
        let text = "On March 17, 2025, experts met. The call is set for March 18.";
        let sentences = vec![Sentence { start: 0, end: 31 }, Sentence { start: 32, end: text.len() }];
        let timex = |s: &str, value: &str| {
            let start = text.find(s).unwrap();
            Timex { start, end: start + s.len(), text: s.into(), kind: TimexType::Date, value: value.into() }
        };
        let timexes = vec![timex("March 17, 2025", "2025-03-17"), timex("March 18", "2025-03-18")];
        let entities = vec![Entity {
            name: "experts".into(),
            kind: EntityType::Other,
            mentions: vec![Mention { start: 19, end: 26 }],
            aliases: vec![],
        }];
        let events = build(text, &sentences, &timexes, &[], &entities);
        assert_eq!(events.len(), 2);
        assert_eq!((events[0].date.as_str(), events[0].sentence), ("2025-03-17", 0));
        assert_eq!(events[0].entities, [0]);
        assert_eq!((events[1].date.as_str(), events[1].sentence), ("2025-03-18", 1));
        assert_eq!(events[1].summary, "The call is set for March 18.");
    }

    #[test]
    fn long_summaries_are_cut_at_a_word() {
        let s = "word ".repeat(100);
        let summary = summarize(&s);
        assert!(summary.ends_with("word…"));
        assert!(summary.chars().count() <= SUMMARY_CHARS + 1);
    }
}
