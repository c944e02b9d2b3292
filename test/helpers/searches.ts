/**
 * How often `run` searches the whole document with querySelectorAll: work
 * that should visit only what changed must not search the page.
 */
export function documentSearches(run: () => void, doc: Document = document): number {
  const original = Document.prototype.querySelectorAll;
  let calls = 0;
  Document.prototype.querySelectorAll = function (this: Document, selectors: string) {
    if (this === doc) calls++;
    return original.call(this, selectors);
  } as typeof original;
  try {
    run();
  } finally {
    Document.prototype.querySelectorAll = original;
  }
  return calls;
}
