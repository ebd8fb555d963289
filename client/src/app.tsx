import { MapScreen } from './map-screen';
import { screenOf } from './state/session-slice';
import { useStore } from './state/store';
import { BootScreen } from './ui/auth/boot-screen';
import { LoginScreen } from './ui/auth/login-screen';
import { useLanguageSync } from './ui/use-language-sync';
import { useUrlSync } from './state/use-url-sync';

/**
 * The page: the map for a signed-in user (or anyone, where reading is public), the login screen
 * otherwise. The address bar keeps the view through both, so signing in returns to it.
 */
export function App() {
  useLanguageSync();
  useUrlSync();
  const screen = useStore((s) => screenOf(s.session));
  if (screen === 'map') return <MapScreen />;
  if (screen === 'login') return <LoginScreen />;
  return <BootScreen failed={screen === 'failed'} />;
}
