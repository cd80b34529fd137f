// Applies the reader's chosen theme before the app starts, so the page does not flash.
// A file rather than an inline script: the app runs under `script-src 'self'`.
try {
  var t = localStorage.getItem("article-explorer.theme");
  if (t === "light" || t === "dark") document.documentElement.setAttribute("data-theme", t);
} catch (e) {}
