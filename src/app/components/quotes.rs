//! The quote explorer: facets with counts, a word filter, and a card per quote.

use yew::prelude::*;

use crate::app::hooks::{nothing, use_app, use_effect_on, use_instance, use_value};
use crate::app::services;
use crate::app::state::{Action, AppContext};
use crate::model::QuoteKind;
use crate::view::long_date;
use crate::view::quotes::{self, Card, FacetValue, Filter};
use crate::view::timeline as timeline_view;

/// Cards drawn at first; more on request.
const PAGE: usize = 60;

/// The quote explorer view.
#[component]
pub fn Quotes() -> Html {
    let app = use_app();
    let instance = use_instance();
    let shown = use_value(|| PAGE);
    let filter = app.route.quote_filter();
    // Bring the selected quote (chosen in another view) into sight.
    {
        let route = app.route.clone();
        let instance = instance.clone();
        use_effect_on((), move |_| {
            if let (Some(a), Some(q)) = (&route.article, route.quote) {
                services::reveal(&instance.root, &instance.id(&format!("quote-{a}-{q}")));
            }
            nothing()
        });
    }
    let cards = app.derived.cards.clone();
    let (matching, facets) = {
        let corpus = app.corpus.clone();
        let cards = cards.clone();
        let f = filter.clone();
        let memo = use_memo((std::rc::Rc::as_ptr(&app.derived) as usize, filter.clone()), move |_| {
            (quotes::filtered(&cards, &f), quotes::facets(&corpus, &cards, &f))
        });
        (memo.0.clone(), memo.1.clone())
    };

    if cards.is_empty() {
        return html! {
            <section class="view quotes-view" aria-labelledby={instance.id("quotes-title")}>
                <h2 id={instance.id("quotes-title")} class="view-title">{"Quotes"}</h2>
                <div class="panel panel-empty">
                    <h3>{"No quotes found in these articles"}</h3>
                    <p>{"Quotes appear here when the articles quote someone, directly or in reported speech."}</p>
                </div>
            </section>
        };
    }

    let set = {
        let app = app.clone();
        let filter = filter.clone();
        move |change: fn(&mut Filter, Option<String>), value: Option<String>| {
            let mut f = filter.clone();
            change(&mut f, value);
            app.dispatch(Action::FilterQuotes(f));
        }
    };
    let oninput = {
        let set = set.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            set(|f, v| f.text = v.unwrap_or_default(), Some(input.value()));
        })
    };
    let clear_period = {
        let app = app.clone();
        let filter = filter.clone();
        Callback::from(move |_: MouseEvent| {
            app.dispatch(Action::FilterQuotes(Filter { period: None, ..filter.clone() }))
        })
    };
    let clear = {
        let app = app.clone();
        Callback::from(move |_: MouseEvent| app.dispatch(Action::FilterQuotes(Filter::default())))
    };
    let facet =
        |title: &'static str, id: &'static str, values: &[FacetValue], change: fn(&mut Filter, Option<String>)| {
            if values.is_empty() {
                return html! {};
            }
            let buttons = values.iter().map(|v| {
                let set = set.clone();
                let key = v.key.clone();
                let selected = v.selected;
                let onclick = Callback::from(move |_: MouseEvent| set(change, (!selected).then(|| key.clone())));
                html! {
                    <li>
                        <button type="button" class="facet-value" aria-pressed={selected.to_string()} onclick={onclick}>
                            <span class="facet-label">{v.label.clone()}</span>
                            <span class="facet-count">{v.count}</span>
                        </button>
                    </li>
                }
            });
            let id = instance.id(id);
            html! {
                <div class="facet" role="group" aria-labelledby={id.clone()}>
                    <h3 class="facet-title" id={id}>{title}</h3>
                    <ul class="facet-values">{ for buttons }</ul>
                </div>
            }
        };
    let more = {
        let shown = shown.clone();
        Callback::from(move |_: MouseEvent| shown.set(*shown + PAGE))
    };
    let n = matching.len();
    html! {
        <section class="view quotes-view" aria-labelledby={instance.id("quotes-title")}>
            <div class="view-head">
                <h2 id={instance.id("quotes-title")} class="view-title">{"Quotes"}</h2>
                <p class="view-sub" aria-live="polite">
                    {if n == cards.len() { format!("{n} quotes") } else { format!("{n} of {} quotes", cards.len()) }}
                </p>
            </div>
            <div class="quotes-layout">
                <aside class="facets" aria-label="Filter quotes">
                    <label class="field-label" for={instance.id("quote-filter")}>{"Filter by words"}</label>
                    <input id={instance.id("quote-filter")} class="text-input" type="search" autocomplete="off"
                        placeholder="e.g. ceasefire" value={filter.text.clone()} oninput={oninput} />
                    if let Some((from, to)) = filter.period {
                        <div class="facet" role="group" aria-labelledby={instance.id("facet-period")}>
                            <h3 class="facet-title" id={instance.id("facet-period")}>{"Period (from the timeline)"}</h3>
                            <ul class="facet-values">
                                <li>
                                    <button type="button" class="facet-value" aria-pressed="true" onclick={clear_period}
                                        title="Remove the period filter">
                                        <span class="facet-label">{timeline_view::period_label(from, to)}</span>
                                        <span class="facet-count" aria-hidden="true">{"×"}</span>
                                    </button>
                                </li>
                            </ul>
                        </div>
                    }
                    { facet("Speakers", "facet-speakers", &facets.speakers, |f, v| f.speaker = v) }
                    { facet("Named in the quote", "facet-entities", &facets.entities, |f, v| f.entity = v) }
                    { facet("Articles", "facet-articles", &facets.articles, |f, v| f.article = v) }
                    if filter.is_active() {
                        <button type="button" class="link-button" onclick={clear}>{"Clear all filters"}</button>
                    }
                </aside>
                <div class="cards">
                    if matching.is_empty() {
                        <div class="panel panel-empty">
                            <h3>{"No quotes match"}</h3>
                            <p>{"Try fewer words, or clear a filter."}</p>
                        </div>
                    }
                    <ol class="card-list">
                        { for matching.iter().take(*shown).map(|&i| html! {
                            <QuoteCard key={format!("{}-{}", cards[i].article_id, cards[i].quote)} card={cards[i].clone()}
                                selected={is_selected(&app.route, &cards[i])} />
                        }) }
                    </ol>
                    if n > *shown {
                        <button type="button" class="button" onclick={more}>{format!("Show more ({} left)", n - *shown)}</button>
                    }
                </div>
            </div>
        </section>
    }
}

/// Props of [`QuoteCard`].
#[derive(Properties, PartialEq)]
pub struct QuoteCardProps {
    /// The quote.
    pub card: Card,
    /// Whether it is the selected quote.
    #[prop_or_default]
    pub selected: bool,
}

/// One quote: its words, who said them, where and when; context and citation on request.
#[component]
pub fn QuoteCard(props: &QuoteCardProps) -> Html {
    let app = use_app();
    let instance = use_instance();
    let expanded = use_value(|| false);
    let copied = use_value(|| None::<bool>);
    let card = &props.card;
    let doc = &app.corpus.articles[card.article];
    let context = expanded.then(|| quotes::context(doc, card.quote, 2));
    let toggle = {
        let expanded = expanded.clone();
        Callback::from(move |_: MouseEvent| expanded.set(!*expanded))
    };
    let copy = {
        let copied = copied.clone();
        let text = quotes::citation(&app.corpus, card);
        Callback::from(move |_: MouseEvent| {
            let copied = copied.clone();
            let text = text.clone();
            yew::platform::spawn_local(async move { copied.set(Some(services::copy_text(&text).await)) });
        })
    };
    let open = open_quote(&app, card);
    let speaker_filter = {
        let app = app.clone();
        let name = card.speaker.clone();
        Callback::from(move |_: MouseEvent| {
            app.dispatch(Action::FilterQuotes(Filter { speaker: Some(name.clone()), ..Filter::default() }))
        })
    };
    let id = instance.id(&format!("quote-{}-{}", card.article_id, card.quote));
    html! {
        <li class={classes!("card", format!("spk-{}", card.colour), props.selected.then_some("is-selected"))} id={id.clone()}>
            <blockquote class="card-quote">
                if let Some(ctx) = &context {
                    { for ctx.before.iter().map(|s| html! { <p class="context">{s.clone()}</p> }) }
                }
                <p class={classes!("card-text", (card.kind == QuoteKind::Indirect).then_some("is-reported"))}>
                    if card.kind == QuoteKind::Indirect {
                        <span class="kind-tag">{"Reported speech"}</span>{" "}
                    }
                    {quotes::quoted(&card.text, card.kind)}
                </p>
                if let Some(ctx) = &context {
                    { for ctx.after.iter().map(|s| html! { <p class="context">{s.clone()}</p> }) }
                }
            </blockquote>
            <p class="card-meta">
                <button type="button" class="speaker" onclick={speaker_filter} title={format!("Show only quotes by {}", card.speaker)}>
                    <span class="swatch" aria-hidden="true"></span>{card.speaker.clone()}
                </button>
                if let Some(cue) = &card.cue { <span class="cue">{cue.clone()}</span> }
                <span class="source">{card.title.clone()}</span>
                if let Some(d) = card.date { <time class="card-date" datetime={d.to_string()}>{long_date(d)}</time> }
            </p>
            <div class="card-actions">
                <button type="button" class="link-button" aria-expanded={expanded.to_string()} onclick={toggle}>
                    {if *expanded { "Hide context" } else { "Show context" }}
                </button>
                <button type="button" class="link-button" onclick={open}>{"Open in reader"}</button>
                <button type="button" class="link-button" onclick={copy}>{"Copy with citation"}</button>
                <span class="copied" role="status">
                    {match *copied { Some(true) => "Copied", Some(false) => "Copy failed: select the text instead", None => "" }}
                </span>
            </div>
        </li>
    }
}

/// Whether a card is the selection: its quote, or (no quote chosen) its sentence.
fn is_selected(route: &crate::view::route::Route, card: &Card) -> bool {
    route.article.as_deref() == Some(card.article_id.as_str())
        && match route.quote {
            Some(q) => q == card.quote,
            None => route.sentence == Some(card.sentence),
        }
}

fn open_quote(app: &AppContext, card: &Card) -> Callback<MouseEvent> {
    let app = app.clone();
    let (article, sentence, quote) = (card.article, card.sentence, card.quote);
    Callback::from(move |_: MouseEvent| {
        app.dispatch(Action::Open { article, sentence: Some(sentence), quote: Some(quote) })
    })
}
