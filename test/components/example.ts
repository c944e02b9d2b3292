/** One way a page uses an element: the tests run it, the element's page in docs/elements/ shows it. */
export interface Example {
  /** a few words, e.g. "some of the levels" */
  readonly name: string;
  /** what the example shows, one or two sentences, for the docs */
  readonly description?: string;
  /** the markup, as a page would write it */
  readonly html: string;
}
