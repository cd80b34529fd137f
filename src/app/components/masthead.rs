//! The masthead: title, corpus counts, search box, theme switch and the view tabs.

use yew::prelude::*;

use crate::app::hooks::{nothing, use_app, use_effect_on, use_instance, use_value};
use crate::app::services;
use crate::app::state::{Action, Load};
use crate::app::{AppEvent, Theme};
use crate::view::route::View;

/// The masthead, drawn by [`super::Shell`]: a hook that returns markup rather than a
/// component (each component type costs the app's wasm its own copy of Yew's machinery).
#[hook]
pub fn use_masthead() -> Html {
    let app = use_app();
    let instance = use_instance();
    let theme = use_value(|| "light".to_string());
    {
        // The host's choice, else (on the app's own page) the reader's, else the system's.
        let theme = theme.clone();
        let (forced, embedded) = (instance.theme, instance.embedded);
        use_effect_on(forced, move |_| {
            let stored = if embedded { None } else { services::stored_theme() };
            let chosen = forced.map(|t| t.as_str().to_string()).or(stored).unwrap_or_else(|| {
                if services::prefers_dark() {
                    "dark".into()
                } else {
                    "light".into()
                }
            });
            theme.set(chosen);
            nothing()
        });
    }
    let toggle = {
        let theme = theme.clone();
        let instance = instance.clone();
        Callback::from(move |_: MouseEvent| {
            let next = if *theme == "dark" { Theme::Light } else { Theme::Dark };
            // An embed does not own the document: its host applies the theme to it.
            if instance.embedded {
                instance.events.emit(AppEvent::Theme(next));
            } else {
                services::set_theme(next.as_str());
            }
            theme.set(next.as_str().to_string());
        })
    };
    // Tabs and the title are hash links on the app's own page; an embed that leaves
    // the URL alone switches views itself.
    let go = |view: View| {
        let app = app.clone();
        let sync = instance.sync_url;
        Callback::from(move |e: MouseEvent| {
            if !sync {
                e.prevent_default();
                app.dispatch(Action::Show(view));
            }
        })
    };
    let oninput = {
        let app = app.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            app.dispatch(Action::Search(input.value()));
        })
    };
    let onsubmit = Callback::from(|e: SubmitEvent| e.prevent_default());
    let counts = if app.load == Load::Ready {
        let c = &app.corpus;
        let plural = |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
        format!(
            "{} · {} · {}",
            plural(c.articles.len(), "article", "articles"),
            plural(c.quote_count(), "quote", "quotes"),
            plural(c.event_count(), "dated event", "dated events")
        )
    } else {
        String::new()
    };
    let dark = *theme == "dark";
    let tabs = View::ALL.into_iter().map(|v| {
        let current = app.route.view == v;
        let href = crate::view::route::Route { view: v, ..app.route.clone() }.to_hash();
        html! {
            <li>
                <a class={classes!("tab", current.then_some("is-current"))} href={href} onclick={go(v)}
                   aria-current={current.then_some("page")}>{v.label()}</a>
            </li>
        }
    });
    html! {
        <header class="masthead">
            <div class="masthead-row">
                <div class="brand">
                    <h1 class="brand-title"><a href="#timeline" onclick={go(View::Timeline)}>{"Article Explorer"}</a></h1>
                    <p class="brand-counts">{counts}</p>
                </div>
                <form class="search-form" role="search" onsubmit={onsubmit}>
                    <label for={instance.id("search-input")} class="visually-hidden">{"Search articles, quotes, speakers and entities"}</label>
                    <input id={instance.id("search-input")} ref={instance.search.clone()} class="search-input" type="search" autocomplete="off" spellcheck="false"
                        placeholder="Search quotes, people, places…  ( / )"
                        value={app.route.find.clone()} oninput={oninput} />
                </form>
                <button type="button" class="theme-toggle" onclick={toggle}
                    aria-label={if dark { "Switch to light theme" } else { "Switch to dark theme" }}
                    title={if dark { "Switch to light theme" } else { "Switch to dark theme" }}>
                    <span aria-hidden="true">{if dark { "☀" } else { "☾" }}</span>
                </button>
            </div>
            <nav class="tabs" aria-label="Views">
                <ul>{ for tabs }</ul>
            </nav>
        </header>
    }
}
