//! Long lists drawn a few items per task, so that drawing them never blocks
//! the page (the census table, the findings of a new input, their evidence).
//!
//! A list that grows must be a list of its own: an element, or `<>{ for … }</>`.
//! Yew's `html!` flattens a bare `{ for … }` into its siblings, and a list
//! that is not keyed all through is diffed by position from its end, so each
//! item added would rebuild every sibling before it (components and their
//! state included: a finding's rule text, drawn a task later, was drawn again).

use yew::prelude::*;

/// How many of `total` items a view draws now: `first` at once, then `more`
/// in each next task (a 0 ms timer) until all are drawn. The handle holds
/// the limit, so a view can start over with `set(first)` for a new list;
/// later renders of the same list keep what was drawn.
#[hook]
pub fn use_drawn(total: usize, first: usize, more: usize) -> (usize, UseStateHandle<usize>) {
    let limit = use_state(|| first);
    let drawn = total.min(*limit);
    {
        let limit = limit.clone();
        use_effect_with((drawn, total), move |&(drawn, total)| {
            let timer =
                (drawn < total).then(|| gloo::timers::callback::Timeout::new(0, move || limit.set(drawn + more)));
            move || drop(timer)
        });
    }
    (drawn, limit)
}

/// [`use_drawn`] for a list that another one replaces (a census updated
/// while a job runs): a new `key` starts over at `first` in the very render
/// that shows it, not a render later, so a view never says a list it has
/// not drawn yet is drawn.
#[hook]
pub fn use_drawn_for<K: PartialEq + Clone + 'static>(key: K, total: usize, first: usize, more: usize) -> usize {
    let state = use_state(|| (key.clone(), first));
    let limit = if state.0 == key { state.1 } else { first };
    let drawn = total.min(limit);
    {
        let state = state.clone();
        use_effect_with((key, drawn, total), move |(key, drawn, total)| {
            let (key, drawn) = (key.clone(), *drawn);
            let timer = (drawn < *total)
                .then(|| gloo::timers::callback::Timeout::new(0, move || state.set((key, drawn + more))));
            move || drop(timer)
        });
    }
    drawn
}
