//! wasm-bindgen tests in headless Chromium: the real App rendered into a real
//! DOM, driven through its `data-testid` hooks.
#![cfg(target_arch = "wasm32")]

use gloo::timers::future::sleep;
use std::time::Duration;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlTextAreaElement};

wasm_bindgen_test_configure!(run_in_browser);

fn mount() -> Element {
    let doc = web_sys::window().unwrap().document().unwrap();
    let root = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<mailtriage_web::App>::with_root(root.clone()).render();
    root
}

fn rules(root: &Element) -> Vec<String> {
    let list = root.query_selector_all("[data-testid=finding]").unwrap();
    (0..list.length()).filter_map(|i| list.item(i)?.dyn_into::<Element>().ok()?.get_attribute("data-rule")).collect()
}

/// Polls until `cond` holds (Yew renders asynchronously; a loaded CI
/// machine may need more than one frame). Gives up after five seconds.
async fn wait_for(mut cond: impl FnMut() -> bool) -> bool {
    for _ in 0..250 {
        if cond() {
            return true;
        }
        sleep(Duration::from_millis(20)).await;
    }
    cond()
}

#[wasm_bindgen_test]
async fn sample_then_paste_shows_the_tls12_finding() {
    let root = mount();
    assert!(wait_for(|| rules(&root).len() == 4).await, "sample findings: {:?}", rules(&root));
    assert!(rules(&root).contains(&"seed-protolog-socketerror".to_string()));

    let area: HtmlTextAreaElement = root.query_selector("[data-testid=input]").unwrap().unwrap().dyn_into().unwrap();
    area.set_value("421 4.4.2 Connection dropped due to SocketError");
    let ev = web_sys::InputEvent::new("input").unwrap();
    area.dispatch_event(&ev).unwrap();
    let want = vec!["seed-ndr-socketerror".to_string()];
    assert!(wait_for(|| rules(&root) == want).await, "after paste: {:?}", rules(&root));
    let fix = root.query_selector("[data-testid=fix]").unwrap().unwrap().text_content().unwrap();
    assert!(fix.contains("TLS 1.2"), "{fix}");
}
