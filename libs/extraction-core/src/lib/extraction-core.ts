export function extractionCore(): string {
  return 'extraction-core';
}
