import { useTranslation } from 'react-i18next';
import type { SegmentDetail } from '../../api/api-client';
import { localName, pickLanguage } from '../../i18n/bilingual';
import { formatCount } from '../../i18n/format';
import { CHECKPOINT_STATUSES, UNIT_TYPES } from '../../state/domain';
import { useStore } from '../../state/store';
import { legendColor } from '../layers/legend-color';
import { CardSection, Dot, SelectLink } from './card-parts';

export function SegmentZones({ zones }: { zones: SegmentDetail['zones'] }) {
  const { t } = useTranslation();
  const language = useStore((s) => s.language);
  return (
    <CardSection title={t('segment.zones')}>
      {!zones.length ? (
        <p className="warning" data-testid="segment-no-zone">{t('segment.noZones')}</p>
      ) : (
        <ul className="link-list">
          {zones.map((zone) => (
            <li key={zone.id}>
              <SelectLink target={{ type: 'zone', id: String(zone.id) }} testId={`card-zone-${zone.id}`}>
                <Dot color={legendColor(`legend.unitType.${zone.unitType}`)} />
                <span className="link-main">{localName(zone, language)}</span>
                <span className="link-sub">
                  {t(`unitType.${zone.unitType}`)} · {pickLanguage(zone.unitName, language)} · {t(`unitLevel.${zone.level}`)}
                </span>
              </SelectLink>
            </li>
          ))}
        </ul>
      )}
    </CardSection>
  );
}

export function SegmentCheckpoints({ checkpoints }: { checkpoints: SegmentDetail['checkpoints'] }) {
  const { t } = useTranslation();
  const language = useStore((s) => s.language);
  return (
    <CardSection title={t('segment.checkpoints', { n: formatCount(checkpoints.total, language) })}>
      <ul className="status-counts" data-testid="segment-checkpoint-counts">
        {CHECKPOINT_STATUSES.map((status) => (
          <li key={status} className={`status-${status}`}>
            <Dot color={legendColor(`legend.checkpointStatus.${status}`)} />
            <span>{t(`checkpointStatus.${status}`)}</span>
            <b>{formatCount(checkpoints.byStatus[status], language)}</b>
          </li>
        ))}
      </ul>
      <ul className="link-list">
        {checkpoints.items.map((item) => (
          <li key={item.code}>
            <SelectLink target={{ type: 'checkpoint', id: item.code }} testId={`card-checkpoint-${item.code}`}>
              <Dot color={legendColor(`legend.checkpointStatus.${item.status}`)} />
              <span className="link-main">{localName(item, language)}</span>
              <span className="link-sub">
                {t(`checkpointKind.${item.kind}`)} · {t(`checkpointStatus.${item.status}`)} · {item.code}
              </span>
            </SelectLink>
          </li>
        ))}
      </ul>
    </CardSection>
  );
}

export function SegmentDutyPosts({ dutyPosts }: { dutyPosts: SegmentDetail['dutyPosts'] }) {
  const { t } = useTranslation();
  const language = useStore((s) => s.language);
  return (
    <CardSection title={t('segment.dutyPosts')}>
      {!dutyPosts.length ? (
        <p className="muted">{t('common.none')}</p>
      ) : (
        <ul className="link-list">
          {dutyPosts.map((post) => (
            <li key={post.code}>
              <SelectLink target={{ type: 'duty-post', id: post.code }} testId={`card-duty-post-${post.code}`}>
                <span className="link-main">{localName(post, language)}</span>
                <span className="link-sub">
                  {UNIT_TYPES.map((u) => `${t(`unitType.${u}`)} ${formatCount(post.personnel[u], language)}`).join(' · ')}
                </span>
              </SelectLink>
            </li>
          ))}
        </ul>
      )}
    </CardSection>
  );
}
