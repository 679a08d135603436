/**
 * Files that the embed script loads on first need from beside itself: classic scripts that set
 * one global each. A classic script loads from `file://` and, under `default-src 'self'`, from
 * the page's own origin; a page may also include the file itself, ahead of time.
 */

// A classic script knows its own address only while it runs: capture it now. An ES module (the
// dashboard's build) has none, and the file is found beside the page instead.
const scriptAddress = typeof document === 'undefined' ? '' : ((document.currentScript as HTMLScriptElement | null)?.src ?? '');

/** Where `file` is: beside the script that holds this module, or beside the page. */
const addressBeside = (file: string) => new URL(file, scriptAddress || document.baseURI).href;

/**
 * The global that the script `file` sets: at once when the page already has it, otherwise after
 * adding the script beside this one to the page. Rejects, naming the file and its address, when
 * it cannot be loaded or does not set the global (`what` names what it should have defined).
 */
export function loadGlobal<T>(file: string, global: string, what: string): Promise<T> {
  const globals = globalThis as Record<string, unknown>;
  if (globals[global]) return Promise.resolve(globals[global] as T);
  return new Promise((resolve, reject) => {
    const address = addressBeside(file);
    const script = document.createElement('script');
    script.src = address;
    script.onload = () => {
      if (globals[global]) resolve(globals[global] as T);
      else reject(new Error(`${address} did not define ${what}`));
    };
    script.onerror = () => reject(new Error(`${file} could not be loaded from ${address}`));
    document.head.append(script);
  });
}
