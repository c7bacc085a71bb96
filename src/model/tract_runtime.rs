//! The classifier through tract-onnx (feature `tract`): the general ONNX runtime, for
//! graphs outside the embedding-bag family that [`super::plan`] compiles, or for hosts
//! that want the reference runtime itself. Same inputs and outputs as the plan
//! (`ids`, `weights` of shape `[1, n]` → `[1, 14]` scores); `tests/model_runtime.rs`
//! holds the two to the same scores.

use std::io::Cursor;
use std::sync::Arc;
use tract_onnx::prelude::*;

/// A parsed, optimized tract model.
pub struct TractModel {
    model: Arc<TypedRunnableModel>,
}

impl TractModel {
    /// Parses and optimizes ONNX bytes (the start-up cost the plan avoids).
    pub fn load(onnx: &[u8]) -> Result<Self, String> {
        let model = tract_onnx::onnx()
            .model_for_read(&mut Cursor::new(onnx))
            .and_then(|m| m.into_optimized())
            .and_then(|m| m.into_runnable())
            .map_err(|e| format!("{e:#}"))?;
        Ok(TractModel { model })
    }

    /// Scores one window: appends the heads' scores to `out`.
    pub fn run(&self, ids: &[i64], weights: &[f32], out: &mut Vec<f32>) -> Result<(), String> {
        let n = ids.len();
        let ids = Tensor::from_shape(&[1, n], ids).map_err(|e| e.to_string())?;
        let weights = Tensor::from_shape(&[1, n], weights).map_err(|e| e.to_string())?;
        let result = self.model.run(tvec![ids.into(), weights.into()]).map_err(|e| e.to_string())?;
        let view = result[0].try_as_plain_ram().map_err(|e| e.to_string())?;
        out.extend_from_slice(view.as_slice::<f32>().map_err(|e| e.to_string())?);
        Ok(())
    }
}
