//! Yew hello world: the size floor every Yew app starts from.
use yew::prelude::*;

#[component]
fn App() -> Html {
    html! { <h1>{ "Hello, world" }</h1> }
}

fn main() {
    yew::Renderer::<App>::new().render();
}
