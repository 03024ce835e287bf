/**
 * The Content Security Policy source for an inline script or style: `sha256-<base64 digest>` of its
 * exact text (CSP3, "hash-source"). Web Crypto, so it runs at build and in tests alike.
 */
export async function cspSha256(text: string): Promise<`sha256-${string}`> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return `sha256-${btoa(String.fromCharCode(...digest))}`;
}
