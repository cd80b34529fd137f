//! The timeline view: a zoomable, pannable time axis with lanes of events.
//!
//! Layout, ticks and clustering come from [`crate::view::timeline`]; this component
//! measures the plot, draws the marks as buttons positioned in pixels, and turns wheel,
//! drag, keys and buttons into [`Action`]s. The list under the plot names every event in
//! view, for screen readers and narrow screens.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::hooks::{use_app, use_instance};
use crate::app::state::Action;
use crate::view::long_date;
use crate::view::timeline as timeline_view;
use crate::view::timeline::{self, date_of, ticks, LaneMode, Mark, MarkKind, Window};

/// Plot width assumed before measuring (and in server rendering).
const DEFAULT_WIDTH: f64 = 960.0;
/// Zoom step for buttons and keys.
const ZOOM_STEP: f64 = 1.5;

/// The timeline view.
#[component]
pub fn Timeline() -> Html {
    let app = use_app();
    let ids = use_instance();
    let plot = use_node_ref();
    let width = use_state_eq(|| DEFAULT_WIDTH);
    let drag = use_mut_ref(|| None::<Drag>);
    let pinch = use_mut_ref(Pinch::default);
    // The period being brushed (shift-drag), in plot pixels, while the pointer is down.
    let band = use_state(|| None::<(f64, f64)>);

    // Measure the plot now and whenever the window resizes.
    #[cfg(feature = "csr")]
    {
        let plot = plot.clone();
        let width = width.clone();
        use_effect_with((), move |_| {
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
            move || drop(listener)
        });
    }

    // Wheel zoom needs a listener that may prevent scrolling (Yew's own is passive).
    #[cfg(feature = "csr")]
    {
        let plot = plot.clone();
        let dispatcher = app.dispatcher();
        use_effect_with((), move |_| {
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
                    dispatcher.dispatch(Action::Zoom { factor, anchor });
                })
            });
            move || drop(listener)
        });
    }

    // Positions are computed per render and written through the CSSOM after each one: a
    // `style` attribute would be blocked by the strict Content-Security-Policy the app
    // ships under (`style-src 'self'`), while `element.style` is not.
    #[cfg(feature = "csr")]
    {
        let plot = plot.clone();
        use_effect(move || {
            if let Some(el) = plot.cast::<web_sys::Element>() {
                apply_positions(&el);
            }
        });
    }

    let corpus = app.corpus.clone();
    let items = app.derived.items.clone();
    let window = app.window();
    let mode = app.route.lanes;
    let lanes = {
        let (corpus, items) = (corpus.clone(), items.clone());
        use_memo((Rc::as_ptr(&app.derived) as usize, mode), move |_| timeline::lanes(&corpus, &items, mode))
    };
    let w = *width;
    let marks = timeline::layout(&items, &lanes, window, w);
    let (_, tick_marks) = ticks(window, w);
    let pubs = timeline::published(&corpus, window, w);
    // Publication flags close together share one label.
    let pub_flags: Vec<(&timeline::PubMark, bool)> = {
        let mut sorted: Vec<&timeline::PubMark> = pubs.iter().collect();
        sorted.sort_by(|a, b| a.x.total_cmp(&b.x));
        let mut last = f64::NEG_INFINITY;
        sorted
            .into_iter()
            .map(|p| {
                let labelled = p.x - last > 84.0;
                if labelled {
                    last = p.x;
                }
                (p, labelled)
            })
            .collect()
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

    let zoom = |factor: f64| {
        let app = app.clone();
        Callback::from(move |_: MouseEvent| app.dispatch(Action::Zoom { factor, anchor: 0.5 }))
    };
    let fit = {
        let app = app.clone();
        Callback::from(move |_: MouseEvent| app.dispatch(Action::Fit))
    };
    let quotes_in_view = {
        let app = app.clone();
        let period = app.route.period.unwrap_or((window.start.ceil() as i64, window.end.floor() as i64 - 1));
        Callback::from(move |_: MouseEvent| {
            let filter = crate::view::quotes::Filter { period: Some(period), ..app.route.quote_filter() };
            app.dispatch(Action::FilterQuotes(filter));
        })
    };
    let clear_period = {
        let app = app.clone();
        Callback::from(move |_: MouseEvent| app.dispatch(Action::SetPeriod(None)))
    };
    let onkeydown = {
        let app = app.clone();
        Callback::from(move |e: KeyboardEvent| {
            let action = match e.key().as_str() {
                "ArrowLeft" => Action::Pan(-0.1),
                "ArrowRight" => Action::Pan(0.1),
                "+" | "=" => Action::Zoom { factor: 1.0 / ZOOM_STEP, anchor: 0.5 },
                "-" | "_" => Action::Zoom { factor: ZOOM_STEP, anchor: 0.5 },
                "0" | "Home" => Action::Fit,
                _ => return,
            };
            e.prevent_default();
            app.dispatch(action);
        })
    };
    let onpointerdown = {
        let drag = drag.clone();
        let pinch = pinch.clone();
        let plot = plot.clone();
        Callback::from(move |e: PointerEvent| {
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
        let app = app.clone();
        let band = band.clone();
        Callback::from(move |e: PointerEvent| {
            {
                let mut p = pinch.borrow_mut();
                if let Some(t) = p.touches.iter_mut().find(|t| t.0 == e.pointer_id()) {
                    t.1 = e.client_x();
                }
                if let (Some((dist, start, anchor)), [(_, a), (_, b)]) = (p.start, &p.touches[..]) {
                    let now = f64::from((a - b).abs()).max(20.0);
                    app.dispatch(Action::SetWindow(start.zoom(dist / now, anchor)));
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
                None => app.dispatch(Action::SetWindow(d.window.pan(-f64::from(dx) / w))),
            }
        })
    };
    let onpointerup = {
        let drag = drag.clone();
        let pinch = pinch.clone();
        let band = band.clone();
        let app = app.clone();
        Callback::from(move |e: PointerEvent| {
            // A finished brush becomes the quotes' period filter.
            if let Some((a, b)) = *band {
                band.set(None);
                let day_at = |x: f64| (window.start + window.days() * (x / w)).floor() as i64;
                let (from, to) = (day_at(a.min(b)), day_at(a.max(b)));
                app.dispatch(Action::SetPeriod(Some((from, to))));
            }
            let mut p = pinch.borrow_mut();
            p.touches.retain(|t| t.0 != e.pointer_id());
            if p.touches.len() < 2 {
                p.start = None;
            }
            // Keep a finished drag around until the click that follows it is swallowed.
            if let Some(d) = drag.borrow_mut().as_mut() {
                d.pointer = -1;
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

    let lane_views = lanes.labels.iter().enumerate().map(|(li, label)| {
        let lane_marks: Vec<&Mark> = marks.iter().filter(|m| m.lane == li).collect();
        let lane_pubs = pubs.iter().filter(|p| mode == LaneMode::Article && lanes.articles[li] == Some(p.article));
        html! {
            <li class="lane">
                <h3 class="lane-label" id={ids.id(&format!("lane-{li}"))}>{label.clone()}</h3>
                <ul class="lane-track" aria-labelledby={ids.id(&format!("lane-{li}"))}>
                    { for lane_pubs.map(|p| html! {
                        <li class="pub-mark" data-style={format!("left:{}px", px(p.x))} aria-hidden="true"></li>
                    }) }
                    { for lane_marks.into_iter().map(|m| mark_view(m, &app, &items, &dragged)) }
                </ul>
            </li>
        }
    });

    let range = format!(
        "{} – {}",
        date_of(window.start.floor() as i64).map_or_else(String::new, long_date),
        date_of(window.end.floor() as i64).map_or_else(String::new, long_date)
    );
    let visible: Vec<usize> = {
        let mut v: Vec<usize> = marks.iter().flat_map(|m| m.items.iter().copied()).collect();
        v.sort_unstable();
        v.dedup();
        v
    };
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
                    <button type="button" class="seg-button" onclick={fit} title="Show everything (0)">{"Fit"}</button>
                </div>
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
                aria-label="Timeline plot. Left and right arrows pan; plus and minus zoom; 0 shows everything."
                onkeydown={onkeydown} onpointerdown={onpointerdown} onpointermove={onpointermove}
                onpointerup={onpointerup.clone()} onpointercancel={onpointerup} onclick={onclick}>
                <div class="axis" aria-hidden="true">
                    if let Some((a, b)) = *band {
                        <span class="brush is-live" data-style={format!("left:{}px;width:{}px", px(a.min(b)), px((a - b).abs()))}></span>
                    } else if let Some((from, to)) = app.route.period {
                        <span class="brush" data-style={{
                            let x0 = window.fraction(from as f64) * w;
                            let x1 = window.fraction((to + 1) as f64) * w;
                            format!("left:{}px;width:{}px", px(x0.max(-4.0)), px((x1.min(w + 4.0) - x0.max(-4.0)).max(0.0)))
                        }}></span>
                    }
                    { for tick_marks.iter().map(|t| html! {
                        <span class={classes!("tick", t.major.then_some("is-major"))} data-style={format!("left:{}px", px(t.x * w))}>
                            <span class="tick-label">{t.label.clone()}</span>
                        </span>
                    }) }
                    { for pub_flags.iter().map(|(p, labelled)| {
                        let doc = &corpus.articles[p.article];
                        let when = doc.published.map(long_date).unwrap_or_default();
                        html! {
                            <span class="pub-flag" data-style={format!("left:{}px", px(p.x))} title={format!("Published {when}: {}", doc.title)}>
                                if *labelled { {"Published"} }
                            </span>
                        }
                    }) }
                </div>
                <ul class="lanes">{ for lane_views }</ul>
            </div>
            <p class="hint">{"Drag or use the arrow keys to move through time; scroll, pinch or press + and − to zoom; shift-drag to pick a period for the quotes. Dashed lines mark when an article was published; dots and bars mark the dates its sentences talk about."}</p>
            <h3 class="list-title">{format!("{} event{} in view", visible.len(), if visible.len() == 1 { "" } else { "s" })}</h3>
            <ol class="event-list">
                { for visible.iter().map(|&i| {
                    let it = &items[i];
                    let doc = &corpus.articles[it.article];
                    let open = open_item(&app, it.article, it.sentence);
                    html! {
                        <li>
                            <button type="button" class="event-row" onclick={open}>
                                <span class="event-date">{it.date_label()}</span>
                                <span class="event-summary">{it.label.clone()}</span>
                                <span class="event-source">{doc.title.clone()}</span>
                            </button>
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}

/// Whole pixels for inline styles (integer formatting keeps float printing out of the wasm).
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

fn open_item(app: &crate::app::state::AppContext, article: usize, sentence: usize) -> Callback<MouseEvent> {
    let app = app.clone();
    Callback::from(move |_: MouseEvent| app.dispatch(Action::Open { article, sentence: Some(sentence), quote: None }))
}

fn mark_view(
    m: &Mark,
    app: &crate::app::state::AppContext,
    items: &Rc<[timeline::Item]>,
    dragged: &(impl Fn(&MouseEvent) -> bool + Clone + 'static),
) -> Html {
    let first = &items[m.items[0]];
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
                <li class="mark-slot" data-style={format!("left:{}px", px(m.x))}>
                    <button type="button" class={classes!("mark", "mark-cluster", selected.then_some("is-selected"))} onclick={onclick} aria-label={label.clone()} title={label}>
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
                format!("left:{}px;width:{}px;--row:{}", px(m.x), px(m.w).max(2), m.row)
            } else {
                format!("left:{}px;--room:{}px", px(m.x), px(m.room))
            };
            let labelled = !is_bar && m.room >= 60.0;
            html! {
                <li class={classes!("mark-slot", is_bar.then_some("is-bar"))} data-style={style}>
                    <button type="button"
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
