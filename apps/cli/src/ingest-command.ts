import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';

const TYPES: Record<string, string> = {
  '.txt': 'text/plain',
  '.md': 'text/markdown',
  '.html': 'text/html',
  '.htm': 'text/html',
  '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export interface IngestOptions {
  gatewayUrl: string;
  apiKey: string;
  err: NodeJS.WritableStream;
  out: NodeJS.WritableStream;
}

/** Files under the given paths (directories are walked; hidden files skipped), in a stable order. */
export async function collectFiles(paths: string[]): Promise<string[]> {
  const found: string[] = [];
  for (const p of paths) {
    const s = await stat(p).catch(() => null);
    if (!s) throw new Error(`no such file or directory: ${p}`);
    if (s.isDirectory()) {
      const entries = (await readdir(p)).filter((e) => !e.startsWith('.')).sort();
      found.push(...(await collectFiles(entries.map((e) => join(p, e)))));
    } else if (s.isFile()) {
      found.push(p);
    }
  }
  return found;
}

/**
 * Submit files to a running gateway, one JSON line per file on stdout
 * (`{file, status, documentId, duplicate, error}`), progress on stderr.
 * Returns the exit code: 0 when every file was accepted (new or duplicate).
 */
export async function runIngest(paths: string[], opts: IngestOptions): Promise<number> {
  if (!paths.length) {
    opts.err.write('usage: dpo ingest <file or directory>...\n');
    return 64;
  }
  const files = await collectFiles(paths);
  let failed = 0;
  for (const [i, file] of files.entries()) {
    const bytes = await readFile(file);
    const form = new FormData();
    const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    form.append('file', new Blob([bytes], { type }), basename(file));
    let line: Record<string, unknown>;
    try {
      const res = await fetch(new URL('/api/documents', opts.gatewayUrl), {
        method: 'POST',
        headers: { authorization: `Bearer ${opts.apiKey}` },
        body: form,
      });
      const body = (await res.json().catch(() => ({}))) as Record<string, unknown>;
      line = { file, httpStatus: res.status, ...body };
      // 422: the gateway kept the file but could not read it; the line says why.
      if (res.status >= 400) failed++;
    } catch (err) {
      failed++;
      line = { file, error: { code: 'unavailable', message: `gateway at ${opts.gatewayUrl} did not answer: ${(err as Error).message}` } };
    }
    opts.out.write(`${JSON.stringify(line)}\n`);
    opts.err.write(`[${i + 1}/${files.length}] ${file}: ${describe(line)}\n`);
  }
  opts.err.write(`${files.length - failed} of ${files.length} file(s) accepted\n`);
  return failed ? 1 : 0;
}

function describe(line: Record<string, unknown>): string {
  const error = line['error'] as { code?: string; message?: string } | null | undefined;
  if (error) return `failed (${error.code}: ${error.message})`;
  return line['duplicate'] ? `already ingested as ${line['documentId']}` : `ingested as ${line['documentId']}`;
}
