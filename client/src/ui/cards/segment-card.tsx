import { useTranslation } from 'react-i18next';
import { api } from '../../api/api-client';
import { localName } from '../../i18n/bilingual';
import { formatKm } from '../../i18n/format';
import { useStore } from '../../state/store';
import { toBbox } from '../bbox';
import { useApi } from '../use-api';
import { CardStatus, CardTitle, Facts } from './card-parts';
import { ChiefsList } from './chiefs-list';
import { SegmentCheckpoints, SegmentDutyPosts, SegmentZones } from './segment-sections';

/** A segment's whole responsibility chain at one look: five chiefs, zones and units, checkpoints, duty posts. */
export function SegmentCard({ id }: { id: string }) {
  const { t } = useTranslation();
  const language = useStore((s) => s.language);
  const state = useApi(`segment:${id}`, (signal) => api.segment(id, signal));
  const segment = state.data;
  if (!segment) return <CardStatus state={state} />;
  const km = (value: number) => `${formatKm(value, language)} ${t('units.km')}`;
  return (
    <>
      <CardTitle title={segment.code} code={segment.code} bbox={toBbox(segment.bbox)} />
      <Facts
        items={[
          [t('segment.length'), km(segment.lengthKm)],
          [t('segment.county'), localName(segment.county, language)],
          [t('segment.township'), segment.township ? localName(segment.township, language) : t('common.none')],
          [t('segment.position'), t('segment.positionValue', { line: segment.lineId, from: formatKm(segment.fromKm, language), to: formatKm(segment.toKm, language) })],
        ]}
      />
      <ChiefsList chiefs={segment.chiefs} />
      <SegmentZones zones={segment.zones} />
      <SegmentCheckpoints checkpoints={segment.checkpoints} />
      <SegmentDutyPosts dutyPosts={segment.dutyPosts} />
    </>
  );
}
