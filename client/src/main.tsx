import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// Bundled, served from our own origin: the command center is air-gapped and may have no CJK font.
import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
import { App } from './app';
import { detectLanguage, initI18n } from './i18n/i18n';
import { connectHttpToSession, loadSession } from './ui/auth/session-actions';
import { savedLanguage } from './ui/use-language-sync';
import { useStore } from './state/store';
import { applyUrlState } from './state/use-url-sync';
import './app.css';

// Before the first render: the map is created at the link's view, in the reader's language.
const language = savedLanguage() ?? detectLanguage(navigator.language);
useStore.getState().setLanguage(language);
initI18n(language);
applyUrlState(window.location.search);
// Who is signed in decides between the map and the login screen; nothing else is asked before that.
connectHttpToSession();
void loadSession();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
