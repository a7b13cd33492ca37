//! Views: function components over [`State`]. Text from the input is only
//! ever rendered as text nodes (Yew escapes them), so HTML in a log is inert.

use crate::findings::Results;
use crate::state::{Action, SAMPLES, State};
use mailtriage_engine::i18n;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

const LANG_KEY: &str = "mailtriage.lang";

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
#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(|| State::new(&initial_lang()));
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

    let on_input = {
        let state = state.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(t) = e.target().and_then(|t| t.dyn_into::<HtmlTextAreaElement>().ok()) {
                state.dispatch(Action::SetInput(t.value()));
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
    let on_files = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let Some(input) = e.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()) else {
                return;
            };
            let Some(list) = input.files() else { return };
            for i in 0..list.length() {
                let Some(file) = list.get(i) else { continue };
                let state = state.clone();
                let name = file.name();
                wasm_bindgen_futures::spawn_local(async move {
                    let buf = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await;
                    if let Ok(buf) = buf {
                        let bytes = js_sys::Uint8Array::new(&buf).to_vec();
                        state.dispatch(Action::FileLoaded { name, bytes: Rc::new(bytes) });
                    }
                });
            }
        })
    };
    let on_sample = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            if let Some(s) = e.target().and_then(|t| t.dyn_into::<HtmlSelectElement>().ok()) {
                if let Some((_, text)) = SAMPLES.iter().find(|(id, _)| *id == s.value()) {
                    state.dispatch(Action::SetInput(text.to_string()));
                }
                s.set_value("");
            }
        })
    };
    let on_clear = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::Clear))
    };

    let lang = state.lang;
    let t = |id: &str| i18n::text(lang, id, None);
    html! {
        <>
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
        <p class="privacy" data-testid="privacy">{ t("privacy-note") }</p>
        <main>
            <section class="input">
                <label for="paste">{ t("input-label") }</label>
                <textarea id="paste" data-testid="input" spellcheck="false" rows="12"
                    placeholder={t("input-placeholder")} value={state.input.clone()} oninput={on_input} />
                <div class="controls">
                    <label class="file">{ t("file-label") }{" "}
                        <input type="file" multiple=true data-testid="file-input" onchange={on_files} />
                    </label>
                    <label>{ t("samples-label") }{" "}
                        <select data-testid="samples" onchange={on_sample}>
                            <option value="" selected=true>{ "—" }</option>
                            { for SAMPLES.iter().map(|(id, _)| html! { <option value={*id}>{ t(id) }</option> }) }
                        </select>
                    </label>
                    <button type="button" onclick={on_clear}>{ t("clear") }</button>
                </div>
            </section>
            <Results reports={state.reports.clone()} lang={lang} />
        </main>
        </>
    }
}
