//! Views: function components over [`State`]. Text from the input is only
//! ever rendered as text nodes (Yew escapes them), so HTML in a log is inert.

use crate::state::{Action, PASTE, SAMPLES, State};
use mailtriage_engine::{Finding, InputReport, Note, i18n, kb};
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
            <section class="results" aria-live="polite">
                <h2>{ t("findings-heading") }</h2>
                if state.reports.is_empty() {
                    <p class="empty">{ t("empty-input") }</p>
                }
                { for state.reports.iter().map(|r| html! { <ReportView key={r.path.clone()} report={r.clone()} lang={lang} /> }) }
            </section>
        </main>
        </>
    }
}

#[derive(Properties, PartialEq)]
struct ReportProps {
    report: Rc<InputReport>,
    lang: &'static str,
}

#[function_component(ReportView)]
fn report_view(p: &ReportProps) -> Html {
    let lang = p.lang;
    let r = &p.report;
    html! {
        <div class="report" data-testid="report" data-kind={r.kind.as_str()}>
            <h3 class="source">
                { if r.path == PASTE { i18n::text(lang, "pasted-text", None) } else { r.path.clone() } }
                <span class="kind">{ i18n::text(lang, &format!("kind-{}", r.kind.as_str()), None) }</span>
            </h3>
            { for r.notes.iter().map(|n| html! { <p class="note" data-testid="note">{ i18n::note_text(lang, n) }</p> }) }
            if r.findings.is_empty() && !r.notes.contains(&Note::Binary) {
                <p class="empty">{ i18n::text(lang, "no-findings", None) }</p>
            }
            { for r.findings.iter().map(|f| html! { <FindingView key={finding_key(f)} finding={f.clone()} lang={lang} /> }) }
            if r.unrecognised_lines > 0 {
                <details class="unrecognised" data-testid="unrecognised">
                    <summary>{ i18n::text_n(lang, "stats-lines", &[("lines", r.lines as i64), ("unrecognised", r.unrecognised_lines as i64)]) }</summary>
                    <pre>{ for r.unrecognised_samples.iter().map(|(n, l)| html! { <>{ format!("{n:>6}  {l}\n") }</> }) }</pre>
                </details>
            }
        </div>
    }
}

/// A stable key per finding, so list updates never mix two findings' DOM.
fn finding_key(f: &Finding) -> String {
    format!("{}|{:?}|{:?}|{:?}|{:?}|{}", f.rule, f.status, f.reply, f.recipient, f.remote_ip, f.first_line)
}

#[derive(Properties, PartialEq)]
struct FindingProps {
    finding: Finding,
    lang: &'static str,
}

#[function_component(FindingView)]
fn finding_view(p: &FindingProps) -> Html {
    let f = &p.finding;
    let lang = p.lang;
    let t = |id: &str| i18n::text(lang, id, None);
    let rule = kb::rule(&f.rule);
    let text = rule.map(|r| i18n::rule_text(lang, r));
    let codes: Vec<String> = [f.reply.map(|c| c.to_string()), f.status.clone()].into_iter().flatten().collect();
    let severity = f.severity.as_str();
    html! {
        <article class={classes!("finding", severity)} data-testid="finding" data-rule={f.rule.clone()} data-severity={severity}>
            <header>
                <span class="sev">{ t(&format!("severity-{severity}")) }</span>
                <code class="codes">{ codes.join(" ") }</code>
                <h4>{ text.as_ref().map_or_else(|| t("unclassified-title"), |x| x.title.clone()) }</h4>
                <span class="count">{ i18n::text_n(lang, "count", &[("count", f.count as i64)]) }</span>
            </header>
            { affected(f, lang) }
            if let Some(x) = &text {
                <h5>{ t("cause-heading") }</h5>
                <p class="cause" data-testid="cause">{ &x.cause }</p>
                <h5>{ t("fix-heading") }</h5>
                <ol class="fix" data-testid="fix">{ for x.fix.iter().map(|s| html! { <li>{ s }</li> }) }</ol>
            }
            if let Some(rule) = rule {
                { artifacts(rule, lang) }
                if !rule.references.is_empty() {
                    <h5>{ t("references-heading") }</h5>
                    <ul class="refs">{ for rule.references.iter().map(|x| html! {
                        <li><a href={x.url} target="_blank" rel="noopener noreferrer">{ x.title }</a></li>
                    }) }</ul>
                }
            }
            <details class="evidence">
                <summary>{ t("evidence-heading") }</summary>
                { for f.evidence.iter().map(|o| {
                    let (s, e) = (o.span.0 as usize, o.span.1 as usize);
                    let raw = &o.raw;
                    let ok = s <= e && e <= raw.len() && raw.is_char_boundary(s) && raw.is_char_boundary(e);
                    let (a, b, c) = if ok { (&raw[..s], &raw[s..e], &raw[e..]) } else { ("", raw.as_str(), "") };
                    html! {
                        <div class="line">
                            <span class="loc">{ i18n::text_n(lang, "location", &[("line", o.location.line as i64)]) }</span>
                            <code>{ a }<mark>{ b }</mark>{ c }</code>
                        </div>
                    }
                }) }
            </details>
        </article>
    }
}

fn affected(f: &Finding, lang: &str) -> Html {
    let who: Vec<&String> = [&f.recipient, &f.remote_host, &f.remote_ip].into_iter().flatten().collect();
    if who.is_empty() {
        return html! {};
    }
    html! {
        <p class="affected">{ i18n::text(lang, "affected", None) }{ ": " }
            { for who.iter().map(|w| html! { <code>{ (*w).clone() }</code> }) }
        </p>
    }
}

fn artifacts(rule: &'static kb::Rule, lang: &str) -> Html {
    if rule.artifacts.is_empty() {
        return html! {};
    }
    html! {
        <>
        <h5>{ i18n::text(lang, "artifacts-heading", None) }</h5>
        <ul class="artifacts">
            { for rule.artifacts.iter().filter_map(|id| kb::artifact(id)).map(|a| html! { <ArtifactLink artifact={a} lang={lang.to_string()} /> }) }
        </ul>
        </>
    }
}

#[derive(Properties, PartialEq)]
struct ArtifactProps {
    artifact: &'static kb::Artifact,
    lang: String,
}

/// A download link backed by a Blob URL made on the page (no request).
#[function_component(ArtifactLink)]
fn artifact_link(p: &ArtifactProps) -> Html {
    let a = p.artifact;
    let url = use_memo(a.id, |_| {
        let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(a.content));
        let opts = web_sys::BlobPropertyBag::new();
        opts.set_type(a.mime);
        web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts)
            .ok()
            .and_then(|b| web_sys::Url::create_object_url_with_blob(&b).ok())
            .unwrap_or_default()
    });
    html! {
        <li>
            <a href={(*url).clone()} download={a.file_name} data-testid="artifact">{ a.file_name }</a>
            <details><summary>{ i18n::text(&p.lang, "copy", None) }</summary><pre class="artifact">{ a.content }</pre></details>
        </li>
    }
}
