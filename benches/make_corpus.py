#!/usr/bin/env python3
"""Builds the benchmark corpora from ../shared/bench at benchmark time (never committed).

    python3 benches/make_corpus.py DATA_DIR OUT_DIR SIZE [SIZE...]

Sources, all plain news text:
  - PolNeAR train + dev  (polnear/data/{train,dev}/text/*.txt; dates and titles from
    polnear/data/metadata.tsv)
  - TempEval-3 TBAQ-cleaned TimeBank + AQUAINT (*.tml: the <TEXT> element with its
    TimeML tags removed; the date from <DCT>, the title from <TITLE> when present)
GUM and MEANTIME are skipped: they are stored one token per line, not as running text.

For each SIZE it writes OUT_DIR/SIZE/articles/NNNNN.txt (the crate's plain-text format:
`Title:` / `Date:` / `Source:` lines, a blank line, the body) and OUT_DIR/SIZE/texts.jsonl
(one {"id","date","title","text"} per article, `text` byte-identical to the body), so
native, wasm and peer benchmarks read the same texts. The articles are shuffled with a
fixed seed (so every size mixes sources); when a size needs more articles than the data
holds, the list repeats with the publication date moved by a few weeks per round.
Rebuilding is skipped when OUT_DIR/SIZE/STAMP matches.
"""

import datetime
import hashlib
import html
import json
import os
import random
import re
import shutil
import sys

STAMP_VERSION = "corpus/2"


def polnear(data):
    root = os.path.join(data, "polnear", "data")
    meta = {}
    tsv = os.path.join(root, "metadata.tsv")
    if os.path.exists(tsv):
        with open(tsv, encoding="utf-8") as f:
            header = f.readline().rstrip("\n").split("\t")
            for line in f:
                row = dict(zip(header, line.rstrip("\n").split("\t")))
                meta[row.get("filename", "")] = row
    for part in ("train", "dev"):
        d = os.path.join(root, part, "text")
        if not os.path.isdir(d):
            continue
        for name in sorted(os.listdir(d)):
            if not name.endswith(".txt"):
                continue
            with open(os.path.join(d, name), encoding="utf-8") as f:
                text = f.read()
            row = meta.get(name[:-4], {})
            date = row.get("publication_date") or date_in(name)
            yield {"origin": f"polnear/{part}/{name}", "date": date, "title": row.get("title"),
                   "outlet": row.get("publisher"), "text": text}


def date_in(name):
    m = re.search(r"(\d{4}-\d{2}-\d{2})", name)
    return m.group(1) if m else None


TAG = re.compile(r"<[^>]+>")


def tempeval(data):
    root = os.path.join(data, "tempeval3", "TBAQ-cleaned")
    for part in ("TimeBank", "AQUAINT"):
        d = os.path.join(root, part)
        if not os.path.isdir(d):
            continue
        for name in sorted(os.listdir(d)):
            if not name.endswith(".tml"):
                continue
            with open(os.path.join(d, name), encoding="utf-8") as f:
                xml = f.read()
            m = re.search(r"<TEXT>(.*?)</TEXT>", xml, re.S)
            if not m:
                continue
            text = html.unescape(TAG.sub("", m.group(1))).strip() + "\n"
            dct = re.search(r"<DCT>.*?value=\"(\d{4}-\d{2}-\d{2})", xml, re.S)
            title = re.search(r"<TITLE>(.*?)</TITLE>", xml, re.S)
            yield {"origin": f"tempeval3/{part}/{name}", "date": dct.group(1) if dct else None,
                   "title": html.unescape(TAG.sub("", title.group(1))).strip() if title else None,
                   "outlet": None, "text": text}


def one_line(value):
    return " ".join((value or "").split())


def write_size(docs, size, out, stamp):
    target = os.path.join(out, str(size))
    stamp_file = os.path.join(target, "STAMP")
    if os.path.exists(stamp_file) and open(stamp_file).read() == stamp:
        print(f"corpus {size}: up to date ({target})")
        return
    shutil.rmtree(target, ignore_errors=True)
    os.makedirs(os.path.join(target, "articles"))
    total = 0
    with open(os.path.join(target, "texts.jsonl"), "w", encoding="utf-8") as jl:
        for i in range(size):
            doc = docs[i % len(docs)]
            rnd = i // len(docs)
            date = doc["date"]
            if date and rnd:
                # Repeats get later dates: 5 weeks per round, so timelines spread out.
                d = datetime.date.fromisoformat(date) + datetime.timedelta(days=35 * rnd)
                date = d.isoformat()
            title = one_line(doc["title"])
            header = ""
            if title:
                header += f"Title: {title}\n"
            if date:
                header += f"Date: {date}\n"
            header += f"Source: {one_line(doc['outlet']) or doc['origin'].split('/')[0]}\n\n"
            aid = f"{i:05d}"
            with open(os.path.join(target, "articles", aid + ".txt"), "w", encoding="utf-8") as f:
                f.write(header + doc["text"])
            jl.write(json.dumps({"id": aid, "date": date, "title": title, "origin": doc["origin"],
                                 "text": doc["text"]}, ensure_ascii=False) + "\n")
            total += len(doc["text"].encode("utf-8"))
    with open(stamp_file, "w") as f:
        f.write(stamp)
    print(f"corpus {size}: {size} articles, {total / 1e6:.1f} MB of text ({target})")


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    data, out, sizes = sys.argv[1], sys.argv[2], [int(s) for s in sys.argv[3:]]
    docs = [d for d in list(polnear(data)) + list(tempeval(data)) if d["text"].strip()]
    if not docs:
        sys.exit(f"make_corpus: no PolNeAR or TempEval-3 texts found under {data}")
    # Plain-text bodies must not begin with something the crate reads as a metadata line.
    for d in docs:
        d["text"] = d["text"].lstrip("\ufeff")
    random.Random(7).shuffle(docs)
    digest = hashlib.sha256()
    for d in docs:
        digest.update(d["origin"].encode())
        digest.update(d["text"].encode())
    print(f"corpus sources: {len(docs)} articles "
          f"({sum(d['origin'].startswith('polnear') for d in docs)} PolNeAR, "
          f"{sum(d['origin'].startswith('tempeval3') for d in docs)} TempEval-3)")
    for size in sizes:
        write_size(docs, size, out, f"{STAMP_VERSION} {digest.hexdigest()} {size}\n")


if __name__ == "__main__":
    main()
