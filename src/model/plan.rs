//! The classifier's execution plan: an ONNX graph of the embedding-bag family compiled
//! into a fused bag step and a short chain of vector steps, evaluated without any
//! per-call graph machinery.
//!
//! The family (what `models/pipeline` exports, and any retrained model of it):
//!
//! ```text
//! ids [1,L] ─► Gather(E) ─► Cast / DequantizeLinear ─┐
//! weights [1,L] ─► Unsqueeze ───────────────────────► Mul ─► ReduceSum|ReduceMean(axis 1)
//!   ─► a chain of Mul / Add / Sub / Div (by constants), MatMul / Gemm (constant
//!      weights), Relu, Sigmoid, Tanh ─► scores [1,N]
//! ```
//!
//! The bag may also be a plain `ReduceSum` of the weights (a model that ignores the
//! ids). Anything else is rejected at load with the node that does not fit, so a model
//! either runs exactly as its ONNX says or does not load. Numerics: `f32`, the embedding
//! rows summed in id order; the test vectors hold it to the training pipeline's numpy
//! forward pass (and tests to tract-onnx) within 1e-4.
//!
//! Why not a general runtime: a general one (tract) spent ~0.7 s optimizing this graph
//! at start-up in V8, ~300 µs per call in the generic tensor ops, and ~2.6 MB gzip of
//! code; see DESIGN.md.

use super::onnx::{Attr, Blob, Const, ConstData, Graph, Node};
use std::collections::HashMap;

type R<T> = std::result::Result<T, String>;

/// The embedding table, as stored.
#[derive(Clone, Debug)]
enum Table {
    /// Two's-complement bytes (the graph's constant, not copied).
    I8(Blob),
    U8(Blob),
    F32(Vec<f32>),
}

/// The embedding bag: `Σ_i w_i · deq(E[ids_i])` (or the mean), per column.
#[derive(Clone, Debug)]
struct Bag {
    /// `None`: the bag sums the weights alone (a one-element vector).
    table: Option<(Table, usize, usize)>,
    /// Per-column dequantization `(q - zero) · scale`, when the rows are quantized.
    zero: Vec<f32>,
    scale: Vec<f32>,
    /// Multiply each row by its id's weight.
    weighted: bool,
    /// ReduceMean: divide by the number of ids.
    mean: bool,
}

/// One step on the row vector.
#[derive(Clone, Debug)]
enum Step {
    /// Elementwise with a constant (its length 1 or the vector's).
    Add(Vec<f32>),
    Mul(Vec<f32>),
    /// `x - c` (`const_first`: `c - x`), `x / c` (`c / x`).
    Sub(Vec<f32>, bool),
    Div(Vec<f32>, bool),
    /// A one-element vector broadcast to `n` elements.
    Broadcast(usize),
    /// `x · W`.
    MatMul {
        w: Weights,
        /// `W` is all finite, so zero inputs (after a Relu, about half) can be skipped:
        /// their products are zeros, which leave every sum as it is.
        skip_zeros: bool,
    },
    Relu,
    Sigmoid,
    Tanh,
}

/// A new [`Plan::id`].
fn next_plan_id() -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

/// A compiled model.
#[derive(Clone, Debug)]
pub struct Plan {
    /// Unique to this compilation (see [`Plan::id`]).
    id: u64,
    bag: Bag,
    steps: Vec<Step>,
    /// Length of the output vector.
    outputs: usize,
}

/// What a tensor of the graph is, symbolically.
#[derive(Clone, Debug)]
enum Value {
    Ids,
    Weights,
    /// `weights` with a trailing unit axis (`[1,L,1]`).
    WeightColumn,
    /// Gathered rows `[1,L,D]`: table, rows, columns, float (cast or dequantized), weighted.
    Rows {
        table: Table,
        rows: usize,
        cols: usize,
        float: bool,
        zero: Vec<f32>,
        scale: Vec<f32>,
        weighted: bool,
    },
    /// The row vector `[1,n]` (unit axes ignored): the bag and the chain after it.
    Vector {
        len: usize,
    },
    Const(Const),
}

fn axes(node: &Node, values: &HashMap<String, Value>, input: usize) -> R<Option<Vec<i64>>> {
    if let Some(Attr::Ints(a)) = node.attr("axes") {
        return Ok(Some(a.clone()));
    }
    match node.inputs.get(input).filter(|n| !n.is_empty()) {
        None => Ok(None),
        Some(name) => match values.get(name) {
            Some(Value::Const(c)) => c.to_i64().map(Some).ok_or_else(|| format!("node {:?}: axes must be integers", node.name)),
            _ => Err(format!("node {:?}: axes must be a constant", node.name)),
        },
    }
}

fn unit_dims_len(c: &Const) -> Option<usize> {
    // a constant usable as a row vector: every axis but the last is 1
    let (last, rest) = c.dims.split_last()?;
    rest.iter().all(|&d| d == 1).then_some(*last)
}

impl Plan {
    /// Compiles `graph`, whose first input is the ids and second the weights (both
    /// `[1, L]`) and whose first output is the scores.
    pub fn compile(graph: &Graph) -> R<Plan> {
        if graph.inputs.len() != 2 {
            return Err(format!("the model must have two inputs (ids, weights); it has {:?}", graph.inputs));
        }
        let mut values: HashMap<String, Value> = graph.consts.iter().map(|(k, c)| (k.clone(), Value::Const(c.clone()))).collect();
        values.insert(graph.inputs[0].clone(), Value::Ids);
        values.insert(graph.inputs[1].clone(), Value::Weights);
        let mut bag: Option<Bag> = None;
        let mut steps = Vec::new();
        for node in &graph.nodes {
            let out = step(node, &values, &mut bag, &mut steps).map_err(|e| format!("node {:?} ({}): {e}", node.name, node.op))?;
            let Some(name) = node.outputs.first() else {
                return Err(format!("node {:?} has no output", node.name));
            };
            values.insert(name.clone(), out);
        }
        let output = graph.outputs.first().ok_or("the model has no output")?;
        match (values.get(output), bag) {
            (Some(Value::Vector { len }), Some(bag)) => Ok(Plan { id: next_plan_id(), bag, steps, outputs: *len }),
            _ => Err(format!("output {output:?} is not computed from a bag of the ids' embeddings")),
        }
    }

    /// Length of the output vector.
    pub fn outputs(&self) -> usize {
        self.outputs
    }

    /// Rows of the embedding table (0 when the model has none).
    pub fn rows(&self) -> usize {
        self.bag.table.as_ref().map_or(0, |t| t.1)
    }

    /// Runs the model on one window: `ids` and `weights` of equal length.
    pub fn run(&self, ids: &[i64], weights: &[f32], out: &mut Vec<f32>) -> R<()> {
        if ids.len() != weights.len() {
            return Err(format!("{} ids but {} weights", ids.len(), weights.len()));
        }
        let b = &self.bag;
        out.clear();
        match &b.table {
            None => out.push(if b.weighted { weights.iter().sum() } else { ids.len() as f32 }),
            Some((table, rows, cols)) => {
                out.resize(*cols, 0.0);
                let uniform = !b.weighted || weights.iter().all(|&w| w == weights[0]);
                if uniform && !matches!(table, Table::F32(_)) {
                    // The featurizer's case (every weight 1/sqrt(n)): sum the quantized
                    // rows exactly in integers, then weigh once.
                    let mut acc = vec![0i32; *cols];
                    for &id in ids {
                        add_row(table, row_index(id, *rows)?, *cols, &mut acc);
                    }
                    let w = if b.weighted { weights.first().copied().unwrap_or(0.0) } else { 1.0 };
                    let wsum: f32 = if b.weighted { weights.iter().sum() } else { ids.len() as f32 };
                    self.finish_integer_bag(&acc, ids.len(), w, wsum, out);
                    return Ok(());
                }
                for (&id, &w) in ids.iter().zip(weights) {
                    let r = row_index(id, *rows)?;
                    let w = if b.weighted { w } else { 1.0 };
                    let span = r * cols..(r + 1) * cols;
                    match table {
                        Table::I8(t) => axpy(out, w, t[span].iter().map(|&q| q as i8 as f32)),
                        Table::U8(t) => axpy(out, w, t[span].iter().map(|&q| q as f32)),
                        Table::F32(t) => axpy(out, w, t[span].iter().copied()),
                    }
                }
                self.dequantize(out, if b.weighted { weights.iter().sum() } else { ids.len() as f32 });
            }
        }
        self.run_steps(out, ids.len());
        Ok(())
    }

    /// `Σ w (q - z) s = (Σ w q - z Σ w) s` per column, when the rows are quantized.
    fn dequantize(&self, out: &mut [f32], wsum: f32) {
        let b = &self.bag;
        if !b.scale.is_empty() {
            for (j, x) in out.iter_mut().enumerate() {
                *x = (*x - pick(&b.zero, j) * wsum) * pick(&b.scale, j);
            }
        }
    }

    /// From the integer row sum `acc` of `n` ids, all weighted `w` (summing to `wsum`),
    /// to the scores: exactly what [`Plan::run`] computes for those ids and weights.
    fn finish_integer_bag(&self, acc: &[i32], n: usize, w: f32, wsum: f32, out: &mut Vec<f32>) {
        out.clear();
        out.extend(acc.iter().map(|&a| w * a as f32));
        self.dequantize(out, wsum);
        self.run_steps(out, n);
    }

    /// The mean (if the bag is one) over `n` ids and the vector steps after the bag.
    fn run_steps(&self, out: &mut Vec<f32>, n: usize) {
        if self.bag.mean && n > 0 {
            let n = n as f32;
            out.iter_mut().for_each(|x| *x /= n);
        }
        let mut tmp = [0f32; MATMUL_STACK];
        let mut big = Vec::new();
        for s in &self.steps {
            match s {
                Step::Add(c) => zip(out, c, |x, c| x + c),
                Step::Mul(c) => zip(out, c, |x, c| x * c),
                Step::Sub(c, false) => zip(out, c, |x, c| x - c),
                Step::Sub(c, true) => zip(out, c, |x, c| c - x),
                Step::Div(c, false) => zip(out, c, |x, c| x / c),
                Step::Div(c, true) => zip(out, c, |x, c| c / x),
                Step::Broadcast(n) => {
                    let v = out[0];
                    out.resize(*n, v);
                }
                &Step::MatMul { ref w, skip_zeros } => {
                    let y = if w.stride <= MATMUL_STACK {
                        &mut tmp[..w.stride]
                    } else {
                        big.resize(w.stride, 0.0);
                        &mut big[..]
                    };
                    matmul(&out[..w.inputs.min(out.len())], w, skip_zeros, y);
                    out.clear();
                    out.extend_from_slice(&y[..w.outputs]);
                }
                // not `x.max(0.0)`: in wasm that is a call to libm's `fmaxf` per element
                // (NaN gives 0 either way)
                Step::Relu => out.iter_mut().for_each(|x| *x = if *x > 0.0 { *x } else { 0.0 }),
                Step::Sigmoid => out.iter_mut().for_each(|x| *x = 1.0 / (1.0 + (-*x).exp())),
                Step::Tanh => out.iter_mut().for_each(|x| *x = x.tanh()),
            }
        }
    }

    /// Whether windows can be scored from an [`IntegerBag`]: the table is quantized and
    /// the bag weighs every id alike (as the featurizer does).
    pub fn has_integer_bag(&self) -> bool {
        matches!(self.bag.table, Some((Table::I8(_) | Table::U8(_), _, _)))
    }

    /// An empty [`IntegerBag`] for this plan (see [`Plan::has_integer_bag`]).
    pub fn integer_bag(&self) -> IntegerBag {
        IntegerBag { acc: vec![0; self.bag.table.as_ref().map_or(0, |t| t.2)] }
    }

    /// A number no other plan compiled by this process has (its clones, which hold the
    /// same table, share it): what is derived from the table (memoized row sums) is
    /// keyed by it.
    pub fn id(&self) -> u64 {
        self.id
    }

    /// Width of the embedding rows (0 without a table).
    pub fn cols(&self) -> usize {
        self.bag.table.as_ref().map_or(0, |t| t.2)
    }

    /// `acc += ` the quantized rows of `ids` (see [`Plan::add_rows_to_bag`]); `acc` has
    /// the rows' width.
    pub fn add_rows_to_slice(&self, acc: &mut [i32], ids: &[u16]) {
        if let Some((table, rows, cols)) = &self.bag.table {
            add_rows(table, ids, *rows, *cols, acc);
        }
    }

    /// Adds the rows of `ids` to `bag` (each id of a window once), those the table has:
    /// the classifier checked the table's size against the featurizer's ids at load.
    #[inline]
    pub fn add_rows_to_bag(&self, bag: &mut IntegerBag, ids: &[u16]) {
        if let Some((table, rows, cols)) = &self.bag.table {
            add_rows(table, ids, *rows, *cols, &mut bag.acc);
        }
    }

    /// Subtracts the rows of `ids` from `bag` (undoes [`Plan::add_rows_to_bag`]).
    #[inline]
    pub fn sub_rows_from_bag(&self, bag: &mut IntegerBag, ids: &[u16]) {
        if ids.is_empty() {
            return;
        }
        if let Some((table, rows, cols)) = &self.bag.table {
            rows_into::<true>(table, ids, *rows, *cols, &mut bag.acc);
        }
    }

    /// Scores a window whose `n` distinct ids, each weighted `1/sqrt(n)`, were added to
    /// `bag`: the same numbers as [`Plan::run`] on those ids and weights.
    pub fn run_bag(&self, bag: &IntegerBag, n: usize, out: &mut Vec<f32>) {
        let w = 1.0 / (n as f32).sqrt();
        // the weights' sum (added up one by one, as `run` does: n additions) only
        // matters for a non-zero zero point (`dequantize`)
        let zero_point = !self.bag.scale.is_empty() && self.bag.zero.iter().any(|&z| z != 0.0);
        let (w, wsum) = match (self.bag.weighted, zero_point) {
            (true, true) => (w, std::iter::repeat_n(w, n).sum()),
            (true, false) => (w, 0.0),
            (false, _) => (1.0, n as f32),
        };
        self.finish_integer_bag(&bag.acc, n, w, wsum, out);
    }
}

/// The integer sum of the quantized embedding rows of a window's ids, built one id at
/// a time (see [`Plan::run_bag`]).
#[derive(Clone, Debug)]
pub struct IntegerBag {
    acc: Vec<i32>,
}

impl IntegerBag {
    /// `acc += sum` (a sum of rows, see [`crate::model::Classifier::row_sum`]).
    #[inline]
    pub fn add(&mut self, sum: &[i16]) {
        for (a, &s) in self.acc.iter_mut().zip(sum) {
            *a += i32::from(s);
        }
    }

    pub fn clear(&mut self) {
        self.acc.iter_mut().for_each(|a| *a = 0);
    }

    /// Heap bytes held.
    pub fn memory_usage(&self) -> usize {
        self.acc.capacity() * 4
    }
}

/// `acc += row r` of a quantized table.
#[inline]
fn add_row(table: &Table, r: usize, cols: usize, acc: &mut [i32]) {
    row_into::<false>(table, r, cols, acc)
}

/// `acc += row r` (or `-=`, with `SUB`) of a quantized table.
#[inline]
fn row_into<const SUB: bool>(table: &Table, r: usize, cols: usize, acc: &mut [i32]) {
    let span = r * cols..(r + 1) * cols;
    let (Table::I8(t) | Table::U8(t)) = table else { unreachable!("float tables take the general path") };
    let signed = matches!(table, Table::I8(_));
    for (a, &q) in acc.iter_mut().zip(&t[span]) {
        let q = if signed { q as i8 as i32 } else { q as i32 };
        *a += if SUB { -q } else { q };
    }
}

/// `acc += row r` for each of `ids` under `rows`. Rows of the shipped model's width (28
/// columns) or other common widths take a loop of that fixed width, whose sum the
/// compiler keeps in registers (with a run-time width it went through memory, row after
/// row).
#[inline]
fn add_rows(table: &Table, ids: &[u16], rows: usize, cols: usize, acc: &mut [i32]) {
    rows_into::<false>(table, ids, rows, cols, acc)
}

/// `acc += row r` (or `-=`, with `SUB`) for each of `ids` under `rows`: [`add_rows`].
#[inline]
fn rows_into<const SUB: bool>(table: &Table, ids: &[u16], rows: usize, cols: usize, acc: &mut [i32]) {
    let (Table::I8(t) | Table::U8(t)) = table else { unreachable!("float tables take the general path") };
    let signed = matches!(table, Table::I8(_));
    match (cols, signed) {
        (28, true) => rows_fixed::<28, true, SUB>(t, ids, rows, acc),
        (28, false) => rows_fixed::<28, false, SUB>(t, ids, rows, acc),
        (32, true) => rows_fixed::<32, true, SUB>(t, ids, rows, acc),
        (16, true) => rows_fixed::<16, true, SUB>(t, ids, rows, acc),
        (64, true) => rows_fixed::<64, true, SUB>(t, ids, rows, acc),
        _ => ids.iter().map(|&i| i as usize).filter(|&r| r < rows).for_each(|r| row_into::<SUB>(table, r, cols, acc)),
    }
}

#[inline]
fn rows_fixed<const N: usize, const SIGNED: bool, const SUB: bool>(t: &[u8], ids: &[u16], rows: usize, acc: &mut [i32]) {
    let Ok(acc) = <&mut [i32; N]>::try_from(acc) else { unreachable!("the bag has a row's width") };
    let mut sum = *acc;
    for &id in ids {
        let r = id as usize;
        if r >= rows {
            continue;
        }
        let Some(row) = t.get(r * N..(r + 1) * N) else { continue };
        for (s, &q) in sum.iter_mut().zip(row) {
            let q = if SIGNED { q as i8 as i32 } else { q as i32 };
            *s += if SUB { -q } else { q };
        }
    }
    *acc = sum;
}

fn row_index(id: i64, rows: usize) -> R<usize> {
    usize::try_from(id).ok().filter(|&r| r < rows).ok_or_else(|| format!("id {id} is outside the embedding table (0..{rows})"))
}

/// Most MatMul inputs listed (zeros skipped) and padded outputs summed on the stack;
/// more inputs are summed without the list, wider outputs in a heap buffer. Small: the
/// stack buffers are zeroed on every pass.
const MATMUL_STACK: usize = 64;
const _: () = assert!(MATMUL_STACK <= 256, "listed inputs are u8");

/// A MatMul's weights, row-major `[inputs, stride]`: each row is the `outputs` weights
/// of one input, padded with zeros to `stride`, a multiple of [`BLOCK`], so that every
/// output is summed in a block of the same width (the padding's sums are dropped).
#[derive(Clone, Debug)]
struct Weights {
    w: Vec<f32>,
    inputs: usize,
    outputs: usize,
    stride: usize,
}

impl Weights {
    /// From `w`, row-major `[inputs, outputs]`.
    fn new(w: &[f32], inputs: usize, outputs: usize) -> Weights {
        let stride = outputs.next_multiple_of(BLOCK);
        let mut padded = vec![0.0; inputs * stride];
        for (row, src) in padded.chunks_exact_mut(stride).zip(w.chunks_exact(outputs.max(1))) {
            row[..outputs].copy_from_slice(src);
        }
        Weights { w: padded, inputs, outputs, stride }
    }
}

/// Outputs summed together: their sums stay in registers while the inputs go by once.
const BLOCK: usize = 16;

/// `y = x · W` (`y` is `W.stride` long; its first `W.outputs` are the product), skipping
/// zero inputs if `skip_zeros`. Each output is summed over the inputs in order, starting
/// from 0, as `axpy` row after row would: the same floats bit for bit. The inputs that
/// count are listed first (without a branch per input: whether one is zero is
/// unpredictable), then the outputs are taken in blocks whose sums stay in registers.
fn matmul(x: &[f32], w: &Weights, skip_zeros: bool, y: &mut [f32]) {
    if x.len() > MATMUL_STACK {
        return matmul_over(x, 0..x.len(), w, y); // too many to list on the stack
    }
    let (mut inputs, mut n) = ([0u8; MATMUL_STACK], 0);
    for (i, &xi) in x.iter().enumerate() {
        inputs[n] = i as u8; // n ≤ i < x.len() ≤ MATMUL_STACK
        n += usize::from(!skip_zeros || xi != 0.0);
    }
    matmul_over(x, inputs[..n].iter().map(|&i| usize::from(i)), w, y);
}

/// [`matmul`] summed over `inputs` (ascending, each below `x.len()`), block by block:
/// 32 outputs at a time where the padded width allows, else 16.
fn matmul_over(x: &[f32], inputs: impl Iterator<Item = usize> + Clone, w: &Weights, y: &mut [f32]) {
    if w.stride % (2 * BLOCK) == 0 {
        matmul_blocks::<{ 2 * BLOCK }>(x, inputs, w, y);
    } else {
        matmul_blocks::<BLOCK>(x, inputs, w, y);
    }
}

fn matmul_blocks<const N: usize>(x: &[f32], inputs: impl Iterator<Item = usize> + Clone, w: &Weights, y: &mut [f32]) {
    for (c, out) in y.chunks_exact_mut(N).enumerate() {
        let mut acc = [0f32; N];
        for i in inputs.clone() {
            let (Some(&xi), Some(row)) = (x.get(i), w.w.get(i * w.stride + c * N..).and_then(|r| r.first_chunk::<N>())) else { break };
            for (a, &r) in acc.iter_mut().zip(row) {
                *a += xi * r;
            }
        }
        out.copy_from_slice(&acc);
    }
}

/// `acc += a · row`.
#[inline]
fn axpy(acc: &mut [f32], a: f32, row: impl Iterator<Item = f32>) {
    for (x, r) in acc.iter_mut().zip(row) {
        *x += a * r;
    }
}

fn pick(v: &[f32], j: usize) -> f32 {
    if v.len() == 1 {
        v[0]
    } else {
        v[j]
    }
}

/// `out[j] = f(out[j], c[j])`, or with `c[0]` for every `j` when `c` is one constant.
fn zip(out: &mut [f32], c: &[f32], f: impl Fn(f32, f32) -> f32) {
    if let [c] = *c {
        out.iter_mut().for_each(|x| *x = f(*x, c));
    } else {
        debug_assert_eq!(out.len(), c.len(), "a step's constant is as long as its vector");
        out.iter_mut().zip(c).for_each(|(x, &c)| *x = f(*x, c));
    }
}

fn input<'a>(node: &Node, values: &'a HashMap<String, Value>, i: usize) -> R<&'a Value> {
    let name = node.inputs.get(i).ok_or_else(|| format!("missing input {i}"))?;
    values.get(name).ok_or_else(|| format!("input {name:?} is not computed before this node"))
}

/// A per-column constant for rows of `cols` columns: a scalar or `cols` values.
fn column_const(c: &Const, cols: usize) -> R<Vec<f32>> {
    match unit_dims_len(c).or((c.len() == 1).then_some(1)) {
        Some(n) if n == 1 || n == cols => Ok(c.to_f32()),
        _ => Err(format!("a constant of shape {:?} does not broadcast over {cols} columns", c.dims)),
    }
}

/// Compiles one node: returns what its output is, adding steps as needed.
fn step(node: &Node, values: &HashMap<String, Value>, bag: &mut Option<Bag>, steps: &mut Vec<Step>) -> R<Value> {
    if !node.domain.is_empty() && node.domain != "ai.onnx" {
        return Err(format!("operator domain {:?} is not supported", node.domain));
    }
    let a = || input(node, values, 0);
    let b = || input(node, values, 1);
    let vector_op = |len: usize, c: &Const, steps: &mut Vec<Step>, make: &dyn Fn(Vec<f32>) -> Step| -> R<Value> {
        let n = unit_dims_len(c).or((c.len() == 1).then_some(1)).ok_or_else(|| format!("constant of shape {:?} is not a row vector", c.dims))?;
        let len = match (len, n) {
            (l, n) if l == n || n == 1 => l,
            (1, n) => {
                steps.push(Step::Broadcast(n));
                n
            }
            (l, n) => return Err(format!("a vector of {l} and a constant of {n} do not broadcast")),
        };
        steps.push(make(c.to_f32()));
        Ok(Value::Vector { len })
    };
    match node.op.as_str() {
        "Identity" | "Dropout" | "Squeeze" | "Flatten" => match a()? {
            v @ Value::Vector { .. } => Ok(v.clone()),
            _ => Err("only supported on the row vector".into()),
        },
        "Constant" => match node.attr("value") {
            Some(Attr::Tensor(c)) => Ok(Value::Const(c.clone())),
            _ => Err("only tensor `value` constants are supported".into()),
        },
        "Gather" => {
            if node.int("axis").unwrap_or(0) != 0 {
                return Err("only axis 0 is supported".into());
            }
            let (Value::Const(t), Value::Ids) = (a()?, b()?) else {
                return Err("must gather a constant table by the ids".into());
            };
            let [rows, cols] = t.dims[..] else {
                return Err(format!("the table must be 2-D, not {:?}", t.dims));
            };
            let (table, float) = match &t.data {
                ConstData::I8(v) => (Table::I8(v.clone()), false),
                ConstData::U8(v) => (Table::U8(v.clone()), false),
                ConstData::F32(v) => (Table::F32(v.clone()), true),
                ConstData::I64(_) => return Err("an integer table is not supported".into()),
            };
            Ok(Value::Rows { table, rows, cols, float, zero: vec![], scale: vec![], weighted: false })
        }
        "Cast" => match a()? {
            Value::Rows { .. } if node.int("to") == Some(1) => {
                let Value::Rows { table, rows, cols, zero, scale, weighted, .. } = a()?.clone() else { unreachable!() };
                Ok(Value::Rows { table, rows, cols, float: true, zero, scale, weighted })
            }
            Value::Vector { len } if node.int("to") == Some(1) => Ok(Value::Vector { len: *len }),
            _ => Err("only a cast of the gathered rows (or the vector) to float is supported".into()),
        },
        "DequantizeLinear" => {
            let Value::Rows { table, rows, cols, float: false, weighted: false, .. } = a()?.clone() else {
                return Err("only the quantized gathered rows can be dequantized".into());
            };
            if node.int("axis").is_some_and(|x| x != 1 && x != -1) && !matches!(b()?, Value::Const(c) if c.len() == 1) {
                return Err("per-axis dequantization must be along the columns".into());
            }
            let Value::Const(s) = b()? else { return Err("the scale must be a constant".into()) };
            let scale = column_const(s, cols)?;
            let zero = match node.inputs.get(2).filter(|n| !n.is_empty()) {
                None => vec![0.0],
                Some(_) => match input(node, values, 2)? {
                    Value::Const(z) => column_const(z, cols)?,
                    _ => return Err("the zero point must be a constant".into()),
                },
            };
            Ok(Value::Rows { table, rows, cols, float: true, zero, scale, weighted: false })
        }
        "Unsqueeze" => match a()? {
            Value::Weights if matches!(axes(node, values, 1)?.as_deref(), Some([2]) | Some([-1])) => Ok(Value::WeightColumn),
            _ => Err("only unsqueezing the weights along a new last axis is supported".into()),
        },
        "ReduceSum" | "ReduceMean" => {
            let mean = node.op == "ReduceMean";
            if axes(node, values, 1)?.as_deref() != Some(&[1]) {
                return Err("only a reduction over the ids (axis 1) is supported".into());
            }
            if bag.is_some() {
                return Err("the model has more than one bag".into());
            }
            let (b, len) = match a()? {
                Value::Rows { table, rows, cols, float: true, zero, scale, weighted } => {
                    (Bag { table: Some((table.clone(), *rows, *cols)), zero: zero.clone(), scale: scale.clone(), weighted: *weighted, mean }, *cols)
                }
                Value::Weights => (Bag { table: None, zero: vec![], scale: vec![], weighted: true, mean }, 1),
                _ => return Err("only the (weighted, dequantized) gathered rows or the weights can be reduced".into()),
            };
            *bag = Some(b);
            Ok(Value::Vector { len })
        }
        op @ ("Mul" | "Add" | "Sub" | "Div") => {
            let (x, y) = (a()?, b()?);
            match (op, x, y) {
                ("Mul", Value::Rows { float: true, weighted: false, .. }, Value::WeightColumn) | ("Mul", Value::WeightColumn, Value::Rows { float: true, weighted: false, .. }) => {
                    let rows = if matches!(x, Value::Rows { .. }) { x } else { y };
                    let Value::Rows { table, rows, cols, zero, scale, .. } = rows.clone() else { unreachable!() };
                    Ok(Value::Rows { table, rows, cols, float: true, zero, scale, weighted: true })
                }
                (_, Value::Vector { len }, Value::Const(c)) => vector_op(*len, c, steps, &|c| match op {
                    "Mul" => Step::Mul(c),
                    "Add" => Step::Add(c),
                    "Sub" => Step::Sub(c, false),
                    _ => Step::Div(c, false),
                }),
                (_, Value::Const(c), Value::Vector { len }) => vector_op(*len, c, steps, &|c| match op {
                    "Mul" => Step::Mul(c),
                    "Add" => Step::Add(c),
                    "Sub" => Step::Sub(c, true),
                    _ => Step::Div(c, true),
                }),
                _ => Err("unsupported operands".into()),
            }
        }
        "MatMul" | "Gemm" => {
            let (Value::Vector { len }, Value::Const(w)) = (a()?, b()?) else {
                return Err("only the vector times a constant matrix is supported".into());
            };
            let [mut inputs, mut outputs] = w.dims[..] else {
                return Err(format!("the weights must be 2-D, not {:?}", w.dims));
            };
            let mut wv = w.to_f32();
            if node.op == "Gemm" {
                if node.int("transA").unwrap_or(0) != 0 {
                    return Err("transA is not supported".into());
                }
                if node.int("transB").unwrap_or(0) != 0 {
                    wv = (0..inputs * outputs).map(|k| wv[(k % inputs) * outputs + k / inputs]).collect();
                    std::mem::swap(&mut inputs, &mut outputs);
                }
                let alpha = match node.attr("alpha") {
                    Some(Attr::Float(f)) => *f,
                    _ => 1.0,
                };
                wv.iter_mut().for_each(|x| *x *= alpha);
            }
            if inputs != *len {
                return Err(format!("a vector of {len} times a [{inputs}, {outputs}] matrix"));
            }
            let skip_zeros = wv.iter().all(|w| w.is_finite());
            steps.push(Step::MatMul { w: Weights::new(&wv, inputs, outputs), skip_zeros });
            if node.op == "Gemm" && node.inputs.get(2).is_some_and(|n| !n.is_empty()) {
                let Value::Const(c) = input(node, values, 2)? else {
                    return Err("the Gemm bias must be a constant".into());
                };
                let beta = match node.attr("beta") {
                    Some(Attr::Float(f)) => *f,
                    _ => 1.0,
                };
                let scaled = Const { dims: c.dims.clone(), data: ConstData::F32(c.to_f32().iter().map(|x| x * beta).collect()) };
                return vector_op(outputs, &scaled, steps, &Step::Add);
            }
            Ok(Value::Vector { len: outputs })
        }
        op @ ("Relu" | "Sigmoid" | "Tanh") => match a()? {
            Value::Vector { len } => {
                steps.push(match op {
                    "Relu" => Step::Relu,
                    "Sigmoid" => Step::Sigmoid,
                    _ => Step::Tanh,
                });
                Ok(Value::Vector { len: *len })
            }
            _ => Err("only supported on the row vector".into()),
        },
        op => Err(format!("operator {op} is not supported by the embedding-bag runtime")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `x · W` the plain way: one `axpy` per input row, zero inputs included.
    fn reference(x: &[f32], w: &[f32], outputs: usize) -> Vec<f32> {
        let mut y = vec![0.0; outputs];
        for (i, &xi) in x.iter().enumerate() {
            axpy(&mut y, xi, w[i * outputs..(i + 1) * outputs].iter().copied());
        }
        y
    }

    #[test]
    fn matmul_blocks_and_skipped_zeros_give_the_same_floats_bit_for_bit() {
        let mut seed = 11u64;
        let mut next = move || {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (seed >> 40) as f32 / (1u64 << 24) as f32 * 2.0 - 1.0
        };
        for (inputs, outputs) in [(28, 64), (64, 14), (1, 1), (3, 5), (17, 33), (64, 300), (300, 7), (5, 4), (7, 9)] {
            for _ in 0..20 {
                // about half zeros (as after a Relu), and values of mixed magnitudes
                let x: Vec<f32> = (0..inputs)
                    .map(|_| {
                        let (v, m) = (next(), next());
                        if v < 0.0 {
                            0.0
                        } else {
                            v * 1e3 * m.abs()
                        }
                    })
                    .collect();
                let w: Vec<f32> = (0..inputs * outputs)
                    .map(|_| {
                        let (v, e) = (next(), next());
                        v * 10f32.powi((e * 6.0) as i32)
                    })
                    .collect();
                let want = reference(&x, &w, outputs);
                let weights = Weights::new(&w, inputs, outputs);
                for skip in [false, true] {
                    let mut y = vec![f32::NAN; weights.stride];
                    matmul(&x, &weights, skip, &mut y);
                    let (a, b): (Vec<u32>, Vec<u32>) = (y[..outputs].iter().map(|v| v.to_bits()).collect(), want.iter().map(|v| v.to_bits()).collect());
                    assert_eq!(a, b, "{inputs}x{outputs}, skip zeros {skip}");
                }
            }
        }
    }
}
