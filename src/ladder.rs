//! The repeat-offender ladder: strikes per user or session, earned by refused verdicts,
//! weighted by severity and decaying with a half-life; enough strikes warn, then cool
//! the user down, then block them.
//!
//! The ladder is pure: the host keeps one small [`OffenderState`] per user (a Durable
//! Object, KV, localStorage, or memory — it serializes to a short JSON string) and passes
//! the current time in. Per request:
//!
//! 1. [`LadderConfig::check`] before screening: a [`Gate::Closed`] answers `block`
//!    at once with its message, without screening;
//! 2. screen, then [`LadderConfig::record`] the verdict's action and the severity of its
//!    strongest category, and put the returned [`Enforcement`] on the verdict.
//!
//! ```
//! use edgeward::ladder::{LadderConfig, OffenderState};
//! use edgeward::{verdict::EnforcementState, Action};
//! let ladder = LadderConfig::default();
//! let mut state = OffenderState::default();
//! let mut now = 1_000_000;
//! for _ in 0..3 {
//!     assert!(ladder.check(&state, now).is_open());
//!     ladder.record(&mut state, Action::Refuse, 5, now);
//!     now += 1000;
//! }
//! // Three refusals of the most severe kind: blocked, and it sticks.
//! assert_eq!(ladder.check(&state, now + 86_400 * 30).enforcement().state, EnforcementState::Blocked);
//! ```

use crate::verdict::{Action, Enforcement, EnforcementState};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// The ladder's steps, as a policy's `[ladder]` table sets them. Every field has a
/// default, so a table may set only what it changes:
///
/// ```toml
/// [ladder]
/// half_life_s = 86400
/// warn_at = 2.0
/// cooldown_at = 4.0
/// block_at = 8.0
/// cooldown_s = 900
/// severity_weights = [0.5, 1.0, 1.5, 2.0, 3.0]
/// block_message = "This account is blocked for repeated policy violations."
/// ```
///
/// A step is switched off by setting its level to `"off"` (or `inf`, or `null` in JSON);
/// `enabled = false` turns the whole ladder off.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct LadderConfig {
    /// Whether the ladder counts strikes at all.
    pub enabled: bool,
    /// Seconds after which a strike counts half.
    pub half_life_s: u64,
    /// Strike level at which the user is warned.
    #[serde(deserialize_with = "step")]
    pub warn_at: f32,
    /// Strike level at which a refusal starts a cooldown.
    #[serde(deserialize_with = "step")]
    pub cooldown_at: f32,
    /// Strike level at which the user is blocked.
    #[serde(deserialize_with = "step")]
    pub block_at: f32,
    /// Length of a cooldown.
    pub cooldown_s: u64,
    /// How long a block lasts; `None` (the default) keeps it until the host resets the
    /// state.
    pub block_s: Option<u64>,
    /// Strikes added by one refusal, by the severity (1 to 5) of its strongest category.
    pub severity_weights: [f32; 5],
    /// Shown with a refusal once the user is warned.
    pub warn_message: String,
    /// The local reply while the user cools down.
    pub cooldown_message: String,
    /// The local reply once the user is blocked.
    pub block_message: String,
}

impl Default for LadderConfig {
    fn default() -> Self {
        LadderConfig {
            enabled: true,
            half_life_s: 86_400,
            warn_at: 2.0,
            cooldown_at: 4.0,
            block_at: 8.0,
            cooldown_s: 900,
            block_s: None,
            severity_weights: [0.5, 1.0, 1.5, 2.0, 3.0],
            warn_message: "Several of your recent requests were declined under this service's usage policy. \
                           Further requests like these may lead to a pause or a block."
                .into(),
            cooldown_message: "Requests from this account are paused for a while after repeated policy \
                               violations. Please try again later."
                .into(),
            block_message: "This account is blocked after repeated policy violations.".into(),
        }
    }
}

/// A step level: a number, or `"off"` / `"inf"` / `null` for a step that never comes.
fn step<'de, D: serde::Deserializer<'de>>(d: D) -> Result<f32, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Step {
        Level(f32),
        Word(String),
        Off(()),
    }
    match Option::<Step>::deserialize(d)? {
        Some(Step::Level(x)) => Ok(x),
        None | Some(Step::Off(())) => Ok(f32::INFINITY),
        Some(Step::Word(w)) if matches!(w.as_str(), "off" | "inf" | "never") => Ok(f32::INFINITY),
        Some(Step::Word(w)) => Err(serde::de::Error::custom(format!("expected a strike level or \"off\", got \"{w}\""))),
    }
}

/// Where one user stands, as the host stores it between requests (see
/// [`OffenderState::to_json`]). The default is a user with a clean record.
#[derive(Serialize, Deserialize, Default, Clone, Debug, PartialEq)]
#[serde(default)]
pub struct OffenderState {
    /// Strikes as of `t` (they decay after it).
    #[serde(skip_serializing_if = "is_zero_f32")]
    pub strikes: f32,
    /// Time (seconds) of the last update.
    #[serde(skip_serializing_if = "is_zero_u64")]
    pub t: u64,
    /// End of the current cooldown; 0 when none.
    #[serde(skip_serializing_if = "is_zero_u64")]
    pub cooldown_until: u64,
    /// When the user was blocked, if they are.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub blocked_at: Option<u64>,
}

fn is_zero_f32(x: &f32) -> bool {
    *x == 0.0
}
fn is_zero_u64(x: &u64) -> bool {
    *x == 0
}

impl OffenderState {
    /// The compact JSON form hosts store, e.g. `{"strikes":3.0,"t":1767225600}`.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("offender state serializes")
    }

    /// Reads a stored state; an empty string is a clean record.
    pub fn from_json(s: &str) -> Result<Self, String> {
        if s.trim().is_empty() {
            return Ok(Self::default());
        }
        let st: Self = serde_json::from_str(s).map_err(|e| format!("invalid offender state: {e}"))?;
        if !st.strikes.is_finite() || st.strikes < 0.0 {
            return Err(format!("invalid offender state: strikes {}", st.strikes));
        }
        Ok(st)
    }
}

/// The ladder's answer before screening.
#[derive(Clone, Debug, PartialEq)]
pub enum Gate {
    /// Screen as usual; the enforcement is where the user stands now.
    Open(Enforcement),
    /// Do not screen: answer `block` (forward false) with this message.
    Closed { enforcement: Enforcement, message: String },
}

impl Gate {
    pub fn is_open(&self) -> bool {
        matches!(self, Gate::Open(_))
    }

    /// Where the user stands, open or closed.
    pub fn enforcement(&self) -> &Enforcement {
        match self {
            Gate::Open(e) | Gate::Closed { enforcement: e, .. } => e,
        }
    }
}

/// Strikes below this are forgotten.
const FORGET_BELOW: f32 = 0.01;

impl LadderConfig {
    /// The ladder of a compiled policy's `ladder` value (`null` when the policy has no
    /// `[ladder]` table: the defaults), validated.
    pub fn from_value(v: &serde_json::Value) -> Result<Self, String> {
        let cfg: LadderConfig = if v.is_null() {
            LadderConfig::default()
        } else {
            serde_json::from_value(v.clone()).map_err(|e| format!("ladder: {e}"))?
        };
        cfg.validate()?;
        Ok(cfg)
    }

    /// Checks that the steps are ordered and the numbers usable.
    pub fn validate(&self) -> Result<(), String> {
        if self.half_life_s == 0 {
            return Err("ladder.half_life_s must be positive".into());
        }
        for (name, v) in [("warn_at", self.warn_at), ("cooldown_at", self.cooldown_at), ("block_at", self.block_at)] {
            if v.is_nan() || v <= 0.0 {
                return Err(format!("ladder.{name} must be a positive number (or inf to switch the step off), got {v}"));
            }
        }
        let steps: Vec<f32> = [self.warn_at, self.cooldown_at, self.block_at].into_iter().filter(|s| s.is_finite()).collect();
        if steps.windows(2).any(|w| w[0] > w[1]) {
            return Err(format!(
                "ladder steps that are on must satisfy warn_at <= cooldown_at <= block_at, got {} / {} / {}",
                self.warn_at, self.cooldown_at, self.block_at
            ));
        }
        if self.cooldown_at.is_finite() && self.cooldown_s == 0 {
            return Err("ladder.cooldown_s must be positive when cooldown_at is set".into());
        }
        if self.block_s == Some(0) {
            return Err("ladder.block_s must be positive (omit it to block until reset)".into());
        }
        if let Some(w) = self.severity_weights.iter().find(|w| !w.is_finite() || **w < 0.0) {
            return Err(format!("ladder.severity_weights must be finite and non-negative, got {w}"));
        }
        Ok(())
    }

    /// The strike weight of one refusal whose strongest category has `severity`
    /// (clamped to 1..=5).
    pub fn weight(&self, severity: u8) -> f32 {
        self.severity_weights[severity.clamp(1, 5) as usize - 1]
    }

    /// Strikes of `state` decayed to `now_s`.
    pub fn strikes_at(&self, state: &OffenderState, now_s: u64) -> f32 {
        let dt = now_s.saturating_sub(state.t) as f64;
        let s = state.strikes as f64 * (0.5f64).powf(dt / self.half_life_s.max(1) as f64);
        if s < FORGET_BELOW as f64 {
            0.0
        } else {
            s as f32
        }
    }

    fn blocked(&self, state: &OffenderState, now_s: u64) -> bool {
        match (state.blocked_at, self.block_s) {
            (None, _) => false,
            (Some(_), None) => true,
            (Some(at), Some(len)) => now_s < at.saturating_add(len),
        }
    }

    /// Where `state` stands at `now_s`, without changing it.
    pub fn enforcement(&self, state: &OffenderState, now_s: u64) -> Enforcement {
        let strikes = self.strikes_at(state, now_s);
        let (st, retry_after_s) = if !self.enabled {
            (EnforcementState::Ok, None)
        } else if self.blocked(state, now_s) {
            (EnforcementState::Blocked, None)
        } else if now_s < state.cooldown_until {
            (EnforcementState::Cooldown, Some(state.cooldown_until - now_s))
        } else if round2(strikes) >= self.warn_at {
            (EnforcementState::Warned, None)
        } else {
            (EnforcementState::Ok, None)
        };
        Enforcement { strikes: round2(strikes), state: st, retry_after_s }
    }

    /// Before screening: may this user's text be screened at all?
    pub fn check(&self, state: &OffenderState, now_s: u64) -> Gate {
        let enforcement = self.enforcement(state, now_s);
        match self.message_for(enforcement.state) {
            Some(m) if matches!(enforcement.state, EnforcementState::Cooldown | EnforcementState::Blocked) => {
                Gate::Closed { message: m.to_string(), enforcement }
            }
            _ => Gate::Open(enforcement),
        }
    }

    /// After screening: counts the verdict's `action` (only `refuse` adds strikes,
    /// weighted by `severity`, the severity of its strongest category) and moves the
    /// user up the ladder. Returns where the user now stands.
    pub fn record(&self, state: &mut OffenderState, action: Action, severity: u8, now_s: u64) -> Enforcement {
        if !self.enabled {
            return self.enforcement(state, now_s);
        }
        if state.blocked_at.is_some() && !self.blocked(state, now_s) {
            state.blocked_at = None; // the block expired; the strikes keep decaying
        }
        let now_s = now_s.max(state.t); // a clock that steps back does not undo decay
        let mut strikes = self.strikes_at(state, now_s);
        if action == Action::Refuse && state.blocked_at.is_none() && now_s >= state.cooldown_until {
            strikes += self.weight(severity);
            // Thresholds compare the strikes as verdicts show them (two decimals): three
            // refusals a few seconds apart are three strikes, not 2.9999 after decay.
            let shown = round2(strikes);
            if shown >= self.block_at {
                state.blocked_at = Some(now_s);
                state.cooldown_until = 0;
            } else if shown >= self.cooldown_at {
                state.cooldown_until = now_s.saturating_add(self.cooldown_s);
            }
        }
        state.strikes = strikes;
        state.t = now_s;
        if now_s >= state.cooldown_until {
            state.cooldown_until = 0;
        }
        self.enforcement(state, now_s)
    }

    /// The message for a ladder step: the warning shown with a refusal, or the local
    /// reply for cooldown and block. `None` for `ok`.
    pub fn message_for(&self, state: EnforcementState) -> Option<&str> {
        match state {
            EnforcementState::Ok => None,
            EnforcementState::Warned => Some(&self.warn_message),
            EnforcementState::Cooldown => Some(&self.cooldown_message),
            EnforcementState::Blocked => Some(&self.block_message),
        }
    }

    /// Whether the host may drop this state: no strikes left, no cooldown, no block.
    pub fn is_forgotten(&self, state: &OffenderState, now_s: u64) -> bool {
        self.strikes_at(state, now_s) == 0.0 && now_s >= state.cooldown_until && !self.blocked(state, now_s)
    }
}

fn round2(x: f32) -> f32 {
    ((x as f64 * 100.0).round() / 100.0) as f32
}

/// A ladder that keeps every user's state in memory (the CLI, for one `--jsonl` run).
#[derive(Clone, Debug, Default)]
pub struct Ladder {
    config: LadderConfig,
    users: HashMap<String, OffenderState>,
}

impl Ladder {
    pub fn new(config: LadderConfig) -> Self {
        Ladder { config, users: HashMap::new() }
    }

    pub fn config(&self) -> &LadderConfig {
        &self.config
    }

    /// Before screening `user`'s text; see [`LadderConfig::check`].
    pub fn check(&self, user: &str, now_s: u64) -> Gate {
        match self.users.get(user) {
            Some(s) => self.config.check(s, now_s),
            None => self.config.check(&OffenderState::default(), now_s),
        }
    }

    /// After screening `user`'s text; see [`LadderConfig::record`].
    pub fn record(&mut self, user: &str, action: Action, severity: u8, now_s: u64) -> Enforcement {
        let state = self.users.entry(user.to_string()).or_default();
        let e = self.config.record(state, action, severity, now_s);
        if self.config.is_forgotten(state, now_s) {
            self.users.remove(user);
        }
        e
    }

    /// The stored state of `user`, if they have one.
    pub fn state(&self, user: &str) -> Option<&OffenderState> {
        self.users.get(user)
    }

    /// Users with a stored state.
    pub fn len(&self) -> usize {
        self.users.len()
    }

    pub fn is_empty(&self) -> bool {
        self.users.is_empty()
    }

    /// Drops every state that has nothing left to remember.
    pub fn prune(&mut self, now_s: u64) {
        let cfg = &self.config;
        self.users.retain(|_, s| !cfg.is_forgotten(s, now_s));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use EnforcementState::*;

    const T0: u64 = 1_767_225_600; // 2026-01-01
    const DAY: u64 = 86_400;

    /// (name, steps: (seconds after T0, action, severity), expected state after each step)
    #[test]
    #[allow(clippy::type_complexity)]
    fn ladder_steps() {
        use Action::*;
        #[rustfmt::skip]
        let cases: &[(&str, &[(u64, Action, u8)], &[EnforcementState])] = &[
            ("allowed traffic earns nothing", &[(0, Allow, 5), (1, Banner, 5), (2, Support, 5)], &[Ok, Ok, Ok]),
            ("refusals climb: warn, cooldown, block", &[(0, Refuse, 3), (1, Refuse, 3), (2, Refuse, 3), (1000, Refuse, 3), (2000, Refuse, 3), (3000, Refuse, 3)],
                &[Ok, Warned, Cooldown, Cooldown, Cooldown, Blocked]),
            ("severity weighs: two worst refusals cool down", &[(0, Refuse, 5), (1, Refuse, 5)], &[Warned, Cooldown]),
            ("mild refusals only warn", &[(0, Refuse, 1), (0, Refuse, 1), (0, Refuse, 1), (0, Refuse, 1)], &[Ok, Ok, Ok, Warned]),
            ("refusals during a cooldown add nothing", &[(0, Refuse, 5), (1, Refuse, 5), (2, Refuse, 5), (3, Refuse, 5)], &[Warned, Cooldown, Cooldown, Cooldown]),
            ("cooldown expires back to warned", &[(0, Refuse, 5), (1, Refuse, 5), (901, Allow, 1)], &[Warned, Cooldown, Warned]),
            ("strikes decay with the half-life", &[(0, Refuse, 5), (DAY, Allow, 1), (3 * DAY, Refuse, 2)], &[Warned, Ok, Ok]),
            ("blocked is sticky", &[(0, Refuse, 5), (1, Refuse, 5), (1000, Refuse, 5), (365 * DAY, Allow, 1)], &[Warned, Cooldown, Blocked, Blocked]),
            ("a clock stepping back changes nothing", &[(100, Refuse, 4), (0, Refuse, 4)], &[Warned, Cooldown]),
        ];
        let cfg = LadderConfig::default();
        cfg.validate().unwrap();
        for (name, steps, want) in cases {
            let mut st = OffenderState::default();
            let got: Vec<_> = steps.iter().map(|&(dt, a, sev)| cfg.record(&mut st, a, sev, T0 + dt).state).collect();
            assert_eq!(&got, want, "{name}");
        }
    }

    #[test]
    fn refusals_seconds_apart_reach_a_threshold_despite_the_decay_between_them() {
        let cfg = LadderConfig { warn_at: 1.0, cooldown_at: f32::INFINITY, block_at: 3.0, severity_weights: [1.0; 5], ..LadderConfig::default() };
        let mut st = OffenderState::default();
        let got: Vec<_> = [0, 1, 2].iter().map(|&dt| cfg.record(&mut st, Action::Refuse, 3, T0 + dt)).collect();
        assert_eq!(got.iter().map(|e| e.state).collect::<Vec<_>>(), [Warned, Warned, Blocked], "{got:?}");
        assert_eq!(got[2].strikes, 3.0);
    }

    #[test]
    fn gate_closes_during_cooldown_and_block_with_their_messages() {
        let cfg = LadderConfig::default();
        let mut st = OffenderState::default();
        assert_eq!(cfg.check(&st, T0), Gate::Open(Enforcement { strikes: 0.0, state: Ok, retry_after_s: None }));
        cfg.record(&mut st, Action::Refuse, 5, T0);
        cfg.record(&mut st, Action::Refuse, 5, T0);
        match cfg.check(&st, T0 + 60) {
            Gate::Closed { enforcement, message } => {
                assert_eq!(enforcement.state, Cooldown);
                assert_eq!(enforcement.retry_after_s, Some(840));
                assert_eq!(message, cfg.cooldown_message);
            }
            g => panic!("expected cooldown, got {g:?}"),
        }
        assert!(cfg.check(&st, T0 + 900).is_open());
        cfg.record(&mut st, Action::Refuse, 5, T0 + 900);
        match cfg.check(&st, T0 + 901) {
            Gate::Closed { enforcement, message } => {
                assert_eq!(enforcement.state, Blocked);
                assert_eq!(message, cfg.block_message);
            }
            g => panic!("expected block, got {g:?}"),
        }
    }

    #[test]
    fn block_expires_when_configured() {
        let cfg = LadderConfig { block_s: Some(DAY), ..LadderConfig::default() };
        let mut st = OffenderState { blocked_at: Some(T0), strikes: 9.0, t: T0, cooldown_until: 0 };
        assert_eq!(cfg.check(&st, T0 + DAY - 1).enforcement().state, Blocked);
        assert!(cfg.check(&st, T0 + DAY).is_open());
        // Half the strikes are left after a day: warned, and the block is cleared.
        assert_eq!(cfg.record(&mut st, Action::Allow, 1, T0 + DAY).state, Warned);
        assert_eq!(st.blocked_at, None);
    }

    #[test]
    fn ladder_keeps_users_apart() {
        let mut ladder = Ladder::new(LadderConfig::default());
        let mut states = vec![];
        for i in 0..4 {
            ladder.record("mallory", Action::Refuse, 4, T0 + i);
            states.push(ladder.record("alice", Action::Allow, 1, T0 + i).state);
        }
        assert_eq!(ladder.check("mallory", T0 + 10).enforcement().state, Cooldown);
        assert!(!ladder.check("mallory", T0 + 10).is_open());
        assert_eq!(ladder.check("alice", T0 + 10), Gate::Open(Enforcement { strikes: 0.0, state: Ok, retry_after_s: None }));
        assert_eq!(states, vec![Ok; 4]);
        // Alice has nothing to remember, so she is not stored.
        assert_eq!(ladder.len(), 1);
        ladder.prune(T0 + 365 * DAY);
        assert_eq!(ladder.len(), 0);
    }

    #[test]
    fn state_round_trips_as_compact_json() {
        let cfg = LadderConfig::default();
        let mut st = OffenderState::default();
        assert_eq!(st.to_json(), "{}");
        assert_eq!(OffenderState::from_json("").unwrap(), st);
        cfg.record(&mut st, Action::Refuse, 5, T0);
        cfg.record(&mut st, Action::Refuse, 5, T0);
        let json = st.to_json();
        assert!(json.len() < 80, "{json}");
        assert_eq!(OffenderState::from_json(&json).unwrap(), st);
        assert!(OffenderState::from_json("{\"strikes\":-1}").is_err());
        assert!(OffenderState::from_json("nope").is_err());
    }

    #[test]
    fn config_reads_from_a_policy_table_and_validates() {
        let cfg: LadderConfig = toml::from_str("warn_at = 1\nblock_at = inf\nseverity_weights = [1, 1, 2, 2, 4]").unwrap();
        assert_eq!(cfg.warn_at, 1.0);
        assert_eq!(cfg.cooldown_at, 4.0);
        assert!(cfg.validate().is_ok());
        // The policy compiler stores the table as JSON, where inf becomes null.
        let json = serde_json::to_value(&cfg).unwrap();
        assert_eq!(LadderConfig::from_value(&json).unwrap(), cfg);
        let off: LadderConfig = toml::from_str("cooldown_at = \"off\"").unwrap();
        assert_eq!(off.cooldown_at, f32::INFINITY);
        assert!(off.validate().is_ok(), "a step that is off does not break the order");
        let mut st = OffenderState::default();
        let got: Vec<_> = (0..3).map(|i| off.record(&mut st, Action::Refuse, 5, T0 + i).state).collect();
        assert_eq!(got, [Warned, Warned, Blocked], "no cooldown when it is off");
        assert_eq!(LadderConfig::from_value(&serde_json::Value::Null).unwrap(), LadderConfig::default());
        assert!(LadderConfig::from_value(&serde_json::json!({"warn_at": "soon"})).is_err());
        assert!(LadderConfig::from_value(&serde_json::json!({"half_life_s": 0})).is_err());
        assert_eq!(cfg.weight(0), 1.0);
        assert_eq!(cfg.weight(9), 4.0);
        let bad: &[(&str, &str)] = &[
            ("half_life_s = 0", "half_life_s"),
            ("warn_at = 5\ncooldown_at = 4", "warn_at <= cooldown_at"),
            ("block_at = -1", "block_at"),
            ("cooldown_s = 0", "cooldown_s"),
            ("block_s = 0", "block_s"),
            ("severity_weights = [1, 1, -2, 2, 4]", "severity_weights"),
        ];
        for (src, want) in bad {
            let cfg: LadderConfig = toml::from_str(src).unwrap();
            let err = cfg.validate().unwrap_err();
            assert!(err.contains(want), "{src}: {err}");
        }
        assert!(toml::from_str::<LadderConfig>("wanr_at = 1").is_err(), "typos are errors");
    }

    #[test]
    fn disabled_ladder_never_closes() {
        let cfg = LadderConfig { enabled: false, ..LadderConfig::default() };
        let mut st = OffenderState::default();
        for i in 0..10 {
            assert_eq!(cfg.record(&mut st, Action::Refuse, 5, T0 + i).state, Ok);
        }
        assert!(cfg.check(&st, T0 + 10).is_open());
    }
}
