//! Costs & ROI: what the move costs and when it pays back, on the catalog's
//! and the user's figures.
//!
//! - `cost.rs`: certification cost of ownership as dated events (USD exact,
//!   converted, rounded per event); fields left out come from the catalog.
//! - `compare.rs`: certifications side by side in the user's currency.
//! - `candidates.rs`: which certification first, by the rule of the exact
//!   payback, then the cost.
//! - `cushion.rs`: the months of expenses advised before she moves.
//! - `form.rs`: the Costs & ROI form's typed fields, each read by its kind.
//! - `simulate.rs`: the ranges under uncertainty (contract in `docs/cli.md`).
//! - `numbers.rs`: a story's figures (exact ROI with costs added, spending,
//!   simulation), which the story and its sentences both read.
//! - `prefill.rs`: the Costs & ROI input prefilled from the profile and a
//!   placed plan (the one input every money figure starts from).
//! - `story.rs`: that input's exact ROI, costs, ranges and charts.
//! - `summary.rs`: that story in sentences (message keys and figures).
//! - `charts.rs`: the three money charts as SVG.
//!
//! The arithmetic underneath (amounts, rates, the exact ROI) is [`crate::money`].

pub mod candidates;
pub mod charts;
pub mod compare;
pub mod cost;
pub mod cushion;
pub mod form;
pub mod numbers;
pub mod prefill;
pub mod simulate;
pub mod story;
pub mod summary;
