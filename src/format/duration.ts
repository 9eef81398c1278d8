// A sound's or a video's length as players show it. Players with preload="none" know nothing of the file until it
// plays (they show 0:00), so the length a feed gives is shown beside them.

/** Seconds as a player's clock: `0:45`, `3:05`, `1:02:03` (whole seconds, rounded down). */
export function clockDuration(seconds: number): string {
  const whole = Math.floor(seconds);
  const [hours, minutes, rest] = [Math.floor(whole / 3600), Math.floor(whole / 60) % 60, whole % 60];
  const two = (value: number) => String(value).padStart(2, '0');
  return hours ? `${hours}:${two(minutes)}:${two(rest)}` : `${minutes}:${two(rest)}`;
}

