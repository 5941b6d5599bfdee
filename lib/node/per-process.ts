// One instance per process, kept on globalThis: Next may evaluate a module more than once (per
// route bundle, and again on every dev reload), and a second memory store would be a second,
// empty session table.
export function perProcess<T>(name: string, make: () => T): T {
  const key = Symbol.for(`cookie-flow.${name}`)
  const g = globalThis as { [key: symbol]: T | undefined }
  return (g[key] ??= make())
}
