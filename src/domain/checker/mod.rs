//! The checker: the answers contract, the rule table and its sources, the contributing
//! factors, the assessment that joins them, and the wizard that collects the answers.
pub mod answers;
pub mod assessment;
pub mod check_record;
pub mod factors;
pub mod flow;
pub mod rules;
#[cfg(not(target_arch = "wasm32"))]
pub mod rules_doc;
