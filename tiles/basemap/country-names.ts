// Pure data, no Node imports: the style builder reads it too.

/**
 * Chinese names by ISO 3166-1 numeric id (as world-atlas spells it, zero-padded). China's
 * neighbours first, then the rest of Asia and the countries large enough to be labelled at low
 * zooms; a country missing here is labelled with its Natural Earth English name.
 */
const NAMES_ZH: Readonly<Record<string, string>> = {
  // China, its special administrative regions and Taiwan
  '156': '中国', '344': '香港', '446': '澳门', '158': '台湾',
  // Land neighbours
  '104': '缅甸', '418': '老挝', '704': '越南', '643': '俄罗斯', '496': '蒙古', '356': '印度',
  '064': '不丹', '524': '尼泊尔', '398': '哈萨克斯坦', '417': '吉尔吉斯斯坦', '762': '塔吉克斯坦',
  '004': '阿富汗', '586': '巴基斯坦', '408': '朝鲜',
  // Neighbours across the sea and the rest of East and South-East Asia
  '410': '韩国', '392': '日本', '608': '菲律宾', '764': '泰国', '116': '柬埔寨', '458': '马来西亚',
  '360': '印度尼西亚', '702': '新加坡', '096': '文莱', '626': '东帝汶', '050': '孟加拉国',
  '144': '斯里兰卡', '462': '马尔代夫',
  // Central and West Asia
  '860': '乌兹别克斯坦', '795': '土库曼斯坦', '364': '伊朗', '031': '阿塞拜疆', '268': '格鲁吉亚',
  '051': '亚美尼亚', '792': '土耳其', '368': '伊拉克', '760': '叙利亚', '682': '沙特阿拉伯',
  '887': '也门', '512': '阿曼', '784': '阿联酋', '634': '卡塔尔', '414': '科威特', '400': '约旦',
  '376': '以色列', '422': '黎巴嫩', '275': '巴勒斯坦', '196': '塞浦路斯',
  // Europe
  '804': '乌克兰', '112': '白俄罗斯', '616': '波兰', '276': '德国', '250': '法国', '826': '英国',
  '380': '意大利', '724': '西班牙', '620': '葡萄牙', '578': '挪威', '752': '瑞典', '246': '芬兰',
  '208': '丹麦', '352': '冰岛', '372': '爱尔兰', '528': '荷兰', '056': '比利时', '756': '瑞士',
  '040': '奥地利', '203': '捷克', '348': '匈牙利', '642': '罗马尼亚', '100': '保加利亚', '300': '希腊',
  '688': '塞尔维亚', '440': '立陶宛', '428': '拉脱维亚', '233': '爱沙尼亚', '498': '摩尔多瓦',
  // Africa
  '818': '埃及', '434': '利比亚', '012': '阿尔及利亚', '504': '摩洛哥', '788': '突尼斯', '478': '毛里塔尼亚',
  '466': '马里', '562': '尼日尔', '148': '乍得', '729': '苏丹', '728': '南苏丹', '231': '埃塞俄比亚',
  '232': '厄立特里亚', '706': '索马里', '404': '肯尼亚', '834': '坦桑尼亚', '800': '乌干达', '566': '尼日利亚',
  '120': '喀麦隆', '140': '中非', '180': '刚果（金）', '178': '刚果（布）', '266': '加蓬', '024': '安哥拉',
  '894': '赞比亚', '716': '津巴布韦', '508': '莫桑比克', '450': '马达加斯加', '072': '博茨瓦纳',
  '516': '纳米比亚', '710': '南非', '288': '加纳', '384': '科特迪瓦', '686': '塞内加尔', '324': '几内亚',
  // The Americas, Oceania and the poles
  '840': '美国', '124': '加拿大', '484': '墨西哥', '192': '古巴', '076': '巴西', '032': '阿根廷',
  '152': '智利', '604': '秘鲁', '170': '哥伦比亚', '862': '委内瑞拉', '068': '玻利维亚', '218': '厄瓜多尔',
  '600': '巴拉圭', '858': '乌拉圭', '036': '澳大利亚', '554': '新西兰', '598': '巴布亚新几内亚',
  '304': '格陵兰', '010': '南极洲',
};

export function countryNameZh(iso: string | undefined): string | undefined {
  return iso === undefined ? undefined : NAMES_ZH[iso];
}

/** The ids the table covers, so a test can check each one exists in the data. */
export const ZH_NAMED_IDS: readonly string[] = Object.keys(NAMES_ZH);

/** Every character the Chinese labels draw, once each. */
export const ZH_LABEL_TEXT = [...new Set(Object.values(NAMES_ZH).join(''))].sort().join('');
