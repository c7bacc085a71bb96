//! The compiled-policy bundle, and its optional Ed25519 signature.
//!
//! An unsigned bundle (format 1) is
//!
//! ```text
//! "EWPB"  format (u8 = 1)  compiled policy as JSON
//! ```
//!
//! A signed bundle is the unsigned bundle unchanged, followed by a fixed
//! [`TRAILER_LEN`]-byte signature trailer, so readers that only want the policy strip it
//! and older bundles stay valid:
//!
//! ```text
//! offset size
//!      0    4  "EWSG"          trailer magic
//!      4    1  1               trailer version
//!      5    1  1               algorithm (1 = Ed25519)
//!      6    2  0, 0            reserved (must be zero)
//!      8   32  public key      signer's Ed25519 key (a hint: trust comes from the caller's keys)
//!     40   64  signature       Ed25519 over SIGNING_CONTEXT ‖ trailer[0..40] ‖ payload
//!    104    8  payload length  u64 little-endian = offset of the trailer
//! ```
//!
//! Detection is unambiguous: an unsigned bundle ends in the JSON's closing `}`, so its
//! last eight bytes read as a length of at least 2^56, never its own prefix length. The
//! signature covers the whole payload and every trailer byte before it (the length is
//! checked against the position), so changing any byte of a signed bundle fails.

use super::compile::FORMAT;
use super::compiled::CompiledPolicy;
use crate::error::{Error, ErrorKind, Result};
use ed25519_dalek::{Signature, Signer};
use sha2::{Digest, Sha256};
use std::fmt;

const MAGIC: &[u8; 4] = b"EWPB";
const TRAILER_MAGIC: &[u8; 4] = b"EWSG";
const TRAILER_VERSION: u8 = 1;
const ALG_ED25519: u8 = 1;
/// Size of the signature trailer of a signed bundle.
pub const TRAILER_LEN: usize = 112;
/// Domain separation: a signature over a bundle cannot be replayed as anything else.
const SIGNING_CONTEXT: &[u8] = b"edgeward policy bundle signature v1\0";

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

/// A bundle split into its payload and, when signed, its trailer.
struct Parts<'a> {
    payload: &'a [u8],
    trailer: Option<&'a [u8; TRAILER_LEN]>,
}

fn split(bytes: &[u8]) -> Parts<'_> {
    let n = bytes.len();
    if n >= 5 + TRAILER_LEN {
        let (payload, tail) = bytes.split_at(n - TRAILER_LEN);
        let tail: &[u8; TRAILER_LEN] = tail.try_into().expect("split at TRAILER_LEN");
        let len = u64::from_le_bytes(tail[104..112].try_into().expect("8 bytes"));
        if &tail[..4] == TRAILER_MAGIC && len == payload.len() as u64 {
            return Parts { payload, trailer: Some(tail) };
        }
    }
    Parts { payload: bytes, trailer: None }
}

/// Decodes a bundle, signed or not, without checking any signature.
pub fn decode(bytes: &[u8]) -> Result<CompiledPolicy> {
    decode_payload(split(bytes).payload)
}

fn decode_payload(bytes: &[u8]) -> Result<CompiledPolicy> {
    if !is_bundle(bytes) || bytes.len() < 5 {
        return Err(Error::policy("not an edgeward policy bundle (missing EWPB header)"));
    }
    if bytes[4] as u32 != FORMAT {
        return Err(Error::policy(format!("bundle format {} is not supported (this build reads {FORMAT})", bytes[4])));
    }
    let p: CompiledPolicy = serde_json::from_slice(&bytes[5..]).map_err(|e| Error::new(ErrorKind::Policy, format!("corrupt bundle: {e}")))?;
    Ok(p)
}

/// Decodes a signed bundle after checking its signature against `trusted` keys.
pub fn decode_verified(bytes: &[u8], trusted: &[PublicKey]) -> Result<(CompiledPolicy, PublicKey)> {
    if trusted.is_empty() {
        return Err(integrity("no trusted public keys given to verify the policy bundle against"));
    }
    if !is_bundle(bytes) {
        return Err(integrity("not an edgeward policy bundle (missing EWPB header); a signed bundle is required"));
    }
    let parts = split(bytes);
    let Some(t) = parts.trailer else {
        return Err(integrity("policy bundle is not signed (or its signature trailer is damaged); a signed bundle is required"));
    };
    if t[4] != TRAILER_VERSION || t[5] != ALG_ED25519 || t[6..8] != [0, 0] {
        return Err(integrity(format!("unsupported bundle signature (trailer version {}, algorithm {}, reserved {:?})", t[4], t[5], &t[6..8])));
    }
    let hint: [u8; 32] = t[8..40].try_into().expect("32 bytes");
    let Some(key) = trusted.iter().find(|k| k.0 == hint) else {
        return Err(integrity(format!("policy bundle is signed by key {}, which is not among the {} trusted key(s)", hex(&hint), trusted.len())));
    };
    let vk = ed25519_dalek::VerifyingKey::from_bytes(&key.0).map_err(|_| integrity(format!("trusted key {} is not a valid Ed25519 public key", key.to_hex())))?;
    let sig = Signature::from_bytes(t[40..104].try_into().expect("64 bytes"));
    let msg = signed_message(&t[..40], parts.payload);
    vk.verify_strict(&msg, &sig).map_err(|_| integrity(format!("policy bundle signature does not verify with key {}: the bundle was modified after signing", key.to_hex())))?;
    Ok((decode_payload(parts.payload)?, *key))
}

/// The bytes an Ed25519 signature covers.
fn signed_message(header: &[u8], payload: &[u8]) -> Vec<u8> {
    let mut m = Vec::with_capacity(SIGNING_CONTEXT.len() + header.len() + payload.len());
    m.extend_from_slice(SIGNING_CONTEXT);
    m.extend_from_slice(header);
    m.extend_from_slice(payload);
    m
}

/// Appends a signature trailer to an unsigned bundle (replacing any existing one).
pub fn sign(bytes: &[u8], key: &SigningKey) -> Vec<u8> {
    let payload = split(bytes).payload;
    let mut header = [0u8; 40];
    header[..4].copy_from_slice(TRAILER_MAGIC);
    header[4] = TRAILER_VERSION;
    header[5] = ALG_ED25519;
    header[8..].copy_from_slice(&key.public_key().0);
    let sig = key.0.sign(&signed_message(&header, payload));
    let mut out = Vec::with_capacity(payload.len() + TRAILER_LEN);
    out.extend_from_slice(payload);
    out.extend_from_slice(&header);
    out.extend_from_slice(&sig.to_bytes());
    out.extend_from_slice(&(payload.len() as u64).to_le_bytes());
    out
}

/// The public key a bundle's trailer names, if it is signed (not verified).
pub fn signer_hint(bytes: &[u8]) -> Option<PublicKey> {
    split(bytes).trailer.map(|t| PublicKey(t[8..40].try_into().expect("32 bytes")))
}

fn integrity(message: impl Into<String>) -> Error {
    Error::new(ErrorKind::Integrity, message)
}

/// Hex SHA-256 of the canonical JSON of the compiled policy.
pub fn content_hash(p: &CompiledPolicy) -> String {
    let json = serde_json::to_vec(p).expect("compiled policy serializes");
    hex(&Sha256::digest(&json))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn from_hex<const N: usize>(s: &str, what: &str) -> Result<[u8; N]> {
    let s = s.trim();
    let bad = || Error::input(format!("{what} must be {} hex digits", 2 * N));
    if s.len() != 2 * N || !s.is_ascii() {
        return Err(bad());
    }
    let mut out = [0u8; N];
    for (i, o) in out.iter_mut().enumerate() {
        *o = u8::from_str_radix(&s[2 * i..2 * i + 2], 16).map_err(|_| bad())?;
    }
    Ok(out)
}

/// An Ed25519 public key that policy bundles may be signed with.
///
/// ```
/// use edgeward::policy::PublicKey;
/// let hex = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";
/// assert_eq!(PublicKey::from_hex(hex).unwrap().to_hex(), hex);
/// assert!(PublicKey::from_hex("abc").is_err());
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct PublicKey([u8; 32]);

impl PublicKey {
    /// Parses 64 hex digits; rejects byte strings that are not a valid curve point.
    pub fn from_hex(s: &str) -> Result<PublicKey> {
        PublicKey::from_bytes(from_hex::<32>(s, "an Ed25519 public key")?)
    }

    /// The key from its 32 bytes; rejects byte strings that are not a valid curve point.
    pub fn from_bytes(bytes: [u8; 32]) -> Result<PublicKey> {
        ed25519_dalek::VerifyingKey::from_bytes(&bytes).map_err(|_| Error::input("not a valid Ed25519 public key"))?;
        Ok(PublicKey(bytes))
    }

    pub fn to_bytes(&self) -> [u8; 32] {
        self.0
    }

    /// 64 lower-case hex digits.
    pub fn to_hex(&self) -> String {
        hex(&self.0)
    }
}

impl fmt::Debug for PublicKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PublicKey({})", self.to_hex())
    }
}

impl fmt::Display for PublicKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_hex())
    }
}

/// An Ed25519 secret key for signing policy bundles (its 32-byte seed). Never printed by
/// `Debug`; zeroed on drop.
///
/// ```
/// use edgeward::policy::SigningKey;
/// let key = SigningKey::from_bytes([7u8; 32]);
/// assert_eq!(key.public_key().to_hex().len(), 64);
/// assert!(!format!("{key:?}").contains("0707"));
/// ```
#[derive(Clone)]
pub struct SigningKey(ed25519_dalek::SigningKey);

impl SigningKey {
    /// The key from its 32-byte seed (generate the seed with a CSPRNG, as
    /// `edgeward policy keygen` does).
    pub fn from_bytes(seed: [u8; 32]) -> SigningKey {
        SigningKey(ed25519_dalek::SigningKey::from_bytes(&seed))
    }

    /// Parses the seed from 64 hex digits.
    pub fn from_hex(s: &str) -> Result<SigningKey> {
        Ok(SigningKey::from_bytes(from_hex::<32>(s, "an Ed25519 secret key")?))
    }

    /// The seed as 64 hex digits (for writing a key file).
    pub fn to_hex(&self) -> String {
        hex(self.0.as_bytes())
    }

    pub fn public_key(&self) -> PublicKey {
        PublicKey(self.0.verifying_key().to_bytes())
    }
}

impl fmt::Debug for SigningKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SigningKey(public {})", self.public_key().to_hex())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unsigned_bundle_never_looks_signed() {
        // the tail of an unsigned bundle is JSON text: as a u64 it is at least 2^56
        let tail = *b"4096}}}}";
        assert!(u64::from_le_bytes(tail) >= 1 << 56);
    }

    #[test]
    fn a_valid_signature_does_not_excuse_an_invalid_policy() {
        let p = crate::Policy::embedded_default().unwrap();
        let mut v: serde_json::Value = serde_json::from_slice(&p.to_bundle()[5..]).unwrap();
        v["categories"][7]["prompt"]["action"] = "allow".into();
        let edited = [&p.to_bundle()[..5], &serde_json::to_vec(&v).unwrap()[..]].concat();
        let key = SigningKey::from_bytes([3; 32]);
        let e = crate::Policy::from_bundle_verified(&sign(&edited, &key), &[key.public_key()]).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::Policy);
        assert!(e.to_string().contains("child_safety can never be switched off"), "{e}");
    }

    #[test]
    fn rfc8032_test_vector_1() {
        // RFC 8032 section 7.1, TEST 1: the public key of the all-zero-message vector
        let key = SigningKey::from_hex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60").unwrap();
        assert_eq!(key.public_key().to_hex(), "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
        let sig = key.0.sign(b"");
        assert_eq!(
            hex(&sig.to_bytes()),
            "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"
        );
    }
}
