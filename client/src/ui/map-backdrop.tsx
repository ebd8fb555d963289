import { useTranslation } from 'react-i18next';
import { useStore } from '../state/store';

/** Behind the map: says the map is loading until the map first reports its extent. */
export function MapBackdrop() {
  const { t } = useTranslation();
  const ready = useStore((s) => s.bounds !== null);
  return (
    <div className="map-placeholder" data-testid="map-backdrop">
      {!ready && <p role="status">{t('map.placeholder')}</p>}
    </div>
  );
}
