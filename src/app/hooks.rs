//! Hooks that hide the context plumbing.

use yew::prelude::*;

use super::state::AppContext;

/// The shared app state and its dispatcher.
#[hook]
pub fn use_app() -> AppContext {
    use_context::<AppContext>().expect("components render inside App's context provider")
}
