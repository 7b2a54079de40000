/** Why a document could not be turned into text. Callers map these to user-facing reasons. */
export type DocumentParseErrorCode =
  | 'unsupported_type'
  | 'too_large'
  | 'timeout'
  | 'corrupt'
  | 'no_text'
  | 'encoding'
  | 'empty';

export class DocumentParseError extends Error {
  readonly code: DocumentParseErrorCode;

  constructor(code: DocumentParseErrorCode, message: string) {
    super(message);
    this.name = 'DocumentParseError';
    this.code = code;
  }
}

export function isDocumentParseError(err: unknown): err is DocumentParseError {
  return err instanceof DocumentParseError;
}
