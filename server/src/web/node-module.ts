/**
 * `node:module` of the web build: a browser has no node_modules, so a config's `extends`
 * naming a package finds no folder and the resolver reports the package as missing.
 */
export function createRequire(_from: string): { resolve: ((id: string) => string) & { paths(id: string): string[] } } {
  const resolve = (id: string): string => {
    throw Object.assign(new Error(`Cannot find module '${id}'`), { code: 'MODULE_NOT_FOUND' });
  };
  return { resolve: Object.assign(resolve, { paths: (): string[] => [] }) };
}

export default { createRequire };
