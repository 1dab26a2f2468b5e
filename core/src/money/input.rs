//! Reading calculator inputs exactly. Numbers arrive as JSON text
//! (`serde_json::value::RawValue`) and are parsed straight into
//! `rust_decimal::Decimal`, so "1003.30" is 1003.30 and never the nearest
//! binary fraction. Every refusal names its field and the allowed range.

use rust_decimal::prelude::*;
use serde_json::value::RawValue;

/// A refused input: the field's path (`one_off_costs[2].month`) and why.
/// Where a rule of this module refused it, `rule` names it (the UI's
/// `validation.<rule>`: `required`, `range`, `whole_number`, `not_a_number`)
/// and `params` holds its values, so the window words it in its own language.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{field}: {message}")]
pub struct InputError {
    pub field: String,
    pub message: String,
    pub rule: Option<&'static str>,
    pub params: std::collections::BTreeMap<&'static str, String>,
}

impl InputError {
    pub fn new(field: impl Into<String>, message: impl Into<String>) -> Self {
        InputError { field: field.into(), message: message.into(), rule: None, params: Default::default() }
    }

    /// The same refusal, made by `rule` with these values.
    fn by_rule(mut self, rule: &'static str, params: &[(&'static str, String)]) -> Self {
        self.rule = Some(rule);
        self.params = params.iter().cloned().collect();
        self
    }

    /// The same refusal, made by `rule`, which has no values.
    pub fn with_rule(self, rule: &'static str) -> Self {
        self.by_rule(rule, &[])
    }

    /// The same refusal under a parent object: `study_months` within `roi`.
    pub fn within(self, parent: &str) -> Self {
        InputError { field: format!("{parent}.{}", self.field), ..self }
    }
}

pub type Raw = Option<Box<RawValue>>;

/// Reads a JSON document as `T`. A refusal names the JSON path of the field
/// at fault (`one_off_costs[0].month`, or `input` for the document itself)
/// and says what is allowed in plain words, never in Rust's type names.
pub fn from_json<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, InputError> {
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let value: T = serde_path_to_error::deserialize(&mut deserializer).map_err(|error| {
        let path = error.path().to_string();
        refusal(if path == "." { None } else { Some(path) }, error.inner())
    })?;
    deserializer.end().map_err(|error| refusal(None, &error))?;
    Ok(value)
}

/// A JSON parser's complaint about the field at `path`, in words.
fn refusal(path: Option<String>, error: &serde_json::Error) -> InputError {
    use serde_json::error::Category;
    let at = |path: &Option<String>| path.clone().unwrap_or_else(|| "input".into());
    let place = format!("line {}, column {}", error.line(), error.column());
    match error.classify() {
        Category::Syntax => InputError::new(at(&path), format!("is not valid JSON ({place})")),
        Category::Eof => InputError::new(at(&path), format!("ends before the JSON is complete ({place})")),
        Category::Io => InputError::new(at(&path), "could not be read"),
        Category::Data => data_refusal(path, &error.to_string()),
    }
}

/// serde's data errors ("invalid type: integer `1`, expected a string at
/// line 1 column 9") said as "must be text, got the number 1".
fn data_refusal(path: Option<String>, text: &str) -> InputError {
    let text = text.rsplit_once(" at line ").map_or(text, |(message, _)| message);
    // A missing field's path is its object's; an unknown one's is already its own.
    let child = |name: &str| match &path {
        Some(p) if p == name || p.ends_with(&format!(".{name}")) => p.clone(),
        Some(p) => format!("{p}.{name}"),
        None => name.to_string(),
    };
    let quoted = |s: &str| s.split('`').nth(1).unwrap_or("").to_string();
    // "…, expected one of `a`, `b`" said as "a, b".
    let allowed = |rest: &str| {
        rest.split_once("expected ").map_or(String::new(), |(_, list)| list.replace('`', "").trim_start_matches("one of ").to_string())
    };
    let at = path.clone().unwrap_or_else(|| "input".into());
    if let Some(rest) = text.strip_prefix("missing field ") {
        return InputError::new(child(&quoted(rest)), "is required");
    }
    if let Some(rest) = text.strip_prefix("unknown field ") {
        return InputError::new(child(&quoted(rest)), format!("is not a field here; the fields are {}", allowed(rest)));
    }
    if let Some(rest) = text.strip_prefix("duplicate field ") {
        return InputError::new(child(&quoted(rest)), "appears twice");
    }
    if let Some(rest) = text.strip_prefix("unknown variant ") {
        return InputError::new(at, format!("must be one of {}, got {:?}", allowed(rest), quoted(rest)));
    }
    for prefix in ["invalid type: ", "invalid value: "] {
        if let Some((got, expected)) = text.strip_prefix(prefix).and_then(|rest| rest.split_once(", expected ")) {
            return InputError::new(at, format!("must be {}, got {}", expected_in_words(expected), got_in_words(got)));
        }
    }
    if let Some((got, expected)) = text.strip_prefix("invalid length ").and_then(|rest| rest.split_once(", expected ")) {
        return InputError::new(at, format!("must be {}, got {got} items", expected_in_words(expected)));
    }
    InputError::new(at, text.to_string())
}

/// What serde expected, as a user would say it.
fn expected_in_words(expected: &str) -> String {
    let word = expected.trim();
    if word.starts_with("struct ") || word == "a map" || word == "map" {
        return "an object".into();
    }
    match word {
        "a sequence" | "sequence" => "a list".into(),
        "a string" | "string" | "a borrowed string" => "text in quotes".into(),
        "a boolean" | "bool" => "true or false".into(),
        "u8" | "u16" | "u32" | "u64" | "usize" | "i32" | "i64" => "a whole number".into(),
        "f32" | "f64" => "a number".into(),
        "any valid JSON value" => "a JSON value".into(),
        other if other.starts_with("variant identifier") => "one of the allowed words".into(),
        other if other.starts_with("enum ") => "one of the allowed words".into(),
        other => other.to_string(),
    }
}

/// What the document held, as a user would say it.
fn got_in_words(got: &str) -> String {
    let inner = |s: &str| s.split('`').nth(1).unwrap_or(s).to_string();
    match got.split_whitespace().next().unwrap_or("") {
        "integer" | "floating" => format!("the number {}", inner(got)),
        "string" => format!("the text {}", got.trim_start_matches("string ")),
        "boolean" => inner(got),
        "map" => "an object".into(),
        "sequence" => "a list".into(),
        "null" | "unit" => "null".into(),
        _ => got.to_string(),
    }
}

/// Parses a JSON number's text exactly. Strings, booleans and nulls are refused.
pub fn decimal(field: &str, raw: &RawValue) -> Result<Decimal, InputError> {
    let text = raw.get().trim();
    let parsed = if text.contains(['e', 'E']) { Decimal::from_scientific(text) } else { Decimal::from_str_exact(text) };
    parsed.map_err(|_| InputError::new(field, format!("must be a number, got {text}")).by_rule("not_a_number", &[]))
}

/// A decimal in `[min, max]`, or `default` when absent.
pub fn number(field: &str, raw: &Raw, default: Option<Decimal>, min: Decimal, max: Decimal) -> Result<Decimal, InputError> {
    let value = match raw {
        Some(raw) => decimal(field, raw)?,
        None => return default.ok_or_else(|| required(field)),
    };
    if value < min || value > max {
        let message = format!("must be from {} to {}, got {value}", show(min), show(max));
        return Err(InputError::new(field, message).by_rule("range", &[("min", show(min)), ("max", show(max))]));
    }
    Ok(value)
}

/// A whole number in `[min, max]`, or `default` when absent.
pub fn whole(field: &str, raw: &Raw, default: Option<u32>, min: u32, max: u32) -> Result<u32, InputError> {
    let range =
        |message: String| InputError::new(field, message).by_rule("whole_number", &[("min", min.to_string()), ("max", max.to_string())]);
    let value = match raw {
        Some(raw) => decimal(field, raw).map_err(|_| range(format!("must be a whole number from {min} to {max}")))?,
        None => return default.ok_or_else(|| required(field)),
    };
    if value.fract() != Decimal::ZERO || value < Decimal::from(min) || value > Decimal::from(max) {
        return Err(range(format!("must be a whole number from {min} to {max}, got {value}")));
    }
    Ok(value.to_u32().expect("checked to be within a u32 range"))
}

fn required(field: &str) -> InputError {
    InputError::new(field, "is required").by_rule("required", &[])
}

/// `1e9` as `1,000,000,000`, for messages.
fn show(value: Decimal) -> String {
    let text = value.normalize().to_string();
    let (whole, fraction) = text.split_once('.').map_or((text.as_str(), None), |(w, f)| (w, Some(f)));
    let negative = whole.starts_with('-');
    let digits = whole.trim_start_matches('-');
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    let sign = if negative { "-" } else { "" };
    fraction.map_or(format!("{sign}{grouped}"), |f| format!("{sign}{grouped}.{f}"))
}

/// Rounds to the minor unit, half away from zero.
pub fn round_minor(value: Decimal) -> Decimal {
    value.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
}

/// Serializes a decimal as a JSON number with its exact digits.
pub fn serialize_decimal<S: serde::Serializer>(value: &Decimal, serializer: S) -> Result<S::Ok, S::Error> {
    use serde::Serialize;
    let raw = RawValue::from_string(value.to_string()).map_err(serde::ser::Error::custom)?;
    raw.serialize(serializer)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(text: &str) -> Raw {
        Some(RawValue::from_string(text.to_string()).unwrap())
    }

    #[test]
    fn numbers_are_read_exactly() {
        assert_eq!(decimal("x", &raw("1003.30").unwrap()).unwrap().to_string(), "1003.30");
        assert_eq!(decimal("x", &raw("1e3").unwrap()).unwrap(), Decimal::from(1000));
        assert_eq!(decimal("x", &raw("0.1").unwrap()).unwrap() * Decimal::from(3), Decimal::from_str_exact("0.3").unwrap());
    }

    #[test]
    fn refusals_name_the_field_and_the_range() {
        let error = number("savings", &raw("-1"), None, Decimal::ZERO, Decimal::from(1_000_000_000_000i64)).unwrap_err();
        assert_eq!(error.to_string(), "savings: must be from 0 to 1,000,000,000,000, got -1");
        assert_eq!(
            whole("study_months", &raw("2.5"), None, 0, 600).unwrap_err().to_string(),
            "study_months: must be a whole number from 0 to 600, got 2.5"
        );
        assert_eq!(whole("t", &raw("\"12\""), None, 0, 600).unwrap_err().to_string(), "t: must be a whole number from 0 to 600");
        assert_eq!(number("s", &None, None, Decimal::ZERO, Decimal::ONE).unwrap_err().to_string(), "s: is required");
        assert_eq!(whole("h", &None, Some(60), 1, 600).unwrap(), 60);
    }

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Doc {
        items: Vec<Item>,
        name: Option<String>,
    }

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Item {
        month: Raw,
        label: String,
    }

    #[test]
    fn a_json_refusal_names_the_path_and_never_a_rust_type() {
        let refused = |text: &str| from_json::<Doc>(text).unwrap_err();
        let e = refused(r#"{"items": [{"month": 1, "label": "a"}, 1]}"#);
        assert_eq!((e.field.as_str(), e.message.as_str()), ("items[1]", "must be an object, got the number 1"));
        let e = refused(r#"{"items": [{"month": 1, "label": 7}]}"#);
        assert_eq!((e.field.as_str(), e.message.as_str()), ("items[0].label", "must be text in quotes, got the number 7"));
        let e = refused(r#"{"items": [{"month": 1}]}"#);
        assert_eq!((e.field.as_str(), e.message.as_str()), ("items[0].label", "is required"));
        let e = refused(r#"{"items": [], "nmae": "x"}"#);
        assert_eq!(e.field, "nmae");
        assert!(e.message.starts_with("is not a field here; the fields are"), "{}", e.message);
        assert!(e.message.contains("items") && e.message.contains("name") && !e.message.contains('`'), "{}", e.message);
        let e = refused(r#"{"items": "#);
        assert_eq!(e.field, "items");
        assert!(e.message.starts_with("ends before the JSON is complete"), "{}", e.message);
        let e = refused(r#"{"items": []} x"#);
        assert_eq!(e.field, "input");
        assert!(e.message.starts_with("is not valid JSON"), "{}", e.message);
        let e = refused("5");
        assert_eq!((e.field.as_str(), e.message.as_str()), ("input", "must be an object, got the number 5"));
        let ok = from_json::<Doc>(r#"{"items": [{"month": 1.50, "label": "a"}]}"#).unwrap();
        assert_eq!(ok.items[0].month.as_ref().unwrap().get(), "1.50", "a raw number keeps its text through the path tracker");
    }

    #[test]
    fn rounding_is_half_away_from_zero() {
        let d = |s: &str| Decimal::from_str_exact(s).unwrap();
        assert_eq!(round_minor(d("1003.30") * d("1.05")), d("1053.47"), "1053.465 → 1053.47");
        assert_eq!(round_minor(d("-1053.465")), d("-1053.47"));
        assert_eq!(round_minor(d("2.004")), d("2.00"));
    }
}
