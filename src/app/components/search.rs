//! Search results, ranked, with matched words highlighted; they update as you type.

use yew::prelude::*;

use super::marked::marked;
use crate::app::hooks::{use_app, use_instance};
use crate::app::state::Action;
use crate::search::Kind;
use crate::view::quotes::Filter;

/// Most results shown.
const LIMIT: usize = 50;

/// The search view.
#[component]
pub fn SearchResults() -> Html {
    let app = use_app();
    let ids = use_instance();
    let query = app.route.find.clone();
    let hits = {
        let index = app.derived.index.clone();
        let corpus = app.corpus.clone();
        let q = query.clone();
        use_memo((std::rc::Rc::as_ptr(&app.derived) as usize, query.clone()), move |_| {
            index.search_corpus(&corpus, &q, LIMIT)
        })
    };
    let index = &app.derived.index;
    let heading =
        if query.trim().is_empty() { "Search".to_string() } else { format!("Results for “{}”", query.trim()) };
    let body = if query.trim().is_empty() {
        html! {
            <div class="panel panel-empty">
                <h3>{"Type in the search box above"}</h3>
                <p>{"Search finds articles, quotes, speakers and the people, organisations and places they name. Longer words tolerate a typo."}</p>
            </div>
        }
    } else if hits.is_empty() {
        html! {
            <div class="panel panel-empty">
                <h3>{"Nothing found"}</h3>
                <p>{"Check the spelling of short words, or try fewer words."}</p>
            </div>
        }
    } else {
        html! {
            <ol class="results">
                { for hits.iter().map(|h| {
                    let r = index.record(h.record);
                    let app = app.clone();
                    let target = r.target.clone();
                    let kind = r.kind;
                    let onclick = Callback::from(move |_: MouseEvent| {
                        let name = target.name.clone();
                        match kind {
                            Kind::Article | Kind::Quote => app.dispatch(Action::Open {
                                article: target.article.unwrap_or(0),
                                sentence: target.sentence,
                                quote: target.quote,
                            }),
                            Kind::Speaker => app.dispatch(Action::FilterQuotes(Filter { speaker: name, ..Filter::default() })),
                            Kind::Entity => app.dispatch(Action::FilterQuotes(Filter { entity: name, ..Filter::default() })),
                        }
                    });
                    // Direct quotes get quote marks; reported speech (no cue of its own in the
                    // index) stays bare, as in the quote explorer.
                    let direct = kind == Kind::Quote && r.quoted;
                    let title = if direct { format!("“{}”", r.title) } else { r.title.clone() };
                    let marks: Vec<(usize, usize)> = if direct {
                        // The opening quote mark shifts the title by its UTF-8 length.
                        h.title_marks.iter().map(|&(s, e)| (s + '“'.len_utf8(), e + '“'.len_utf8())).collect()
                    } else {
                        h.title_marks.clone()
                    };
                    html! {
                        <li>
                            <button type="button" class={classes!("result", format!("result-{}", kind.label().to_lowercase()))} onclick={onclick}>
                                <span class="result-kind">{kind.label()}</span>
                                <span class="result-title">{marked(&title, &marks)}</span>
                                if !h.snippet.is_empty() {
                                    <span class="result-snippet">{marked(&h.snippet, &h.snippet_marks)}</span>
                                }
                            </button>
                        </li>
                    }
                }) }
            </ol>
        }
    };
    html! {
        <section class="view search-view" aria-labelledby={ids.id("search-title")}>
            <div class="view-head">
                <h2 id={ids.id("search-title")} class="view-title">{heading}</h2>
                <p class="view-sub" aria-live="polite">
                    {if query.trim().is_empty() { String::new() } else { format!("{} result{}", hits.len(), if hits.len() == 1 { "" } else { "s" }) }}
                </p>
            </div>
            {body}
        </section>
    }
}
