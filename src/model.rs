//! The classifier runtime: the bundled quantized ONNX model, loaded once with tract and
//! reused for every call.

use crate::category::MODEL_LABELS;
use crate::error::{Error, Result};
use crate::features::{Features, FEATURIZER_VERSION, N_BUCKETS};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::io::Cursor;
use std::sync::Arc;
use tract_onnx::prelude::*;

/// The model shipped inside the crate.
pub const EMBEDDED_ONNX: &[u8] = include_bytes!("../models/edgeward-tiny.onnx");
/// Its metadata (labels, calibrated thresholds, training summary).
pub const EMBEDDED_META: &str = include_str!("../models/edgeward-tiny.json");

/// Number of output heads.
pub const N_LABELS: usize = MODEL_LABELS.len();

/// Calibrated operating points of one head.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq)]
pub struct Thresholds {
    /// Balanced operating point (validation split).
    pub default: f32,
    /// Higher-recall point for high-stakes categories.
    pub strict: f32,
}

/// The model's sidecar metadata.
#[derive(Clone, Debug, Deserialize)]
pub struct ModelMeta {
    pub name: String,
    pub version: String,
    pub featurizer: String,
    pub n_buckets: u32,
    pub labels: Vec<String>,
    pub thresholds: BTreeMap<String, Thresholds>,
}

impl ModelMeta {
    /// `name@version`, as shown in verdicts.
    pub fn id(&self) -> String {
        format!("{}@{}", self.name, self.version)
    }

    /// Thresholds of head `i` (falls back to 0.5 / 0.5).
    pub fn thresholds(&self, i: usize) -> Thresholds {
        self.thresholds.get(MODEL_LABELS[i]).copied().unwrap_or(Thresholds { default: 0.5, strict: 0.5 })
    }
}

/// Scores of every head, in [`MODEL_LABELS`] order.
pub type Scores = [f32; N_LABELS];

/// A loaded, optimized classifier. Cheap to share (`Arc` inside).
#[derive(Clone)]
pub struct Classifier {
    plan: Arc<TypedRunnableModel>,
    meta: Arc<ModelMeta>,
}

impl std::fmt::Debug for Classifier {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Classifier").field("model", &self.meta.id()).finish()
    }
}

impl Classifier {
    /// Loads the embedded model.
    pub fn embedded() -> Result<Self> {
        Self::load(EMBEDDED_ONNX, EMBEDDED_META)
    }

    /// Loads a model from ONNX bytes and its JSON metadata, checking that it fits this
    /// featurizer and label set.
    pub fn load(onnx: &[u8], meta_json: &str) -> Result<Self> {
        let meta: ModelMeta = serde_json::from_str(meta_json).map_err(|e| Error::model(format!("model metadata: {e}")))?;
        if meta.featurizer != FEATURIZER_VERSION || meta.n_buckets != N_BUCKETS {
            return Err(Error::model(format!(
                "model was trained for featurizer {} with {} buckets; this build has {FEATURIZER_VERSION} with {N_BUCKETS}",
                meta.featurizer, meta.n_buckets
            )));
        }
        if meta.labels.iter().map(String::as_str).ne(MODEL_LABELS.iter().copied()) {
            return Err(Error::model(format!("model labels {:?} differ from {:?}", meta.labels, MODEL_LABELS)));
        }
        let plan = tract_onnx::onnx()
            .model_for_read(&mut Cursor::new(onnx))
            .and_then(|m| m.into_optimized())
            .and_then(|m| m.into_runnable())
            .map_err(|e| Error::model(format!("loading ONNX model: {e}")))?;
        Ok(Classifier { plan, meta: Arc::new(meta) })
    }

    pub fn meta(&self) -> &ModelMeta {
        &self.meta
    }

    /// Scores one window of features.
    pub fn score(&self, f: &Features) -> Result<Scores> {
        let n = f.ids.len();
        let ids = Tensor::from_shape(&[1, n], &f.ids).map_err(|e| Error::model(e.to_string()))?;
        let weights = Tensor::from_shape(&[1, n], &f.weights).map_err(|e| Error::model(e.to_string()))?;
        let out = self.plan.run(tvec![ids.into(), weights.into()]).map_err(|e| Error::model(format!("running model: {e}")))?;
        let view = out[0].try_as_plain_ram().map_err(|e| Error::model(e.to_string()))?;
        let s = view.as_slice::<f32>().map_err(|e| Error::model(e.to_string()))?;
        let mut scores = [0f32; N_LABELS];
        if s.len() != N_LABELS {
            return Err(Error::model(format!("model returned {} scores, expected {N_LABELS}", s.len())));
        }
        scores.copy_from_slice(s);
        Ok(scores)
    }
}
