//! The command-line tool, driven as a user would: real files, exit codes, JSON Lines.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

use serde_json::Value;

fn cli() -> Command {
    Command::new(env!("CARGO_BIN_EXE_article-explorer"))
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("ae-cli-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn json_lines(stdout: &[u8]) -> Vec<Value> {
    String::from_utf8_lossy(stdout).lines().map(|l| serde_json::from_str(l).expect("each line is JSON")).collect()
}

#[test]
fn analyze_prints_one_record_per_article_in_the_documented_schema() {
    let out = cli().args(["analyze", "samples/000_25ef3079c59d7f51.txt"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let records = json_lines(&out.stdout);
    assert_eq!(records.len(), 1);
    let r = &records[0];
    assert_eq!(r["schema"], "article-explorer.analysis/1");
    assert_eq!(r["source"], "samples/000_25ef3079c59d7f51.txt");
    assert_eq!(r["published"], "2025-03-17");
    assert!(r["title"].as_str().is_some_and(|t| t.contains("Trump")));
    for key in ["sentences", "quotes", "timexes", "events", "entities"] {
        assert!(r[key].is_array(), "{key} missing");
    }
}

#[test]
fn a_bad_file_is_reported_and_the_others_still_analysed() {
    let dir = temp_dir("batch");
    std::fs::write(dir.join("good.txt"), "Putin spoke.").unwrap();
    std::fs::write(dir.join("bad.txt"), b"caf\xe9").unwrap();
    std::fs::write(dir.join("empty.txt"), b"").unwrap();
    std::fs::write(dir.join("also-good.md"), "---\ntitle: T\ndate: 2025-03-17\n---\nTrump spoke.").unwrap();
    let out = cli().arg("analyze").arg(&dir).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let records = json_lines(&out.stdout);
    assert_eq!(records.len(), 2);
    assert_eq!(records[0]["published"], "2025-03-17");
    assert_eq!(records[0]["title"], "T");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("bad.txt: invalid UTF-8 at byte 3"), "{stderr}");
    assert!(stderr.contains("empty.txt: the file is empty"), "{stderr}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn date_option_overrides_and_is_validated() {
    let out = cli().args(["analyze", "--date", "2016-09-30", "samples/000_25ef3079c59d7f51.txt"]).output().unwrap();
    assert!(out.status.success());
    assert_eq!(json_lines(&out.stdout)[0]["published"], "2016-09-30");
    let out = cli().args(["analyze", "--date", "30/09/2016", "x.txt"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("is not a date of the form YYYY-MM-DD"));
}

#[test]
fn a_date_in_the_file_name_anchors_an_undated_article() {
    let dir = temp_dir("named");
    let file = dir.join("2015-11-07-jobs-report.txt");
    std::fs::write(&file, "The report came out on Friday.").unwrap();
    let out = cli().arg("analyze").arg(&file).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let r = &json_lines(&out.stdout)[0];
    assert_eq!(r["published"], "2015-11-07");
    assert_eq!(r["timexes"][0]["value"], "2015-11-06", "Friday is the day before Saturday 7 November");
    // --date still overrides it.
    let out = cli().args(["analyze", "--date", "2016-01-02"]).arg(&file).output().unwrap();
    assert_eq!(json_lines(&out.stdout)[0]["published"], "2016-01-02");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn standard_input_and_code_point_offsets() {
    let text = "“Ünïcode” — 日本. Second sentence here.";
    let mut child = cli().args(["analyze", "-"]).stdin(Stdio::piped()).stdout(Stdio::piped()).spawn().unwrap();
    child.stdin.take().unwrap().write_all(text.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let r = &json_lines(&out.stdout)[0];
    let chars = text.chars().count() as u64;
    let last = r["sentences"].as_array().unwrap().last().unwrap();
    assert_eq!(last["end"].as_u64(), Some(chars), "offsets count code points, not bytes");
}

#[test]
fn usage_errors_exit_2_with_help() {
    for args in [&["frobnicate"][..], &[], &["analyze"], &["analyze", "--bogus", "x"], &["build-corpus", "samples"]] {
        let out = cli().args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(String::from_utf8_lossy(&out.stderr).contains("USAGE:"), "{args:?}");
    }
}

#[test]
fn build_corpus_writes_a_bundle_and_check_detects_staleness() {
    let dir = temp_dir("bundle");
    let out_file = dir.join("corpus.json");
    let out = cli().args(["build-corpus", "samples", "--quiet", "-o"]).arg(&out_file).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let bundle: Value = serde_json::from_str(&std::fs::read_to_string(&out_file).unwrap()).unwrap();
    assert_eq!(bundle["schema"], "article-explorer.corpus/1");
    assert_eq!(bundle["articles"][0]["id"], "000-25ef3079c59d7f51");
    let check = || cli().args(["build-corpus", "samples", "--check", "--quiet", "-o"]).arg(&out_file).output().unwrap();
    assert!(check().status.success());
    std::fs::write(&out_file, "{}").unwrap();
    let stale = check();
    assert_eq!(stale.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&stale.stderr).contains("is out of date"));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn build_corpus_shards_writes_an_index_and_shard_merges_partitions() {
    let dir = temp_dir("shards");
    let articles = dir.join("articles");
    std::fs::create_dir_all(&articles).unwrap();
    for (i, date) in ["2024-01-05", "2024-02-10", "2024-03-15", "2024-04-20"].iter().enumerate() {
        let body =
            format!("Title: Report {i}\nDate: {date}\n\n\"We stay,\" said Ana Ruiz on Monday. Talks {i} resumed.\n");
        std::fs::write(articles.join(format!("{i}.txt")), body).unwrap();
    }
    let sharded = dir.join("sharded");
    let out = cli()
        .args(["build-corpus", "--quiet", "--shard-size", "2", "--shards"])
        .arg(&sharded)
        .arg(&articles)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let index: Value = serde_json::from_str(&std::fs::read_to_string(sharded.join("index.json")).unwrap()).unwrap();
    assert_eq!(index["schema"], "article-explorer.shards/1");
    assert_eq!(index["articles"], 4);
    assert_eq!(index["shards"].as_array().unwrap().len(), 2);
    assert_eq!(index["shards"][0]["from"], "2024-01-05");
    assert_eq!(index["shards"][1]["to"], "2024-04-20");
    let first: Value = serde_json::from_str(
        &std::fs::read_to_string(sharded.join(index["shards"][0]["file"].as_str().unwrap())).unwrap(),
    )
    .unwrap();
    assert_eq!(first["schema"], "article-explorer.corpus/1", "a shard is a plain bundle");
    // The whole bundle is kept beside the folder; `shard` merges it with itself (two
    // partitions with the same ids) into eight articles with unique ids.
    let bundle = dir.join("sharded.bundle.json");
    assert!(bundle.exists());
    let merged = dir.join("merged");
    let out = cli().args(["shard", "--quiet", "-o"]).arg(&merged).arg(&bundle).arg(&bundle).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let index: Value = serde_json::from_str(&std::fs::read_to_string(merged.join("index.json")).unwrap()).unwrap();
    assert_eq!(index["articles"], 8);
    // Usage errors say what to do.
    for (args, says) in [
        (vec!["build-corpus", "samples", "--shard-size", "2", "-o", "x.json"], "--shard-size goes with --shards"),
        (vec!["build-corpus", "samples", "--check", "--shards", "x"], "--check takes a bundle"),
        (vec!["shard", "x.json"], "shard needs -o DIR"),
        (vec!["build-corpus", "samples", "--shards", "x", "--shard-size", "many"], "--shard-size needs a number"),
    ] {
        let out = cli().args(&args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(
            String::from_utf8_lossy(&out.stderr).contains(says),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let out = cli().args(["shard", "-o"]).arg(dir.join("x")).arg(dir.join("missing.json")).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("missing.json: cannot read"));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn eval_without_data_fails_clearly() {
    let out = cli().args(["eval", "quotes", "/nonexistent/polnear"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("/nonexistent/polnear"));
}

#[test]
fn export_html_inlines_the_built_app_and_the_corpus_in_one_file() {
    let dir = temp_dir("export");
    let dist = dir.join("dist");
    std::fs::create_dir_all(&dist).unwrap();
    let out = dir.join("explorer.html");
    // Without a built app: a clear error, exit 1, nothing written.
    let missing =
        cli().args(["export-html", "static/corpus.json", "--dist"]).arg(&dist).arg("-o").arg(&out).output().unwrap();
    assert_eq!(missing.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("trunk build --release"));
    assert!(!out.exists());
    // A stand-in for trunk's output (the real one is exercised by tests/e2e/embed.mjs).
    std::fs::write(dist.join("app_bg.wasm"), b"\0asm\x01\0\0\0").unwrap();
    std::fs::write(dist.join("app.js"), "export default async function init() {}").unwrap();
    std::fs::write(dist.join("app.css"), ".panel { color: red }").unwrap();
    let ok =
        cli().args(["export-html", "static/corpus.json", "--dist"]).arg(&dist).arg("-o").arg(&out).output().unwrap();
    assert!(ok.status.success(), "{}", String::from_utf8_lossy(&ok.stderr));
    assert!(String::from_utf8_lossy(&ok.stderr).contains("KB"), "the size is reported");
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(html.contains(".panel { color: red }"));
    assert!(html.contains("AGFzbQEAAAA="), "the wasm, base64");
    let corpus = std::fs::read_to_string("static/corpus.json").unwrap();
    let inlined = format!(r#"<script type="application/json" id="article-explorer-corpus">{corpus}</script>"#);
    assert!(html.contains(&inlined), "the corpus, as written");
    assert!(!html.contains("src=\"") && !html.contains("href=\""), "nothing is fetched");
    // Not a bundle: refused.
    let bad = cli()
        .args(["export-html", "samples/000_25ef3079c59d7f51.txt", "--dist"])
        .arg(&dist)
        .arg("-o")
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&bad.stderr).contains("not a corpus bundle"),
        "{}",
        String::from_utf8_lossy(&bad.stderr)
    );
    std::fs::remove_dir_all(&dir).unwrap();
}
