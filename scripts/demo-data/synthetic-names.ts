// Made-up place and person names. Place names are built from syllables common in Dai, Wa and Hani
// toponyms (Yunnan) or Mongolian ones (Hulunbuir) so the map reads plausibly; any match with a
// real place is chance. Person names are deliberately fake: surname + 示例 / "Demo".
import type { Region } from './border-lines';
import type { Random } from './seeded-random';

type Syllable = [zh: string, pinyin: string];

const YUNNAN_FIRST: readonly Syllable[] = [
  ['勐', 'meng'], ['曼', 'man'], ['那', 'na'], ['芒', 'mang'], ['班', 'ban'], ['南', 'nan'], ['帕', 'pa'],
  ['允', 'yun'], ['户', 'hu'], ['弄', 'nong'], ['岩', 'yan'], ['糯', 'nuo'], ['邦', 'bang'], ['贺', 'he'],
  ['拉', 'la'], ['回', 'hui'], ['景', 'jing'], ['永', 'yong'], ['坝', 'ba'], ['翁', 'weng'],
];
const YUNNAN_SECOND: readonly Syllable[] = [
  ['满', 'man'], ['腊', 'la'], ['朗', 'lang'], ['洪', 'hong'], ['宋', 'song'], ['罕', 'han'], ['卡', 'ka'],
  ['岗', 'gang'], ['坎', 'kan'], ['养', 'yang'], ['顶', 'ding'], ['康', 'kang'], ['董', 'dong'], ['约', 'yue'],
  ['哈', 'ha'], ['龙', 'long'], ['旺', 'wang'], ['迫', 'po'], ['撒', 'sa'], ['来', 'lai'], ['况', 'kuang'],
  ['赛', 'sai'], ['嘎', 'ga'], ['角', 'jiao'], ['别', 'bie'], ['梭', 'suo'], ['阿', 'a'], ['贡', 'gong'],
];
const MONGOLIAN_FIRST: readonly Syllable[] = [
  ['巴彦', 'Bayan'], ['乌兰', 'Ulan'], ['查干', 'Chagan'], ['呼和', 'Huhe'], ['阿拉坦', 'Altan'], ['额尔敦', 'Erdun'],
  ['赛罕', 'Saihan'], ['伊和', 'Yihe'], ['锡林', 'Xilin'], ['莫和尔', 'Moher'], ['达赉', 'Dalai'], ['宝日', 'Baori'],
  ['哈日', 'Hari'], ['希热', 'Xire'], ['沙布', 'Shabu'],
];
const MONGOLIAN_SECOND: readonly Syllable[] = [
  ['诺尔', 'Nur'], ['塔拉', 'Tala'], ['乌拉', 'Ula'], ['浩特', 'Hot'], ['布拉格', 'Bulag'], ['高勒', 'Gol'],
  ['温都尔', 'Undur'], ['哈达', 'Hada'], ['陶勒盖', 'Tolgai'], ['宝力格', 'Bolag'], ['芒哈', 'Mangha'],
  ['敖包', 'Obo'], ['胡硕', 'Hushuo'], ['额吉', 'Eji'],
];

export interface PlaceName {
  zh: string;
  en: string;
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A base name not yet in `used` (which it then joins), e.g. 勐满 / Mengman, 巴彦塔拉 / Bayan Tala. */
export function makePlaceName(random: Random, region: Region, used: Set<string>): PlaceName {
  for (let attempt = 0; attempt < 200; attempt++) {
    const name = region === 'yunnan' ? yunnanName(random) : mongolianName(random);
    if (!used.has(name.zh)) {
      used.add(name.zh);
      return name;
    }
  }
  throw new Error('ran out of synthetic place names');
}

function yunnanName(random: Random): PlaceName {
  const [a, b] = [random.pick(YUNNAN_FIRST), random.pick(YUNNAN_SECOND)];
  // Pinyin marks a syllable break before a, o or e with an apostrophe: Meng'a.
  const join = /^[aoe]/.test(b[1]) ? "'" : '';
  return { zh: a[0] + b[0], en: capitalize(a[1] + join + b[1]) };
}

function mongolianName(random: Random): PlaceName {
  const [a, b] = [random.pick(MONGOLIAN_FIRST), random.pick(MONGOLIAN_SECOND)];
  return { zh: a[0] + b[0], en: `${a[1]} ${b[1]}` };
}

export interface UnitSuffix {
  zh: string;
  en: string;
}

/** Townships are 镇 or 乡 in Yunnan and in Hulunbuir's cities, 苏木 or 镇 in its banners. */
export function townshipSuffix(random: Random, region: Region, countyKind: string): UnitSuffix {
  if (region === 'hulunbuir' && countyKind === 'banner') {
    return random.chance(0.6) ? { zh: '苏木', en: 'Sumu' } : { zh: '镇', en: 'Town' };
  }
  return random.chance(0.6) ? { zh: '镇', en: 'Town' } : { zh: '乡', en: 'Township' };
}

/** Villages are 村 except in Hulunbuir's pastoral banners, where they are 嘎查 (gacha). */
export function villageSuffix(region: Region, countyKind: string): UnitSuffix {
  return region === 'hulunbuir' && countyKind === 'banner' ? { zh: '嘎查', en: 'Gacha' } : { zh: '村', en: 'Village' };
}

const SURNAMES: readonly Syllable[] = [
  ['张', 'Zhang'], ['王', 'Wang'], ['李', 'Li'], ['赵', 'Zhao'], ['刘', 'Liu'], ['陈', 'Chen'], ['杨', 'Yang'],
  ['黄', 'Huang'], ['周', 'Zhou'], ['吴', 'Wu'], ['罗', 'Luo'], ['段', 'Duan'], ['刀', 'Dao'], ['岩', 'Yan'],
  ['玉', 'Yu'], ['普', 'Pu'], ['白', 'Bai'], ['和', 'He'], ['杜', 'Du'], ['孙', 'Sun'], ['马', 'Ma'],
  ['朱', 'Zhu'], ['胡', 'Hu'], ['郭', 'Guo'], ['高', 'Gao'], ['林', 'Lin'], ['苏', 'Su'], ['包', 'Bao'],
  ['敖', 'Ao'], ['巴', 'Ba'], ['肖', 'Xiao'], ['余', 'Yu'],
];

export interface PersonName {
  name: string;
  nameZh: string;
}

/** Obviously fictitious: 张示例 / Zhang Demo. */
export function makePersonName(random: Random): PersonName {
  const [zh, en] = random.pick(SURNAMES);
  return { name: `${en} Demo`, nameZh: `${zh}示例` };
}

/** Obviously fictitious: +86 with a zero area code, numbered per person. */
export function demoPhone(serial: number): string {
  const digits = String(serial).padStart(8, '0');
  return `+86 000 ${digits.slice(0, 4)} ${digits.slice(4)}`;
}
