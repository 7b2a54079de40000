export function documentParsing(): string {
  return 'document-parsing';
}
