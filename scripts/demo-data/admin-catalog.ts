// The real administrative names along the two demo borders, in route order (China on the left:
// Yunnan from Gongshan south then east; Hulunbuir from the Argun mouth south-west then south-east).
// Codes follow GB/T 2260. Weights are rough border lengths per county and only set how the
// (much shorter) Natural Earth line is shared out; they do not place real county boundaries.
import type { BorderBaseId, Region } from './border-lines';

export interface ProvinceEntry {
  code: string;
  name: string;
  nameZh: string;
  region: Region;
  /** Prefix of segment codes: YN-MH-012. */
  segmentPrefix: 'YN' | 'HL';
}

export interface PrefectureEntry {
  code: string;
  name: string;
  nameZh: string;
  provinceCode: string;
  kind: 'autonomous-prefecture' | 'city';
  /** Usual short form: 西双版纳 for 西双版纳傣族自治州. */
  shortZh: string;
}

export type CountyKind = 'county' | 'city' | 'banner';

export interface CountyEntry {
  code: string;
  /** Two letters, unique within the province: the middle of segment codes. */
  abbr: string;
  name: string;
  nameZh: string;
  shortName: string;
  shortZh: string;
  prefectureCode: string;
  kind: CountyKind;
  /** Share of each border line, in route order; a county on two lines spans their junction. */
  weights: Partial<Record<BorderBaseId, number>>;
}

export const PROVINCES: readonly ProvinceEntry[] = [
  { code: '53', name: 'Yunnan', nameZh: '云南省', region: 'yunnan', segmentPrefix: 'YN' },
  { code: '15', name: 'Inner Mongolia', nameZh: '内蒙古自治区', region: 'hulunbuir', segmentPrefix: 'HL' },
];

const ap = 'autonomous-prefecture' as const;
export const PREFECTURES: readonly PrefectureEntry[] = [
  { code: '5333', name: 'Nujiang', nameZh: '怒江傈僳族自治州', provinceCode: '53', kind: ap, shortZh: '怒江' },
  { code: '5305', name: 'Baoshan', nameZh: '保山市', provinceCode: '53', kind: 'city', shortZh: '保山' },
  { code: '5331', name: 'Dehong', nameZh: '德宏傣族景颇族自治州', provinceCode: '53', kind: ap, shortZh: '德宏' },
  { code: '5309', name: 'Lincang', nameZh: '临沧市', provinceCode: '53', kind: 'city', shortZh: '临沧' },
  { code: '5308', name: "Pu'er", nameZh: '普洱市', provinceCode: '53', kind: 'city', shortZh: '普洱' },
  { code: '5328', name: 'Xishuangbanna', nameZh: '西双版纳傣族自治州', provinceCode: '53', kind: ap, shortZh: '西双版纳' },
  { code: '5325', name: 'Honghe', nameZh: '红河哈尼族彝族自治州', provinceCode: '53', kind: ap, shortZh: '红河' },
  { code: '5326', name: 'Wenshan', nameZh: '文山壮族苗族自治州', provinceCode: '53', kind: ap, shortZh: '文山' },
  { code: '1507', name: 'Hulunbuir', nameZh: '呼伦贝尔市', provinceCode: '15', kind: 'city', shortZh: '呼伦贝尔' },
];

type Row = [code: string, abbr: string, name: string, nameZh: string, shortName: string, shortZh: string,
  prefectureCode: string, kind: CountyKind, weights: Partial<Record<BorderBaseId, number>>];

const ROWS: readonly Row[] = [
  ['533324', 'GS', 'Gongshan Derung and Nu Autonomous County', '贡山独龙族怒族自治县', 'Gongshan', '贡山', '5333', 'county', { 'CN-MM': 172 }],
  ['533323', 'FG', 'Fugong County', '福贡县', 'Fugong', '福贡', '5333', 'county', { 'CN-MM': 142 }],
  ['533301', 'LS', 'Lushui', '泸水市', 'Lushui', '泸水', '5333', 'city', { 'CN-MM': 136 }],
  ['530581', 'TC', 'Tengchong', '腾冲市', 'Tengchong', '腾冲', '5305', 'city', { 'CN-MM': 148 }],
  ['533123', 'YJ', 'Yingjiang County', '盈江县', 'Yingjiang', '盈江', '5331', 'county', { 'CN-MM': 214 }],
  ['533124', 'LC', 'Longchuan County', '陇川县', 'Longchuan', '陇川', '5331', 'county', { 'CN-MM': 50 }],
  ['533102', 'RL', 'Ruili', '瑞丽市', 'Ruili', '瑞丽', '5331', 'city', { 'CN-MM': 170 }],
  ['530924', 'ZK', 'Zhenkang County', '镇康县', 'Zhenkang', '镇康', '5309', 'county', { 'CN-MM': 96 }],
  ['530926', 'GM', 'Gengma Dai and Va Autonomous County', '耿马傣族佤族自治县', 'Gengma', '耿马', '5309', 'county', { 'CN-MM': 47 }],
  ['530927', 'CY', 'Cangyuan Va Autonomous County', '沧源佤族自治县', 'Cangyuan', '沧源', '5309', 'county', { 'CN-MM': 147 }],
  ['530829', 'XM', 'Ximeng Va Autonomous County', '西盟佤族自治县', 'Ximeng', '西盟', '5308', 'county', { 'CN-MM': 89 }],
  ['530827', 'MN', 'Menglian Dai, Lahu and Va Autonomous County', '孟连傣族拉祜族佤族自治县', 'Menglian', '孟连', '5308', 'county', { 'CN-MM': 133 }],
  ['530828', 'LN', 'Lancang Lahu Autonomous County', '澜沧拉祜族自治县', 'Lancang', '澜沧', '5308', 'county', { 'CN-MM': 81 }],
  ['532822', 'MH', 'Menghai County', '勐海县', 'Menghai', '勐海', '5328', 'county', { 'CN-MM': 146 }],
  ['532801', 'JH', 'Jinghong', '景洪市', 'Jinghong', '景洪', '5328', 'city', { 'CN-MM': 112 }],
  ['532823', 'ML', 'Mengla County', '勐腊县', 'Mengla', '勐腊', '5328', 'county', { 'CN-MM': 63, 'CN-LA': 677 }],
  ['530826', 'JC', 'Jiangcheng Hani and Yi Autonomous County', '江城哈尼族彝族自治县', 'Jiangcheng', '江城', '5308', 'county', { 'CN-LA': 116, 'CN-VN': 67 }],
  ['532531', 'LU', 'Lüchun County', '绿春县', 'Lüchun', '绿春', '5325', 'county', { 'CN-VN': 153 }],
  ['532530', 'JP', 'Jinping Miao, Yao and Dai Autonomous County', '金平苗族瑶族傣族自治县', 'Jinping', '金平', '5325', 'county', { 'CN-VN': 502 }],
  ['532532', 'HK', 'Hekou Yao Autonomous County', '河口瑶族自治县', 'Hekou', '河口', '5325', 'county', { 'CN-VN': 193 }],
  ['532625', 'MG', 'Maguan County', '马关县', 'Maguan', '马关', '5326', 'county', { 'CN-VN': 138 }],
  ['532624', 'MP', 'Malipo County', '麻栗坡县', 'Malipo', '麻栗坡', '5326', 'county', { 'CN-VN': 277 }],
  ['532628', 'FN', 'Funing County', '富宁县', 'Funing', '富宁', '5326', 'county', { 'CN-VN': 75 }],
  ['150784', 'EG', 'Ergun', '额尔古纳市', 'Ergun', '额尔古纳', '1507', 'city', { 'CN-RU': 671 }],
  ['150725', 'CB', 'Chen Barag Banner', '陈巴尔虎旗', 'Chen Barag', '陈巴尔虎', '1507', 'banner', { 'CN-RU': 193 }],
  ['150781', 'MZ', 'Manzhouli', '满洲里市', 'Manzhouli', '满洲里', '1507', 'city', { 'CN-RU': 54 }],
  ['150727', 'XY', 'New Barag Right Banner', '新巴尔虎右旗', 'New Barag Right', '新巴尔虎右', '1507', 'banner', { 'CN-RU': 45, 'CN-MN': 470 }],
  ['150726', 'XZ', 'New Barag Left Banner', '新巴尔虎左旗', 'New Barag Left', '新巴尔虎左', '1507', 'banner', { 'CN-MN': 342 }],
];

export const COUNTIES: readonly CountyEntry[] = ROWS.map(
  ([code, abbr, name, nameZh, shortName, shortZh, prefectureCode, kind, weights]) =>
    ({ code, abbr, name, nameZh, shortName, shortZh, prefectureCode, kind, weights }));

export const prefectureOf = (county: CountyEntry): PrefectureEntry =>
  PREFECTURES.find((p) => p.code === county.prefectureCode)!;

export const provinceOf = (prefecture: PrefectureEntry): ProvinceEntry =>
  PROVINCES.find((p) => p.code === prefecture.provinceCode)!;
