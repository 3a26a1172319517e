// The part of a map that is in the first page's JavaScript: a frame of fixed size while the
// Leaflet code loads, and a message instead of the map if it cannot load. Never a blank page:
// the list and the addresses work without the map.
import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export function MapPlaceholder({ className = '' }: { className?: string }) {
  const { t } = useTranslation('map');
  return (
    <div className={`sk-map sk-map--placeholder ${className}`.trim()}>
      <p className="sk-map__message">{t('loading')}</p>
    </div>
  );
}

export function MapFailed({ className = '' }: { className?: string }) {
  const { t } = useTranslation('map');
  return (
    <div className={`sk-map sk-map--placeholder ${className}`.trim()}>
      <p className="sk-map__message">{t('failed')}</p>
    </div>
  );
}

/** Catches a map that fails to load (offline, old browser) so the rest of the page stays. */
export class MapBoundary extends Component<{ children: ReactNode; className?: string }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? <MapFailed className={this.props.className} /> : this.props.children;
  }
}
