import { beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, getJson } from './support/client';
import { REFERENCE_ACTION, REFERENCE_PERIOD } from './support/reference-examples';

const REFERENCE_ERRORS = {
  invalidPeriodId: 'Invalid period_id. It must be a valid integer for your team.',
  periodNotFound: 'Period not found',
  invalidFormFields: 'Invalid form_fields. It must be an array of strings.',
};

interface Parameter {
  name: string;
  in: string;
  required: boolean;
  description?: string;
  example?: unknown;
  examples?: Record<string, { value: unknown }>;
}

interface MediaType {
  schema: { $ref?: string };
  examples?: Record<string, { value: unknown }>;
}

interface DocumentedResponse {
  $ref?: string;
  description: string;
  headers?: Record<string, { $ref: string }>;
  content?: Record<string, MediaType>;
}

interface Operation {
  operationId: string;
  security?: Record<string, string[]>[];
  parameters?: Parameter[];
  responses: Record<string, DocumentedResponse>;
}

interface Schema {
  example?: unknown;
}

interface Document {
  openapi: string;
  info: { title: string; version: string; description: string };
  servers: { url: string }[];
  paths: Record<string, { get: Operation }>;
  components: {
    schemas: { [name: string]: Schema; Period?: Schema; Action?: Schema };
    responses: Record<string, DocumentedResponse>;
    headers: Record<string, { required: boolean; schema: unknown }>;
    securitySchemes: { bearerAuth?: { type: string; scheme: string } };
  };
}

let document: Document;
const operation = (path: string) => {
  const found = document.paths[path]?.get;
  if (!found) throw new Error(`GET ${path} is not documented`);
  return found;
};
const PERIODS = '/periods';
const ACTIONS = '/periods/{period_id}/actions';
const PROTECTED = [PERIODS, ACTIONS];

/** A response with its $ref followed to the shared component. */
function response(path: string, status: number): DocumentedResponse {
  const found = operation(path).responses[status];
  if (!found) throw new Error(`GET ${path} does not document ${status}`);
  const name = found.$ref?.replace('#/components/responses/', '');
  return name === undefined ? found : (document.components.responses[name] as DocumentedResponse);
}

const jsonExamples = (path: string, status: number) =>
  Object.values(response(path, status).content?.['application/json']?.examples ?? {}).map(
    ({ value }) => value,
  );

const parameter = (path: string, name: string) =>
  operation(path).parameters?.find((candidate) => candidate.name === name);

beforeAll(async () => {
  const { status, body } = await getJson<Document>('/openapi.json');
  expect(status).toBe(200);
  document = body;
});

describe('GET /openapi.json', () => {
  it('is an OpenAPI 3.1 document for this deployment', () => {
    expect(document.openapi).toMatch(/^3\.1\./);
    expect(document.info).toMatchObject({ title: 'Periods API', version: expect.any(String) });
    expect(document.servers[0]?.url).toBe(BASE_URL);
  });

  it('describes authentication, dates and range semantics', () => {
    const { description } = document.info;
    expect(description).toContain('Authorization: Bearer');
    expect(description).toContain('YYYY-MM-DDTHH:MM:SS.sssZ');
    expect(description).toMatch(/overlaps the range, bounds inclusive/);
  });

  it('names the shared schemas, responses and headers as components', () => {
    expect(Object.keys(document.components.schemas)).toEqual(
      expect.arrayContaining(['Period', 'Marker', 'Action', 'Error', 'PeriodList', 'ActionList']),
    );
    expect(Object.keys(document.components.responses)).toEqual(
      expect.arrayContaining(['NotModified', 'Unauthorized', 'InternalError', 'Unavailable']),
    );
    expect(document.components.securitySchemes.bearerAuth).toMatchObject({
      type: 'http',
      scheme: 'bearer',
    });
  });
});

describe('operations', () => {
  it.each(PROTECTED)('GET %s needs the bearer key', (path) => {
    expect(operation(path).security).toEqual([{ bearerAuth: [] }]);
  });

  it('GET /health needs no key and documents only its one answer', () => {
    expect(operation('/health').security).toEqual([]);
    expect(Object.keys(operation('/health').responses)).toEqual(['200']);
  });

  it.each([
    [PERIODS, ['200', '304', '400', '401', '500', '503']],
    [ACTIONS, ['200', '304', '400', '401', '404', '500', '503']],
  ])('GET %s lists every status it can answer', (path, statuses) => {
    expect(Object.keys(operation(path).responses).sort()).toEqual(statuses);
  });

  it.each(PROTECTED)(
    'GET %s documents a JSON body with examples for each status but 304',
    (path) => {
      for (const status of Object.keys(operation(path).responses).map(Number)) {
        const content = response(path, status).content;
        if (status === 304) {
          expect(content).toBeUndefined();
          continue;
        }
        expect(Object.keys(content ?? {})).toEqual(['application/json']);
        expect(jsonExamples(path, status).length).toBeGreaterThan(0);
      }
    },
  );

  it.each(PROTECTED)('GET %s documents its ETag and caching headers', (path) => {
    const ok = Object.keys(response(path, 200).headers ?? {});
    expect(ok).toEqual(expect.arrayContaining(['ETag', 'Cache-Control']));
    expect(Object.keys(response(path, 304).headers ?? {})).toEqual(['ETag', 'Cache-Control']);
    expect(Object.keys(response(path, 401).headers ?? {})).toEqual(['WWW-Authenticate']);
    expect(Object.keys(response(path, 503).headers ?? {})).toEqual(['Retry-After']);
  });

  it('GET /periods says whether the list came from the cache', () => {
    expect(response(PERIODS, 200).headers?.['X-Cache']).toEqual({
      $ref: '#/components/headers/X-Cache',
    });
    expect(document.components.headers['X-Cache']?.schema).toEqual({
      type: 'string',
      enum: ['HIT', 'MISS'],
    });
  });
});

describe('parameters', () => {
  it.each([
    [PERIODS, 'start_date', 'query', false],
    [PERIODS, 'end_date', 'query', false],
    [ACTIONS, 'period_id', 'path', true],
    [ACTIONS, 'form_fields', 'query', false],
    [ACTIONS, 'form_fields[]', 'query', false],
  ])('GET %s: %s is a %s parameter, required: %s', (path, name, location, required) => {
    expect(parameter(path, name)).toMatchObject({ in: location, required });
  });

  it.each(PROTECTED)('GET %s describes every parameter with an example', (path) => {
    for (const { name, description, example, examples } of operation(path).parameters ?? []) {
      expect(description, name).toBeTruthy();
      expect(example ?? examples, name).toBeDefined();
    }
  });

  it('form_fields documents each of its spellings', () => {
    const { description = '', examples = {} } = parameter(ACTIONS, 'form_fields') ?? {};
    for (const spelling of [
      'form_fields=%5B%22Priority%22%2C%22Region%22%5D',
      'form_fields=Priority&form_fields=Region',
      'form_fields[]=Priority',
      'form_fields=Priority',
    ]) {
      expect(description).toContain(spelling);
    }
    expect(Object.values(examples).map(({ value }) => value)).toEqual([
      '["Priority","Region"]',
      ['Priority', 'Region'],
      'Priority',
    ]);
  });
});

describe('examples agree with the reference documentation', () => {
  it('the period list shows its Example Period, markers as a list', () => {
    expect(jsonExamples(PERIODS, 200)).toEqual([{ periods: [REFERENCE_PERIOD] }]);
    expect(document.components.schemas.Period?.example).toEqual(REFERENCE_PERIOD);
  });

  it('the action list shows its action 91011', () => {
    expect(jsonExamples(ACTIONS, 200)).toEqual([{ actions: [REFERENCE_ACTION] }]);
    expect(document.components.schemas.Action?.example).toEqual(REFERENCE_ACTION);
  });

  it('the error examples carry its exact messages', () => {
    expect(jsonExamples(ACTIONS, 400)).toEqual(
      expect.arrayContaining([
        { message: REFERENCE_ERRORS.invalidPeriodId },
        { message: REFERENCE_ERRORS.invalidFormFields },
      ]),
    );
    expect(jsonExamples(ACTIONS, 404)).toEqual([{ message: REFERENCE_ERRORS.periodNotFound }]);
  });
});
