//! Hooks that hide the context plumbing.

use yew::prelude::*;

use super::state::AppContext;
use super::Instance;

/// The shared app state and its dispatcher.
#[hook]
pub fn use_app() -> AppContext {
    use_context::<AppContext>().expect("components render inside App's context provider")
}

/// What this instance of the app is: its id prefix, whether it owns the page and the URL.
#[hook]
pub fn use_instance() -> std::rc::Rc<Instance> {
    use_app().instance.clone()
}
