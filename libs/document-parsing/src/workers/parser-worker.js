'use strict';
/*
 * Worker thread for the heavy parsers (PDF via unpdf/pdf.js, DOCX via mammoth, HTML via
 * linkedom + Readability).
 *
 * Why plain CommonJS: this file must run unchanged under Jest (TypeScript sources) and next to
 * the webpack bundle (dist/apps/<service>/workers/parser-worker.js, copied as an asset), so it
 * may only require packages from node_modules. All policy (limits, error codes, boilerplate
 * rules, text clean-up) stays in the TypeScript side; this file only calls the libraries.
 *
 * Protocol: workerData is a WorkerJob (see parser-worker.runner.ts): { kind: 'pdf' | 'docx',
 * bytes } or { kind: 'html', html, removeSelectors, boilerplatePatterns, textRules }. The worker
 * posts exactly one message: { ok: true, result } or { ok: false, code, message }.
 */
const { parentPort, workerData } = require('node:worker_threads');

function fail(code, message) {
  parentPort.postMessage({ ok: false, code, message: String(message).slice(0, 500) });
}

function errorMessage(err) {
  return err && typeof err === 'object' && 'message' in err ? String(err.message) : String(err);
}

async function parsePdf(bytes) {
  // unpdf ships a serverless pdf.js build; it is ESM-first, so load it with import().
  const { getDocumentProxy, extractText, getMeta } = await import('unpdf');
  let pdf;
  try {
    pdf = await getDocumentProxy(bytes, { verbosity: 0, isEvalSupported: false });
  } catch (err) {
    const name = err && err.name;
    if (name === 'PasswordException') return fail('unsupported_type', 'PDF is password-protected');
    return fail('corrupt', `PDF could not be opened: ${errorMessage(err)}`);
  }
  let pages;
  try {
    const extracted = await extractText(pdf, { mergePages: false });
    pages = extracted.text;
  } catch (err) {
    return fail('corrupt', `PDF text could not be read: ${errorMessage(err)}`);
  }
  let title;
  try {
    const meta = await getMeta(pdf);
    const info = meta && meta.info;
    if (info && typeof info.Title === 'string') title = info.Title;
  } catch {
    // Metadata is optional: a broken Info dictionary must not lose the text.
  }
  parentPort.postMessage({ ok: true, result: { pages, title } });
}

async function parseDocx(bytes) {
  const mammoth = require('mammoth');
  try {
    const out = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    const warnings = (out.messages || []).filter((m) => m.type === 'warning' || m.type === 'error').map((m) => m.message);
    parentPort.postMessage({ ok: true, result: { text: out.value, warnings } });
  } catch (err) {
    fail('corrupt', `DOCX could not be read: ${errorMessage(err)}`);
  }
}

function textOf(node) {
  return node && node.textContent ? node.textContent.replace(/\s+/g, ' ').trim() : '';
}

/** Text with block structure, following the rules sent by html.parser.ts. */
function domToText(root, rules) {
  const paragraph = new Set(rules.paragraphTags);
  const line = new Set(rules.lineTags);
  const cell = new Set(rules.cellTags);
  const skip = new Set(rules.skipTags);
  let text = '';
  // Breaks are collected and written before the next visible text, so nested or adjacent
  // blocks give one newline (line) or one blank line (paragraph), never a pile of them.
  let pending = '';
  const brk = (sep) => {
    if (sep.length > pending.length) pending = sep;
  };
  const emit = (value) => {
    if (pending) {
      if (!/\S/.test(value)) return;
      if (text) text += pending;
      pending = '';
    }
    text += value;
  };
  const walk = (node, inPre) => {
    if (node.nodeType === 3) {
      const value = node.textContent || '';
      emit(inPre ? value : value.replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = String(node.tagName).toUpperCase();
    if (skip.has(tag)) return;
    const sep = paragraph.has(tag) ? '\n\n' : line.has(tag) ? '\n' : '';
    if (sep) brk(sep);
    else if (cell.has(tag) && text && !pending && !text.endsWith('\n')) emit('\t');
    for (const child of Array.from(node.childNodes)) walk(child, inPre || tag === 'PRE');
    if (sep) brk(sep);
  };
  walk(root, false);
  // Spaces next to block boundaries come from inline whitespace in the source.
  return text.replace(/[ \t]*\n[ \t]*/g, '\n');
}

function removeAll(document, selectors) {
  for (const selector of selectors) {
    try {
      for (const el of document.querySelectorAll(selector)) el.remove();
    } catch {
      // A selector linkedom does not support must not stop the others.
    }
  }
}

function parseHtml(job) {
  const { parseHTML } = require('linkedom');
  const { Readability } = require('@mozilla/readability');
  const { document } = parseHTML(job.html);
  // Title candidates are read before Readability, which mutates the document.
  const ogMeta = document.querySelector('meta[property="og:title"], meta[name="og:title"]');
  const titles = {
    title: textOf(document.querySelector('title')),
    ogTitle: ogMeta ? (ogMeta.getAttribute('content') || '').trim() : '',
    h1: textOf(document.querySelector('h1')),
  };
  removeAll(document, job.removeSelectors);
  const patterns = job.boilerplatePatterns.map((p) => new RegExp(p, 'i'));
  for (const el of document.querySelectorAll('a, p, div, span, li, button, section')) {
    const text = textOf(el);
    if (text.length > 0 && text.length < 120 && patterns.some((re) => re.test(text))) el.remove();
  }
  // Readability consumes the document, so keep the cleaned body as the fallback first.
  const fallbackRoot = document.body ? document.body.cloneNode(true) : null;
  let root = null;
  try {
    const article = new Readability(document, { charThreshold: 100 }).parse();
    if (article && article.content) root = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`).document.body;
  } catch {
    // Readability gives up on odd pages; the cleaned body is used instead.
  }
  const usedReadability = root !== null;
  const text = root ? domToText(root, job.textRules) : fallbackRoot ? domToText(fallbackRoot, job.textRules) : '';
  parentPort.postMessage({ ok: true, result: { text, usedReadability, ...titles } });
}

async function main() {
  const job = workerData || {};
  try {
    if (job.kind === 'pdf') return await parsePdf(job.bytes);
    if (job.kind === 'docx') return await parseDocx(job.bytes);
    if (job.kind === 'html') return parseHtml(job);
    return fail('unsupported_type', `unknown worker job kind: ${job.kind}`);
  } catch (err) {
    // A missing package is a deployment problem, not a damaged document: report it as such.
    const code = err && (err.code === 'MODULE_NOT_FOUND' || err.code === 'ERR_MODULE_NOT_FOUND') ? 'setup' : 'corrupt';
    return fail(code, errorMessage(err));
  }
}

main();
