//! Repeat offenders: each user's ladder state (the core's [`OffenderState`]: strikes
//! weighted by severity, decaying; warn → cooldown → block as the policy's `[ladder]`
//! says) in the Fastly KV store `edgeward_offenders`, one key per user (a SHA-256 of the
//! user id). Writes are conditional on the generation read, so two concurrent requests of
//! one user cannot lose a strike: the loser reads again and records again.

use crate::openai::unix_now;
use edgeward::ladder::OffenderState;
use edgeward::{Guard, Verdict};
use fastly::kv_store::{InsertMode, KVStore, KVStoreError};
use sha2::{Digest, Sha256};

/// The KV store's name in fastly.toml and on the service (its resource link).
pub const STORE: &str = "edgeward_offenders";
const ATTEMPTS: usize = 4;

pub struct Offenders {
    store: KVStore,
}

impl Offenders {
    /// The store, when the service has one linked (without it nobody is blocked).
    pub fn open() -> Result<Option<Offenders>, String> {
        KVStore::open(STORE)
            .map(|s| s.map(|store| Offenders { store }))
            .map_err(|e| format!("opening KV store {STORE}: {e}"))
    }

    /// Puts the prompt's `verdict` for `user` through the ladder (a user in cooldown or
    /// blocked gets `block` instead) and stores where the user now stands. The verdict
    /// returned carries `enforcement`.
    pub fn enforce(&self, guard: &Guard, user: &str, verdict: &Verdict) -> Result<Verdict, String> {
        let ladder = guard.ladder_config().map_err(|e| e.to_string())?;
        let key = key_for(user);
        for _ in 0..ATTEMPTS {
            let (mut state, generation) = self.read(&key)?;
            let now = unix_now();
            let v = guard.screen_enforced(&ladder, &mut state, now, || verdict.clone());
            let written = if ladder.is_forgotten(&state, now) {
                self.store.delete(&key).or_else(ignore_missing)
            } else {
                let insert = self.store.build_insert();
                let insert = match generation {
                    Some(g) => insert.if_generation_match(g),
                    None => insert.mode(InsertMode::Add),
                };
                insert.execute(&key, state.to_json())
            };
            match written {
                Ok(()) => return Ok(v),
                Err(KVStoreError::ItemPreconditionFailed) => continue, // someone else wrote first
                Err(e) => return Err(format!("writing KV store {STORE}: {e}")),
            }
        }
        Err(format!(
            "KV store {STORE}: too many concurrent updates for one user"
        ))
    }

    /// The stored state and its generation; a fresh state (and none) when there is none.
    fn read(&self, key: &str) -> Result<(OffenderState, Option<u64>), String> {
        match self.store.lookup(key) {
            Ok(mut found) => {
                let generation = found.current_generation();
                let text = String::from_utf8_lossy(&found.take_body_bytes()).into_owned();
                // A state this build cannot read starts over rather than failing every request.
                Ok((
                    OffenderState::from_json(&text).unwrap_or_default(),
                    Some(generation),
                ))
            }
            Err(KVStoreError::ItemNotFound) => Ok((OffenderState::default(), None)),
            Err(e) => Err(format!("reading KV store {STORE}: {e}")),
        }
    }
}

fn ignore_missing(e: KVStoreError) -> Result<(), KVStoreError> {
    match e {
        KVStoreError::ItemNotFound => Ok(()),
        e => Err(e),
    }
}

/// The store key of a user: no user id is stored in the clear.
fn key_for(user: &str) -> String {
    let digest = Sha256::digest(user.as_bytes());
    let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
    format!("user/{hex}")
}
