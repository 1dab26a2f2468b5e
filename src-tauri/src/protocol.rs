//! The commands, made from their one list (`command_list.rs`): the handler
//! the builder registers, the names the wiring tests check, and a check, at
//! compile time, that each line of the list is its command's signature. The
//! permission set the main capability grants is made from the same list by
//! `build.rs`, and the UI's declarations by `tests/protocol.rs`.

use tauri::ipc::Invoke;
use tauri::Runtime;

use crate::commands;

/// A value of any type, for the signature check: it only has to type-check,
/// and it never runs.
#[allow(dead_code)]
fn value<T>() -> T {
    unreachable!("the signature check is never called")
}

/// What Tauri injects, by the name the list gives it.
macro_rules! context {
    (app) => {
        value::<tauri::AppHandle<R>>()
    };
    (state) => {
        value::<tauri::State<'_, crate::state::AppState>>()
    };
    (window) => {
        value::<tauri::WebviewWindow<R>>()
    };
}

macro_rules! from_the_list {
    (
        commands { $( $name:ident {$($ctx:ident),*} ($($arg:ident : $ty:ty),*) -> $ret:ty; )* }
        e2e { $( $e2e:ident {$($e2e_ctx:ident),*} ($($e2e_arg:ident : $e2e_ty:ty),*) -> $e2e_ret:ty; )* }
    ) => {
        /// Every command of the release build, as the page names it.
        pub const COMMANDS: &[&str] = &[$(stringify!($name)),*];

        /// The test build's extra commands (`--features e2e`).
        pub const E2E_COMMANDS: &[&str] = &[$(stringify!($e2e)),*];

        #[cfg(not(feature = "e2e"))]
        pub(crate) fn handler<R: Runtime>() -> impl Fn(Invoke<R>) -> bool + Send + Sync + 'static {
            tauri::generate_handler![$(commands::$name),*]
        }

        #[cfg(feature = "e2e")]
        pub(crate) fn handler<R: Runtime>() -> impl Fn(Invoke<R>) -> bool + Send + Sync + 'static {
            tauri::generate_handler![$(commands::$name,)* $(commands::$e2e),*]
        }

        /// Fails to compile when a line of the list is not its command's signature.
        #[allow(dead_code, clippy::diverging_sub_expression)]
        async fn the_list_is_each_commands_signature<R: Runtime>() {
            $( let _: Result<$ret, crate::error::CommandError> = commands::$name($(context!($ctx),)* $(value::<$ty>()),*).await; )*
            #[cfg(feature = "e2e")]
            { $( let _: Result<$e2e_ret, crate::error::CommandError> = commands::$e2e($(context!($e2e_ctx),)* $(value::<$e2e_ty>()),*).await; )* }
        }
    };
}

crate::with_commands!(from_the_list);
