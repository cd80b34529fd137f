//! The timeline: events placed on a day axis, the visible window, ticks, lanes, clusters.
//!
//! Positions are **days**: [`day`] counts days from 1 January of year 1 (negative before
//! it), so BCE dates and the far future place like any other. An event covers its whole
//! period ([`crate::analysis::events::period_of`]): a month-level date is drawn as a
//! bar across its month, a day-level one as a point. [`layout`] turns items into marks
//! for one pixel width, drawing only what is visible and merging points closer than
//! [`CLUSTER_PX`] into clusters that split apart as the reader zooms in.
//!
//! ```
//! use article_explorer::view::timeline::{day, ticks, Step, Window};
//! let march = |d| day(chrono::NaiveDate::from_ymd_opt(2025, 3, d).unwrap()) as f64;
//! let (step, ticks) = ticks(Window { start: march(12), end: march(20) }, 800.0);
//! assert_eq!(step, Step::Days(1));
//! assert!(ticks.iter().any(|t| t.label == "17 Mar"));
//! ```

use std::collections::HashMap;
use std::ops::Range;

use chrono::{Datelike, NaiveDate};

use super::corpus::{speaker_name, Corpus};
use super::year_label;
use crate::analysis::events::period_of;
use crate::model::Granularity;

/// Points closer than this many pixels (in one lane) merge into a cluster.
pub const CLUSTER_PX: f64 = 26.0;
/// Items at least this wide (pixels) are drawn as bars rather than points.
pub const SPAN_MIN_PX: f64 = 10.0;
/// Narrowest window, in days.
pub const MIN_DAYS: f64 = 2.0;
/// Widest window, in days (about 20,000 years).
pub const MAX_DAYS: f64 = 365.2425 * 20_000.0;
/// Bar rows per lane before bars start to overlap.
pub const BAR_ROWS: usize = 3;

/// Days from 0001-01-01 (day 1) — negative before the common era.
pub fn day(date: NaiveDate) -> i64 {
    i64::from(date.num_days_from_ce())
}

/// The date of a day number, when chrono can represent it.
pub fn date_of(day: i64) -> Option<NaiveDate> {
    i32::try_from(day).ok().and_then(NaiveDate::from_num_days_from_ce_opt)
}

/// One event, placed.
#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    /// Index of the article.
    pub article: usize,
    /// Index of the event in the article's analysis.
    pub event: usize,
    /// Sentence the event comes from.
    pub sentence: usize,
    /// First day covered.
    pub start: i64,
    /// Last day covered (inclusive).
    pub end: i64,
    /// How precise the date is.
    pub granularity: Granularity,
    /// Whether the date has unknown parts (`2025-03-XX`): drawn as uncertain.
    pub uncertain: bool,
    /// The TIMEX3 value.
    pub date: String,
    /// The summary shown as label.
    pub label: String,
    /// Speakers quoted in the event's sentence.
    pub speakers: Vec<String>,
    /// Entities named in the event's sentence.
    pub entities: Vec<String>,
}

impl Item {
    /// "18 March 2025", "March 2025", "2025", "1990s", "500 BCE" — as wide as the date is known.
    pub fn date_label(&self) -> String {
        let Some(first) = date_of(self.start) else { return self.date.clone() };
        let month = super::MONTHS[first.month0() as usize];
        match self.granularity {
            Granularity::Day | Granularity::Time => super::long_date(first),
            Granularity::Month => format!("{month} {}", year_label(first.year())),
            Granularity::Year => year_label(first.year()),
            Granularity::Decade => format!("{}s", first.year()),
            Granularity::Century => format!("{}00s", first.year() / 100),
            Granularity::Week | Granularity::Season => {
                let last = date_of(self.end).map_or_else(String::new, super::long_date);
                format!("{} – {last}", super::long_date(first))
            }
        }
    }
}

/// Every event of the corpus that has a calendar period, sorted by start.
pub fn items(corpus: &Corpus) -> Vec<Item> {
    let mut out = Vec::new();
    for (ai, doc) in corpus.articles.iter().enumerate() {
        let a = &doc.analysis;
        for (ei, ev) in a.events.iter().enumerate() {
            let Some((first, last)) = period_of(&ev.date) else { continue };
            let mut speakers: Vec<String> = Vec::new();
            for q in ev.quotes.iter().filter_map(|&q| a.quotes.get(q)) {
                let name = speaker_name(q).to_string();
                if !speakers.contains(&name) {
                    speakers.push(name);
                }
            }
            let mut entities: Vec<String> = Vec::new();
            for e in ev.entities.iter().filter_map(|&e| a.entities.get(e)) {
                if !entities.contains(&e.name) {
                    entities.push(e.name.clone());
                }
            }
            out.push(Item {
                article: ai,
                event: ei,
                sentence: ev.sentence,
                start: day(first),
                end: day(last),
                granularity: ev.granularity,
                uncertain: ev.date.contains('X'),
                date: ev.date.clone(),
                label: ev.summary.clone(),
                speakers,
                entities,
            });
        }
    }
    super::sort_by(&mut out, |a, b| (a.start, a.end, a.article, a.event).cmp(&(b.start, b.end, b.article, b.event)));
    out
}

/// What the timeline's lanes group by.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum LaneMode {
    /// One lane per article.
    #[default]
    Article,
    /// One lane per quoted speaker.
    Speaker,
    /// One lane per entity named.
    Entity,
}

impl LaneMode {
    /// All modes, in menu order.
    pub const ALL: [LaneMode; 3] = [LaneMode::Article, LaneMode::Speaker, LaneMode::Entity];

    /// The URL name.
    pub const fn as_str(self) -> &'static str {
        match self {
            LaneMode::Article => "article",
            LaneMode::Speaker => "speaker",
            LaneMode::Entity => "entity",
        }
    }

    /// The menu label.
    pub const fn label(self) -> &'static str {
        match self {
            LaneMode::Article => "Articles",
            LaneMode::Speaker => "Speakers",
            LaneMode::Entity => "Entities",
        }
    }

    /// Reads a URL name.
    pub fn parse(s: &str) -> Option<LaneMode> {
        LaneMode::ALL.into_iter().find(|m| m.as_str() == s)
    }
}

/// Most entity lanes shown; the rest share an "Other entities" lane.
pub const MAX_ENTITY_LANES: usize = 12;

/// Lanes: their labels and which items sit in which lane (an item may sit in several).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Lanes {
    /// Lane labels, top to bottom.
    pub labels: Vec<String>,
    /// `(item, lane)` pairs.
    pub members: Vec<(usize, usize)>,
    /// For article lanes, the article each lane shows.
    pub articles: Vec<Option<usize>>,
}

/// Groups items into lanes.
pub fn lanes(corpus: &Corpus, items: &[Item], mode: LaneMode) -> Lanes {
    let mut lanes = Lanes::default();
    match mode {
        LaneMode::Article => {
            for (ai, doc) in corpus.articles.iter().enumerate() {
                lanes.labels.push(doc.title.clone());
                lanes.articles.push(Some(ai));
            }
            lanes.members = items.iter().enumerate().map(|(i, it)| (i, it.article)).collect();
        }
        LaneMode::Speaker | LaneMode::Entity => {
            fn keys_of(it: &Item, mode: LaneMode) -> &[String] {
                if mode == LaneMode::Speaker {
                    &it.speakers
                } else {
                    &it.entities
                }
            }
            let keys = |it| keys_of(it, mode);
            // Lanes ordered by how many events they hold, then by name.
            let mut counts: HashMap<&str, usize> = HashMap::new();
            for it in items {
                for k in keys(it) {
                    *counts.entry(k.as_str()).or_default() += 1;
                }
            }
            let mut counts: Vec<(&str, usize)> = counts.into_iter().collect();
            super::sort_by(&mut counts, |a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
            let limit = if mode == LaneMode::Entity { MAX_ENTITY_LANES } else { usize::MAX };
            lanes.labels = counts.iter().take(limit).map(|(n, _)| n.to_string()).collect();
            let lane_of: HashMap<&str, usize> =
                counts.iter().take(limit).enumerate().map(|(l, (n, _))| (*n, l)).collect();
            let other = if mode == LaneMode::Speaker { "No quote" } else { "Other entities" };
            let mut other_lane = None;
            for (i, it) in items.iter().enumerate() {
                let mut placed = false;
                for k in keys(it) {
                    if let Some(&l) = lane_of.get(k.as_str()) {
                        lanes.members.push((i, l));
                        placed = true;
                    }
                }
                if !placed {
                    let l = *other_lane.get_or_insert_with(|| {
                        lanes.labels.push(other.to_string());
                        lanes.labels.len() - 1
                    });
                    lanes.members.push((i, l));
                }
            }
            lanes.articles = vec![None; lanes.labels.len()];
        }
    }
    lanes
}

/// The visible stretch of time, in (fractional) days.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Window {
    /// Day at the left edge.
    pub start: f64,
    /// Day at the right edge.
    pub end: f64,
}

/// Days chrono can represent, with margin.
const DAY_LIMIT: f64 = 365.0 * 200_000.0;

impl Window {
    /// A window showing the items (sorted by start, as [`items`] gives them) and every
    /// publication date, with some air on both sides. A few items far from all the others
    /// are left out, so they do not squeeze the rest into a sliver: a corpus of 2016 that
    /// mentions 1789 fits 2016 ([`outside`] counts what is left out, for the buttons that
    /// reach it). At each end at most one item in fifty is left out, and only items
    /// further from the rest than twice the span the rest covers.
    pub fn fit(items: &[Item], published: &[i64]) -> Window {
        let n = items.len();
        let spare = n / 50;
        // reach[k]: the day after the last one items[..=k] cover.
        let reach: Vec<i64> = items
            .iter()
            .scan(i64::MIN, |m, i| {
                *m = (*m).max(i.end + 1);
                Some(*m)
            })
            .collect();
        // The span of the items but the first `a` and the last `b`, and the publications.
        let span = |a: usize, b: usize| {
            let lo = items.get(a).map(|i| i.start).into_iter().chain(published.iter().copied()).min();
            let hi = (n - b).checked_sub(1).map(|k| reach[k]).into_iter().chain(published.iter().map(|p| p + 1)).max();
            lo.zip(hi)
        };
        let far = |gap: i64, (lo, hi): (i64, i64)| gap > 2 * (hi - lo);
        let early = (1..=spare).rev().find(|&a| span(a, 0).is_some_and(|s| far(s.0 - items[a - 1].start, s)));
        let early = early.unwrap_or(0);
        let late = (1..=spare).rev().find(|&b| span(early, b).is_some_and(|s| far(items[n - b].start - s.1, s)));
        let Some((lo, hi)) = span(early, late.unwrap_or(0)) else {
            let today = day(NaiveDate::from_ymd_opt(2025, 1, 1).expect("valid date")) as f64;
            return Window { start: today - 30.0, end: today + 30.0 };
        };
        let (lo, hi) = (lo as f64, hi as f64);
        let pad = ((hi - lo) * 0.08).max(3.0);
        Window { start: lo - pad, end: hi + pad }.clamped()
    }

    /// The window of the same width moved just far enough to show `item` near its edge:
    /// near the left edge when it lies later than the window, near the right when earlier.
    pub fn reveal(self, item: &Item) -> Window {
        let (width, air) = (self.days(), self.days() * 0.1);
        let start =
            if item.start as f64 >= self.end { item.start as f64 - air } else { (item.end + 1) as f64 + air - width };
        Window { start, end: start + width }.clamped()
    }

    /// Window of the days `start..=end`, padded so the edges are not at the border.
    pub fn around(start: i64, end: i64) -> Window {
        let (lo, hi) = (start as f64, (end + 1) as f64);
        let pad = ((hi - lo) * 0.25).max(1.0);
        Window { start: lo - pad, end: hi + pad }.clamped()
    }

    /// Width in days.
    pub fn days(self) -> f64 {
        self.end - self.start
    }

    /// Where `day` falls, as a fraction of the width (0 = left edge, 1 = right edge).
    pub fn fraction(self, day: f64) -> f64 {
        (day - self.start) / self.days()
    }

    /// Zooms by `factor` (< 1 zooms in) keeping the day under `anchor` (0..1) in place.
    pub fn zoom(self, factor: f64, anchor: f64) -> Window {
        let anchor = anchor.clamp(0.0, 1.0);
        let width = (self.days() * factor).clamp(MIN_DAYS, MAX_DAYS);
        let pivot = self.start + self.days() * anchor;
        Window { start: pivot - width * anchor, end: pivot - width * anchor + width }.clamped()
    }

    /// Moves by `fraction` of the width (positive = later).
    pub fn pan(self, fraction: f64) -> Window {
        let shift = self.days() * fraction;
        Window { start: self.start + shift, end: self.end + shift }.clamped()
    }

    /// Keeps the window inside what dates can represent, with a sane width.
    pub fn clamped(self) -> Window {
        let (mut start, mut end) = if self.start.is_finite() && self.end.is_finite() && self.end > self.start {
            (self.start, self.end)
        } else {
            (0.0, 60.0)
        };
        if end - start < MIN_DAYS {
            let mid = (start + end) / 2.0;
            (start, end) = (mid - MIN_DAYS / 2.0, mid + MIN_DAYS / 2.0);
        }
        if end - start > MAX_DAYS {
            let mid = (start + end) / 2.0;
            (start, end) = (mid - MAX_DAYS / 2.0, mid + MAX_DAYS / 2.0);
        }
        let shift = if start < -DAY_LIMIT {
            -DAY_LIMIT - start
        } else if end > DAY_LIMIT {
            DAY_LIMIT - end
        } else {
            0.0
        };
        Window { start: start + shift, end: end + shift }
    }
}

/// The items wholly outside a window: how many lie before it and after it, and the
/// nearest of each (what the timeline's "earlier" and "later" buttons move to).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Outside {
    /// Items that end before the window starts.
    pub earlier: usize,
    /// Items that start after it ends.
    pub later: usize,
    /// The earlier item that ends last.
    pub nearest_earlier: Option<usize>,
    /// The later item that starts first.
    pub nearest_later: Option<usize>,
}

/// Counts the items wholly outside `window` on each side.
pub fn outside(items: &[Item], window: Window) -> Outside {
    let mut out = Outside::default();
    for (i, item) in items.iter().enumerate() {
        if ((item.end + 1) as f64) <= window.start {
            out.earlier += 1;
            if out.nearest_earlier.is_none_or(|n| items[n].end < item.end) {
                out.nearest_earlier = Some(i);
            }
        } else if item.start as f64 >= window.end {
            out.later += 1;
            if out.nearest_later.is_none_or(|n| items[n].start > item.start) {
                out.nearest_later = Some(i);
            }
        }
    }
    out
}

/// Tick spacing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// Every n days.
    Days(u32),
    /// Every n months.
    Months(u32),
    /// Every n years.
    Years(i64),
}

impl Step {
    /// Approximate length in days.
    fn days(self) -> f64 {
        match self {
            Step::Days(n) => f64::from(n),
            Step::Months(n) => f64::from(n) * 30.44,
            Step::Years(n) => n as f64 * 365.2425,
        }
    }
}

/// Candidate steps, finest first.
const STEPS: [Step; 20] = [
    Step::Days(1),
    Step::Days(2),
    Step::Days(4),
    Step::Days(7),
    Step::Days(14),
    Step::Months(1),
    Step::Months(3),
    Step::Months(6),
    Step::Years(1),
    Step::Years(2),
    Step::Years(5),
    Step::Years(10),
    Step::Years(25),
    Step::Years(50),
    Step::Years(100),
    Step::Years(250),
    Step::Years(500),
    Step::Years(1000),
    Step::Years(2500),
    Step::Years(5000),
];

/// Least room between tick labels, in pixels.
pub const TICK_PX: f64 = 70.0;

/// One axis tick.
#[derive(Clone, Debug, PartialEq)]
pub struct Tick {
    /// The day it marks.
    pub day: i64,
    /// Position as a fraction of the width.
    pub x: f64,
    /// "17 Mar", "Mar 2025", "2025", "500 BCE".
    pub label: String,
    /// Whether it starts a larger unit (a month for day ticks, a year for month ticks).
    pub major: bool,
}

/// Ticks for a window drawn `width_px` wide: days, months or years, whichever fits.
pub fn ticks(window: Window, width_px: f64) -> (Step, Vec<Tick>) {
    let room = (width_px / TICK_PX).max(2.0);
    let step = STEPS.into_iter().find(|s| window.days() / s.days() <= room).unwrap_or(Step::Years(10_000));
    let mut out = Vec::new();
    let (Some(first), Some(_)) = (date_of(window.start.floor() as i64), date_of(window.end.ceil() as i64)) else {
        return (step, out);
    };
    let last = window.end.ceil() as i64;
    let short = |m: u32| &super::MONTHS[m as usize][..3];
    let mut push = |d: NaiveDate, label: String, major: bool| {
        let dn = day(d);
        let x = window.fraction(dn as f64);
        if (0.0..=1.0).contains(&x) {
            out.push(Tick { day: dn, x, label, major });
        }
    };
    match step {
        Step::Days(n) => {
            let mut dn = day(first);
            // Align to multiples of n, so ticks stay put while panning.
            dn -= dn.rem_euclid(i64::from(n));
            while dn <= last {
                if let Some(d) = date_of(dn) {
                    let major = d.day() == 1;
                    push(d, format!("{} {}", d.day(), short(d.month0())), major);
                }
                dn += i64::from(n);
            }
        }
        Step::Months(n) => {
            let mut y = first.year();
            let mut m0 = first.month0() - first.month0() % n;
            while let Some(d) = NaiveDate::from_ymd_opt(y, m0 + 1, 1) {
                if day(d) > last {
                    break;
                }
                let label = if m0 == 0 { year_label(y) } else { format!("{} {}", short(m0), year_label(y)) };
                push(d, label, m0 == 0);
                m0 += n;
                if m0 >= 12 {
                    m0 -= 12;
                    y += 1;
                }
            }
        }
        Step::Years(n) => {
            // Ticks fall on round years as written: 500 BCE, 1 CE, 500, 1000 (there is
            // no year 0: astronomical year -499 is 500 BCE).
            let written = |y: i64| if y <= 0 { y - 1 } else { y };
            let astronomical = |h: i64| match h {
                0 => 1,
                h if h < 0 => h + 1,
                h => h,
            };
            let bce_in_view = first.year() <= 0;
            let mut h = written(i64::from(first.year()));
            h -= h.rem_euclid(n);
            while let Some(d) = i32::try_from(astronomical(h)).ok().and_then(|y| NaiveDate::from_ymd_opt(y, 1, 1)) {
                if day(d) > last {
                    break;
                }
                // Across the era boundary, say which side each year is on: "500 BCE", "500 CE".
                let label = if bce_in_view && d.year() > 0 { format!("{} CE", d.year()) } else { year_label(d.year()) };
                push(d, label, h.rem_euclid(n * 10) == 0);
                h += n;
            }
        }
    }
    (step, out)
}

/// How a mark is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MarkKind {
    /// One event, a point in time at this zoom.
    Point,
    /// One event covering a visible stretch (a month, a year…).
    Bar,
    /// Several nearby events; zooming in splits them.
    Cluster,
}

/// One thing drawn on the timeline.
#[derive(Clone, Debug, PartialEq)]
pub struct Mark {
    /// Point, bar or cluster.
    pub kind: MarkKind,
    /// Indices into the items.
    pub items: Vec<usize>,
    /// Lane index.
    pub lane: usize,
    /// Row within the lane (0 = points; 1.. = bars).
    pub row: usize,
    /// Left edge, pixels from the plot's left edge (may be negative for bars cut at the edge).
    pub x: f64,
    /// Width in pixels (0 for points and clusters).
    pub w: f64,
    /// First day covered by the mark's items.
    pub start: i64,
    /// Last day covered by the mark's items.
    pub end: i64,
    /// Free pixels to the right of a point or cluster, before the next one in its lane
    /// (or the plot's edge): room for a label.
    pub room: f64,
}

/// Lays out the visible items for a plot `width_px` wide: culls what is off-screen,
/// turns wide items into bars (stacked in rows) and merges close points into clusters.
pub fn layout(items: &[Item], lanes: &Lanes, window: Window, width_px: f64) -> Vec<Mark> {
    layout_lanes(items, lanes, window, width_px, 0..lanes.labels.len())
}

/// [`layout`] of the lanes in `only` alone: what a view that draws only the lanes near
/// the viewport needs (the marks are the same as [`layout`]'s for those lanes).
pub fn layout_lanes(items: &[Item], lanes: &Lanes, window: Window, width_px: f64, only: Range<usize>) -> Vec<Mark> {
    let px = |d: f64| window.fraction(d) * width_px;
    let mut marks = Vec::new();
    // Members by lane in one pass (items come sorted by start, so each lane's are too;
    // the stable sort only has work when they do not).
    let only = only.start.min(lanes.labels.len())..only.end.min(lanes.labels.len());
    let mut by_lane: Vec<Vec<usize>> = vec![Vec::new(); only.len()];
    for &(i, lane) in &lanes.members {
        if only.contains(&lane) {
            by_lane[lane - only.start].push(i);
        }
    }
    for (k, mut members) in by_lane.into_iter().enumerate() {
        let lane = only.start + k;
        super::sort_indices(&mut members, &|a, b| (items[a].start, items[a].end).cmp(&(items[b].start, items[b].end)));
        let mut rows: Vec<f64> = Vec::new();
        let mut cluster: Option<Mark> = None;
        for i in members {
            let it = &items[i];
            let (x0, x1) = (px(it.start as f64), px((it.end + 1) as f64));
            if x1 < -CLUSTER_PX || x0 > width_px + CLUSTER_PX {
                continue;
            }
            if x1 - x0 >= SPAN_MIN_PX && it.granularity > Granularity::Day {
                let row = rows.iter().position(|&end| end + 2.0 <= x0).unwrap_or(rows.len().min(BAR_ROWS - 1));
                if row == rows.len() {
                    rows.push(x1);
                } else {
                    rows[row] = rows[row].max(x1);
                }
                let (x, right) = (x0.max(-2.0), x1.min(width_px + 2.0));
                marks.push(Mark {
                    kind: MarkKind::Bar,
                    items: vec![i],
                    lane,
                    row: row + 1,
                    x,
                    w: right - x,
                    start: it.start,
                    end: it.end,
                    room: 0.0,
                });
                continue;
            }
            // A point sits at the middle of its (narrow) period.
            let x = (x0 + x1) / 2.0;
            match &mut cluster {
                Some(c) if x - c.x <= CLUSTER_PX => {
                    c.items.push(i);
                    c.kind = MarkKind::Cluster;
                    c.start = c.start.min(it.start);
                    c.end = c.end.max(it.end);
                }
                _ => {
                    marks.extend(cluster.take());
                    cluster = Some(Mark {
                        kind: MarkKind::Point,
                        items: vec![i],
                        lane,
                        row: 0,
                        x,
                        w: 0.0,
                        start: it.start,
                        end: it.end,
                        room: 0.0,
                    });
                }
            }
        }
        marks.extend(cluster);
    }
    // A cluster sits at the mean of its members, so it does not drift when it forms.
    for m in marks.iter_mut().filter(|m| m.kind == MarkKind::Cluster) {
        let sum: f64 = m.items.iter().map(|&i| px((items[i].start + items[i].end + 1) as f64 / 2.0)).sum();
        m.x = sum / m.items.len() as f64;
    }
    // Label room: up to the next point or cluster in the same lane.
    let mut order: Vec<usize> = (0..marks.len()).filter(|&i| marks[i].kind != MarkKind::Bar).collect();
    super::sort_indices(&mut order, &|a, b| {
        (marks[a].lane, marks[a].x).partial_cmp(&(marks[b].lane, marks[b].x)).expect("finite")
    });
    for (k, &i) in order.iter().enumerate() {
        let next = order.get(k + 1).filter(|&&j| marks[j].lane == marks[i].lane).map_or(width_px, |&j| marks[j].x);
        marks[i].room = (next - marks[i].x - 16.0).max(0.0);
    }
    marks
}

/// The items [`layout`] draws in the window (on any lane), in item order: the events in
/// view, without laying out every lane.
pub fn in_view(items: &[Item], window: Window, width_px: f64) -> Vec<usize> {
    let px = |d: f64| window.fraction(d) * width_px;
    (0..items.len())
        .filter(|&i| {
            let (x0, x1) = (px(items[i].start as f64), px((items[i].end + 1) as f64));
            !(x1 < -CLUSTER_PX || x0 > width_px + CLUSTER_PX)
        })
        .collect()
}

/// A publication date marker.
#[derive(Clone, Debug, PartialEq)]
pub struct PubMark {
    /// Article index.
    pub article: usize,
    /// Position in pixels.
    pub x: f64,
    /// The day.
    pub day: i64,
}

/// Publication dates inside the window, in pixels.
pub fn published(corpus: &Corpus, window: Window, width_px: f64) -> Vec<PubMark> {
    corpus
        .articles
        .iter()
        .enumerate()
        .filter_map(|(article, a)| {
            let d = day(a.published?);
            let x = window.fraction(d as f64 + 0.5) * width_px;
            (0.0..=width_px).contains(&x).then_some(PubMark { article, x, day: d })
        })
        .collect()
}

/// "3 March 2025 – 9 March 2025" for an inclusive range of days, or one date.
pub fn period_label(from: i64, to: i64) -> String {
    let d = |day| date_of(day).map_or_else(String::new, super::long_date);
    if from == to {
        d(from)
    } else {
        format!("{} – {}", d(from), d(to))
    }
}

/// Publication days of all articles (for fitting the window).
pub fn publication_days(corpus: &Corpus) -> Vec<i64> {
    corpus.articles.iter().filter_map(|a| a.published.map(day)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view::fixture;

    fn ymd(y: i32, m: u32, d: u32) -> i64 {
        day(NaiveDate::from_ymd_opt(y, m, d).unwrap())
    }

    #[test]
    fn events_keep_their_own_dates_not_the_publication_date() {
        let corpus = fixture::corpus();
        let items = items(&corpus);
        let seed: Vec<&Item> = items.iter().filter(|i| i.article == 0).collect();
        let dates: Vec<&str> = seed.iter().map(|i| i.date.as_str()).collect();
        assert_eq!(dates, ["2025-03-17", "2025-03-18"]);
        // "set for March 18" in an article of March 17 sits on March 18.
        assert_eq!(seed[1].start, ymd(2025, 3, 18));
        assert_eq!(seed[1].date_label(), "18 March 2025");
    }

    #[test]
    fn periods_span_their_granularity_and_bce_places_before_ce() {
        let corpus = fixture::corpus();
        let items = items(&corpus);
        let april = items.iter().find(|i| i.date == "2025-04").unwrap();
        assert_eq!((april.start, april.end), (ymd(2025, 4, 1), ymd(2025, 4, 30)));
        assert_eq!(april.date_label(), "April 2025");
        let bce = items.iter().find(|i| i.date == "-0499").unwrap();
        assert_eq!(items[0].date, "-0499", "the oldest event sorts first");
        assert!(bce.start < 0);
        assert_eq!(bce.date_label(), "500 BCE");
    }

    #[test]
    fn ticks_adapt_from_days_to_millennia() {
        let cases = [
            (Window { start: ymd(2025, 3, 12) as f64, end: ymd(2025, 3, 20) as f64 }, Step::Days(1), "17 Mar"),
            (Window { start: ymd(2024, 1, 1) as f64, end: ymd(2025, 12, 31) as f64 }, Step::Months(3), "Apr 2025"),
            (Window { start: ymd(1900, 1, 1) as f64, end: ymd(2030, 1, 1) as f64 }, Step::Years(25), "1950"),
            (Window { start: ymd(-1000, 1, 1) as f64, end: ymd(2025, 1, 1) as f64 }, Step::Years(500), "500 BCE"),
            (Window { start: ymd(-1000, 1, 1) as f64, end: ymd(2025, 1, 1) as f64 }, Step::Years(500), "1000 CE"),
        ];
        for (w, step, label) in cases {
            let (got, ticks) = ticks(w, 800.0);
            assert_eq!(got, step, "{w:?}");
            assert!(ticks.iter().any(|t| t.label == label), "{label} not in {:?}", ticks);
            assert!(ticks.windows(2).all(|p| p[0].x < p[1].x));
            assert!(ticks.len() as f64 <= 800.0 / TICK_PX + 2.0);
        }
    }

    #[test]
    fn zoom_keeps_the_anchor_and_respects_limits() {
        let w = Window { start: 0.0, end: 100.0 };
        let z = w.zoom(0.5, 0.25);
        assert_eq!((z.start, z.end), (12.5, 62.5));
        assert!((w.zoom(1e-9, 0.5).days() - MIN_DAYS).abs() < 1e-9);
        assert!(w.zoom(1e12, 0.5).days() <= MAX_DAYS);
        let p = w.pan(0.1);
        assert_eq!((p.start, p.end), (10.0, 110.0));
        let bad = Window { start: f64::NAN, end: 3.0 }.clamped();
        assert!(bad.days() > 0.0);
    }

    #[test]
    fn dense_points_cluster_and_split_when_zoomed_in() {
        let corpus = fixture::corpus();
        let items = items(&corpus);
        let lanes = lanes(&corpus, &items, LaneMode::Article);
        let wide = Window { start: ymd(2024, 1, 1) as f64, end: ymd(2026, 1, 1) as f64 };
        let marks = layout(&items, &lanes, wide, 600.0);
        let seed: Vec<&Mark> = marks.iter().filter(|m| m.lane == 0).collect();
        assert_eq!(seed.len(), 1);
        assert_eq!(seed[0].kind, MarkKind::Cluster);
        assert_eq!(seed[0].items.len(), 2);
        let close = Window::around(seed[0].start, seed[0].end);
        let marks = layout(&items, &lanes, close, 600.0);
        let seed: Vec<&Mark> = marks.iter().filter(|m| m.lane == 0).collect();
        assert_eq!(seed.iter().map(|m| m.kind).collect::<Vec<_>>(), [MarkKind::Point, MarkKind::Point]);
    }

    #[test]
    fn only_visible_items_are_drawn_and_months_are_bars() {
        let corpus = fixture::corpus();
        let items = items(&corpus);
        let lanes = lanes(&corpus, &items, LaneMode::Article);
        let spring = Window { start: ymd(2025, 3, 25) as f64, end: ymd(2025, 5, 5) as f64 };
        let marks = layout(&items, &lanes, spring, 800.0);
        assert_eq!(marks.len(), 1, "{marks:?}");
        assert_eq!(marks[0].kind, MarkKind::Bar);
        assert!(marks[0].w > 400.0);
    }

    /// Day-level items on `days`, sorted.
    fn on_days(days: &[i64]) -> Vec<Item> {
        let mut days = days.to_vec();
        days.sort_unstable();
        let item = |(event, &d): (usize, &i64)| Item {
            article: 0,
            event,
            sentence: 0,
            start: d,
            end: d,
            granularity: Granularity::Day,
            uncertain: false,
            date: String::new(),
            label: String::new(),
            speakers: vec![],
            entities: vec![],
        };
        days.iter().enumerate().map(item).collect()
    }

    #[test]
    fn fit_leaves_out_a_few_far_dates_and_the_buttons_reach_them() {
        // 200 events of 2016, one of 1789 and two of 2090: the fit is 2016's.
        let mut days: Vec<i64> = (0..200).map(|i| ymd(2016, 1, 1) + i).collect();
        days.extend([ymd(1789, 4, 30), ymd(2090, 1, 1), ymd(2090, 6, 1)]);
        let items = on_days(&days);
        let published = [ymd(2016, 8, 1)];
        let w = Window::fit(&items, &published);
        assert!(w.start > ymd(2015, 6, 1) as f64 && w.end < ymd(2017, 6, 1) as f64, "{w:?}");
        assert!(w.start < ymd(2016, 1, 1) as f64 && w.end > ymd(2016, 8, 2) as f64, "{w:?}");
        let out = outside(&items, w);
        assert_eq!((out.earlier, out.later), (1, 2));
        assert_eq!((out.nearest_earlier, out.nearest_later), (Some(0), Some(201)));
        // "Earlier" moves the window, at its width, to show 1789 near its right edge.
        let back = w.reveal(&items[0]);
        assert!((back.days() - w.days()).abs() < 1e-6);
        assert!(back.start < ymd(1789, 4, 30) as f64 && back.end > ymd(1789, 5, 1) as f64, "{back:?}");
        assert!(back.fraction(ymd(1789, 4, 30) as f64) > 0.8);
        let ahead = back.reveal(&items[1]);
        assert!(ahead.fraction(ymd(2016, 1, 1) as f64) < 0.2 && ahead.fraction(ymd(2016, 1, 1) as f64) > 0.0);
        assert_eq!(outside(&items, back).later, 202);

        // Not left out: as many far events as one in fifty and more, far events in a
        // small corpus, or events no further from the rest than twice the rest's span.
        let mut many = days[..200].to_vec();
        many.extend([ymd(1789, 4, 30); 5]);
        assert!(Window::fit(&on_days(&many), &published).start < ymd(1789, 4, 30) as f64);
        let small = [ymd(2016, 1, 1), ymd(2016, 3, 1), ymd(1789, 4, 30)];
        assert!(Window::fit(&on_days(&small), &published).start < ymd(1789, 4, 30) as f64);
        let mut near = days[..200].to_vec();
        near.push(ymd(2015, 1, 1));
        assert!(Window::fit(&on_days(&near), &published).start < ymd(2015, 1, 1) as f64);
        let everything = Window::fit(&on_days(&near), &published);
        assert_eq!(outside(&on_days(&near), everything), Outside::default());
    }

    #[test]
    fn thousands_of_events_draw_only_what_fits() {
        // 5,000 day-level events over 20 years in one lane: drawn fitted, they merge into
        // at most one mark per cluster width; zoomed to a month, only that month is drawn.
        let start = ymd(2005, 1, 1);
        let days: Vec<i64> = (0..5000).map(|i| start + (i * 7919) % 7300).collect();
        let items = on_days(&days);
        let lanes = Lanes {
            labels: vec!["all".into()],
            members: (0..items.len()).map(|i| (i, 0)).collect(),
            articles: vec![Some(0)],
        };
        let fitted = Window::fit(&items, &[]);
        let marks = layout(&items, &lanes, fitted, 1000.0);
        assert!(marks.len() <= (1000.0 / CLUSTER_PX) as usize + 2, "{} marks", marks.len());
        assert_eq!(marks.iter().map(|m| m.items.len()).sum::<usize>(), items.len(), "every event is in a mark");
        let month = Window { start: ymd(2010, 6, 1) as f64, end: ymd(2010, 7, 1) as f64 };
        let marks = layout(&items, &lanes, month, 1000.0);
        let drawn: usize = marks.iter().map(|m| m.items.len()).sum();
        assert!(drawn < 40, "{drawn} drawn for one month");
    }

    #[test]
    fn lanes_by_speaker_and_entity() {
        let corpus = fixture::corpus();
        let items = items(&corpus);
        let by_speaker = lanes(&corpus, &items, LaneMode::Speaker);
        assert!(by_speaker.labels.contains(&"No quote".to_string()));
        let by_entity = lanes(&corpus, &items, LaneMode::Entity);
        assert!(by_entity.labels.iter().any(|l| l == "Donald Trump"), "{:?}", by_entity.labels);
        // Every item appears in at least one lane.
        for i in 0..items.len() {
            assert!(by_entity.members.iter().any(|m| m.0 == i));
        }
        assert_eq!(LaneMode::parse("entity"), Some(LaneMode::Entity));
    }

    #[test]
    fn fit_covers_everything_and_publication_marks_sit_on_their_day() {
        let corpus = fixture::corpus();
        let items = items(&corpus);
        let w = Window::fit(&items, &publication_days(&corpus));
        assert!(items.iter().all(|i| w.start <= i.start as f64 && (i.end as f64) < w.end));
        let march = Window { start: ymd(2025, 3, 1) as f64, end: ymd(2025, 4, 1) as f64 };
        let pubs = published(&corpus, march, 310.0);
        assert_eq!(pubs.len(), 2);
        assert_eq!(pubs[0].day, ymd(2025, 3, 17));
        assert!((pubs[0].x - 165.0).abs() < 1.0, "{}", pubs[0].x);
    }

    #[test]
    fn laying_out_some_lanes_gives_those_lanes_marks_and_in_view_lists_what_layout_draws() {
        let corpus = crate::view::fixture::corpus();
        let its = items(&corpus);
        for mode in LaneMode::ALL {
            let l = lanes(&corpus, &its, mode);
            let fit = Window::fit(&its, &publication_days(&corpus));
            for window in [fit, fit.zoom(0.01, 0.9), fit.zoom(0.001, 0.95), fit.pan(0.5)] {
                let all = layout(&its, &l, window, 900.0);
                for only in [0..1, 1..l.labels.len(), 0..l.labels.len() + 5, 2..2] {
                    let some = layout_lanes(&its, &l, window, 900.0, only.clone());
                    let want: Vec<&Mark> = all.iter().filter(|m| only.contains(&m.lane)).collect();
                    assert_eq!(some.iter().collect::<Vec<_>>(), want, "{mode:?} {only:?}");
                }
                let mut drawn: Vec<usize> = all.iter().flat_map(|m| m.items.iter().copied()).collect();
                drawn.sort_unstable();
                drawn.dedup();
                assert_eq!(in_view(&its, window, 900.0), drawn, "{mode:?} {window:?}");
            }
        }
    }
}
