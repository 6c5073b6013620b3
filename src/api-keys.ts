/*
 * API keys look like `pak_` followed by 40 base62 characters (about 238 bits).
 * Only the SHA-256 of a key is stored, with its first 12 characters as a
 * prefix that operators can use to name the key without revealing it.
 */

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const SECRET_LENGTH = 40;

const API_KEY_PREFIX = 'pak_';
export const API_KEY_PATTERN = /^pak_[0-9A-Za-z]{40}$/;
export const KEY_PREFIX_LENGTH = 12;
export const KEY_PREFIX_PATTERN = new RegExp(
  `^${API_KEY_PREFIX}[0-9A-Za-z]{${KEY_PREFIX_LENGTH - API_KEY_PREFIX.length}}$`,
);

export function generateApiKey(): string {
  let secret = '';
  while (secret.length < SECRET_LENGTH) {
    for (const byte of crypto.getRandomValues(new Uint8Array(64))) {
      // 248 is the largest multiple of 62 below 256; dropping bytes above it keeps
      // every character equally likely.
      if (byte < 248 && secret.length < SECRET_LENGTH) secret += ALPHABET[byte % ALPHABET.length];
    }
  }
  return API_KEY_PREFIX + secret;
}

export async function hashApiKey(key: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(key));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export const keyPrefix = (key: string) => key.slice(0, KEY_PREFIX_LENGTH);
