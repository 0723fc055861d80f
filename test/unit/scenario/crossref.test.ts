import { describe, expect, it } from 'vitest';
import { checkTranslations, crossReferenceFindings } from '../../../src/engine/scenario/crossref.js';
import { formatPath } from '../../../src/engine/scenario/paths.js';
import { ScenarioSchema, type Scenario } from '../../../src/engine/scenario/schema.js';
import { readFixture } from './fixtures.js';

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const rich = (): Data => JSON.parse(readFixture('valid/station-havenstad.json')) as Data;

/** The cross-reference findings of the rich fixture after a change, as [code, path] pairs. */
function findingsAfter(change: (data: Data) => void): [string, string][] {
  const data = rich();
  change(data);
  const parsed = ScenarioSchema.safeParse(data);
  if (!parsed.success) throw new Error(`the change must keep the structure valid: ${parsed.error.message}`);
  return crossReferenceFindings(parsed.data).map((f) => [f.code, formatPath(f.path)]);
}

describe('cross-reference checks', () => {
  it('find nothing wrong in the rich fixture', () => {
    expect(findingsAfter(() => {})).toEqual([]);
  });

  it('check the roles of a visibility, a board action, an expected action and a structure effect', () => {
    expect(
      findingsAfter((d) => {
        d.variables[2].visibility.roles[1] = 'nkc';
        d.picture.boardActions[1].roles[0] = 'police';
        d.injects[0].expectedActions[0].role = 'burgemeester';
        d.injects[4].effects[3].by = 'police';
      }),
    ).toEqual([
      ['unknown-reference', 'variables[2].visibility.roles[1]'],
      ['unknown-reference', 'picture.boardActions[1].roles[0]'],
      ['unknown-reference', 'injects[0].expectedActions[0].role'],
      ['unknown-reference', 'injects[4].effects[3].by'],
    ]);
  });

  it('check names inside board changes and effects', () => {
    expect(
      findingsAfter((d) => {
        d.injects[4].board[1].zone = 'inner-ring';
        d.injects[4].board[2].unit = 'police-2';
        d.injects[3].board[0].hospital = 'hospital-x';
        d.injects[4].effects[0].block = 'fact-arrested';
        d.injects[4].effects[2].inject = 'hospital-updat';
        d.injects[2].effects[0].rumour = 'third-attacker';
      }),
    ).toEqual([
      ['unknown-reference', 'injects[2].effects[0].rumour'],
      ['unknown-reference', 'injects[3].board[0].hospital'],
      ['unknown-reference', 'injects[4].board[1].zone'],
      ['unknown-reference', 'injects[4].board[2].unit'],
      ['unknown-reference', 'injects[4].effects[0].block'],
      ['unknown-reference', 'injects[4].effects[2].inject'],
    ]);
  });

  it('check the places at risk, municipalities, areas and structure actions', () => {
    expect(
      findingsAfter((d) => {
        d.decisions[1].options[0].effects[0].do.target = 'church-risk';
        d.setting.map.areas[0].municipality = 'zeestad';
        d.communication.blocks[2].where = 'station';
        d.picture.atRisk[0].poi = 'mosque';
        d.picture.atRisk[0].risk = 'risk';
      }),
    ).toEqual([
      ['unknown-reference', 'setting.map.areas[0].municipality'],
      ['unknown-reference', 'picture.atRisk[0].poi'],
      ['unknown-reference', 'picture.atRisk[0].risk'],
      ['unknown-reference', 'decisions[1].options[0].effects[0].do.target'],
      ['unknown-reference', 'communication.blocks[2].where'],
    ]);
  });

  it('check decision owners and defaults, which must be options of that decision', () => {
    expect(
      findingsAfter((d) => {
        d.decisions[0].owner = 'mayr';
        d.decisions[0].default = 'wait';
      }),
    ).toEqual([
      ['unknown-reference', 'decisions[0].owner'],
      ['unknown-reference', 'decisions[0].default'],
    ]);
  });

  it('check rumours, their rebuttals, contradictions and criteria', () => {
    expect(
      findingsAfter((d) => {
        d.rumours[0].reach = 'reach';
        d.rumours[0].rebuttedBy[0] = 'no-second';
        d.communication.blocks[6].rebuts[0] = 'second';
        d.communication.contradictions[0][1] = 'trap';
        d.scoring.criteria[3].variable = 'onrust';
      }),
    ).toEqual([
      ['unknown-reference', 'communication.blocks[6].rebuts[0]'],
      ['unknown-reference', 'communication.contradictions[0][1]'],
      ['unknown-reference', 'rumours[0].reach'],
      ['unknown-reference', 'rumours[0].rebuttedBy[0]'],
      ['unknown-reference', 'scoring.criteria[3].variable'],
    ]);
  });

  it('look inside nested conditions', () => {
    expect(
      findingsAfter((d) => {
        d.communication.blocks[7].allowedWhen.all[0].not.published = 'fact-arest';
        d.injects[4].when.any[0].boardAction = 'deploy';
        d.scoring.criteria[4].trigger.rumourActive = 'rumour';
      }),
    ).toEqual([
      ['unknown-reference', 'injects[4].when.any[0].boardAction'],
      ['unknown-reference', 'communication.blocks[7].allowedWhen.all[0].not.published'],
      ['unknown-reference', 'scoring.criteria[4].trigger.rumourActive'],
    ]);
  });

  it('let alternative variants add the same marker, but not two injects', () => {
    expect(
      findingsAfter((d) => {
        const marker = { kind: 'board', change: { op: 'addMarker', id: 'crowd', label: 'Crowd', at: [1, 1], kind: 'crowd' } };
        d.injects[1].variants[0].effects = [marker];
        d.injects[1].variants[1].effects.push(marker);
      }),
    ).toEqual([]);
    expect(
      findingsAfter((d) => {
        d.injects[1].board.push({ op: 'addMarker', id: 'incident-marker', label: 'Again', at: [2, 2], kind: 'other' });
      }),
    ).toEqual([['duplicate-id', 'injects[1].board[1].id']]);
  });

  it('check that option ids are unique within their decision only', () => {
    expect(
      findingsAfter((d) => {
        d.decisions[1].options[0].id = 'advise';
      }),
    ).toEqual([]);
    expect(
      findingsAfter((d) => {
        d.decisions[1].options[1].id = 'protect';
        d.decisions[1].default = 'protect';
      }),
    ).toEqual([['duplicate-id', 'decisions[1].options[1].id']]);
  });

  it('check ids are unique for every kind', () => {
    expect(
      findingsAfter((d) => {
        d.setting.map.areas[1].id = 'station-area';
        d.picture.units[1].id = 'police-1';
        d.communication.blocks[1].id = 'fact-incident';
        d.variables.push({ id: 'injured', name: 'Again', initial: 0, visibility: 'trainer' });
      }),
    ).toEqual([
      ['duplicate-id', 'variables[5].id'],
      ['duplicate-id', 'setting.map.areas[1].id'],
      ['duplicate-id', 'picture.units[1].id'],
      ['duplicate-id', 'communication.blocks[1].id'],
    ]);
  });

  it('check that an NL-Alert carries an action-advice block', () => {
    expect(
      findingsAfter((d) => {
        d.decisions[0].options[0].effects[0].do.advice = 'fact-incident';
      }),
    ).toEqual([['wrong-kind', 'decisions[0].options[0].effects[0].do.advice']]);
  });

  it('check times of decisions, rumours and confirmed facts against the end of the exercise', () => {
    expect(
      findingsAfter((d) => {
        d.decisions[0].opensAt = 121;
        d.rumours[0].startsAt = 200;
        d.communication.blocks[0].confirmedAt = 500;
        d.injects[1].at = 120;
      }),
    ).toEqual([
      ['time-after-end', 'decisions[0].opensAt'],
      ['time-after-end', 'rumours[0].startsAt'],
      ['time-after-end', 'communication.blocks[0].confirmedAt'],
    ]);
  });

  it('check authored feed items: their time within the exercise, their map area, their condition and unique ids', () => {
    const item = (id: string, extra: Data) => ({ id, kind: 'news', text: { nl: 'Bericht.', en: 'Item.' }, reach: 1000, ...extra });
    expect(
      findingsAfter((d) => {
        d.communication.feed = [
          item('feed-ok', { at: 20, area: 'station-area', when: { delivered: d.injects[0].id } }),
          item('feed-late', { at: 121 }),
          item('feed-nowhere', { area: 'stationsgebied' }),
          item('feed-ok', { when: { delivered: 'no-such-inject' } }),
        ];
      }),
    ).toEqual([
      ['duplicate-id', 'communication.feed[3].id'],
      ['unknown-reference', 'communication.feed[2].area'],
      ['unknown-reference', 'communication.feed[3].when.delivered'],
      ['time-after-end', 'communication.feed[1].at'],
    ]);
  });

  it('check seeded ranges and start values', () => {
    expect(
      findingsAfter((d) => {
        d.variables[0].initial = { min: 40, max: 60 };
        d.rumours[0].spreadPerRound = { min: 15, max: 5 };
        d.variables[4].min = 80;
        d.variables[4].max = 10;
      }),
    ).toEqual([
      ['initial-out-of-range', 'variables[0].initial'],
      ['bad-range', 'variables[4].min'],
      ['bad-range', 'rumours[0].spreadPerRound.min'],
    ]);
  });

  it('require a variable change to give add or set', () => {
    expect(
      findingsAfter((d) => {
        delete d.injects[4].effects[1].set;
      }),
    ).toEqual([['bad-variable-change', 'injects[4].effects[1]']]);
  });

  it('do not require "what" and "until" of action advice: the communication check flags those', () => {
    expect(
      findingsAfter((d) => {
        delete d.communication.blocks[2].what;
        delete d.communication.blocks[2].until;
      }),
    ).toEqual([]);
  });

  it('report a scaling level defined twice', () => {
    expect(
      findingsAfter((d) => {
        d.setting.scaling.levels[2].level = 1;
      }),
    ).toEqual([['duplicate-id', 'setting.scaling.levels[2].level']]);
  });
});

describe('checkTranslations', () => {
  const base = (languages: string[], title: unknown) => ({ languages, title }) as unknown as Scenario;

  it('accepts a plain string and a text in every declared language', () => {
    expect(checkTranslations(base(['nl', 'en'], 'Havenstad'))).toEqual([]);
    expect(checkTranslations(base(['nl', 'en'], { nl: 'Titel', en: 'Title' }))).toEqual([]);
    expect(checkTranslations(base(['nl'], { nl: 'Titel', en: 'Title' }))).toEqual([]);
  });

  it('reports a language the scenario declares but a text lacks', () => {
    const findings = checkTranslations(base(['nl', 'en'], { nl: 'Titel' }));
    expect(findings.map((f) => [f.code, formatPath(f.path)])).toEqual([['missing-translation', 'title.en']]);
  });
});
