import { useTranslation } from 'react-i18next';
import { api } from '../../api/api-client';
import { localName } from '../../i18n/bilingual';
import { formatCount, formatKm } from '../../i18n/format';
import { useStore } from '../../state/store';
import { toBbox } from '../bbox';
import { useApi } from '../use-api';
import { CardSection, CardStatus, CardTitle, Facts } from './card-parts';

/** A demonstration belt (示范带) along a road, and the villages it links. */
export function BeltCard({ id }: { id: string }) {
  const { t } = useTranslation();
  const language = useStore((s) => s.language);
  const state = useApi(`belt:${id}`, (signal) => api.belt(id, signal));
  const belt = state.data;
  if (!belt) return <CardStatus state={state} />;
  return (
    <>
      <CardTitle title={localName(belt, language)} code={belt.code} bbox={toBbox(belt.bbox)} />
      <Facts
        items={[
          [t('belt.length'), `${formatKm(belt.lengthKm, language)} ${t('units.km')}`],
          [t('belt.width'), `${formatCount(belt.widthMeters, language)} ${t('units.m')}`],
          [t('belt.villageCount'), formatCount(belt.villages.length, language)],
        ]}
      />
      <CardSection title={t('belt.villages')}>
        <ul className="plain-list" data-testid="belt-villages">
          {belt.villages.map((village) => (
            <li key={village.code}>
              {localName(village, language)} <span className="muted">{village.code}</span>
            </li>
          ))}
        </ul>
      </CardSection>
    </>
  );
}
