// Zod 4 probes `new Function` to speed up parsing; our Content-Security-Policy forbids eval, so the
// browser entry switches Zod to jitless mode before any schema is built.
import { z } from 'zod';

z.config({ jitless: true });
