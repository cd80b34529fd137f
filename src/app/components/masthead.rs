//! The masthead: title, corpus counts, search box, theme switch and the view tabs.

use yew::prelude::*;

use crate::app::hooks::use_app;
use crate::app::services;
use crate::app::state::{Action, Load};
use crate::view::route::View;

/// The masthead.
#[component]
pub fn Masthead() -> Html {
    let app = use_app();
    let theme = use_state(|| "light".to_string());
    {
        let theme = theme.clone();
        use_effect_with((), move |_| {
            let chosen = services::stored_theme().unwrap_or_else(|| {
                if services::prefers_dark() {
                    "dark".into()
                } else {
                    "light".into()
                }
            });
            theme.set(chosen);
        });
    }
    let toggle = {
        let theme = theme.clone();
        Callback::from(move |_: MouseEvent| {
            let next = if *theme == "dark" { "light" } else { "dark" };
            services::set_theme(next);
            theme.set(next.to_string());
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
                <a class={classes!("tab", current.then_some("is-current"))} href={href}
                   aria-current={current.then_some("page")}>{v.label()}</a>
            </li>
        }
    });
    html! {
        <header class="masthead">
            <div class="masthead-row">
                <div class="brand">
                    <h1 class="brand-title"><a href="#timeline">{"Article Explorer"}</a></h1>
                    <p class="brand-counts">{counts}</p>
                </div>
                <form class="search-form" role="search" onsubmit={onsubmit}>
                    <label for="search-input" class="visually-hidden">{"Search articles, quotes, speakers and entities"}</label>
                    <input id="search-input" class="search-input" type="search" autocomplete="off" spellcheck="false"
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
