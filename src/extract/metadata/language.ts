// Language detection (placeholder until the detector lands).
export function detectLanguage(_text: string): { code: string; confidence: number } {
  return { code: 'und', confidence: 0 };
}
