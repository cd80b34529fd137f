// Starts the app: imports the wasm-bindgen glue and instantiates the wasm module.
// trunk would inject this as an inline module script, which a strict Content-Security-
// Policy (`script-src 'self' 'wasm-unsafe-eval'`) blocks; Trunk.toml's `pattern_script`
// instead loads this file and passes the hashed file names in data attributes.
const me = document.querySelector("script[data-wasm][data-js]");
const bindings = await import(me.dataset.js);
const wasm = await bindings.default({ module_or_path: me.dataset.wasm });
window.wasmBindings = bindings;
dispatchEvent(new CustomEvent("TrunkApplicationStarted", { detail: { wasm } }));
