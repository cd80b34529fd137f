//! The side-by-side evaluation's native path: `eval … --export-texts` writes the texts a
//! peer analyses, `eval … --predictions FILE` scores the peer's output with our scorer.
//! Gold and predictions here are tiny hand-written fixtures, so every figure is known.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::{json, Value};

fn cli() -> Command {
    Command::new(env!("CARGO_BIN_EXE_article-explorer"))
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("ae-peers-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Code-point span of the `n`th (0-based) occurrence of `needle` in `text`.
fn cp(text: &str, needle: &str, n: usize) -> (usize, usize) {
    let (byte, _) = text.match_indices(needle).nth(n).unwrap_or_else(|| panic!("{needle:?} not in {text:?}"));
    let start = text[..byte].chars().count();
    (start, start + needle.chars().count())
}

fn write_jsonl(path: &Path, lines: &[Value]) {
    let text: String = lines.iter().map(|l| format!("{l}\n")).collect();
    std::fs::write(path, text).unwrap();
}

fn eval(args: &[&str]) -> Output {
    cli().arg("eval").args(args).output().unwrap()
}

fn figures(out: &Output) -> Value {
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("--json prints one JSON object")
}

fn close(v: &Value, want: f64) -> bool {
    v.as_f64().is_some_and(|x| (x - want).abs() < 1e-9)
}

const POLNEAR_TEXT: &str = "Vote count begins\n\n“We will win,” Smith said on Monday. Jones said taxes would fall.";

/// A one-article PolNeAR compartment: one direct quote (Smith) and one indirect (Jones).
fn polnear(dir: &Path) -> PathBuf {
    let comp = dir.join("dev");
    std::fs::create_dir_all(comp.join("text")).unwrap();
    std::fs::create_dir_all(comp.join("attributions")).unwrap();
    let t = POLNEAR_TEXT;
    std::fs::write(comp.join("text/doc1.txt"), t).unwrap();
    let tb = |id: &str, label: &str, needle: &str| {
        let (a, b) = cp(t, needle, 0);
        format!("{id}\t{label} {a} {b}\t{needle}\n")
    };
    let ann = [
        tb("T1", "Content", "“We will win,”"),
        tb("T2", "Source", "Smith"),
        tb("T3", "Cue", "said"),
        tb("T4", "Content", "taxes would fall"),
        tb("T5", "Source", "Jones"),
        format!("T6\tCue {} {}\tsaid\n", cp(t, "said", 1).0, cp(t, "said", 1).1),
        "E1\tAttribution:T3 Content:T1 Source:T2 Cue:T3\n".to_string(),
        "E2\tAttribution:T6 Content:T4 Source:T5 Cue:T6\n".to_string(),
    ];
    std::fs::write(comp.join("attributions/doc1_ann1.ann"), ann.concat()).unwrap();
    comp
}

#[test]
fn predictions_of_quotes_are_scored_by_our_scorer() {
    let dir = temp_dir("quotes");
    let comp = polnear(&dir);
    let comp_s = comp.to_str().unwrap();

    // The texts a peer analyses: exactly the compartment's, keyed by document name.
    let texts = dir.join("texts.jsonl");
    let out = eval(&["quotes", comp_s, "--export-texts", texts.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let lines: Vec<Value> =
        std::fs::read_to_string(&texts).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines, [json!({"id": "doc1", "text": POLNEAR_TEXT, "published": null})]);

    // A peer that finds the direct quote, names its speaker by a name whose last word is
    // the gold source, and also reports a headline false hit with no speaker.
    let t = POLNEAR_TEXT;
    let (qs, qe) = cp(t, "“We will win,”", 0);
    let (hs, he) = cp(t, "Vote count", 0);
    let preds = dir.join("peer.jsonl");
    write_jsonl(
        &preds,
        &[json!({"id": "doc1", "quotes": [
            {"start": hs, "end": he},
            {"start": qs, "end": qe, "kind": "direct", "speaker": {"name": "Ann Smith"}, "cue": {"text": "said"}},
        ]})],
    );
    let f = figures(&eval(&["quotes", comp_s, "--predictions", preds.to_str().unwrap(), "--json"]));
    assert_eq!(
        (f["docs"].as_u64(), f["direct"]["gold"].as_u64(), f["direct"]["pred"].as_u64()),
        (Some(1), Some(1), Some(2))
    );
    assert!(close(&f["direct"]["p"], 0.5) && close(&f["direct"]["r"], 1.0), "{f}");
    assert!(close(&f["direct"]["speaker_accuracy"], 1.0), "{f}");
    // End to end: 1 right of 2 predicted, of 1 gold → P 0.5, R 1.
    assert!(close(&f["direct"]["e2e_f1"], 2.0 / 3.0), "{f}");
    // All attributions: the indirect gold is missed (P 0.5, R 0.5).
    assert_eq!(f["all"]["gold"].as_u64(), Some(2));
    assert!(close(&f["all"]["f1"], 0.5), "{f}");

    // The same speaker as a mention span overlapping the gold source counts too; a wrong
    // name does not.
    let (ss, se) = cp(t, "Smith", 0);
    write_jsonl(
        &preds,
        &[json!({"id": "doc1", "quotes": [
            {"start": qs, "end": qe, "speaker": {"name": "Someone", "start": ss, "end": se}},
            {"start": cp(t, "taxes would fall", 0).0, "end": cp(t, "taxes would fall", 0).1,
             "kind": "indirect", "speaker": {"name": "Bob Brown"}},
        ]})],
    );
    let f = figures(&eval(&["quotes", comp_s, "--predictions", preds.to_str().unwrap(), "--json"]));
    assert!(close(&f["direct"]["f1"], 1.0) && close(&f["direct"]["speaker_accuracy"], 1.0), "{f}");
    assert!(close(&f["all"]["f1"], 1.0) && close(&f["all"]["speaker_accuracy"], 0.5), "{f}");

    // The printed table is the one our own evaluation prints.
    let out = eval(&["quotes", comp_s, "--predictions", preds.to_str().unwrap()]);
    let table = String::from_utf8_lossy(&out.stdout);
    assert!(table.contains("PolNeAR quotes:") && table.contains("direct quotes"), "{table}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn our_own_analysis_as_predictions_scores_as_our_evaluation() {
    // `analyze` output keyed by "source" (its file stem is the id) goes through the
    // predictions path and gives the figures of the in-process evaluation.
    let dir = temp_dir("ours");
    let comp = polnear(&dir);
    let comp_s = comp.to_str().unwrap();
    let out = cli().args(["analyze"]).arg(comp.join("text/doc1.txt")).output().unwrap();
    assert!(out.status.success());
    let record: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(!record["quotes"].as_array().unwrap().is_empty(), "the analysis finds Smith's quote: {record}");
    let preds = dir.join("ours.jsonl");
    std::fs::write(&preds, &out.stdout).unwrap();
    let via_file = figures(&eval(&["quotes", comp_s, "--predictions", preds.to_str().unwrap(), "--json"]));
    let in_process = figures(&eval(&["quotes", comp_s, "--json"]));
    assert_eq!(via_file, in_process);
    std::fs::remove_dir_all(&dir).ok();
}

const TML: &str = "<TimeML><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-08-07\" functionInDocument=\"CREATION_TIME\">08/07/1998</TIMEX3></DCT>\
<TEXT>Bombs exploded <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-08-06\">yesterday</TIMEX3> in Nairobi; \
talks lasted <TIMEX3 tid=\"t2\" type=\"DURATION\" value=\"P3D\">three days</TIMEX3>.</TEXT></TimeML>";

#[test]
fn predictions_of_timexes_score_spans_types_and_values() {
    let dir = temp_dir("timex");
    let tb = dir.join("TimeBank");
    std::fs::create_dir_all(&tb).unwrap();
    std::fs::write(tb.join("APW1.tml"), TML).unwrap();
    let tb_s = tb.to_str().unwrap();
    let texts = dir.join("texts.jsonl");
    assert!(eval(&["timex", tb_s, "--export-texts", texts.to_str().unwrap()]).status.success());
    let doc: Value = serde_json::from_str(std::fs::read_to_string(&texts).unwrap().trim()).unwrap();
    assert_eq!(doc["id"], "APW1");
    assert_eq!(doc["published"], "1998-08-07");
    let text = doc["text"].as_str().unwrap();
    assert!(text.starts_with("Bombs exploded yesterday"), "{text}");

    // "yesterday" exact and right; "days" overlaps "three days" (relaxed only) with the
    // wrong type; "Nairobi" is a false hit.
    let (ys, ye) = cp(text, "yesterday", 0);
    let (ds, de) = cp(text, "days", 0);
    let (ns, ne) = cp(text, "Nairobi", 0);
    let preds = dir.join("typed.jsonl");
    write_jsonl(
        &preds,
        &[json!({"id": "APW1", "timexes": [
            {"start": ys, "end": ye, "type": "DATE", "value": "1998-08-06"},
            {"start": ds, "end": de, "type": "DATE", "value": "P3D"},
            {"start": ns, "end": ne, "type": "DATE", "value": "XXXX"},
        ]})],
    );
    let f = figures(&eval(&["timex", tb_s, "--predictions", preds.to_str().unwrap(), "--json"]));
    assert_eq!((f["gold"].as_u64(), f["pred"].as_u64()), (Some(2), Some(3)));
    assert!(close(&f["strict_p"], 1.0 / 3.0) && close(&f["strict_r"], 0.5), "{f}");
    assert!(close(&f["relaxed_p"], 2.0 / 3.0) && close(&f["relaxed_r"], 1.0), "{f}");
    assert!(close(&f["type_accuracy"], 0.5) && close(&f["value_accuracy"], 1.0), "{f}");

    // A tool that gives spans only: type and value accuracy do not apply.
    write_jsonl(&preds, &[json!({"id": "APW1", "timexes": [{"start": ys, "end": ye}]})]);
    let f = figures(&eval(&["timex", tb_s, "--predictions", preds.to_str().unwrap(), "--json"]));
    assert!(close(&f["strict_f1"], 2.0 / 3.0), "{f}");
    assert!(f["type_accuracy"].is_null() && f["value_accuracy"].is_null(), "{f}");
    let out = eval(&["timex", tb_s, "--predictions", preds.to_str().unwrap()]);
    let table = String::from_utf8_lossy(&out.stdout);
    assert!(table.contains("type accuracy  n/a") && table.contains("carry no types"), "{table}");
    std::fs::remove_dir_all(&dir).ok();
}

/// A MEANTIME document (the real format, made-up text): a title, the creation date,
/// a body naming a company and a person, and a date.
const MEANTIME: &str = r#"<?xml version="1.0" ?><Document doc_id="1" doc_name="demo" lang="en">
<token number="0" sentence="0" t_id="1">Barra</token>
<token number="1" sentence="0" t_id="2">named</token>
<token number="2" sentence="1" t_id="3">December</token>
<token number="3" sentence="1" t_id="4">10</token>
<token number="4" sentence="1" t_id="5">,</token>
<token number="5" sentence="1" t_id="6">2013</token>
<token number="6" sentence="2" t_id="7">General</token>
<token number="7" sentence="2" t_id="8">Motors</token>
<token number="8" sentence="2" t_id="9">named</token>
<token number="9" sentence="2" t_id="10">Mary</token>
<token number="10" sentence="2" t_id="11">Barra</token>
<token number="11" sentence="2" t_id="12">on</token>
<token number="12" sentence="2" t_id="13">Tuesday</token>
<token number="13" sentence="2" t_id="14">.</token>
<Markables>
<ENTITY_MENTION comment="" head="" m_id="1" syntactic_type="NAM">
<token_anchor t_id="7"/>
<token_anchor t_id="8"/>
</ENTITY_MENTION>
<ENTITY_MENTION comment="" head="" m_id="2" syntactic_type="NAM">
<token_anchor t_id="10"/>
<token_anchor t_id="11"/>
</ENTITY_MENTION>
<TIMEX3 anchorTimeID="" functionInDocument="CREATION_TIME" m_id="20" type="DATE" value="2013-12-10">
<token_anchor t_id="3"/>
<token_anchor t_id="4"/>
<token_anchor t_id="5"/>
<token_anchor t_id="6"/>
</TIMEX3>
<TIMEX3 anchorTimeID="20" functionInDocument="NONE" m_id="21" type="DATE" value="2013-12-10">
<token_anchor t_id="13"/>
</TIMEX3>
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

fn meantime(dir: &Path) -> PathBuf {
    let corpus = dir.join("meantime/data/meantime_newsreader_english_oct15/intra-doc_annotation/corpus_gm");
    std::fs::create_dir_all(&corpus).unwrap();
    std::fs::write(corpus.join("demo.xml"), MEANTIME).unwrap();
    corpus.parent().unwrap().to_path_buf()
}

#[test]
fn meantime_timexes_and_entities_from_predictions() {
    let dir = temp_dir("meantime");
    let mt = meantime(&dir);
    let text = "Barra named\nDecember 10, 2013\nGeneral Motors named Mary Barra on Tuesday.";

    // Timexes: MEANTIME is read when the folder holds no TimeML; the creation date
    // anchors relative dates.
    let texts = dir.join("timex-texts.jsonl");
    assert!(eval(&["timex", mt.to_str().unwrap(), "--export-texts", texts.to_str().unwrap()]).status.success());
    let doc: Value = serde_json::from_str(std::fs::read_to_string(&texts).unwrap().trim()).unwrap();
    assert_eq!(doc, json!({"id": "demo", "text": text, "published": "2013-12-10"}));
    let preds = dir.join("timex.jsonl");
    let (ds, de) = cp(text, "December 10, 2013", 0);
    let (ts, te) = cp(text, "Tuesday", 0);
    write_jsonl(
        &preds,
        &[json!({"id": "demo", "timexes": [
            {"start": ds, "end": de, "value": "2013-12-10"}, {"start": ts, "end": te, "value": "2013-12-17"},
        ]})],
    );
    let f = figures(&eval(&["timex", mt.to_str().unwrap(), "--predictions", preds.to_str().unwrap(), "--json"]));
    assert!(close(&f["strict_f1"], 1.0) && close(&f["value_accuracy"], 0.5) && f["type_accuracy"].is_null(), "{f}");

    // Entities: ids carry the corpus; mentions typed PERSON/ORG/PLACE against the gold.
    let texts = dir.join("entity-texts.jsonl");
    assert!(eval(&["entities", dir.to_str().unwrap(), "--export-texts", texts.to_str().unwrap()]).status.success());
    let doc: Value = serde_json::from_str(std::fs::read_to_string(&texts).unwrap().trim()).unwrap();
    assert_eq!(doc["id"], "MEANTIME/demo");
    let (gs, ge) = cp(text, "General Motors", 0);
    let (ms, me) = cp(text, "Mary Barra", 0);
    let preds = dir.join("entities.jsonl");
    write_jsonl(
        &preds,
        &[json!({"id": "MEANTIME/demo", "entities": [
            {"type": "PLACE", "mentions": [{"start": gs, "end": ge}]},
            {"type": "PERSON", "mentions": [{"start": ms, "end": me}]},
        ]})],
    );
    let f = figures(&eval(&["entities", dir.to_str().unwrap(), "--predictions", preds.to_str().unwrap(), "--json"]));
    let m = &f["meantime"];
    assert!(close(&m["mentions"]["f1"], 1.0), "{f}");
    assert!(close(&m["type_accuracy"], 0.5), "General Motors typed PLACE is wrong: {f}");
    assert!(f.get("gum").is_none(), "no GUM folder here: {f}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn bad_predictions_are_refused_with_a_clear_message() {
    let dir = temp_dir("bad");
    let comp = polnear(&dir);
    let comp_s = comp.to_str().unwrap();
    let preds = dir.join("bad.jsonl");
    let run = |content: &str| -> String {
        std::fs::write(&preds, content).unwrap();
        let out = eval(&["quotes", comp_s, "--predictions", preds.to_str().unwrap()]);
        assert_eq!(out.status.code(), Some(1), "bad predictions fail the run");
        assert!(out.stdout.is_empty(), "and print no table");
        String::from_utf8_lossy(&out.stderr).into_owned()
    };
    let err = run("{\"id\":\"doc1\",\"quotes\":[]}\n{\"id\":\"doc2\",\"quotes\":[{\"start\":1,}]}\n");
    assert!(err.contains("bad.jsonl line 2:"), "{err}");
    let err = run("{\"id\":\"doc1\",\"quotes\":[{\"start\":\"one\",\"end\":4}]}\n");
    assert!(err.contains("line 1") && err.contains("invalid type"), "{err}");
    let err = run("{\"id\":\"doc1\",\"quotes\":[{\"start\":10,\"end\":500}]}\n");
    assert!(err.contains("document \"doc1\": quote 10..500 is outside the text"), "{err}");
    let err = run("{\"id\":\"other\"}\n");
    assert!(err.contains("have no line (first: \"doc1\")") && err.contains("--export-texts"), "{err}");
    let err = run("");
    assert!(err.contains("no predictions"), "{err}");
    let out = eval(&["quotes", comp_s, "--predictions", dir.join("absent.jsonl").to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot read predictions"));
    // --export-texts scores nothing, so it takes no predictions.
    let out = eval(&["quotes", comp_s, "--export-texts", "x.jsonl", "--predictions", "y.jsonl"]);
    assert_eq!(out.status.code(), Some(2));
    std::fs::remove_dir_all(&dir).ok();
}
