//! Quote and speaker evaluation against PolNeAR attributions.
//!
//! [`run`] reads one PolNeAR compartment (`data/dev`, `data/train`): every
//! `attributions/NAME_ANNOTATOR.ann` with its `text/NAME.txt`. Articles annotated by
//! several annotators are scored once, against the first annotator in file-name order.
//! Each text goes through the real pipeline (`sentences::split`, `entities::extract`,
//! `quotes::extract`), so the figures improve as those stages do; predicted byte
//! offsets become code points with [`OffsetMap`], the unit of the `.ann` files.
//!
//! # Scoring
//!
//! - A predicted quote **matches** a gold `Content` when they overlap by at least half
//!   of the shorter of the two (gold length = the sum of its fragments). Matching is
//!   one-to-one, greedy by overlap.
//! - **Split and continued quotes count once.** Gold sometimes holds `"X," he said,
//!   "Y"` as one Content with two fragments and sometimes as two attributions sharing
//!   the source; likewise a paragraph of quote without a cue may be a fragment of the
//!   previous attribution. So after one-to-one matching, a leftover prediction that
//!   overlaps (by the same rule) a gold Content already matched is *absorbed* — a piece
//!   of a quote already counted, neither right nor wrong — and a leftover gold Content
//!   overlapping an already matched prediction is absorbed when it has the same source
//!   text as the gold that prediction matched (or no source). Absorbed items leave the
//!   precision and recall denominators; the table shows how many there were.
//! - **Speaker** is right when the predicted mention overlaps the gold `Source`, or the
//!   last word of the predicted name occurs (as a word) in the gold Source text.
//!   Speaker accuracy is over matched quotes; **end-to-end** counts a quote as right
//!   when it matches and its speaker is right.
//! - **Names shown** (with `--errors`): a speaker counted right by its mention may
//!   still be shown to readers under a wrong name (the mention resolved to another
//!   entity). For right speakers whose gold Source is capitalised, the listing counts
//!   how many show a name whose last word is in the Source text and lists the rest. The
//!   check is rough on purpose: a fuller name for a descriptor ("Barack Obama" for "The
//!   president") or a surname written first ("Xi Jinping" for "Xi") is listed too.
//! - **Direct quotes** are gold Contents holding a quotation mark (`"` `“` `”` `«` `»`
//!   `„`, the `''`/```` `` ```` pairs of wire text, or an opening `‘`), or bordered by
//!   one, against predictions of kind direct or partial. **All attributions** compares
//!   every gold Content with every prediction, indirect included.
//!
//! ```no_run
//! let report = article_explorer::eval::quotes::run(
//!     std::path::Path::new("../shared/bench/polnear/data/dev"), false).unwrap();
//! println!("{report}");
//! ```

use crate::eval::{f1, ratio};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;

use crate::analysis;
use crate::eval::brat;
use crate::eval::predictions::{PredDoc, Predictions, TextDoc};
use crate::eval::Report;
use crate::model::QuoteKind;
use crate::text::OffsetMap;

/// A gold attribution in code points.
#[derive(Clone, Debug, Default)]
struct Gold {
    content: Vec<(usize, usize)>,
    source: Vec<(usize, usize)>,
    cue: Vec<(usize, usize)>,
    source_text: String,
    direct: bool,
}

/// A predicted quote in code points.
#[derive(Clone, Debug)]
struct Pred {
    span: (usize, usize),
    kind: QuoteKind,
    speaker_span: Option<(usize, usize)>,
    speaker_name: Option<String>,
    has_cue: bool,
    cue: String,
    /// The rule that chose the speaker (ours only; empty for other tools).
    path: String,
}

/// Counts for one class.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Tally {
    gold: usize,
    pred: usize,
    matched: usize,
    speaker_ok: usize,
    absorbed_gold: usize,
    absorbed_pred: usize,
}

impl Tally {
    fn add(&mut self, o: Tally) {
        self.gold += o.gold;
        self.pred += o.pred;
        self.matched += o.matched;
        self.speaker_ok += o.speaker_ok;
        self.absorbed_gold += o.absorbed_gold;
        self.absorbed_pred += o.absorbed_pred;
    }
    /// The same counts scored strictly one-to-one: absorbed pieces count as misses and
    /// false hits, as a scorer that knows nothing of split quotes would count them.
    fn strict(self) -> Tally {
        Tally { absorbed_gold: 0, absorbed_pred: 0, ..self }
    }
    fn p(&self) -> f64 {
        ratio(self.matched, self.pred - self.absorbed_pred)
    }
    fn r(&self) -> f64 {
        ratio(self.matched, self.gold - self.absorbed_gold)
    }
    fn e2e_p(&self) -> f64 {
        ratio(self.speaker_ok, self.pred - self.absorbed_pred)
    }
    fn e2e_r(&self) -> f64 {
        ratio(self.speaker_ok, self.gold - self.absorbed_gold)
    }
}

/// What scoring one document in one class found.
#[derive(Debug, Default)]
struct DocResult {
    tally: Tally,
    /// Gold indices never matched nor absorbed.
    missed: Vec<usize>,
    /// Prediction indices never matched nor absorbed.
    false_hits: Vec<usize>,
    /// Matched (gold, pred) pairs whose speaker is wrong.
    wrong_speaker: Vec<(usize, usize)>,
    /// Every matched (gold, pred) pair.
    matched: Vec<(usize, usize)>,
    /// Absorbed predictions, with the matched gold they are a piece of.
    absorbed: Vec<(usize, usize)>,
}

fn len(spans: &[(usize, usize)]) -> usize {
    spans.iter().map(|&(a, b)| b.saturating_sub(a)).sum()
}

fn overlap(spans: &[(usize, usize)], (s, e): (usize, usize)) -> usize {
    spans.iter().map(|&(a, b)| b.min(e).saturating_sub(a.max(s))).sum()
}

/// Whether `o` covers at least half of the shorter of lengths `a` and `b`.
fn enough(o: usize, a: usize, b: usize) -> bool {
    o > 0 && 2 * o >= a.min(b)
}

/// Whether the prediction names the gold source (see the module docs).
fn speaker_right(g: &Gold, p: &Pred) -> bool {
    if let Some(span) = p.speaker_span {
        if overlap(&g.source, span) > 0 {
            return true;
        }
    }
    p.speaker_name.as_deref().is_some_and(|name| name_in_source(g, name))
}

/// Whether the last word of a speaker name we show is a word of the gold source
/// ("Hillary Clinton" for "Secretary of State Clinton").
fn name_in_source(g: &Gold, name: &str) -> bool {
    let Some(last) = name.split_whitespace().last() else { return false };
    let last = last.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
    !last.is_empty()
        && g.source_text
            .to_lowercase()
            .split(|c: char| !c.is_alphanumeric() && c != '-' && c != '’' && c != '\'')
            .any(|w| w == last || w.trim_end_matches("’s").trim_end_matches("'s") == last)
}

/// Scores one document's predictions against its gold items (both already filtered
/// to one class).
fn score(gold: &[Gold], pred: &[Pred]) -> DocResult {
    let mut pairs = Vec::new();
    for (gi, g) in gold.iter().enumerate() {
        for (pi, p) in pred.iter().enumerate() {
            let o = overlap(&g.content, p.span);
            if enough(o, len(&g.content), p.span.1.saturating_sub(p.span.0)) {
                pairs.push((o, gi, pi));
            }
        }
    }
    pairs.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut g_match = vec![None; gold.len()];
    let mut p_match = vec![None; pred.len()];
    for &(_, gi, pi) in &pairs {
        if g_match[gi].is_none() && p_match[pi].is_none() {
            g_match[gi] = Some(pi);
            p_match[pi] = Some(gi);
        }
    }
    let mut r = DocResult::default();
    r.tally.gold = gold.len();
    r.tally.pred = pred.len();
    for (gi, m) in g_match.iter().enumerate() {
        if let Some(pi) = *m {
            r.tally.matched += 1;
            r.matched.push((gi, pi));
            if speaker_right(&gold[gi], &pred[pi]) {
                r.tally.speaker_ok += 1;
            } else {
                r.wrong_speaker.push((gi, pi));
            }
        }
    }
    // Absorption of pieces of quotes already counted (module docs).
    let mut g_absorbed = vec![false; gold.len()];
    let mut p_absorbed = vec![false; pred.len()];
    for &(_, gi, pi) in &pairs {
        if p_match[pi].is_none() && g_match[gi].is_some() && !p_absorbed[pi] {
            p_absorbed[pi] = true;
            r.absorbed.push((gi, pi));
        }
        if let (None, Some(other_g)) = (g_match[gi], p_match[pi]) {
            let same = gold[gi].source.is_empty()
                || gold[other_g].source.is_empty()
                || gold[gi].source_text.to_lowercase() == gold[other_g].source_text.to_lowercase();
            if same {
                g_absorbed[gi] = true;
            }
        }
    }
    for gi in 0..gold.len() {
        if g_match[gi].is_none() {
            if g_absorbed[gi] {
                r.tally.absorbed_gold += 1;
            } else {
                r.missed.push(gi);
            }
        }
    }
    for pi in 0..pred.len() {
        if p_match[pi].is_none() {
            if p_absorbed[pi] {
                r.tally.absorbed_pred += 1;
            } else {
                r.false_hits.push(pi);
            }
        }
    }
    r
}

/// Double quotation marks, in every convention, as a gold Content may hold them.
const DOUBLE_MARKS: [char; 6] = ['"', '“', '”', '«', '»', '„'];

/// Whether a gold content (fragments into `chars`) is a direct quote.
fn is_direct(chars: &[char], content: &[(usize, usize)]) -> bool {
    let get = |a: usize, b: usize| -> String { chars.get(a..b.min(chars.len())).unwrap_or(&[]).iter().collect() };
    let text: String = content.iter().map(|&(a, b)| get(a, b)).collect::<Vec<_>>().join(" ");
    if text.contains(DOUBLE_MARKS) || text.contains("''") || text.contains("``") || text.contains('‘') {
        return true;
    }
    // Bordered by a mark the annotator left out of the span.
    let (Some(first), Some(last)) = (content.first(), content.last()) else { return false };
    let before = chars[..first.0.min(chars.len())].iter().rev().find(|c| !c.is_whitespace());
    let after = chars.get(last.1..).unwrap_or(&[]).iter().find(|c| !c.is_whitespace());
    before.is_some_and(|c| DOUBLE_MARKS.contains(c)) && after.is_some_and(|c| DOUBLE_MARKS.contains(c))
}

/// One article: its name, text (as chars), gold and predictions.
struct Article {
    name: String,
    chars: Vec<char>,
    gold: Vec<Gold>,
    pred: Vec<Pred>,
    /// Quoted regions our analysis dropped `(start, end, rule)`, in code points (ours
    /// only; empty for other tools).
    dropped: Vec<analysis::quotes::Dropped>,
}

fn load_article(name: &str, text: &str, ann: &str, predictions: Option<&Predictions>) -> Result<Article, String> {
    let chars: Vec<char> = text.chars().collect();
    let slice = |spans: &[(usize, usize)]| -> String {
        spans
            .iter()
            .map(|&(a, b)| chars.get(a.min(chars.len())..b.min(chars.len())).unwrap_or(&[]).iter().collect::<String>())
            .collect::<Vec<_>>()
            .join(" ")
    };
    let gold = brat::parse(ann)
        .attributions()
        .into_iter()
        .map(|a| Gold {
            direct: is_direct(&chars, &a.content),
            source_text: slice(&a.source),
            content: a.content,
            source: a.source,
            cue: a.cue,
        })
        .collect();
    let (pred, dropped) = match predictions {
        Some(p) => (external(p.doc(name, text)?), Vec::new()),
        None => ours(text),
    };
    Ok(Article { name: name.to_string(), chars, gold, pred, dropped })
}

/// Our analysis of `text`, in code points, and the quoted regions it dropped.
fn ours(text: &str) -> (Vec<Pred>, Vec<analysis::quotes::Dropped>) {
    let sentences = analysis::sentences::split(text);
    let entities = analysis::entities::extract(text, &sentences);
    let (quotes, dropped) = analysis::quotes::extract_explained(text, &sentences, &entities);
    let map = OffsetMap::new(text);
    let c = |b: usize| map.byte_to_char(b);
    let dropped = dropped.into_iter().map(|(a, b, why)| (c(a), c(b), why)).collect();
    let pred = quotes
        .into_iter()
        .map(|(q, path)| Pred {
            path,
            span: (c(q.start), c(q.end)),
            kind: q.kind,
            speaker_span: q.speaker.span().map(|s| (c(s.start), c(s.end))),
            speaker_name: q.speaker.name,
            has_cue: q.cue.is_some(),
            cue: q.cue.map(|c| c.text).unwrap_or_default(),
        })
        .collect();
    (pred, dropped)
}

/// Another tool's quotes (already in code points, offsets checked).
fn external(doc: &PredDoc) -> Vec<Pred> {
    doc.quotes
        .iter()
        .map(|q| {
            let speaker = q.speaker.clone().unwrap_or_default();
            Pred {
                span: (q.start, q.end),
                kind: q.kind,
                speaker_span: speaker.start.zip(speaker.end),
                speaker_name: speaker.name,
                has_cue: q.cue.is_some(),
                cue: q.cue.as_ref().map(|c| c.text.clone()).unwrap_or_default(),
                path: String::new(),
            }
        })
        .collect()
}

/// A compartment's documents: (name, text, annotation) in name order.
fn read_compartment(dir: &Path) -> Result<Vec<(String, String, String)>, String> {
    let text_dir = dir.join("text");
    let ann_dir = dir.join("attributions");
    if !text_dir.is_dir() || !ann_dir.is_dir() {
        return Err(format!(
            "{}: not a PolNeAR compartment (expected text/ and attributions/ inside, e.g. \
             ../shared/bench/polnear/data/dev)",
            dir.display()
        ));
    }
    let entries = std::fs::read_dir(&ann_dir).map_err(|e| format!("{}: {e}", ann_dir.display()))?;
    // NAME_ANNOTATOR.ann → NAME; the first annotator in name order wins.
    let mut files: BTreeMap<String, String> = BTreeMap::new();
    let mut names: Vec<String> =
        entries.filter_map(|e| e.ok()?.file_name().into_string().ok()).filter(|n| n.ends_with(".ann")).collect();
    names.sort();
    for file in names {
        let stem = file.trim_end_matches(".ann");
        let doc = stem.rsplit_once('_').map_or(stem, |(d, _)| d).to_string();
        files.entry(doc).or_insert(file);
    }
    if files.is_empty() {
        return Err(format!("{}: no .ann files", ann_dir.display()));
    }
    let mut docs = Vec::new();
    for (doc, file) in files {
        let text_path = text_dir.join(format!("{doc}.txt"));
        let text = std::fs::read_to_string(&text_path).map_err(|e| format!("{}: {e}", text_path.display()))?;
        let ann_path = ann_dir.join(&file);
        let ann = std::fs::read_to_string(&ann_path).map_err(|e| format!("{}: {e}", ann_path.display()))?;
        docs.push((doc, text, ann));
    }
    Ok(docs)
}

/// The compartment's texts, as scored, for another tool to analyse (ids are the
/// document names; PolNeAR's texts carry no date the scorer uses).
pub fn texts(dir: &Path) -> Result<Vec<TextDoc>, String> {
    Ok(read_compartment(dir)?.into_iter().map(|(id, text, _)| TextDoc { id, text, published: None }).collect())
}

/// Reads a PolNeAR compartment, runs the quote extractor on every article and returns
/// the score table (and, with `show_errors`, misses, false hits, wrong speakers and
/// absorbed pieces by class).
///
/// Errors when `dir` lacks `text/` or `attributions/`, or holds no `.ann` file.
pub fn run(dir: &Path, show_errors: bool) -> Result<String, String> {
    run_with(dir, show_errors, None).map(|r| r.text)
}

/// [`run`], scoring `predictions` (another tool's output) instead of our analysis when
/// given; the report also carries its figures as JSON.
pub fn run_with(dir: &Path, show_errors: bool, predictions: Option<&Predictions>) -> Result<Report, String> {
    let docs = read_compartment(dir)?;
    if let Some(p) = predictions {
        p.check_ids(docs.iter().map(|d| d.0.as_str()))?;
    }
    let mut articles = Vec::new();
    for (doc, text, ann) in &docs {
        articles.push(load_article(doc, text, ann, predictions)?);
    }
    Ok(report(dir, &articles, show_errors))
}

/// Builds the report for scored articles.
fn report(dir: &Path, articles: &[Article], show_errors: bool) -> Report {
    let mut direct = Tally::default();
    let mut all = Tally::default();
    let mut errors: BTreeMap<String, Vec<String>> = BTreeMap::new();
    // Direct quotes matched and speakers right, by how the prediction was attributed.
    let mut by_cue: BTreeMap<&'static str, (usize, usize)> = BTreeMap::new();
    // Direct quotes matched with the wrong speaker, by the rule that chose it.
    let mut wrong_by_path: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    // Misses by what became of them in our analysis.
    let mut whys: BTreeMap<String, usize> = BTreeMap::new();
    // Dropped regions by rule: how many, and how many overlap a direct gold quote.
    let mut dropped_by_rule: BTreeMap<&'static str, (usize, usize)> = BTreeMap::new();
    // Right speakers whose gold source is a name, and how many of them we show under a
    // name that agrees with it (the scorer counts a mention right whatever it resolves to).
    let mut shown = (0, 0);
    // Wrong speakers of quotes with no cue, by where the gold source stands, and in
    // how many documents.
    let mut uncued: BTreeMap<String, (usize, BTreeSet<usize>)> = BTreeMap::new();
    for (ai, a) in articles.iter().enumerate() {
        let gd: Vec<Gold> = a.gold.iter().filter(|g| g.direct).cloned().collect();
        let pd: Vec<Pred> = a.pred.iter().filter(|p| p.kind != QuoteKind::Indirect).cloned().collect();
        let rd = score(&gd, &pd);
        direct.add(rd.tally);
        for &(gi, pi) in &rd.matched {
            let slot = by_cue.entry(cue_class(&pd[pi])).or_default();
            slot.0 += 1;
            let right = speaker_right(&gd[gi], &pd[pi]);
            slot.1 += usize::from(right);
            let by_path = wrong_by_path.entry(pd[pi].path.clone()).or_default();
            by_path.0 += 1;
            by_path.1 += usize::from(!right);
            let (g, p) = (&gd[gi], &pd[pi]);
            if !right && !p.has_cue {
                let place = source_place(&a.chars, g, p.span);
                let detail = if place == "same paragraph, after the quote" {
                    format!("{place}: {}", gap_shape(&a.chars, g, p.span))
                } else {
                    place.to_string()
                };
                let slot = uncued.entry(detail).or_default();
                slot.0 += 1;
                slot.1.insert(ai);
            }
            if right && gold_kind(g) == "gold name" {
                let agrees = p.speaker_name.as_deref().is_some_and(|name| name_in_source(g, name));
                shown.0 += 1;
                shown.1 += usize::from(agrees);
                if show_errors && !agrees {
                    let short = &a.name[..a.name.len().min(40)];
                    errors.entry("direct right speaker shown under another name".to_string()).or_default().push(
                        format!(
                            "  {short}: {}  [gold: {} | shown: {}]",
                            snippet(&a.chars, p.span.0, p.span.1),
                            g.source_text,
                            p.speaker_name.as_deref().unwrap_or("-"),
                        ),
                    );
                }
            }
        }
        // Whether keeping each dropped region would have found a direct gold quote.
        for &(s, e, why) in &a.dropped {
            let slot = dropped_by_rule.entry(why).or_default();
            slot.0 += 1;
            slot.1 += usize::from(gd.iter().any(|g| overlap(&g.content, (s, e)) > 0));
        }
        let ra = score(&a.gold, &a.pred);
        all.add(ra.tally);
        if show_errors {
            collect_errors(a, &gd, &pd, &rd, "direct", &mut errors, &mut whys);
            let gi: Vec<Gold> = a.gold.iter().filter(|g| !g.direct).cloned().collect();
            let pi: Vec<Pred> = a.pred.iter().filter(|p| p.kind == QuoteKind::Indirect).cloned().collect();
            let ri = score(&gi, &pi);
            collect_errors(a, &gi, &pi, &ri, "indirect", &mut errors, &mut whys);
        }
    }
    let mut out = String::new();
    let _ = writeln!(out, "PolNeAR quotes: {} ({} articles)", dir.display(), articles.len());
    let _ = writeln!(
        out,
        "{:<17} {:>5} {:>5} {:>5} {:>8} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6}",
        "class", "gold", "pred", "match", "absorbed", "P", "R", "F1", "spk", "e2eP", "e2eR", "e2eF1"
    );
    let rows = [
        ("direct quotes", direct),
        ("all attributions", all),
        ("direct, strict", direct.strict()),
        ("all, strict", all.strict()),
    ];
    for (label, t) in rows {
        let _ = writeln!(
            out,
            "{:<17} {:>5} {:>5} {:>5} {:>8} {:>6.3} {:>6.3} {:>6.3} {:>6.3} {:>6.3} {:>6.3} {:>6.3}",
            label,
            t.gold,
            t.pred,
            t.matched,
            format!("{}/{}", t.absorbed_gold, t.absorbed_pred),
            t.p(),
            t.r(),
            f1(t.p(), t.r()),
            ratio(t.speaker_ok, t.matched),
            t.e2e_p(),
            t.e2e_r(),
            f1(t.e2e_p(), t.e2e_r()),
        );
    }
    let _ = writeln!(out, "(absorbed = gold/predicted pieces of a quote already counted; see eval::quotes docs;");
    let _ = writeln!(out, " the strict rows count them as misses and false hits, plain one-to-one matching)");
    if show_errors {
        let _ = writeln!(out, "\ndirect quotes matched, speaker accuracy by attribution:");
        for (class, (n, ok)) in &by_cue {
            let _ = writeln!(out, "  {class:<40} {n:>5} {:>6.3}", ratio(*ok, *n));
        }
        let _ = writeln!(out, "\ndirect quotes matched, wrong speakers by the rule that chose them (matched, wrong):");
        let mut paths: Vec<_> = wrong_by_path.iter().collect();
        paths.sort_by_key(|(p, (_, wrong))| (std::cmp::Reverse(*wrong), p.as_str()));
        for (path, (n, wrong)) in paths {
            let path = if path.is_empty() { "-" } else { path.as_str() };
            let _ = writeln!(out, "  {path:<48} {n:>5} {wrong:>5}");
        }
        let _ = writeln!(
            out,
            "\ndirect quotes with no cue and a wrong speaker, by where the gold source stands (wrong, documents):"
        );
        for (place, (n, docs)) in &uncued {
            let _ = writeln!(out, "  {place:<72} {n:>5} {:>5}", docs.len());
        }
        let _ = writeln!(out, "\nmisses by what became of them:");
        for (why, n) in &whys {
            let _ = writeln!(out, "  {why:<60} {n:>5}");
        }
        let _ = writeln!(out, "\nquoted regions dropped, by rule (dropped, of them inside a direct gold quote):");
        for (why, (n, gold)) in &dropped_by_rule {
            let _ = writeln!(out, "  {why:<60} {n:>5} {gold:>5}");
        }
        let _ = writeln!(
            out,
            "\nright speakers whose gold source is a name, shown under a name that agrees: {} of {} ({:.3})",
            shown.1,
            shown.0,
            ratio(shown.1, shown.0)
        );
        for (class, items) in &errors {
            let _ = writeln!(out, "\n## {class} ({})", items.len());
            for item in items {
                let _ = writeln!(out, "{item}");
            }
        }
    }
    let figures = |t: Tally| {
        serde_json::json!({
            "gold": t.gold, "pred": t.pred, "matched": t.matched, "p": t.p(), "r": t.r(), "f1": f1(t.p(), t.r()),
            "speaker_accuracy": ratio(t.speaker_ok, t.matched), "e2e_f1": f1(t.e2e_p(), t.e2e_r()),
        })
    };
    let json = serde_json::json!({
        "eval": "quotes", "docs": articles.len(),
        "direct": figures(direct), "all": figures(all),
        "direct_strict": figures(direct.strict()), "all_strict": figures(all.strict()),
    });
    Report { text: out, json }
}

/// A one-line snippet of `chars[a..b]` with some context, marks around the span.
fn snippet(chars: &[char], a: usize, b: usize) -> String {
    let n = chars.len();
    let (a, b) = (a.min(n), b.min(n));
    let lo = a.saturating_sub(60);
    let hi = (b + 60).min(n);
    let mid: String = if b - a > 200 {
        let head: String = chars[a..a + 90].iter().collect();
        let tail: String = chars[b - 90..b].iter().collect();
        format!("{head} … {tail}")
    } else {
        chars[a..b].iter().collect()
    };
    let s = format!("{}⟦{}⟧{}", chars[lo..a].iter().collect::<String>(), mid, chars[b..hi].iter().collect::<String>());
    s.replace('\n', " ¶ ")
}

/// How a prediction was attributed, for the speaker-accuracy breakdown and the
/// wrong-speaker classes.
fn cue_class(p: &Pred) -> &'static str {
    if !p.has_cue {
        "no cue (continued or introduced speaker)"
    } else if p.cue == ":" {
        "colon (X: “…”)"
    } else if p.speaker_span.is_none() {
        "cue without a mention"
    } else {
        "cue"
    }
}

const PRONOUNS: [&str; 9] = ["he", "she", "they", "i", "we", "it", "you", "him", "her"];

/// What the gold source of an attribution is, for the wrong-speaker classes.
fn gold_kind(g: &Gold) -> &'static str {
    if PRONOUNS.contains(&g.source_text.trim().to_lowercase().as_str()) {
        "gold pronoun"
    } else if g.source.is_empty() {
        "gold has no source"
    } else if g.source_text.chars().next().is_some_and(char::is_uppercase) {
        "gold name"
    } else {
        "gold descriptor"
    }
}

/// The text of `spans` (code points, clamped to the text), joined as they stand.
fn spans_text(chars: &[char], spans: &[(usize, usize)]) -> String {
    spans.iter().flat_map(|&(a, b)| chars[a.min(chars.len())..b.min(chars.len())].iter()).collect()
}

/// Where the gold source of a quote stands relative to the quote at `span`: in the
/// quote's paragraph (before, inside or after it), in the paragraph before or after
/// it, or further away.
fn source_place(chars: &[char], g: &Gold, span: (usize, usize)) -> &'static str {
    let Some(&(s, _)) = g.source.first() else { return "no source" };
    // A paragraph's ordinal counts the line breaks that end text, so blank lines
    // between paragraphs do not count.
    let ordinal = |at: usize| {
        let mut n = 0;
        let mut seen_text = false;
        for &c in &chars[..at.min(chars.len())] {
            if c == '\n' {
                n += usize::from(seen_text);
                seen_text = false;
            } else if !c.is_whitespace() {
                seen_text = true;
            }
        }
        n
    };
    let (os, oq) = (ordinal(s), ordinal(span.0));
    if os == oq {
        if s < span.0 {
            "same paragraph, before the quote"
        } else if s < span.1 {
            "inside the quote"
        } else {
            "same paragraph, after the quote"
        }
    } else if os + 1 == oq {
        "paragraph before"
    } else if oq + 1 == os {
        "paragraph after"
    } else if os < oq {
        "two or more paragraphs before"
    } else {
        "two or more paragraphs after"
    }
}

/// The shape of what stands between a quote and a gold source after it (nothing,
/// marks only — shown, as they carry no words —, words, words and a sentence break),
/// whether the gold cue is in our cue table, is a word or a mark, and where it
/// stands.
fn gap_shape(chars: &[char], g: &Gold, span: (usize, usize)) -> String {
    let s = g.source.first().map_or(span.1, |x| x.0);
    let gap: String = chars[span.1.min(s)..s].iter().collect();
    let shape = if gap.trim().is_empty() {
        "adjacent"
    } else if !gap.chars().any(char::is_alphanumeric) {
        if gap.contains(['—', '–']) || gap.contains("--") {
            "dash"
        } else if gap.contains(['.', '?', '!']) {
            "sentence break"
        } else {
            "punctuation"
        }
    } else if gap.contains(['.', '?', '!']) {
        "words and a sentence break"
    } else {
        "words"
    };
    let cue = spans_text(chars, &g.cue);
    let cue = cue.trim().to_lowercase();
    let known = if cue.is_empty() {
        "no gold cue"
    } else if analysis::quotes::cues::CUES.iter().any(|(c, _)| *c == cue) {
        "cue in our table"
    } else {
        "cue not in our table"
    };
    let side = match (g.cue.first(), g.source.first()) {
        (Some(c), Some(_)) if c.0 < span.0 => "before the quote",
        (Some(c), Some(_)) if c.0 < span.1 => "inside the quote",
        (Some(c), Some(x)) if c.0 < x.0 => "between",
        (Some(_), Some(_)) => "after the source",
        _ => "",
    };
    let marks: String = if gap.chars().any(char::is_alphanumeric) { String::new() } else { format!(" {gap:?}") };
    let cue_shape = if cue.chars().any(char::is_alphabetic) { "word cue" } else { "mark cue" };
    format!("{shape}{marks}, {known}, {cue_shape} {side}")
}

/// What became of a missed gold item in our analysis: a prediction overlapping it
/// too little or matched to another gold item, a quoted region inside it that a rule
/// dropped (the rule), or nothing found there at all.
fn miss_reason(a: &Article, g: &Gold, pred: &[Pred], r: &DocResult) -> String {
    let touching: Vec<usize> = (0..pred.len()).filter(|&pi| overlap(&g.content, pred[pi].span) > 0).collect();
    if touching.iter().any(|&pi| r.matched.iter().any(|&(_, p)| p == pi)) {
        return "overlaps a quote matched to another".to_string();
    }
    if !touching.is_empty() {
        return "overlaps a quote too little".to_string();
    }
    match a.dropped.iter().find(|&&(s, e, _)| overlap(&g.content, (s, e)) > 0) {
        Some((_, _, why)) => format!("dropped: {why}"),
        None => "no quote there".to_string(),
    }
}

/// Names the error class of a missed gold item, for error analysis.
fn miss_class(chars: &[char], g: &Gold) -> &'static str {
    let start = g.content.first().map_or(0, |s| s.0);
    let first_break = chars.iter().position(|&c| c == '\n').unwrap_or(chars.len());
    let content: String = spans_text(chars, &g.content);
    let trimmed = content.trim_start();
    if start < first_break {
        "headline quote"
    } else if g.source.is_empty() || g.cue.is_empty() {
        "no source or cue (continuation)"
    } else if content.contains("''") || content.contains("``") {
        "``…'' style"
    } else if !trimmed.starts_with(DOUBLE_MARKS) && !trimmed.starts_with('‘') {
        "partial quote / quote inside reported clause"
    } else if PRONOUNS.contains(&g.source_text.trim().to_lowercase().as_str()) {
        "pronoun speaker"
    } else if g.source.first().is_some_and(|s| s.0 < start) {
        "speaker-first (X said: “…”)"
    } else if g.cue.first().zip(g.source.first()).is_some_and(|(c, s)| c.0 < s.0) {
        "inverted cue (“…,” said X)"
    } else {
        "speaker after (“…,” X said)"
    }
}

fn collect_errors(
    a: &Article,
    gold: &[Gold],
    pred: &[Pred],
    r: &DocResult,
    family: &str,
    errors: &mut BTreeMap<String, Vec<String>>,
    whys: &mut BTreeMap<String, usize>,
) {
    let short = &a.name[..a.name.len().min(40)];
    for &gi in &r.missed {
        let g = &gold[gi];
        let class = format!("{family} miss: {}", miss_class(&a.chars, g));
        let (s, e) = (g.content.first().map_or(0, |x| x.0), g.content.last().map_or(0, |x| x.1));
        let why = miss_reason(a, g, pred, r);
        *whys.entry(format!("{family}: {why}")).or_default() += 1;
        errors.entry(class).or_default().push(format!(
            "  {short}: {}  [src: {} | {why}]",
            snippet(&a.chars, s, e),
            g.source_text
        ));
    }
    for &pi in &r.false_hits {
        let p = &pred[pi];
        let first_break = a.chars.iter().position(|&c| c == '\n').unwrap_or(a.chars.len());
        let what = if p.span.0 < first_break {
            "headline"
        } else if !p.has_cue {
            "no cue"
        } else {
            p.kind.as_str()
        };
        let class = format!("{family} false hit: {what}");
        errors.entry(class).or_default().push(format!(
            "  {short}: {}  [spk: {} | rule: {}]",
            snippet(&a.chars, p.span.0, p.span.1),
            p.speaker_name.as_deref().unwrap_or("-"),
            if p.path.is_empty() { "-" } else { p.path.as_str() },
        ));
    }
    for &(gi, pi) in &r.absorbed {
        let (g, p) = (&gold[gi], &pred[pi]);
        let (s, e) = (g.content.first().map_or(0, |x| x.0), g.content.last().map_or(0, |x| x.1));
        errors.entry(format!("{family} absorbed piece")).or_default().push(format!(
            "  {short}: {}  [gold: {}]",
            snippet(&a.chars, p.span.0, p.span.1),
            snippet(&a.chars, s, e),
        ));
    }
    for &(gi, pi) in &r.wrong_speaker {
        let (g, p) = (&gold[gi], &pred[pi]);
        let class = format!("{family} wrong speaker: {}, {}", gold_kind(g), cue_class(p));
        let mention = p.speaker_span.map(|(s, e)| a.chars[s.min(a.chars.len())..e.min(a.chars.len())].iter().collect());
        errors.entry(class).or_default().push(format!(
            "  {short}: {}  [gold: {} | pred: {} ({}) cue: {} | rule: {}]",
            snippet(&a.chars, p.span.0, p.span.1),
            g.source_text,
            p.speaker_name.as_deref().unwrap_or("-"),
            mention.unwrap_or_else(|| "-".to_string()),
            p.cue,
            p.path,
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gold(content: &[(usize, usize)], source: &[(usize, usize)], source_text: &str) -> Gold {
        Gold {
            content: content.to_vec(),
            source: source.to_vec(),
            cue: vec![(0, 1)],
            source_text: source_text.to_string(),
            direct: true,
        }
    }

    fn pred(span: (usize, usize), speaker: Option<(usize, usize)>, name: Option<&str>) -> Pred {
        Pred {
            span,
            kind: QuoteKind::Direct,
            speaker_span: speaker,
            speaker_name: name.map(str::to_string),
            has_cue: true,
            cue: String::new(),
            path: String::new(),
        }
    }

    #[test]
    fn overlap_of_half_the_shorter_matches() {
        let g = [gold(&[(10, 30)], &[(0, 5)], "Trump")];
        // 10 of the 20 gold chars: half of the shorter → match.
        assert_eq!(score(&g, &[pred((20, 60), Some((0, 5)), None)]).tally.matched, 1);
        // 9 of 20: no match.
        assert_eq!(score(&g, &[pred((21, 60), Some((0, 5)), None)]).tally.matched, 0);
    }

    #[test]
    fn speaker_by_mention_overlap_or_last_name() {
        let g = gold(&[(10, 30)], &[(40, 60)], "Donald J. Trump");
        assert!(speaker_right(&g, &pred((10, 30), Some((55, 58)), Some("Someone"))));
        assert!(speaker_right(&g, &pred((10, 30), Some((0, 2)), Some("Donald Trump"))));
        assert!(!speaker_right(&g, &pred((10, 30), Some((0, 2)), Some("Hillary Clinton"))));
        assert!(!speaker_right(&g, &pred((10, 30), None, None)));
        // Words, not substrings: "Rump" is not "Trump".
        assert!(!speaker_right(&g, &pred((10, 30), None, Some("Mr. Rump"))));
    }

    #[test]
    fn split_quote_counts_once_either_way() {
        // Gold: two attributions with the same source; prediction: one merged quote.
        let g = [gold(&[(10, 30)], &[(32, 34)], "he"), gold(&[(45, 60)], &[(32, 34)], "he")];
        let r = score(&g, &[pred((10, 60), Some((32, 34)), Some("Al Gore"))]);
        assert_eq!((r.tally.matched, r.tally.absorbed_gold, r.missed.len()), (1, 1, 0));
        // Gold: one discontinuous content; prediction: two pieces.
        let g = [gold(&[(10, 30), (45, 60)], &[(32, 34)], "he")];
        let p = [pred((10, 30), Some((32, 34)), None), pred((45, 60), None, Some("Al Gore"))];
        let r = score(&g, &p);
        assert_eq!((r.tally.matched, r.tally.absorbed_pred, r.false_hits.len()), (1, 1, 0));
        assert_eq!(r.tally.speaker_ok, 1);
        // Different sources are not absorbed.
        let g = [gold(&[(10, 30)], &[(0, 2)], "Kasich"), gold(&[(45, 60)], &[(62, 64)], "Cruz")];
        let r = score(&g, &[pred((10, 60), None, Some("John Kasich"))]);
        assert_eq!((r.tally.matched, r.missed.len()), (1, 1));
    }

    #[test]
    fn a_miss_says_what_became_of_it() {
        let g = [
            gold(&[(0, 10)], &[], ""),
            gold(&[(20, 40)], &[], ""),
            gold(&[(11, 18)], &[], ""),
            gold(&[(70, 80)], &[], ""),
        ];
        // One prediction matches the first gold and brushes the third; one barely
        // touches the second; a scare quote was dropped inside the fourth.
        let p = [pred((0, 12), None, None), pred((39, 45), None, None)];
        let a = Article {
            name: "doc".to_string(),
            chars: vec![' '; 100],
            gold: g.to_vec(),
            pred: p.to_vec(),
            dropped: vec![(72, 78, "short, unattributed")],
        };
        let r = score(&g, &p);
        let why = |gi: usize| miss_reason(&a, &g[gi], &p, &r);
        assert_eq!(r.missed, vec![1, 2, 3]);
        assert_eq!(why(1), "overlaps a quote too little");
        assert_eq!(why(2), "overlaps a quote matched to another");
        assert_eq!(why(3), "dropped: short, unattributed");
        let a = Article { dropped: Vec::new(), ..a };
        assert_eq!(miss_reason(&a, &g[3], &p, &r), "no quote there");
    }

    #[test]
    fn an_uncued_speaker_is_placed_by_paragraph_and_the_gap_is_shaped() {
        let text = "Sam Roe spoke.\n\n“We won.” ― Ann Lee\n\n“Next year.” Then Bo Park left.\n\nIda Fox nodded.";
        let chars: Vec<char> = text.chars().collect();
        let at = |s: &str| text[..text.find(s).unwrap()].chars().count();
        let span = |s: &str| (at(s), at(s) + s.chars().count());
        let quote = span("“We won.”");
        let mut g = gold(&[quote], &[span("Ann Lee")], "Ann Lee");
        g.cue = vec![span("―")];
        assert_eq!(source_place(&chars, &g, quote), "same paragraph, after the quote");
        assert_eq!(gap_shape(&chars, &g, quote), "punctuation \" ― \", cue not in our table, mark cue between");
        let place = |source: &str| source_place(&chars, &gold(&[quote], &[span(source)], source), quote);
        assert_eq!(place("Sam Roe"), "paragraph before");
        assert_eq!(place("Bo Park"), "paragraph after");
        assert_eq!(place("Ida Fox"), "two or more paragraphs after");
        assert_eq!(source_place(&chars, &gold(&[quote], &[], ""), quote), "no source");
        let next = span("“Next year.”");
        let mut g = gold(&[next], &[span("Bo Park")], "Bo Park");
        g.cue = vec![span("left")];
        assert_eq!(gap_shape(&chars, &g, next), "words, cue not in our table, word cue after the source");
    }

    #[test]
    fn tallies_give_precision_recall_and_end_to_end() {
        let g = [gold(&[(0, 10)], &[(20, 25)], "Obama"), gold(&[(30, 40)], &[(50, 55)], "Biden")];
        let p = [pred((0, 10), Some((20, 25)), Some("Barack Obama")), pred((30, 40), None, Some("Joe Manchin"))];
        let t = score(&g, &p).tally;
        assert_eq!((t.matched, t.speaker_ok), (2, 1));
        assert!((t.p() - 1.0).abs() < 1e-9 && (t.e2e_r() - 0.5).abs() < 1e-9);
    }

    #[test]
    fn direct_gold_has_or_is_bordered_by_marks() {
        let chars: Vec<char> = "He said “we win” and ''yes'' and \"ok\" then no marks.".chars().collect();
        let find = |s: &str| {
            let t: String = chars.iter().collect();
            let b = t.find(s).unwrap();
            let a = t[..b].chars().count();
            (a, a + s.chars().count())
        };
        assert!(is_direct(&chars, &[find("“we win”")]));
        assert!(is_direct(&chars, &[find("''yes''")]));
        assert!(is_direct(&chars, &[find("ok")]));
        assert!(!is_direct(&chars, &[find("no marks")]));
    }

    /// Runs the benchmark: `POLNEAR_DIR=../shared/bench/polnear/data/train cargo test
    /// --release polnear_report -- --ignored --nocapture` (`POLNEAR_ERRORS=1` lists errors).
    #[test]
    #[ignore = "needs the PolNeAR benchmark data"]
    fn polnear_report() {
        let dir = std::env::var("POLNEAR_DIR").unwrap_or_else(|_| "../../shared/bench/polnear/data/dev".into());
        match run(Path::new(&dir), std::env::var("POLNEAR_ERRORS").is_ok()) {
            Ok(report) => println!("{report}"),
            Err(e) => println!("skipped: {e}"),
        }
    }

    #[test]
    fn missing_directory_is_a_clear_error() {
        let err = run(Path::new("/nonexistent/polnear/dev"), false).unwrap_err();
        assert!(err.contains("not a PolNeAR compartment"), "{err}");
    }

    #[test]
    fn runs_on_a_tiny_compartment() {
        let dir = std::env::temp_dir().join(format!("ae-quotes-eval-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("text")).unwrap();
        std::fs::create_dir_all(dir.join("attributions")).unwrap();
        let text = "Title\n\n“We will win,” Smith said.";
        std::fs::write(dir.join("text/doc.txt"), text).unwrap();
        std::fs::write(
            dir.join("attributions/doc_ab12.ann"),
            "T1\tContent 7 21\t“We will win,”\nT2\tSource 22 27\tSmith\nT3\tCue 28 32\tsaid\n\
             E1\tAttribution:T3 Content:T1 Source:T2 Cue:T3\n",
        )
        .unwrap();
        let out = run(&dir, true).unwrap();
        std::fs::remove_dir_all(&dir).ok();
        assert!(out.contains("direct quotes"), "{out}");
        assert!(out.contains("(1 articles)"), "{out}");
        // The error listing breaks speaker accuracy down by how quotes were attributed.
        assert!(out.contains("speaker accuracy by attribution"), "{out}");
        assert!(out.lines().any(|l| l.trim_start().starts_with("cue ") && l.contains("1.000")), "{out}");
        // And says how many right speakers are shown under a name that agrees with gold's.
        assert!(out.contains("shown under a name that agrees: 1 of 1 (1.000)"), "{out}");
    }

    #[test]
    fn a_name_shown_agrees_when_its_last_word_is_in_the_gold_source() {
        let g = gold(&[(0, 10)], &[(20, 46)], "Secretary of State Clinton");
        assert!(name_in_source(&g, "Hillary Clinton"));
        let g = gold(&[(0, 10)], &[(20, 25)], "Trump");
        assert!(!name_in_source(&g, "Trump Train"));
        assert!(!name_in_source(&g, ""));
    }
}
