//! Entry point of the page's wasm module.
fn main() {
    yew::Renderer::<mailtriage_web::App>::new().render();
}
