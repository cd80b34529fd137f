//! Loading, error and empty states.

use yew::prelude::*;

use crate::app::hooks::{use_app, use_instance};

/// Shown while the corpus is fetched.
#[component]
pub fn Loading() -> Html {
    html! {
        <div class="status" role="status" aria-live="polite">
            <span class="spinner" aria-hidden="true"></span>
            {"Loading the articles…"}
        </div>
    }
}

/// Props of [`LoadError`].
#[derive(Properties, PartialEq)]
pub struct LoadErrorProps {
    /// What went wrong and what to do.
    pub message: AttrValue,
}

/// The whole corpus could not be loaded.
#[component]
pub fn LoadError(props: &LoadErrorProps) -> Html {
    let instance = use_instance();
    html! {
        <section class="panel panel-error" role="alert" aria-labelledby={instance.id("load-error-title")}>
            <h2 id={instance.id("load-error-title")}>{"The articles could not be loaded"}</h2>
            <p>{props.message.clone()}</p>
        </section>
    }
}

/// Articles of the bundle that did not load (the others still show).
#[component]
pub fn Problems() -> Html {
    let app = use_app();
    let problems = &app.corpus.problems;
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

/// Props of [`Empty`].
#[derive(Properties, PartialEq)]
pub struct EmptyProps {
    /// Headline.
    pub title: AttrValue,
    /// Explanation.
    pub text: AttrValue,
}

/// Nothing to show, and why.
#[component]
pub fn Empty(props: &EmptyProps) -> Html {
    html! {
        <div class="panel panel-empty">
            <h2>{props.title.clone()}</h2>
            <p>{props.text.clone()}</p>
        </div>
    }
}
