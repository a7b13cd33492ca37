//! Entry point of the parsing Web Worker (loaded by trunk's loader shim).
use gloo::worker::Registrable;
use mailtriage_web::worker::{JsCodec, ParseWorker};

fn main() {
    ParseWorker::registrar().encoding::<JsCodec>().register();
}
