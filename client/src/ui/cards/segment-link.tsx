import { useTranslation } from 'react-i18next';
import { CardSection, SelectLink } from './card-parts';

/** "On segment YN-MH-012": opens the segment's card, where the whole chain of responsibility is. */
export function SegmentLink({ code }: { code: string | null }) {
  const { t } = useTranslation();
  return (
    <CardSection title={t('card.segment')}>
      {code ? (
        <SelectLink target={{ type: 'segment', id: code }} testId="card-segment-link">
          <span className="link-main">{code}</span>
          <span className="link-sub">{t('card.openSegment')}</span>
        </SelectLink>
      ) : (
        <p className="muted">{t('common.none')}</p>
      )}
    </CardSection>
  );
}
