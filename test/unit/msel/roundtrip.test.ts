// Export → import → export is byte-stable on every bundled scenario, in both languages and both separators,
// and importing an unchanged sheet leaves the scenario file exactly as it was.
import { describe, expect, it } from 'vitest';
import { BOM, exportMsel, importMsel } from '../../../src/engine/msel/index.js';
import { BUNDLED, bundled, load } from '../lint/support.js';
import { EN, NL } from './support.js';

const cases = BUNDLED.flatMap((file) =>
  [
    { labels: EN, separator: ';' as const, bom: true },
    { labels: NL, separator: ';' as const, bom: true },
    { labels: EN, separator: ',' as const, bom: false },
  ].map((options) => ({ file, options, name: `${file} (${options.labels === EN ? 'en' : 'nl'}, "${options.separator}"${options.bom ? ', BOM' : ''})` })),
);

describe('MSEL round trip', () => {
  it.each(cases)('$name', ({ file, options }) => {
    const { text, scenario } = bundled(file);
    const csv = exportMsel(scenario, options);
    const imported = importMsel(text, csv, { labels: [EN, NL] });
    if (!imported.ok) throw new Error(JSON.stringify(imported.errors.slice(0, 3)));
    expect(imported.updated).toEqual([]);
    expect(imported.created).toEqual([]);
    expect(imported.notInSheet).toEqual([]);
    expect(imported.text).toBe(text);
    expect(exportMsel(load(imported.text), options)).toBe(csv);
  });

  it('writes what Dutch Excel opens as it is: a byte-order mark, ";" and CRLF, one row per inject', () => {
    const { scenario } = bundled('intro-market-square.json');
    const csv = exportMsel(scenario, { labels: NL });
    expect(csv.startsWith(`${BOM}Nr;Id;Tijd;Van (nl);Van (en);Aan;Kanaal;Inject (nl);Inject (en);Verwachte actie;Notitie oefenleiding (nl);Notitie oefenleiding (en);Doel\r\n`)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv).toContain('\r\n1;first-report;T+0;');
  });
});
