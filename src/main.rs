//! Entry point of the page's wasm module.
fn main() {
    // The hint for a page that cannot start (index.html) goes as the app comes.
    if let Some(hint) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("boot-hint")) {
        hint.remove();
    }
    yew::Renderer::<mailtriage_web::App>::new().render();
}
