/**
 * Files the app hands to the user (scenario, versions, CSV tables, charts):
 * one way to name them and one way to download them. Nothing leaves the
 * machine; the browser saves a blob URL.
 */

/**
 * A file-name stem from a title: letters and digits only (å, ä, ö → a, a, o),
 * words joined by "-", lower case, at most `max` characters; "" when nothing
 * is left. Never a path ("../", "\" and ":" are gone).
 */
export function fileSlug(title: string, max = 80): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[øØ]/g, 'o')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
}

/** `fileSlug(title)` + extension, falling back to `fallback` (and then "fil") when the title has no letters. */
export function safeFileName(title: string, ext: string, fallback = 'fil', max = 80): string {
  return `${fileSlug(title, max) || fileSlug(fallback, max) || 'fil'}.${ext}`;
}

/** Offer `blob` as a file download named `fileName`. */
export function downloadBlob(blob: Blob, fileName: string, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  doc.body.append(a);
  a.click();
  a.remove();
  // Some browsers start the download asynchronously; keep the URL alive a while.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** Offer `text` (or its pieces, in order, written as they are) as a file download. */
export function downloadText(
  text: string | readonly string[],
  fileName: string,
  type: string,
): void {
  downloadBlob(new Blob(typeof text === 'string' ? [text] : [...text], { type }), fileName);
}
