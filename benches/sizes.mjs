// Transfer sizes: raw, gzip -9 and brotli (quality 11) bytes of each file named.
//
//   node benches/sizes.mjs [--brotli-quality Q] FILE...
//
// Prints one JSON object per file on stdout: {"file","raw","gzip","brotli","brotli_quality"}.
// Brotli defaults to quality 11 (what a static host precompresses with); large corpus
// bundles use a lower quality to keep the benchmark short (11 takes minutes on 50 MB).
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

let files = process.argv.slice(2);
let quality = 11;
if (files[0] === '--brotli-quality') { quality = Number(files[1]); files = files.slice(2); }
for (const file of files) {
  const data = readFileSync(file);
  const gzip = gzipSync(data, { level: 9 }).length;
  const brotli = brotliCompressSync(data, {
    params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
  }).length;
  console.log(JSON.stringify({ file, raw: data.length, gzip, brotli, brotli_quality: quality }));
}
