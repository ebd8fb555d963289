import type { Language } from '../state/store';

const CJK = /[\u3400-\u9fff]/;

/**
 * Picks one language from the dataset's bilingual text: "邦洪镇人民政府 / Banghong Town People's
 * Government", "省级段长（副省长）/ Provincial segment chief (Vice Governor)" or "张示例 (Zhang Demo)", or "Menghai County · 勐海县" (search details).
 * Text in one language only comes back as it is.
 */
export function pickLanguage(text: string, language: Language): string {
  const slash = text.split(/\s*\/\s+|\s+\/\s*/);
  if (slash.length === 2 && CJK.test(slash[0]!) && !CJK.test(slash[1]!)) {
    return (language === 'zh-CN' ? slash[0] : slash[1])!.trim();
  }
  const dot = text.split(/\s+·\s+/);
  if (dot.length === 2 && CJK.test(dot[0]!) !== CJK.test(dot[1]!)) {
    const [zh, other] = CJK.test(dot[0]!) ? [dot[0]!, dot[1]!] : [dot[1]!, dot[0]!];
    return language === 'zh-CN' ? zh : other;
  }
  const paren = /^(.*[\u3400-\u9fff].*?)\s*\(([^()\u3400-\u9fff]+)\)$/.exec(text);
  if (paren) return (language === 'zh-CN' ? paren[1] : paren[2])!.trim();
  return text;
}

/** The name in the interface language, from records that carry `name` and `nameZh`. */
export function localName(item: { name: string; nameZh?: string | null }, language: Language): string {
  return language === 'zh-CN' && item.nameZh ? item.nameZh : item.name;
}
