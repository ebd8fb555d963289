import { useStore, type UiSlice } from '../state/store';

type Panel = keyof UiSlice['panels'];

/**
 * Shows or hides a side panel. On a tablet the panels are one drawer, so opening one closes the
 * other rather than stacking both into a narrow column.
 */
export function togglePanel(panel: Panel, compact: boolean): void {
  const { panels, togglePanel: toggle } = useStore.getState();
  if (compact && !panels[panel]) {
    for (const other of Object.keys(panels) as Panel[]) if (other !== panel && panels[other]) toggle(other);
  }
  toggle(panel);
}

/** Closes every side panel (a drawer's scrim, Esc on a tablet, switching to the compact layout). */
export function closePanels(): void {
  const { panels, togglePanel: toggle } = useStore.getState();
  for (const panel of Object.keys(panels) as Panel[]) if (panels[panel]) toggle(panel);
}
