//! External predictions: another tool's output, scored by the same scorers as ours.
//!
//! The side-by-side evaluation (`scripts/eval-peers.sh`) runs peer tools on exactly the
//! texts our scorers read and converts their output to the analysis schema (README,
//! "Output schema"). Two files connect them:
//!
//! - **texts** (`eval … --export-texts FILE`): one JSON object per line,
//!   `{"id": "…", "text": "…", "published": "YYYY-MM-DD" | null}` — the document as
//!   scored (MEANTIME and GUM texts are rebuilt from tokens, TimeML's from its `TEXT`);
//! - **predictions** (`eval … --predictions FILE`): one JSON object per line, an
//!   analysis-schema object keyed by `"id"` (or by `"source"`, whose file stem is the
//!   id, so `article-explorer analyze` output works as is), with any of `quotes`,
//!   `timexes` and `entities`. Offsets are **code points** into the text, end-exclusive.
//!
//! Every document scored must have a line (a tool that found nothing writes empty
//! lists), and every line must name a scored document: a tool that skipped or renamed
//! documents would otherwise score as if it had found nothing. Offsets outside the text
//! and malformed lines are errors that name the file and line.
//!
//! A timex's `type` and `value` are optional — not every tool gives them — but a file
//! gives each for all of its timexes or for none; the scorers then report type or value
//! accuracy as not applicable.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::model::{EntityType, QuoteKind, TimexType};
use crate::text::OffsetMap;

/// One document as a scorer reads it, for a peer to analyse.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextDoc {
    /// The document's id (its file stem, prefixed by the corpus where a run scores two).
    pub id: String,
    /// The text exactly as scored.
    pub text: String,
    /// The publication or creation date that anchors relative dates.
    pub published: Option<NaiveDate>,
}

/// Writes `docs` as JSON Lines to `path`.
pub fn write_texts(path: &Path, docs: &[TextDoc]) -> Result<(), String> {
    let mut out = String::new();
    for d in docs {
        let line = serde_json::to_string(d).map_err(|e| format!("{}: {e}", d.id))?;
        out.push_str(&line);
        out.push('\n');
    }
    std::fs::write(path, out).map_err(|e| format!("{}: cannot write: {e}", path.display()))
}

/// A predicted speaker.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct PredSpeaker {
    /// The name the speaker resolves to.
    #[serde(default)]
    pub name: Option<String>,
    /// Start of the mention (code points).
    #[serde(default)]
    pub start: Option<usize>,
    /// End of the mention (code points, exclusive).
    #[serde(default)]
    pub end: Option<usize>,
}

/// A predicted cue.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct PredCue {
    /// The cue as written ("said", ":").
    #[serde(default)]
    pub text: String,
}

/// A predicted quote (code points).
#[derive(Clone, Debug, Deserialize)]
pub struct PredQuote {
    /// Start of the quoted words.
    pub start: usize,
    /// End of the quoted words (exclusive).
    pub end: usize,
    /// Direct, partial or indirect (default: direct).
    #[serde(default = "direct")]
    pub kind: QuoteKind,
    /// Who said it.
    #[serde(default)]
    pub speaker: Option<PredSpeaker>,
    /// The reporting verb or colon.
    #[serde(default)]
    pub cue: Option<PredCue>,
}

fn direct() -> QuoteKind {
    QuoteKind::Direct
}

/// A predicted temporal expression (code points); type and value when the tool gives them.
#[derive(Clone, Debug, Deserialize)]
pub struct PredTimex {
    /// Start.
    pub start: usize,
    /// End (exclusive).
    pub end: usize,
    /// TIMEX3 type.
    #[serde(default, rename = "type")]
    pub kind: Option<TimexType>,
    /// TIMEX3 value.
    #[serde(default)]
    pub value: Option<String>,
}

/// A predicted mention (code points).
#[derive(Clone, Copy, Debug, Deserialize)]
pub struct PredMention {
    /// Start.
    pub start: usize,
    /// End (exclusive).
    pub end: usize,
}

/// A predicted entity: its type and mentions.
#[derive(Clone, Debug, Deserialize)]
pub struct PredEntity {
    /// PERSON, ORG, PLACE or OTHER.
    #[serde(rename = "type")]
    pub kind: EntityType,
    /// Its mentions.
    #[serde(default)]
    pub mentions: Vec<PredMention>,
}

/// One document's predictions.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct PredDoc {
    /// Quotes.
    #[serde(default)]
    pub quotes: Vec<PredQuote>,
    /// Temporal expressions.
    #[serde(default)]
    pub timexes: Vec<PredTimex>,
    /// Entities.
    #[serde(default)]
    pub entities: Vec<PredEntity>,
}

/// The keys a line may be identified by.
#[derive(Deserialize)]
struct Key {
    #[serde(default)]
    id: Option<String>,
    #[serde(default)]
    source: Option<String>,
}

/// A predictions file, read and checked.
#[derive(Clone, Debug, Default)]
pub struct Predictions {
    /// The file, for messages.
    pub file: String,
    docs: BTreeMap<String, PredDoc>,
    /// Whether the timexes carry types (all of them; none when `false`).
    pub timex_types: bool,
    /// Whether the timexes carry values (all of them; none when `false`).
    pub timex_values: bool,
}

impl Predictions {
    /// Reads a predictions file (see the module docs).
    pub fn read(path: &Path) -> Result<Predictions, String> {
        let text =
            std::fs::read_to_string(path).map_err(|e| format!("{}: cannot read predictions: {e}", path.display()))?;
        Predictions::parse(&path.display().to_string(), &text)
    }

    /// Parses predictions from JSON Lines `text`; `file` names it in errors.
    pub fn parse(file: &str, text: &str) -> Result<Predictions, String> {
        let mut docs = BTreeMap::new();
        let (mut typed, mut untyped, mut valued, mut unvalued) = (0, 0, 0, 0);
        for (i, line) in text.lines().enumerate() {
            let at = || format!("{file} line {}", i + 1);
            if line.trim().is_empty() {
                continue;
            }
            let key: Key = serde_json::from_str(line)
                .map_err(|e| format!("{}: not a JSON object of the analysis schema: {e}", at()))?;
            let id = match (key.id, key.source) {
                (Some(id), _) => id,
                (None, Some(source)) => {
                    Path::new(&source).file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or(source)
                }
                (None, None) => return Err(format!("{}: no \"id\" (or \"source\") naming the document", at())),
            };
            let doc: PredDoc = serde_json::from_str(line).map_err(|e| format!("{}: {e}", at()))?;
            for t in &doc.timexes {
                if t.kind.is_some() {
                    typed += 1;
                } else {
                    untyped += 1;
                }
                if t.value.is_some() {
                    valued += 1;
                } else {
                    unvalued += 1;
                }
            }
            if docs.insert(id.clone(), doc).is_some() {
                return Err(format!("{}: document {id:?} has a second line", at()));
            }
        }
        if docs.is_empty() {
            return Err(format!("{file}: no predictions (expected one JSON object per line)"));
        }
        if typed > 0 && untyped > 0 {
            return Err(format!(
                "{file}: {typed} timexes have a \"type\" and {untyped} do not: give it for all or none"
            ));
        }
        if valued > 0 && unvalued > 0 {
            return Err(format!(
                "{file}: {valued} timexes have a \"value\" and {unvalued} do not: give it for all or none"
            ));
        }
        Ok(Predictions { file: file.to_string(), docs, timex_types: untyped == 0, timex_values: unvalued == 0 })
    }

    /// Checks that the predictions cover exactly the documents `ids`.
    pub fn check_ids<'a>(&self, ids: impl IntoIterator<Item = &'a str>) -> Result<(), String> {
        let want: BTreeSet<&str> = ids.into_iter().collect();
        let missing: Vec<&str> = want.iter().copied().filter(|id| !self.docs.contains_key(*id)).collect();
        let unknown: Vec<&str> = self.docs.keys().map(String::as_str).filter(|id| !want.contains(id)).collect();
        let mut msg = String::new();
        if !missing.is_empty() {
            let _ = write!(msg, "{} scored documents have no line (first: {:?})", missing.len(), missing[0]);
        }
        if !unknown.is_empty() {
            if !msg.is_empty() {
                msg.push_str("; ");
            }
            let _ = write!(msg, "{} lines name no scored document (first: {:?})", unknown.len(), unknown[0]);
        }
        if msg.is_empty() {
            Ok(())
        } else {
            Err(format!("{}: {msg}; export the texts with --export-texts and predict on those", self.file))
        }
    }

    /// The predictions for document `id`, with every offset checked against `text`.
    pub fn doc(&self, id: &str, text: &str) -> Result<&PredDoc, String> {
        let doc = self.docs.get(id).ok_or_else(|| format!("{}: no line for document {id:?}", self.file))?;
        let n = text.chars().count();
        let check = |what: &str, start: usize, end: usize| -> Result<(), String> {
            if start > end || end > n {
                Err(format!(
                    "{}: document {id:?}: {what} {start}..{end} is outside the text ({n} code points)",
                    self.file
                ))
            } else {
                Ok(())
            }
        };
        for q in &doc.quotes {
            check("quote", q.start, q.end)?;
            if let Some(s) = &q.speaker {
                if let (Some(a), Some(b)) = (s.start, s.end) {
                    check("speaker", a, b)?;
                }
            }
        }
        for t in &doc.timexes {
            check("timex", t.start, t.end)?;
        }
        for m in doc.entities.iter().flat_map(|e| &e.mentions) {
            check("mention", m.start, m.end)?;
        }
        Ok(doc)
    }
}

/// Code points to bytes for one text.
pub(crate) struct ToBytes {
    map: OffsetMap,
}

impl ToBytes {
    pub(crate) fn new(text: &str) -> Self {
        ToBytes { map: OffsetMap::new(text) }
    }
    pub(crate) fn at(&self, ch: usize) -> usize {
        self.map.char_to_byte(ch)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_ids_sources_and_optional_fields() {
        let p = Predictions::parse(
            "p.jsonl",
            "{\"id\":\"a\",\"quotes\":[{\"start\":1,\"end\":4,\"speaker\":{\"name\":\"Ann\"}}]}\n\
             \n\
             {\"source\":\"data/text/b.txt\",\"timexes\":[{\"start\":0,\"end\":2}]}\n",
        )
        .unwrap();
        assert!(p.check_ids(["a", "b"]).is_ok());
        assert_eq!(p.doc("a", "héllo").unwrap().quotes[0].kind, QuoteKind::Direct);
        assert!(!p.timex_types && !p.timex_values);
    }

    #[test]
    fn errors_name_the_file_line_and_problem() {
        let err = Predictions::parse("p.jsonl", "{\"id\":\"a\"}\n{\"id\":\"b\",\"quotes\":[{\"start\":\"x\"}]}\n")
            .unwrap_err();
        assert!(err.starts_with("p.jsonl line 2:"), "{err}");
        let err = Predictions::parse("p.jsonl", "[1, 2]\n").unwrap_err();
        assert!(err.contains("line 1") && err.contains("analysis schema"), "{err}");
        let err = Predictions::parse("p.jsonl", "{\"quotes\":[]}\n").unwrap_err();
        assert!(err.contains("no \"id\""), "{err}");
        let err = Predictions::parse("p.jsonl", "{\"id\":\"a\"}\n{\"id\":\"a\"}\n").unwrap_err();
        assert!(err.contains("second line"), "{err}");
        let err = Predictions::parse("p.jsonl", "").unwrap_err();
        assert!(err.contains("no predictions"), "{err}");
        let mixed = "{\"id\":\"a\",\"timexes\":[{\"start\":0,\"end\":1,\"type\":\"DATE\"},{\"start\":2,\"end\":3}]}";
        assert!(Predictions::parse("p", mixed).unwrap_err().contains("all or none"));
        let bad_type = "{\"id\":\"a\",\"entities\":[{\"type\":\"CITY\",\"mentions\":[]}]}";
        assert!(Predictions::parse("p", bad_type).unwrap_err().contains("line 1"));
    }

    #[test]
    fn offsets_are_checked_in_code_points() {
        let p = Predictions::parse("p", "{\"id\":\"a\",\"timexes\":[{\"start\":3,\"end\":5}]}").unwrap();
        // "héllo" is 5 code points (6 bytes): 3..5 fits.
        assert!(p.doc("a", "héllo").is_ok());
        let err = p.doc("a", "héy").unwrap_err();
        assert!(err.contains("outside the text (3 code points)"), "{err}");
        let p = Predictions::parse("p", "{\"id\":\"a\",\"quotes\":[{\"start\":4,\"end\":2}]}").unwrap();
        assert!(p.doc("a", "hello").is_err());
    }

    #[test]
    fn ids_must_match_the_scored_documents() {
        let p = Predictions::parse("p", "{\"id\":\"a\"}\n{\"id\":\"z\"}").unwrap();
        let err = p.check_ids(["a", "b"]).unwrap_err();
        assert!(err.contains("1 scored documents have no line (first: \"b\")"), "{err}");
        assert!(err.contains("1 lines name no scored document (first: \"z\")"), "{err}");
    }
}
