//! Invented people, companies and places, with identifiers that pass the core's checks:
//! resident ID numbers with their check character (GB 11643), unified social credit
//! codes with theirs (GB 32100), mobiles of 11 digits. Nobody here is real.
use super::rng::Rng;
use crate::types::Sex;
use time::Date;

const SURNAMES: &[&str] = &[
    "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林",
    "何", "郭", "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "董", "程", "曹", "袁", "邓",
    "许", "彭", "吕", "苏", "蒋", "蔡", "贾", "丁", "魏", "薛", "任", "姚", "田", "史", "巩", "慕",
    "党", "安", "雷", "侯", "段", "乔", "贺", "常", "武", "白", "何", "秦",
];
const MALE: &[&str] = &[
    "建国", "志强", "伟", "军", "磊", "海军", "永强", "小龙", "文博", "浩", "宏伟", "国庆", "建军",
    "鹏", "涛", "亮", "勇", "斌", "晓东", "振华", "俊杰", "子豪", "宇航", "建平", "明", "刚",
    "学文", "世杰", "天佑", "家乐", "兴旺", "向东", "利军", "保平", "小军",
];
const FEMALE: &[&str] = &[
    "丽", "芳", "秀兰", "娟", "敏", "静", "艳", "霞", "玲", "桂英", "婷", "雪", "梅", "红", "燕",
    "慧", "晓燕", "佳怡", "欣怡", "雨涵", "丹", "倩", "琳", "淑珍", "海燕", "春梅", "小红", "玉兰",
    "萍", "瑶", "亚莉", "彩霞", "丽娟", "金花",
];
const MOBILE_PREFIXES: &[&str] = &[
    "133", "135", "136", "137", "138", "139", "150", "151", "152", "153", "155", "156", "157",
    "158", "159", "177", "180", "181", "186", "187", "189", "191", "199",
];

/// Counties of Qingyang (code, name) and a few home places of migrant workers.
pub(super) const GANSU: &[(&str, &str)] = &[
    ("621002", "甘肃省庆阳市西峰区"),
    ("621021", "甘肃省庆阳市庆城县"),
    ("621022", "甘肃省庆阳市环县"),
    ("621023", "甘肃省庆阳市华池县"),
    ("621024", "甘肃省庆阳市合水县"),
    ("621025", "甘肃省庆阳市正宁县"),
    ("621026", "甘肃省庆阳市宁县"),
    ("621027", "甘肃省庆阳市镇原县"),
];
pub(super) const HUNAN: &[(&str, &str)] = &[
    ("430102", "湖南省长沙市芙蓉区"),
    ("430103", "湖南省长沙市天心区"),
    ("430104", "湖南省长沙市岳麓区"),
    ("430111", "湖南省长沙市雨花区"),
];
const VILLAGES: &[&str] = &[
    "王咀村",
    "李岭村",
    "张塬村",
    "刘家湾村",
    "南庄村",
    "后庄村",
    "新堡村",
    "高崖村",
    "东湾村",
    "涝池村",
    "马坊村",
    "杨庄村",
];
pub(super) const ROADS: &[&str] = &[
    "长庆大道",
    "安定西路",
    "南大街",
    "北大街",
    "西大街",
    "东大街",
    "九龙南路",
    "庆化路",
    "兰州路",
    "朔州东路",
    "陇东大道",
    "育才路",
    "黄河路",
    "西环路",
];
const FIRM_WORDS: &[&str] = &[
    "长源", "陇丰", "恒泰", "华庆", "金穗", "宏达", "天和", "德源", "瑞丰", "佳禾", "鑫源", "北塬",
    "兴陇", "盛世", "安泰", "博远", "嘉信", "聚力", "晨光", "锦程", "泰和", "信达", "众合", "永昌",
    "祥瑞", "川源", "丰达", "润泽", "禾盛", "启航",
];
const FIRM_TRADES: &[&str] = &[
    "建材",
    "食品",
    "物流",
    "建筑工程",
    "餐饮管理",
    "商贸",
    "物业服务",
    "汽车服务",
    "农业开发",
    "家政服务",
    "装饰工程",
    "印务",
    "供热",
    "劳务服务",
    "电子科技",
    "酒店管理",
    "石油技术服务",
    "医药连锁",
    "保安服务",
    "配送服务",
];
const TITLES: &[&str] = &["执行董事", "总经理", "董事长", "经理"];

#[derive(Debug, Clone)]
pub(super) struct Person {
    pub name: String,
    pub sex: Sex,
    pub id_number: String,
    pub mobile: String,
    /// Where the ID was issued (the household registration): province, city, county.
    pub home: String,
    /// A street or village address there.
    pub address: String,
}

pub(super) fn full_name(rng: &mut Rng, sex: Sex) -> String {
    let given = match sex {
        Sex::Male => rng.pick(MALE),
        Sex::Female => rng.pick(FEMALE),
    };
    format!("{}{given}", rng.pick(SURNAMES))
}

/// A name of either sex.
pub(super) fn any_name(rng: &mut Rng) -> String {
    let s = sex(rng);
    full_name(rng, s)
}

pub(super) fn sex(rng: &mut Rng) -> Sex {
    if rng.chance(55) {
        Sex::Male
    } else {
        Sex::Female
    }
}

pub(super) fn mobile(rng: &mut Rng) -> String {
    format!("{}{}", rng.pick(MOBILE_PREFIXES), rng.digits(8))
}

/// A Xifeng landline, 0934 being Qingyang's area code.
pub(super) fn landline(rng: &mut Rng) -> String {
    format!("0934-8{}", rng.digits(6))
}

pub(super) fn street_address(rng: &mut Rng) -> String {
    format!(
        "甘肃省庆阳市西峰区{}{}号",
        rng.pick(ROADS),
        rng.range(1, 399)
    )
}

/// A worker from Qingyang (or, from `places`, elsewhere), aged 20 to 58.
pub(super) fn person_from(rng: &mut Rng, places: &[(&str, &str)], sex: Sex, today: Date) -> Person {
    let (code, home) = *rng.pick(places);
    let year = today.year() - rng.range(20, 58) as i32;
    let birth = Date::from_ordinal_date(year, rng.range(1, 365) as u16).unwrap_or(today);
    let address = if code == "621002" || code.starts_with("43") {
        format!("{home}{}{}号", rng.pick(ROADS), rng.range(1, 299))
    } else {
        format!("{home}{}", rng.pick(VILLAGES))
    };
    Person {
        name: full_name(rng, sex),
        sex,
        id_number: resident_id(rng, code, birth, sex),
        mobile: mobile(rng),
        home: home.to_owned(),
        address,
    }
}

pub(super) fn person(rng: &mut Rng, today: Date) -> Person {
    let s = sex(rng);
    person_from(rng, GANSU, s, today)
}

/// 18 digits: region, birth date, a sequence whose last digit is odd for men, and the
/// ISO 7064 MOD 11-2 check character.
pub(super) fn resident_id(rng: &mut Rng, region: &str, birth: Date, sex: Sex) -> String {
    // The order number's last digit is odd for men, even for women.
    let order = rng.range(0, 499) * 2 + i64::from(sex == Sex::Male);
    let body = format!(
        "{region}{:04}{:02}{:02}{order:03}",
        birth.year(),
        birth.month() as u8,
        birth.day(),
    );
    const WEIGHTS: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    let sum: u32 = body
        .bytes()
        .zip(WEIGHTS)
        .map(|(d, w)| u32::from(d - b'0') * w)
        .sum();
    let check = b"10X98765432"[(sum % 11) as usize] as char;
    format!("{body}{check}")
}

/// A company registered in Xifeng (region 621002): 91 = an enterprise registered with
/// the market regulator, nine organisation-code characters, and the MOD 31 check.
pub(super) fn credit_code(rng: &mut Rng) -> String {
    const CHARSET: &[u8; 31] = b"0123456789ABCDEFGHJKLMNPQRTUWXY";
    const WEIGHTS: [u32; 17] = [
        1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28,
    ];
    let org: String = (0..9)
        .map(|_| char::from(CHARSET[rng.range(0, 30) as usize]))
        .collect();
    let body = format!("91621002{org}");
    let sum: u32 = body
        .bytes()
        .zip(WEIGHTS)
        .map(|(c, w)| CHARSET.iter().position(|x| *x == c).unwrap_or(0) as u32 * w)
        .sum();
    let check = char::from(CHARSET[((31 - sum % 31) % 31) as usize]);
    format!("{body}{check}")
}

pub(super) fn company(rng: &mut Rng) -> String {
    format!(
        "庆阳{}{}有限公司",
        rng.pick(FIRM_WORDS),
        rng.pick(FIRM_TRADES)
    )
}

pub(super) fn title(rng: &mut Rng) -> &'static str {
    rng.pick::<&str>(TITLES)
}
