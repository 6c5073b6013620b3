import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

/*
 * Checks responses against the OpenAPI document the Worker serves. For an
 * operation, the status must be documented, the media type must be one the
 * response lists, the body must satisfy its schema (no body where none is
 * documented) and the required headers must be present and valid. Anything
 * else the Worker answers, such as an unknown path, must be an Error body.
 */

/** The few members of OpenAPI objects this module reads. */
interface DocumentNode {
  [key: string]: unknown;
  $ref?: string;
  paths?: Record<string, DocumentNode>;
  content?: Record<string, unknown>;
  headers?: Record<string, unknown>;
  required?: boolean;
  schema?: { type?: unknown };
}

interface HeaderCheck {
  name: string;
  required: boolean;
  numeric: boolean;
  validate: ValidateFunction;
}

interface ResponseCheck {
  bodies: Map<string, ValidateFunction>;
  headers: HeaderCheck[];
}

interface Operation {
  label: string;
  pattern: RegExp;
  responses: Map<string, ResponseCheck>;
}

export interface ResponseValidator {
  /** What is wrong with the response to this request; empty when it matches the document. */
  problems(request: Request, response: Response): Promise<string[]>;
  assertMatches(request: Request, response: Response): Promise<void>;
}

const DOCUMENT_ID = 'https://periods.test/openapi.json';
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];
// Served beside the API, they are not operations of the document it describes.
const PAGES = new Set(['/docs', '/openapi.json']);

const escapeSegment = (segment: string) =>
  encodeURIComponent(segment.replaceAll('~', '~0').replaceAll('/', '~1'));

/** A JSON pointer, as a URI fragment, to the given path of object keys. */
const pointerTo = (...segments: string[]) =>
  segments.map((segment) => `/${escapeSegment(segment)}`).join('');

/** Matches `METHOD:/decoded/path`; a path parameter may be any segment, even an empty one. */
const pathPattern = (method: string, path: string) => {
  const escaped = path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]*');
  return new RegExp(`^${method.toUpperCase()}:${escaped}$`);
};

// Routing sees the path with percent-escapes decoded, except those of reserved characters.
function routedPath(url: string): string {
  const { pathname } = new URL(url);
  try {
    return decodeURI(pathname);
  } catch {
    return pathname;
  }
}

const mediaTypeOf = (response: Response) =>
  response.headers.get('Content-Type')?.split(';')[0]?.trim().toLowerCase() ?? '';

const describeErrors = (validate: ValidateFunction, subject: string) =>
  (validate.errors ?? []).map(
    ({ instancePath, message }) => `${subject}${instancePath} ${message}`,
  );

/** Compiles, once, the schema of every body and header the document describes. */
class DocumentCompiler {
  readonly #ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });

  constructor(readonly document: DocumentNode) {
    addFormats(this.#ajv);
    // Ajv compiles the document's root to resolve pointers into it, so its members are declared.
    this.#ajv.addVocabulary(['example', ...Object.keys(document)]);
    this.#ajv.addSchema(document, DOCUMENT_ID);
  }

  operations(): Operation[] {
    return Object.entries(this.document.paths ?? {}).flatMap(([path, item]) =>
      METHODS.filter((method) => item[method] !== undefined).map((method) => {
        const pointer = pointerTo('paths', path, method, 'responses');
        const statuses = Object.keys(this.#at(pointer));
        return {
          label: `${method.toUpperCase()} ${path}`,
          pattern: pathPattern(method, path),
          responses: new Map(
            statuses.map((status) => [
              status,
              this.#response(this.#follow(pointer + pointerTo(status))),
            ]),
          ),
        };
      }),
    );
  }

  schema(pointer: string): ValidateFunction {
    const validate = this.#ajv.getSchema(`${DOCUMENT_ID}#${pointer}`);
    if (!validate) throw new Error(`no schema at ${pointer}`);
    return validate;
  }

  #at(pointer: string): DocumentNode {
    return pointer
      .split('/')
      .slice(1)
      .reduce<DocumentNode>((node, segment) => {
        const key = decodeURIComponent(segment).replaceAll('~1', '/').replaceAll('~0', '~');
        return node[key] as DocumentNode;
      }, this.document);
  }

  /** The pointer of the object at `pointer` once its $ref, if any, is followed. */
  #follow(pointer: string): string {
    const ref = this.#at(pointer).$ref;
    return ref === undefined ? pointer : this.#follow(ref.slice(1));
  }

  #response(pointer: string): ResponseCheck {
    const { content = {}, headers = {} } = this.#at(pointer);
    const body = (type: string) => this.schema(pointer + pointerTo('content', type, 'schema'));
    const header = (name: string) =>
      this.#header(this.#follow(pointer + pointerTo('headers', name)), name);
    return {
      bodies: new Map(Object.keys(content).map((type) => [type, body(type)])),
      headers: Object.keys(headers).map(header),
    };
  }

  #header(pointer: string, name: string): HeaderCheck {
    const { required, schema } = this.#at(pointer);
    return {
      name,
      required: required === true,
      numeric: schema?.type === 'integer' || schema?.type === 'number',
      validate: this.schema(`${pointer}/schema`),
    };
  }
}

function headerProblems(checks: HeaderCheck[], headers: Headers): string[] {
  return checks.flatMap(({ name, required, numeric, validate }) => {
    const value = headers.get(name);
    if (value === null) return required ? [`header ${name} is missing`] : [];
    return validate(numeric ? Number(value) : value)
      ? []
      : describeErrors(validate, `header ${name}`);
  });
}

function jsonProblems(validate: ValidateFunction, text: string): string[] {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return [`body is not JSON: ${text.slice(0, 80)}`];
  }
  return validate(body) ? [] : describeErrors(validate, 'body');
}

function bodyProblems(bodies: Map<string, ValidateFunction>, response: Response, text: string) {
  if (bodies.size === 0) return text === '' ? [] : [`expected no body, got ${text.slice(0, 80)}`];

  const mediaType = mediaTypeOf(response);
  const validate = bodies.get(mediaType);
  if (!validate) return [`content type "${mediaType}" is not one of ${[...bodies.keys()]}`];
  return jsonProblems(validate, text);
}

function errorProblems(errorBody: ValidateFunction, response: Response, text: string) {
  const found = response.status < 400 ? [`status ${response.status} outside any operation`] : [];
  if (mediaTypeOf(response) !== 'application/json') found.push('an error must be JSON');
  return [...found, ...jsonProblems(errorBody, text)];
}

export function compileDocument(document: DocumentNode): ResponseValidator {
  const compiler = new DocumentCompiler(document);
  const operations = compiler.operations();
  const errorBody = compiler.schema(pointerTo('components', 'schemas', 'Error'));

  async function problems(request: Request, response: Response): Promise<string[]> {
    const pathname = routedPath(request.url);
    const method = request.method === 'HEAD' ? 'GET' : request.method;
    // Preflights are answered by the CORS middleware before any route runs.
    if (method === 'OPTIONS') return [];
    if (method === 'GET' && PAGES.has(pathname) && response.status === 200) return [];

    const text = await response.clone().text();
    const operation = operations.find(({ pattern }) => pattern.test(`${method}:${pathname}`));
    if (!operation) return errorProblems(errorBody, response, text);

    const documented = operation.responses.get(String(response.status));
    if (!documented) return [`status ${response.status} is not documented for ${operation.label}`];

    const found = headerProblems(documented.headers, response.headers);
    if (request.method === 'HEAD') return text === '' ? found : [...found, 'HEAD sent a body'];
    return [...found, ...bodyProblems(documented.bodies, response, text)];
  }

  return {
    problems,
    async assertMatches(request, response) {
      const found = await problems(request, response);
      if (found.length === 0) return;
      const { pathname, search } = new URL(request.url);
      const summary = `${request.method} ${pathname}${search} -> ${response.status}`;
      throw new Error(`${summary} does not match the OpenAPI document:\n- ${found.join('\n- ')}`);
    },
  };
}
