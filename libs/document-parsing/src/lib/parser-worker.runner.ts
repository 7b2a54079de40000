import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { DocumentParseError, DocumentParseErrorCode } from './document-parse.error';
import { HtmlTextRules } from './parsers/html-text.rules';

export const WORKER_FILE_NAME = 'parser-worker.js';
export const WORKER_PATH_ENV = 'DPO_PARSER_WORKER_PATH';

/** Heap cap for one parse: a hostile file must not take the host's memory with it. */
const WORKER_MAX_OLD_GENERATION_MB = 1024;

export type WorkerJob =
  | { kind: 'pdf'; bytes: Uint8Array }
  | { kind: 'docx'; bytes: Uint8Array }
  | { kind: 'html'; html: string; removeSelectors: string[]; boilerplatePatterns: string[]; textRules: HtmlTextRules };

/** 'setup' means the worker could not load its packages: the deployment is broken, not the file. */
type WorkerFailureCode = DocumentParseErrorCode | 'setup';
type WorkerReply = { ok: true; result: unknown } | { ok: false; code: WorkerFailureCode; message: string };

const FAILURE_CODES: readonly WorkerFailureCode[] = ['unsupported_type', 'too_large', 'timeout', 'corrupt', 'no_text', 'encoding', 'empty', 'setup'];

/**
 * Where the plain-JS worker lives. In the webpack bundle __dirname is the output folder
 * (dist/apps/<service>), where the asset is copied to workers/; under Jest and ts-node
 * __dirname is this source folder, next to ../workers/.
 */
export function resolveWorkerScriptPath(explicit?: string): string {
  const candidates = [
    explicit,
    process.env[WORKER_PATH_ENV],
    join(__dirname, 'workers', WORKER_FILE_NAME),
    join(__dirname, '..', 'workers', WORKER_FILE_NAME),
  ].filter((p): p is string => Boolean(p));
  const found = explicit ? resolve(explicit) : candidates.map((p) => resolve(p)).find((p) => existsSync(p));
  if (!found || !existsSync(found)) {
    throw new Error(
      `document-parsing worker script not found (tried ${candidates.join(', ')}); ` +
        `copy libs/document-parsing/src/workers/${WORKER_FILE_NAME} as a webpack asset or set ${WORKER_PATH_ENV}`,
    );
  }
  return found;
}

function isReply(value: unknown): value is WorkerReply {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  if (value.ok === true) return 'result' in value;
  return 'code' in value && FAILURE_CODES.includes(value.code as WorkerFailureCode) && 'message' in value;
}

/**
 * Runs one job in a fresh worker thread and terminates it when the deadline passes, so a
 * parser stuck in a loop or allocating without end costs a thread, never the host process.
 * A fresh worker per job also means no state leaks between documents.
 */
export function runWorkerJob(job: WorkerJob, deadline: number, workerScriptPath?: string): Promise<unknown> {
  const scriptPath = resolveWorkerScriptPath(workerScriptPath);
  const remaining = deadline - Date.now();
  if (remaining <= 0) return Promise.reject(new DocumentParseError('timeout', 'time budget spent before parsing started'));

  return new Promise((resolvePromise, reject) => {
    let settled = false;
    const worker = new Worker(scriptPath, {
      workerData: job,
      resourceLimits: { maxOldGenerationSizeMb: WORKER_MAX_OLD_GENERATION_MB },
      // The worker must not write into the host's stdout/stderr (pdf.js warnings).
      stdout: true,
      stderr: true,
    });
    const finish = (fn: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
      void worker.terminate();
    };
    const timer = setTimeout(
      () => finish(() => reject(new DocumentParseError('timeout', `parsing took longer than ${Math.round(remaining)} ms`))),
      remaining,
    );
    worker.stdout.resume();
    worker.stderr.resume();
    worker.once('message', (msg: unknown) =>
      finish(() => {
        if (!isReply(msg)) reject(new DocumentParseError('corrupt', 'parser worker sent an unexpected reply'));
        else if (msg.ok) resolvePromise(msg.result);
        else if (msg.code === 'setup') reject(new Error(`document-parsing worker cannot load its parser: ${msg.message}`));
        else reject(new DocumentParseError(msg.code, msg.message));
      }),
    );
    worker.once('error', (err: Error & { code?: string }) =>
      finish(() => {
        const code = err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'too_large' : 'corrupt';
        reject(new DocumentParseError(code, `parser worker failed: ${err.message}`));
      }),
    );
    worker.once('exit', (exitCode) =>
      finish(() => reject(new DocumentParseError('corrupt', `parser worker exited (code ${exitCode}) without a result`))),
    );
  });
}
