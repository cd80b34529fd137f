//! TempEval-3 scoring of temporal expressions against TimeML gold data.
//!
//! [`run`] reads every `.tml` file under a folder (see [`super::timeml`]), runs
//! [`crate::analysis::timex::extract`] on the plain text with the document creation time
//! as the publication date, and scores as TempEval-3 does:
//!
//! - **strict** span P/R/F1: the predicted span equals the gold span;
//! - **relaxed** span P/R/F1: the spans overlap (matched one-to-one);
//! - **type** and **value accuracy** over the relaxed matches;
//! - **value F1** = relaxed F1 × value accuracy.
//!
//! [`Score`] holds the counts and can be built from any gold/predicted lists, so the
//! scorer is tested on its own:
//!
//! ```
//! use article_explorer::eval::timex::Score;
//! use article_explorer::model::{Timex, TimexType};
//! let t = |start, end, value: &str| Timex {
//!     start, end, text: String::new(), kind: TimexType::Date, value: value.into(),
//! };
//! let mut score = Score::default();
//! score.add(&[t(0, 6, "1998-08-07"), t(10, 20, "1998")], &[t(0, 6, "1998-08-07")]);
//! assert_eq!(score.strict_f1(), 2.0 / 3.0);
//! assert_eq!(score.value_accuracy(), 1.0);
//! ```

use crate::eval::{f1, ratio};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use crate::analysis::{sentences, timex};
use crate::eval::predictions::{PredDoc, Predictions, TextDoc, ToBytes};
use crate::eval::Report;
use crate::model::{Timex, TimexType};

use super::timeml;

/// Counts for the TempEval-3 timex measures.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Score {
    /// Documents scored.
    pub docs: usize,
    /// Gold expressions.
    pub gold: usize,
    /// Predicted expressions.
    pub predicted: usize,
    /// Predictions whose span equals a gold span.
    pub strict: usize,
    /// One-to-one overlapping pairs.
    pub relaxed: usize,
    /// Relaxed pairs with the same type.
    pub type_ok: usize,
    /// Relaxed pairs with the same value.
    pub value_ok: usize,
}

/// One aligned pair (or a lone expression) from scoring a document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Alignment<'a> {
    /// A gold expression and the prediction overlapping it.
    Match {
        /// The gold expression.
        gold: &'a Timex,
        /// The prediction.
        predicted: &'a Timex,
    },
    /// A gold expression nothing overlaps.
    Miss(&'a Timex),
    /// A prediction that overlaps no gold expression.
    FalseHit(&'a Timex),
}

/// Aligns gold and predicted expressions (both sorted by start) one-to-one by overlap.
pub fn align<'a>(gold: &'a [Timex], predicted: &'a [Timex]) -> Vec<Alignment<'a>> {
    let mut out = Vec::with_capacity(gold.len() + predicted.len());
    let (mut g, mut p) = (0, 0);
    while g < gold.len() || p < predicted.len() {
        match (gold.get(g), predicted.get(p)) {
            (Some(a), Some(b)) if a.span().overlaps(b.span()) => {
                out.push(Alignment::Match { gold: a, predicted: b });
                g += 1;
                p += 1;
            }
            // Whichever ends first can overlap nothing further on the other side.
            (Some(a), Some(b)) if a.end <= b.end => {
                out.push(Alignment::Miss(a));
                g += 1;
            }
            (Some(_), Some(b)) | (None, Some(b)) => {
                out.push(Alignment::FalseHit(b));
                p += 1;
            }
            (Some(a), None) => {
                out.push(Alignment::Miss(a));
                g += 1;
            }
            (None, None) => break,
        }
    }
    out
}

impl Score {
    /// Adds one document's gold and predicted expressions (each sorted by start).
    pub fn add(&mut self, gold: &[Timex], predicted: &[Timex]) {
        self.docs += 1;
        self.gold += gold.len();
        self.predicted += predicted.len();
        for a in align(gold, predicted) {
            if let Alignment::Match { gold, predicted } = a {
                self.relaxed += 1;
                self.strict += usize::from(gold.span() == predicted.span());
                self.type_ok += usize::from(gold.kind == predicted.kind);
                self.value_ok += usize::from(gold.value == predicted.value);
            }
        }
    }

    /// Strict precision.
    pub fn strict_precision(&self) -> f64 {
        ratio(self.strict, self.predicted)
    }
    /// Strict recall.
    pub fn strict_recall(&self) -> f64 {
        ratio(self.strict, self.gold)
    }
    /// Strict F1.
    pub fn strict_f1(&self) -> f64 {
        f1(self.strict_precision(), self.strict_recall())
    }
    /// Relaxed precision.
    pub fn relaxed_precision(&self) -> f64 {
        ratio(self.relaxed, self.predicted)
    }
    /// Relaxed recall.
    pub fn relaxed_recall(&self) -> f64 {
        ratio(self.relaxed, self.gold)
    }
    /// Relaxed F1.
    pub fn relaxed_f1(&self) -> f64 {
        f1(self.relaxed_precision(), self.relaxed_recall())
    }
    /// Type accuracy over relaxed matches.
    pub fn type_accuracy(&self) -> f64 {
        ratio(self.type_ok, self.relaxed)
    }
    /// Value accuracy over relaxed matches.
    pub fn value_accuracy(&self) -> f64 {
        ratio(self.value_ok, self.relaxed)
    }
    /// Value F1: relaxed F1 × value accuracy.
    pub fn value_f1(&self) -> f64 {
        self.relaxed_f1() * self.value_accuracy()
    }

    /// The report table.
    pub fn table(&self, label: &str) -> String {
        let mut s = String::new();
        let _ = writeln!(s, "timex eval: {label}");
        let _ = writeln!(s, "{:>6} {:>6} {:>6}", "docs", "gold", "pred");
        let _ = writeln!(s, "{:>6} {:>6} {:>6}", self.docs, self.gold, self.predicted);
        let _ = writeln!(s, "{:<10} {:>6} {:>6} {:>6}", "", "P", "R", "F1");
        let row = |s: &mut String, name: &str, p: f64, r: f64, f: f64| {
            let _ = writeln!(s, "{name:<10} {p:>6.3} {r:>6.3} {f:>6.3}");
        };
        row(&mut s, "strict", self.strict_precision(), self.strict_recall(), self.strict_f1());
        row(&mut s, "relaxed", self.relaxed_precision(), self.relaxed_recall(), self.relaxed_f1());
        let _ = writeln!(s, "type accuracy  {:.3}", self.type_accuracy());
        let _ = writeln!(s, "value accuracy {:.3}", self.value_accuracy());
        let _ = writeln!(s, "value F1       {:.3}", self.value_f1());
        s
    }
}

/// Scores the extractor on every `.tml` file under `dir` (recursively) and returns the
/// report; with `show_errors`, also the misses, false hits, span and value errors
/// grouped by class. A folder of MEANTIME `.xml` files (and no `.tml`) is read as
/// MEANTIME, scored in its annotated sentences 0–5 only.
pub fn run(dir: &Path, show_errors: bool) -> Result<String, String> {
    run_with(dir, show_errors, None).map(|r| r.text)
}

/// One document to score: its id (file stem), text, creation date and gold, and the
/// end of its annotated region (predictions starting after it are not scored).
struct Doc {
    id: String,
    text: String,
    dct: Option<chrono::NaiveDate>,
    gold: Vec<Timex>,
    annotated_end: usize,
}

/// The documents under `dir`: TimeML, or else MEANTIME.
fn read_docs(dir: &Path) -> Result<Vec<Doc>, String> {
    if !dir.is_dir() {
        return Err(format!("{}: no such folder (TempEval-3 TimeML data expected); skipping", dir.display()));
    }
    let mut files = Vec::new();
    collect_tml(dir, &mut files)?;
    files.sort();
    let stem = |f: &Path| f.file_stem().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    if files.is_empty() {
        let meantime = super::entities::read_meantime(dir)?;
        if meantime.is_empty() {
            return Err(format!("{}: no .tml files (TimeML) or .xml files (MEANTIME) found", dir.display()));
        }
        return Ok(meantime
            .into_iter()
            .map(|d| Doc { id: d.name, dct: d.dct, gold: d.timexes, annotated_end: d.annotated_end, text: d.text })
            .collect());
    }
    let mut docs = Vec::new();
    for file in &files {
        let tml = std::fs::read_to_string(file).map_err(|e| format!("{}: cannot read: {e}", file.display()))?;
        let doc = timeml::parse(&tml).map_err(|e| format!("{}: {e}", file.display()))?;
        let annotated_end = doc.text.len();
        docs.push(Doc { id: stem(file), text: doc.text, dct: doc.dct, gold: doc.timexes, annotated_end });
    }
    Ok(docs)
}

/// The documents under `dir` as scored, for another tool to analyse.
pub fn texts(dir: &Path) -> Result<Vec<TextDoc>, String> {
    Ok(read_docs(dir)?.into_iter().map(|d| TextDoc { id: d.id, text: d.text, published: d.dct }).collect())
}

/// Another tool's timexes in bytes, sorted; a missing type counts as DATE and a
/// missing value as "" (the report then gives no type or value accuracy).
fn external(doc: &PredDoc, text: &str) -> Vec<Timex> {
    let b = ToBytes::new(text);
    let mut out: Vec<Timex> = doc
        .timexes
        .iter()
        .map(|t| {
            let (start, end) = (b.at(t.start), b.at(t.end));
            Timex {
                start,
                end,
                text: text[start..end].to_string(),
                kind: t.kind.unwrap_or(TimexType::Date),
                value: t.value.clone().unwrap_or_default(),
            }
        })
        .collect();
    out.sort_by_key(|t| (t.start, t.end));
    out
}

/// [`run`], scoring `predictions` (another tool's output) instead of our extractor when
/// given; the report also carries its figures as JSON.
pub fn run_with(dir: &Path, show_errors: bool, predictions: Option<&Predictions>) -> Result<Report, String> {
    let docs = read_docs(dir)?;
    if let Some(p) = predictions {
        p.check_ids(docs.iter().map(|d| d.id.as_str()))?;
    }
    let mut score = Score::default();
    let mut by_type = ByType::default();
    let mut errors = Errors::default();
    for doc in &docs {
        let mut predicted = match predictions {
            Some(p) => external(p.doc(&doc.id, &doc.text)?, &doc.text),
            None => timex::extract(&doc.text, &sentences::split(&doc.text), doc.dct),
        };
        predicted.retain(|t| t.start < doc.annotated_end);
        score.add(&doc.gold, &predicted);
        by_type.add(&doc.text, &doc.gold, &predicted);
        if show_errors {
            errors.add(&doc.id, &doc.text, doc.dct, &doc.gold, &predicted);
        }
    }
    let (types, values) = predictions.map_or((true, true), |p| (p.timex_types, p.timex_values));
    let mut text = String::new();
    for line in score.table(&dir.display().to_string()).lines() {
        let na = (!types && line.starts_with("type accuracy"))
            || (!values && (line.starts_with("value accuracy") || line.starts_with("value F1")));
        if na {
            let label = line.trim_end_matches(|c: char| c.is_ascii_digit() || c == '.');
            let _ = writeln!(text, "{label}n/a");
        } else {
            let _ = writeln!(text, "{line}");
        }
    }
    if types && values {
        text.push_str(&by_type.render());
    }
    if !types {
        text.push_str("(the predictions carry no types: type accuracy does not apply)\n");
    }
    if !values {
        text.push_str("(the predictions carry no values: value accuracy does not apply)\n");
    }
    if show_errors {
        text.push_str(&errors.render());
    }
    let json = serde_json::json!({
        "eval": "timex", "docs": score.docs, "gold": score.gold, "pred": score.predicted,
        "strict_p": score.strict_precision(), "strict_r": score.strict_recall(), "strict_f1": score.strict_f1(),
        "relaxed_p": score.relaxed_precision(), "relaxed_r": score.relaxed_recall(), "relaxed_f1": score.relaxed_f1(),
        "type_accuracy": types.then(|| score.type_accuracy()),
        "value_accuracy": values.then(|| score.value_accuracy()),
        "value_f1": values.then(|| score.value_f1()),
    });
    Ok(Report { text, json })
}

/// Appends every `.tml` file under `dir` to `out`.
fn collect_tml(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: cannot list: {e}", dir.display()))?;
    for entry in entries {
        let path = entry.map_err(|e| format!("{}: cannot list: {e}", dir.display()))?.path();
        if path.is_dir() {
            collect_tml(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "tml") {
            out.push(path);
        }
    }
    Ok(())
}

/// The scores broken down by type, with counts only (no expression text, so a report
/// set's breakdown shows where the errors are without showing its sentences).
#[derive(Default)]
struct ByType {
    /// Per gold type: gold, relaxed matches, exact spans, right values.
    gold: BTreeMap<&'static str, [usize; 4]>,
    /// False hits per predicted type.
    false_hits: BTreeMap<&'static str, usize>,
    /// Matches with a wrong value, per gold type and gold value shape ("DATE 9999-WXX").
    wrong_values: BTreeMap<String, usize>,
    /// Matches with a wrong extent, by edge and the class of the words that differ
    /// ("we add at the start: determiner").
    extents: BTreeMap<String, usize>,
    /// False hits per predicted type and value shape ("DURATION PXY").
    false_values: BTreeMap<String, usize>,
    /// Misses per gold type and value shape.
    misses: BTreeMap<String, usize>,
    /// Wrong values by how ours differs from gold ([`value_gap`]).
    value_gaps: BTreeMap<String, usize>,
}

impl ByType {
    fn add(&mut self, text: &str, gold: &[Timex], predicted: &[Timex]) {
        for g in gold {
            self.gold.entry(g.kind.as_str()).or_default()[0] += 1;
        }
        for a in align(gold, predicted) {
            match a {
                Alignment::Match { gold: g, predicted: p } => {
                    let row = self.gold.entry(g.kind.as_str()).or_default();
                    row[1] += 1;
                    row[2] += usize::from(g.span() == p.span());
                    row[3] += usize::from(g.value == p.value);
                    for edge in extent_edges(text, g, p) {
                        *self.extents.entry(edge).or_default() += 1;
                    }
                    if g.value != p.value {
                        *self.value_gaps.entry(value_gap(&g.value, &p.value)).or_default() += 1;
                        *self
                            .wrong_values
                            .entry(format!("{} {}", g.kind.as_str(), value_shape(&g.value)))
                            .or_default() += 1;
                    }
                }
                Alignment::FalseHit(p) => {
                    *self.false_hits.entry(p.kind.as_str()).or_default() += 1;
                    *self.false_values.entry(format!("{} {}", p.kind.as_str(), value_shape(&p.value))).or_default() +=
                        1;
                }
                Alignment::Miss(g) => {
                    *self.misses.entry(format!("{} {}", g.kind.as_str(), value_shape(&g.value))).or_default() += 1;
                }
            }
        }
    }

    fn render(&self) -> String {
        let mut s = String::new();
        let _ = writeln!(s, "by gold type    gold  found  exact  value  value acc");
        for (kind, [gold, found, exact, value]) in &self.gold {
            let _ =
                writeln!(s, "  {kind:<12} {gold:>5} {found:>6} {exact:>6} {value:>6}  {:>9.3}", ratio(*value, *found));
        }
        let hits: Vec<String> = self.false_hits.iter().map(|(k, n)| format!("{k} {n}")).collect();
        let _ = writeln!(
            s,
            "false hits by predicted type: {}",
            if hits.is_empty() { "none".into() } else { hits.join(", ") }
        );
        // Each breakdown on one line, largest first, the longest cut to its top rows.
        for (label, counts, top) in [
            ("wrong values by gold shape", &self.wrong_values, 8),
            ("wrong extents by edge and word class", &self.extents, 24),
            ("false hits by predicted value shape", &self.false_values, 24),
            ("misses by gold value shape", &self.misses, 24),
            ("wrong values by how ours differs", &self.value_gaps, 24),
        ] {
            let mut rows: Vec<_> = counts.iter().collect();
            rows.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
            let top: Vec<String> = rows.iter().take(top).map(|(k, n)| format!("{k} {n}")).collect();
            let _ = writeln!(s, "{label}: {}", if top.is_empty() { "none".into() } else { top.join(", ") });
        }
        s
    }
}

/// Error lines grouped by class ("miss DATE", "value DURATION" …), each line one case.
#[derive(Default)]
struct Errors {
    groups: BTreeMap<String, Vec<String>>,
}

impl Errors {
    /// Records the errors of one document.
    fn add(&mut self, name: &str, text: &str, dct: Option<chrono::NaiveDate>, gold: &[Timex], predicted: &[Timex]) {
        let ctx = |t: &Timex| context(text, t);
        for a in align(gold, predicted) {
            let (class, line) = match a {
                Alignment::Miss(g) => (
                    format!("miss {} {}", g.kind.as_str(), shape(&g.text)),
                    format!("{name}: {:?} {} [{}]", g.text, g.value, ctx(g)),
                ),
                Alignment::FalseHit(p) => (
                    format!("false {} {}", p.kind.as_str(), shape(&p.text)),
                    format!("{name}: {:?} {} [{}]", p.text, p.value, ctx(p)),
                ),
                Alignment::Match { gold: g, predicted: p } => {
                    if g.value != p.value || g.kind != p.kind {
                        // Grouped by the gold value's shape: "value DATE 9999-99-99"; a
                        // right value with the wrong type is its own class ("type DATE as
                        // TIME 9999-99-99TNI"), as value accuracy does not count it.
                        let class = if g.value == p.value {
                            format!("type {} as {} {}", g.kind.as_str(), p.kind.as_str(), value_shape(&g.value))
                        } else {
                            format!("value {} {}", g.kind.as_str(), value_shape(&g.value))
                        };
                        let line = format!(
                            "{name}: {:?} gold {} {} / got {:?} {} {} (dct {}) [{}]",
                            g.text,
                            g.kind.as_str(),
                            g.value,
                            p.text,
                            p.kind.as_str(),
                            p.value,
                            dct.map(|d| d.to_string()).unwrap_or_default(),
                            ctx(g)
                        );
                        self.groups.entry(class).or_default().push(line);
                    }
                    if g.span() == p.span() {
                        continue;
                    }
                    (format!("span {}", g.kind.as_str()), format!("{name}: gold {:?} / got {:?}", g.text, p.text))
                }
            };
            self.groups.entry(class).or_default().push(line);
        }
    }

    /// The groups, largest first.
    fn render(&self) -> String {
        let mut groups: Vec<_> = self.groups.iter().collect();
        groups.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then(a.0.cmp(b.0)));
        let mut s = String::new();
        for (class, lines) in groups {
            let _ = writeln!(s, "\n## {class} ({})", lines.len());
            for l in lines {
                let _ = writeln!(s, "  {l}");
            }
        }
        s
    }
}

/// A coarse pattern class for an expression: lowercase words, digits as `9`, so errors
/// group by shape ("9 days", "last week").
fn shape(text: &str) -> String {
    let mut s = String::with_capacity(text.len());
    let mut last_digit = false;
    for c in text.chars() {
        if c.is_ascii_digit() {
            if !last_digit {
                s.push('9');
            }
            last_digit = true;
        } else {
            last_digit = false;
            s.extend(c.to_lowercase());
        }
    }
    // Weekdays and months group together.
    let words: Vec<&str> = s.split_whitespace().collect();
    words
        .iter()
        .map(|w| {
            let w = w.trim_end_matches([',', '.']);
            if timex::is_month_word(w) {
                "<month>"
            } else if timex::is_weekday_word(w) {
                "<weekday>"
            } else {
                w
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// How a predicted extent differs from the gold one, an entry per differing edge:
/// whether we add or lack words at the start or the end, and the class of those words
/// ([`word_class`]), so a report set's breakdown names no content word of its text.
fn extent_edges(text: &str, g: &Timex, p: &Timex) -> Vec<String> {
    let words = |a: usize, b: usize| -> String {
        let (a, b) = (a.min(text.len()), b.min(text.len()));
        let mut classes: Vec<&str> = text.get(a..b).unwrap_or("").split_whitespace().map(word_class).collect();
        classes.dedup();
        classes.join("+")
    };
    let mut out = Vec::new();
    if p.start < g.start {
        out.push(format!("we add at the start: {}", words(p.start, g.start)));
    } else if p.start > g.start {
        out.push(format!("we lack at the start: {}", words(g.start, p.start)));
    }
    if p.end > g.end {
        out.push(format!("we add at the end: {}", words(g.end, p.end)));
    } else if p.end < g.end {
        out.push(format!("we lack at the end: {}", words(p.end, g.end)));
    }
    out
}

/// A word's class for the extent breakdown: a time modifier or unit as itself
/// ("early", "earlier", "night": the conventions annotators differ on), else a closed
/// class ("determiner", "preposition", "number", "month or weekday"), "adverb",
/// "capitalised" or "other". Content words are never shown.
fn word_class(word: &str) -> &'static str {
    let w = word.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
    const DETERMINERS: &[&str] = &[
        "the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "each", "every",
    ];
    const PREPOSITIONS: &[&str] = &[
        "of", "in", "on", "at", "for", "by", "from", "to", "since", "until", "during", "over", "within", "after",
        "before", "through", "into", "between",
    ];
    const MODIFIERS: &[&str] = &[
        "some",
        "several",
        "few",
        "many",
        "more",
        "than",
        "nearly",
        "about",
        "almost",
        "just",
        "only",
        "last",
        "next",
        "past",
        "early",
        "late",
        "earlier",
        "later",
        "recent",
        "coming",
        "previous",
        "following",
        "first",
        "second",
        "third",
        "final",
        "fiscal",
        "same",
        "other",
        "end",
        "beginning",
        "middle",
        "half",
        "around",
        "roughly",
        "least",
        "most",
        "up",
        "ago",
        "and",
        "or",
    ];
    // "second" reads as a modifier ("the second quarter") before it could be a unit.
    const UNITS: &[&str] = &[
        "seconds",
        "minute",
        "minutes",
        "hour",
        "hours",
        "day",
        "days",
        "week",
        "weeks",
        "month",
        "months",
        "year",
        "years",
        "decade",
        "decades",
        "century",
        "quarter",
        "quarters",
        "period",
        "time",
        "times",
        "season",
        "weekend",
        "morning",
        "afternoon",
        "evening",
        "night",
        "today",
        "yesterday",
        "tomorrow",
        "now",
    ];
    if w.is_empty() {
        "mark"
    } else if w.chars().all(|c| c.is_ascii_digit() || c == ',') || timex::is_number_word(&w) {
        "number"
    } else if timex::is_month_word(&w) || timex::is_weekday_word(&w) {
        "month or weekday"
    } else if DETERMINERS.contains(&w.as_str()) {
        "determiner"
    } else if PREPOSITIONS.contains(&w.as_str()) {
        "preposition"
    } else if let Some(m) = MODIFIERS.iter().find(|m| **m == w) {
        m
    } else if let Some(u) = UNITS.iter().find(|u| **u == w) {
        u
    } else if w.ends_with("ly") {
        "adverb"
    } else if word.chars().next().is_some_and(char::is_uppercase) {
        "capitalised"
    } else {
        "other"
    }
}

/// How a wrong predicted value differs from the gold one: for two values of one shape
/// that read as dates, the distance ("a day off", "a year off", "a week off" …; later
/// or earlier); "gold less specific" / "gold more specific" when one value is a prefix
/// of the other's calendar ("1998-08" against "1998-08-07"); else the two shapes.
fn value_gap(gold: &str, ours: &str) -> String {
    use chrono::Datelike as _;
    let date = |v: &str| chrono::NaiveDate::parse_from_str(v.get(..10)?, "%Y-%m-%d").ok();
    let month = |v: &str| chrono::NaiveDate::parse_from_str(&format!("{}-01", v.get(..7)?), "%Y-%m-%d").ok();
    let side = |later: bool| if later { "later" } else { "earlier" };
    if let (Some(g), Some(o)) = (date(gold), date(ours)) {
        let days = (o - g).num_days();
        let size = match days.abs() {
            0 => "same day, other detail",
            1 => "a day",
            2..=6 => "2-6 days",
            7 => "a week",
            8..=31 => "8-31 days",
            360..=370 => "a year",
            _ => "further",
        };
        return if days == 0 {
            format!("{size} ({} / ours {})", value_shape(gold), value_shape(ours))
        } else {
            format!("{size} {}", side(days > 0))
        };
    }
    if value_shape(gold) == "9999-99" && value_shape(ours) == "9999-99" {
        if let (Some(g), Some(o)) = (month(gold), month(ours)) {
            let months = (o.year() - g.year()) * 12 + o.month() as i32 - g.month() as i32;
            let size = match months.abs() {
                1 => "a month",
                12 => "a year (months)",
                _ => "months",
            };
            return format!("{size} {}", side(months > 0));
        }
    }
    // "1998-W9" against "1998-W09": one week, its number written with one digit.
    let week = |v: &str| -> Option<(i32, u32)> {
        let (y, w) = v.split_once("-W")?;
        Some((y.parse().ok()?, w.parse().ok()?))
    };
    if let (Some(g), Some(o)) = (week(gold), week(ours)) {
        let weeks = (o.0 - g.0) * 52 + o.1 as i32 - g.1 as i32;
        return match weeks {
            0 => "same week, number written otherwise".to_string(),
            _ => format!("{} {}", if weeks.abs() == 1 { "a week (weeks)" } else { "weeks" }, side(weeks > 0)),
        };
    }
    if value_shape(gold) == "9999" && value_shape(ours) == "9999" {
        let (g, o) = (gold.parse::<i32>().unwrap_or(0), ours.parse::<i32>().unwrap_or(0));
        return format!("{} {}", if (o - g).abs() == 1 { "a year" } else { "years" }, side(o > g));
    }
    let calendar = |v: &str| v.chars().take_while(|c| c.is_ascii_digit() || *c == '-').collect::<String>();
    let (gc, oc) = (calendar(gold), calendar(ours));
    if !gc.is_empty() && gc.len() < oc.len() && oc.starts_with(&gc) {
        return format!("gold less specific ({} / ours {})", value_shape(gold), value_shape(ours));
    }
    if !oc.is_empty() && oc.len() < gc.len() && gc.starts_with(&oc) {
        return format!("gold more specific ({} / ours {})", value_shape(gold), value_shape(ours));
    }
    format!("{} / ours {}", value_shape(gold), value_shape(ours))
}

/// A TIMEX3 value with its digits as `9` ("2025-03-18" → "9999-99-99").
fn value_shape(value: &str) -> String {
    value.chars().map(|c| if c.is_ascii_digit() { '9' } else { c }).collect()
}

/// A little text around `t`.
fn context(text: &str, t: &Timex) -> String {
    let mut a = t.start.saturating_sub(40);
    while !text.is_char_boundary(a) {
        a -= 1;
    }
    let mut b = (t.end + 40).min(text.len());
    while !text.is_char_boundary(b) {
        b += 1;
    }
    format!("{}<<{}>>{}", &text[a..t.start], &text[t.start..t.end], &text[t.end..b]).replace('\n', " ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::TimexType;

    fn t(start: usize, end: usize, kind: TimexType, value: &str) -> Timex {
        Timex { start, end, text: String::new(), kind, value: value.into() }
    }

    #[test]
    fn scores_strict_relaxed_type_and_value() {
        use TimexType::*;
        let gold = [t(0, 10, Date, "1989-Q3"), t(20, 25, Duration, "P2Y"), t(40, 45, Date, "1990")];
        // Exact; overlapping with a wrong value; a false hit between; the third missed.
        let pred = [t(0, 10, Date, "1989-Q3"), t(22, 25, Date, "P2Y"), t(30, 35, Date, "1991")];
        let mut s = Score::default();
        s.add(&gold, &pred);
        assert_eq!((s.gold, s.predicted, s.strict, s.relaxed, s.type_ok, s.value_ok), (3, 3, 1, 2, 1, 2));
        assert!((s.relaxed_f1() - 2.0 / 3.0).abs() < 1e-9);
        assert!((s.value_f1() - 2.0 / 3.0).abs() < 1e-9);
        assert!((s.type_accuracy() - 0.5).abs() < 1e-9);
    }

    #[test]
    fn one_prediction_matches_one_gold_only() {
        use TimexType::*;
        let gold = [t(0, 5, Date, "a"), t(6, 10, Date, "b")];
        let pred = [t(0, 10, Date, "a")];
        let a = align(&gold, &pred);
        assert_eq!(a.len(), 2);
        assert!(matches!(a[1], Alignment::Miss(_)));
    }

    #[test]
    fn the_breakdown_counts_by_type_and_gold_shape_without_text() {
        use TimexType::*;
        let gold = [t(0, 6, Date, "1998-XX"), t(10, 20, Duration, "P3D"), t(30, 36, Date, "1998-08-07")];
        let pred = [t(0, 6, Date, "1998-08"), t(12, 20, Duration, "P3D"), t(40, 45, Duration, "P1W")];
        // The second gold span reads "a few days"; we found "few days".
        let text = "1998-08 in a few days, on 1998-08-07 or in P1W time.";
        let text = format!("{:<10}a few days{}", &text[..7], &text[7..]);
        let mut b = ByType::default();
        b.add(&text, &gold, &pred);
        let out = b.render();
        assert!(out.contains("wrong extents by edge and word class: we lack at the start: determiner 1"), "{out}");
        assert!(out.contains("false hits by predicted value shape: DURATION P9W 1"), "{out}");
        assert!(out.contains("misses by gold value shape: DATE 9999-99-99 1"), "{out}");
        assert!(out.contains("  DATE             2      1      1      0      0.000"), "{out}");
        assert!(out.contains("  DURATION         1      1      0      1      1.000"), "{out}");
        assert!(out.contains("false hits by predicted type: DURATION 1"), "{out}");
        assert!(out.contains("wrong values by gold shape: DATE 9999-XX 1"), "{out}");
    }

    #[test]
    fn a_wrong_value_is_told_by_how_it_differs() {
        assert_eq!(value_gap("1998-08-07", "1998-08-14"), "a week later");
        assert_eq!(value_gap("1998-08-07", "1998-08-06"), "a day earlier");
        assert_eq!(
            value_gap("1998-08-07", "1998-08-07TNI"),
            "same day, other detail (9999-99-99 / ours 9999-99-99TNI)"
        );
        assert_eq!(value_gap("1998-08-07", "1999-08-07"), "a year later");
        assert_eq!(value_gap("1998-03", "1998-04"), "a month later");
        assert_eq!(value_gap("1998", "1997"), "a year earlier");
        assert_eq!(value_gap("1998-XX", "1998"), "gold more specific (9999-XX / ours 9999)");
        assert_eq!(value_gap("1998", "1998-Q3"), "gold less specific (9999 / ours 9999-Q9)");
        assert_eq!(value_gap("P3D", "P1W"), "P9D / ours P9W");
        assert_eq!(value_gap("1998-W9", "1998-W09"), "same week, number written otherwise");
        assert_eq!(value_gap("1998-W09", "1998-W10"), "a week (weeks) later");
    }

    #[test]
    fn a_wrong_type_with_the_right_value_is_its_own_class() {
        use TimexType::*;
        let text = "Friday night the talks broke off; on Monday they resumed.";
        let gold = [t(0, 12, Date, "1998-08-07TNI"), t(37, 43, Date, "1998-08-10")];
        let pred = [t(0, 12, Time, "1998-08-07TNI"), t(37, 43, Date, "1998-08-03")];
        let mut e = Errors::default();
        e.add("doc", text, None, &gold, &pred);
        let classes: Vec<&str> = e.groups.keys().map(String::as_str).collect();
        assert_eq!(classes, ["type DATE as TIME 9999-99-99TNI", "value DATE 9999-99-99"]);
        assert!(e.render().contains("## value DATE 9999-99-99 (1)"));
    }

    #[test]
    fn reads_a_folder_of_timeml() {
        let dir = std::env::temp_dir().join(format!("timex-eval-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("sub")).unwrap();
        let doc = "<DCT><TIMEX3 value=\"1998-08-07\">x</TIMEX3></DCT><TEXT>Bombs exploded \
                   <TIMEX3 type=\"DATE\" value=\"1998-08-06\">yesterday</TIMEX3>.</TEXT>";
        std::fs::write(dir.join("sub/a.tml"), doc).unwrap();
        let report = run(&dir, true).unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        assert!(report.contains("relaxed"), "{report}");
        assert!(report.contains("     1      1      1"), "{report}");
    }

    #[test]
    fn missing_folder_is_a_clear_error() {
        let err = run(Path::new("/nonexistent/tempeval"), false).unwrap_err();
        assert!(err.contains("no such folder"));
    }

    /// The TempEval-3 folder: `../shared/bench` beside the project (or beside the
    /// worktree folder holding it).
    fn bench_root() -> PathBuf {
        let here = Path::new(env!("CARGO_MANIFEST_DIR"));
        let rel = "shared/bench/tempeval3/TBAQ-cleaned";
        [here.join("..").join(rel), here.join("../..").join(rel)]
            .into_iter()
            .find(|p| p.is_dir())
            .unwrap_or_else(|| here.join("..").join(rel))
    }

    /// Extraction speed on the TempEval-3 texts, when present
    /// (`cargo test --release -- --ignored --nocapture timex_speed`).
    #[test]
    #[ignore]
    fn timex_speed() {
        let root = bench_root();
        let mut files = Vec::new();
        if collect_tml(&root, &mut files).is_err() {
            println!("skipped: {} not found", root.display());
            return;
        }
        let docs: Vec<timeml::TimeMlDoc> =
            files.iter().filter_map(|f| timeml::parse(&std::fs::read_to_string(f).ok()?).ok()).collect();
        let bytes: usize = docs.iter().map(|d| d.text.len()).sum::<usize>() * 20;
        let t0 = std::time::Instant::now();
        let mut n = 0;
        for _ in 0..20 {
            for d in &docs {
                n += timex::extract(&d.text, &[], d.dct).len();
            }
        }
        let secs = t0.elapsed().as_secs_f64();
        println!("{n} timexes in {bytes} bytes: {:.1} MB/s", bytes as f64 / secs / 1e6);
        let t0 = std::time::Instant::now();
        let mut n = 0;
        for _ in 0..20 {
            for d in &docs {
                n += crate::text::tokenize(&d.text).len();
            }
        }
        let secs = t0.elapsed().as_secs_f64();
        println!("tokenizer alone: {n} tokens, {:.1} MB/s", bytes as f64 / secs / 1e6);
    }

    /// The real TempEval-3 training data, when present (`cargo test -- --ignored`).
    #[test]
    #[ignore]
    fn tempeval3_training_data() {
        let root = bench_root();
        let errors = std::env::var("TIMEX_ERRORS").is_ok();
        for part in ["TimeBank", "AQUAINT"] {
            match run(&root.join(part), errors) {
                Ok(report) => println!("{report}"),
                Err(e) => println!("skipped: {e}"),
            }
        }
    }
}
