//! Text with search matches highlighted, as text nodes inside `<mark>`s.

use yew::prelude::*;

use crate::search::segments;

/// Props of [`Marked`].
#[derive(Properties, PartialEq)]
pub struct MarkedProps {
    /// The text.
    pub text: AttrValue,
    /// Byte spans to highlight.
    pub marks: Vec<(usize, usize)>,
}

/// Renders `text` with `marks` highlighted.
#[component]
pub fn Marked(props: &MarkedProps) -> Html {
    segments(&props.text, &props.marks)
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
