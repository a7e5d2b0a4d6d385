// The app is a client-only static site: DuckDB-Wasm runs in the browser, never on a server.
export const ssr = false;
export const prerender = false;
