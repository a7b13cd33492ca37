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
