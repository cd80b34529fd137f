//! Sentence and entity evaluation against GUM (Wikinews) and MEANTIME (Wikinews).
//!
//! [`run`] takes the benchmark folder (`../shared/bench`, holding `gum-wikinews/` and
//! `meantime/`) and reports:
//!
//! - **sentence segmentation** on GUM and MEANTIME: precision, recall and F1 of sentence
//!   boundaries (the end offset of every sentence but a document's last), for all
//!   boundaries and for the ones inside a line (a line break always ends a sentence, so
//!   those are the hard ones). Both corpora ship tokens, not text: the text is rebuilt
//!   with one block per line (GUM paragraphs; MEANTIME title, date, body), so spacing is
//!   regular and MEANTIME's figure in particular flatters the splitter;
//! - **named mentions** on MEANTIME (gold entity types, sentences 0–5 only, which is
//!   what is annotated): mention detection P/R/F1 and type accuracy for PERSON/ORG/PLACE
//!   (gold PER/ORG/LOC). A predicted mention matches a gold named mention (`NAM` or
//!   `PRE.NAM`) when the spans overlap, one-to-one, preferring a shared end (the head).
//!   Gold adjectival place mentions ("American", "Canadian") are counted apart: the
//!   extractor does not treat demonyms as mentions, by design;
//! - **proper-noun spans** on GUM (untyped, as GUM's XML has no entity types): detection
//!   P/R/F1 against maximal runs of `NP`/`NPS` tokens, a proxy for named-mention recall.
//!
//! With `show_errors` it lists errors by class (missed and spurious boundaries, missed
//! and spurious mentions, type confusions). Until the CLI calls it, the ignored test
//! `bench_report` prints the report: `cargo test --release bench_report -- --ignored
//! --nocapture` (`SHOW_ERRORS=1` for the error lists, `BENCH_DIR` for another folder).
//!
//! ```no_run
//! let report = article_explorer::eval::entities::run("../shared/bench".as_ref(), false);
//! println!("{}", report.unwrap_or_else(|e| e));
//! ```

use crate::eval::ratio;
use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use crate::analysis::{entities, sentences};
use crate::eval::gum::{self, Detok};
use crate::eval::predictions::{PredDoc, Predictions, TextDoc, ToBytes};
use crate::eval::Report;
use crate::model::{EntityType, Span, Timex, TimexType};
use chrono::NaiveDate;

/// Where the GUM source XML sits under the benchmark folder.
const GUM_DIR: &str = "gum-wikinews/_build/src/xml";
/// Where MEANTIME's English intra-document annotation sits under the benchmark folder.
const MEANTIME_DIR: &str = "meantime/data/meantime_newsreader_english_oct15/intra-doc_annotation";
/// Examples listed per error class with `show_errors`.
const MAX_EXAMPLES: usize = 25;

/// Runs the sentence and entity evaluation on the benchmark folder `dir`.
pub fn run(dir: &Path, show_errors: bool) -> Result<String, String> {
    run_with(dir, show_errors, None).map(|r| r.text)
}

/// Predicted mentions of one document (id, text): (byte span, type), sorted.
type Predict<'a> = dyn Fn(&str, &str) -> Result<Vec<(Span, EntityType)>, String> + 'a;

/// The ids of the scored documents: `GUM/name` and `MEANTIME/name`.
fn gum_id(name: &str) -> String {
    format!("GUM/{name}")
}
fn meantime_id(name: &str) -> String {
    format!("MEANTIME/{name}")
}

/// GUM and MEANTIME documents, each when present.
type Corpora = (Option<Vec<gum::GumDoc>>, Option<Vec<MeantimeDoc>>);

/// The GUM and MEANTIME documents under `dir`, whichever are present.
fn read_all(dir: &Path) -> Result<Corpora, String> {
    let gum_dir = dir.join(GUM_DIR);
    let meantime_dir = dir.join(MEANTIME_DIR);
    if !gum_dir.is_dir() && !meantime_dir.is_dir() {
        return Err(format!(
            "{}: no GUM ({GUM_DIR}) or MEANTIME ({MEANTIME_DIR}) data; pass the benchmark folder, \
             usually ../shared/bench",
            dir.display()
        ));
    }
    let gum = if gum_dir.is_dir() { Some(read_gum(&gum_dir)?) } else { None };
    let meantime = if meantime_dir.is_dir() { Some(read_meantime(&meantime_dir)?) } else { None };
    Ok((gum, meantime))
}

/// The documents as scored (ids `GUM/name`, `MEANTIME/name`), for another tool to analyse.
pub fn texts(dir: &Path) -> Result<Vec<TextDoc>, String> {
    let (gum, meantime) = read_all(dir)?;
    let mut out: Vec<TextDoc> = gum
        .unwrap_or_default()
        .into_iter()
        .map(|d| TextDoc { id: gum_id(&d.name), text: d.text, published: None })
        .collect();
    out.extend(meantime.unwrap_or_default().into_iter().map(|d| TextDoc {
        id: meantime_id(&d.name),
        text: d.text,
        published: d.dct,
    }));
    Ok(out)
}

/// Another tool's mentions in bytes, sorted.
fn external(doc: &PredDoc, text: &str) -> Vec<(Span, EntityType)> {
    let b = ToBytes::new(text);
    let mut out: Vec<(Span, EntityType)> = doc
        .entities
        .iter()
        .flat_map(|e| e.mentions.iter().map(move |m| (m.start, m.end, e.kind)))
        .map(|(s, e, k)| (Span::new(b.at(s), b.at(e)), k))
        .collect();
    out.sort();
    out.dedup_by_key(|(s, _)| *s);
    out
}

/// [`run`], scoring `predictions` (another tool's entities) instead of ours when given
/// (sentences are then not scored); the report also carries its figures as JSON.
pub fn run_with(dir: &Path, show_errors: bool, predictions: Option<&Predictions>) -> Result<Report, String> {
    let (gum, meantime) = read_all(dir)?;
    if let Some(p) = predictions {
        let ids: Vec<String> = gum
            .iter()
            .flatten()
            .map(|d| gum_id(&d.name))
            .chain(meantime.iter().flatten().map(|d| meantime_id(&d.name)))
            .collect();
        p.check_ids(ids.iter().map(String::as_str))?;
    }
    let predict = |id: &str, text: &str| -> Result<Vec<(Span, EntityType)>, String> {
        match predictions {
            Some(p) => Ok(external(p.doc(id, text)?, text)),
            None => Ok(predicted(text)),
        }
    };
    let mut out = match predictions {
        None => format!("entity tables: {:.1} KB of text\n", entities::lexicon::table_bytes() as f64 / 1024.0),
        Some(p) => format!("entities of {} (sentences are not scored for predictions)\n", p.file),
    };
    let mut json = serde_json::json!({"eval": "entities"});
    if let Some(docs) = &gum {
        if predictions.is_none() {
            let sdocs: Vec<SentenceDoc> =
                docs.iter().map(|d| (d.name.as_str(), d.text.as_str(), &d.sentences[..])).collect();
            out.push_str(&sentence_report("GUM", &sdocs, show_errors));
        }
        let (text, figures) = proper_noun_report(docs, show_errors, &predict)?;
        out.push_str(&text);
        json["gum"] = figures;
    } else {
        let _ = writeln!(out, "GUM: skipped, {} is absent", dir.join(GUM_DIR).display());
    }
    if let Some(docs) = &meantime {
        if predictions.is_none() {
            let sdocs: Vec<SentenceDoc> =
                docs.iter().map(|d| (d.name.as_str(), d.text.as_str(), &d.sentences[..])).collect();
            out.push_str(&sentence_report("MEANTIME", &sdocs, show_errors));
        }
        let (text, figures) = mention_report(docs, show_errors, &predict)?;
        out.push_str(&text);
        json["meantime"] = figures;
    } else {
        let _ = writeln!(out, "MEANTIME: skipped, {} is absent", dir.join(MEANTIME_DIR).display());
    }
    Ok(Report { text: out, json })
}

/// Precision, recall and F1 as JSON.
fn prf_json(tp: usize, predicted: usize, gold: usize) -> serde_json::Value {
    let p = ratio(tp, predicted);
    let r = ratio(tp, gold);
    let f = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
    serde_json::json!({"p": p, "r": r, "f1": f, "tp": tp, "pred": predicted, "gold": gold})
}

/// The `.xml` files of `dir` and its subfolders, sorted.
fn xml_files(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let entries = std::fs::read_dir(&d).map_err(|e| format!("{}: cannot list: {e}", d.display()))?;
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|x| x == "xml") {
                files.push(path);
            }
        }
    }
    files.sort();
    Ok(files)
}

/// Reads a file, naming it in the error.
fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{}: cannot read: {e}", path.display()))
}

/// The file stem of `path`.
fn stem(path: &Path) -> String {
    path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default()
}

/// Reads every GUM document in `dir`.
fn read_gum(dir: &Path) -> Result<Vec<gum::GumDoc>, String> {
    xml_files(dir)?.iter().map(|p| Ok(gum::parse(&stem(p), &read(p)?))).collect()
}

/// Precision, recall and F1 as a line.
fn prf(label: &str, tp: usize, predicted: usize, gold: usize) -> String {
    let p = ratio(tp, predicted);
    let r = ratio(tp, gold);
    let f = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
    format!("{label}: P {p:.3} R {r:.3} F1 {f:.3} (tp {tp}, predicted {predicted}, gold {gold})\n")
}

/// Up to 40 bytes of context either side of `at`, on one line, with `|` at `at`.
fn context(text: &str, at: usize) -> String {
    let mut lo = at.saturating_sub(40);
    while !text.is_char_boundary(lo) {
        lo -= 1;
    }
    let mut hi = (at + 40).min(text.len());
    while !text.is_char_boundary(hi) {
        hi += 1;
    }
    format!("{}|{}", &text[lo..at], &text[at..hi]).replace('\n', "⏎")
}

/// Sentence boundary scores on GUM.
/// One document for the sentence evaluation: name, text, gold sentences.
type SentenceDoc<'a> = (&'a str, &'a str, &'a [Span]);

/// Sentence boundary scores on `docs`, titled `corpus`.
fn sentence_report(corpus: &str, docs: &[SentenceDoc], show_errors: bool) -> String {
    let (mut tp, mut pred, mut gold) = (0, 0, 0);
    let (mut tp_in, mut pred_in, mut gold_in) = (0, 0, 0);
    let mut missed = Vec::new();
    let mut spurious = Vec::new();
    for &(name, text, gold_sents) in docs {
        let boundaries = |ends: Vec<usize>| -> Vec<usize> {
            let last = text.trim_end().len();
            ends.into_iter().filter(|&e| e < last).collect()
        };
        let g = boundaries(gold_sents.iter().map(|s| s.end).collect());
        let p = boundaries(sentences::split(text).iter().map(|s| s.end).collect());
        let inside = |e: usize| !text[e..].trim_start_matches([' ', '\t']).starts_with('\n');
        let gs: std::collections::HashSet<usize> = g.iter().copied().collect();
        let ps: std::collections::HashSet<usize> = p.iter().copied().collect();
        gold += g.len();
        pred += p.len();
        gold_in += g.iter().filter(|&&e| inside(e)).count();
        pred_in += p.iter().filter(|&&e| inside(e)).count();
        for &e in &p {
            if gs.contains(&e) {
                tp += 1;
                tp_in += usize::from(inside(e));
            } else {
                spurious.push(format!("{name}: {}", context(text, e)));
            }
        }
        missed.extend(g.iter().filter(|e| !ps.contains(e)).map(|&e| format!("{name}: {}", context(text, e))));
    }
    let mut out = format!("== Sentence boundaries ({corpus}, {} docs) ==\n", docs.len());
    out.push_str(&prf("all boundaries", tp, pred, gold));
    out.push_str(&prf("within a line", tp_in, pred_in, gold_in));
    if show_errors {
        list(&mut out, "missed boundary", &missed);
        list(&mut out, "spurious boundary", &spurious);
    }
    out
}

/// Appends up to [`MAX_EXAMPLES`] examples of one error class.
fn list(out: &mut String, class: &str, examples: &[String]) {
    let _ = writeln!(out, "-- {class}: {}", examples.len());
    for e in examples.iter().take(MAX_EXAMPLES) {
        let _ = writeln!(out, "   {e}");
    }
}

/// Predicted mentions of `text`: (span, type), sorted.
fn predicted(text: &str) -> Vec<(Span, EntityType)> {
    let sents = sentences::split(text);
    let mut out: Vec<(Span, EntityType)> = entities::extract(text, &sents)
        .iter()
        .flat_map(|e| e.mentions.iter().map(move |m| (m.span(), e.kind)))
        .collect();
    out.sort();
    out
}

/// Matches gold spans to predicted spans one-to-one: first pairs that share their end
/// (the head of an English name; the closest start wins), then any overlap, shortest
/// gold first. Returns, per gold span, the index of its predicted span.
fn match_spans(gold: &[Span], pred: &[Span]) -> Vec<Option<usize>> {
    let mut used = vec![false; pred.len()];
    let mut out = vec![None; gold.len()];
    let mut by_end: HashMap<usize, Vec<usize>> = HashMap::new();
    for (gi, g) in gold.iter().enumerate() {
        by_end.entry(g.end).or_default().push(gi);
    }
    for (pi, p) in pred.iter().enumerate() {
        let Some(golds) = by_end.get(&p.end) else { continue };
        let best = golds
            .iter()
            .copied()
            .filter(|&gi| out[gi].is_none() && gold[gi].overlaps(*p))
            .min_by_key(|&gi| gold[gi].start.abs_diff(p.start));
        if let Some(gi) = best {
            out[gi] = Some(pi);
            used[pi] = true;
        }
    }
    let mut order: Vec<usize> = (0..gold.len()).filter(|&gi| out[gi].is_none()).collect();
    order.sort_by_key(|&i| gold[i].len());
    for gi in order {
        let g = gold[gi];
        // Predicted spans are sorted by start: only those starting before g.end can overlap.
        let hi = pred.partition_point(|p| p.start < g.end);
        let best = (0..hi)
            .rev()
            .take(64)
            .filter(|&pi| !used[pi] && pred[pi].overlaps(g))
            .max_by_key(|&pi| overlap(pred[pi], g));
        if let Some(pi) = best {
            used[pi] = true;
            out[gi] = Some(pi);
        }
    }
    out
}

/// Number of offsets two spans share.
fn overlap(a: Span, b: Span) -> usize {
    a.end.min(b.end).saturating_sub(a.start.max(b.start))
}

/// Untyped proper-noun span detection on GUM.
fn proper_noun_report(
    docs: &[gum::GumDoc],
    show_errors: bool,
    predict: &Predict,
) -> Result<(String, serde_json::Value), String> {
    let (mut tp, mut pred_n, mut gold_n) = (0, 0, 0);
    let mut missed = Vec::new();
    let mut spurious = Vec::new();
    for doc in docs {
        let text = doc.text.as_str();
        let gold = doc.proper_noun_spans();
        let pred: Vec<Span> = predict(&gum_id(&doc.name), text)?.into_iter().map(|(s, _)| s).collect();
        let m = match_spans(&gold, &pred);
        let mut used = vec![false; pred.len()];
        for (g, pi) in gold.iter().zip(&m) {
            match pi {
                Some(pi) => {
                    used[*pi] = true;
                    tp += 1;
                }
                None => missed.push(format!("{}: {}", doc.name, g.slice(text))),
            }
        }
        for (p, u) in pred.iter().zip(&used) {
            if !u {
                spurious.push(format!("{}: {}", doc.name, p.slice(text)));
            }
        }
        gold_n += gold.len();
        pred_n += pred.len();
    }
    let mut out = format!("== Proper-noun spans (GUM NP/NPS runs, untyped proxy, {} docs) ==\n", docs.len());
    out.push_str(&prf("mentions", tp, pred_n, gold_n));
    if show_errors {
        list(&mut out, "missed proper noun", &missed);
        list(&mut out, "spurious mention", &spurious);
    }
    Ok((out, serde_json::json!({"docs": docs.len(), "proper_nouns": prf_json(tp, pred_n, gold_n)})))
}

/// One MEANTIME document: rebuilt text and gold entity mentions.
#[derive(Clone, Debug, Default)]
pub struct MeantimeDoc {
    /// Document name (file stem).
    pub name: String,
    /// Text rebuilt from the tokens: title and date on their own lines, then the body.
    pub text: String,
    /// End of the annotated region (sentences 0–5).
    pub annotated_end: usize,
    /// Gold entity mentions.
    pub mentions: Vec<GoldMention>,
    /// Gold sentences (byte spans).
    pub sentences: Vec<Span>,
    /// Gold temporal expressions (byte spans), the creation time's included.
    pub timexes: Vec<Timex>,
    /// The document creation time (the `CREATION_TIME` timex), when it is a date.
    pub dct: Option<NaiveDate>,
}

/// A gold entity mention from MEANTIME.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GoldMention {
    /// Byte span in the rebuilt text.
    pub span: Span,
    /// Syntactic type: `NAM`, `PRE.NAM`, `NOM`, `PRO` …
    pub syntactic: String,
    /// Entity type: `PER`, `ORG`, `LOC`, `PRO`, `FIN`, or empty when unlinked.
    pub kind: String,
}

impl GoldMention {
    /// Whether the mention is a name (`NAM`, `PRE.NAM`).
    pub fn is_named(&self) -> bool {
        self.syntactic == "NAM" || self.syntactic == "PRE.NAM"
    }
}

/// One XML tag: name, attributes, whether it closes, and the text after it.
struct Tag<'a> {
    name: &'a str,
    closing: bool,
    attrs: Vec<(&'a str, &'a str)>,
    text: &'a str,
}

impl Tag<'_> {
    /// The value of attribute `key`, or "".
    fn attr(&self, key: &str) -> &str {
        self.attrs.iter().find(|(k, _)| *k == key).map_or("", |(_, v)| v)
    }
}

/// Scans the tags of an XML document (no comments or CDATA in MEANTIME).
fn tags(xml: &str) -> impl Iterator<Item = Tag<'_>> {
    let mut rest = xml;
    std::iter::from_fn(move || {
        let open = rest.find('<')?;
        let close = open + rest[open..].find('>')?;
        let inner = rest[open + 1..close].trim_end_matches('/');
        let after = &rest[close + 1..];
        let text = &after[..after.find('<').unwrap_or(after.len())];
        rest = after;
        let closing = inner.starts_with('/');
        let inner = inner.trim_start_matches('/');
        let name_len = inner.find(char::is_whitespace).unwrap_or(inner.len());
        let mut attrs = Vec::new();
        let mut a = &inner[name_len..];
        while let Some(eq) = a.find("=\"") {
            let key = a[..eq].trim();
            let Some(end) = a[eq + 2..].find('"') else { break };
            attrs.push((key, &a[eq + 2..eq + 2 + end]));
            a = &a[eq + 3 + end..];
        }
        Some(Tag { name: &inner[..name_len], closing, attrs, text })
    })
}

/// Parses one MEANTIME document.
pub fn parse_meantime(name: &str, xml: &str) -> MeantimeDoc {
    let mut d = Detok::default();
    let mut tokens: HashMap<String, Span> = HashMap::new();
    let mut last_sentence = 0usize;
    let mut sentences: Vec<Span> = Vec::new();
    let mut annotated_end = 0;
    let mut anchors: BTreeMap<String, (String, Vec<String>)> = BTreeMap::new();
    let mut current: Option<String> = None;
    let mut entity_type: HashMap<String, String> = HashMap::new();
    let mut refers: HashMap<String, String> = HashMap::new();
    let mut sources: Vec<String> = Vec::new();
    // TIMEX3 markables: (type, value, creation time?, token ids).
    let mut timex_marks: Vec<(String, String, bool, Vec<String>)> = Vec::new();
    let mut in_timex = false;
    for tag in tags(xml) {
        match (tag.name, tag.closing) {
            ("token", false) => {
                let sentence: usize = tag.attr("sentence").parse().unwrap_or(0);
                let new_sentence = sentence != last_sentence || tokens.is_empty();
                // Title and date lines come first in a Wikinews article.
                if sentence != last_sentence && sentence <= 2 {
                    d.newline();
                }
                last_sentence = sentence;
                let word = gum::unescape(tag.text);
                let span = d.push(&word, "", false);
                match sentences.last_mut() {
                    Some(s) if !new_sentence => s.end = span.end,
                    _ => sentences.push(span),
                }
                if sentence <= 5 {
                    annotated_end = span.end;
                }
                tokens.insert(tag.attr("t_id").to_string(), span);
            }
            ("ENTITY_MENTION", false) => {
                let m = tag.attr("m_id").to_string();
                anchors.insert(m.clone(), (tag.attr("syntactic_type").to_string(), Vec::new()));
                current = Some(m);
            }
            ("ENTITY_MENTION", true) => current = None,
            ("TIMEX3", false) => {
                let dct = tag.attr("functionInDocument") == "CREATION_TIME";
                timex_marks.push((tag.attr("type").to_string(), tag.attr("value").to_string(), dct, Vec::new()));
                in_timex = true;
            }
            ("TIMEX3", true) => in_timex = false,
            ("token_anchor", false) if in_timex => {
                if let Some(t) = timex_marks.last_mut() {
                    t.3.push(tag.attr("t_id").to_string());
                }
            }
            ("token_anchor", false) => {
                if let Some((_, list)) = current.as_ref().and_then(|m| anchors.get_mut(m)) {
                    list.push(tag.attr("t_id").to_string());
                }
            }
            ("ENTITY", false) => {
                entity_type.insert(tag.attr("m_id").to_string(), tag.attr("ent_type").to_string());
            }
            ("REFERS_TO", false) => sources.clear(),
            ("source", false) => sources.push(tag.attr("m_id").to_string()),
            ("target", false) => {
                for s in sources.drain(..) {
                    refers.insert(s, tag.attr("m_id").to_string());
                }
            }
            _ => {}
        }
    }
    let mut mentions: Vec<GoldMention> = anchors
        .iter()
        .filter_map(|(m, (syntactic, ids))| {
            let spans: Vec<Span> = ids.iter().filter_map(|t| tokens.get(t).copied()).collect();
            let start = spans.iter().map(|s| s.start).min()?;
            let end = spans.iter().map(|s| s.end).max()?;
            let kind = refers.get(m).and_then(|t| entity_type.get(t)).cloned().unwrap_or_default();
            Some(GoldMention { span: Span::new(start, end), syntactic: syntactic.clone(), kind })
        })
        .collect();
    mentions.sort_by_key(|m| m.span);
    let text = d.finish();
    let mut dct = None;
    let mut timexes: Vec<Timex> = Vec::new();
    for (kind, value, is_dct, ids) in timex_marks {
        if is_dct {
            dct = value.get(..10).and_then(|v| NaiveDate::parse_from_str(v, "%Y-%m-%d").ok());
        }
        let kind = match kind.as_str() {
            "DATE" => TimexType::Date,
            "TIME" => TimexType::Time,
            "DURATION" => TimexType::Duration,
            "SET" => TimexType::Set,
            _ => continue,
        };
        let spans: Vec<Span> = ids.iter().filter_map(|t| tokens.get(t).copied()).collect();
        let (Some(start), Some(end)) = (spans.iter().map(|s| s.start).min(), spans.iter().map(|s| s.end).max()) else {
            continue;
        };
        timexes.push(Timex { start, end, text: text[start..end].to_string(), kind, value });
    }
    timexes.sort_by_key(|t| (t.start, t.end));
    timexes.dedup_by_key(|t| (t.start, t.end));
    MeantimeDoc { name: name.to_string(), text, annotated_end, mentions, sentences, timexes, dct }
}

/// Reads every MEANTIME document in `dir`.
pub(crate) fn read_meantime(dir: &Path) -> Result<Vec<MeantimeDoc>, String> {
    xml_files(dir)?.iter().map(|p| Ok(parse_meantime(&stem(p), &read(p)?))).collect()
}

/// Our type for a MEANTIME entity type, when it is one we score.
fn scored_type(kind: &str) -> Option<EntityType> {
    match kind {
        "PER" => Some(EntityType::Person),
        "ORG" => Some(EntityType::Org),
        "LOC" => Some(EntityType::Place),
        _ => None,
    }
}

/// Named-mention detection and typing on MEANTIME.
fn mention_report(
    docs: &[MeantimeDoc],
    show_errors: bool,
    predict: &Predict,
) -> Result<(String, serde_json::Value), String> {
    let (mut tp, mut pred_n, mut gold_n, mut demonyms) = (0, 0, 0, 0);
    let (mut typed, mut typed_ok) = (0, 0);
    let mut confusion: BTreeMap<(String, &'static str), usize> = BTreeMap::new();
    // Per gold type: gold mentions, matched, typed right.
    let mut per_type: BTreeMap<String, [usize; 3]> = BTreeMap::new();
    let mut errors: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for doc in docs {
        let text = doc.text.as_str();
        let pred: Vec<(Span, EntityType)> =
            predict(&meantime_id(&doc.name), text)?.into_iter().filter(|(s, _)| s.start < doc.annotated_end).collect();
        let pred_spans: Vec<Span> = pred.iter().map(|(s, _)| *s).collect();
        let named: Vec<&GoldMention> = doc.mentions.iter().filter(|m| m.is_named()).collect();
        let gold_spans: Vec<Span> = named.iter().map(|m| m.span).collect();
        let m = match_spans(&gold_spans, &pred_spans);
        let mut used = vec![false; pred.len()];
        for (g, pi) in named.iter().zip(&m) {
            if let Some(pi) = pi {
                used[*pi] = true;
            }
            let Some(want) = scored_type(&g.kind) else { continue };
            let surface = g.span.slice(text);
            if pi.is_none() && entities::is_demonym(surface) {
                demonyms += 1;
                continue;
            }
            gold_n += 1;
            let row = per_type.entry(g.kind.clone()).or_default();
            row[0] += 1;
            row[1] += usize::from(pi.is_some());
            let Some(pi) = pi else {
                errors.entry(format!("missed {}", g.kind)).or_default().push(format!("{}: {surface}", doc.name));
                continue;
            };
            tp += 1;
            typed += 1;
            let (span, got) = pred[*pi];
            *confusion.entry((g.kind.clone(), got.as_str())).or_default() += 1;
            if got == want {
                typed_ok += 1;
                per_type.entry(g.kind.clone()).or_default()[2] += 1;
            } else {
                errors.entry(format!("{} typed {}", g.kind, got.as_str())).or_default().push(format!(
                    "{}: {} (gold: {surface})",
                    doc.name,
                    span.slice(text)
                ));
            }
        }
        for ((span, kind), u) in pred.iter().zip(&used) {
            pred_n += 1;
            // A prediction inside any gold mention (a nominal, a product) is not spurious.
            let covered = *u || doc.mentions.iter().any(|g| g.span.overlaps(*span));
            if covered {
                continue;
            }
            errors.entry(format!("spurious {}", kind.as_str())).or_default().push(format!(
                "{}: {}",
                doc.name,
                span.slice(text)
            ));
        }
    }
    let spurious: usize = errors.iter().filter(|(k, _)| k.starts_with("spurious")).map(|(_, v)| v.len()).sum();
    let mut out = format!("== Named mentions (MEANTIME, {} docs, sentences 0-5) ==\n", docs.len());
    out.push_str(&prf("PER/ORG/LOC mentions", tp, tp + spurious, gold_n));
    let _ = writeln!(
        out,
        "(gold adjectival place mentions left aside by design: {demonyms}; predicted in region: {pred_n})"
    );
    let _ = writeln!(out, "type accuracy PERSON/ORG/PLACE: {:.3} ({typed_ok}/{typed})", ratio(typed_ok, typed));
    for (kind, [gold, matched, right]) in &per_type {
        let _ = writeln!(
            out,
            "   {kind}: recall {:.3} ({matched}/{gold}), type accuracy {:.3} ({right}/{matched})",
            ratio(*matched, *gold),
            ratio(*right, *matched)
        );
    }
    let _ = writeln!(out, "confusion (gold -> predicted: count):");
    for ((g, p), n) in &confusion {
        let _ = writeln!(out, "   {g} -> {p}: {n}");
    }
    if show_errors {
        for (class, examples) in &errors {
            list(&mut out, class, examples);
        }
    }
    let json = serde_json::json!({
        "docs": docs.len(), "mentions": prf_json(tp, tp + spurious, gold_n),
        "type_accuracy": ratio(typed_ok, typed), "typed": typed,
    });
    Ok((out, json))
}

#[cfg(test)]
mod tests {
    use super::*;

    const MEANTIME_SNIPPET: &str = r#"<?xml version="1.0" ?><Document doc_id="1" doc_name="demo" lang="en">
<token number="0" sentence="0" t_id="1">Barra</token>
<token number="1" sentence="0" t_id="2">named</token>
<token number="2" sentence="1" t_id="3">December</token>
<token number="3" sentence="1" t_id="4">10</token>
<token number="4" sentence="2" t_id="5">General</token>
<token number="5" sentence="2" t_id="6">Motors</token>
<token number="6" sentence="2" t_id="7">named</token>
<token number="7" sentence="2" t_id="8">Mary</token>
<token number="8" sentence="2" t_id="9">Barra</token>
<token number="9" sentence="2" t_id="10">.</token>
<Markables>
<ENTITY_MENTION comment="" head="" m_id="1" syntactic_type="NAM">
<token_anchor t_id="5"/>
<token_anchor t_id="6"/>
</ENTITY_MENTION>
<ENTITY_MENTION comment="" head="" m_id="2" syntactic_type="NAM">
<token_anchor t_id="8"/>
<token_anchor t_id="9"/>
</ENTITY_MENTION>
<ENTITY TAG_DESCRIPTOR="General Motors" ent_type="ORG" m_id="10"/><ENTITY TAG_DESCRIPTOR="Mary Barra" ent_type="PER" m_id="11"/>
</Markables>
<Relations>
<REFERS_TO r_id="5">
<source m_id="1"/>
<target m_id="10"/>
</REFERS_TO>
<REFERS_TO r_id="6">
<source m_id="2"/>
<target m_id="11"/>
</REFERS_TO>
</Relations>
</Document>"#;

    #[test]
    fn meantime_reader_rebuilds_text_and_typed_mentions() {
        let doc = parse_meantime("demo", MEANTIME_SNIPPET);
        assert_eq!(doc.text, "Barra named\nDecember 10\nGeneral Motors named Mary Barra.");
        let got: Vec<(&str, &str)> = doc.mentions.iter().map(|m| (m.span.slice(&doc.text), m.kind.as_str())).collect();
        assert_eq!(got, [("General Motors", "ORG"), ("Mary Barra", "PER")]);
        assert_eq!(doc.annotated_end, doc.text.len());
        let sents: Vec<&str> = doc.sentences.iter().map(|s| s.slice(&doc.text)).collect();
        assert_eq!(sents, ["Barra named", "December 10", "General Motors named Mary Barra."]);
    }

    #[test]
    fn matching_prefers_the_head() {
        let gold = [Span::new(0, 23), Span::new(0, 4)];
        let pred = [Span::new(0, 4), Span::new(16, 23)];
        assert_eq!(match_spans(&gold, &pred), [Some(1), Some(0)]);
    }

    /// Prints the full report: `cargo test --release bench_report -- --ignored --nocapture`.
    #[test]
    #[ignore = "needs ../shared/bench"]
    fn bench_report() {
        let dir = std::env::var("BENCH_DIR").unwrap_or_else(|_| "../../shared/bench".into());
        let errors = std::env::var("SHOW_ERRORS").is_ok();
        println!("{}", run(Path::new(&dir), errors).unwrap_or_else(|e| e));
    }

    #[test]
    fn absent_folder_is_a_clear_error() {
        let err = run(Path::new("/nonexistent/bench"), false).unwrap_err();
        assert!(err.contains("/nonexistent/bench") && err.contains("../shared/bench"), "{err}");
    }
}
