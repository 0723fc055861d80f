// An edited sheet back into the scenario: changed cells change the file, in place; new rows add injects;
// problems are told by row and column.
import { describe, expect, it } from 'vitest';
import { exportMsel } from '../../../src/engine/msel/index.js';
import { load, readText, LINT_FIXTURES } from '../lint/support.js';
import { editSheet, exportEn, importBoth, NL } from './support.js';

const base = () => {
  const text = readText(`${LINT_FIXTURES}clean.json`);
  return { text, scenario: load(text) };
};

function imported(text: string, csv: string) {
  const result = importBoth(text, csv);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return { ...result, scenario: load(result.text) };
}

describe('importing an edited MSEL', () => {
  it('changes only the fields whose cells changed, keeping the rest of the file as it was', () => {
    const { text, scenario } = base();
    const csv = editSheet(exportEn(scenario), (rows, col) => {
      rows[2]![col('Time')] = 'T+40';
      rows[2]![col('Inject text (en)')] = 'The fire is out.';
      rows[2]![col('Expected action')] = 'mayor:scale/3:10:C01';
      rows[2]![col('Objective')] = 'vb1';
    });
    const out = imported(text, csv);
    expect(out.updated).toEqual(['update']);
    const update = out.scenario.injects[1]!;
    expect(update.at).toBe(40);
    expect(update.text).toEqual({ nl: 'De brandweer heeft het vuur onder controle.', en: 'The fire is out.' });
    expect(update.expectedActions).toEqual([{ role: 'mayor', do: { action: 'scale', level: 3 }, withinMinutes: 10, criterion: 'C01' }]);
    expect(update.objective).toBe('VB1');
    // The first inject's lines are untouched, byte for byte.
    const firstInject = text.slice(text.indexOf('"id": "first-report"'), text.indexOf('"id": "update"'));
    expect(out.text).toContain(firstInject);
  });

  it('adds a row without an id as a new inject named after its number, and a row with a new id under that id', () => {
    const { text, scenario } = base();
    const csv = editSheet(exportEn(scenario), (rows) => {
      rows.push(['3', '', 'T+50', 'Burger', 'Citizen', 'mayor, projector', 'phone', 'Een burger belt.', 'A citizen calls.', '', '', '', '']);
      rows.push(['', 'press-call', 'optional', 'Pers', '', 'all', 'news', 'De pers belt.', 'The press calls.', 'mayor:publish:20', 'Als de zaal stil is.', 'When the room is quiet.', 'VB1']);
    });
    const out = imported(text, csv);
    expect(out.created).toEqual(['inject-3', 'press-call']);
    expect(out.scenario.injects[2]).toMatchObject({ id: 'inject-3', at: 50, from: { nl: 'Burger', en: 'Citizen' }, to: { roles: ['mayor'], projector: true } });
    expect(out.scenario.injects[3]).toMatchObject({ id: 'press-call', optional: true, from: 'Pers', to: { roles: 'all' }, channel: 'news', objective: 'VB1' });
    // The new sheet lists the new rows with their ids, and reads back unchanged.
    const again = exportEn(out.scenario);
    expect(again).toContain('\r\n3;inject-3;T+50;');
    expect(imported(out.text, again).text).toBe(out.text);
  });

  it('matches a row by its number when the id cell is empty', () => {
    const { text, scenario } = base();
    const csv = editSheet(exportEn(scenario), (rows, col) => {
      rows[1]![col('Id')] = '';
      rows[1]![col('Channel')] = 'radio';
    });
    expect(imported(text, csv).scenario.injects[0]!.channel).toBe('radio');
  });

  it('reads a Dutch sheet, with Dutch tokens', () => {
    const { text, scenario } = base();
    const csv = editSheet(exportMsel(scenario, { labels: NL }), (rows, col) => {
      rows[1]![col('Aan')] = 'iedereen, beamer';
      rows[2]![col('Tijd')] = 'optioneel';
    });
    const out = imported(text, csv);
    expect(out.scenario.injects[0]!.to).toEqual({ roles: 'all', projector: true });
    expect(out.scenario.injects[1]!.optional).toBe(true);
  });

  it('keeps a cell that starts like a formula as text, and reads it back', () => {
    const { text, scenario } = base();
    const csv = editSheet(exportEn(scenario), (rows, col) => {
      rows[2]![col('Inject text (en)')] = "'=SUM(A1) is not a formula";
    });
    const out = imported(text, csv);
    expect(out.scenario.injects[1]!.text).toEqual({ nl: 'De brandweer heeft het vuur onder controle.', en: '=SUM(A1) is not a formula' });
    expect(exportEn(out.scenario)).toContain(";'=SUM(A1) is not a formula;");
  });
});

describe('import problems, by row and column', () => {
  const errorsOf = (csv: string) => {
    const result = importBoth(base().text, csv);
    if (result.ok) throw new Error('imported a broken sheet');
    return result.errors.map((e) => `row ${e.row}, column "${e.column}": ${e.message}`);
  };

  it('reports cells it cannot read', () => {
    const csv = editSheet(exportEn(base().scenario), (rows, col) => {
      rows[1]![col('Time')] = 'soon';
      rows[2]![col('Expected action')] = 'mayor:scale:10';
      rows[2]![col('To')] = 'projector';
    });
    expect(errorsOf(csv)).toEqual([
      'row 2, column "Time": "soon" is not a scenario time.',
      'row 3, column "To": "projector" names no roles.',
      'row 3, column "Expected action": "scale" in "mayor:scale:10" needs the parameters level, e.g. "scale/level".',
    ]);
  });

  it('reports what the scenario does not allow at the row and column that caused it', () => {
    const csv = editSheet(exportEn(base().scenario), (rows, col) => {
      rows[1]![col('To')] = 'mayr';
      rows[2]![col('Channel')] = 'fax';
      rows[2]![col('Objective')] = 'VB3';
    });
    expect(errorsOf(csv)).toEqual([
      'row 3, column "Channel": Unknown value "fax" for "channel".',
      'row 3, column "Objective": Unknown value "VB3" for "objective".',
    ]);
    const roles = editSheet(exportEn(base().scenario), (rows, col) => {
      rows[1]![col('To')] = 'mayr';
    });
    expect(errorsOf(roles)).toEqual(['row 2, column "To": Unknown role "mayr".']);
  });

  it('reports unreadable cells and what the scenario refuses together, in row order', () => {
    const csv = editSheet(exportEn(base().scenario), (rows, col) => {
      rows[1]![col('Channel')] = 'fax';
      rows[2]![col('Time')] = 'later';
    });
    expect(errorsOf(csv)).toEqual(['row 2, column "Channel": Unknown value "fax" for "channel".', 'row 3, column "Time": "later" is not a scenario time.']);
  });

  it('reports unknown and repeated columns, duplicate rows and a new row missing its text', () => {
    const header = editSheet(exportEn(base().scenario), (rows) => {
      rows[0]![2] = 'Tiem';
    });
    expect(errorsOf(header)).toEqual(['row 1, column "Tiem": "Tiem" is not an MSEL column.']);
    const twice = editSheet(exportEn(base().scenario), (rows) => {
      rows.push([...rows[2]!]);
    });
    expect(errorsOf(twice)).toEqual(['row 4, column "Id": Inject "update" already has a row (row 3).']);
    const incomplete = editSheet(exportEn(base().scenario), (rows) => {
      rows.push(['', 'new-call', 'T+20', 'X', 'X', 'mayor', 'phone', '', '', '', '', '', '']);
    });
    expect(errorsOf(incomplete)).toEqual(['row 4, column "Inject text (nl)": A new inject needs its text.']);
  });

  it('refuses a sheet that is not CSV, telling where', () => {
    const result = importBoth(base().text, 'Nr;Id\r\n1;"first-report\r\n');
    expect(result).toMatchObject({ ok: false, errors: [{ row: 2, message: expect.stringContaining('never closed') }] });
  });
});
