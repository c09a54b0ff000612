//! The one adapter from the domain's `Reducer` to yew's `Reducible`, so every feature's state
//! is driven the same way: `use_feature_reducer(init)`, then `dispatch(action)`. Whether a
//! change renders is each reducer's own `needs_render`, documented where it is implemented.
use std::ops::Deref;
use std::rc::Rc;

use yew::prelude::*;

use crate::domain::reducer::Reducer;

/// A feature's state as yew holds it.
#[derive(Clone, PartialEq)]
pub struct Reduced<R>(R);

impl<R> Deref for Reduced<R> {
    type Target = R;

    fn deref(&self) -> &R {
        &self.0
    }
}

impl<R: Reducer> Reducible for Reduced<R> {
    type Action = R::Action;

    /// Handing back the same `Rc` tells yew that nothing changed, so it skips the render.
    fn reduce(self: Rc<Self>, action: R::Action) -> Rc<Self> {
        let next = self.0.clone().reduce(action);
        if next.needs_render(&self.0) {
            Rc::new(Reduced(next))
        } else {
            self
        }
    }
}

/// `use_reducer` for a domain `Reducer`.
#[hook]
pub fn use_feature_reducer<R, F>(init: F) -> UseReducerHandle<Reduced<R>>
where
    R: Reducer + 'static,
    F: FnOnce() -> R,
{
    use_reducer(move || Reduced(init()))
}

/// The handle a panel holds: it reads as the feature's state and dispatches its actions.
pub type FeatureHandle<R> = UseReducerHandle<Reduced<R>>;
