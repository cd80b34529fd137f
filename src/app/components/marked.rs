//! Text with search matches highlighted, as text nodes inside `<mark>`s.

use yew::prelude::*;

use crate::search::segments;

/// Renders `text` with the byte spans `marks` highlighted. A plain function, not a
/// component: a component type costs the app's wasm its own copy of Yew's machinery.
pub fn marked(text: &str, marks: &[(usize, usize)]) -> Html {
    segments(text, marks)
        .into_iter()
        .map(|(piece, hit)| {
            let piece = piece.to_string();
            if hit {
                html! { <mark class="hit">{piece}</mark> }
            } else {
                html! { {piece} }
            }
        })
        .collect()
}
