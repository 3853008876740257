/** A unit's name on a given day, from its former names (each with the day it stopped being used). */

/**
 * The name in use on `day`: the first former name whose `until` is after that day, else the
 * current name. @example formerNameOn(卫健委 with 山西省卫生厅 until 2018-10-26, '2009-12-28') → 山西省卫生厅
 */
export function formerNameOn(unit: { name: string; formerNames: readonly { name: string; until: string }[] }, day: string): string {
  const earlier = [...unit.formerNames].sort((a, b) => a.until.localeCompare(b.until)).find((former) => former.until > day);
  return earlier?.name ?? unit.name;
}
