// Transfer sizes: raw, gzip -9 and brotli (quality 11) bytes of each file named.
//
//   node benches/sizes.mjs FILE...
//
// Prints one JSON object per file on stdout: {"file","raw","gzip","brotli"}.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

for (const file of process.argv.slice(2)) {
  const data = readFileSync(file);
  const gzip = gzipSync(data, { level: 9 }).length;
  const brotli = brotliCompressSync(data, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
  }).length;
  console.log(JSON.stringify({ file, raw: data.length, gzip, brotli }));
}
