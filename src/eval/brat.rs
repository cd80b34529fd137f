//! A reader for brat standoff annotations (`.ann` files), as PolNeAR ships them.
//!
//! Two kinds of lines matter here:
//!
//! - text-bound annotations, `T1\tSource 89 106\tThe New York Post`, whose span list
//!   may be discontinuous (`Content 10 20;25 40`);
//! - events, `E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1`, whose first argument is
//!   the trigger and whose other arguments name the roles.
//!
//! Everything else (`#` notes, relations, attributes, and the stray continuation lines
//! some annotators' multi-line selections leave behind) is skipped: the reader is total
//! and never fails on a malformed line. Offsets are kept as written, which for brat
//! means Unicode **code points** into the `.txt` file.
//!
//! ```
//! use article_explorer::eval::brat::parse;
//! let ann = "T1\tSource 0 5\tMorris\nT2\tCue 6 10\tsays\nT3\tContent 11 20;25 30\tit will\n\
//!            T4\tAttribution 6 10\tsays\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n";
//! let doc = parse(ann);
//! let attributions = doc.attributions();
//! assert_eq!(attributions.len(), 1);
//! assert_eq!(attributions[0].content, [(11, 20), (25, 30)]);
//! assert_eq!(attributions[0].source, [(0, 5)]);
//! ```

use std::collections::HashMap;

/// A text-bound annotation (`T` line).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TextBound {
    /// Its id (`T3`).
    pub id: String,
    /// Its label (`Content`, `Source`, `Cue`, `Attribution`, …).
    pub label: String,
    /// Its fragments as `(start, end)` code-point offsets, in file order.
    pub spans: Vec<(usize, usize)>,
    /// The annotated text as the file records it.
    pub text: String,
}

/// An event (`E` line): a trigger and role arguments.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EventLine {
    /// Its id (`E1`).
    pub id: String,
    /// The trigger's type (`Attribution`, `Attribution-no-source`).
    pub kind: String,
    /// The `(role, id)` arguments after the trigger (`("Content", "T3")`).
    pub args: Vec<(String, String)>,
}

/// One parsed `.ann` file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Document {
    /// Text-bound annotations in file order.
    pub spans: Vec<TextBound>,
    /// Events in file order.
    pub events: Vec<EventLine>,
}

/// One attribution: who (source), how (cue), what (content), as code-point fragments.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Attribution {
    /// The source (speaker) fragments; empty for `Attribution-no-source`.
    pub source: Vec<(usize, usize)>,
    /// The cue fragments.
    pub cue: Vec<(usize, usize)>,
    /// The content fragments.
    pub content: Vec<(usize, usize)>,
}

/// Parses the text of an `.ann` file; malformed lines are skipped.
pub fn parse(ann: &str) -> Document {
    let mut doc = Document::default();
    for line in ann.lines() {
        let mut fields = line.splitn(3, '\t');
        let (Some(id), Some(body)) = (fields.next(), fields.next()) else { continue };
        let text = fields.next().unwrap_or("");
        if is_id(id, 'T') {
            if let Some(t) = parse_text_bound(id, body, text) {
                doc.spans.push(t);
            }
        } else if is_id(id, 'E') {
            let mut parts = body.split_whitespace().filter_map(|a| a.split_once(':'));
            let Some((kind, _trigger)) = parts.next() else { continue };
            let args = parts.map(|(r, i)| (r.to_string(), i.to_string())).collect();
            doc.events.push(EventLine { id: id.to_string(), kind: kind.to_string(), args });
        }
    }
    doc
}

/// Whether `id` is `prefix` followed by digits (`T12`): continuation lines of a
/// multi-line selection start with arbitrary text and must not parse as annotations.
fn is_id(id: &str, prefix: char) -> bool {
    let mut chars = id.chars();
    chars.next() == Some(prefix) && id.len() > 1 && chars.all(|c| c.is_ascii_digit())
}

/// Parses `Label 10 20;25 40` into a [`TextBound`].
fn parse_text_bound(id: &str, body: &str, text: &str) -> Option<TextBound> {
    let (label, ranges) = body.split_once(' ')?;
    let mut spans = Vec::new();
    for range in ranges.split(';') {
        let (a, b) = range.trim().split_once(' ')?;
        let (a, b) = (a.parse().ok()?, b.parse().ok()?);
        // An inverted range is a broken line: drop it rather than guess.
        if b < a {
            return None;
        }
        spans.push((a, b));
    }
    Some(TextBound { id: id.to_string(), label: label.to_string(), spans, text: text.to_string() })
}

impl Document {
    /// The attributions: every event with a `Content` argument, with its source, cue
    /// and content fragments resolved (missing or dangling ids give empty lists).
    pub fn attributions(&self) -> Vec<Attribution> {
        let by_id: HashMap<&str, &TextBound> = self.spans.iter().map(|t| (t.id.as_str(), t)).collect();
        let mut out = Vec::new();
        for e in &self.events {
            let mut a = Attribution::default();
            for (role, id) in &e.args {
                let Some(t) = by_id.get(id.as_str()) else { continue };
                let list = match role.as_str() {
                    "Source" => &mut a.source,
                    "Cue" => &mut a.cue,
                    "Content" => &mut a.content,
                    _ => continue,
                };
                list.extend_from_slice(&t.spans);
            }
            if !a.content.is_empty() {
                a.content.sort_unstable();
                a.source.sort_unstable();
                a.cue.sort_unstable();
                out.push(a);
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "T1\tSource 201 220\tO’Malley’s campaign\n\
        T2\tCue 221 225\tsays\n\
        T3\tContent 226 297\tit will shift staff\n\
        T4\tAttribution 221 225\tsays\n\
        E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n\
        #1\tAnnotatorNotes T3\tShould this be longer?\n\
        T5\tContent 10 20;25 40\tpart one part two\n\
        the rest of a selection that spilled onto a second line\n\
        T6\tCue 21 24\tsaid\n\
        E2\tAttribution-no-source:T7 Content:T5 Cue:T6\n\
        T8\tSource 50 40\tbroken\n\
        E3\tAttribution:T9 Cue:T6\n";

    #[test]
    fn reads_text_bound_lines_including_discontinuous_spans() {
        let doc = parse(SAMPLE);
        let ids: Vec<&str> = doc.spans.iter().map(|t| t.id.as_str()).collect();
        assert_eq!(ids, ["T1", "T2", "T3", "T4", "T5", "T6"]);
        assert_eq!(doc.spans[0].label, "Source");
        assert_eq!(doc.spans[0].text, "O’Malley’s campaign");
        assert_eq!(doc.spans[4].spans, [(10, 20), (25, 40)]);
    }

    #[test]
    fn links_events_to_roles_and_skips_events_without_content() {
        let atts = parse(SAMPLE).attributions();
        assert_eq!(atts.len(), 2);
        assert_eq!(atts[0].source, [(201, 220)]);
        assert_eq!(atts[0].cue, [(221, 225)]);
        assert_eq!(atts[0].content, [(226, 297)]);
        // Attribution-no-source: content and cue, no source.
        assert!(atts[1].source.is_empty());
        assert_eq!(atts[1].content, [(10, 20), (25, 40)]);
    }

    #[test]
    fn events_may_precede_the_spans_they_name() {
        let doc = parse("E1\tAttribution:T3 Content:T2 Source:T1\nT1\tSource 0 2\tHe\nT2\tContent 9 12\tyes\n");
        let atts = doc.attributions();
        assert_eq!(atts.len(), 1);
        assert_eq!(atts[0].source, [(0, 2)]);
    }

    #[test]
    fn garbage_is_skipped_not_fatal() {
        for junk in ["", "\t\t", "T\tSource", "Tx\tSource 1 2\tx", "T1\tSource a b\tx", "E1\t", "E1\t:"] {
            let doc = parse(junk);
            assert!(doc.attributions().is_empty(), "{junk:?}");
        }
    }
}
