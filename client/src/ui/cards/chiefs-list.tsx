import { useTranslation } from 'react-i18next';
import type { SegmentDetail } from '../../api/api-client';
import { localName, pickLanguage } from '../../i18n/bilingual';
import { LEVELS } from '../../state/domain';
import { useStore } from '../../state/store';
import { CardSection } from './card-parts';

/** The five-level segment chiefs (五级段长), province down to village. */
export function ChiefsList({ chiefs }: { chiefs: SegmentDetail['chiefs'] }) {
  const { t } = useTranslation();
  const language = useStore((s) => s.language);
  const ordered = [...chiefs].sort((a, b) => LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level));
  return (
    <CardSection title={t('segment.chiefs')}>
      {!ordered.length ? (
        <p className="warning">{t('segment.noChiefs')}</p>
      ) : (
        <ol className="chiefs" data-testid="segment-chiefs">
          {ordered.map((chief) => (
            <li key={chief.level}>
              <span className={`chief-level level-${chief.level}`}>{t(`chiefLevel.${chief.level}`)}</span>
              <span className="chief-name">{localName(chief, language)}</span>
              <span className="chief-title">{pickLanguage(chief.title, language)}</span>
              <span className="chief-phone">{chief.phone}</span>
            </li>
          ))}
        </ol>
      )}
    </CardSection>
  );
}
