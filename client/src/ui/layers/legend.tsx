import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { LayerId } from '../../state/domain';
import { LEGEND, type LegendItem } from '../../map/map-palette';

function swatchStyle(item: LegendItem): CSSProperties {
  const style: CSSProperties = { '--swatch': item.color } as CSSProperties;
  if (item.strokeColor) (style as Record<string, string>)['--swatch-stroke'] = item.strokeColor;
  if (item.sizePx) Object.assign(style, { width: item.sizePx, height: item.sizePx });
  return style;
}

/** The legend of one layer, straight from the map's palette (every colour drawn is listed there). */
export function Legend({ layer }: { layer: LayerId }) {
  const { t } = useTranslation();
  const groups = LEGEND.filter((group) => group.layer === layer);
  if (!groups.length) return null;
  return (
    <div className="legend">
      {groups.map((group) => (
        <div key={group.titleKey} className="legend-group">
          <p className="legend-title">{t(group.titleKey)}</p>
          <ul>
            {group.items.map((item) => (
              <li key={item.key}>
                <span className="swatch-box" aria-hidden="true">
                  <span className={`swatch swatch-${item.shape}${item.dashed ? ' is-dashed' : ''}`} style={swatchStyle(item)} />
                </span>
                {t(item.labelKey)}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
