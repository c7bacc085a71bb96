//! The compiled-policy bundle: `EWPB`, a format byte, then the compiled policy as JSON.

use super::compiled::CompiledPolicy;
use super::compile::FORMAT;
use crate::error::{Error, ErrorKind, Result};
use sha2::{Digest, Sha256};

const MAGIC: &[u8; 4] = b"EWPB";

pub fn is_bundle(bytes: &[u8]) -> bool {
    bytes.starts_with(MAGIC)
}

pub fn encode(p: &CompiledPolicy) -> Vec<u8> {
    let mut out = Vec::with_capacity(4096);
    out.extend_from_slice(MAGIC);
    out.push(FORMAT as u8);
    serde_json::to_writer(&mut out, p).expect("compiled policy serializes");
    out
}

pub fn decode(bytes: &[u8]) -> Result<CompiledPolicy> {
    if !is_bundle(bytes) || bytes.len() < 5 {
        return Err(Error::policy("not an edgeward policy bundle (missing EWPB header)"));
    }
    if bytes[4] as u32 != FORMAT {
        return Err(Error::policy(format!("bundle format {} is not supported (this build reads {FORMAT})", bytes[4])));
    }
    let p: CompiledPolicy = serde_json::from_slice(&bytes[5..]).map_err(|e| Error::new(ErrorKind::Policy, format!("corrupt bundle: {e}")))?;
    if p.categories.len() != 13 || p.categories.iter().enumerate().any(|(i, c)| c.category.index() != i) {
        return Err(Error::policy("corrupt bundle: categories out of order"));
    }
    Ok(p)
}

/// Hex SHA-256 of the canonical JSON of the compiled policy.
pub fn content_hash(p: &CompiledPolicy) -> String {
    let json = serde_json::to_vec(p).expect("compiled policy serializes");
    let digest = Sha256::digest(&json);
    digest.iter().map(|b| format!("{b:02x}")).collect()
}
