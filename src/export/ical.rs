//! Dated events as iCalendar (RFC 5545): one all-day `VEVENT` per event with a calendar
//! period, so a corpus's timeline opens in any calendar application.
//!
//! - `DTSTART;VALUE=DATE` is the first day, `DTEND;VALUE=DATE` the day after the last
//!   (RFC 5545's end is exclusive): a month-level event spans its month.
//! - `UID` is the article id and event number, so re-importing an updated export
//!   updates the same events instead of duplicating them.
//! - `DTSTAMP` (required) is the article's publication date, else the event's first
//!   day: an export is a pure function of the corpus, with no clock.
//! - Text values escape `\`, `;`, `,` and line breaks; lines end in CRLF and are folded
//!   at 75 octets without splitting a UTF-8 character.

use std::fmt::Write;

use crate::corpus::Bundle;

use super::{dated_events, Dated};

/// Longest line, in octets, before folding (RFC 5545 §3.1).
pub const MAX_LINE_OCTETS: usize = 75;

/// The corpus's dated events as an iCalendar file.
pub fn calendar(bundle: &Bundle) -> String {
    let mut out = String::new();
    for line in ["BEGIN:VCALENDAR", "VERSION:2.0"] {
        push_line(&mut out, line);
    }
    push_line(&mut out, &format!("PRODID:-//article-explorer//article-explorer {}//EN", env!("CARGO_PKG_VERSION")));
    push_line(&mut out, "CALSCALE:GREGORIAN");
    push_line(&mut out, "METHOD:PUBLISH");
    for d in dated_events(bundle) {
        event(&mut out, &d);
    }
    push_line(&mut out, "END:VCALENDAR");
    out
}

fn event(out: &mut String, d: &Dated<'_>) {
    let a = d.article;
    let ymd = |day: chrono::NaiveDate| day.format("%Y%m%d").to_string();
    let end = d.last.succ_opt().unwrap_or(d.last);
    let stamp = a.published.unwrap_or(d.first);
    let summary = if d.event.summary.trim().is_empty() { &d.sentence } else { &d.event.summary };
    let mut description = d.sentence.clone();
    let _ = write!(description, "\n\n{}", a.display_title());
    for extra in [a.outlet.clone(), a.published.map(|p| p.to_string())].into_iter().flatten() {
        let _ = write!(description, ", {extra}");
    }
    push_line(out, "BEGIN:VEVENT");
    push_line(out, &format!("UID:{}@article-explorer", escape(&d.id())));
    push_line(out, &format!("DTSTAMP:{}T000000Z", ymd(stamp)));
    push_line(out, &format!("DTSTART;VALUE=DATE:{}", ymd(d.first)));
    push_line(out, &format!("DTEND;VALUE=DATE:{}", ymd(end)));
    push_line(out, &format!("SUMMARY:{}", escape(summary)));
    push_line(out, &format!("DESCRIPTION:{}", escape(&description)));
    if let Some(url) = a.url.as_deref().filter(|u| u.starts_with("https://") || u.starts_with("http://")) {
        // A URI value is not escaped, but it may hold no control characters or spaces.
        if !url.contains(|c: char| c.is_control() || c == ' ') {
            push_line(out, &format!("URL:{url}"));
        }
    }
    if d.event.date.contains('X') || !d.to_the_day() {
        push_line(out, &format!("X-ARTICLE-EXPLORER-DATE:{}", escape(&d.event.date)));
    }
    push_line(out, "END:VEVENT");
}

/// Escapes a TEXT value (RFC 5545 §3.3.11).
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                chars.next_if_eq(&'\n');
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            // Other control characters are not allowed in a TEXT value.
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Appends one content line, folded at [`MAX_LINE_OCTETS`] (continuations start with a
/// space, which counts toward their 75), ending in CRLF.
fn push_line(out: &mut String, line: &str) {
    let mut budget = MAX_LINE_OCTETS;
    let mut used = 0;
    for c in line.chars() {
        if used + c.len_utf8() > budget {
            out.push_str("\r\n ");
            budget = MAX_LINE_OCTETS - 1;
            used = 0;
        }
        out.push(c);
        used += c.len_utf8();
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Undoes folding (RFC 5545 §3.1): a CRLF followed by a space or tab is removed.
    fn unfold(ics: &str) -> String {
        ics.replace("\r\n ", "").replace("\r\n\t", "")
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape("a; b, c\\d\r\ne\nf\u{7}"), "a\\; b\\, c\\\\d\\ne\\nf ");
    }

    #[test]
    fn long_lines_fold_at_75_octets_on_character_boundaries() {
        let line = format!("SUMMARY:{}", "é".repeat(100));
        let mut out = String::new();
        push_line(&mut out, &line);
        for physical in out.split_terminator("\r\n") {
            assert!(physical.len() <= 75, "{} octets: {physical:?}", physical.len());
        }
        assert_eq!(unfold(&out), line + "\r\n");
    }

    #[test]
    fn one_all_day_event_per_dated_event() {
        let ics = calendar(&super::super::tests::corpus());
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"));
        assert!(ics.ends_with("END:VEVENT\r\nEND:VCALENDAR\r\n"));
        assert!(!ics.replace("\r\n", "").contains('\n'), "bare line feed");
        let ics = unfold(&ics);
        assert_eq!(ics.matches("BEGIN:VEVENT\r\n").count(), 4);
        assert_eq!(ics.matches("END:VEVENT\r\n").count(), 4);
        // 2024 spans its year; 18 March is one day; April spans its month.
        assert!(ics.contains("DTSTART;VALUE=DATE:20240101\r\nDTEND;VALUE=DATE:20250101\r\n"));
        assert!(ics.contains("UID:talks-e2@article-explorer\r\nDTSTAMP:20250317T000000Z\r\nDTSTART;VALUE=DATE:20250318\r\nDTEND;VALUE=DATE:20250319\r\n"));
        assert!(ics.contains("DTSTART;VALUE=DATE:20250401\r\nDTEND;VALUE=DATE:20250501\r\n"));
        assert!(ics.contains("Talks\\, \"round two\"\\; Riyadh\\, NHK\\, 2025-03-17"), "{ics}");
        assert!(ics.contains("URL:https://example.org/talks\r\n"));
    }
}
