import { useTranslation } from 'react-i18next';
import { useStore } from '../../state/store';
import { Icon } from '../icons';
import { togglePanel } from '../panels';

const BUTTONS = [
  { panel: 'layers', key: 'L', icon: 'layers' },
  { panel: 'filters', key: 'F', icon: 'filter' },
] as const;

export function PanelButtons({ compact }: { compact: boolean }) {
  const { t } = useTranslation();
  const panels = useStore((s) => s.panels);
  return (
    <div className="panel-buttons">
      {BUTTONS.map(({ panel, key, icon }) => (
        <button
          key={panel}
          type="button"
          className="tool-button"
          aria-expanded={panels[panel]}
          aria-controls={`${panel}-panel`}
          aria-keyshortcuts={key}
          data-testid={`toggle-${panel}-panel`}
          onClick={() => togglePanel(panel, compact)}
        >
          <Icon name={icon} />
          {t(`panels.${panel}`)}
          {!compact && <kbd aria-hidden="true">{key}</kbd>}
        </button>
      ))}
    </div>
  );
}
