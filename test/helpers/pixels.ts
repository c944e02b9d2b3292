import { executeServerCommand } from '@web/test-runner-commands';

/** A base64 PNG decoded to RGBA bytes. */
export async function decodePng(base64: string): Promise<{ width: number; height: number; data: Uint8ClampedArray }> {
  const img = new Image();
  img.src = `data:image/png;base64,${base64}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = img.naturalWidth;
  canvas.height = img.naturalHeight;
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(img, 0, 0);
  return { width: canvas.width, height: canvas.height, data: ctx.getImageData(0, 0, canvas.width, canvas.height).data };
}

/** The pixels the browser painted for `el`'s box, as RGBA bytes. */
export async function paintedPixels(el: Element): Promise<Uint8ClampedArray> {
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const box = el.getBoundingClientRect();
  const clip = { x: Math.round(box.x), y: Math.round(box.y), width: Math.round(box.width), height: Math.round(box.height) };
  const base64 = await executeServerCommand<string, typeof clip>('screenshot', clip);
  return (await decodePng(base64)).data;
}
