//! The timeline view: a zoomable, pannable time axis with lanes of events.
//!
//! Layout, ticks and clustering come from [`crate::view::timeline`]; this component
//! measures the plot, draws the marks as buttons positioned in pixels, and turns wheel,
//! drag, keys and buttons into [`Action`]s. The list under the plot names the events in
//! view (the first [`EVENT_LIST_MAX`]), for screen readers and narrow screens.
//!
//! Built for 10,000 events: layout is linear in the events (see the view model), and
//! with more than [`LANES_ALWAYS`] lanes only those near the viewport are in the DOM (the
//! rest are spacers of the same height). Marks are laid out [`MARGIN`] plot widths past
//! each edge, so panning and zooming by keys, drag, wheel or pinch need no render: they
//! move the drawn layers (a CSS transform: no layout, no render) and scale the
//! marks' positions (one custom property per layer), and the app's window (the URL, the
//! date range) follows once the input rests for [`SETTLE_MS`], or at once when the window
//! leaves what is drawn (see [`Live`]); the event list follows only when the input
//! rests, and renders only when what it lists changed ([`EventList`]). Once
//! the first timeline with events is in the DOM with its handlers attached, the page gets
//! the Performance API marks `timeline-render-start` (when that render began) and
//! `timeline-interactive` (the benchmark reads them).

use std::rc::Rc;

use yew::prelude::*;

#[cfg(feature = "csr")]
use crate::app::hooks::{nothing, use_effect_on};
use crate::app::hooks::{use_app, use_instance, use_value};
use crate::app::shards::{thousands, Status};
use crate::app::state::Action;
use crate::view::long_date;
use crate::view::timeline as timeline_view;
use crate::view::timeline::{self, date_of, ticks, LaneMode, Mark, MarkKind, Window};

/// Most events listed under the plot; the rest are counted ("zoom in to list them").
pub const EVENT_LIST_MAX: usize = 100;
/// Up to this many lanes are always all drawn; past it, only those near the viewport.
pub const LANES_ALWAYS: usize = 40;
/// Lanes drawn above and below the viewport, so scrolling shows no gaps.
#[cfg(feature = "csr")]
const LANE_OVERSCAN: usize = 8;
/// A lane's height before one is measured (label + track + rule, as the stylesheet sets).
const LANE_PX: f64 = 75.0;

/// Publication flags closer than this many pixels are drawn as one.
const PUB_MERGE_PX: f64 = 4.0;

/// Plot width assumed before measuring (and in server rendering).
const DEFAULT_WIDTH: f64 = 960.0;
/// Zoom step for buttons and keys.
const ZOOM_STEP: f64 = 1.5;
/// How far marks are laid out past each edge of the plot, in plot widths: the window can
/// pan (or zoom out) this far before anything is rendered again.
pub const MARGIN: f64 = 1.0;
/// How far a gesture may zoom by scaling the drawn marks (clusters are not re-formed
/// meanwhile) before they are laid out again.
const LIVE_ZOOM: (f64, f64) = (0.5, 2.0);
/// Milliseconds without input after which the window on screen becomes the app's.
pub const SETTLE_MS: i32 = 200;

/// The timeline view.
#[component]
pub fn Timeline() -> Html {
    let app = use_app();
    let ids = use_instance();
    ids.shards.watch(use_force_update());
    let plot = use_node_ref();
    let width = use_value(|| DEFAULT_WIDTH);
    let drag = use_mut_ref(|| None::<Drag>);
    let pinch = use_mut_ref(Pinch::default);
    // The period being brushed (shift-drag), in plot pixels, while the pointer is down.
    let band = use_value(|| None::<(f64, f64)>);
    // Lanes near the viewport (first, end), and the lane height measured.
    let lanes_ref = use_node_ref();
    let rows = use_value(|| (0usize, LANES_ALWAYS, LANE_PX as i64));
    let render_started = use_mut_ref(|| false);
    let window = app.window();
    let live = use_mut_ref(|| Live::new(window));
    let mover = Mover { live: live.clone(), plot: plot.clone(), dispatcher: app.dispatcher() };
    // The window drawn is the app's: when that changed (a commit, or any other action),
    // input not yet committed is forgotten. The event list keeps its window while a
    // gesture goes on (a commit because the window left what was drawn).
    let listed = {
        let mut l = live.borrow_mut();
        l.width = *width;
        if l.rendered != window {
            if !l.moving {
                l.cancel_timer();
            }
            (l.rendered, l.current) = (window, window);
        }
        if !std::mem::take(&mut l.moving) {
            l.listed = window;
        }
        l.listed
    };

    // The timer that commits the window on screen once input rests; on unmount (another
    // view was opened) what is on screen is committed too.
    #[cfg(feature = "csr")]
    {
        let live = live.clone();
        let (dispatcher, cleanup) = (app.dispatcher(), app.dispatcher());
        let refresh = use_force_update();
        use_effect_on((), move |_| {
            let weak = Rc::downgrade(&live);
            let settle = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(move || {
                let Some(live) = weak.upgrade() else { return };
                let (to, stale) = {
                    let mut l = live.borrow_mut();
                    l.timer = None;
                    (l.pending().then_some(l.current), l.listed != l.rendered)
                };
                if let Some(to) = to {
                    dispatcher.dispatch(Action::SetWindow(to));
                } else if stale {
                    refresh.force_update();
                }
            });
            live.borrow_mut().settle = Some(settle);
            Box::new(move || {
                let to = {
                    let mut l = live.borrow_mut();
                    l.cancel_timer();
                    l.settle = None;
                    l.pending().then_some(l.current)
                };
                if let Some(to) = to {
                    cleanup.dispatch(Action::SetWindow(to));
                }
            })
        });
    }

    // Which lanes are near the viewport: on scroll and resize (the page scrolls, not the plot).
    #[cfg(feature = "csr")]
    {
        let lanes_ref = lanes_ref.clone();
        let rows = rows.clone();
        use_effect_on((), move |_| {
            let measure = move || {
                let Some(el) = lanes_ref.cast::<web_sys::Element>() else { return };
                let lane_px = el
                    .query_selector(".lane")
                    .ok()
                    .flatten()
                    .map(|l| l.get_bounding_client_rect().height())
                    .filter(|h| *h > 1.0)
                    .unwrap_or(LANE_PX);
                let top = el.get_bounding_client_rect().top();
                let view = gloo::utils::window().inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(900.0);
                let first = ((-top).max(0.0) / lane_px).floor() as usize;
                let end = ((view - top).max(0.0) / lane_px).ceil() as usize;
                rows.set((first.saturating_sub(LANE_OVERSCAN), end + LANE_OVERSCAN, lane_px.round() as i64));
            };
            measure();
            let win = gloo::utils::window();
            // Captured on the document: scrolling of the page or of any container.
            let on_scroll = {
                let measure = measure.clone();
                let options = gloo::events::EventListenerOptions::run_in_capture_phase();
                gloo::events::EventListener::new_with_options(&gloo::utils::document(), "scroll", options, move |_| {
                    measure()
                })
            };
            let on_resize = gloo::events::EventListener::new(&win, "resize", move |_| measure());
            Box::new(move || drop((on_scroll, on_resize)))
        });
    }

    // Measure the plot now and whenever the window resizes.
    #[cfg(feature = "csr")]
    {
        let plot = plot.clone();
        let width = width.clone();
        use_effect_on((), move |_| {
            let measure = move || {
                if let Some(el) = plot.cast::<web_sys::Element>() {
                    let w = el.client_width() as f64;
                    if w > 0.0 {
                        width.set(w);
                    }
                }
            };
            measure();
            let listener = gloo::events::EventListener::new(&gloo::utils::window(), "resize", move |_| measure());
            Box::new(move || drop(listener))
        });
    }

    // Wheel zoom needs a listener that may prevent scrolling (Yew's own is passive).
    #[cfg(feature = "csr")]
    {
        let plot = plot.clone();
        let mover = mover.clone();
        use_effect_on((), move |_| {
            let listener = plot.cast::<web_sys::Element>().map(|el| {
                let target = el.clone();
                let options = gloo::events::EventListenerOptions::enable_prevent_default();
                gloo::events::EventListener::new_with_options(&el, "wheel", options, move |e| {
                    use wasm_bindgen::JsCast;
                    let Some(e) = e.dyn_ref::<web_sys::WheelEvent>() else { return };
                    e.prevent_default();
                    let rect = target.get_bounding_client_rect();
                    let anchor = (f64::from(e.client_x()) - rect.left()) / rect.width().max(1.0);
                    let factor = if e.delta_y() > 0.0 { 1.2 } else { 1.0 / 1.2 };
                    mover.show(mover.current().zoom(factor, anchor));
                })
            });
            Box::new(move || drop(listener))
        });
    }

    // Positions are computed per render and written through the CSSOM after each one: a
    // `style` attribute would be blocked by the strict Content-Security-Policy the app
    // ships under (`style-src 'self'`), while `element.style` is not.
    #[cfg(feature = "csr")]
    {
        let plot = plot.clone();
        let live = live.clone();
        use_effect(move || {
            if let Some(el) = plot.cast::<web_sys::Element>() {
                apply_positions(&el);
                live.borrow_mut().apply(&el, true);
            }
        });
    }

    let corpus = app.corpus.clone();
    let items = app.derived.items.clone();
    let mode = app.route.lanes;
    let lanes = {
        let (corpus, items) = (corpus.clone(), items.clone());
        use_memo((Rc::as_ptr(&app.derived) as usize, mode), move |_| timeline::lanes(&corpus, &items, mode))
    };
    // Performance API marks for the first render with events (see the module docs).
    #[cfg(feature = "csr")]
    {
        if !items.is_empty() && !*render_started.borrow() {
            *render_started.borrow_mut() = true;
            performance_mark("timeline-render-start");
        }
        use_effect_on(!items.is_empty(), |ready| {
            if *ready {
                performance_mark("timeline-interactive");
            }
            nothing()
        });
    }
    #[cfg(not(feature = "csr"))]
    let _ = &render_started;
    let w = *width;
    // Only the lanes near the viewport when there are many (spacers keep the height), and
    // only those are laid out.
    let n_lanes = lanes.labels.len();
    let (first, end) = if n_lanes <= LANES_ALWAYS { (0, n_lanes) } else { (rows.0.min(n_lanes), rows.1.min(n_lanes)) };
    // Everything on the time axis is laid out MARGIN widths past both edges (`wide`, at
    // the same scale), with x measured from the plot's left edge (`shift`).
    let shift = MARGIN * w;
    let wide = Window { start: window.start - MARGIN * window.days(), end: window.end + MARGIN * window.days() };
    let wide_w = w * (1.0 + 2.0 * MARGIN);
    let mut marks = timeline::layout_lanes(&items, &lanes, wide, wide_w, first..end);
    for m in &mut marks {
        m.x -= shift;
        // A label in view ends at the plot's edge, with an ellipsis, as when only the view
        // was laid out (while the window moves it keeps that length until laid out again).
        if (0.0..=w).contains(&m.x) {
            m.room = m.room.min(w - m.x - 16.0).max(0.0);
        }
    }
    let (_, tick_marks) = ticks(wide, wide_w);
    let mut pubs = timeline::published(&corpus, wide, wide_w);
    for p in &mut pubs {
        p.x -= shift;
    }
    // Publication flags: those within a few pixels are one flag (a thousand articles
    // published over a year would otherwise be a thousand overlapping lines), and flags
    // close together share one label.
    let pub_flags: Vec<(&timeline::PubMark, usize, bool)> = {
        let mut sorted: Vec<&timeline::PubMark> = pubs.iter().collect();
        crate::view::sort_by(&mut sorted, |a, b| a.x.total_cmp(&b.x));
        let mut groups: Vec<(&timeline::PubMark, usize)> = Vec::new();
        for p in sorted {
            match groups.last_mut() {
                Some((first, n)) if p.x - first.x < PUB_MERGE_PX => *n += 1,
                _ => groups.push((p, 1)),
            }
        }
        let mut last = f64::NEG_INFINITY;
        groups
            .into_iter()
            .map(|(p, n)| {
                let labelled = p.x - last > 84.0;
                if labelled {
                    last = p.x;
                }
                (p, n, labelled)
            })
            .collect()
    };

    // The events in view (of the window the list shows), computed when that changes.
    let visible = {
        let items = items.clone();
        use_memo(
            (Rc::as_ptr(&app.derived) as usize, listed.start.to_bits(), listed.end.to_bits(), w.to_bits()),
            move |_| timeline::in_view(&items, listed, w),
        )
    };
    let open = {
        let dispatcher = app.dispatcher();
        use_callback(dispatcher, |(article, sentence): (usize, usize), dispatcher| {
            dispatcher.dispatch(Action::Open { article, sentence: Some(sentence), quote: None })
        })
    };

    if items.is_empty() {
        return html! {
            <section class="view timeline-view" aria-labelledby={ids.id("timeline-title")}>
                <h2 id={ids.id("timeline-title")} class="view-title">{"Timeline"}</h2>
                <div class="panel panel-empty">
                    <h3>{"No dated events yet"}</h3>
                    <p>{"Events appear when sentences in the articles name calendar dates (“on March 18”, “in 2019”)."}</p>
                </div>
            </section>
        };
    }

    // Buttons act at once, from the window on screen.
    let zoom = |factor: f64| {
        let mover = mover.clone();
        Callback::from(move |_: MouseEvent| {
            let to = mover.discard().zoom(factor, 0.5);
            mover.dispatcher.dispatch(Action::SetWindow(to));
        })
    };
    let fit = {
        let mover = mover.clone();
        Callback::from(move |_: MouseEvent| {
            mover.discard();
            mover.dispatcher.dispatch(Action::Fit);
        })
    };
    // Events wholly outside the window (a far date the fit leaves out, or what a zoom
    // hides): a button on each side moves to the nearest, keeping the zoom.
    let beyond = timeline::outside(&items, window);
    let reveal = |later: bool| {
        let (mover, items) = (mover.clone(), items.clone());
        Callback::from(move |_: MouseEvent| {
            let shown = mover.discard();
            let out = timeline::outside(&items, shown);
            if let Some(i) = if later { out.nearest_later } else { out.nearest_earlier } {
                mover.dispatcher.dispatch(Action::SetWindow(shown.reveal(&items[i])));
            }
        })
    };
    let events = |n: usize| format!("{} {}", thousands(n), if n == 1 { "event" } else { "events" });
    let quotes_in_view = {
        let app = app.clone();
        let mover = mover.clone();
        Callback::from(move |_: MouseEvent| {
            let window = mover.current();
            let period = app.route.period.unwrap_or((window.start.ceil() as i64, window.end.floor() as i64 - 1));
            let filter = crate::view::quotes::Filter { period: Some(period), ..app.route.quote_filter() };
            app.dispatch(Action::FilterQuotes(filter));
        })
    };
    let clear_period = {
        let app = app.clone();
        Callback::from(move |_: MouseEvent| app.dispatch(Action::SetPeriod(None)))
    };
    // Keys move the window on screen (see the module docs); "0" commits a fit at once.
    let onkeydown = {
        let mover = mover.clone();
        Callback::from(move |e: KeyboardEvent| {
            let now = mover.current();
            let to = match e.key().as_str() {
                "ArrowLeft" => now.pan(-0.1),
                "ArrowRight" => now.pan(0.1),
                "+" | "=" => now.zoom(1.0 / ZOOM_STEP, 0.5),
                "-" | "_" => now.zoom(ZOOM_STEP, 0.5),
                "0" | "Home" => {
                    e.prevent_default();
                    mover.discard();
                    mover.dispatcher.dispatch(Action::Fit);
                    return;
                }
                _ => return,
            };
            e.prevent_default();
            mover.show(to);
        })
    };
    let onpointerdown = {
        let drag = drag.clone();
        let pinch = pinch.clone();
        let plot = plot.clone();
        let mover = mover.clone();
        Callback::from(move |e: PointerEvent| {
            let window = mover.current();
            if e.pointer_type() == "touch" {
                let mut p = pinch.borrow_mut();
                p.touches.push((e.pointer_id(), e.client_x()));
                if let [(_, a), (_, b)] = p.touches[..] {
                    // Two fingers: a pinch, not a drag (and no click when it ends).
                    let left = plot.cast::<web_sys::Element>().map_or(0.0, |el| el.get_bounding_client_rect().left());
                    let anchor = ((f64::from(a + b) / 2.0) - left) / w;
                    p.start = Some((f64::from((a - b).abs()).max(20.0), window, anchor));
                    if let Some(d) = drag.borrow_mut().as_mut() {
                        d.pointer = -1;
                        d.moved = true;
                    }
                    return;
                }
            }
            if e.button() == 0 {
                let brush_left = e
                    .shift_key()
                    .then(|| plot.cast::<web_sys::Element>().map_or(0.0, |el| el.get_bounding_client_rect().left()));
                *drag.borrow_mut() =
                    Some(Drag { pointer: e.pointer_id(), x: e.client_x(), window, moved: false, brush_left });
            }
        })
    };
    let onpointermove = {
        let drag = drag.clone();
        let pinch = pinch.clone();
        let mover = mover.clone();
        let band = band.clone();
        Callback::from(move |e: PointerEvent| {
            {
                let mut p = pinch.borrow_mut();
                if let Some(t) = p.touches.iter_mut().find(|t| t.0 == e.pointer_id()) {
                    t.1 = e.client_x();
                }
                if let (Some((dist, start, anchor)), [(_, a), (_, b)]) = (p.start, &p.touches[..]) {
                    let now = f64::from((a - b).abs()).max(20.0);
                    mover.show(start.zoom(dist / now, anchor));
                    return;
                }
            }
            let mut slot = drag.borrow_mut();
            let Some(d) = slot.as_mut().filter(|d| d.pointer == e.pointer_id()) else { return };
            let dx = e.client_x() - d.x;
            if !d.moved && dx.abs() < 4 {
                return;
            }
            if !d.moved {
                d.moved = true;
                // Capture only once it is a drag, so a plain click still reaches its button.
                let target: web_sys::Element = e.target_unchecked_into();
                let _ = target.set_pointer_capture(e.pointer_id());
            }
            match d.brush_left {
                Some(left) => band.set(Some((f64::from(d.x) - left, f64::from(e.client_x()) - left))),
                None => mover.show(d.window.pan(-f64::from(dx) / w)),
            }
        })
    };
    let onpointerup = {
        let drag = drag.clone();
        let pinch = pinch.clone();
        let band = band.clone();
        let app = app.clone();
        let mover = mover.clone();
        Callback::from(move |e: PointerEvent| {
            // A finished brush becomes the quotes' period filter.
            if let Some((a, b)) = *band {
                band.set(None);
                let window = mover.current();
                let day_at = |x: f64| (window.start + window.days() * (x / w)).floor() as i64;
                let (from, to) = (day_at(a.min(b)), day_at(a.max(b)));
                app.dispatch(Action::SetPeriod(Some((from, to))));
            }
            let mut p = pinch.borrow_mut();
            p.touches.retain(|t| t.0 != e.pointer_id());
            let pinched = p.start.is_some();
            if p.touches.len() < 2 {
                p.start = None;
            }
            // Keep a finished drag around until the click that follows it is swallowed.
            let mut dragged = false;
            if let Some(d) = drag.borrow_mut().as_mut() {
                dragged = d.moved && d.brush_left.is_none();
                d.pointer = -1;
            }
            // A drag or pinch that ended is done moving: the app's window follows now.
            if (dragged || pinched) && p.touches.is_empty() {
                mover.commit();
            }
        })
    };
    // A click that ends a drag opens nothing; the plot forgets the drag once the click
    // has bubbled up to it (after the marks' handlers have looked).
    let dragged = {
        let drag = drag.clone();
        move |e: &MouseEvent| e.detail() > 0 && drag.borrow().is_some_and(|d| d.moved)
    };
    let onclick = {
        let drag = drag.clone();
        Callback::from(move |_: MouseEvent| {
            drag.borrow_mut().take();
        })
    };

    // Marks and publication lines by lane, in one pass each.
    let mut lane_marks: Vec<Vec<&Mark>> = vec![Vec::new(); lanes.labels.len()];
    for m in &marks {
        if let Some(v) = lane_marks.get_mut(m.lane) {
            v.push(m);
        }
    }
    let mut pubs_of: Vec<Vec<&timeline::PubMark>> = vec![Vec::new(); corpus.articles.len()];
    if mode == LaneMode::Article {
        for p in &pubs {
            if let Some(v) = pubs_of.get_mut(p.article) {
                v.push(p);
            }
        }
    }
    let spacer = |n: usize| {
        (n > 0).then(|| {
            html! { <li class="lane-spacer" aria-hidden="true" data-style={format!("height:{}px", n as i64 * rows.2)}></li> }
        })
    };
    let lane_views = lanes.labels.iter().enumerate().skip(first).take(end - first).map(|(li, label)| {
        let lane_marks = std::mem::take(&mut lane_marks[li]);
        let lane_pubs = lanes.articles[li].and_then(|a| pubs_of.get(a)).into_iter().flatten();
        html! {
            <li class="lane">
                <h3 class="lane-label" id={ids.id(&format!("lane-{li}"))}>{label.clone()}</h3>
                <ul class="lane-track pan-layer" aria-labelledby={ids.id(&format!("lane-{li}"))}>
                    { for lane_pubs.map(|p| html! {
                        <li class="pub-mark" data-style={format!("--x:{}px", px(p.x))} aria-hidden="true"></li>
                    }) }
                    { for lane_marks.into_iter().map(|m| mark_view(m, &app, &items, &dragged, w)) }
                </ul>
            </li>
        }
    });
    let lane_views: Vec<Html> = lane_views.collect();

    // A sharded corpus: its months not loaded, as bars of their event counts (on one
    // scale, so they keep their height as shards arrive) that load their shards; the
    // strip keeps its height when every month is loaded, so nothing moves.
    let mut bars: Vec<Html> = Vec::new();
    let sharded = ids.shards.months(|mo, most, status| {
        let (x0, x1) = (window.fraction(mo.days.0 as f64) * w, window.fraction(mo.days.1 as f64) * w);
        if x1 < -shift || x0 > w + shift {
            return;
        }
        let off = x1 < 0.0 || x0 > w;
        // (Why a shard failed is the bar's alert above the views.)
        let (state, class) = match status {
            Status::Loading => ("loading…", "month-bar is-loading"),
            Status::Failed(_) => ("could not be loaded — retry", "month-bar is-failed"),
            _ => ("not loaded — load", "month-bar"),
        };
        let label = format!("{}: {}, {state}", mo.name, events(mo.events));
        let busy = matches!(status, Status::Loading).then_some("true");
        let (ids, dragged, shards) = (ids.clone(), dragged.clone(), mo.shards.clone());
        let onclick = Callback::from(move |e: MouseEvent| {
            if !dragged(&e) {
                ids.shards.load(&shards);
            }
        });
        let style =
            format!("--x:{}px;--w:{}px;--h:{}", px(x0), px(x1 - x0 - 1.0).max(1), mo.events * 100 / most.max(1));
        bars.push(html! {
            <button type="button" class={class} data-style={style} onclick={onclick} aria-label={label.clone()}
                title={label} aria-busy={busy} tabindex={off.then_some("-1")} aria-hidden={off.then_some("true")}></button>
        });
    });
    let range = format!(
        "{} – {}",
        date_of(window.start.floor() as i64).map_or_else(String::new, long_date),
        date_of(window.end.floor() as i64).map_or_else(String::new, long_date)
    );
    let lane_buttons = LaneMode::ALL.into_iter().map(|m| {
        let app = app.clone();
        html! {
            <button type="button" class="seg-button" aria-pressed={(m == mode).to_string()}
                onclick={Callback::from(move |_: MouseEvent| app.dispatch(Action::SetLanes(m)))}>{m.label()}</button>
        }
    });

    html! {
        <section class="view timeline-view" aria-labelledby={ids.id("timeline-title")}>
            <div class="view-head">
                <h2 id={ids.id("timeline-title")} class="view-title">{"Timeline"}</h2>
                <p class="view-sub">{range}</p>
            </div>
            <div class="toolbar" role="toolbar" aria-label="Timeline controls">
                <div class="seg" role="group" aria-label="Lanes by">
                    <span class="seg-label" aria-hidden="true">{"Lanes"}</span>
                    { for lane_buttons }
                </div>
                <div class="seg" role="group" aria-label="Zoom">
                    <button type="button" class="icon-button" onclick={zoom(ZOOM_STEP)} aria-label="Zoom out" title="Zoom out (−)">{"−"}</button>
                    <button type="button" class="icon-button" onclick={zoom(1.0 / ZOOM_STEP)} aria-label="Zoom in" title="Zoom in (+)">{"+"}</button>
                    <button type="button" class="seg-button" onclick={fit} title="Fit the events (0)">{"Fit"}</button>
                </div>
                if beyond.earlier + beyond.later > 0 {
                    <div class="seg" role="group" aria-label="Events outside the view">
                        if beyond.earlier > 0 {
                            <button type="button" class="seg-button beyond-earlier" onclick={reveal(false)}
                                aria-label={format!("{} earlier: move to the nearest", events(beyond.earlier))}
                                title="Move to the nearest earlier event">{format!("← {} earlier", thousands(beyond.earlier))}</button>
                        }
                        if beyond.later > 0 {
                            <button type="button" class="seg-button beyond-later" onclick={reveal(true)}
                                aria-label={format!("{} later: move to the nearest", events(beyond.later))}
                                title="Move to the nearest later event">{format!("{} later →", thousands(beyond.later))}</button>
                        }
                    </div>
                }
                <div class="seg" role="group" aria-label="Period">
                    <button type="button" class="seg-button" onclick={quotes_in_view}
                        title="Show the quotes about the period in view, or the period brushed with shift-drag">
                        {match app.route.period {
                            Some((a, b)) => format!("Quotes from {}", timeline_view::period_label(a, b)),
                            None => "Quotes from this period".to_string(),
                        }}
                    </button>
                    if app.route.period.is_some() {
                        <button type="button" class="icon-button" onclick={clear_period}
                            aria-label="Clear the brushed period" title="Clear the brushed period">{"×"}</button>
                    }
                </div>
            </div>
            <div class="plot" ref={plot} tabindex="0" role="region"
                aria-label="Timeline plot. Left and right arrows pan; plus and minus zoom; 0 fits the events."
                onkeydown={onkeydown} onpointerdown={onpointerdown} onpointermove={onpointermove}
                onpointerup={onpointerup.clone()} onpointercancel={onpointerup} onclick={onclick}>
                <div class="axis" aria-hidden="true">
                    if let Some((a, b)) = *band {
                        <span class="brush is-live" data-style={format!("left:{}px;width:{}px", px(a.min(b)), px((a - b).abs()))}></span>
                    }
                    <div class="axis-layer pan-layer">
                        if let (None, Some((from, to))) = (*band, app.route.period) {
                            <span class="brush" data-style={{
                                let (lo, hi) = (-shift - 4.0, w + shift + 4.0);
                                let x0 = (window.fraction(from as f64) * w).max(lo);
                                let x1 = (window.fraction((to + 1) as f64) * w).min(hi);
                                format!("--x:{}px;--w:{}px", px(x0), px((x1 - x0).max(0.0)))
                            }}></span>
                        }
                        { for tick_marks.iter().map(|t| html! {
                            <span class={classes!("tick", t.major.then_some("is-major"))} data-style={format!("--x:{}px", px(t.x * wide_w - shift))}>
                                <span class="tick-label">{t.label.clone()}</span>
                            </span>
                        }) }
                        { for pub_flags.iter().map(|&(p, n, labelled)| {
                            let doc = &corpus.articles[p.article];
                            let when = doc.published.map(long_date).unwrap_or_default();
                            let title = if n == 1 {
                                format!("Published {when}: {}", doc.title)
                            } else {
                                format!("{n} articles published around {when}")
                            };
                            html! {
                                <span class="pub-flag" data-style={format!("--x:{}px", px(p.x))} title={title}>
                                    if labelled { <span class="pub-label">{"Published"}</span> }
                                </span>
                            }
                        }) }
                    </div>
                </div>
                if sharded {
                    <div class="months pan-layer" role="group" aria-label="Months not loaded">{ for bars }</div>
                }
                <ul class="lanes" ref={lanes_ref}>{ for spacer(first) }{ for lane_views }{ for spacer(n_lanes - end) }</ul>
            </div>
            <p class="hint">{"Drag or use the arrow keys to move through time; scroll, pinch or press + and − to zoom; shift-drag to pick a period for the quotes. Dashed lines mark when an article was published; dots and bars mark the dates its sentences talk about."}
                if sharded { {" Grey bars under the axis: events of months not loaded (click to load)."} }
            </p>
            <EventList items={items.clone()} corpus={corpus.clone()} visible={visible} open={open} />
        </section>
    }
}

/// `performance.mark(name)`, when the page has a Performance API.
#[cfg(feature = "csr")]
fn performance_mark(name: &str) {
    use wasm_bindgen::JsCast;
    let global = js_sys::global();
    let Ok(perf) = js_sys::Reflect::get(&global, &"performance".into()) else { return };
    let Ok(mark) = js_sys::Reflect::get(&perf, &"mark".into()) else { return };
    if let Some(mark) = mark.dyn_ref::<js_sys::Function>() {
        let _ = mark.call1(&perf, &name.into());
    }
}

/// Copies each `data-style` declaration under `root` into that element's inline style
/// through the CSSOM (see the effect in [`Timeline`]).
#[cfg(feature = "csr")]
fn apply_positions(root: &web_sys::Element) {
    use wasm_bindgen::JsCast;
    let Ok(nodes) = root.query_selector_all("[data-style]") else { return };
    for i in 0..nodes.length() {
        let Some(el) = nodes.item(i).and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok()) else { continue };
        if let Some(css) = el.get_attribute("data-style") {
            el.style().set_css_text(&css);
        }
    }
}

/// Whole pixels for inline styles (integer formatting keeps float printing out of the wasm).
fn px(x: f64) -> i64 {
    x.round() as i64
}

/// "18 Mar" for a day (the axis gives the year), else the full label ("April 2025").
fn short_date(item: &timeline::Item) -> String {
    use chrono::Datelike;
    match (item.granularity, date_of(item.start)) {
        (crate::model::Granularity::Day | crate::model::Granularity::Time, Some(d)) => {
            format!("{} {}", d.day(), &crate::view::MONTHS[d.month0() as usize][..3])
        }
        _ => item.date_label(),
    }
}

/// Touches on the plot, and the pinch they make: (finger distance, window, anchor) at its start.
#[derive(Clone, Debug, Default)]
struct Pinch {
    touches: Vec<(i32, i32)>,
    start: Option<(f64, Window, f64)>,
}

/// A drag in progress (or just finished, until its click is swallowed).
#[derive(Clone, Copy, Debug)]
struct Drag {
    pointer: i32,
    x: i32,
    window: Window,
    moved: bool,
    /// Shift-drag brushes a period instead of panning: the plot's left edge (client px).
    brush_left: Option<f64>,
}

fn mark_view(
    m: &Mark,
    app: &crate::app::state::AppContext,
    items: &Rc<[timeline::Item]>,
    dragged: &(impl Fn(&MouseEvent) -> bool + Clone + 'static),
    width: f64,
) -> Html {
    let first = &items[m.items[0]];
    // Marks laid out in the margins (off the plot until it pans there) are out of the tab
    // order and of the accessibility tree, as if not drawn: the keyboard and screen
    // readers meet the marks in view, as before the margins existed.
    let off = m.x + m.w < -timeline::CLUSTER_PX || m.x > width + timeline::CLUSTER_PX;
    let tabindex = off.then_some("-1");
    let hidden = off.then_some("true");
    let colour = first.speakers.first().map(|s| format!("spk-{}", app.corpus.speaker_colour(s)));
    // The sentence selected elsewhere (reader, quotes, search) is marked here too.
    let selected_article = app.article();
    let selected = m
        .items
        .iter()
        .any(|&i| Some(items[i].article) == selected_article && Some(items[i].sentence) == app.route.sentence);
    match m.kind {
        MarkKind::Cluster => {
            let window = Window::around(m.start, m.end);
            let app = app.clone();
            let dragged = dragged.clone();
            let onclick = Callback::from(move |e: MouseEvent| {
                if !dragged(&e) {
                    app.dispatch(Action::SetWindow(window));
                }
            });
            let label = format!(
                "{} events, {} to {}: zoom in",
                m.items.len(),
                date_of(m.start).map_or_else(String::new, long_date),
                date_of(m.end).map_or_else(String::new, long_date)
            );
            html! {
                <li class="mark-slot" data-style={format!("--x:{}px", px(m.x))} aria-hidden={hidden}>
                    <button type="button" class={classes!("mark", "mark-cluster", selected.then_some("is-selected"))} onclick={onclick} aria-label={label.clone()} title={label} tabindex={tabindex}>
                        {m.items.len()}
                    </button>
                </li>
            }
        }
        MarkKind::Point | MarkKind::Bar => {
            let app2 = app.clone();
            let dragged = dragged.clone();
            let (article, sentence) = (first.article, first.sentence);
            let onclick = Callback::from(move |e: MouseEvent| {
                if !dragged(&e) {
                    app2.dispatch(Action::Open { article, sentence: Some(sentence), quote: None });
                }
            });
            let doc = &app.corpus.articles[first.article];
            let label = format!("{}: {} ({})", first.date_label(), first.label, doc.title);
            let is_bar = m.kind == MarkKind::Bar;
            let style = if is_bar {
                format!("--x:{}px;--w:{}px;--row:{}", px(m.x), px(m.w).max(2), m.row)
            } else {
                format!("--x:{}px;--room:{}px", px(m.x), px(m.room))
            };
            let labelled = !is_bar && m.room >= 60.0;
            html! {
                <li class={classes!("mark-slot", is_bar.then_some("is-bar"))} data-style={style} aria-hidden={hidden}>
                    <button type="button" tabindex={tabindex}
                        class={classes!("mark", if is_bar { "mark-bar" } else { "mark-point" }, colour,
                            first.uncertain.then_some("is-uncertain"), selected.then_some("is-selected"))}
                        aria-current={selected.then_some("true")}
                        data-date={first.date.clone()} onclick={onclick} title={label.clone()}
                        aria-label={(!labelled).then_some(label)}>
                        if labelled {
                            // The visible label is the accessible name (cut by CSS, whole in the DOM).
                            <span class="mark-text">
                                <span class="mark-date">{short_date(first)}</span>
                                <span class="mark-summary">{first.label.clone()}</span>
                                <span class="visually-hidden">{format!(" ({}, {})", first.date_label(), doc.title)}</span>
                            </span>
                        }
                    </button>
                </li>
            }
        }
    }
}

/// The window on screen while input moves it, ahead of the app's (see the module docs).
struct Live {
    /// The window the marks were laid out for: the app's at the last render.
    rendered: Window,
    /// The window on screen.
    current: Window,
    /// The plot's width at the last render.
    width: f64,
    /// The window the event list shows (behind while a gesture goes on).
    listed: Window,
    /// Set when a gesture commits the window because it left what was drawn: the render
    /// that follows leaves the event list alone.
    moving: bool,
    /// The (translation, zoom) last written to the layers, to write only what changed.
    #[cfg(feature = "csr")]
    written: Option<(i64, i64)>,
    /// The pending commit timer.
    #[cfg(feature = "csr")]
    timer: Option<i32>,
    /// What the timer calls (made once per mounted view).
    #[cfg(feature = "csr")]
    settle: Option<wasm_bindgen::closure::Closure<dyn FnMut()>>,
}

impl Live {
    fn new(window: Window) -> Live {
        Live {
            rendered: window,
            current: window,
            width: DEFAULT_WIDTH,
            listed: window,
            moving: false,
            #[cfg(feature = "csr")]
            written: None,
            #[cfg(feature = "csr")]
            timer: None,
            #[cfg(feature = "csr")]
            settle: None,
        }
    }

    /// Whether the window on screen is not yet the app's.
    fn pending(&self) -> bool {
        self.current != self.rendered
    }

    /// Whether `to` can be shown by moving and scaling what is drawn: it stays inside
    /// the laid-out margin, and marks are scaled by at most [`LIVE_ZOOM`].
    fn reachable(&self, to: Window) -> bool {
        let r = self.rendered;
        let margin = MARGIN * r.days();
        let zoom = r.days() / to.days();
        (LIVE_ZOOM.0..=LIVE_ZOOM.1).contains(&zoom) && to.start >= r.start - margin && to.end <= r.end + margin
    }

    /// The layers' translation (whole pixels) and the scale of positions (millionths)
    /// that show `current` with the marks laid out for `rendered`: a day at `x` pixels
    /// for `rendered` is at `x * zoom + translation` for `current`.
    #[cfg_attr(not(feature = "csr"), allow(dead_code))]
    fn transform(&self) -> (i64, i64) {
        let (r, v) = (self.rendered, self.current);
        let translation = (r.start - v.start) * self.width / v.days();
        (translation.round() as i64, (r.days() / v.days() * 1e6).round() as i64)
    }

    fn cancel_timer(&mut self) {
        #[cfg(feature = "csr")]
        if let Some(id) = self.timer.take() {
            gloo::utils::window().clear_timeout_with_handle(id);
        }
    }

    /// Writes the transform to the plot's layers (`fresh`: after a render, which may have
    /// added layers, so every layer is written).
    #[cfg(feature = "csr")]
    fn apply(&mut self, plot: &web_sys::Element, fresh: bool) {
        use wasm_bindgen::JsCast;
        let now = self.transform();
        if !fresh && self.written == Some(now) {
            return;
        }
        let before = if fresh { None } else { self.written };
        self.written = Some(now);
        let Ok(layers) = plot.query_selector_all(".pan-layer") else { return };
        let (translation, zoom) = now;
        // Integers only: float printing would add to the wasm.
        let transform = format!("translateX({translation}px)");
        let scale = format!("calc({zoom} / 1000000)");
        for i in 0..layers.length() {
            let Some(el) = layers.item(i).and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok()) else { continue };
            let style = el.style();
            if before.map(|b| b.0) != Some(translation) {
                let _ = style.set_property("transform", &transform);
            }
            if before.map(|b| b.1) != Some(zoom) {
                let _ = style.set_property("--z", &scale);
            }
        }
    }

    /// Starts (or restarts) the timer that commits the window on screen.
    #[cfg(feature = "csr")]
    fn schedule(&mut self) {
        use wasm_bindgen::JsCast;
        self.cancel_timer();
        if let Some(settle) = &self.settle {
            self.timer = gloo::utils::window()
                .set_timeout_with_callback_and_timeout_and_arguments_0(settle.as_ref().unchecked_ref(), SETTLE_MS)
                .ok();
        }
    }
}

/// Moves the window on screen for input (keys, drag, wheel, pinch) and commits it.
#[derive(Clone)]
struct Mover {
    live: Rc<std::cell::RefCell<Live>>,
    #[cfg_attr(not(feature = "csr"), allow(dead_code))]
    plot: NodeRef,
    dispatcher: UseReducerDispatcher<crate::app::state::AppState>,
}

impl Mover {
    /// The window on screen.
    fn current(&self) -> Window {
        self.live.borrow().current
    }

    /// Shows `to`: by moving and scaling what is drawn when it can (the app's window
    /// follows when input rests), else by making it the app's window now.
    fn show(&self, to: Window) {
        let to = to.clamped();
        let mut live = self.live.borrow_mut();
        live.current = to;
        let reachable = live.reachable(to);
        // Drawn again now when out of reach; the event list follows when the input rests.
        live.moving = !reachable;
        #[cfg(feature = "csr")]
        {
            if let (true, Some(el)) = (reachable, self.plot.cast::<web_sys::Element>()) {
                live.apply(&el, false);
            }
            live.schedule();
        }
        drop(live);
        if !reachable {
            self.dispatcher.dispatch(Action::SetWindow(to));
        }
    }

    /// Makes the window on screen the app's now (a gesture ended).
    fn commit(&self) {
        let mut live = self.live.borrow_mut();
        live.cancel_timer();
        if live.pending() {
            let to = live.current;
            drop(live);
            self.dispatcher.dispatch(Action::SetWindow(to));
        }
    }

    /// Drops the input not yet committed (another action sets the window) and returns the
    /// window that was on screen.
    fn discard(&self) -> Window {
        let mut live = self.live.borrow_mut();
        live.cancel_timer();
        let shown = live.current;
        live.current = live.rendered;
        #[cfg(feature = "csr")]
        if let Some(el) = self.plot.cast::<web_sys::Element>() {
            live.apply(&el, false);
        }
        shown
    }
}

/// Props of [`EventList`]: the lists compare by identity, so it renders only when the
/// events in view (or the corpus) changed.
#[derive(Properties)]
struct EventListProps {
    items: Rc<[timeline::Item]>,
    corpus: Rc<crate::view::corpus::Corpus>,
    /// The events in view, as indices into `items`.
    visible: Rc<Vec<usize>>,
    /// Opens (article, sentence) in the reader.
    open: Callback<(usize, usize)>,
}

impl PartialEq for EventListProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.items, &other.items)
            && Rc::ptr_eq(&self.corpus, &other.corpus)
            && Rc::ptr_eq(&self.visible, &other.visible)
            && self.open == other.open
    }
}

/// The events in view under the plot (the first [`EVENT_LIST_MAX`], then a count).
#[component]
fn EventList(props: &EventListProps) -> Html {
    let EventListProps { items, corpus, visible, open } = props;
    html! {
        <>
            <h3 class="list-title">{format!("{} event{} in view", visible.len(), if visible.len() == 1 { "" } else { "s" })}</h3>
            <ol class="event-list">
                { for visible.iter().take(EVENT_LIST_MAX).map(|&i| {
                    let it = &items[i];
                    let doc = &corpus.articles[it.article];
                    let (article, sentence) = (it.article, it.sentence);
                    let onclick = open.reform(move |_: MouseEvent| (article, sentence));
                    html! {
                        <li key={i}>
                            <button type="button" class="event-row" onclick={onclick}>
                                <span class="event-date">{it.date_label()}</span>
                                <span class="event-summary">{it.label.clone()}</span>
                                <span class="event-source">{doc.title.clone()}</span>
                            </button>
                        </li>
                    }
                }) }
                if visible.len() > EVENT_LIST_MAX {
                    <li class="event-more">{format!("and {} more: zoom in to list them", visible.len() - EVENT_LIST_MAX)}</li>
                }
            </ol>
        </>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn live(rendered: Window, current: Window, width: f64) -> Live {
        Live { current, width, ..Live::new(rendered) }
    }

    /// Where `day` is drawn: laid out for the rendered window, then moved and scaled.
    fn drawn(l: &Live, day: f64) -> f64 {
        let (translation, zoom) = l.transform();
        l.rendered.fraction(day) * l.width * (zoom as f64 / 1e6) + translation as f64
    }

    #[test]
    fn moved_and_scaled_marks_land_where_the_current_window_puts_them() {
        let r = Window { start: 1000.0, end: 1100.0 };
        for v in [r, r.pan(0.3), r.pan(-0.7), r.zoom(1.0 / 1.5, 0.5), r.zoom(1.5, 0.2).pan(0.4), r.zoom(0.5, 1.0)] {
            let l = live(r, v, 960.0);
            for day in [990.0, 1000.0, 1042.5, 1100.0, 1180.0] {
                let want = v.fraction(day) * 960.0;
                // Within a pixel: the translation is whole pixels.
                assert!((drawn(&l, day) - want).abs() <= 0.6, "{v:?} day {day}: {} vs {want}", drawn(&l, day));
            }
        }
    }

    #[test]
    fn a_window_past_the_drawn_margin_or_the_zoom_range_is_laid_out_again() {
        let r = Window { start: 1000.0, end: 1100.0 };
        let l = live(r, r, 960.0);
        assert!(l.reachable(r.pan(MARGIN)), "panned by the margin");
        assert!(!l.reachable(r.pan(MARGIN + 0.01)), "past the margin");
        assert!(!l.reachable(r.pan(-MARGIN - 0.01)), "past the margin on the left");
        assert!(l.reachable(r.zoom(1.5, 0.5)) && l.reachable(r.zoom(1.0 / 1.5, 0.5)), "one zoom step either way");
        assert!(!l.reachable(r.zoom(1.0 / 2.1, 0.5)), "zoomed in past the scaling range");
        assert!(!l.reachable(r.zoom(2.5, 0.5)), "zoomed out past the margin");
    }
}
