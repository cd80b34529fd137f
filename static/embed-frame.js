// The iframe route (embed.html): one explorer filling the frame, telling the parent
// page its height so the frame can fit its content.
//
// Messages to the parent (postMessage; targetOrigin is ?parentOrigin= when given):
//   { source: "article-explorer", type: "resize", id, height }   height in CSS pixels
//   { source: "article-explorer", type: "ready" | "error" | "select" | "filter", id, detail }
// `id` is the frame's ?id= (so a parent with several frames can tell them apart).
// The parent must check event.origin (and event.source) before trusting a message.

import { mount } from "./article-explorer.js";

const params = new URLSearchParams(location.search);
const id = params.get("id") || "";
const target = params.get("parentOrigin") || "*";
const host = document.getElementById("explorer");

function post(type, data) {
  if (window.parent !== window) window.parent.postMessage({ source: "article-explorer", type, id, ...data }, target);
}

let last = -1;
new ResizeObserver(() => {
  const height = Math.ceil(host.getBoundingClientRect().height);
  if (height !== last) post("resize", { height: (last = height) });
}).observe(host);

for (const type of ["ready", "error", "select", "filter"]) {
  host.addEventListener(type, (e) => post(type, { detail: e.detail }));
}

mount(host, {
  src: params.get("src") || "corpus.json",
  view: params.get("view") || undefined,
  theme: params.get("theme") || undefined,
}).catch((e) => {
  host.textContent = `Article Explorer could not start: ${e?.message ?? e}`;
  post("error", { detail: { message: String(e?.message ?? e) } });
});
