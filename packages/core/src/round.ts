/** `value` rounded to `digits` decimal places (default 4): how scores and shares are shown in decisions and reports. */
export function round(value: number, digits = 4): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
