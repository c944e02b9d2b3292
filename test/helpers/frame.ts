/** Loads a same-origin page in an iframe and waits for its load event and two frames. */
export async function loadFrame(src: string, attrs: Record<string, string> = {}): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '600px';
  // After the default size, so a `style` attribute given here wins.
  for (const [k, v] of Object.entries(attrs)) frame.setAttribute(k, v);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = src;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow!;
  await new Promise((r) => win.requestAnimationFrame(() => win.requestAnimationFrame(r)));
  return frame;
}

export type FrameWindow = Window & typeof globalThis & {
  Oxu: { settings: { fontSize: number; colorScheme: string }; levels: readonly number[]; set(v: object): unknown; reset(): unknown };
  __errors?: string[];
  __violations?: string[];
  __firstScript?: Record<string, unknown>;
};

export const win = (frame: HTMLIFrameElement) => frame.contentWindow as FrameWindow;
