import { beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, getJson } from './support/client';
import { compileDocument, type ResponseValidator } from './support/openapi-validator';

interface DocumentedResponse {
  $ref?: string;
  headers?: Record<string, { $ref: string }>;
  content?: Record<string, { examples?: Record<string, { value: unknown }> }>;
}

interface Document {
  paths: Record<string, { get: { responses: Record<string, DocumentedResponse> } }>;
  components: {
    responses: Record<string, DocumentedResponse>;
    headers: Record<string, { example: unknown }>;
  };
}

let document: Document;
let validator: ResponseValidator;

beforeAll(async () => {
  const { body } = await getJson<Document>('/openapi.json');
  document = body;
  validator = compileDocument(body as never);
});

const get = (path: string) => new Request(`${BASE_URL}${path}`);

const reply = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(body === null ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });

const PRIVATE = { ETag: '"5d41402abc4b2a76b9719d911017c592"', 'Cache-Control': 'private' };

const period = {
  id: 7,
  name: '24-08',
  start_date: '2024-08-01T00:00:00.000Z',
  end_date: '2024-08-31T23:59:59.999Z',
  created_at: '2024-07-30T10:00:00.000Z',
  updated_at: '2024-07-30T10:00:00.000Z',
  markers: [{ name: 'Kick-off', timestamp: '2024-08-01T09:00:00.000Z' }],
};

/** For each documented status, its examples with the example of each header it lists. */
function documentedExamples() {
  const component = (ref: string) => ref.split('/').pop() ?? '';
  const follow = (response: DocumentedResponse) =>
    response.$ref ? (document.components.responses[component(response.$ref)] ?? {}) : response;

  return Object.entries(document.paths).flatMap(([path, { get: operation }]) =>
    Object.entries(operation.responses).map(([status, documented]) => {
      const { headers = {}, content } = follow(documented);
      const headerValues = Object.fromEntries(
        Object.entries(headers).map(([name, { $ref }]) => [
          name,
          String(document.components.headers[component($ref)]?.example),
        ]),
      );
      const examples = content?.['application/json']?.examples ?? { none: { value: null } };
      const bodies = Object.values(examples).map(({ value }) => value);
      return {
        url: path.replace('{period_id}', '1234'),
        status: Number(status),
        bodies,
        headerValues,
      };
    }),
  );
}

describe('the contract validator', () => {
  it('accepts every example of the document, with its documented headers', async () => {
    for (const { url, status, bodies, headerValues } of documentedExamples()) {
      expect(bodies.length, `${url} ${status}`).toBeGreaterThan(0);
      for (const body of bodies) {
        const response = reply(status, body, headerValues);
        expect(await validator.problems(get(url), response), `${url} ${status}`).toEqual([]);
      }
    }
  });

  it('fails on a status the operation does not document', async () => {
    const response = reply(404, { message: 'Not found' });

    expect(await validator.problems(get('/periods'), response)).toEqual([
      'status 404 is not documented for GET /periods',
    ]);
  });

  it('fails on a status GET /health cannot answer', async () => {
    const response = reply(503, { message: 'down' }, { 'Retry-After': '5' });

    expect(await validator.problems(get('/health'), response)).toEqual([
      'status 503 is not documented for GET /health',
    ]);
  });

  it("fails on the reference example's single marker object", async () => {
    const markers = { name: 'Example Period Marker', timestamp: '2024-07-18T18:40:00.000Z' };
    const body = { periods: [{ ...period, markers }] };
    const response = reply(200, body, { ...PRIVATE, 'X-Cache': 'MISS' });

    const problems = await validator.problems(get('/periods'), response);
    expect(problems.join('\n')).toContain('body/periods/0/markers must be array');
  });

  it('fails on a date without its three fractional digits', async () => {
    const body = { periods: [{ ...period, start_date: '2024-08-01T00:00:00Z' }] };
    const response = reply(200, body, { ...PRIVATE, 'X-Cache': 'HIT' });

    const problems = await validator.problems(get('/periods'), response);
    expect(problems.join('\n')).toContain('body/periods/0/start_date must match pattern');
  });

  it('fails on a missing or undocumented header value', async () => {
    const response = reply(200, { periods: [] }, { 'Cache-Control': 'public', 'X-Cache': 'NO' });

    expect(await validator.problems(get('/periods'), response)).toEqual([
      'header ETag is missing',
      'header Cache-Control must be equal to constant',
      'header X-Cache must be equal to one of the allowed values',
    ]);
  });

  it('fails on an error that is not JSON', async () => {
    const response = new Response('Bad Request', {
      status: 400,
      headers: { 'Content-Type': 'text/plain' },
    });

    expect(await validator.problems(get('/periods?start_date=x'), response)).toEqual([
      'content type "text/plain" is not one of application/json',
    ]);
  });

  it('fails on a body sent to HEAD', async () => {
    const request = new Request(`${BASE_URL}/periods/1/actions`, { method: 'HEAD' });
    const response = reply(200, { actions: [] }, PRIVATE);

    expect(await validator.problems(request, response)).toEqual(['HEAD sent a body']);
  });

  it('checks an unknown path against the Error schema', async () => {
    const unknown = get('/nowhere');

    expect(await validator.problems(unknown, reply(404, { message: 'Not found' }))).toEqual([]);
    expect(await validator.problems(unknown, reply(404, { error: 'Not found' }))).toEqual([
      "body must have required property 'message'",
    ]);
    expect(await validator.problems(unknown, reply(200, { message: 'ok' }))).toEqual([
      'status 200 outside any operation',
    ]);
  });

  it('throws with the request, the status and every problem', async () => {
    const response = reply(418, { message: 'teapot' });

    await expect(
      validator.assertMatches(get('/periods?start_date=2024'), response),
    ).rejects.toThrow(
      'GET /periods?start_date=2024 -> 418 does not match the OpenAPI document:\n' +
        '- status 418 is not documented for GET /periods',
    );
  });
});
