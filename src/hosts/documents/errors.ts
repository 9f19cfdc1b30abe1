/** Why a document could not be read; the shells turn the code into words for the user. */
export type DocumentErrorCode = 'not-docx' | 'not-pdf' | 'pdf-no-text' | 'unsupported';

export class DocumentError extends Error {
  constructor(
    readonly code: DocumentErrorCode,
    detail = '',
  ) {
    super(`${code}${detail ? `: ${detail}` : ''}`);
    this.name = 'DocumentError';
  }
}

/** The message for the user, in Vietnamese with English after it, as the CLI writes its errors. */
export function documentErrorMessage(error: DocumentError): string {
  switch (error.code) {
    case 'not-docx':
      return 'tệp không phải là tài liệu Word (.docx) đọc được (not a readable .docx file)';
    case 'not-pdf':
      return 'tệp không phải là PDF đọc được (not a readable PDF file)';
    case 'pdf-no-text':
      return 'không có chữ trong tệp PDF này — có thể là bản scan (ảnh); hãy dùng bản Word hoặc dán văn bản (no text in this PDF: it looks scanned; use the Word file or paste the text)';
    default:
      return 'chỉ đọc được tệp .txt, .docx hoặc .pdf (only .txt, .docx or .pdf files can be read)';
  }
}
