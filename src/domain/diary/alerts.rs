//! What in the diary calls for help: a long cramp, warning words in a note (`notes`), or a
//! week with cramps on three or more nights, each named by the checker rule that says the
//! same, and grouped into one card per level.
use crate::domain::checker::rules::{Citation, Rule, RuleId, TriageLevel};
use crate::domain::date::CalendarDate;
use crate::domain::diary::entry::{display_order, DiaryEntry, EntryId, Relief};
use crate::domain::diary::notes::{scan_note, NoteFinding};
use crate::domain::diary::stats::weekly_trend;
use crate::domain::small_collections::sort_small_by;

/// A cramp longer than this gets medical advice the same day (checker rule U3, NHS).
pub const LONG_CRAMP_MIN: u16 = 10;
/// NICE-CKS: cramps on three or more nights a week are worth a GP appointment.
pub const SEE_DOCTOR_NIGHTS_PER_WEEK: u8 = 3;
/// How far back alerts look. Older entries still count in trends and summaries, but a long
/// cramp from last year should not make today's advice "urgent".
pub const ALERT_WEEKS: usize = 12;

/// Something in the diary the patient should act on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DiaryAlert {
    /// A cramp that lasted over 10 minutes and that stretching did not ease: medical advice
    /// today (checker rule U3).
    LongCramp { entry: EntryId, night: CalendarDate },
    /// A cramp over 10 minutes that eased with stretching: worth telling the doctor (G13).
    LongCrampEased { entry: EntryId, night: CalendarDate },
    /// The entry's note describes a warning sign, in the words `finding` quotes.
    Note {
        entry: EntryId,
        night: CalendarDate,
        finding: NoteFinding,
    },
    /// The most recent week with cramps on at least three nights (checker rule G1, NICE-CKS).
    SeeDoctor {
        week_start: CalendarDate,
        nights: u8,
    },
}

impl DiaryAlert {
    /// The checker rule that says the same thing, whose level and sources the alert takes.
    pub fn rule(&self) -> RuleId {
        match self {
            DiaryAlert::LongCramp { .. } => RuleId::U3,
            DiaryAlert::LongCrampEased { .. } => RuleId::G13,
            DiaryAlert::Note { finding, .. } => finding.warning.rule(),
            DiaryAlert::SeeDoctor { .. } => RuleId::G1,
        }
    }

    pub fn level(&self) -> TriageLevel {
        Rule::get(self.rule()).level
    }

    pub fn sources(&self) -> &'static [Citation] {
        Rule::get(self.rule()).sources
    }
}

/// Alerts from the last `ALERT_WEEKS` weeks (up to the week containing `today`), most severe
/// level first; within a level newest night first, and an entry's long cramp before what its
/// note says, in the note's order. Of the frequent weeks only the latest is named: one
/// reminder is enough to book an appointment, a dozen would bury the urgent alerts.
pub fn diary_alerts(entries: &[DiaryEntry], today: CalendarDate) -> Vec<DiaryAlert> {
    let trend = weekly_trend(entries, today, ALERT_WEEKS);
    let Some(window_start) = trend.first().map(|week| week.week_start) else {
        return Vec::new();
    };

    let mut recent: Vec<&DiaryEntry> = entries
        .iter()
        .filter(|entry| entry.night >= window_start && entry.night <= today)
        .collect();
    sort_small_by(&mut recent, |a, b| display_order(a, b));

    let mut alerts = Vec::new();
    for entry in recent {
        let (id, night) = (entry.id, entry.night);
        // The checker splits a long cramp by whether stretching eased it; the diary knows from
        // what the patient ticked as easing it. Anything else, or nothing ticked, is the
        // cautious reading.
        if entry.duration_min > LONG_CRAMP_MIN {
            alerts.push(if entry.helped.contains(&Relief::Stretching) {
                DiaryAlert::LongCrampEased { entry: id, night }
            } else {
                DiaryAlert::LongCramp { entry: id, night }
            });
        }
        alerts.extend(
            scan_note(&entry.note)
                .into_iter()
                .map(|finding| DiaryAlert::Note {
                    entry: id,
                    night,
                    finding,
                }),
        );
    }
    if let Some(week) = trend
        .iter()
        .rev()
        .find(|week| week.cramp_nights >= SEE_DOCTOR_NIGHTS_PER_WEEK)
    {
        alerts.push(DiaryAlert::SeeDoctor {
            week_start: week.week_start,
            nights: week.cramp_nights,
        });
    }
    // Stable, so the order above holds within each level.
    sort_small_by(&mut alerts, |a, b| b.level().cmp(&a.level()));
    alerts
}

/// One alert card: the diary's alerts at one level, in `diary_alerts` order. An alert that two
/// entries share (two long cramps on one night, the same words in two notes of one night) is
/// one thing to tell the doctor, so it is listed once.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AlertCard {
    pub level: TriageLevel,
    pub alerts: Vec<DiaryAlert>,
}

impl AlertCard {
    /// The sources of the card's alerts, each once.
    pub fn sources(&self) -> Vec<Citation> {
        let mut cited = Vec::new();
        for &citation in self.alerts.iter().flat_map(DiaryAlert::sources) {
            if !cited.contains(&citation) {
                cited.push(citation);
            }
        }
        cited
    }
}

/// The cards for `alerts` as `diary_alerts` orders them: one per level that has any, most
/// severe first.
pub fn alert_cards(alerts: &[DiaryAlert]) -> Vec<AlertCard> {
    let mut cards: Vec<AlertCard> = Vec::new();
    for alert in alerts {
        let level = alert.level();
        let card = match cards.last_mut() {
            Some(card) if card.level == level => card,
            _ => {
                cards.push(AlertCard {
                    level,
                    alerts: Vec::new(),
                });
                cards.last_mut().expect("just pushed")
            }
        };
        if !card.alerts.iter().any(|shown| news(shown) == news(alert)) {
            card.alerts.push(alert.clone());
        }
    }
    cards
}

/// The alert without the entry it came from: what the card says.
fn news(alert: &DiaryAlert) -> DiaryAlert {
    let mut news = alert.clone();
    if let DiaryAlert::LongCramp { entry, .. }
    | DiaryAlert::LongCrampEased { entry, .. }
    | DiaryAlert::Note { entry, .. } = &mut news
    {
        *entry = EntryId(0);
    }
    news
}
