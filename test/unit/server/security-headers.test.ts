// The security headers a static host must send are written down in three places besides the classroom host:
// public/_headers (copied into dist/ for Netlify and Cloudflare Pages), docs/hosting.md (nginx, Apache) and
// the page's own meta tag. They must say the same as the host, or a deployment is weaker than documented.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../../../src/server/static-files.js';
import { ROOT } from './support.js';

/** The headers of one path block of a _headers file. */
function block(file: string, path: string): Record<string, string> {
  const lines = file.split('\n');
  const start = lines.indexOf(path);
  expect(start).toBeGreaterThanOrEqual(0);
  const headers: Record<string, string> = {};
  for (const line of lines.slice(start + 1)) {
    if (!/^\s+\S/.test(line)) break;
    const [name, ...value] = line.trim().split(':');
    headers[name as string] = value.join(':').trim();
  }
  return headers;
}

describe('the security headers for static hosts', () => {
  const headersFile = readFileSync(join(ROOT, 'public/_headers'), 'utf8');

  it('public/_headers sends every header the classroom host sends, with the same values', () => {
    expect(block(headersFile, '/*')).toEqual(SECURITY_HEADERS);
    expect(block(headersFile, '/assets/*')).toEqual({ 'Cache-Control': 'public, max-age=31536000, immutable' });
  });

  it('forbids framing, which the page\'s meta tag cannot', () => {
    expect(SECURITY_HEADERS['X-Frame-Options']).toBe('DENY');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(readFileSync(join(ROOT, 'index.html'), 'utf8'))?.[1];
    expect(`${meta}; frame-ancestors 'none'`).toBe(CONTENT_SECURITY_POLICY);
  });

  it('docs/hosting.md gives nginx and Apache the same policy and headers', () => {
    const doc = readFileSync(join(ROOT, 'docs/hosting.md'), 'utf8');
    const nginx = /```nginx\n([\s\S]*?)```/.exec(doc)?.[1] ?? '';
    const apache = /```apache\n([\s\S]*?)```/.exec(doc)?.[1] ?? '';
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      expect(nginx).toContain(`add_header ${name} "${value}" always;`);
      expect(apache).toContain(`Header always set ${name} "${value}"`);
    }
  });
});
