//! The repeat-offender ladder around screening: a user in cooldown or blocked gets
//! `block` without further screening; every other verdict is recorded and carries
//! `enforcement`. The state is a small value the host stores (see [`OffenderState`]).

use crate::guard::Guard;
use crate::ladder::{Gate, LadderConfig, OffenderState};
use crate::verdict::{Action, EnforcementState, Verdict};

impl Guard {
    /// The policy's ladder (`[ladder]`), validated; the defaults when it has none.
    pub fn ladder_config(&self) -> Result<LadderConfig, crate::Error> {
        LadderConfig::from_value(&self.policy().data().ladder).map_err(|e| crate::Error::policy(e).with_rule("ladder"))
    }

    /// Runs `screen` for a user whose ladder state is `state`, at time `now_s`.
    pub fn screen_enforced(&self, ladder: &LadderConfig, state: &mut OffenderState, now_s: u64, screen: impl FnOnce() -> Verdict) -> Verdict {
        match ladder.check(state, now_s) {
            Gate::Closed { enforcement, message } => {
                let mut v = self.failure_verdict(crate::Direction::Prompt, &crate::Error::input("blocked"));
                v.action = Action::Block;
                v.forward = false;
                v.message = Some(message);
                v.failure = None;
                v.enforcement = Some(enforcement);
                v
            }
            Gate::Open(_) => {
                let mut v = screen();
                let severity = v.categories.iter().map(|c| self.policy().category(*c).severity).max().unwrap_or(1);
                let e = ladder.record(state, v.action, severity, now_s);
                if v.action == Action::Refuse && e.state == EnforcementState::Warned {
                    if let (Some(m), Some(w)) = (v.message.as_mut(), ladder.message_for(EnforcementState::Warned)) {
                        m.push_str("\n\n");
                        m.push_str(w);
                    }
                }
                v.enforcement = Some(e);
                v
            }
        }
    }
}
