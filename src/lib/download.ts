/**
 * Saves text or a Blob (a PNG, say) as a file in the browser, through a temporary object URL.
 * `type` applies to text; a Blob keeps its own.
 */
export function saveFile(data: string | Blob, filename: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(typeof data === 'string' ? new Blob([data], { type }) : data);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
