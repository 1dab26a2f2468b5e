//! The UI's declarations, `ui/js/protocol.d.ts`, are generated from the Rust
//! types and the one list of commands (`src/command_list.rs`). This test
//! fails when the file is not what the types say now; run it with
//! `PATHWAY_WRITE_PROTOCOL=1` (or `cargo xtask protocol`) to write it again.
//! `tsc --checkJs` then checks the UI's JavaScript against it.

use std::any::TypeId;
use std::collections::{BTreeMap, HashSet};
use std::path::PathBuf;

use ts_rs::{Config, TypeVisitor, TS};

/// Collects the declaration of every named type reachable from the commands.
struct Declarations<'a> {
    cfg: &'a Config,
    seen: HashSet<TypeId>,
    by_name: BTreeMap<String, String>,
    clashes: Vec<String>,
}

impl TypeVisitor for Declarations<'_> {
    fn visit<T: TS + 'static + ?Sized>(&mut self) {
        if !self.seen.insert(TypeId::of::<T>()) {
            return;
        }
        if T::output_path().is_some() {
            let name = T::ident(self.cfg);
            let decl = format!("{}export {}", T::docs().unwrap_or_default(), T::decl(self.cfg));
            match self.by_name.get(&name) {
                Some(existing) if *existing != decl => self.clashes.push(name),
                Some(_) => {}
                None => {
                    self.by_name.insert(name, decl);
                }
            }
        }
        T::visit_dependencies(self);
        T::visit_generics(self);
    }
}

/// One command's line of the `Commands` interface.
struct Command {
    name: &'static str,
    args: Vec<(String, String, bool)>,
    result: String,
}

macro_rules! collect {
    (
        commands { $( $name:ident {$($ctx:ident),*} ($($arg:ident : $ty:ty),*) -> $ret:ty; )* }
        e2e { $( $e2e:ident {$($e2e_ctx:ident),*} ($($e2e_arg:ident : $e2e_ty:ty),*) -> $e2e_ret:ty; )* }
    ) => {
        fn collect(declarations: &mut Declarations) -> Vec<Command> {
            let cfg = declarations.cfg;
            let mut commands = Vec::new();
            $(
                declarations.visit::<$ret>();
                $( declarations.visit::<$ty>(); )*
                commands.push(Command {
                    name: stringify!($name),
                    args: vec![$( (camel_case(stringify!($arg)), <$ty as TS>::name(cfg), <$ty as TS>::IS_OPTION) ),*],
                    result: <$ret as TS>::name(cfg),
                });
            )*
            commands
        }
    };
}

pathway_app::with_commands!(collect);

/// Tauri's page-side names for a command's arguments.
fn camel_case(snake: &str) -> String {
    let mut out = String::new();
    let mut upper = false;
    for c in snake.chars() {
        match c {
            '_' => upper = true,
            c if upper => {
                out.extend(c.to_uppercase());
                upper = false;
            }
            c => out.push(c),
        }
    }
    out
}

fn generate() -> String {
    // JSON numbers: the page reads every integer as a number (amounts in minor units stay far below 2^53).
    let cfg = Config::new().with_large_int("number");
    let mut declarations = Declarations { cfg: &cfg, seen: HashSet::new(), by_name: BTreeMap::new(), clashes: Vec::new() };
    let commands = collect(&mut declarations);
    declarations.visit::<pathway_app::error::CommandError>();
    assert!(
        declarations.clashes.is_empty(),
        "two Rust types share a TypeScript name; rename one with #[ts(rename)]: {:?}",
        declarations.clashes
    );

    let mut out = String::from(
        "// Generated from the Rust types by src-tauri/tests/protocol.rs: do not edit.\n\
         // `cargo xtask protocol` writes it again; `cargo xtask test` fails while it is stale.\n\n",
    );
    for decl in declarations.by_name.values() {
        out.push_str(decl);
        out.push_str("\n\n");
    }
    // Code lists the core keeps as constants rather than enums.
    let union = |codes: &[&str]| codes.iter().map(|code| format!("{code:?}")).collect::<Vec<_>>().join(" | ");
    out.push_str(&format!(
        "/** The BPO strengths an assessment rates, in the core's order (`assessment::BPO_SKILLS`). */\nexport type BpoSkill = {};\n\n",
        union(&pathway_core::assessment::BPO_SKILLS)
    ));
    out.push_str("/** Every command the page may call: the arguments it sends, and what it gets back. */\nexport interface Commands {\n");
    for command in &commands {
        let args: Vec<String> =
            command.args.iter().map(|(name, ty, optional)| format!("{name}{}: {ty}", if *optional { "?" } else { "" })).collect();
        let args = if args.is_empty() { "Record<string, never>".to_string() } else { format!("{{ {} }}", args.join(", ")) };
        out.push_str(&format!("  {}: {{ args: {args}, result: {} }};\n", command.name, command.result));
    }
    out.push_str("}\n\nexport type CommandName = keyof Commands;\n");
    out
}

fn declarations_file() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../ui/js/protocol.d.ts")
}

#[test]
fn the_uis_declarations_are_generated_from_the_rust_types() {
    let generated = generate();
    let path = declarations_file();
    if std::env::var_os("PATHWAY_WRITE_PROTOCOL").is_some() {
        std::fs::write(&path, &generated).expect("ui/js/protocol.d.ts can be written");
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(committed == generated, "ui/js/protocol.d.ts is stale: run `cargo xtask protocol` and commit it");
}

#[test]
fn every_command_of_the_list_is_in_the_declarations_and_the_handler() {
    let text = generate();
    for name in pathway_app::protocol::COMMANDS {
        assert!(text.contains(&format!("\n  {name}: {{ args:")), "{name} is missing from Commands");
    }
}

/// The UI words every refusal by its code; a code without words would reach
/// the user as "Something went wrong". Every code the core and the shell can
/// emit is in `ErrorCode::ALL`, so a new one fails here until it has words.
#[test]
fn every_error_code_has_words_in_the_ui() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../ui/i18n/en.json");
    let messages: serde_json::Map<String, serde_json::Value> = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let missing: Vec<&str> = pathway_core::codes::ErrorCode::ALL
        .iter()
        .map(|code| code.as_str())
        .filter(|code| messages.get(&format!("error.code.{code}")).and_then(|words| words.as_str()).is_none_or(str::is_empty))
        .collect();
    assert!(missing.is_empty(), "ui/i18n/en.json has no error.code.<code> for {missing:?}");
    assert!(pathway_core::codes::ErrorCode::ALL.len() >= 60);
}
