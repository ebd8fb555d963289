import { useTranslation } from 'react-i18next';
import { useStore, type Language } from '../../state/store';
import { chooseLanguage } from '../use-language-sync';

const LANGUAGES: Language[] = ['zh-CN', 'en'];

export function LanguageSwitch() {
  const { t } = useTranslation();
  const language = useStore((s) => s.language);
  return (
    <div className="segmented" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((lng) => (
        <button
          key={lng}
          type="button"
          lang={lng}
          aria-pressed={language === lng}
          data-testid={`lang-${lng}`}
          onClick={() => chooseLanguage(lng)}
        >
          {t(`language.${lng}`)}
        </button>
      ))}
    </div>
  );
}
