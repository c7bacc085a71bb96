//! A minimal reader of the ONNX protobuf: the graph's inputs, outputs, nodes and
//! constant initializers, which is all [`super::plan`] needs. Anything it cannot
//! represent (external data, sparse or string tensors, subgraphs) is an error.
//!
//! Field numbers are those of `onnx.proto` (ModelProto.graph = 7, GraphProto.node = 1,
//! initializer = 5, input = 11, output = 12, ...). Repeated scalars are accepted packed or
//! not, as protobuf requires of readers.

use std::collections::HashMap;
use std::sync::Arc;

/// A constant tensor (an initializer, or a `Constant` node's value).
#[derive(Clone, Debug, PartialEq)]
pub struct Const {
    pub dims: Vec<usize>,
    pub data: ConstData,
}

/// The element values of a [`Const`].
#[derive(Clone, Debug, PartialEq)]
pub enum ConstData {
    F32(Vec<f32>),
    /// int8 values as their two's-complement bytes (read with `b as i8`): the table is
    /// copied from the protobuf with one `memcpy`, not converted element by element,
    /// which V8 runs in its baseline tier at start-up, and shared, not copied, by the
    /// plan compiled from it.
    I8(Blob),
    U8(Blob),
    I64(Vec<i64>),
}

/// Raw tensor bytes: borrowed from a model that lives for the whole program (the
/// embedded one, so its 1.8 MB table is never copied and a memory snapshot of the
/// module holds it once), or shared.
#[derive(Clone, Debug)]
pub enum Blob {
    Static(&'static [u8]),
    Shared(Arc<[u8]>),
}

impl std::ops::Deref for Blob {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        match self {
            Blob::Static(b) => b,
            Blob::Shared(b) => b,
        }
    }
}

impl PartialEq for Blob {
    fn eq(&self, other: &Blob) -> bool {
        **self == **other
    }
}

impl From<Vec<u8>> for Blob {
    fn from(v: Vec<u8>) -> Blob {
        Blob::Shared(v.into())
    }
}

/// How the parser keeps a tensor's raw bytes (see [`parse`] and [`parse_static`]).
type Keep<'a> = &'a dyn Fn(&'a [u8]) -> Blob;

impl Const {
    pub fn len(&self) -> usize {
        match &self.data {
            ConstData::F32(v) => v.len(),
            ConstData::I8(v) => v.len(),
            ConstData::U8(v) => v.len(),
            ConstData::I64(v) => v.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The values as `f32` (integers converted exactly where they fit).
    pub fn to_f32(&self) -> Vec<f32> {
        match &self.data {
            ConstData::F32(v) => v.clone(),
            ConstData::I8(v) => v.iter().map(|&x| x as i8 as f32).collect(),
            ConstData::U8(v) => v.iter().map(|&x| x as f32).collect(),
            ConstData::I64(v) => v.iter().map(|&x| x as f32).collect(),
        }
    }

    /// The values as `i64`, if the tensor holds integers.
    pub fn to_i64(&self) -> Option<Vec<i64>> {
        match &self.data {
            ConstData::I64(v) => Some(v.clone()),
            ConstData::I8(v) => Some(v.iter().map(|&x| x as i8 as i64).collect()),
            ConstData::U8(v) => Some(v.iter().map(|&x| x as i64).collect()),
            ConstData::F32(_) => None,
        }
    }
}

/// An attribute value of a node (the kinds the plan reads; others are kept as `Other`).
#[derive(Clone, Debug, PartialEq)]
pub enum Attr {
    Int(i64),
    Float(f32),
    Ints(Vec<i64>),
    Tensor(Const),
    Other,
}

/// One node of the graph.
#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    pub op: String,
    pub domain: String,
    pub name: String,
    pub inputs: Vec<String>,
    pub outputs: Vec<String>,
    pub attrs: Vec<(String, Attr)>,
}

impl Node {
    pub fn attr(&self, name: &str) -> Option<&Attr> {
        self.attrs.iter().find(|(n, _)| n == name).map(|(_, a)| a)
    }

    pub fn int(&self, name: &str) -> Option<i64> {
        match self.attr(name) {
            Some(Attr::Int(i)) => Some(*i),
            _ => None,
        }
    }
}

/// The parts of an ONNX model the runtime uses.
#[derive(Clone, Debug, Default)]
pub struct Graph {
    /// Graph inputs that are not initializers, in declaration order.
    pub inputs: Vec<String>,
    pub outputs: Vec<String>,
    pub nodes: Vec<Node>,
    pub consts: HashMap<String, Const>,
    /// The default-domain opset version.
    pub opset: i64,
}

type R<T> = std::result::Result<T, String>;

/// A protobuf wire value.
enum Wire<'a> {
    Varint(u64),
    Fixed64,
    Bytes(&'a [u8]),
    Fixed32(u32),
}

struct Reader<'a> {
    buf: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn new(buf: &'a [u8]) -> Self {
        Reader { buf, pos: 0 }
    }

    fn varint(&mut self) -> R<u64> {
        let mut v: u64 = 0;
        for shift in (0..64).step_by(7) {
            let Some(&b) = self.buf.get(self.pos) else { return Err("truncated varint".into()) };
            self.pos += 1;
            v |= ((b & 0x7f) as u64) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err("varint longer than 10 bytes".into())
    }

    fn take(&mut self, n: usize) -> R<&'a [u8]> {
        let end = self.pos.checked_add(n).filter(|&e| e <= self.buf.len()).ok_or("truncated field")?;
        let s = &self.buf[self.pos..end];
        self.pos = end;
        Ok(s)
    }

    /// The next field number and value, or `None` at the end.
    fn next(&mut self) -> R<Option<(u64, Wire<'a>)>> {
        if self.pos >= self.buf.len() {
            return Ok(None);
        }
        let key = self.varint()?;
        let (field, wire) = (key >> 3, key & 7);
        let value = match wire {
            0 => Wire::Varint(self.varint()?),
            1 => {
                self.take(8)?;
                Wire::Fixed64
            }
            2 => {
                let n = usize::try_from(self.varint()?).map_err(|_| "length overflows")?;
                Wire::Bytes(self.take(n)?)
            }
            5 => Wire::Fixed32(u32::from_le_bytes(self.take(4)?.try_into().expect("4 bytes"))),
            w => return Err(format!("unsupported protobuf wire type {w} (field {field})")),
        };
        Ok(Some((field, value)))
    }
}

fn string(w: Wire) -> R<String> {
    match w {
        Wire::Bytes(b) => String::from_utf8(b.to_vec()).map_err(|_| "string field is not UTF-8".into()),
        _ => Err("expected a string field".into()),
    }
}

/// Appends a repeated varint field (packed or not) to `out`.
fn varints(w: Wire, out: &mut Vec<i64>) -> R<()> {
    match w {
        Wire::Varint(v) => out.push(v as i64),
        Wire::Bytes(b) => {
            let mut r = Reader::new(b);
            while r.pos < b.len() {
                out.push(r.varint()? as i64);
            }
        }
        _ => return Err("expected an integer field".into()),
    }
    Ok(())
}

/// Appends a repeated float field (packed or not) to `out`.
fn floats(w: Wire, out: &mut Vec<f32>) -> R<()> {
    match w {
        Wire::Fixed32(v) => out.push(f32::from_bits(v)),
        Wire::Bytes(b) if b.len() % 4 == 0 => out.extend(b.chunks_exact(4).map(|c| f32::from_le_bytes(c.try_into().expect("4 bytes")))),
        _ => return Err("expected a float field".into()),
    }
    Ok(())
}

const FLOAT: i64 = 1;
const UINT8: i64 = 2;
const INT8: i64 = 3;
const INT32: i64 = 6;
const INT64: i64 = 7;

/// Reads a TensorProto; returns its name and value.
fn tensor<'a>(buf: &'a [u8], keep: Keep<'a>) -> R<(String, Const)> {
    let mut r = Reader::new(buf);
    let (mut name, mut dims, mut dtype) = (String::new(), Vec::new(), 0i64);
    let (mut raw, mut f32s, mut i32s, mut i64s) = (None, Vec::new(), Vec::new(), Vec::new());
    while let Some((field, w)) = r.next()? {
        match field {
            1 => varints(w, &mut dims)?,
            2 => dtype = if let Wire::Varint(v) = w { v as i64 } else { return Err("bad tensor data_type".into()) },
            4 => floats(w, &mut f32s)?,
            5 => varints(w, &mut i32s)?,
            7 => varints(w, &mut i64s)?,
            8 => name = string(w)?,
            9 => raw = if let Wire::Bytes(b) = w { Some(b) } else { return Err("bad tensor raw_data".into()) },
            13 | 14 => return Err(format!("tensor {name:?}: external data is not supported")),
            _ => {}
        }
    }
    let dims: Vec<usize> = dims.iter().map(|&d| usize::try_from(d).map_err(|_| format!("tensor {name:?}: negative dimension"))).collect::<R<_>>()?;
    let n = dims.iter().try_fold(1usize, |a, &d| a.checked_mul(d)).ok_or_else(|| format!("tensor {name:?}: too many elements"))?;
    let data = match (dtype, raw) {
        (FLOAT, Some(b)) if b.len() == n * 4 => ConstData::F32(b.chunks_exact(4).map(|c| f32::from_le_bytes(c.try_into().expect("4 bytes"))).collect()),
        (FLOAT, None) => ConstData::F32(f32s),
        (INT8, Some(b)) => ConstData::I8(keep(b)),
        (INT8, None) => ConstData::I8(i32s.iter().map(|&x| x as u8).collect::<Vec<u8>>().into()),
        (UINT8, Some(b)) => ConstData::U8(keep(b)),
        (UINT8, None) => ConstData::U8(i32s.iter().map(|&x| x as u8).collect::<Vec<u8>>().into()),
        (INT32, Some(b)) if b.len() == n * 4 => ConstData::I64(b.chunks_exact(4).map(|c| i32::from_le_bytes(c.try_into().expect("4 bytes")) as i64).collect()),
        (INT32, None) => ConstData::I64(i32s.iter().map(|&x| x as i32 as i64).collect()),
        (INT64, Some(b)) if b.len() == n * 8 => ConstData::I64(b.chunks_exact(8).map(|c| i64::from_le_bytes(c.try_into().expect("8 bytes"))).collect()),
        (INT64, None) => ConstData::I64(i64s),
        (t, _) => return Err(format!("tensor {name:?}: unsupported data type {t} or size")),
    };
    let c = Const { dims, data };
    if c.len() != n {
        return Err(format!("tensor {name:?}: {} values for shape {:?}", c.len(), c.dims));
    }
    Ok((name, c))
}

fn attribute<'a>(buf: &'a [u8], keep: Keep<'a>) -> R<(String, Attr)> {
    let mut r = Reader::new(buf);
    let (mut name, mut attr, mut ints) = (String::new(), Attr::Other, Vec::new());
    while let Some((field, w)) = r.next()? {
        match (field, w) {
            (1, w) => name = string(w)?,
            (2, Wire::Fixed32(v)) => attr = Attr::Float(f32::from_bits(v)),
            (3, Wire::Varint(v)) => attr = Attr::Int(v as i64),
            (5, Wire::Bytes(b)) => attr = Attr::Tensor(tensor(b, keep)?.1),
            (8, w) => varints(w, &mut ints)?,
            _ => {}
        }
    }
    if !ints.is_empty() {
        attr = Attr::Ints(ints);
    }
    Ok((name, attr))
}

fn node<'a>(buf: &'a [u8], keep: Keep<'a>) -> R<Node> {
    let mut r = Reader::new(buf);
    let mut n = Node { op: String::new(), domain: String::new(), name: String::new(), inputs: vec![], outputs: vec![], attrs: vec![] };
    while let Some((field, w)) = r.next()? {
        match field {
            1 => n.inputs.push(string(w)?),
            2 => n.outputs.push(string(w)?),
            3 => n.name = string(w)?,
            4 => n.op = string(w)?,
            5 => n.attrs.push(attribute(match w {
                Wire::Bytes(b) => b,
                _ => return Err("bad attribute".into()),
            }, keep)?),
            7 => n.domain = string(w)?,
            _ => {}
        }
    }
    Ok(n)
}

/// The name of a ValueInfoProto.
fn value_name(buf: &[u8]) -> R<String> {
    let mut r = Reader::new(buf);
    while let Some((field, w)) = r.next()? {
        if field == 1 {
            return string(w);
        }
    }
    Err("graph input or output without a name".into())
}

fn graph<'a>(buf: &'a [u8], g: &mut Graph, keep: Keep<'a>) -> R<()> {
    let mut r = Reader::new(buf);
    let mut declared = Vec::new();
    while let Some((field, w)) = r.next()? {
        let Wire::Bytes(b) = w else { continue };
        match field {
            1 => g.nodes.push(node(b, keep)?),
            5 => {
                let (name, c) = tensor(b, keep)?;
                g.consts.insert(name, c);
            }
            11 => declared.push(value_name(b)?),
            12 => g.outputs.push(value_name(b)?),
            _ => {}
        }
    }
    // Older exporters also list initializers as inputs.
    g.inputs = declared.into_iter().filter(|n| !g.consts.contains_key(n)).collect();
    Ok(())
}

/// Parses a serialized ONNX `ModelProto`; integer tensors are copied out of `bytes`.
pub fn parse(bytes: &[u8]) -> R<Graph> {
    parse_with(bytes, &|b| Blob::Shared(Arc::from(b)))
}

/// Parses a model that lives for the whole program: integer tensors borrow its bytes.
pub fn parse_static(bytes: &'static [u8]) -> R<Graph> {
    parse_with(bytes, &|b| Blob::Static(b))
}

fn parse_with<'a>(bytes: &'a [u8], keep: Keep<'a>) -> R<Graph> {
    let mut r = Reader::new(bytes);
    let mut g = Graph::default();
    let mut seen_graph = false;
    while let Some((field, w)) = r.next()? {
        match (field, w) {
            (7, Wire::Bytes(b)) => {
                graph(b, &mut g, keep)?;
                seen_graph = true;
            }
            (8, Wire::Bytes(b)) => {
                // OperatorSetIdProto: domain = 1, version = 2
                let (mut domain, mut version) = (String::new(), 0);
                let mut o = Reader::new(b);
                while let Some((f, w)) = o.next()? {
                    match (f, w) {
                        (1, w) => domain = string(w)?,
                        (2, Wire::Varint(v)) => version = v as i64,
                        _ => {}
                    }
                }
                if domain.is_empty() || domain == "ai.onnx" {
                    g.opset = version;
                }
            }
            _ => {}
        }
    }
    if !seen_graph {
        return Err("no graph (is this an ONNX model?)".into());
    }
    Ok(g)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int8_tables(g: &Graph) -> Vec<&Blob> {
        g.consts.values().filter_map(|c| if let ConstData::I8(b) = &c.data { Some(b) } else { None }).collect()
    }

    #[test]
    fn a_static_model_lends_its_int8_table_and_an_owned_one_copies_it() {
        let model = crate::model::EMBEDDED_ONNX;
        let lent = parse_static(model).unwrap();
        let tables = int8_tables(&lent);
        assert!(!tables.is_empty(), "the embedded model has an int8 embedding table");
        let span = model.as_ptr_range();
        for t in &tables {
            assert!(matches!(t, Blob::Static(_)));
            assert!(span.contains(&t.as_ptr()) && t.len() <= model.len(), "the table points into the model's bytes");
        }
        let copied = parse(model).unwrap();
        for t in int8_tables(&copied) {
            assert!(matches!(t, Blob::Shared(_)) && !span.contains(&t.as_ptr()));
        }
        assert_eq!(lent.consts, copied.consts, "same values either way");
    }
}
