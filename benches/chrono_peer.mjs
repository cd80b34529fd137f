// chrono-node (npm) finding dates, for the analysis-throughput benchmark.
//
//   node benches/chrono_peer.mjs TEXTS.jsonl [--limit N] [--budget SECONDS]
//
// Calls chrono.parse(text, publicationDate) (the English casual parser, chrono's
// default) once per article, in file order, until N are done or the budget is spent.
// One warm-up article is not timed. Prints one JSON object like benches/peers.py.
import { readFileSync } from 'node:fs';
import * as chrono from 'chrono-node';

const args = process.argv.slice(2);
const file = args[0];
let limit = Infinity;
let budget = 60;
for (let i = 1; i < args.length; i += 2) {
  if (args[i] === '--limit') limit = Number(args[i + 1]);
  else if (args[i] === '--budget') budget = Number(args[i + 1]);
  else { console.error(`chrono_peer: unknown argument ${args[i]}`); process.exit(2); }
}
const docs = readFileSync(file, 'utf8').split('\n').filter(Boolean).slice(0, limit).map((l) => JSON.parse(l));
if (docs.length === 0) { console.error(`chrono_peer: ${file} holds no articles`); process.exit(1); }
const refDate = (d) => (d.date ? new Date(`${d.date}T12:00:00Z`) : undefined);

chrono.parse(docs[0].text, refDate(docs[0])); // warm-up
let done = 0, found = 0, bytes = 0, sink = 0;
const start = performance.now();
for (const d of docs) {
  found += chrono.parse(d.text, refDate(d)).length;
  bytes += Buffer.byteLength(d.text, 'utf8');
  done += 1;
  if ((performance.now() - start) / 1000 > budget) break;
}
// Small inputs finish in microseconds: repeat them until the loop lasts a second.
let seconds = (performance.now() - start) / 1000;
let passes = 1;
while (seconds < 1) {
  for (const d of docs.slice(0, done)) sink += chrono.parse(d.text, refDate(d)).length;
  passes += 1;
  seconds = (performance.now() - start) / 1000;
}
const perPass = seconds / passes;
console.log(JSON.stringify({
  peer: 'chrono-node', docs: done, bytes, seconds: perPass, passes,
  docs_per_s: done / perPass, mb_per_s: bytes / 1e6 / perPass, found, sink,
}));
