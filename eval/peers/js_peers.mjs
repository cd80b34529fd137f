// JavaScript peers for the side-by-side evaluation (scripts/eval-peers.sh). Like
// peers.py: reads the texts our scorer reads (`article-explorer eval ... --export-texts`)
// and writes each peer's output in the analysis schema, one {"id", ...} a line, with
// offsets in code points (JavaScript's string indices are UTF-16 units: converted).
//
//   node js_peers.mjs PEER TEXTS.jsonl OUT.jsonl
//
// PEER:
//   chrono             chrono.parse(text, publication date) (chrono-node's English casual
//                      parser). The value is the start date at the precision chrono is
//                      certain of (isCertain: year, month, day, hour): 2025-03-18,
//                      2025-03, 2025, 2025-03-18T15:00. chrono gives no TIMEX3 types.
//   compromise         compromise + compromise-dates: doc.dates({today}) (DATE, or TIME
//                      for hour/minute units; value at the unit the plugin reports: day,
//                      week, month, quarter, season, year), doc.durations() (DURATION,
//                      P…), repeating dates (SET, value from the interval). Its own typing.
//   compromise-ner     doc.people() PERSON, doc.organizations() ORG, doc.places() PLACE.
import { readFileSync, writeFileSync } from 'node:fs';
import * as chrono from 'chrono-node';
import nlp from 'compromise';
import datesPlugin from 'compromise-dates';

nlp.plugin(datesPlugin);

const [peer, input, output] = process.argv.slice(2);
if (!peer || !input || !output) {
  console.error('usage: node js_peers.mjs chrono|compromise|compromise-ner TEXTS.jsonl OUT.jsonl');
  process.exit(2);
}
const docs = readFileSync(input, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));

/** UTF-16 index → code-point index, for one text. */
function codePoints(text) {
  const map = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = cp;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      map[i + 1] = cp;
      i++;
    }
    cp++;
  }
  map[text.length] = cp;
  return (i) => map[Math.max(0, Math.min(i, text.length))];
}

/** The span without surrounding spaces and punctuation (UTF-16 indices). */
function trim(text, start, end) {
  const word = /[\p{L}\p{N}]/u;
  while (start < end && !word.test(text[start])) start++;
  while (end > start && !word.test(text[end - 1])) end--;
  return [start, end];
}

const pad = (n, w = 2) => String(n).padStart(w, '0');

function chronoPeer(d) {
  const ref = d.published ? new Date(`${d.published}T12:00:00Z`) : undefined;
  const cp = codePoints(d.text);
  const timexes = [];
  for (const r of chrono.parse(d.text, ref)) {
    const [s, e] = trim(d.text, r.index, r.index + r.text.length);
    if (s >= e) continue;
    const c = r.start;
    const y = c.get('year'), m = c.get('month'), day = c.get('day');
    let value;
    if (c.isCertain('hour')) value = `${y}-${pad(m)}-${pad(day)}T${pad(c.get('hour'))}:${pad(c.get('minute') ?? 0)}`;
    else if (c.isCertain('day') || c.isCertain('weekday')) value = `${y}-${pad(m)}-${pad(day)}`;
    else if (c.isCertain('month')) value = `${y}-${pad(m)}`;
    else value = `${y}`;
    timexes.push({ start: cp(s), end: cp(e), value });
  }
  return { id: d.id, timexes };
}

/** A TIMEX3 value for a compromise-dates start and unit. */
function dateValue(startIso, unit) {
  const [date, time] = startIso.split('T');
  const [y, m, day] = date.split('-');
  switch (unit) {
    case 'year': return y;
    case 'decade': return y.slice(0, 3);
    case 'century': return y.slice(0, 2);
    case 'quarter': return `${y}-Q${Math.floor((Number(m) - 1) / 3) + 1}`;
    case 'season': {
      const s = { '03': 'SP', '06': 'SU', '09': 'FA', '12': 'WI' }[m];
      return s ? `${y}-${s}` : `${y}-${m}`;
    }
    case 'month': return `${y}-${m}`;
    case 'week': {
      const t = new Date(Date.UTC(Number(y), Number(m) - 1, Number(day)));
      const dow = (t.getUTCDay() + 6) % 7;
      t.setUTCDate(t.getUTCDate() - dow + 3);
      const wy = t.getUTCFullYear();
      const w1 = new Date(Date.UTC(wy, 0, 4));
      const week = 1 + Math.round(((t - w1) / 86400000 - 3 + ((w1.getUTCDay() + 6) % 7)) / 7);
      return `${wy}-W${pad(week)}`;
    }
    case 'hour': case 'minute': return `${date}T${time.slice(0, 5)}`;
    default: return date;
  }
}

const DURATION_UNITS = [['year', 'Y'], ['month', 'M'], ['week', 'W'], ['day', 'D']];
const TIME_UNITS = [['hour', 'H'], ['minute', 'M'], ['second', 'S']];

function durationValue(d) {
  let v = 'P';
  for (const [k, u] of DURATION_UNITS) if (d[k]) v += `${d[k]}${u}`;
  let t = '';
  for (const [k, u] of TIME_UNITS) if (d[k]) t += `${d[k]}${u}`;
  if (t) v += `T${t}`;
  return v === 'P' ? 'PXD' : v;
}

/** compromise-dates' expressions in `text`, UTF-16 indices; throws when the plugin does. */
function compromiseTimexes(text, published) {
  const doc = nlp(text);
  const found = [];
  const push = (offset, type, value) => {
    const [s, e] = trim(text, offset.start, offset.start + offset.length);
    if (s < e) found.push({ start: s, end: e, type, value });
  };
  const opts = published ? { today: published, timezone: 'UTC' } : { timezone: 'UTC' };
  for (const r of doc.dates(opts).json({ offset: true })) {
    const info = r.dates || {};
    if (info.repeat) {
      const [unit, n] = Object.entries(info.repeat.interval || { day: 1 })[0];
      const u = { year: 'Y', month: 'M', week: 'W', day: 'D', hour: 'H' }[unit] || 'D';
      push(r.offset, 'SET', unit === 'hour' ? `PT${n}H` : `P${n}${u}`);
    } else if (info.start) {
      const type = info.unit === 'hour' || info.unit === 'minute' ? 'TIME' : 'DATE';
      push(r.offset, type, dateValue(info.start, info.unit));
    }
  }
  for (const r of doc.durations().json({ offset: true })) push(r.offset, 'DURATION', durationValue(r.duration || {}));
  return found;
}

let compromiseFailures = 0;
let compromiseLinesLost = 0;

function compromisePeer(d) {
  const cp = codePoints(d.text);
  let timexes;
  try {
    timexes = compromiseTimexes(d.text, d.published);
  } catch {
    // compromise-dates throws on some documents (e.g. "t.isValid is not a function"):
    // then one line at a time, so a bad line costs that line only.
    compromiseFailures++;
    timexes = [];
    let pos = 0;
    for (const line of d.text.split('\n')) {
      try {
        for (const t of compromiseTimexes(line, d.published)) timexes.push({ ...t, start: t.start + pos, end: t.end + pos });
      } catch {
        compromiseLinesLost++;
      }
      pos += line.length + 1;
    }
  }
  timexes.sort((a, b) => a.start - b.start || a.end - b.end);
  // A duration inside a date match ("two days ago") is one expression: keep the first.
  const kept = [];
  for (const t of timexes) {
    const last = kept[kept.length - 1];
    if (last && t.start < last.end) continue;
    kept.push({ ...t, start: cp(t.start), end: cp(t.end) });
  }
  return { id: d.id, timexes: kept };
}

function compromiseNer(d) {
  const cp = codePoints(d.text);
  const doc = nlp(d.text);
  const entities = [];
  for (const [kind, view] of [['PERSON', doc.people()], ['ORG', doc.organizations()], ['PLACE', doc.places()]]) {
    for (const r of view.json({ offset: true })) {
      const [s, e] = trim(d.text, r.offset.start, r.offset.start + r.offset.length);
      if (s < e) entities.push({ type: kind, mentions: [{ start: cp(s), end: cp(e) }] });
    }
  }
  return { id: d.id, entities };
}

const PEERS = { chrono: chronoPeer, compromise: compromisePeer, 'compromise-ner': compromiseNer };
const run = PEERS[peer];
if (!run) {
  console.error(`js_peers: unknown peer ${peer} (chrono, compromise, compromise-ner)`);
  process.exit(2);
}
const t0 = performance.now();
const out = docs.map(run);
if (compromiseFailures) {
  console.error(`js_peers: compromise-dates threw on ${compromiseFailures} documents; ` +
    `run line by line there, ${compromiseLinesLost} lines still threw and count as finding nothing`);
}
writeFileSync(output, out.map((r) => JSON.stringify(r)).join('\n') + '\n');
console.error(`js_peers: ${peer}: ${docs.length} documents in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
