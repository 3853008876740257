/** GPS positions left in photo metadata: they can reveal where someone lives. */
import exifr from 'exifr';

export const METADATA_IMAGE = /\.(jpe?g|tiff?|heic|heif|png|webp|avif)$/i;

/** The position stored in a photo, or undefined when it has none (or cannot be read). */
export async function gpsPosition(absPath: string): Promise<{ latitude: number; longitude: number } | undefined> {
  try {
    const gps = (await exifr.gps(absPath)) as { latitude?: number; longitude?: number } | undefined;
    return gps && Number.isFinite(gps.latitude) && Number.isFinite(gps.longitude) ? { latitude: gps.latitude!, longitude: gps.longitude! } : undefined;
  } catch {
    return undefined;
  }
}
