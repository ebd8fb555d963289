import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../state/store';
import { en } from './en';
import { zhCN } from './zh-CN';

export const RESOURCES = {
  'zh-CN': { translation: zhCN },
  en: { translation: en },
} as const;

/** zh, zh-CN, zh-TW… get Chinese; everything else English. */
export function detectLanguage(navigatorLanguage: string | undefined): Language {
  return navigatorLanguage?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

/** Synchronous: resources are bundled, so the first render already has its strings. */
export function initI18n(language: Language): typeof i18next {
  void i18next.use(initReactI18next).init({
    resources: RESOURCES,
    lng: language,
    fallbackLng: 'en',
    supportedLngs: ['zh-CN', 'en'],
    // 'zh-CN' must not also load 'zh'.
    load: 'currentOnly',
    initAsync: false,
    // React escapes what it renders.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18next;
}
