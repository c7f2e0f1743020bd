import { z } from 'zod';

// zod compiles fast parsers with `new Function` after probing whether eval is allowed; under the
// site's Content-Security-Policy that probe is itself reported as a violation. Imported first by
// the calculator's script, before any schema is built.
z.config({ jitless: true });
