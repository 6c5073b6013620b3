import type { Database } from './db/client';

export type CacheStatus = 'HIT' | 'MISS';

export interface AppEnv {
  Bindings: Env;
  Variables: {
    requestId: string;
    db: Database;
    teamId: number;
    cacheStatus: CacheStatus;
  };
}
