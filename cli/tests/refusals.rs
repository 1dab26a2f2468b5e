//! Mutated inputs, fed to every JSON command: each documented example of
//! docs/cli.md, with one of its values replaced, removed, or joined by an
//! unknown field. Every run ends in a result (exit 0) or a refusal (exit 2)
//! on one line that starts with `pathway-cli: ` and names the field's JSON
//! path; never a crash, and almost never a parser's own words.

use serde_json::{json, Value};

mod support;

/// How many mutations of each example run.
const PER_EXAMPLE: usize = 120;

/// Words that only a JSON parser's fallback message uses: Rust type names
/// and serde's phrasing.
const PARSER_WORDS: [&str; 7] = ["invalid type", "invalid value", " at line ", "struct ", "Json", "identifier", "expected "];

/// A small deterministic generator (xorshift), so a failure can be replayed.
struct Seeded(u64);

impl Seeded {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }
}

/// Every value of `doc`, as a JSON pointer.
fn pointers(doc: &Value, at: String, into: &mut Vec<String>) {
    into.push(at.clone());
    match doc {
        Value::Object(map) => map.iter().for_each(|(k, v)| pointers(v, format!("{at}/{k}"), into)),
        Value::Array(list) => list.iter().enumerate().for_each(|(i, v)| pointers(v, format!("{at}/{i}"), into)),
        _ => {}
    }
}

fn mutate(doc: &Value, random: &mut Seeded) -> String {
    let mut doc = doc.clone();
    let mut all = Vec::new();
    pointers(&doc, String::new(), &mut all);
    let pointer = all[random.below(all.len())].clone();
    let target = doc.pointer_mut(&pointer).expect("a pointer just listed");
    match random.below(12) {
        0 => *target = json!(1),
        1 => *target = json!("x"),
        2 => *target = Value::Null,
        3 => *target = json!(true),
        4 => *target = json!([1]),
        5 => *target = json!({}),
        6 => {
            if let Value::Object(map) = target {
                let keys: Vec<String> = map.keys().cloned().collect();
                if !keys.is_empty() {
                    map.remove(&keys[random.below(keys.len())]);
                }
            }
        }
        7 => {
            if let Value::Object(map) = target {
                map.insert("zz_unknown".into(), json!(1));
            }
        }
        8 => *target = json!(-3),
        9 => *target = json!(2.5),
        10 => *target = json!(1e30),
        _ => {
            let text = doc.to_string();
            return text[..random.below(text.len())].to_string();
        }
    }
    doc.to_string()
}

/// The documented examples with one input: (arguments, input).
fn examples() -> Vec<(Vec<&'static str>, Value)> {
    let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/cli.md")).unwrap();
    let mut found = Vec::new();
    for part in doc.split("<!-- example ").skip(1) {
        let (header, body) = part.split_once("-->").unwrap();
        let args: Vec<&'static str> = match header.split_once(':').unwrap().1.trim() {
            "roi" => vec!["roi", "-"],
            "cost" => vec!["cost", "-"],
            "simulate" => vec!["simulate", "-"],
            "plan schedule" => vec!["plan", "schedule", "-"],
            _ => continue,
        };
        let block = body.split("```json").nth(1).unwrap().split("```").next().unwrap();
        found.push((args, serde_json::from_str(block).unwrap()));
    }
    found
}

fn run(args: &[&str], input: &str) -> (Option<i32>, String) {
    let output = support::run_with_input(args, input);
    (output.status.code(), String::from_utf8_lossy(&output.stderr).into_owned())
}

#[test]
fn mutated_inputs_are_refused_by_their_field_in_plain_words() {
    let examples = examples();
    let commands: std::collections::BTreeSet<&str> = examples.iter().map(|(args, _)| args[0]).collect();
    assert_eq!(commands.len(), 4, "roi, cost, simulate and plan schedule each have an example: {commands:?}");
    let mut random = Seeded(0x5eed_2026);
    let (mut refused, mut in_parser_words) = (0usize, Vec::new());
    for (args, example) in &examples {
        for _ in 0..PER_EXAMPLE {
            let input = mutate(example, &mut random);
            let (code, stderr) = run(args, &input);
            match code {
                Some(0) => {}
                Some(2) => {
                    refused += 1;
                    assert_eq!(stderr.lines().count(), 1, "{args:?} {input}: one line, got {stderr}");
                    let line = stderr.trim_end();
                    let rest = line.strip_prefix("pathway-cli: ").unwrap_or_else(|| panic!("{args:?} {input}: no prefix in {line}"));
                    let (field, why) = rest.split_once(": ").unwrap_or_else(|| panic!("{args:?} {input}: no field in {line}"));
                    assert!(!field.is_empty() && !why.is_empty(), "{line}");
                    if PARSER_WORDS.iter().any(|w| why.contains(w)) {
                        in_parser_words.push(line.to_string());
                    }
                }
                other => panic!("{args:?} {input}: exit {other:?}, {stderr}"),
            }
        }
    }
    let share = 100.0 * in_parser_words.len() as f64 / refused.max(1) as f64;
    eprintln!("{refused} refusals, {} ({share:.1}%) in a parser's words", in_parser_words.len());
    for line in in_parser_words.iter().take(10) {
        eprintln!("  {line}");
    }
    assert!(refused > 100, "only {refused} mutations were refused");
    assert!(share <= 5.0, "{share:.1}% of refusals fall back to a parser's message: {in_parser_words:#?}");
}
