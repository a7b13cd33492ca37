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

// pipeline: the job loop the worker runs, here on the page's own thread
// (the path the single-file build takes), over real Blobs.
mod pipeline {
    use super::*;
    use mailtriage_web::worker::{JobEnd, Output, Source, run_job};
    use std::cell::RefCell;

    fn blob(bytes: &[u8]) -> web_sys::Blob {
        let arr = js_sys::Uint8Array::from(bytes);
        web_sys::Blob::new_with_u8_array_sequence(&js_sys::Array::of1(&arr)).unwrap()
    }

    async fn run(sources: Vec<Source>, cancel: bool) -> Vec<Output> {
        let out = RefCell::new(Vec::new());
        // Each run's census starts anew (`fresh`), as after a Clear.
        run_job(7, sources, true, false, &|| cancel, &|o| out.borrow_mut().push(o), None).await;
        out.into_inner()
    }

    fn reports(out: &[Output]) -> Vec<(String, Vec<String>)> {
        out.iter()
            .filter_map(|o| match o {
                Output::Report { partial: false, report, .. } => {
                    Some((report.path.clone(), report.findings.iter().map(|f| f.rule.clone()).collect()))
                }
                _ => None,
            })
            .collect()
    }

    /// `451 5.7.3 Must issue a STARTTLS command first\n`, gzipped.
    const GZ: &[u8] = &[
        31, 139, 8, 0, 0, 0, 0, 0, 2, 255, 51, 49, 53, 84, 48, 213, 51, 215, 51, 86, 240, 45, 45, 46, 81, 200, 44, 46,
        46, 77, 85, 72, 84, 8, 14, 113, 12, 10, 9, 241, 9, 86, 72, 206, 207, 205, 77, 204, 75, 81, 72, 203, 44, 42, 46,
        225, 2, 0, 138, 48, 113, 28, 46, 0, 0, 0,
    ];

    #[wasm_bindgen_test]
    async fn the_worker_waits_for_the_page_to_draw_a_partial_report_but_not_forever() {
        use mailtriage_web::worker::Drawn;
        use std::rc::Rc;
        let drawn = Rc::new(Drawn::default());
        drawn.start(3);
        // The page answers a little later: the wait ends with the answer.
        let d = drawn.clone();
        gloo::timers::callback::Timeout::new(5, move || d.heard(3)).forget();
        assert!(drawn.wait(1).await, "ended by the answer");
        // An answer about another job does not count: the cap ends the wait.
        let d = drawn.clone();
        gloo::timers::callback::Timeout::new(1, move || d.heard(2)).forget();
        assert!(!drawn.wait(2).await, "ended by the cap");
        // An answer already heard ends the wait at once.
        drawn.heard(3);
        assert!(drawn.wait(2).await);
        // A new job starts counting again.
        drawn.start(4);
        assert!(!drawn.wait(1).await);
    }

    #[wasm_bindgen_test]
    async fn files_and_gzip_are_read_in_slices_with_progress() {
        let big = "Received: from a by b\n".repeat(40_000) + "421 4.4.2 Connection dropped due to SocketError\n";
        let out = run(
            vec![
                Source::new("a.txt".to_string(), blob(b"451 5.7.3 Must issue a STARTTLS command first\n")),
                Source::new("b.log.gz".to_string(), blob(GZ)),
                Source::new("big.txt".to_string(), blob(big.as_bytes())),
            ],
            false,
        )
        .await;
        let r = reports(&out);
        assert_eq!(r[0], ("a.txt".to_string(), vec!["seed-starttls-first".to_string()]));
        assert_eq!(r[1], ("b.log.gz".to_string(), vec!["seed-starttls-first".to_string()]));
        assert_eq!(r[2].1, vec!["seed-ndr-socketerror".to_string()]);
        let progress: Vec<f64> =
            out.iter().filter_map(|o| if let Output::Progress { done, .. } = o { Some(*done) } else { None }).collect();
        // Progress is sent at most every `PROGRESS_MIN_MS` (not per slice nor
        // per file: a folder of small files sent thousands): at least the
        // first, then by time.
        assert!(
            !progress.is_empty() && progress.iter().all(|&d| d <= (big.len() + GZ.len() + 60) as f64),
            "{progress:?}"
        );
        assert!(progress.windows(2).all(|w| w[0] <= w[1]), "monotonic: {progress:?}");
        assert!(matches!(out.last(), Some(Output::Done(JobEnd { cancelled: false, .. }))));
    }

    #[wasm_bindgen_test]
    async fn a_cancelled_job_stops_without_a_report() {
        let out = run(vec![Source::new("a.txt".to_string(), blob(b"550 5.1.1 unknown\n"))], true).await;
        assert!(reports(&out).is_empty());
        assert!(matches!(out.last(), Some(Output::Done(JobEnd { cancelled: true, .. }))));
    }

    #[wasm_bindgen_test]
    async fn protocol_logs_give_a_census_with_lazily_decoded_transcripts() {
        let log = include_str!("../www/samples/recv-protocol-log.log");
        let out = run(vec![Source::new("RECV1.LOG".to_string(), blob(log.as_bytes()))], false).await;
        let (report, transcripts) = out
            .iter()
            .find_map(|o| match o {
                Output::Census { report, transcripts, .. } => Some((report.clone(), transcripts.clone())),
                _ => None,
            })
            .expect("a census");
        assert!(report.sessions > 0 && !report.endpoints.is_empty());
        assert!(report.endpoints.iter().any(|e| e.legacy), "the sample has a TLS 1.0 sender");
        let data = mailtriage_web::pipeline::CensusData { report: *report, transcripts };
        assert_eq!(js_sys::Array::from(&data.transcripts).length() as usize, data.report.kept_sessions.len());
        assert!(data.report.kept_sessions.iter().all(|s| s.transcript.is_empty()), "transcripts travel apart");
        let rows = data.transcript(0);
        assert!(!rows.is_empty());
    }

    #[wasm_bindgen_test]
    async fn the_app_shows_the_sample_census_and_a_session() {
        let root = mount();
        assert!(
            wait_for(|| root.query_selector("[data-testid=census] tbody tr").unwrap().is_some()).await,
            "census rows for the sample"
        );
        let row: web_sys::HtmlElement =
            root.query_selector("[data-testid=census] tbody tr").unwrap().unwrap().dyn_into().unwrap();
        row.click();
        assert!(
            wait_for(|| root.query_selector("[data-testid=session-view]").unwrap().is_some()).await,
            "session view"
        );
    }
}
