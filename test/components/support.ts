// Helpers shared by the component tests.
import { fixtureSync } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
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

/**
 * What assistive technology is told about a node, as axe-core computes it over
 * the flattened tree (slots and shadow roots included). The test runner's own
 * a11y snapshot command is not configured for Chrome here.
 */
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

/** Every oxu element in `root`, itself and nested shadow roots included. */
function oxuElements(root: Element): (Element & { updateComplete: Promise<unknown> })[] {
  const found: (Element & { updateComplete: Promise<unknown> })[] = [];
  const visit = (node: Element) => {
    if (node.localName.startsWith('oxu-')) found.push(node as Element & { updateComplete: Promise<unknown> });
    for (const child of [...node.children, ...(node.shadowRoot?.children ?? [])]) visit(child);
  };
  visit(root);
  return found;
}

/** Resolves once every oxu element in `root` has rendered, those its first render creates included. */
export async function settle(root: Element): Promise<void> {
  for (let seen = -1; ; ) {
    const elements = oxuElements(root);
    await Promise.all(elements.map((el) => el.updateComplete));
    if (elements.length === seen) return;
    seen = elements.length;
  }
}

/**
 * Like open-wc's `fixture`, without its wait for an animation frame: frames
 * do not come to a page the browser keeps in the background, as it does when
 * test files run side by side.
 */
export async function mount<T extends Element = HTMLElement>(template: TemplateResult | string): Promise<T> {
  const el = fixtureSync<T>(template);
  await settle(el);
  return el;
}
