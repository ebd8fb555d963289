import { useTranslation } from 'react-i18next';
import { useStore } from '../../state/store';
import { Icon } from '../icons';
import { BeltCard } from './belt-card';
import { CheckpointCard } from './checkpoint-card';
import { DutyPostCard } from './duty-post-card';
import { SegmentCard } from './segment-card';
import { ZoneCard } from './zone-card';
import './cards.css';

const BODIES = {
  segment: SegmentCard,
  checkpoint: CheckpointCard,
  'duty-post': DutyPostCard,
  'demo-belt': BeltCard,
  zone: ZoneCard,
} as const;

/** The right-hand card for whatever is selected (on the map, in search, or from another card). */
export function SelectionCard() {
  const { t } = useTranslation();
  const selection = useStore((s) => s.selection);
  const select = useStore((s) => s.select);
  if (!selection) return null;
  const Body = BODIES[selection.type];
  return (
    <aside className="card-panel" aria-labelledby="card-title" data-testid="selection-card">
      <header className="card-header">
        <span className="card-kind">{t(`selectionType.${selection.type}`)}</span>
        <button type="button" className="icon-button" aria-label={t('card.close')} aria-keyshortcuts="Escape"
          data-testid="card-close" onClick={() => select(null)}>
          <Icon name="close" />
        </button>
      </header>
      {/* Keyed, so another selection starts at the top rather than at the last one's scroll. */}
      <div className="card-body" key={`${selection.type}:${selection.id}`}>
        <Body id={selection.id} />
      </div>
    </aside>
  );
}
