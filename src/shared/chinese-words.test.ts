import { describe, expect, it } from 'vitest';
import { chineseWords } from './chinese-words';

describe('chineseWords', () => {
  it('cuts a Chinese company description into words', () => {
    const words = chineseWords('苏州瑞川生物科技有限公司专注于生物技术和医疗器械').split(' ');
    expect(words).toContain('生物');
    expect(words.length).toBeGreaterThan(5);
  });

  it('leaves non-Chinese text out', () => {
    expect(chineseWords('Biotechnology and 生物技术')).not.toContain('Biotechnology');
    expect(chineseWords('Только русский')).toBe('');
    expect(chineseWords(null)).toBe('');
  });
});
