//! Loading, error and empty states: plain functions that return markup, not components
//! (each component type costs the app's wasm its own copy of Yew's component machinery).

use yew::prelude::*;

use crate::app::Instance;

/// Shown while the corpus is fetched.
pub fn loading() -> Html {
    html! {
        <div class="status" role="status" aria-live="polite">
            <span class="spinner" aria-hidden="true"></span>
            {"Loading the articles…"}
        </div>
    }
}

/// The whole corpus could not be loaded: `message` says what went wrong and what to do.
pub fn load_error(instance: &Instance, message: &str) -> Html {
    html! {
        <section class="panel panel-error" role="alert" aria-labelledby={instance.id("load-error-title")}>
            <h2 id={instance.id("load-error-title")}>{"The articles could not be loaded"}</h2>
            <p>{message.to_string()}</p>
        </section>
    }
}

/// Articles of the bundle that did not load (the others still show); nothing when none.
pub fn problems(problems: &[String]) -> Html {
    if problems.is_empty() {
        return html! {};
    }
    let n = problems.len();
    let summary = if n == 1 {
        "1 article could not be loaded; the others are shown.".to_string()
    } else {
        format!("{n} articles could not be loaded; the others are shown.")
    };
    html! {
        <details class="panel panel-warning" role="status">
            <summary>{summary}</summary>
            <ul>{ for problems.iter().map(|p| html! { <li>{p.clone()}</li> }) }</ul>
        </details>
    }
}

/// Nothing to show (`title`), and why (`text`).
pub fn empty(title: &'static str, text: &'static str) -> Html {
    html! {
        <div class="panel panel-empty">
            <h2>{title}</h2>
            <p>{text}</p>
        </div>
    }
}
