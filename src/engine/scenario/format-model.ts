// The scenario format as a reader needs it: every object of the JSON Schema as a section, every property
// as a field with a readable type, its presence and its description. It walks the same JSON Schema the
// editor uses (z.toJSONSchema, io "input"), so the reference cannot say anything the schema does not.
import { z } from 'zod';
import {
  BoardChange,
  Effect,
  Id,
  LocalisedText,
  Minutes,
  NumberOrRange,
  Point,
  Range,
  StructureAction,
  Text,
  Visibility,
  TermList,
} from './schema.js';
import { scenarioJsonSchema } from './json-schema.js';

/** A JSON Schema node, as z.toJSONSchema emits it. */
export type SchemaNode = Readonly<Record<string, unknown>>;

export type GroupId =
  | 'scenario'
  | 'setting'
  | 'map'
  | 'roles'
  | 'variables'
  | 'picture'
  | 'injects'
  | 'decisions'
  | 'communication'
  | 'rumours'
  | 'endings'
  | 'scoring'
  | 'conditions'
  | 'effects'
  | 'boardChanges'
  | 'structureActions'
  | 'visibility'
  | 'text';

export interface FieldDoc {
  readonly name: string;
  /** The example key: the section key, a dot and the name (`injects[].channel`); just the name at the top level. */
  readonly key: string;
  readonly schema: SchemaNode;
  /** Markdown: a readable type with links to the sections of named types, objects and closed lists. */
  readonly type: string;
  readonly required: boolean;
  readonly hasDefault: boolean;
  readonly defaultValue?: unknown;
  /** The field's own description, or the one its type carries when the field has none. */
  readonly description: string;
  readonly ownDescription: boolean;
  /** The section that documents the field's value, when the value is an object or a list of objects. */
  readonly valueSection?: string;
}

export interface SectionDoc {
  /** `""` for the scenario itself, a path such as `injects[].to`, a named type (`Text`) or a variant (`Effect(board)`). */
  readonly key: string;
  readonly anchor: string;
  readonly title: string;
  readonly group: GroupId;
  readonly description: string;
  readonly schema: SchemaNode;
  /** For a section that is not an object (a union, a text, a point): its readable type. */
  readonly type?: string;
  readonly fields: readonly FieldDoc[];
  /** For a union of objects: the sections of its forms, in schema order. */
  readonly variants: readonly string[];
}

export interface ClosedList {
  readonly id: string;
  readonly title: string;
  readonly values: readonly string[];
}

export interface FormatModel {
  readonly root: SchemaNode;
  readonly sections: readonly SectionDoc[];
  readonly fieldCount: number;
}

interface NamedType {
  readonly name: string;
  /** How a type column calls it. */
  readonly label: string;
  readonly title: string;
  readonly group: GroupId;
  readonly schema: SchemaNode;
  readonly signature: string;
}

const CONDITION_REF = '#/$defs/Condition';

/** Anchor ids the doc links to; plain lower-case words so every Markdown renderer keeps them. */
export function anchorOf(key: string): string {
  if (key === '') return 'scenario';
  return key
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function listAnchor(id: string): string {
  return `list-${anchorOf(id)}`;
}

const isNode = (value: unknown): value is SchemaNode => typeof value === 'object' && value !== null && !Array.isArray(value);
const nodes = (value: unknown): SchemaNode[] => (Array.isArray(value) ? value.filter(isNode) : []);
const properties = (node: SchemaNode): [string, SchemaNode][] =>
  isNode(node.properties) ? Object.entries(node.properties).filter((e): e is [string, SchemaNode] => isNode(e[1])) : [];

/** The node's shape without the words around it: two uses of one type compare equal. */
function strip(value: unknown, insideProperties = false): unknown {
  if (Array.isArray(value)) return value.map((v) => strip(v));
  if (!isNode(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (!insideProperties && (key === 'description' || key === '$schema')) continue;
    out[key] = strip(v, !insideProperties && key === 'properties');
  }
  return out;
}

export function signatureOf(node: SchemaNode): string {
  const shape = strip(node) as Record<string, unknown>;
  delete shape.default;
  return JSON.stringify(shape);
}

function named(
  name: string,
  label: string,
  title: string,
  group: GroupId,
  schema: z.ZodType,
): NamedType {
  const json = z.toJSONSchema(schema, { io: 'input' }) as Record<string, unknown>;
  delete json.$schema;
  return { name, label, title, group, schema: json, signature: signatureOf(json) };
}

// Named types are written once in their own section; everywhere else a type column links to them.
function namedTypes(): NamedType[] {
  return [
    named('Text', 'text (string or {nl, en})', 'Text', 'text', Text),
    named('LocalisedText', '{nl, en}', 'Text in two languages', 'text', LocalisedText),
    named('Id', 'id', 'Id', 'text', Id),
    named('Minutes', 'minutes (T+)', 'Scenario minutes', 'text', Minutes),
    named('Point', 'point [x, y]', 'Point', 'text', Point),
    named('Range', 'range {min, max}', 'Seeded range', 'text', Range),
    named('NumberOrRange', 'number or range', 'Number or seeded range', 'text', NumberOrRange),
    named('Visibility', 'visibility', 'Visibility', 'visibility', Visibility),
    named('TermList', 'word lists {nl, en}', 'Word lists', 'text', TermList),
    named('Effect', 'effect', 'Effects', 'effects', Effect),
    named('BoardChange', 'board change', 'Board changes', 'boardChanges', BoardChange),
    named('StructureAction', 'structure action', 'Structure actions', 'structureActions', StructureAction),
  ];
}

const GROUP_BY_PREFIX: readonly [string, GroupId][] = [
  ['setting.map', 'map'],
  ['setting', 'setting'],
  ['roles', 'roles'],
  ['variables', 'variables'],
  ['picture', 'picture'],
  ['injects', 'injects'],
  ['decisions', 'decisions'],
  ['communication', 'communication'],
  ['rumours', 'rumours'],
  ['endings', 'endings'],
  ['scoring', 'scoring'],
  ['Condition', 'conditions'],
];

/** Path sections group by where they sit in the file; the forms of a named type stay with that type. */
function groupOf(key: string, parentGroup: GroupId): GroupId {
  if (/^[A-Z]/.test(key) && !key.startsWith('Condition')) return parentGroup;
  for (const [prefix, group] of GROUP_BY_PREFIX) {
    if (key === prefix || key.startsWith(`${prefix}.`) || key.startsWith(`${prefix}[`) || key.startsWith(`${prefix}(`)) return group;
  }
  return 'scenario';
}

/** The name of one form of a union: its constant discriminator, else its first required property. */
export function variantName(node: SchemaNode): string {
  const discriminator = properties(node).find(([, prop]) => typeof prop.const === 'string')?.[1].const;
  if (typeof discriminator === 'string') return discriminator;
  const required = Array.isArray(node.required) ? node.required : [];
  const first = required.find((r): r is string => typeof r === 'string') ?? properties(node)[0]?.[0];
  return first ?? 'object';
}

/** A form's own description, else its discriminator's (`"action": "scale"`), else its first field's. */
function variantDescription(node: SchemaNode): string {
  if (typeof node.description === 'string') return node.description;
  for (const [, prop] of properties(node)) {
    if (typeof prop.const === 'string' && typeof prop.description === 'string') return prop.description;
  }
  const first = properties(node)[0]?.[1];
  return typeof first?.description === 'string' ? first.description : '';
}

const code = (value: unknown): string => `\`${JSON.stringify(value)}\``;

function numberType(node: SchemaNode): string {
  const whole = node.type === 'integer';
  const base = whole ? 'whole number' : 'number';
  const min = typeof node.minimum === 'number' && node.minimum > Number.MIN_SAFE_INTEGER ? node.minimum : undefined;
  const max = typeof node.maximum === 'number' && node.maximum < Number.MAX_SAFE_INTEGER ? node.maximum : undefined;
  const above = typeof node.exclusiveMinimum === 'number' ? node.exclusiveMinimum : undefined;
  if (min !== undefined && max !== undefined) return `${base} ${min}–${max}`;
  if (above !== undefined) return `${base} > ${above}`;
  if (min !== undefined) return `${base} ≥ ${min}`;
  if (max !== undefined) return `${base} ≤ ${max}`;
  return base;
}

class Walker {
  readonly sections = new Map<string, SectionDoc>();
  private readonly named: NamedType[];
  private readonly bySignature: Map<string, NamedType>;

  constructor(
    private readonly root: SchemaNode,
    private readonly lists: readonly ClosedList[],
  ) {
    this.named = namedTypes();
    this.bySignature = new Map(this.named.map((t) => [t.signature, t]));
  }

  private namedFor(node: SchemaNode): NamedType | undefined {
    return this.bySignature.get(signatureOf(node));
  }

  private inheritedDescription(node: SchemaNode): string | undefined {
    if (node.$ref === CONDITION_REF) return this.conditionSchema().description as string | undefined;
    const type = this.namedFor(node);
    return type ? (type.schema.description as string | undefined) : undefined;
  }

  private conditionSchema(): SchemaNode {
    const defs = isNode(this.root.$defs) ? this.root.$defs : {};
    const condition = defs.Condition;
    if (!isNode(condition)) throw new Error('The scenario JSON Schema has no $defs.Condition.');
    return condition;
  }

  private link(label: string, key: string): string {
    return `[${label}](#${anchorOf(key)})`;
  }

  private ensureNamed(type: NamedType): string {
    if (!this.sections.has(type.name)) this.visit(type.schema, type.name, type.title, type.group, String(type.schema.description ?? ''));
    return this.link(type.label, type.name);
  }

  private ensureCondition(): string {
    if (!this.sections.has('Condition')) {
      const schema = this.conditionSchema();
      this.visit(schema, 'Condition', 'Conditions', 'conditions', String(schema.description ?? ''));
    }
    return this.link('condition', 'Condition');
  }

  private enumType(values: readonly unknown[]): string {
    const strings = values.filter((v): v is string => typeof v === 'string');
    const inline = `one of: ${values.map(code).join(', ')}`;
    const list =
      strings.length === values.length
        ? this.lists.find((l) => l.values.length === strings.length && l.values.every((v) => strings.includes(v)))
        : undefined;
    if (!list) return inline;
    const link = `[${list.title.toLowerCase()}](#${listAnchor(list.id)})`;
    // Long lists would swamp the table: the closed list shows them, with what each value means.
    return strings.length > 8 ? `one of the ${link}` : `${inline} (${link})`;
  }

  /** The readable type of a node; registers a section for every object it meets on the way. */
  typeOf(node: SchemaNode, key: string, description: string, group: GroupId, self = false): string {
    if (node.$ref === CONDITION_REF) return this.ensureCondition();
    const type = self ? undefined : this.namedFor(node);
    if (type) return this.ensureNamed(type);
    if (Array.isArray(node.enum)) return this.enumType(node.enum);
    if ('const' in node) return code(node.const);
    const union = nodes(node.anyOf ?? node.oneOf);
    if (union.length > 0) return this.unionType(union, key, group);
    if (node.type === 'object') {
      this.visit(node, key, key, groupOf(key, group), description);
      return this.link('object', key);
    }
    if (node.type === 'array') {
      const tuple = nodes(node.prefixItems);
      if (tuple.length > 0) return `[${tuple.map((t, i) => this.typeOf(t, `${key}[${i}]`, '', group)).join(', ')}]`;
      const items = isNode(node.items) ? node.items : {};
      const itemDescription = typeof items.description === 'string' ? items.description : description;
      const item = this.typeOf(items, `${key}[]`, itemDescription, group);
      const min = typeof node.minItems === 'number' && node.minItems > 0 ? `, at least ${node.minItems}` : '';
      return `list of ${item}${min}`;
    }
    if (node.type === 'string') return typeof node.pattern === 'string' ? `string matching \`${node.pattern}\`` : 'string';
    if (node.type === 'number' || node.type === 'integer') return numberType(node);
    if (node.type === 'boolean') return 'true or false';
    return 'any JSON value';
  }

  private unionType(union: SchemaNode[], key: string, group: GroupId): string {
    return union
      .map((variant) => {
        if (variant.type === 'object' && !this.namedFor(variant)) {
          const variantKey = `${key}(${variantName(variant)})`;
          this.visit(variant, variantKey, variantName(variant), groupOf(variantKey, group), variantDescription(variant));
          return this.link(`{ ${variantName(variant)} }`, variantKey);
        }
        return this.typeOf(variant, key, '', group);
      })
      .join(' or ');
  }

  /** Register a section for an object or a named type, with its fields. */
  visit(node: SchemaNode, key: string, title: string, group: GroupId, description: string): void {
    if (this.sections.has(key)) return;
    const anchor = anchorOf(key);
    for (const other of this.sections.values()) {
      if (other.anchor === anchor) throw new Error(`Two sections share the anchor "${anchor}": ${other.key} and ${key}.`);
    }
    // Reserve the key first: a recursive type (Condition) must find its own section already there.
    const placeholder: SectionDoc = { key, anchor, title, group, description, schema: node, fields: [], variants: [] };
    this.sections.set(key, placeholder);

    const union = nodes(node.anyOf ?? node.oneOf);
    if (node.type !== 'object' || union.length > 0) {
      const variants: string[] = [];
      for (const variant of union) {
        if (variant.type === 'object' && !this.namedFor(variant)) variants.push(`${key}(${variantName(variant)})`);
      }
      const type = union.length > 0 ? this.unionType(union, key, group) : this.typeOf(node, key, '', group, true);
      this.sections.set(key, { ...placeholder, type, variants });
      return;
    }

    const required = new Set(Array.isArray(node.required) ? node.required : []);
    const fields: FieldDoc[] = [];
    for (const [name, prop] of properties(node)) {
      const fieldKey = key === '' ? name : `${key}.${name}`;
      const own = typeof prop.description === 'string' ? prop.description : undefined;
      const items = prop.type === 'array' && isNode(prop.items) ? prop.items : undefined;
      const inherited = this.inheritedDescription(prop) ?? (items ? this.inheritedDescription(items) : undefined);
      const ownDescription = own !== undefined && own !== inherited;
      const type = this.typeOf(prop, fieldKey, own ?? '', group);
      const valueSection = this.valueSectionOf(prop, fieldKey);
      const hasDefault = 'default' in prop;
      const description =
        (ownDescription ? own : undefined) ??
        inherited ??
        (valueSection !== undefined ? `See ${this.link(`\`${valueSection}\``, valueSection)}.` : '');
      fields.push({
        name,
        key: fieldKey,
        schema: prop,
        type,
        required: required.has(name) && !hasDefault,
        hasDefault,
        ...(hasDefault ? { defaultValue: prop.default } : {}),
        description,
        ownDescription,
        ...(valueSection !== undefined ? { valueSection } : {}),
      });
    }
    this.sections.set(key, { ...placeholder, fields });
  }

  private valueSectionOf(prop: SchemaNode, fieldKey: string): string | undefined {
    if (prop.$ref === CONDITION_REF) return 'Condition';
    const type = this.namedFor(prop);
    if (type) return type.name;
    if (prop.type === 'object' && !prop.anyOf && !prop.oneOf) return fieldKey;
    if (prop.type === 'array' && isNode(prop.items)) {
      const items = prop.items;
      if (items.$ref === CONDITION_REF) return 'Condition';
      const itemType = this.namedFor(items);
      if (itemType) return itemType.name;
      if (items.type === 'object' && !items.anyOf && !items.oneOf) return `${fieldKey}[]`;
    }
    return undefined;
  }
}

const GROUP_ORDER: readonly GroupId[] = [
  'scenario',
  'setting',
  'map',
  'roles',
  'variables',
  'picture',
  'injects',
  'decisions',
  'communication',
  'rumours',
  'endings',
  'scoring',
  'conditions',
  'effects',
  'boardChanges',
  'structureActions',
  'visibility',
  'text',
];

/** Walk the scenario JSON Schema into sections, grouped in reading order. */
export function buildFormatModel(lists: readonly ClosedList[] = []): FormatModel {
  const root = scenarioJsonSchema();
  const walker = new Walker(root, lists);
  walker.visit(root, '', 'Scenario', 'scenario', String(root.description ?? ''));
  const all = [...walker.sections.values()];
  const sections = GROUP_ORDER.flatMap((group) => all.filter((s) => s.group === group));
  const fieldCount = sections.reduce((sum, s) => sum + s.fields.length, 0);
  return { root, sections, fieldCount };
}
