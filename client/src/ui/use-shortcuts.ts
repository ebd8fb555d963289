import { useEffect } from 'react';
import { useStore } from '../state/store';
import { closePanels, togglePanel } from './panels';

const typingIn = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName));

/** The wall screen's keyboard: L layers, F filters, Esc closes the card (then, on a tablet, the drawer). */
export function useShortcuts(compact: boolean): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === 'Escape') {
        const { selection, select, panels } = useStore.getState();
        if (selection) select(null);
        else if (compact && (panels.layers || panels.filters)) closePanels();
        return;
      }
      if (typingIn(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === 'l') togglePanel('layers', compact);
      else if (key === 'f') togglePanel('filters', compact);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [compact]);
}
