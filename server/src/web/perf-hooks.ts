/** `node:perf_hooks` of the web build: the worker's own clock. */
export const performance: { now(): number } = globalThis.performance;
export default { performance };
