//! Starts the browser app: renders [`App`] into `<body>`.

use article_explorer::app::App;

fn main() {
    yew::Renderer::<App>::new().render();
}
