//! The Costs & ROI form's fields, read in as typed. The page sends the
//! prefilled `simulate` input and, for each field the user edited, its path
//! (`roi.study_months`, `cost.certifications.0.exam_month`) and the text
//! typed. Each text is read here by its field's kind ([`kind_of`]) with the
//! one rule of [`crate::typed`], so "1,5" or "abc" is refused by its field
//! before any figure is drawn; the input's own rules (ranges, whole months)
//! then apply as for any input.

use std::collections::BTreeMap;

use rust_decimal::prelude::*;
use serde_json::Value;

use crate::money::input::InputError;
use crate::typed::{self, NumberKind, TypedError};

/// Path → text, as the form holds them.
pub type TypedFields = BTreeMap<String, String>;

/// Which rule reads a field: counts for months, percentages for `…pct`, a
/// rate for the exchange rate, money for the rest (salaries, costs, savings).
pub fn kind_of(path: &str) -> NumberKind {
    let mut segments = path.rsplit('.');
    let last = segments.next().unwrap_or_default();
    let parent = segments.next().unwrap_or_default();
    if last.ends_with("months") || last.ends_with("month") || parent.ends_with("months") {
        NumberKind::Count
    } else if last.ends_with("pct") {
        NumberKind::Percent
    } else if last == "usd_to_currency" {
        NumberKind::Rate
    } else {
        NumberKind::Money
    }
}

/// `input` with each typed field read in. The form has one target salary (the
/// most likely one) and one horizon, so the ROI's target follows
/// `target_monthly_salary.mode` and the costs' horizon follows the ROI's.
pub fn apply(input: &Value, typed: &TypedFields) -> Result<Value, InputError> {
    let mut input = input.clone();
    for (path, text) in typed {
        let value = read(path, text)?;
        *slot(&mut input, path)? = value;
    }
    follow(&mut input, "target_monthly_salary.mode", "roi.target_monthly_salary");
    if input.get("cost").is_some_and(Value::is_object) {
        follow(&mut input, "roi.horizon_months", "cost.horizon_months");
    }
    Ok(input)
}

/// One field's text as a JSON number, or null when it was emptied (the
/// input's rules then use its default or say it is required).
fn read(path: &str, text: &str) -> Result<Value, InputError> {
    let kind = kind_of(path);
    let refused = |error: TypedError| {
        let refusal = InputError::new(path, error.to_string());
        // The form words a money field that is not a number as the profile does.
        let rule = error.rule().or(matches!(error, TypedError::NotANumber(NumberKind::Money)).then_some("not_a_number"));
        match rule {
            Some(rule) => refusal.with_rule(rule),
            None => refusal,
        }
    };
    let Some(units) = typed::read(kind, text).map_err(refused)? else { return Ok(Value::Null) };
    let exact = Decimal::new(units, kind.decimals());
    // A JSON number travels as a binary double: keep only those that come back as the very digits typed.
    let number = exact.to_f64().and_then(serde_json::Number::from_f64).filter(|n| Decimal::from_str(&n.to_string()).ok() == Some(exact));
    number.map(Value::Number).ok_or_else(|| refused(TypedError::TooLarge))
}

/// The place `path` names in `input`, made when it is missing; a step into
/// something that is not an object or a list is refused by its path.
fn slot<'a>(input: &'a mut Value, path: &str) -> Result<&'a mut Value, InputError> {
    let mut node = input;
    for key in path.split('.') {
        node = match node {
            Value::Object(map) => map.entry(key).or_insert(Value::Null),
            Value::Array(items) => key.parse::<usize>().ok().and_then(|i| items.get_mut(i)).ok_or_else(|| not_a_field(path))?,
            Value::Null => {
                *node = Value::Object(serde_json::Map::new());
                node.as_object_mut().expect("just made an object").entry(key).or_insert(Value::Null)
            }
            _ => return Err(not_a_field(path)),
        };
    }
    Ok(node)
}

fn not_a_field(path: &str) -> InputError {
    InputError::new(path, "is not a field of the form")
}

fn follow(input: &mut Value, from: &str, to: &str) {
    let value = from.split('.').try_fold(&*input, |node, key| node.get(key)).cloned();
    if let (Some(value), Ok(place)) = (value, slot(input, to)) {
        *place = value;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn typed(pairs: &[(&str, &str)]) -> TypedFields {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn each_field_is_read_by_its_kind() {
        assert_eq!(kind_of("roi.current_monthly_salary"), NumberKind::Money);
        assert_eq!(kind_of("target_monthly_salary.mode"), NumberKind::Money);
        assert_eq!(kind_of("roi.study_months"), NumberKind::Count);
        assert_eq!(kind_of("job_search_months.max"), NumberKind::Count);
        assert_eq!(kind_of("cost.certifications.0.exam_month"), NumberKind::Count);
        assert_eq!(kind_of("cost.sponsorship.pct"), NumberKind::Percent);
        assert_eq!(kind_of("roi.discount_rate_annual_pct"), NumberKind::Percent);
        assert_eq!(kind_of("cost.usd_to_currency"), NumberKind::Rate);
    }

    #[test]
    fn typed_text_is_read_in_exactly_and_the_target_and_horizon_follow() {
        let input = json!({"roi": {"current_monthly_salary": 1, "horizon_months": 60}, "target_monthly_salary": {"mode": 2},
            "cost": {"horizon_months": 60, "certifications": [{"exam_month": 3}]}});
        let fields = typed(&[
            ("roi.current_monthly_salary", "30,000.50"),
            ("target_monthly_salary.mode", "1,00,000"),
            ("roi.horizon_months", "48"),
            ("cost.certifications.0.exam_month", "5"),
            ("cost.usd_to_currency", "58.254321"),
        ]);
        let out = apply(&input, &fields).unwrap();
        assert_eq!(out["roi"]["current_monthly_salary"].to_string(), "30000.5");
        assert_eq!(out["roi"]["target_monthly_salary"], json!(100000.0));
        assert_eq!(out["cost"]["horizon_months"], json!(48.0));
        assert_eq!(out["cost"]["certifications"][0]["exam_month"], json!(5.0));
        assert_eq!(out["cost"]["usd_to_currency"].to_string(), "58.254321");
    }

    #[test]
    fn bad_text_is_refused_by_its_field_with_what_it_allows() {
        let input = json!({"roi": {}});
        let error = apply(&input, &typed(&[("roi.study_months", "1,5")])).unwrap_err();
        assert_eq!((error.field.as_str(), error.rule), ("roi.study_months", Some("comma_as_decimal")));
        let error = apply(&input, &typed(&[("roi.savings", "abc")])).unwrap_err();
        assert_eq!((error.field.as_str(), error.message.as_str()), ("roi.savings", "must be an amount such as 1,500 or 1,500.50"));
        let error = apply(&input, &typed(&[("roi.study_months", "2.5")])).unwrap_err();
        assert_eq!(error.message, "must be a whole number, without decimals");
        let error = apply(&json!({"roi": 5}), &typed(&[("roi.savings", "5")])).unwrap_err();
        assert_eq!(error.message, "is not a field of the form");
    }

    #[test]
    fn an_emptied_field_is_not_given() {
        let out = apply(&json!({"roi": {"savings": 5}}), &typed(&[("roi.savings", " ")])).unwrap();
        assert_eq!(out["roi"]["savings"], Value::Null);
    }

    proptest::proptest! {
        /// Whatever is typed into any field, the form answers: read in, or
        /// refused by that field. It never panics and never drops the text.
        #[test]
        fn any_text_is_read_or_refused_by_its_field(text in ".{0,20}", field in 0usize..5) {
            let path = ["roi.savings", "roi.study_months", "cost.sponsorship.pct", "cost.usd_to_currency", "cost.certifications.0.exam_month"][field];
            let input = json!({"roi": {}, "cost": {"certifications": [{}]}});
            match apply(&input, &typed(&[(path, &text)])) {
                Ok(out) => {
                    let value = path.split('.').try_fold(&out, |node, key| node.get(key).or_else(|| key.parse::<usize>().ok().and_then(|i| node.get(i))));
                    proptest::prop_assert!(value.is_some_and(|v| v.is_number() || (v.is_null() && text.trim().is_empty())), "{:?}", out);
                }
                Err(error) => proptest::prop_assert_eq!(error.field, path),
            }
        }
    }
}
