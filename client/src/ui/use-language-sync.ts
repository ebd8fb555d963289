import { useEffect } from 'react';
import i18next from 'i18next';
import { useStore, type Language } from '../state/store';

const STORAGE_KEY = 'corridor.language';

/** The language last chosen on this screen, if any (a wall screen keeps its operator's choice across reloads). */
export function savedLanguage(): Language | null {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return value === 'zh-CN' || value === 'en' ? value : null;
  } catch {
    return null; // storage disabled: fall back to the browser's language
  }
}

/** Switches the interface language and remembers it for this browser (an explicit choice beats navigator.language). */
export function chooseLanguage(language: Language): void {
  useStore.getState().setLanguage(language);
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // storage disabled: the choice lasts until reload
  }
}

/** Follows the store's language: i18next, the document's `lang` (screen readers, CJK line breaking) and its title. */
export function useLanguageSync(): void {
  const language = useStore((s) => s.language);
  useEffect(() => {
    void i18next.changeLanguage(language).then(() => {
      document.title = i18next.t('app.name');
    });
    document.documentElement.lang = language;
  }, [language]);
}
