import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import type { DatabaseHandle } from '@/db/client';
import type { UserRow } from '@/db/schema';
import { buildSchema } from '@/graphql/build-schema';
import { hasPolicy, POLICY } from '@/graphql/policy';
import { personalDataIn } from '../fixtures/personal-data-scan';
import { personalDataSpellings, personalDataText } from '../fixtures/personal-data-spellings';
import { documentOf, MissingSampleError, rootFieldsOf, type RootFieldOf } from '../fixtures/root-fields';
import { makeSampleWorld, sampleOf, type SampleWorld } from '../fixtures/sample-world';
import { callOf, newWalk, reachableFields, selectionOf } from '../fixtures/schema-selection';
import { createTestApi, openTestDatabase } from '../fixtures/test-api';
import { graphql } from '../generated';

// Issue 16, item 3 and acceptance 3: operators never receive free text written by others.
// The customer's phone and name, in every spelling the masker once missed, are written into
// EVERY text input of the schema (each String argument and String input field of every
// mutation, found by introspection); then both operators (the lot's and another) ask for
// every String field they can reach (a selection generated from their permitted root
// fields), and no answer may show the digits or the name in any spelling.

const DEPTH = 4;
const schema = buildSchema();
const ROOTS = rootFieldsOf(schema);
const MUTATIONS = ROOTS.filter((root) => root.operation === 'mutation');

/** One place a caller can type text: a mutation and the path of a String inside its arguments. */
interface TextInput {
  root: RootFieldOf;
  path: string[];
}

/** Every String argument and String input field (at any depth) of every mutation. */
function textInputsOf(root: RootFieldOf): TextInput[] {
  const found: TextInput[] = [];
  const visit = (type: GraphQLInputType, path: string[], seen: Set<string>) => {
    const named = getNamedType(type);
    if (isScalarType(named) && named.name === 'String') found.push({ root, path });
    else if (isInputObjectType(named) && !seen.has(named.name)) {
      for (const field of Object.values(named.getFields())) visit(field.type, [...path, field.name], new Set([...seen, named.name]));
    }
  };
  for (const arg of root.field.args) visit(arg.type, [arg.name], new Set());
  return found;
}

const TEXT_INPUTS = MUTATIONS.flatMap(textInputsOf);
const labelOf = (input: TextInput) => `${input.root.name}(${input.path.join('.')})`;

// A lot's name and address are labels its operator reads verbatim on every request (the
// manager's master data, not words about a case). They are written like every other input,
// but at a lot of a third operator: the scan's two operators must still see nothing of it.
const THIRD_OPERATOR_LOT = 'Mutation.createParkingLot';
/** The part of a rejection's answer the masking test reads. */
const REJECTION = z.object({
  rejectReason: z.string(),
  case: z.object({ timeline: z.array(z.object({ type: z.string(), detail: z.string().nullable() })) }),
});

/** Arguments with the text at `path` (filling the input objects and lists on the way). */
function withText(args: Record<string, unknown>, path: string[], text: string, root: RootFieldOf): Record<string, unknown> {
  const copy = structuredClone(args);
  let holder: Record<string, unknown> = copy;
  let type: GraphQLInputType | undefined = root.field.args.find((a) => a.name === path[0])?.type;
  path.forEach((key, i) => {
    if (i === path.length - 1) {
      holder[key] = type && isListType(isNonNullType(type) ? type.ofType : type) ? [text] : text;
      return;
    }
    const named = getNamedType(type!);
    let next = holder[key];
    if (Array.isArray(next)) next = next[0];
    if (!next || typeof next !== 'object') {
      next = {};
      holder[key] = next;
    }
    holder = next as Record<string, unknown>;
    type = isInputObjectType(named) ? named.getFields()[path[i + 1]!]?.type : undefined;
  });
  return copy;
}

let handle: DatabaseHandle;
let api: ReturnType<typeof createTestApi>;
let s: SampleWorld;
let person: { phone: string; name: string };
let thirdOperatorId: string;
/** Per text input: the first error code of each attempt, or OK. */
const written = new Map<string, string[]>();
const undriven: string[] = [];

/** The first role the policy lets call a field, as a user of the world (the lot's operator for OPERATOR). */
function callerOf(name: string): UserRow | null {
  const rule = hasPolicy(name) ? POLICY[name] : undefined;
  if (!rule) throw new Error(`${name} has no policy row`);
  if ('anyone' in rule) return s.w.agent;
  const byRole = { AGENT: s.w.agent, MANAGER: s.w.manager, OPERATOR: s.w.operatorUserA } as const;
  for (const role of ['AGENT', 'MANAGER', 'OPERATOR'] as const) if (rule.roles.includes(role)) return byRole[role];
  return null;
}

// Calls that end what the others act on (a closed case takes no note): written last.
const LAST = ['Mutation.reclassifyCase', 'Mutation.runBulkCaseJobBatch', 'Mutation.resolveCase'];
const order = (input: TextInput) => LAST.indexOf(input.root.name);

async function writeEverywhere() {
  const payloads = [
    personalDataText(person.phone, person.name),
    ...personalDataSpellings(person.phone, person.name).map((spelled) => `고객 ${spelled} 연락`),
  ];
  for (const input of [...TEXT_INPUTS].sort((a, b) => order(a) - order(b))) {
    const label = labelOf(input);
    let sample;
    try {
      sample = sampleOf(input.root, s, false);
    } catch (error) {
      if (error instanceof MissingSampleError) {
        undriven.push(`${label}: ${error.message}`);
        continue;
      }
      throw error;
    }
    const viewer = callerOf(input.root.name);
    const document = documentOf(
      input.root,
      input.root.field.args.map((a) => a.name),
    );
    const outcomes: string[] = [];
    for (const text of payloads) {
      await sample.prepare?.(s, api).catch(() => undefined);
      const args = sample.args(s);
      if (input.root.name === THIRD_OPERATOR_LOT) (args.input as Record<string, unknown>).operatorId = thirdOperatorId;
      const variables = withText(args, input.path, text, input.root);
      const result = await api.run(document, variables, viewer);
      outcomes.push(result.errors ? String(result.errors[0]?.extensions?.code) : 'OK');
    }
    written.set(label, outcomes);
  }
}

const operatorMay = (action: string) => {
  if (!hasPolicy(action)) return false;
  const rule = POLICY[action];
  return 'anyone' in rule || rule.roles.includes('OPERATOR');
};
const queryType = schema.getQueryType()!;
const mutationType = schema.getMutationType()!;
const operatorQueries = Object.values(queryType.getFields()).filter((f) => operatorMay(`Query.${f.name}`));
const operatorMutations = Object.values(mutationType.getFields()).filter((f) => operatorMay(`Mutation.${f.name}`));
const walk = newWalk();
const selections = new Map<string, string>();
const selectionFor = (field: GraphQLField<unknown, unknown>) => {
  const key = field.name;
  if (!selections.has(key)) selections.set(key, selectionOf(getNamedType(field.type), DEPTH, walk));
  return selections.get(key)!;
};

/** Every operator query, with each required id filled by every case of the world, and every enum value of its options. */
function operatorReads(caseIds: string[]): { label: string; document: string }[] {
  return operatorQueries.flatMap((field) => {
    const required = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
    const selection = selectionFor(field);
    if (required.length > 0) {
      if (required.length !== 1 || required[0]!.name !== 'id') throw new Error(`Query.${field.name}: add its arguments to the scan`);
      return caseIds.map((id) => ({
        label: `Query.${field.name}(${id})`,
        document: `query { ${callOf(field.name, { id })} ${selection} }`,
      }));
    }
    const variants = [{ label: `Query.${field.name}`, document: `query { ${field.name} ${selection} }` }];
    for (const arg of field.args) {
      const type = getNamedType(arg.type);
      if (isEnumType(type)) {
        for (const value of type.getValues()) {
          variants.push({
            label: `Query.${field.name}(${arg.name}: ${value.name})`,
            document: `query { ${callOf(field.name, { [arg.name]: { enumValue: value.name } })} ${selection} }`,
          });
        }
      }
    }
    return variants;
  });
}

// The setup's documents are typed; the scan's are generated from the schema and stay strings.
const CREATE_OPERATOR = graphql(`
  mutation FreeTextCreateOperator($n: String!) {
    createOperator(input: { name: $n }) {
      id
    }
  }
`);
const CASE_IDS = graphql(`
  query FreeTextCaseIds($f: CaseFilter) {
    cases(filter: $f, first: 100) {
      edges {
        node {
          id
        }
      }
    }
  }
`);

beforeAll(async () => {
  handle = await openTestDatabase();
  api = createTestApi(handle, { documentLimits: false });
  s = await makeSampleWorld(api, handle.db);
  person = { phone: s.w.customer.phone, name: s.w.customer.name };
  const third = await api.run(CREATE_OPERATOR, { n: `세번째 운영사 ${s.w.lotA.id.slice(0, 8)}` }, s.w.manager);
  thirdOperatorId = third.data!.createOperator.id;
  await writeEverywhere();
}, 300_000);
afterAll(() => handle?.close());

async function worldCaseIds(): Promise<string[]> {
  const ids: string[] = [];
  for (const customerId of [s.w.customer.id, s.customerB.id]) {
    const result = await api.run(CASE_IDS, { f: { customerId } }, s.w.manager);
    const edges = result.data!.cases.edges;
    ids.push(...edges.map((e) => e.node.id));
  }
  return ids;
}

describe('personal data typed into every text input', () => {
  it('every String argument and input field of every mutation was written, in every spelling', () => {
    expect(TEXT_INPUTS.length).toBeGreaterThan(20);
    expect(undriven).toEqual([]);
    expect([...written.keys()].sort()).toEqual(TEXT_INPUTS.map(labelOf).sort());
    for (const outcomes of written.values()) expect(outcomes).toHaveLength(1 + personalDataSpellings(person.phone, person.name).length);
    console.log(
      '[free-text scan] accepted / attempts per text input:',
      Object.fromEntries(
        [...written].map(([label, o]) => [label, `${o.filter((x) => x === 'OK').length}/${o.length} ${[...new Set(o)].join(',')}`]),
      ),
    );
  });

  it('the free text operators once got was stored: notes, outcomes, reasons, guidance, the rejection', () => {
    const stored = [...written].filter(([, outcomes]) => outcomes.includes('OK')).map(([label]) => label);
    expect(stored).toEqual(
      expect.arrayContaining([
        'Mutation.addCaseNote(text)',
        'Mutation.openCase(input.note)',
        'Mutation.recordGuidance(detail)',
        'Mutation.recordFirstResponse(text)',
        'Mutation.resolveCase(outcome)',
        'Mutation.decideRefund(reason)',
        'Mutation.rejectRegistration(reason)',
        'Mutation.rejectPaymentCancellation(reason)',
        'Mutation.unlinkDuplicate(reason)',
        'Mutation.reclassifyCase(reason)',
      ]),
    );
  });

  it('an agent reading the same case sees the text as written, so the scan below would catch it', async () => {
    const result = await api.run(
      `query { ${callOf('case', { id: s.target.caseId })} ${selectionFor(queryType.getFields().case!)} }`,
      {},
      s.w.agent,
    );
    expect(result.errors).toBeUndefined();
    expect(personalDataIn(result, person).length).toBeGreaterThan(0);
  });
});

describe('no operator-reachable field returns the phone or the name, in any spelling', () => {
  it(`every field reachable from the operator's root fields is selected within ${DEPTH} hops`, async () => {
    operatorReads(await worldCaseIds());
    for (const field of operatorMutations) selectionFor(field);
    const reachable = new Set(
      [...operatorQueries, ...operatorMutations].flatMap((f) => [...reachableFields(schema, getNamedType(f.type))]),
    );
    expect([...reachable].filter((field) => !walk.selected.has(field))).toEqual([]);
    expect([...walk.skipped]).toEqual([]);
  });

  it.each([
    ['the lot’s operator', (w: SampleWorld) => w.w.operatorUserA],
    ['another operator', (w: SampleWorld) => w.w.operatorUserB],
  ])('%s: every query answer is free of it', async (_who, viewerOf) => {
    const viewer = viewerOf(s);
    const reads = operatorReads(await worldCaseIds());
    const hits = new Set<string>();
    let answered = 0;
    for (const read of reads) {
      const result = await api.run(read.document, {}, viewer);
      if (!result.errors) answered++;
      // One line per field, whatever the list positions: "Query.case(…) $.data.case.note: …".
      for (const hit of personalDataIn(result, person))
        hits.add(`${read.label.replace(/\(.*\)/, '')} ${hit.replace(/\[\d+\]/g, '[]').split(': ')[0]}`);
    }
    expect([...hits]).toEqual([]);
    expect(answered).toBeGreaterThan(0);
  });

  it('an operator rejecting with its customer’s data in the reason gets its own words back masked, in the answer and the timeline', async () => {
    const ofB = { phone: s.customerB.phone, name: s.customerB.name };
    // Every spelling but the zero-width one, which a reason refuses (text hygiene).
    const text = personalDataText(ofB.phone, ofB.name)
      .replace(/\u200b/g, '')
      .slice(0, 500);
    const selection = selectionFor(mutationType.getFields().rejectRegistration!);
    await api.run('mutation ($id: ID!) { acknowledgeRegistration(id: $id) { id } }', { id: s.b.registrationId }, s.w.operatorUserB);
    const result = await api.run(
      `mutation ($id: ID!, $r: String!) { rejectRegistration(id: $id, reason: $r) ${selection} }`,
      { id: s.b.registrationId, r: text },
      s.w.operatorUserB,
    );
    expect(result.errors).toBeUndefined();
    expect(personalDataIn(result, ofB)).toEqual([]);
    // The selection is the schema's whole, built at run time: the answer is read by a parse, not a type.
    const answer = REJECTION.parse(result.data?.rejectRegistration);
    expect(answer.rejectReason).toContain(`***-****-${ofB.phone.slice(-4)}`);
    expect(answer.case.timeline.find((e) => e.type === 'REGISTRATION_REJECTED')?.detail).toContain('등록 반려: 고객 ***-****-');
    // The request events of the timeline are facts about the plate, not anyone's words.
    expect(answer.case.timeline.find((e) => e.type === 'REGISTRATION_REQUESTED')?.detail).toBe(`차량등록 요청 · ${s.passB.plate}`);
  });
});
