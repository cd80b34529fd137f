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

/// What an effect leaves to undo when its deps change or its component goes.
pub type Cleanup = Box<dyn FnOnce()>;

/// A [`Cleanup`] with nothing to undo.
pub fn nothing() -> Cleanup {
    Box::new(|| {})
}

/// `use_effect_with`, with the deps compared through a trait object and the effect and
/// its cleanup boxed: every effect of the app then shares one instance of Yew's effect
/// machinery, where each `use_effect_with` of its own types costs the wasm about 0.6 KB.
pub fn use_effect_on<T: PartialEq + 'static>(
    deps: T,
    effect: impl FnOnce(&T) -> Cleanup + 'static,
) -> impl Hook<Output = ()> {
    let run: Box<dyn FnOnce(&Deps) -> Cleanup> = Box::new(move |deps: &Deps| match (*deps.0).as_any().downcast_ref() {
        Some(deps) => effect(deps),
        None => nothing(),
    });
    use_effect_with(Deps(Box::new(deps)), run)
}

/// Deps of any type, compared with deps of the same type.
pub struct Deps(Box<dyn AnyEq>);

impl PartialEq for Deps {
    fn eq(&self, other: &Deps) -> bool {
        (*self.0).same(&*other.0)
    }
}

/// `PartialEq` through `Any`.
trait AnyEq {
    fn as_any(&self) -> &dyn std::any::Any;
    fn same(&self, other: &dyn AnyEq) -> bool;
}

impl<T: PartialEq + 'static> AnyEq for T {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }

    fn same(&self, other: &dyn AnyEq) -> bool {
        other.as_any().downcast_ref::<T>() == Some(self)
    }
}

/// A component's own value, as [`use_state`] gives: read as it was at this render
/// (`*state`), set to redraw the component (when the value changed). Built on
/// `use_mut_ref` and `use_force_update`, which the app has anyway, instead of an instance
/// of Yew's reducer per value type (about 1 KB of wasm each).
pub struct State<T> {
    value: T,
    cell: std::rc::Rc<std::cell::RefCell<T>>,
    redraw: UseForceUpdateHandle,
}

impl<T> std::ops::Deref for State<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.value
    }
}

impl<T: Clone> Clone for State<T> {
    fn clone(&self) -> Self {
        State { value: self.value.clone(), cell: self.cell.clone(), redraw: self.redraw.clone() }
    }
}

impl<T: PartialEq> State<T> {
    /// Sets the value; the component renders again if it changed.
    pub fn set(&self, value: T) {
        if *self.cell.borrow() != value {
            *self.cell.borrow_mut() = value;
            self.redraw.force_update();
        }
    }
}

/// A [`State`] starting at `init()`.
#[hook]
pub fn use_value<T, F>(init: F) -> State<T>
where
    T: Clone + 'static,
    F: FnOnce() -> T,
{
    let cell = use_mut_ref(init);
    let redraw = use_force_update();
    let value = cell.borrow().clone();
    State { value, cell, redraw }
}
