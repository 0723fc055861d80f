// docs/scenario-format.md is the author's reference: it must say what the schema says today, cover every
// field of the format, and show only examples the schema and the loader accept.
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { FORMAT_DOC_PATH, renderFormatDocFromTemplate } from '../../../src/cli/write-format-docs.js';
import { FORMAT_EXAMPLES, TUTORIAL_SCENARIO } from '../../../src/engine/scenario/examples.js';
import { exampleOfField, formatJson } from '../../../src/engine/scenario/format-doc.js';
import { buildFormatModel, signatureOf, type SchemaNode } from '../../../src/engine/scenario/format-model.js';
import { scenarioJsonSchema } from '../../../src/engine/scenario/json-schema.js';
import { loadScenario } from '../../../src/engine/scenario/loader.js';
import { ScenarioSchema } from '../../../src/engine/scenario/schema.js';

const doc = readFileSync(FORMAT_DOC_PATH, 'utf8');
const root = scenarioJsonSchema() as SchemaNode;
const model = buildFormatModel();

const isNode = (v: unknown): v is SchemaNode => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every object of the JSON Schema, once per shape, found by walking it independently of the generator. */
function objectsOfSchema(): SchemaNode[] {
  const found = new Map<string, SchemaNode>();
  const defs = isNode(root.$defs) ? root.$defs : {};
  const followed = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!isNode(node)) return;
    if (typeof node.$ref === 'string') {
      const name = node.$ref.replace('#/$defs/', '');
      if (!followed.has(name)) {
        followed.add(name);
        walk(defs[name]);
      }
    }
    if (isNode(node.properties)) {
      const signature = signatureOf(node);
      if (!found.has(signature)) found.set(signature, node);
      Object.values(node.properties).forEach(walk);
    }
    for (const key of ['anyOf', 'oneOf', 'prefixItems', 'items']) walk(node[key]);
  };
  walk(root);
  return [...found.values()];
}

/** The field names of every table in the doc, one set per table. */
function tablesOf(markdown: string): string[][] {
  const tables: string[][] = [];
  let current: string[] | undefined;
  for (const line of markdown.split('\n')) {
    if (line.startsWith('| field | type |')) current = [];
    else if (current && line.startsWith('| `')) current.push(/^\| `([^`]+)`/.exec(line)?.[1] ?? '');
    else if (current && !line.startsWith('|---')) {
      tables.push(current);
      current = undefined;
    }
  }
  return tables;
}

/** Objects of the schema that no table in the doc lists with exactly their fields. */
function missingObjects(markdown: string): string[] {
  const tables = new Set(tablesOf(markdown).map((names) => [...names].sort().join(',')));
  return objectsOfSchema()
    .map((node) => Object.keys(node.properties as object).sort().join(','))
    .filter((names) => !tables.has(names));
}

// Compiling every sub-schema on its own would compile the big shared types (effects, structure actions)
// hundreds of times; each is registered once instead and referred to. Condition refers to the whole schema.
const ajv = new Ajv2020({ allErrors: true, strict: false });
ajv.addSchema(root);
const conditionRef = { $ref: `${String(root.$id)}#/$defs/Condition` };
const namedTypes = model.sections
  .filter((s) => /^[A-Z]/.test(s.key) && !s.key.includes('(') && s.key !== 'Condition')
  .map((s) => ({ ref: `named:${s.key}`, schema: s.schema, signature: signatureOf(s.schema) }));

function compact(node: unknown, top = false): unknown {
  if (Array.isArray(node)) return node.map((n) => compact(n));
  if (!isNode(node)) return node;
  if (node.$ref === '#/$defs/Condition') return conditionRef;
  if (!top) {
    const signature = signatureOf(node);
    const type = namedTypes.find((t) => t.signature === signature);
    if (type) return { $ref: type.ref };
  }
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$id' || key === '$defs' || key === '$schema') continue;
    out[key] = key === 'properties' && isNode(value) ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, compact(v)])) : compact(value);
  }
  return out;
}
for (const type of namedTypes) ajv.addSchema(compact(type.schema, true) as object, type.ref);

const compiled = new Map<string, ReturnType<typeof ajv.compile>>();
function validate(node: SchemaNode, value: unknown): string[] {
  const schema = compact(node) as object;
  const key = JSON.stringify(schema);
  const check = compiled.get(key) ?? ajv.compile(schema);
  compiled.set(key, check);
  return check(value) ? [] : (check.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}

function jsonBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/```json\n([\s\S]*?)\n```/g)].map((m) => m[1] ?? '');
}

const tutorialText = doc.slice(doc.indexOf('<a id="tutorial"></a>'), doc.indexOf('<a id="the-complete-scenario"></a>'));
const completeText = jsonBlocks(doc.slice(doc.indexOf('<a id="the-complete-scenario"></a>')))[0] ?? '';

describe('docs/scenario-format.md', () => {
  it('is what the generator writes from the schema today', () => {
    expect(doc === renderFormatDocFromTemplate(), 'docs/scenario-format.md is out of date: run `npm run docs:format`').toBe(true);
  });

  it('lists every object of the JSON Schema with exactly its fields', () => {
    expect(missingObjects(doc)).toEqual([]);
  });

  it('counts the same fields as an independent walk of the JSON Schema (the size of the format)', () => {
    const fields = objectsOfSchema().reduce((sum, node) => sum + Object.keys(node.properties as object).length, 0);
    expect(model.fieldCount).toBe(fields);
    expect(doc).toContain(`The format has **${fields} fields**`);
    expect(fields).toBeGreaterThan(250);
  });

  it('notices a field that is left out of the doc', () => {
    const withoutChannel = doc.replace(/^\| `channel` \|.*\n/m, '');
    expect(withoutChannel).not.toBe(doc);
    expect(missingObjects(withoutChannel)).toHaveLength(1);
  });

  it("carries every field's own description from the schema", () => {
    for (const section of model.sections) {
      for (const field of section.fields) {
        if (field.ownDescription) expect(doc, field.key).toContain(field.description.replace(/\|/g, '\\|'));
      }
    }
  });

  it('links only to anchors it has', () => {
    const anchors = new Set([...doc.matchAll(/<a id="([^"]+)"><\/a>/g)].map((m) => m[1]));
    const targets = new Set([...doc.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]));
    expect([...targets].filter((t) => !anchors.has(t))).toEqual([]);
  });
});

describe('the examples', () => {
  const nodes = new Map<string, SchemaNode>();
  for (const section of model.sections) {
    nodes.set(section.key, section.schema);
    for (const field of section.fields) nodes.set(field.key, field.schema);
  }

  it('are keyed by paths the reference has', () => {
    expect(Object.keys(FORMAT_EXAMPLES).filter((key) => !nodes.has(key))).toEqual([]);
  });

  it.each(Object.keys(FORMAT_EXAMPLES).map((key) => [key === '' ? '(the scenario)' : key, key]))('%s validates against the JSON Schema at its path', (_label, key) => {
    const node = nodes.get(key);
    expect(node).toBeDefined();
    if (node) expect(validate(node, FORMAT_EXAMPLES[key])).toEqual([]);
  });

  it('give every field an example that validates against the field', () => {
    const problems: string[] = [];
    for (const section of model.sections) {
      for (const field of section.fields) {
        const example = exampleOfField(section, field);
        if (!example) problems.push(`${field.key}: no example; add one to src/engine/scenario/examples.ts`);
        else problems.push(...validate(field.schema, example.value).map((e) => `${field.key}: ${e}`));
      }
    }
    expect(problems).toEqual([]);
  });

  it('reject a wrong value, so the validation above can fail', () => {
    const channel = nodes.get('injects[].channel');
    expect(channel).toBeDefined();
    if (channel) expect(validate(channel, 'pigeon')).not.toEqual([]);
    const condition = nodes.get('Condition');
    if (condition) expect(validate(condition, { all: [{ grip: '>=', value: 9 }] })).not.toEqual([]);
  });

  it('in the doc are all valid JSON', () => {
    for (const block of jsonBlocks(doc)) expect(() => JSON.parse(block) as unknown, block.slice(0, 80)).not.toThrow();
  });
});

describe("the tutorial's scenario", () => {
  it('is printed complete at the end of the tutorial', () => {
    expect(JSON.parse(completeText)).toEqual(TUTORIAL_SCENARIO);
    expect(completeText).toBe(formatJson(TUTORIAL_SCENARIO));
  });

  it('is built by its steps: the step blocks together are the complete scenario', () => {
    const merged = Object.assign({}, ...jsonBlocks(tutorialText).map((block) => JSON.parse(block) as object)) as object;
    expect(merged).toEqual({ ...TUTORIAL_SCENARIO, $schema: './scenarios/scenario.schema.json' });
    expect(Object.keys(merged)).toEqual(Object.keys(TUTORIAL_SCENARIO));
  });

  it('passes the schema', () => {
    const parsed = ScenarioSchema.safeParse(JSON.parse(completeText));
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  it('passes the loader, cross-references included', () => {
    const result = loadScenario(`${completeText}\n`, 'my-scenario.json');
    expect(result.ok ? [] : result.errors).toEqual([]);
  });
});
