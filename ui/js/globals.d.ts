// What the page's globals hold beyond the DOM: Tauri's injected IPC (the
// bridge is the only module that reads it). Checked by `tsc -p ui`.
interface Window {
  __TAURI__?: { core?: { invoke?: (command: string, args?: object) => Promise<unknown> } };
}
