//! `edgeward eval` from the command line: the report files, gates that fail by name,
//! waived gates, and clear errors for bad folders and gate files.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn eval(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_edgeward")).current_dir(env!("CARGO_MANIFEST_DIR")).arg("eval").args(args).output().unwrap()
}

fn scratch(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("edgeward-eval-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn datasets() -> String {
    std::env::var("EDGEWARD_DATASETS").unwrap_or_else(|_| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/datasets").display().to_string())
}

#[test]
fn fast_run_writes_the_report_and_names_failed_gates() {
    let dir = scratch("gates");
    let gates = dir.join("gates.toml");
    std::fs::write(
        &gates,
        "[[gate]]\nid = \"impossible_recall\"\nmetric = \"safety.split_escalation_recall_pct\"\nmin = 101\n\
         [[gate]]\nid = \"known_gap\"\nmetric = \"bias.jigsaw.flag_pct\"\nmax = -1\nwaived = \"tracked elsewhere\"\n\
         [[gate]]\nid = \"easy\"\nmetric = \"vulnerability.plain.attack_success_pct\"\nmax = 100\n",
    )
    .unwrap();
    let out_dir = dir.join("report");
    let o = eval(&["--fast", "--datasets", &datasets(), "--gates", gates.to_str().unwrap(), "--out", out_dir.to_str().unwrap()]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(err.contains("release gates failed: impossible_recall\n"), "only the unwaived failure fails the run: {err}");
    assert!(err.contains("gate FAIL (waived: tracked elsewhere): known_gap"), "{err}");
    assert!(err.contains("gate pass: easy"), "{err}");
    let md = std::fs::read_to_string(out_dir.join("REPORT.md")).unwrap();
    for section in ["## Release gates", "## Safety", "## Risk", "## Bias", "## Policy vulnerability", "![risk curves](img/risk.svg)"] {
        assert!(md.contains(section), "REPORT.md lacks {section}");
    }
    let json: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(out_dir.join("report.json")).unwrap()).unwrap();
    assert_eq!(json["fast"], true);
    assert!(json["metrics"]["bias.jigsaw.max_gap_pts"].is_number());
    for img in ["safety", "risk", "bias_jigsaw", "bias_holisticbias", "vulnerability"] {
        let svg = std::fs::read_to_string(out_dir.join(format!("img/{img}.svg"))).unwrap();
        assert!(svg.starts_with("<svg") && svg.trim_end().ends_with("</svg>"), "{img}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn texts_lists_every_suite_text_as_json_lines() {
    let o = eval(&["--texts", "--datasets", &datasets()]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let rows: Vec<serde_json::Value> = String::from_utf8(o.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let count = |set: &str| rows.iter().filter(|r| r["set"] == set).count();
    let seeds = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("evals/attacks/seeds.toml")).unwrap();
    let n_seeds = seeds.lines().filter(|l| l.trim() == "[[seed]]").count();
    assert!(n_seeds > 0);
    assert_eq!(count("edgeward_attack_seeds"), n_seeds * 5, "each seed and its four translations");
    assert!(count("edgeward_conversations") > 0 && count("holisticbias") > 1000);
    assert_eq!(rows.len(), count("edgeward_attack_seeds") + count("edgeward_conversations") + count("holisticbias"));
    assert!(rows.iter().any(|r| r["text"].as_str().unwrap().contains(" people")), "HolisticBias sentences are built");
}

#[test]
fn bad_inputs_are_clear_errors() {
    let o = eval(&["--datasets", "/nonexistent/datasets"]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(String::from_utf8_lossy(&o.stderr).trim(), "edgeward: datasets folder /nonexistent/datasets not found");
    let dir = scratch("bad-gates");
    let gates = dir.join("g.toml");
    std::fs::write(&gates, "[[gate]]\nid = \"x\"\nmetric = \"m\"\n").unwrap();
    let o = eval(&["--gates", gates.to_str().unwrap(), "--datasets", &datasets()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("gate `x` has neither `min` nor `max`"));
    let o = eval(&["--bogus", "x"]);
    assert!(String::from_utf8_lossy(&o.stderr).contains("unknown option --bogus"));
    let _ = std::fs::remove_dir_all(&dir);
}
