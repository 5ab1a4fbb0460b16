// A video player's entry left in a page's text: its running time on a line of its own ("2:25"), then its title, most often
// another story's ("Horry County police operation resulted in 32 arrests, netted $75K in drugs"). Shared by extraction,
// analysis and linking, which each drop it.

/** A line that is only a video's running time: "2:25", "0:43", "1:02:11". */
export const VIDEO_DURATION = /^\d{1,2}:\d\d(?::\d\d)?$/;

/** Whether `line` (trimmed) is the title of a video whose running time is the line before: short, and ending as no sentence does. */
export function isVideoTitleAfter(before: string, line: string): boolean {
  return VIDEO_DURATION.test(before.trim()) && line.length < 200 && !/[.!?:;]["”’)]?$/.test(line.trim());
}
