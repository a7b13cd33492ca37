//! Views: function components over [`State`]. Text from the input is only
//! ever rendered as text nodes (Yew escapes them), so HTML in a log is inert.

use crate::findings::{Results, use_redacted};
use crate::logs::{LogsView, timeline_points};
use crate::pipeline::{
    CensusData, PipeAction, Pipeline, ProgressView, drop_items, sources_from_list, use_pipeline, walk_entries,
};
use crate::state::{Action, PASTE, SAMPLES, State};
use crate::worker::Source;
use mailtriage_engine::i18n;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

const LANG_KEY: &str = "mailtriage.lang";
/// pipeline: pastes up to this size are analysed on the main thread.
const PASTE_MAIN_MAX: usize = 512 << 10;
/// pipeline: a paste longer than this (UTF-16 units) is not put in the box:
/// the browser lays out a 20 MB text box for seconds (7 s measured in
/// headless Chromium), blocking the page. It goes to the worker as it is.
const PASTE_BOX_MAX: u32 = 1 << 20;
/// pipeline: the paste is analysed this long after the last keystroke.
const PASTE_DEBOUNCE_MS: u32 = 150;

fn initial_lang() -> String {
    let stored = web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .and_then(|s| s.get_item(LANG_KEY).ok().flatten());
    stored.or_else(|| web_sys::window().and_then(|w| w.navigator().language())).unwrap_or_else(|| "en".into())
}

fn remember_lang(lang: &str) {
    if let Some(s) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
        let _ = s.set_item(LANG_KEY, lang);
    }
}

/// The whole page.
/// Opens what was dropped (files, and folders walked) through the pipeline.
fn open_dropped(pipeline: &Pipeline, dt: &web_sys::DataTransfer) {
    let (entries, files) = drop_items(dt);
    let pipeline = pipeline.clone();
    wasm_bindgen_futures::spawn_local(async move {
        let mut sources: Vec<Source> = files.into_iter().map(|f| Source::new(f.name(), f.into())).collect();
        sources.extend(walk_entries(entries).await);
        pipeline.run_picked(sources).await;
    });
}

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(|| State::new(&initial_lang()));
    let (pipeline, pipe) = use_pipeline(&state);
    {
        // pipeline: the census of the paste box, whenever the paste was
        // analysed here (a big paste's comes from the worker).
        let paste = state.reports.first().filter(|r| r.path == PASTE).map_or(0, |r| Rc::as_ptr(r) as usize);
        let (state, pipe) = (state.clone(), pipe.dispatcher());
        // The sample shown on opening is not announced; what is pasted is.
        let shown = use_mut_ref(|| false);
        // What was last said of the paste, and when: the same outcome is not
        // said again within two seconds (QA round 55 heard each analysis
        // twice, the second as the report was drawn again).
        let said = use_mut_ref(|| (String::new(), 0f64));
        use_effect_with(paste, move |&paste| {
            let census = (state.input.len() <= PASTE_MAIN_MAX)
                .then(|| CensusData::of_text(PASTE, &state.input).map(Rc::new))
                .flatten();
            pipe.dispatch(PipeAction::PasteCensus(census));
            // Screen readers hear that the paste was read and what came of
            // it, as they hear a file's outcome (QA round 44).
            let first = !std::mem::replace(&mut *shown.borrow_mut(), true);
            if let Some(r) = state.reports.first().filter(|_| paste != 0 && !first) {
                let count = r.findings.len() as i64;
                let what = i18n::text_n(state.lang, "paste-analysed", &[("count", count)]);
                let now = js_sys::Date::now();
                let again = {
                    let (w, at) = &*said.borrow();
                    *w == what && now - at < 2000.0
                };
                if !again {
                    crate::findings::announce(&what);
                    *said.borrow_mut() = (what, now);
                }
            } else if paste == 0 {
                // The paste is gone (a Clear): what was said of it is too
                // (QA round 51: it still said "analysed: 1 finding").
                crate::findings::announce("");
                said.borrow_mut().0.clear();
            }
        });
    }
    {
        let lang = state.lang;
        use_effect_with(lang, move |lang| {
            if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
                if let Some(root) = doc.document_element() {
                    let _ = root.set_attribute("lang", lang);
                }
            }
        });
    }

    // pipeline: the paste is analysed as you type, debounced; a big paste
    // goes to the worker, an ordinary one is analysed here at once.
    // The first input after a pause is analysed at once (a paste shows its
    // findings in the same frame); input while typing waits for a pause.
    let debounce = use_mut_ref(|| (None::<gloo::timers::callback::Timeout>, f64::NEG_INFINITY, false));
    let on_input = {
        let state = state.clone();
        let pipeline = pipeline.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(t) = e.target().and_then(|t| t.dyn_into::<HtmlTextAreaElement>().ok()) {
                let (box_now, typing) = (t.clone(), state.clone());
                let (state, pipeline) = (state.clone(), pipeline.clone());
                let analyse = move || {
                    let text = t.value();
                    if text.len() <= PASTE_MAIN_MAX || pipeline.is_local() && text.len() <= PASTE_MAIN_MAX * 8 {
                        state.dispatch(Action::SetInput(text));
                    } else {
                        let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(&text));
                        if let Ok(blob) = web_sys::Blob::new_with_str_sequence(&parts) {
                            pipeline.run(vec![Source::new(PASTE, blob)]);
                        }
                        state.dispatch(Action::SetInputDeferred(text));
                    }
                };
                let mut d = debounce.borrow_mut();
                let now = crate::pipeline::now();
                let idle = now - d.1 >= f64::from(PASTE_DEBOUNCE_MS);
                d.1 = now;
                if idle && !d.2 {
                    drop(d);
                    analyse();
                } else {
                    // The text now, the analysis after the pause.
                    typing.dispatch(Action::Typing(box_now.value()));
                    let debounce = debounce.clone();
                    d.2 = true;
                    d.0 = Some(gloo::timers::callback::Timeout::new(PASTE_DEBOUNCE_MS, move || {
                        debounce.borrow_mut().2 = false;
                        analyse();
                    }));
                }
            }
        })
    };
    // pipeline: a paste too big for the box is analysed without entering it.
    let on_paste = {
        let (state, pipeline) = (state.clone(), pipeline.clone());
        Callback::from(move |e: Event| {
            let Some(dt) = e.dyn_ref::<web_sys::ClipboardEvent>().and_then(|c| c.clipboard_data()) else {
                return;
            };
            // Read as a JS string: a big one is not copied into wasm memory.
            let get =
                js_sys::Reflect::get(&dt, &"getData".into()).ok().and_then(|f| f.dyn_into::<js_sys::Function>().ok());
            let Some(text) = get.and_then(|f| f.call1(&dt, &"text/plain".into()).ok()) else { return };
            if text.dyn_ref::<js_sys::JsString>().is_none_or(|s| s.length() <= PASTE_BOX_MAX) {
                return;
            }
            e.prevent_default();
            if let Ok(blob) = web_sys::Blob::new_with_str_sequence(&js_sys::Array::of1(&text)) {
                let bytes = blob.size() as u64;
                pipeline.run(vec![Source::new(PASTE, blob)]);
                state.dispatch(Action::PastedAside(bytes));
            }
        })
    };
    let on_lang = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            if let Some(s) = e.target().and_then(|t| t.dyn_into::<HtmlSelectElement>().ok()) {
                remember_lang(&s.value());
                state.dispatch(Action::SetLang(s.value()));
            }
        })
    };
    // pipeline: picked files and folders are streamed through the worker.
    let on_files = {
        let pipeline = pipeline.clone();
        Callback::from(move |e: Event| {
            let Some(input) = e.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()) else {
                return;
            };
            let Some(list) = input.files() else { return };
            let sources = sources_from_list(&list);
            // The same file can be picked again.
            input.set_value("");
            if !sources.is_empty() {
                let pipeline = pipeline.clone();
                wasm_bindgen_futures::spawn_local(async move { pipeline.run_picked(sources).await });
            }
        })
    };
    let dragging = use_state(|| false);
    let on_dragover = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            if let Some(dt) = e.data_transfer() {
                dt.set_drop_effect("copy");
            }
            if !*dragging {
                dragging.set(true);
            }
        })
    };
    let on_dragleave = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            // Moving onto a child of the zone is not leaving it.
            let zone = e.current_target().and_then(|t| t.dyn_into::<web_sys::Node>().ok());
            let to = e.related_target().and_then(|t| t.dyn_into::<web_sys::Node>().ok());
            if zone.is_some_and(|z| z.contains(to.as_ref())) {
                return;
            }
            dragging.set(false);
        })
    };
    let on_drop = {
        let pipeline = pipeline.clone();
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            let Some(dt) = e.data_transfer() else { return };
            open_dropped(&pipeline, &dt);
        })
    };
    {
        // Files dropped anywhere on the page are opened as on the drop zone:
        // a browser opens a file dropped where the page does not take it in
        // the tab, and the app and its results are gone (QA round 13). Text
        // dragged into the paste box is left to the browser.
        let pipeline = pipeline.clone();
        use_effect_with((), move |_| {
            let files =
                |e: &web_sys::DragEvent| e.data_transfer().is_some_and(|dt| dt.types().includes(&"Files".into(), 0));
            let over =
                wasm_bindgen::closure::Closure::<dyn Fn(web_sys::DragEvent)>::new(move |e: web_sys::DragEvent| {
                    if files(&e) {
                        e.prevent_default();
                    }
                });
            let dropped =
                wasm_bindgen::closure::Closure::<dyn Fn(web_sys::DragEvent)>::new(move |e: web_sys::DragEvent| {
                    // The drop zone took it already.
                    if !files(&e) || e.default_prevented() {
                        return;
                    }
                    e.prevent_default();
                    if let Some(dt) = e.data_transfer() {
                        open_dropped(&pipeline, &dt);
                    }
                });
            let win = web_sys::window();
            if let Some(w) = &win {
                let _ = w.add_event_listener_with_callback("dragover", over.as_ref().unchecked_ref());
                let _ = w.add_event_listener_with_callback("drop", dropped.as_ref().unchecked_ref());
            }
            move || {
                if let Some(w) = win {
                    let _ = w.remove_event_listener_with_callback("dragover", over.as_ref().unchecked_ref());
                    let _ = w.remove_event_listener_with_callback("drop", dropped.as_ref().unchecked_ref());
                }
                drop((over, dropped));
            }
        });
    }
    let on_cancel = {
        let pipeline = pipeline.clone();
        Callback::from(move |()| pipeline.cancel())
    };
    let on_dismiss = {
        let pipe = pipe.clone();
        Callback::from(move |()| pipe.dispatch(PipeAction::DismissErrors))
    };
    let on_sample = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            if let Some(s) = e.target().and_then(|t| t.dyn_into::<HtmlSelectElement>().ok()) {
                if let Some((_, text)) = SAMPLES.iter().find(|(id, _)| *id == s.value()) {
                    state.dispatch(Action::LoadSample(text.to_string()));
                }
                s.set_value("");
            }
        })
    };
    let on_restore = {
        let state = state.clone();
        Callback::from(move |_| {
            state.dispatch(Action::RestoreInput);
            // The button goes once the text is back: focus goes to the text,
            // not to the page (QA round 55).
            if let Some(el) = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id("paste"))
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
            {
                let _ = el.focus();
            }
        })
    };
    let on_redact = {
        let state = state.clone();
        Callback::from(move |on: bool| state.dispatch(Action::SetRedact(on)))
    };
    // Whether the results view has drawn every report it shows (it draws a
    // few per task): the job's outcome line waits for it. It says so after
    // it renders, for the reports it was given: until it has spoken of the
    // reports shown now, they are not drawn (the job's end and its last
    // reports came in one render, and the line showed with 64 of 100 drawn).
    let reports_drawn = use_state_eq(|| (0usize, true));
    let on_drawn = {
        let reports_drawn = reports_drawn.clone();
        Callback::from(move |said: (usize, bool)| reports_drawn.set(said))
    };
    // The same for the census table's rows, by the census they are of
    // (held weakly: a census cleared from the page is not kept for this).
    let census_drawn = use_state(|| None::<(std::rc::Weak<CensusData>, bool)>);
    let on_census_drawn = {
        let census_drawn = census_drawn.clone();
        Callback::from(move |(census, all): (Rc<CensusData>, bool)| {
            census_drawn.set(Some((Rc::downgrade(&census), all)));
        })
    };
    let on_clear = {
        let state = state.clone();
        let pipeline = pipeline.clone();
        Callback::from(move |_| {
            // Running jobs are cancelled: their reports must not come back.
            pipeline.clear();
            state.dispatch(Action::Clear);
        })
    };
    // logs: the census of the files (or else of the paste) and the findings timeline.
    let census = pipe.census.clone().or_else(|| pipe.paste_census.clone());
    // Memoised: the page redraws on every progress message of a big log.
    let timeline = use_memo(state.reports.clone(), |r| Rc::new(timeline_points(r)));
    // findings: with the redact switch on, every view shows redacted copies.
    let shown = use_redacted(&state.reports, &census, state.redact);

    let census_rows_drawn = match &shown.1 {
        None => true,
        Some(c) => census_drawn.as_ref().is_some_and(|(said, all)| *all && std::ptr::eq(said.as_ptr(), Rc::as_ptr(c))),
    };

    let lang = state.lang;
    let t = |id: &str| i18n::text(lang, id, None);
    html! {
        <>
        <a class="skip-link" href="#findings">{ t("skip-to-findings") }</a>
        // Said by screen readers, not shown: what a button did (a copy).
        <div id="announcer" class="sr-only" role="status" aria-live="polite" data-testid="announcer"></div>
        <header class="top">
            <h1>{ t("app-title") }</h1>
            <p class="tagline">{ t("app-tagline") }</p>
            <label class="lang">
                { t("lang-label") }{" "}
                <select data-testid="lang" onchange={on_lang} aria-label={t("lang-label")}>
                    { for i18n::LANGUAGES.iter().map(|(code, name)| html! {
                        <option value={*code} selected={*code == lang}>{ *name }</option>
                    }) }
                </select>
            </label>
        </header>
        // A landmark of its own: every part of the page is in one (axe "region").
        <aside class="privacy" data-testid="privacy">{ t("privacy-note") }</aside>
        <main>
            <section class="input">
                <label for="paste">{ t("input-label") }</label>
                <textarea id="paste" data-testid="input" spellcheck="false" rows="12"
                    placeholder={t("input-placeholder")} value={state.input.clone()} oninput={on_input} onpaste={on_paste} />
                if let Some(bytes) = state.pasted_aside {
                    <p class="note" data-testid="paste-aside" role="status">
                        { crate::text::tr(lang, "paste-aside", &[], &[("size", &crate::text::size(lang, bytes as f64))]) }
                    </p>
                }
                <div class={classes!("dropzone", (*dragging).then_some("dragging"))} data-testid="dropzone"
                    ondragover={on_dragover.clone()} ondragenter={on_dragover} ondragleave={on_dragleave} ondrop={on_drop}>
                    <p class="dropzone-hint">{ t("pipeline-dropzone") }</p>
                    <label class="file">{ t("file-label") }{" "}
                        <input type="file" multiple=true data-testid="file-input" onchange={on_files.clone()} />
                    </label>
                    <label class="file">{ t("pipeline-folder-label") }{" "}
                        <input type="file" multiple=true webkitdirectory=true data-testid="folder-input" onchange={on_files} />
                    </label>
                </div>
                <ProgressView pipe={(*pipe).clone()} pipeline={pipeline.clone()} lang={lang} on_cancel={on_cancel} on_dismiss={on_dismiss}
                    reports_drawn={reports_drawn.1 && reports_drawn.0 == shown.0.len() && census_rows_drawn} />
                <div class="controls">
                    <label>{ t("samples-label") }{" "}
                        <select data-testid="samples" onchange={on_sample}>
                            <option value="" selected=true>{ "—" }</option>
                            { for SAMPLES.iter().map(|(id, _)| html! { <option value={*id}>{ t(id) }</option> }) }
                        </select>
                    </label>
                    if state.replaced.is_some() {
                        <button type="button" data-testid="restore-input" onclick={on_restore}>{ t("restore-input") }</button>
                    }
                    <button type="button" data-testid="clear" onclick={on_clear}>{ t("clear") }</button>
                </div>
            </section>
            <Results reports={shown.0.clone()} lang={lang} redact={state.redact} on_redact={on_redact} {on_drawn} />
        </main>
        if census.is_some() || !timeline.is_empty() {
            <LogsView census={shown.1.clone()} partial={pipe.census.is_some() && pipe.census_partial} timeline={(*timeline).clone()} lang={lang}
                reports={shown.0.clone()} redact={state.redact} on_drawn={on_census_drawn} />
        }
        </>
    }
}
