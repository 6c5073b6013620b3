interface Entry {
  teamId: number;
  expiresAt: number;
}

/** A small least-recently-used map from key hash to team, with expiry. */
export class TeamByKeyCache {
  readonly #entries = new Map<string, Entry>();

  constructor(private readonly capacity: number) {}

  get(keyHash: string): number | undefined {
    const entry = this.#entries.get(keyHash);
    if (!entry) return undefined;
    this.#entries.delete(keyHash);
    if (entry.expiresAt <= Date.now()) return undefined;
    this.#entries.set(keyHash, entry);
    return entry.teamId;
  }

  set(keyHash: string, teamId: number, ttlMs: number) {
    if (ttlMs <= 0) return;
    this.#entries.delete(keyHash);
    this.#entries.set(keyHash, { teamId, expiresAt: Date.now() + ttlMs });
    if (this.#entries.size > this.capacity) {
      const oldest = this.#entries.keys().next().value;
      if (oldest !== undefined) this.#entries.delete(oldest);
    }
  }
}
