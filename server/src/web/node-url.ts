/**
 * `node:url` of the web build: the two conversions the server makes between its `file:` URIs
 * (the web client maps the workspace to them) and POSIX paths.
 */
export function fileURLToPath(url: string | URL): string {
  const u = typeof url === 'string' ? new URL(url) : url;
  if (u.protocol !== 'file:') throw new TypeError(`not a file URL: ${u.href}`);
  return decodeURIComponent(u.pathname);
}

export function pathToFileURL(path: string): URL {
  // encodeURI leaves # and ? alone: they would end the path
  return new URL(`file://${encodeURI(path).replace(/[?#]/g, encodeURIComponent)}`);
}

export default { fileURLToPath, pathToFileURL };
