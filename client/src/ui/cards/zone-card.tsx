import { useTranslation } from 'react-i18next';
import { api } from '../../api/api-client';
import { localName, pickLanguage } from '../../i18n/bilingual';
import { formatCount, formatDateTime } from '../../i18n/format';
import { useStore } from '../../state/store';
import { toBbox } from '../bbox';
import { legendColor } from '../layers/legend-color';
import { useApi } from '../use-api';
import { CardSection, CardStatus, CardTitle, Dot, Facts, SelectLink } from './card-parts';

/** A responsibility zone (责任区, 包段): the unit holding it, its chief and the segments it covers. */
export function ZoneCard({ id }: { id: string }) {
  const { t } = useTranslation();
  const language = useStore((s) => s.language);
  const state = useApi(`zone:${id}`, (signal) => api.zone(id, signal));
  const zone = state.data;
  if (!zone) return <CardStatus state={state} />;
  return (
    <>
      <CardTitle title={localName(zone, language)} code={zone.code ?? String(zone.id)} bbox={toBbox(zone.bbox)} />
      <Facts
        items={[
          [t('zone.unit'), pickLanguage(zone.unitName, language)],
          [t('zone.unitType'), (
            <span>
              <Dot color={legendColor(`legend.unitType.${zone.unitType}`)} />
              {t(`unitTypeChip.${zone.unitType}`)}
            </span>
          )],
          [t('zone.level'), t(`unitLevel.${zone.level}`)],
          [t('zone.chief'), zone.chief ? pickLanguage(zone.chief, language) : <span className="warning">{t('zone.noChief')}</span>],
          [t('common.updatedAt'), `${formatDateTime(zone.updatedAt, language)} · ${zone.updatedBy}`],
          [t('zone.version'), formatCount(zone.version, language)],
        ]}
      />
      <CardSection title={t('zone.segments', { n: formatCount(zone.segments.length, language) })}>
        <ul className="link-list link-grid">
          {zone.segments.map((code) => (
            <li key={code}>
              <SelectLink target={{ type: 'segment', id: code }} testId={`card-segment-${code}`}>
                <span className="link-main">{code}</span>
              </SelectLink>
            </li>
          ))}
        </ul>
      </CardSection>
    </>
  );
}
