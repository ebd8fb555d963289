import { useTranslation } from 'react-i18next';
import { api } from '../../api/api-client';
import { localName } from '../../i18n/bilingual';
import { formatCount, formatDateTime } from '../../i18n/format';
import { useStore } from '../../state/store';
import { pointBbox } from '../bbox';
import { legendColor } from '../layers/legend-color';
import { useApi } from '../use-api';
import { CardSection, CardStatus, CardTitle, Dot, Facts } from './card-parts';
import { SegmentLink } from './segment-link';

export function CheckpointCard({ id }: { id: string }) {
  const { t } = useTranslation();
  const language = useStore((s) => s.language);
  const state = useApi(`checkpoint:${id}`, (signal) => api.checkpoint(id, signal));
  const checkpoint = state.data;
  if (!checkpoint) return <CardStatus state={state} />;
  const branch = checkpoint.branch;
  return (
    <>
      <CardTitle title={localName(checkpoint, language)} code={checkpoint.code} bbox={pointBbox(checkpoint.geometry)} />
      <Facts
        items={[
          [t('checkpoint.kind'), t(`checkpointKind.${checkpoint.kind}`)],
          [t('checkpoint.status'), (
            <span className={`status-${checkpoint.status}`} data-testid="checkpoint-status">
              <Dot color={legendColor(`legend.checkpointStatus.${checkpoint.status}`)} />
              {t(`checkpointStatus.${checkpoint.status}`)}
            </span>
          )],
          [t('checkpoint.duty24h'), t(checkpoint.staffed24h ? 'common.yes' : 'common.no')],
          [t('checkpoint.personnel'), formatCount(checkpoint.personnel, language)],
          [t('common.updatedAt'), formatDateTime(checkpoint.updatedAt, language)],
        ]}
      />
      <CardSection title={t('checkpoint.branch')}>
        {branch ? (
          <Facts
            items={[
              [t('branch.name'), localName(branch, language)],
              [t('branch.kind'), t(branch.temporary ? 'branch.temporary' : 'branch.permanent')],
              [t('branch.members'), formatCount(branch.members, language)],
              [t('branch.code'), branch.code],
            ]}
          />
        ) : (
          <p className="warning">{t('checkpoint.noBranch')}</p>
        )}
      </CardSection>
      <SegmentLink code={checkpoint.segmentCode} />
    </>
  );
}
