//! Declares the app's own commands, so that each one is denied to the webview
//! unless a capability grants it (least privilege; see capabilities/). The
//! names come from the one list, `src/command_list.rs`; from it this script
//! also writes the permission set `app-commands` that the main capability
//! grants, so a new command is granted by adding its line to the list.

include!("src/command_list.rs");

macro_rules! names {
    (
        commands { $( $name:ident {$($ctx:ident),*} ($($arg:ident : $ty:ty),*) -> $ret:ty; )* }
        e2e { $( $e2e:ident {$($e2e_ctx:ident),*} ($($e2e_arg:ident : $e2e_ty:ty),*) -> $e2e_ret:ty; )* }
    ) => {
        (&[$(stringify!($name)),*], &[$(stringify!($e2e)),*])
    };
}

const LISTS: (&[&str], &[&str]) = with_commands!(names);

fn main() {
    let (commands, e2e_commands) = LISTS;
    let mut declared: Vec<&str> = commands.to_vec();
    if std::env::var_os("CARGO_FEATURE_E2E").is_some() {
        declared.extend_from_slice(e2e_commands);
    }
    println!("cargo:rerun-if-changed=src/command_list.rs");
    let permissions = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("permissions");
    std::fs::create_dir_all(&permissions).expect("the permissions folder can be made");
    std::fs::write(permissions.join("app-commands.toml"), permission_set(commands)).expect("the permission set can be written");
    let pattern: &'static str = Box::leak(format!("{}/*.toml", permissions.display()).into_boxed_str());
    let manifest = tauri_build::AppManifest::new().commands(Box::leak(declared.into_boxed_slice())).permissions_path_pattern(pattern);
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(manifest)).expect("tauri-build failed");
}

/// Every release command, allowed: the set `capabilities/main.json` grants.
fn permission_set(commands: &[&str]) -> String {
    let allowed: Vec<String> = commands.iter().map(|name| format!("  \"allow-{}\",", name.replace('_', "-"))).collect();
    format!(
        "# Written by build.rs from src/command_list.rs.\n[[set]]\nidentifier = \"app-commands\"\ndescription = \"Every command of Pathway's window, and nothing else.\"\npermissions = [\n{}\n]\n",
        allowed.join("\n")
    )
}
