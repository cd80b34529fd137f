//! The "Your articles" import panel as its own wasm module, loaded by the app the first
//! time the reader opens the panel (see `crate::app::components::import`), so that the
//! app's own download does not carry it.
//!
//! trunk builds it with wasm-bindgen's `no-modules` output (`data-type="worker"` in
//! index.html, without a loader shim): `panel.js` and `panel_bg.wasm` beside the app. The
//! app adds `panel.js` as a script and calls its init function; this `main` then renders
//! the panel into the app's `#import-host` element.

fn main() {
    #[cfg(target_arch = "wasm32")]
    panel::start();
}

#[cfg(target_arch = "wasm32")]
mod panel {
    use article_explorer::app::components::import::{Import, ImportProps, HOST_ID};
    use yew::prelude::*;

    #[component]
    fn Nothing() -> Html {
        Html::default()
    }

    pub fn start() {
        let Some(host) = gloo::utils::document().get_element_by_id(HOST_ID) else { return };
        // This module's Yew numbers its render roots from 1, as the app's does, and both
        // mark the elements they render with that number to route events. The panel's
        // elements sit inside the app's, so the numbers must differ: a few empty roots
        // (never attached) move this module's numbering past the app's.
        for _ in 0..8 {
            let spare = gloo::utils::document().create_element("div").expect("a div");
            yew::Renderer::<Nothing>::with_root(spare).render().destroy();
        }
        let props = ImportProps { host: Some(host.clone()) };
        yew::Renderer::<Import>::with_root_and_props(host, props).render();
    }
}
