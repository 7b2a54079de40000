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
 * Protocol: workerData = { kind: 'pdf' | 'docx' | 'html', bytes?: Uint8Array, html?: string,
 * removeSelectors?: string[], boilerplatePatterns?: string[] }; the worker posts exactly one
 * message: { ok: true, result } or { ok: false, code, message }.
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

function parseHtml(html, removeSelectors, boilerplatePatterns) {
  const { parseHTML } = require('linkedom');
  const { Readability } = require('@mozilla/readability');
  const { document } = parseHTML(html);
  // Title candidates are read before Readability, which mutates the document.
  const ogMeta = document.querySelector('meta[property="og:title"], meta[name="og:title"]');
  const titles = {
    title: textOf(document.querySelector('title')),
    ogTitle: ogMeta ? (ogMeta.getAttribute('content') || '').trim() : '',
    h1: textOf(document.querySelector('h1')),
  };
  for (const selector of removeSelectors) {
    try {
      for (const el of document.querySelectorAll(selector)) el.remove();
    } catch {
      // An unsupported selector in linkedom must not stop the others.
    }
  }
  const patterns = boilerplatePatterns.map((p) => new RegExp(p, 'i'));
  for (const el of document.querySelectorAll('a, p, div, span, li, button, section')) {
    const text = textOf(el);
    if (text.length > 0 && text.length < 120 && patterns.some((re) => re.test(text))) el.remove();
  }
  let contentHtml = '';
  let usedReadability = false;
  try {
    const article = new Readability(document, { charThreshold: 100 }).parse();
    if (article && article.content) {
      contentHtml = article.content;
      usedReadability = true;
    }
  } catch {
    // Readability gives up on odd pages; the cleaned body below is the fallback.
  }
  if (!usedReadability) {
    const body = parseHTML(html).document;
    for (const selector of removeSelectors) {
      try {
        for (const el of body.querySelectorAll(selector)) el.remove();
      } catch {
        // see above
      }
    }
    contentHtml = body.body ? body.body.innerHTML : body.toString();
  }
  parentPort.postMessage({ ok: true, result: { contentHtml, usedReadability, ...titles } });
}

async function main() {
  const job = workerData || {};
  try {
    if (job.kind === 'pdf') return await parsePdf(job.bytes);
    if (job.kind === 'docx') return await parseDocx(job.bytes);
    if (job.kind === 'html') return parseHtml(job.html, job.removeSelectors || [], job.boilerplatePatterns || []);
    return fail('unsupported_type', `unknown worker job kind: ${job.kind}`);
  } catch (err) {
    return fail('corrupt', errorMessage(err));
  }
}

main();
