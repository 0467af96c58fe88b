/** The worker script (dist/web-server.js): serve on the worker's own scope. */
import { startWebServer } from './web-server.js';

declare const self: Parameters<typeof startWebServer>[0];
startWebServer(self);
