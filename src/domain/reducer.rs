//! The one contract every feature's state follows: a value that one pure `reduce` changes in
//! answer to that feature's one `Action` enum. Side effects (storage, focus, timers) happen in
//! the components' effects, never in `reduce`. The shell adapts any `Reducer` to yew's
//! `Reducible` in one place (`components::shell::reducer`).
pub trait Reducer: Clone + PartialEq {
    type Action;

    /// The state after `action`. Takes `self` by value: the adapter hands over its own copy,
    /// and a state that owns its data can change it in place instead of cloning it again.
    fn reduce(self, action: Self::Action) -> Self;

    /// Whether the view must render `self` after `before`. The default compares the two, so a
    /// move that changes nothing (a stray click) renders nothing.
    fn needs_render(&self, before: &Self) -> bool {
        self != before
    }
}
