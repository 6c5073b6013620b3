import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import worker from '../../src/index';
import { countStatements } from './counting-database';
import { compileDocument, type ResponseValidator } from './openapi-validator';

export const BASE_URL = 'https://periods.test';

export interface CallOptions {
  key?: string | undefined;
  headers?: Record<string, string>;
  method?: string;
  env?: Partial<Env>;
}

export interface CallResult {
  response: Response;
  /** D1 statements the request ran, batches counted statement by statement. */
  statements: number;
  /** The most parameters any single statement bound. */
  maxBoundParameters: number;
}

/**
 * Sends a request through the Worker's fetch handler with a statement-counting
 * D1 binding, and waits for the work it left running (such as cache writes).
 */
export async function call(path: string, options: CallOptions = {}): Promise<CallResult> {
  const counter = countStatements(options.env?.DB ?? env.DB);
  const headers = new Headers(options.headers);
  if (options.key !== undefined) headers.set('Authorization', `Bearer ${options.key}`);
  const request = new Request(`${BASE_URL}${path}`, {
    method: options.method ?? 'GET',
    headers,
  });

  const ctx = createExecutionContext();
  const response = await worker.fetch(
    request,
    { ...env, ...options.env, DB: counter.binding },
    ctx,
  );
  await waitOnExecutionContext(ctx);
  await checkAgainstDocument(request, response);
  return { response, statements: counter.count, maxBoundParameters: counter.maxBoundParameters };
}

/** Shorthand for a GET that returns the parsed JSON body with its response. */
export async function getJson<T = unknown>(path: string, options: CallOptions = {}) {
  const result = await call(path, options);
  const text = await result.response.clone().text();
  const body = (text === '' ? undefined : JSON.parse(text)) as T;
  return { ...result, status: result.response.status, body };
}

let documentValidator: Promise<ResponseValidator> | undefined;

async function fetchDocument(): Promise<ResponseValidator> {
  const response = await worker.fetch(
    new Request(`${BASE_URL}/openapi.json`),
    env,
    createExecutionContext(),
  );
  return compileDocument(await response.json());
}

/*
 * Every response the suite receives is checked against the OpenAPI document
 * served by the Worker; see ./openapi-validator.ts.
 */
async function checkAgainstDocument(request: Request, response: Response) {
  documentValidator ??= fetchDocument();
  await (await documentValidator).assertMatches(request, response);
}
