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

export const GPS_HINT =
  '删除照片里的位置信息后再提交：Windows 在文件「属性 → 详细信息 → 删除属性和个人信息」，macOS 在「预览 → 工具 → 显示检查器 → 移除位置信息」，或运行 exiftool -gps:all= -overwrite_original 文件名';
