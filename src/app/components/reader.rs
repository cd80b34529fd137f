//! The reader: one article with its quotes (a colour per speaker), dates and names marked.
//!
//! Article text reaches the DOM only as text nodes inside spans: markup in an article
//! shows as the characters it is made of.

use yew::prelude::*;

use crate::app::hooks::{nothing, use_app, use_effect_on, use_instance, use_value};
use crate::app::services;
use crate::app::state::Action;
use crate::view::corpus::speaker_name;
use crate::view::long_date;
use crate::view::reader::{describe, marks_in, paragraphs, Piece};

/// The reader view.
#[component]
pub fn Reader() -> Html {
    let app = use_app();
    let instance = use_instance();
    let article = app.article();
    let sentence = app.route.sentence;
    let quote = app.route.quote;
    // The sentence the keyboard is on (article, sentence): the note describes its marks,
    // so focus shows what each mark is, as hover does.
    let focused = use_value(|| None::<(usize, usize)>);

    // Bring the selected sentence into view (and focus, for screen readers).
    {
        let instance = instance.clone();
        use_effect_on((article, sentence, quote), move |(_, sentence, _)| {
            if let Some(s) = sentence {
                services::reveal(&instance.root, &instance.id(&format!("s-{s}")));
            }
            nothing()
        });
    }
    let paras = {
        let corpus = app.corpus.clone();
        use_memo((std::rc::Rc::as_ptr(&app.corpus) as usize, article), move |_| {
            article.map(|a| paragraphs(&corpus.articles[a])).unwrap_or_default()
        })
    };
    let Some(ai) = article else {
        return html! {};
    };
    let corpus = &app.corpus;
    let doc = &corpus.articles[ai];

    let choose = {
        let app = app.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            if let Ok(i) = select.value().parse::<usize>() {
                app.dispatch(Action::Open { article: i, sentence: None, quote: None });
            }
        })
    };
    let picker = (corpus.articles.len() > 1).then(|| {
        html! {
            <div class="article-picker">
                <label class="field-label" for={instance.id("article-select")}>{"Article"}</label>
                <select id={instance.id("article-select")} class="select" onchange={choose}>
                    { for corpus.articles.iter().enumerate().map(|(i, a)| html! {
                        <option value={i.to_string()} selected={i == ai}>{a.title.clone()}</option>
                    }) }
                </select>
            </div>
        }
    });

    // The note follows the keyboard, else the selection.
    let shown = focused.filter(|&(a, _)| a == ai).map(|(_, s)| s).or(sentence);
    let step = |to: Option<usize>| {
        let app = app.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(s) = to {
                app.dispatch(Action::Open { article: ai, sentence: Some(s), quote: None });
            }
        })
    };

    // The legend: who is quoted here, in their colours, and what the other marks mean.
    let mut speakers: Vec<(String, usize)> = Vec::new();
    for q in &doc.analysis.quotes {
        let name = speaker_name(q);
        match speakers.iter_mut().find(|s| s.0 == name) {
            Some(s) => s.1 += 1,
            None => speakers.push((name.to_string(), 1)),
        }
    }

    let sentence_views = |para: &Vec<crate::view::reader::SentenceView>| {
        para.iter()
            .map(|s| {
                let selected = sentence == Some(s.index);
                let index = s.index;
                let open = {
                    let app = app.clone();
                    move || app.dispatch(Action::Open { article: ai, sentence: Some(index), quote: None })
                };
                let onclick = {
                    let open = open.clone();
                    Callback::from(move |_: MouseEvent| open())
                };
                let onkeydown = Callback::from(move |e: KeyboardEvent| {
                    if e.key() == "Enter" || e.key() == " " {
                        e.prevent_default();
                        open();
                    }
                });
                let onfocus = {
                    let focused = focused.clone();
                    Callback::from(move |_: FocusEvent| focused.set(Some((ai, index))))
                };
                html! {
                    <>
                        <span id={s.first.then(|| instance.id(&format!("s-{}", s.index)))} class={classes!("sentence", selected.then_some("is-selected"))}
                            tabindex={s.first.then_some("0")} onclick={onclick} onkeydown={onkeydown} onfocus={onfocus}>
                            { for s.pieces.iter().map(|p| piece_view(corpus, doc, p, quote)) }
                        </span>
                        {" "}
                    </>
                }
            })
            .collect::<Html>()
    };

    html! {
        <article class="view reader-view" aria-labelledby={instance.id("reader-title")}>
            {picker}
            <header class="reader-head">
                <h2 id={instance.id("reader-title")} class="reader-title">{doc.title.clone()}</h2>
                <p class="dateline">
                    if let Some(o) = &doc.outlet { <span class="outlet">{o.clone()}</span> }
                    if let Some(d) = doc.published {
                        <span class="published">{"Published "}<time datetime={d.to_string()}>{long_date(d)}</time></span>
                    }
                    if let Some(b) = &doc.byline { <span class="byline">{b.clone()}</span> }
                    if let Some(u) = &doc.url { <a class="original" href={u.clone()} rel="noopener noreferrer">{"Original article"}</a> }
                </p>
                <ul class="legend" aria-label="What the marks mean">
                    { for speakers.iter().map(|(name, n)| html! {
                        <li class={format!("spk-{}", corpus.speaker_colour(name))}>
                            <span class="legend-quote">{name.clone()}</span>
                            <span class="legend-count">{format!(" · {n} quote{}", if *n == 1 { "" } else { "s" })}</span>
                        </li>
                    }) }
                    if !doc.analysis.timexes.is_empty() {
                        <li><span class="legend-date">{"Date"}</span></li>
                    }
                    if !doc.analysis.entities.is_empty() {
                        <li><span class="legend-entity">{"Person, organisation or place"}</span></li>
                    }
                </ul>
            </header>
            if let Some(si) = shown.filter(|&s| s < doc.analysis.sentences.len()) {
                <aside class="sentence-note" aria-labelledby={instance.id("sentence-note-title")} aria-live="polite">
                    <h3 id={instance.id("sentence-note-title")} class="note-title">{format!("Sentence {} of {}", si + 1, doc.analysis.sentences.len())}</h3>
                    <ul class="note-marks">
                        { for marks_in(corpus, doc, si).into_iter().map(|m| html! { <li>{m}</li> }) }
                    </ul>
                    <span class="note-actions">
                        <button type="button" class="link-button" disabled={si == 0}
                            onclick={step(si.checked_sub(1))} aria-label="Previous sentence">{"← Previous"}</button>
                        <button type="button" class="link-button" disabled={si + 1 >= doc.analysis.sentences.len()}
                            onclick={step(Some(si + 1))} aria-label="Next sentence">{"Next →"}</button>
                        // A deep link means something only where the URL holds the state.
                        if instance.sync_url {
                        <a class="note-link" href={crate::view::route::Route { sentence: Some(si), quote: None, ..app.route.clone() }.to_hash()}>{"Link to this sentence"}</a>
                        }
                    </span>
                </aside>
            }
            <div class="reader-body">
                { for paras.iter().map(|p| html! { <p>{sentence_views(p)}</p> }) }
            </div>
        </article>
    }
}

/// One piece of a sentence: plain text, or a span carrying its marks' classes and a tooltip.
fn piece_view(
    corpus: &crate::view::corpus::Corpus,
    doc: &crate::view::corpus::Doc,
    p: &Piece,
    selected_quote: Option<usize>,
) -> Html {
    let text = doc.text[p.start..p.end].to_string();
    if !p.is_marked() {
        return html! { {text} };
    }
    let a = &doc.analysis;
    let colour = |q: usize| a.quotes.get(q).map(|q| format!("spk-{}", corpus.speaker_colour(speaker_name(q))));
    let classes = classes!(
        p.quote.map(|_| "q"),
        p.quote.and_then(colour),
        (p.quote.is_some() && p.quote == selected_quote).then_some("is-selected"),
        p.speaker_of.map(|_| "who"),
        p.speaker_of.and_then(colour),
        p.timex.map(|_| "date"),
        p.entity.map(|_| "ent"),
        p.entity.and_then(|e| a.entities.get(e)).map(|e| format!("ent-{}", e.kind.as_str().to_lowercase())),
    );
    html! { <span class={classes} title={describe(corpus, doc, p)}>{text}</span> }
}
