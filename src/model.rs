//! The classifier runtime: the bundled quantized ONNX model, read once into an
//! embedding-bag plan ([`plan`]) and reused for every call; with the `tract` feature,
//! parsed and run by tract-onnx instead ([`tract_runtime`]).

pub mod onnx;
pub mod plan;
#[cfg(feature = "tract")]
pub mod tract_runtime;

use crate::category::MODEL_LABELS;
use crate::error::{Error, Result};
use crate::features::{Features, FEATURIZER_VERSION, N_BUCKETS};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::sync::Arc;

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

/// `acc = max(acc, w)` head by head; whether any score rose. A compare, not `f32::max`:
/// in wasm that is a call to libm's `fmaxf` per element (scores are never NaN; a NaN
/// would not raise either way).
#[inline]
pub(crate) fn raise_scores(acc: &mut Scores, w: &Scores) -> bool {
    let mut rose = false;
    for (a, &x) in acc.iter_mut().zip(w) {
        if x > *a {
            *a = x;
            rose = true;
        }
    }
    rose
}

/// A loaded, optimized classifier. Cheap to share (`Arc` inside).
#[derive(Clone)]
pub struct Classifier {
    runtime: Arc<Runtime>,
    meta: Arc<ModelMeta>,
}

/// What runs the graph.
enum Runtime {
    /// The built-in embedding-bag plan (the default: small and fast to load).
    #[cfg_attr(feature = "tract", allow(dead_code))]
    Plan(plan::Plan),
    /// tract-onnx (feature `tract`).
    #[cfg(feature = "tract")]
    Tract(tract_runtime::TractModel),
}

impl std::fmt::Debug for Classifier {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Classifier").field("model", &self.meta.id()).finish()
    }
}

impl Classifier {
    /// Loads the embedded model.
    pub fn embedded() -> Result<Self> {
        // Its tensors borrow the embedded bytes instead of copying them.
        Self::load_with(EMBEDDED_ONNX, EMBEDDED_META, onnx::parse_static)
    }

    /// Loads a model from ONNX bytes and its JSON metadata, checking that it fits this
    /// featurizer and label set.
    pub fn load(onnx: &[u8], meta_json: &str) -> Result<Self> {
        Self::load_with(onnx, meta_json, onnx::parse)
    }

    #[cfg_attr(feature = "tract", allow(unused_variables))]
    fn load_with<'a>(onnx: &'a [u8], meta_json: &str, parse: fn(&'a [u8]) -> std::result::Result<onnx::Graph, String>) -> Result<Self> {
        let meta: ModelMeta = serde_json::from_str(meta_json).map_err(|e| Error::model(format!("model metadata: {e}")))?;
        if meta.featurizer != FEATURIZER_VERSION || meta.n_buckets != N_BUCKETS {
            return Err(Error::model(format!("model was trained for featurizer {} with {} buckets; this build has {FEATURIZER_VERSION} with {N_BUCKETS}", meta.featurizer, meta.n_buckets)));
        }
        if meta.labels.iter().map(String::as_str).ne(MODEL_LABELS.iter().copied()) {
            return Err(Error::model(format!("model labels {:?} differ from {:?}", meta.labels, MODEL_LABELS)));
        }
        #[cfg(feature = "tract")]
        let runtime = Runtime::Tract(tract_runtime::TractModel::load(onnx).map_err(|e| Error::model(format!("loading ONNX model with tract: {e}")))?);
        #[cfg(not(feature = "tract"))]
        let runtime = Runtime::Plan(Self::plan(parse(onnx).map_err(|e| Error::model(format!("reading ONNX model: {e}")))?)?);
        Ok(Classifier { runtime: Arc::new(runtime), meta: Arc::new(meta) })
    }

    /// The ONNX graph compiled into an embedding-bag plan, checked against this build.
    #[cfg_attr(feature = "tract", allow(dead_code))]
    fn plan(graph: onnx::Graph) -> Result<plan::Plan> {
        let plan = plan::Plan::compile(&graph).map_err(|e| Error::model(format!("loading ONNX model: {e}")))?;
        if plan.outputs() != N_LABELS {
            return Err(Error::model(format!("model has {} outputs, expected {N_LABELS}", plan.outputs())));
        }
        if plan.rows() != 0 && plan.rows() != N_BUCKETS as usize {
            return Err(Error::model(format!("model's embedding table has {} rows; the featurizer gives ids below {N_BUCKETS}", plan.rows())));
        }
        Ok(plan)
    }

    pub fn meta(&self) -> &ModelMeta {
        &self.meta
    }

    /// An empty window of features, to fill with [`Classifier::bag_insert`] and score
    /// with [`Classifier::score_bag`].
    pub fn new_bag(&self) -> WindowBag {
        let integer = match &*self.runtime {
            Runtime::Plan(p) if p.has_integer_bag() => Some(p.integer_bag()),
            _ => None,
        };
        WindowBag { seen: Box::new([0; SEEN_WORDS]), ids: Vec::new(), integer }
    }

    /// Adds feature `id` (a bucket in `1..N_BUCKETS`) to `bag`, once however often it
    /// is inserted.
    pub fn bag_insert(&self, bag: &mut WindowBag, id: i64) -> Result<()> {
        let id = bucket_id(id)?;
        if bag.mark(id) {
            bag.ids.push(id);
            self.bag_add_new_rows(bag, 1);
        }
        Ok(())
    }

    /// Adds features `ids` to `bag` (see [`Classifier::bag_insert`]), dispatching on the
    /// runtime once for all of them.
    pub fn bag_extend(&self, bag: &mut WindowBag, ids: &[i64]) -> Result<()> {
        let (mut buf, mut new, mut dups) = ([0u16; MAX_INSERT], [0; MAX_INSERT], [0; MAX_INSERT]);
        for chunk in ids.chunks(buf.len()) {
            for (b, &id) in buf.iter_mut().zip(chunk) {
                *b = bucket_id(id)?;
            }
            let (n, _) = bag.insert_new_split(&buf[..chunk.len()], &mut new, &mut dups);
            self.bag_add_new_rows(bag, n);
        }
        Ok(())
    }

    /// Adds the rows of the last `new` ids of `bag` (those [`WindowBag::insert_new_split`]
    /// just found new) to its integer sum.
    #[inline]
    pub(crate) fn bag_add_new_rows(&self, bag: &mut WindowBag, new: usize) {
        if new == 0 {
            return;
        }
        if let (Some(acc), Runtime::Plan(p)) = (&mut bag.integer, &*self.runtime) {
            p.add_rows_to_bag(acc, &bag.ids[bag.ids.len() - new..]);
        }
    }

    /// What row sums made by [`Classifier::row_sum`] depend on: the identity of the
    /// embedding table and its width; `None` when windows are not scored from integer
    /// sums (tract, float tables) or rows are wider than 64.
    pub(crate) fn row_sum_key(&self) -> Option<(u64, usize)> {
        match &*self.runtime {
            Runtime::Plan(p) if p.has_integer_bag() && p.cols() <= 64 => Some((p.id(), p.cols())),
            _ => None,
        }
    }

    /// `out` = the sum of the quantized rows of `ids` (at most [`ROW_SUM_IDS`] of them, so
    /// that it fits `i16`), for [`Classifier::bag_add_sum`]; `out` has the width of
    /// [`Classifier::row_sum_key`].
    #[cfg_attr(not(feature = "tract"), allow(irrefutable_let_patterns))]
    pub(crate) fn row_sum(&self, ids: &[u16], out: &mut [i16]) {
        debug_assert!(ids.len() <= ROW_SUM_IDS);
        let mut acc = [0i32; 64];
        if let Runtime::Plan(p) = &*self.runtime {
            let acc = &mut acc[..out.len()];
            p.add_rows_to_slice(acc, &ids[..ids.len().min(ROW_SUM_IDS)]);
            for (o, &a) in out.iter_mut().zip(acc.iter()) {
                *o = a as i16; // |a| ≤ ROW_SUM_IDS × 255 < 2^15
            }
        }
    }

    /// Adds a row sum from [`Classifier::row_sum`] of ids just inserted, less the rows
    /// of those of them that were not new (`dups`, from [`WindowBag::insert_new_split`]),
    /// to `bag`'s integer sum: the sum of the new ones' rows, from `1 + dups.len()` reads
    /// instead of one per new id.
    #[inline]
    pub(crate) fn bag_add_sum(&self, bag: &mut WindowBag, sum: &[i16], dups: &[u16]) {
        if let (Some(acc), Runtime::Plan(p)) = (&mut bag.integer, &*self.runtime) {
            acc.add(sum);
            p.sub_rows_from_bag(acc, dups);
        }
    }

    /// Scores the window of features in `bag`: the same scores as [`Classifier::score`]
    /// on its sorted ids, each weighted `1/sqrt(n)` (what the featurizer gives).
    pub fn score_bag(&self, bag: &WindowBag) -> Result<Scores> {
        match (&bag.integer, &*self.runtime) {
            (Some(acc), Runtime::Plan(p)) => {
                let mut s = Vec::with_capacity(64);
                p.run_bag(acc, bag.ids.len(), &mut s);
                scores_of(&s)
            }
            _ => {
                let mut ids: Vec<i64> = bag.ids.iter().map(|&i| i as i64).collect();
                ids.sort_unstable();
                let w = 1.0 / (ids.len() as f32).sqrt();
                let weights = vec![w; ids.len()];
                self.score(&Features { ids, weights })
            }
        }
    }

    /// Scores one window of features.
    pub fn score(&self, f: &Features) -> Result<Scores> {
        let mut s = Vec::with_capacity(64);
        match &*self.runtime {
            Runtime::Plan(p) => p.run(&f.ids, &f.weights, &mut s).map_err(|e| Error::model(format!("running model: {e}")))?,
            #[cfg(feature = "tract")]
            Runtime::Tract(t) => t.run(&f.ids, &f.weights, &mut s).map_err(|e| Error::model(format!("running model: {e}")))?,
        }
        scores_of(&s)
    }
}

/// A feature id as a bucket (ids are below [`N_BUCKETS`], 2^16).
fn bucket_id(id: i64) -> Result<u16> {
    u16::try_from(id).map_err(|_| Error::model(format!("feature id {id} is outside 0..{N_BUCKETS}")))
}

/// The model's output vector as scores.
fn scores_of(s: &[f32]) -> Result<Scores> {
    if s.len() != N_LABELS {
        return Err(Error::model(format!("model returned {} scores, expected {N_LABELS}", s.len())));
    }
    let mut scores = [0f32; N_LABELS];
    scores.copy_from_slice(s);
    Ok(scores)
}

/// The distinct feature ids of one window, gathered one at a time (see
/// [`Classifier::new_bag`]); with the built-in plan, also the integer sum of their
/// embedding rows, so scoring the window costs no more than the layers after the bag.
#[derive(Clone, Debug)]
pub struct WindowBag {
    /// One bit per bucket: ids already in the window.
    seen: Box<[u64; SEEN_WORDS]>,
    ids: Vec<u16>,
    integer: Option<plan::IntegerBag>,
}

/// Words of a [`WindowBag`]'s bitset: one bit per bucket.
const SEEN_WORDS: usize = N_BUCKETS as usize / 64;
const _: () = assert!(N_BUCKETS <= 1 << 16, "bucket ids are u16");

/// Most ids one [`WindowBag::insert_new_split`] takes (a power of two).
pub(crate) const MAX_INSERT: usize = 64;

/// Most ids a [`Classifier::row_sum`] adds up: the sum of that many rows of `u8` or `i8`
/// fits `i16`.
pub(crate) const ROW_SUM_IDS: usize = 128;

impl WindowBag {
    /// Marks bucket `id` as in the window; whether it was not before.
    #[inline(always)]
    fn mark(&mut self, id: u16) -> bool {
        let i = usize::from(id);
        let word = &mut self.seen[i >> 6];
        let bit = 1u64 << (i & 63);
        let fresh = *word & bit == 0;
        *word |= bit;
        fresh
    }

    /// Marks at most [`MAX_INSERT`] of `ids` (any more are ignored) as in the window and
    /// appends those that were not to its ids (in order, each once), putting the others
    /// (in the window already, or earlier in `ids`) at the start of `dups`; returns how
    /// many were new and how many not (`new` is scratch space). Branch-free: whether an id is new is unpredictable, and a
    /// mispredicted branch per id held up the loop.
    #[inline]
    pub(crate) fn insert_new_split(&mut self, ids: &[u16], new: &mut [u16; MAX_INSERT], dups: &mut [u16; MAX_INSERT]) -> (usize, usize) {
        let (mut n, mut m) = (0, 0);
        for &id in &ids[..ids.len().min(MAX_INSERT)] {
            let fresh = usize::from(self.mark(id));
            // n, m < MAX_INSERT before the last id is counted: the masks only spare the
            // bounds checks
            new[n & (MAX_INSERT - 1)] = id;
            dups[m & (MAX_INSERT - 1)] = id;
            n += fresh;
            m += 1 - fresh;
        }
        self.ids.extend_from_slice(&new[..n]);
        (n, m)
    }

    /// Empties the window (keeping its buffers).
    pub fn clear(&mut self) {
        for &i in &self.ids {
            self.seen[i as usize >> 6] = 0;
        }
        self.ids.clear();
        if let Some(acc) = &mut self.integer {
            acc.clear();
        }
    }

    /// Distinct ids in the window.
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// Heap bytes held.
    pub fn memory_usage(&self) -> usize {
        SEEN_WORDS * 8 + self.ids.capacity() * 2 + self.integer.as_ref().map_or(0, plan::IntegerBag::memory_usage)
    }
}
