//! The timeline as TimelineJS JSON, so that TimelineJS users can load a corpus's events.
//!
//! The shape is TimelineJS 3's documented JSON format: a `title` slide and `events[]`,
//! each with `start_date` (`year`, and `month`, `day`, `hour`, `minute` as far as the date
//! is known), `end_date` for periods (a week, a season, a decade), `text` (`headline` and
//! `text`, which TimelineJS renders as HTML, so article text is escaped), `group` (the
//! article, one TimelineJS row each) and a stable `unique_id`.

use chrono::{Datelike, NaiveDate};
use serde_json::{json, Map, Value};

use crate::corpus::Bundle;
use crate::model::Granularity;

use super::{dated_events, Dated};

/// The corpus's dated events as a TimelineJS document (pretty-printed JSON).
pub fn timeline(bundle: &Bundle) -> String {
    let events: Vec<Value> = dated_events(bundle).iter().map(event).collect();
    let titles: Vec<String> = bundle.articles.iter().map(|a| a.display_title()).collect();
    let doc = json!({
        "title": {
            "text": {
                "headline": "Timeline",
                "text": escape(&format!("{} events from {} articles: {}", events.len(), titles.len(), titles.join("; "))),
            }
        },
        "events": events,
    });
    serde_json::to_string_pretty(&doc).expect("JSON serializes") + "\n"
}

fn event(d: &Dated<'_>) -> Value {
    let g = d.event.granularity;
    let mut start = date(d.first, g);
    if g == Granularity::Time {
        // "2025-03-18T15:00": TimelineJS shows the time of day too.
        if let Some((h, m)) = d.event.date.split_once('T').and_then(|(_, t)| t.get(..5)?.split_once(':')) {
            if let (Ok(h), Ok(m)) = (h.parse::<u32>(), m.parse::<u32>()) {
                start.insert("hour".into(), h.into());
                start.insert("minute".into(), m.into());
            }
        }
    }
    let a = d.article;
    let mut source = escape(&a.display_title());
    for extra in [a.outlet.clone(), a.published.map(|p| p.to_string())].into_iter().flatten() {
        source.push_str(", ");
        source.push_str(&escape(&extra));
    }
    let mut e = Map::new();
    e.insert("start_date".into(), Value::Object(start));
    // A month or a year is one TimelineJS date as it stands; a week, season, decade or
    // century needs its end too.
    if matches!(g, Granularity::Week | Granularity::Season | Granularity::Decade | Granularity::Century) {
        e.insert("end_date".into(), Value::Object(date(d.last, g)));
    }
    let summary = if d.event.summary.trim().is_empty() { &d.sentence } else { &d.event.summary };
    e.insert(
        "text".into(),
        json!({"headline": escape(summary), "text": format!("<p>{}</p><p><em>{source}</em></p>", escape(&d.sentence))}),
    );
    e.insert("group".into(), a.display_title().into());
    e.insert("unique_id".into(), d.id().into());
    if d.event.date.contains('X') {
        e.insert("display_date".into(), d.event.date.clone().into());
    }
    Value::Object(e)
}

/// A TimelineJS date object with as many fields as the granularity knows.
fn date(day: NaiveDate, g: Granularity) -> Map<String, Value> {
    let mut m = Map::new();
    m.insert("year".into(), day.year().into());
    if matches!(g, Granularity::Time | Granularity::Day | Granularity::Week | Granularity::Month | Granularity::Season)
    {
        m.insert("month".into(), day.month().into());
    }
    if matches!(g, Granularity::Time | Granularity::Day | Granularity::Week | Granularity::Season) {
        m.insert("day".into(), day.day().into());
    }
    m
}

/// Escapes text for TimelineJS's HTML fields.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_have_the_documented_shape() {
        let doc: Value = serde_json::from_str(&timeline(&super::super::tests::corpus())).unwrap();
        let events = doc["events"].as_array().unwrap();
        assert_eq!(events.len(), 4);
        // 2024 (a year), 17 and 18 March 2025 (days), April 2025 (a month).
        assert_eq!(events[0]["start_date"], json!({"year": 2024}));
        assert_eq!(events[1]["start_date"], json!({"year": 2025, "month": 3, "day": 17}));
        assert_eq!(events[3]["start_date"], json!({"year": 2025, "month": 4}));
        assert!(events.iter().all(|e| e.get("end_date").is_none()));
        assert_eq!(events[1]["group"], "Talks, \"round two\"; Riyadh");
        assert_eq!(events[1]["unique_id"], "talks-e1");
        let text = events[1]["text"]["text"].as_str().unwrap();
        assert!(text.starts_with("<p>On March 17, 2025, experts met in Tokyo.</p>"), "{text}");
        assert!(text.contains("Talks, &quot;round two&quot;; Riyadh, NHK, 2025-03-17"), "{text}");
        assert!(doc["title"]["text"]["headline"].is_string());
    }

    #[test]
    fn periods_get_an_end_date_and_markup_is_escaped() {
        assert_eq!(
            Value::Object(date(NaiveDate::from_ymd_opt(2025, 3, 17).unwrap(), Granularity::Week)),
            json!({"year": 2025, "month": 3, "day": 17})
        );
        assert_eq!(
            escape("<img src=x onerror=alert(1)> & \"q\""),
            "&lt;img src=x onerror=alert(1)&gt; &amp; &quot;q&quot;"
        );
    }
}
