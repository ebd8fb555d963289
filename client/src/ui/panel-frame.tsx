import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { UiSlice } from '../state/store';
import { Icon } from './icons';
import { togglePanel } from './panels';

type Panel = keyof UiSlice['panels'];

/** A side panel's frame: heading, close button and a scrolling body. */
export function PanelFrame({ panel, title, compact, children }: { panel: Panel; title: string; compact: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  const headingId = `${panel}-panel-title`;
  return (
    <section id={`${panel}-panel`} className={`panel panel-${panel}`} aria-labelledby={headingId} data-testid={`${panel}-panel`}>
      <header className="panel-header">
        <h2 id={headingId}>{title}</h2>
        <button
          type="button"
          className="icon-button"
          aria-label={t(`panels.close.${panel}`)}
          data-testid={`${panel}-panel-close`}
          onClick={() => togglePanel(panel, compact)}
        >
          <Icon name="close" />
        </button>
      </header>
      <div className="panel-body">{children}</div>
    </section>
  );
}
