// What assistive technology is told about a node, as axe-core computes it over
// the flattened tree (slots and shadow roots included). The test runner's own
// a11y snapshot command is not configured for Chrome here.
import 'axe-core/axe.min.js';

interface Axe {
  setup(root: Node): unknown;
  teardown(): void;
  utils: { getNodeFromTree(node: Node): unknown };
  commons: {
    text: { accessibleTextVirtual(vNode: unknown): string };
    aria: { getRole(vNode: unknown): string | null };
  };
}

export interface AccessibleNode {
  readonly role: string | null;
  readonly name: string;
}

export function accessibleNode(node: Element): AccessibleNode {
  const axe = (window as unknown as { axe: Axe }).axe;
  axe.setup(document);
  try {
    const vNode = axe.utils.getNodeFromTree(node);
    return { role: axe.commons.aria.getRole(vNode), name: axe.commons.text.accessibleTextVirtual(vNode).trim() };
  } finally {
    axe.teardown();
  }
}
