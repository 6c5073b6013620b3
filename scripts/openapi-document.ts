/*
 * The OpenAPI document exactly as the Worker serves it: the app factory runs in
 * Node (it needs no binding to answer /openapi.json) and is asked for the path.
 */
import { tsImport } from 'tsx/esm/api';

interface App {
  request(path: string, init: RequestInit, env: Record<string, string>): Promise<Response>;
}

// The CORS middleware reads its allow-list on every request; nothing else is needed.
const ENV = { CORS_ALLOWED_ORIGINS: '*' };

// Redocly's libraries, which openapi-typescript uses too, may otherwise report usage.
Object.assign(process.env, { REDOCLY_TELEMETRY: 'off' });

export async function servedDocument<T = Record<string, unknown>>(): Promise<T> {
  const { createApp }: { createApp(): App } = await tsImport('../src/app.ts', import.meta.url);
  const log = console.log;
  console.log = () => {}; // the Worker's request log line is not this script's output
  try {
    const response = await createApp().request('/openapi.json', {}, ENV);
    if (!response.ok) throw new Error(`/openapi.json answered ${response.status}`);
    return (await response.json()) as T;
  } finally {
    console.log = log;
  }
}
