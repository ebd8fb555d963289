/**
 * Where to put a tooltip of size `box` near the pointer at (x, y) inside a viewport: below-right of
 * the pointer, flipped to the other side where it would leave the viewport.
 */
export function tooltipPosition(
  pointer: { x: number; y: number },
  box: { width: number; height: number },
  viewport: { width: number; height: number },
  offsetPx = 16,
): { left: number; top: number } {
  let left = pointer.x + offsetPx;
  let top = pointer.y + offsetPx;
  if (left + box.width > viewport.width) left = pointer.x - offsetPx - box.width;
  if (top + box.height > viewport.height) top = pointer.y - offsetPx - box.height;
  return { left: Math.max(0, left), top: Math.max(0, top) };
}
