//! When an unlocked diary locks itself: after 15 minutes without use, or once the page has
//! been out of sight for 5 minutes (a phone put down, a tab left behind on a shared computer).
//! Times are milliseconds on the page's clock.

pub const IDLE_LOCK_MS: f64 = 15.0 * 60_000.0;
pub const HIDDEN_LOCK_MS: f64 = 5.0 * 60_000.0;

/// What the lock watches since it was unlocked.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Activity {
    last_use_ms: f64,
    hidden_since_ms: Option<f64>,
}

impl Activity {
    pub fn new(now_ms: f64) -> Activity {
        Activity {
            last_use_ms: now_ms,
            hidden_since_ms: None,
        }
    }

    /// A key press, a tap or a click inside the widget.
    pub fn used(&mut self, now_ms: f64) {
        self.last_use_ms = self.last_use_ms.max(now_ms);
    }

    /// The page was hidden (`true`) or shown again. Only the first hiding counts: a second
    /// `hidden` notice must not restart the five minutes.
    pub fn hidden(&mut self, hidden: bool, now_ms: f64) {
        match (hidden, self.hidden_since_ms) {
            (true, None) => self.hidden_since_ms = Some(now_ms),
            (false, _) => self.hidden_since_ms = None,
            (true, Some(_)) => {}
        }
    }

    /// Whether the diary should lock now. Timers in hidden pages are slowed or stopped, so the
    /// page asks this again when it is shown, and the hidden time counts up to that moment.
    pub fn should_lock(&self, now_ms: f64) -> bool {
        let idle = now_ms - self.last_use_ms >= IDLE_LOCK_MS;
        let hidden = self
            .hidden_since_ms
            .is_some_and(|since| now_ms - since >= HIDDEN_LOCK_MS);
        idle || hidden
    }
}
