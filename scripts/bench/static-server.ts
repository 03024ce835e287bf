/**
 * Start scripts/serve-static.mjs (gzip, like a static host) on a folder and wait until it listens.
 * The bench serves dist/ and its peer pages from two of these, on neighbouring ports.
 */
import { spawn } from 'node:child_process';

export interface StaticServer {
  origin: string;
  stop: () => void;
}

/**
 * Resolves once the server prints that it listens (so a port taken by another server is an error,
 * not a bench of someone else's pages); rejects if it exits first or says nothing for `timeoutMs`.
 */
export function startStaticServer(dir: string, port: number, timeoutMs = 30_000): Promise<StaticServer> {
  const child = spawn(process.execPath, ['scripts/serve-static.mjs', '--dir', dir, '--port', String(port)], {
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const stop = () => {
    if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!);
  };
  return new Promise((resolve, reject) => {
    let errors = '';
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`The static server for ${dir} did not start on port ${port} within ${timeoutMs} ms.`));
    }, timeoutMs);
    child.stderr.on('data', (chunk) => (errors += chunk));
    child.stdout.on('data', (chunk: Buffer) => {
      if (!chunk.toString().includes('serving')) return;
      clearTimeout(timer);
      child.stdout.destroy();
      resolve({ origin: `http://127.0.0.1:${port}`, stop });
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The static server for ${dir} on port ${port} exited (${code}): ${errors.trim() || 'no message'}`));
    });
  });
}
