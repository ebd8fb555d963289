import { useTranslation } from 'react-i18next';
import { LAYER_IDS } from '../../state/domain';
import { useStore } from '../../state/store';
import { PanelFrame } from '../panel-frame';
import { Legend } from './legend';

/** One switch per layer; the legend of each visible layer sits under its switch. */
export function LayersPanel({ compact }: { compact: boolean }) {
  const { t } = useTranslation();
  const visible = useStore((s) => s.visibleLayers);
  const toggleLayer = useStore((s) => s.toggleLayer);
  return (
    <PanelFrame panel="layers" title={t('layers.title')} compact={compact}>
      <ul className="layer-list">
        {LAYER_IDS.map((id) => (
          <li key={id}>
            <button
              type="button"
              role="switch"
              aria-checked={visible[id]}
              className="layer-switch"
              data-testid={`layer-toggle-${id}`}
              onClick={() => toggleLayer(id)}
            >
              <span className="switch-track" aria-hidden="true"><span className="switch-thumb" /></span>
              <span className="layer-name">{t(`layers.${id}`)}</span>
            </button>
            {visible[id] && <Legend layer={id} />}
          </li>
        ))}
      </ul>
    </PanelFrame>
  );
}
