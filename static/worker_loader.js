// Starts the analysis worker (src/bin/worker.rs, built by trunk as worker.js and
// worker_bg.wasm). Instead of trunk's loader shim: a module that fails to load (a broken
// or missing worker_bg.wasm) is rethrown as an uncaught error, so that the page's
// `onerror` fails the batch's files at once rather than waiting for "ready" forever.
importScripts("./worker.js");
wasm_bindgen("./worker_bg.wasm").catch((e) => setTimeout(() => { throw e; }));
