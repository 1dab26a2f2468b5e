//! `cargo xtask bench window`: Pathway's start-up and memory against a bare
//! Tauri v2 window (bench/bare-window, shaped like the official template),
//! both release builds, in one run, alternating A B A B, five rounds.
//!
//! - start: from asking WebDriver for the app to the first text on screen;
//! - memory: the summed PSS of the app and its WebKit processes, 3 s after
//!   the start, and again after Pathway has drawn every view once (so that
//!   work put off until later cannot hide); the bare window has no views and
//!   is measured again at the same moment.
//!
//! Ignored by `cargo test`: a benchmark, with its targets (start ≤ 1.1×,
//! memory ≤ 1.2×) reported, not asserted, like every speed target here.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use pathway_e2e::{App, ProcessMemory};
use serde_json::{json, Value};

const ROUNDS: usize = 5;
const VIEWS: [&str; 10] =
    ["#/home", "#/assess", "#/plan", "#/money", "#/progress", "#/document", "#/explore", "#/settings", "#/help", "#/about"];

struct Sample {
    start_ms: f64,
    pss_3s_kib: u64,
    pss_views_kib: u64,
    /// Where the memory is, process by process, at both moments.
    by_process_3s: Vec<ProcessMemory>,
    by_process_views: Vec<ProcessMemory>,
}

async fn first_text(app: &App) {
    app.poll_value("the first text on screen", || async {
        (app.script("return (document.body && document.body.innerText.trim().length) || 0").await.as_u64().unwrap_or(0) > 0).then_some(())
    })
    .await;
}

async fn measure(binary: &Path, pathway: bool) -> Sample {
    let asked = Instant::now();
    let app = App::launch_application(binary).await;
    first_text(&app).await;
    let start_ms = asked.elapsed().as_secs_f64() * 1000.0;
    tokio::time::sleep(Duration::from_secs(3).saturating_sub(asked.elapsed())).await;
    let by_process_3s = app.app_memory();
    let pss_3s_kib = by_process_3s.iter().map(|p| p.pss_kib).sum();
    if pathway {
        // A profile and a plan, then every view once.
        app.save_profile(json!({"name": "Ana", "country": "ph", "currency": "PHP", "base_pay": "24000", "hours_per_week": "10",
            "free_weekdays": ["sat", "sun"], "start_date": "2030-01-07"}))
            .await;
        app.invoke("choose_target_role", json!({"role": "help-desk-technician"})).await.unwrap();
        app.invoke("create_plan", json!({"name": "Help desk"})).await.unwrap();
        for view in VIEWS {
            app.script(&format!("location.hash = '{view}'; return null;")).await;
            app.text("#main h1").await;
            app.poll_value("the view's data", || async {
                (app.script("return !document.getElementById('main').textContent.includes('Opening your data')").await == Value::Bool(true))
                    .then_some(())
            })
            .await;
        }
        tokio::time::sleep(Duration::from_secs(1)).await;
    } else {
        tokio::time::sleep(Duration::from_secs(2)).await;
    }
    let by_process_views = app.app_memory();
    let pss_views_kib = by_process_views.iter().map(|p| p.pss_kib).sum();
    app.close().await;
    Sample { start_ms, pss_3s_kib, pss_views_kib, by_process_3s, by_process_views }
}

fn mib(kib: u64) -> f64 {
    kib as f64 / 1024.0
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

#[tokio::test]
#[ignore = "a benchmark: `cargo xtask bench window` runs it"]
async fn pathway_against_a_bare_tauri_window() {
    let bare = PathBuf::from(std::env::var("PATHWAY_BENCH_BARE").expect("PATHWAY_BENCH_BARE: the bare window's binary"));
    let pathway = PathBuf::from(std::env::var("PATHWAY_BENCH_APP").expect("PATHWAY_BENCH_APP: Pathway's release binary"));
    let (mut a, mut b) = (Vec::new(), Vec::new());
    for round in 0..ROUNDS {
        a.push(measure(&bare, false).await);
        b.push(measure(&pathway, true).await);
        println!(
            "round {}: bare {:.0} ms, {} KiB / {} KiB; pathway {:.0} ms, {} KiB / {} KiB",
            round + 1,
            a[round].start_ms,
            a[round].pss_3s_kib,
            a[round].pss_views_kib,
            b[round].start_ms,
            b[round].pss_3s_kib,
            b[round].pss_views_kib
        );
    }
    let of = |samples: &[Sample], f: fn(&Sample) -> f64| median(samples.iter().map(f).collect());
    let rows = [
        ("start_ms", of(&a, |s| s.start_ms), of(&b, |s| s.start_ms)),
        ("pss_3s_mib", of(&a, |s| mib(s.pss_3s_kib)), of(&b, |s| mib(s.pss_3s_kib))),
        ("pss_every_view_mib", of(&a, |s| mib(s.pss_views_kib)), of(&b, |s| mib(s.pss_views_kib))),
    ];
    let mut report = serde_json::Map::new();
    println!("median of {ROUNDS} (A = bare window, B = Pathway):");
    for (name, bare, app) in rows {
        println!("  {name}: bare {bare:.1}, pathway {app:.1}, ratio {:.2}×", app / bare);
        report.insert(name.into(), json!({"bare": bare, "pathway": app, "ratio": app / bare}));
    }
    // The last round's processes, for finding where the difference goes.
    let breakdown = |samples: &[Sample]| {
        let last = samples.last().expect("at least one round");
        for (moment, processes) in [("3 s", &last.by_process_3s), ("every view", &last.by_process_views)] {
            for p in processes.iter() {
                println!(
                    "    {moment}: {} {:.1} MiB (anon {:.1}, file {:.1}, shmem {:.1})",
                    p.name,
                    mib(p.pss_kib),
                    mib(p.anon_kib),
                    mib(p.file_kib),
                    mib(p.shmem_kib)
                );
            }
        }
        json!({
            "at_3s": last.by_process_3s.iter().map(ProcessMemory::to_json).collect::<Vec<_>>(),
            "after_every_view": last.by_process_views.iter().map(ProcessMemory::to_json).collect::<Vec<_>>(),
        })
    };
    println!("  bare window, last round:");
    report.insert("bare_processes".into(), breakdown(&a));
    println!("  Pathway, last round:");
    report.insert("pathway_processes".into(), breakdown(&b));
    let out = PathBuf::from(std::env::var("PATHWAY_E2E_SCREENS").unwrap_or_else(|_| ".".into())).join("../bench-window.json");
    std::fs::write(&out, serde_json::to_string_pretty(&Value::Object(report)).unwrap()).unwrap();
    println!("written to {}", out.display());
}
