import { useTranslation } from 'react-i18next';
import { api } from '../../api/api-client';
import { localName } from '../../i18n/bilingual';
import { formatCount } from '../../i18n/format';
import { UNIT_TYPES } from '../../state/domain';
import { useStore } from '../../state/store';
import { pointBbox } from '../bbox';
import { legendColor } from '../layers/legend-color';
import { useApi } from '../use-api';
import { CardSection, CardStatus, CardTitle, Dot } from './card-parts';
import { SegmentLink } from './segment-link';

/** A duty post (驻防点) and its joint party/government/military/police/civilian staff (党政军警民). */
export function DutyPostCard({ id }: { id: string }) {
  const { t } = useTranslation();
  const language = useStore((s) => s.language);
  const state = useApi(`duty-post:${id}`, (signal) => api.dutyPost(id, signal));
  const post = state.data;
  if (!post) return <CardStatus state={state} />;
  const total = post.totalPersonnel || 1;
  return (
    <>
      <CardTitle title={localName(post, language)} code={post.code} bbox={pointBbox(post.geometry)} />
      <CardSection title={t('dutyPost.personnel', { n: formatCount(post.totalPersonnel, language) })}>
        <ul className="bars" data-testid="duty-post-personnel">
          {UNIT_TYPES.map((unit) => (
            <li key={unit}>
              <span className="bar-label"><Dot color={legendColor(`legend.unitType.${unit}`)} />{t(`unitTypeChip.${unit}`)}</span>
              <span className="bar-track" aria-hidden="true">
                <span className="bar-fill" style={{ width: `${(100 * post.personnel[unit]) / total}%`, background: legendColor(`legend.unitType.${unit}`) }} />
              </span>
              <b className="num">{formatCount(post.personnel[unit], language)}</b>
            </li>
          ))}
        </ul>
      </CardSection>
      <SegmentLink code={post.segmentCode} />
    </>
  );
}
