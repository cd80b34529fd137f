// Hostile articles for the security test (tests/e2e/security.mjs): script-injection
// vectors in the style of the OWASP XSS filter evasion cheat sheet, placed in every field
// an article carries — title, body, speakers, outlet, byline, URL, date-like text — in
// all three input formats. Every vector that could run calls `__pwned(tag)`, which the
// test defines and watches; nothing here is ever expected to run.
//
//   import { writeHostileArticles, hostileizeBundle } from "./hostile.mjs";

import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";

/** Markup and template vectors: each one calls `__pwned(tag)` if it ever executes. */
export const VECTORS = [
  `<script>__pwned("script")</script>`,
  `<SCRIPT SRC=data:text/javascript,__pwned("script-src")></SCRIPT>`,
  `<<SCRIPT>__pwned("nested");//<</SCRIPT>`,
  `<scr<script>ipt>__pwned("split")</scr</script>ipt>`,
  `<img src=x onerror=__pwned("img")>`,
  `<IMG SRC=/ onerror="__pwned('img-upper')"></img>`,
  `<img src="x" onerror="&#95;&#95;pwned('img-entities')">`,
  `<svg onload=__pwned("svg")>`,
  `<svg/onload=__pwned("svg-slash")>`,
  `<body onload=__pwned("body")>`,
  `<iframe src="javascript:__pwned('iframe')"></iframe>`,
  `<iframe srcdoc="<script>parent.__pwned('srcdoc')</script>"></iframe>`,
  `"><script>__pwned("break-double")</script>`,
  `'><img src=x onerror=__pwned("break-single")>`,
  `</textarea></title></style><script>__pwned("close-tags")</script>`,
  `<a href="javascript:__pwned('a')">click me</a>`,
  `<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;__pwned('a-entities')">x</a>`,
  `<a href="jav&#x09;ascript:__pwned('a-tab')">x</a>`,
  `<div style="background:url(javascript:__pwned('css'))">styled</div>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=__pwned("mxss")>`,
  `<details open ontoggle=__pwned("details")>`,
  `<input autofocus onfocus=__pwned("focus")>`,
  `<object data="data:text/html,<script>parent.__pwned('object')</script>"></object>`,
  `<embed src="javascript:__pwned('embed')">`,
  `<meta http-equiv="refresh" content="0;url=javascript:__pwned('meta')">`,
  `<base href="javascript:__pwned('base')//">`,
  `<form action="javascript:__pwned('form')"><button>go</button></form>`,
  `{{constructor.constructor('__pwned("template")')()}}`,
  "${__pwned('template-literal')}",
  `<!--<img src="--><img src=x onerror=__pwned("comment")//">`,
  `\u2028<script>__pwned("line-separator")</script>`,
];

/** URL vectors for the `url` field: none of them may become a clickable link. */
export const URL_VECTORS = [
  `javascript:__pwned('url')`,
  ` JaVaScRiPt:__pwned('url-case')`,
  `java\tscript:__pwned('url-tab')`,
  `java\nscript:__pwned('url-newline')`,
  `&#106;avascript:__pwned('url-entity')`,
  `&#x6A;avascript&colon;__pwned('url-hex-entity')`,
  `javascript://example.org/%0a__pwned('url-comment')`,
  `data:text/html;base64,PHNjcmlwdD5fX3B3bmVkKCdkYXRhJyk8L3NjcmlwdD4=`,
  `DATA:text/html,<script>__pwned('data-upper')</script>`,
  `vbscript:msgbox("url-vbs")`,
  `VBScript:msgbox("url-vbs-case")`,
  `\u0001javascript:__pwned('url-control')`,
  `"><img src=x onerror=__pwned("url-break")>`,
];

const pick = (list, i) => list[i % list.length];

/** Writes the hostile articles (.txt, .md, .json) into `dir`; returns how many. */
export async function writeHostileArticles(dir) {
  await mkdir(dir, { recursive: true });
  const jsonArticles = [];
  let n = 0;
  for (let i = 0; i < VECTORS.length; i++) {
    const v = VECTORS[i];
    const w = pick(VECTORS, i + 7);
    // Quotes with attributions, so the vectors also land in quotes, speakers and cues.
    const body =
      `${v} On March ${1 + (i % 27)}, 2025, the council met in Springfield. ` +
      `"${w} is not a quote we accept," said Maria ${"Okafor"} ${i}, a council member. ` +
      `Officials said the vote ${v} would be held on April ${1 + (i % 27)}, 2025. ` +
      `"We will look at it again next week," Okafor said. ${w}\n\n` +
      `The mayor, John Abara, said ${v} that the plan was sound.`;
    const meta = {
      title: `${v} headline ${i}`,
      date: `2025-03-${String(1 + (i % 27)).padStart(2, "0")}`,
      outlet: `${w} Gazette`,
      byline: `${v} Reporter`,
      url: pick(URL_VECTORS, i),
    };
    if (i % 3 === 0) {
      // JSON carries every URL vector exactly, control characters included.
      jsonArticles.push({ ...meta, text: body });
    } else if (i % 3 === 1) {
      const lines = Object.entries(meta).map(([k, val]) => `${k}: ${String(val).replace(/[\r\n\t\u0001]/g, " ")}`);
      await writeFile(join(dir, `hostile-${i}.md`), `---\n${lines.join("\n")}\n---\n${body}\n`);
      n++;
    } else {
      const lines = Object.entries(meta).map(([k, val]) => `${k[0].toUpperCase()}${k.slice(1)}: ${String(val).replace(/[\r\n\t\u0001]/g, " ")}`);
      await writeFile(join(dir, `hostile-${i}.txt`), `${lines.join("\n")}\n\n${body}\n`);
      n++;
    }
  }
  for (const [j, url] of URL_VECTORS.entries()) {
    jsonArticles.push({ title: `URL vector ${j}`, date: "2025-03-10", url, text: `"It was fine," said Ada Nwosu on March 9, 2025. Link test ${j}.` });
  }
  await writeFile(join(dir, "hostile.json"), JSON.stringify({ articles: jsonArticles }, null, 1));
  return n + jsonArticles.length;
}

/**
 * A bundle need not come from our CLI: puts vectors where analysis would never put
 * them — speaker names, entity names and aliases, cue text, quote text, article ids —
 * keeping offsets valid, so the app loads the articles and renders every field.
 */
export function hostileizeBundle(bundle) {
  bundle.articles.forEach((a, i) => {
    a.id = `${a.id}-${pick(VECTORS, i).replace(/[\s]/g, "")}`;
    const an = a.analysis;
    an.quotes.forEach((q, k) => {
      if (q.speaker) q.speaker.name = pick(VECTORS, i + k);
      if (q.cue) q.cue.text = pick(VECTORS, i + k + 3);
      q.text = pick(VECTORS, i + k + 5);
    });
    an.entities.forEach((e, k) => {
      e.name = pick(VECTORS, i + k + 11);
      e.aliases = [pick(VECTORS, i + k + 13)];
    });
    an.events.forEach((e, k) => {
      e.summary = pick(VECTORS, i + k + 17);
    });
  });
  return bundle;
}
