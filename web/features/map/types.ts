// The map components' props: kept apart from the components so the lazy wrappers (in the first
// page's JavaScript) and the Leaflet implementations (loaded later) share them as types only.
import type { SearchHit } from '../../api/client.ts';

/** [minLon, minLat, maxLon, maxLat], as the search API's `bbox` parameter. */
export type BBox = [number, number, number, number];

export type ResultsMapProps = {
  hits: SearchHit[];
  origin: { lat: number; lon: number } | null;
  selectedId: string | null;
  onSelect(id: string): void;
  onSearchArea(bbox: BBox): void;
};

export type MapPoint = { lat: number; lon: number; name?: string | undefined };

export type ListingMapProps = {
  /** The listing's locations; those without coordinates (online) are left out. */
  locations: { lat?: number | undefined; lon?: number | undefined; name?: string | undefined }[];
  className?: string;
};
