import { useLayoutEffect, useRef, useState } from 'react';
import { useStore } from '../state/store';
import { tooltipPosition } from './tooltip-position';

/**
 * What the pointer is over, next to it. Position comes from the map (relative to the map's box, which
 * this shares); the same facts are in the card a tap opens, so nothing lives only here.
 */
export function HoverTooltip() {
  const hover = useStore((s) => s.hover);
  const ref = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState<{ left: number; top: number } | null>(null);

  useLayoutEffect(() => {
    const box = ref.current;
    const parent = box?.offsetParent;
    if (!hover || !box || !(parent instanceof HTMLElement)) return;
    setPosition(tooltipPosition(hover, { width: box.offsetWidth, height: box.offsetHeight },
      { width: parent.clientWidth, height: parent.clientHeight }));
  }, [hover]);

  if (!hover) return null;
  return (
    <div
      ref={ref}
      className="hover-tooltip"
      role="tooltip"
      data-testid="hover-tooltip"
      style={position ? { left: position.left, top: position.top } : { left: hover.x + 16, top: hover.y + 16 }}
    >
      <p className="tooltip-title">{hover.title}</p>
      {hover.lines.map((line, index) => (
        <p key={index}>{line}</p>
      ))}
    </div>
  );
}
