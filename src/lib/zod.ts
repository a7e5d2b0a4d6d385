// Zod as the app uses it: without its JIT, which probes `new Function` and so trips the page's
// Content-Security-Policy (scripts/csp.js); the app parses only scenarios and manifests, so speed is not at stake.
import { z } from 'zod';

z.config({ jitless: true });

/** Zod, configured to run under a Content-Security-Policy without 'unsafe-eval'. */
export { z };
