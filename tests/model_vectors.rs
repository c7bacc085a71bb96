//! The committed model and the featurizer agree with the training pipeline: the Rust
//! featurizer reproduces the pipeline's feature ids, and the runtime reproduces an
//! independent numpy forward pass of the quantized weights (catches numeric drift between
//! builds).

use edgeward::features::windows;
use edgeward::model::Classifier;
use edgeward::text::normalize;
use edgeward::Direction;
use serde::Deserialize;

#[derive(Deserialize)]
struct Vector {
    text: String,
    direction: Direction,
    windows: Vec<Vec<i64>>,
    scores: Vec<f32>,
}

fn vectors() -> Vec<Vector> {
    let raw = include_str!("../models/test_vectors.json");
    serde_json::from_str(raw).expect("test_vectors.json parses")
}

#[test]
fn featurizer_matches_pipeline_vectors() {
    let vs = vectors();
    assert!(vs.len() >= 20);
    assert!(vs.iter().any(|v| v.windows.len() > 1), "vectors include a multi-window text");
    for v in &vs {
        let got: Vec<Vec<i64>> = windows(normalize(&v.text).as_str(), v.direction).into_iter().map(|w| w.features.ids).collect();
        assert_eq!(got, v.windows, "feature ids differ for {:?}", v.text);
    }
}

#[test]
fn runtime_matches_numpy_forward_pass() {
    let c = Classifier::embedded().unwrap();
    for v in vectors() {
        let f = windows(normalize(&v.text).as_str(), v.direction).swap_remove(0).features;
        let got = c.score(&f).unwrap();
        assert_eq!(got.len(), v.scores.len());
        for (i, (g, e)) in got.iter().zip(&v.scores).enumerate() {
            assert!((g - e).abs() < 1e-4, "head {i} of {:?}: runtime {g} vs numpy {e}", v.text);
        }
    }
}

#[test]
fn embedded_model_fits_the_size_budget() {
    assert!(edgeward::model::EMBEDDED_ONNX.len() <= 2 * 1024 * 1024, "model is {} bytes", edgeward::model::EMBEDDED_ONNX.len());
}
