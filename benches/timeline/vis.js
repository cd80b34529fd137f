// vis-timeline given the corpus bundle's events (one group per article, as the explorer's
// article lanes), timed like the explorer by benches/timeline.mjs: window.__visReady
// holds { events, render_ms } once the first render has painted.
const DAY = 86400000;

// An event's TIMEX3 date as [start, end) in ms: days, months, years, decades (the rest skipped).
function period(value) {
  let m;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value))) {
    const s = Date.UTC(+m[1], +m[2] - 1, +m[3]);
    return [s, null];
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) return [Date.UTC(+m[1], +m[2] - 1, 1), Date.UTC(+m[1], +m[2], 1)];
  if ((m = /^(\d{4})$/.exec(value))) return [Date.UTC(+m[1], 0, 1), Date.UTC(+m[1] + 1, 0, 1)];
  if ((m = /^(\d{3})$/.exec(value))) return [Date.UTC(+m[1] * 10, 0, 1), Date.UTC(+m[1] * 10 + 10, 0, 1)];
  return null;
}

const bundle = await (await fetch(new URLSearchParams(location.search).get('src'))).json();
const items = [];
const groups = [];
bundle.articles.forEach((a, gi) => {
  groups.push({ id: gi, content: a.title || a.id });
  (a.analysis?.events || []).forEach((ev, ei) => {
    const p = period(ev.date || '');
    if (!p || Number.isNaN(p[0])) return;
    const item = { id: `${gi}-${ei}`, group: gi, start: new Date(p[0]), content: (ev.summary || '').slice(0, 60) };
    if (p[1]) { item.end = new Date(p[1]); item.type = 'range'; } else { item.type = 'point'; }
    items.push(item);
  });
});
window.__visData = { events: items.length, groups: groups.length };
const t0 = performance.now();
const timeline = new vis.Timeline(document.getElementById('tl'), new vis.DataSet(items), new vis.DataSet(groups),
  { stack: true, height: '900px', zoomMin: 2 * DAY });
window.__timeline = timeline;
const built = performance.now();
requestAnimationFrame(() => requestAnimationFrame(() => {
  window.__visReady = { events: items.length, groups: groups.length, construct_ms: built - t0, render_ms: performance.now() - t0 };
}));
