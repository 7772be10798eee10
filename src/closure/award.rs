//! The award (裁决): each item is final or non-final (K2) — pay, work-injury medical
//! costs, economic compensation or damages up to twelve months of the local monthly
//! minimum wage in force on the award date, and national labor-standards disputes, are
//! final (LDMAL Art. 47); the award states its type and the matching remedy notice
//! (K3; SPC-Labor-I Arts. 18–20). It is made only after mediation (J1) and closes every
//! case of the merged group on the award date.
use super::model::*;
use super::{attempts, group_of, open_cases, require_tribunal, wages};
use crate::actor::Actor;
use crate::audit::{self, Event, Who};
use crate::cases;
use crate::clock::to_rfc3339;
use crate::db::Core;
use crate::error::{Error, Result};
use crate::fields::{optional, required};
use crate::types::{Money, format_date, parse_date};
use sqlx::{Row, SqliteConnection};
use uuid::Uuid;

pub const FINAL_NOTICE: &str = "本裁决为终局裁决，自作出之日起发生法律效力。劳动者对本裁决不服的，可以自收到本裁决书之日起十五日内向人民法院提起诉讼；用人单位有证据证明本裁决有《中华人民共和国劳动争议调解仲裁法》第四十九条规定情形之一的，可以自收到本裁决书之日起三十日内向本委员会所在地的中级人民法院申请撤销裁决。";
pub const NON_FINAL_NOTICE: &str = "当事人对本裁决不服的，可以自收到本裁决书之日起十五日内向人民法院提起诉讼；期满不起诉的，本裁决书发生法律效力。";

/// One item's finality and the reason (K2). `threshold_fen` is twelve months of the
/// local monthly minimum wage.
pub fn classify(
    category: AwardCategory,
    amount_fen: Option<i64>,
    threshold_fen: i64,
) -> (Finality, String) {
    let limit = Money::from_fen(threshold_fen);
    match category {
        AwardCategory::Pay
        | AwardCategory::Medical
        | AwardCategory::Compensation
        | AwardCategory::Damages => match amount_fen {
            Some(fen) if fen <= threshold_fen => (
                Finality::Final,
                format!(
                    "裁决金额 {} 不超过当地月最低工资标准十二个月金额 {limit}（《劳动争议调解仲裁法》第四十七条第一项）",
                    Money::from_fen(fen)
                ),
            ),
            Some(fen) => (
                Finality::NonFinal,
                format!(
                    "裁决金额 {} 超过当地月最低工资标准十二个月金额 {limit}",
                    Money::from_fen(fen)
                ),
            ),
            None => (Finality::NonFinal, "未载明裁决金额".to_owned()),
        },
        AwardCategory::LaborStandards => (
            Finality::Final,
            "因执行国家的劳动标准在工作时间、休息休假、社会保险等方面发生的争议（第四十七条第二项）"
                .to_owned(),
        ),
        AwardCategory::Other => (
            Finality::NonFinal,
            "不属于《劳动争议调解仲裁法》第四十七条规定的终局裁决事项".to_owned(),
        ),
    }
}

pub fn remedy_notice(finality: Finality) -> &'static str {
    match finality {
        Finality::Final => FINAL_NOTICE,
        Finality::NonFinal => NON_FINAL_NOTICE,
    }
}

struct Checked {
    lead: String,
    group: Vec<String>,
    doc_no: String,
    made_on: time::Date,
    preview: AwardPreview,
}

async fn check(conn: &mut SqliteConnection, case_id: &str, input: &AwardInput) -> Result<Checked> {
    let doc_no = required(&input.doc_no, "docNo", 60, "请填写裁决书文号")?;
    let made_on = parse_date(&input.made_on, "madeOn")?;
    let locality = required(
        &input.locality,
        "locality",
        40,
        "请选择适用最低工资标准的地区",
    )?;
    if input.items.is_empty() {
        return Err(Error::validation(
            "items",
            "required",
            "裁决至少应有一项裁决事项",
        ));
    }
    let (lead, group) = group_of(&mut *conn, case_id).await?;
    let group = open_cases(&mut *conn, &group).await?;
    let wage = wages::in_force(&mut *conn, &locality, made_on).await?;
    let threshold_fen = wage.monthly_fen * 12;
    let mut items = Vec::with_capacity(input.items.len());
    for (i, item) in input.items.iter().enumerate() {
        let f = |name: &str| format!("items.{i}.{name}");
        if !group.contains(&item.case_id) {
            return Err(Error::validation(
                &f("caseId"),
                "case_not_in_group",
                "裁决事项须属于本案或与本案合并审理、尚未结案的案件",
            ));
        }
        let description = required(
            &item.description,
            &f("description"),
            2_000,
            "请填写裁决内容",
        )?;
        let amount_fen = match item.amount.trim() {
            "" => None,
            raw => Some(
                Money::parse(raw)
                    .map_err(|e| e.with_field(&f("amount")))?
                    .fen(),
            ),
        };
        let money_item = matches!(
            item.category,
            AwardCategory::Pay
                | AwardCategory::Medical
                | AwardCategory::Compensation
                | AwardCategory::Damages
        );
        if money_item && amount_fen.is_none_or(|a| a < 0) {
            return Err(Error::validation(
                &f("amount"),
                "amount_required",
                "劳动报酬、工伤医疗费、经济补偿或赔偿金事项须填写裁决金额",
            ));
        }
        let (finality, basis) = classify(item.category, amount_fen, threshold_fen);
        items.push(AwardItem {
            position: i as u32 + 1,
            case_id: item.case_id.clone(),
            category: item.category,
            description,
            amount_fen,
            finality,
            basis,
        });
    }
    let all_final = items.iter().all(|i| i.finality == Finality::Final);
    let finality = if all_final {
        Finality::Final
    } else {
        Finality::NonFinal
    };
    let mut warnings = Vec::new();
    if !all_final && items.iter().any(|i| i.finality == Finality::Final) {
        warnings.push(
            "本裁决同时包含终局与非终局事项：裁决书须逐项载明；人民法院按非终局裁决处理（《最高人民法院关于审理劳动争议案件适用法律问题的解释（一）》第二十条）"
                .to_owned(),
        );
    }
    for id in &group {
        if !items.iter().any(|i| &i.case_id == id) {
            let file = cases::load(&mut *conn, id).await?;
            warnings.push(format!(
                "{}没有裁决事项",
                file.summary.case_no.as_deref().unwrap_or("合并审理的案件")
            ));
        }
    }
    Ok(Checked {
        lead,
        group,
        doc_no,
        made_on,
        preview: AwardPreview {
            locality,
            min_wage_fen: wage.monthly_fen,
            min_wage_from: wage.effective_from,
            threshold_fen,
            items,
            finality,
            remedy_notice: remedy_notice(finality).to_owned(),
            warnings,
        },
    })
}

/// The award's reasoning (LDMAL Art. 46): the facts found and the reasons are required,
/// the respondent's defense optional.
struct Reasoning {
    defense: Option<String>,
    facts: String,
    reasons: String,
}

impl Reasoning {
    fn from_input(input: &AwardInput) -> Result<Self> {
        Ok(Self {
            defense: optional(input.defense.as_deref(), "defense", 20_000)?,
            facts: required(
                input.facts.as_deref().unwrap_or_default(),
                "facts",
                20_000,
                "请填写经审理查明的事实",
            )?,
            reasons: required(
                input.reasons.as_deref().unwrap_or_default(),
                "reasons",
                20_000,
                "请填写裁决理由（本委认为）",
            )?,
        })
    }
}

/// What the award would be, without making it.
pub async fn preview_award(
    core: &Core,
    _actor: &Actor,
    case_id: &str,
    input: AwardInput,
) -> Result<AwardPreview> {
    let mut conn = core.pool().acquire().await?;
    Ok(check(&mut conn, case_id, &input).await?.preview)
}

pub async fn make_award(
    core: &Core,
    actor: &Actor,
    case_id: &str,
    input: AwardInput,
) -> Result<Award> {
    let reasoning = Reasoning::from_input(&input)?;
    let mut tx = core.begin_write().await?;
    let c = check(&mut tx, case_id, &input).await?;
    require_tribunal(&mut tx, actor, &c.lead).await?;
    if attempts::mediation_tried(&mut tx, &c.lead).await?.is_none() {
        return Err(Error::precondition(
            "mediation_not_attempted",
            "裁决前应当先行调解：请先登记调解情况（或当事人拒绝调解），或在庭审笔录中进行当庭调解（《劳动争议调解仲裁法》第四十二条）",
        ));
    }
    let id = Uuid::now_v7().to_string();
    let now = to_rfc3339(core.now());
    let p = &c.preview;
    sqlx::query(
        "INSERT INTO awards (id, case_id, doc_no, made_on, locality, min_wage_fen, min_wage_from, finality,
             remedy_notice, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(&id)
    .bind(&c.lead)
    .bind(&c.doc_no)
    .bind(format_date(c.made_on))
    .bind(&p.locality)
    .bind(p.min_wage_fen)
    .bind(&p.min_wage_from)
    .bind(p.finality.as_str())
    .bind(&p.remedy_notice)
    .bind(&now)
    .bind(actor.user_id.to_string())
    .execute(&mut *tx)
    .await?;
    for item in &p.items {
        sqlx::query(
            "INSERT INTO award_items (id, award_id, position, case_id, category, description, amount_fen, finality)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        )
        .bind(Uuid::now_v7().to_string())
        .bind(&id)
        .bind(item.position)
        .bind(&item.case_id)
        .bind(item.category.as_str())
        .bind(&item.description)
        .bind(item.amount_fen)
        .bind(item.finality.as_str())
        .execute(&mut *tx)
        .await?;
    }
    sqlx::query(
        "INSERT INTO award_reasoning (award_id, defense, facts, reasons) VALUES (?, ?, ?, ?)",
    )
    .bind(&id)
    .bind(&reasoning.defense)
    .bind(&reasoning.facts)
    .bind(&reasoning.reasons)
    .execute(&mut *tx)
    .await?;
    let closure = match p.finality {
        Finality::Final => cases::ClosureType::AwardFinal,
        Finality::NonFinal => cases::ClosureType::AwardNonFinal,
    };
    for case in &c.group {
        cases::close_in_tx(
            &mut tx,
            core,
            actor,
            case,
            closure,
            &format_date(c.made_on),
            &format!("裁决书 {}", c.doc_no),
        )
        .await?;
    }
    audit::record(
        &mut tx,
        core.now(),
        Event {
            who: Who::User(actor),
            action: "case.award_made",
            entity_type: "case",
            entity_id: Some(c.lead.clone()),
            summary: format!(
                "作出裁决 {}（{}，{} 项）",
                c.doc_no,
                closure.label_zh(),
                p.items.len()
            ),
        },
    )
    .await?;
    let award = read(&mut tx, &c.lead)
        .await?
        .ok_or_else(|| Error::internal("award just written"))?;
    tx.commit().await?;
    Ok(award)
}

pub(super) async fn read(conn: &mut SqliteConnection, lead: &str) -> Result<Option<Award>> {
    let Some(r) = sqlx::query(
        "SELECT a.id, a.doc_no, a.made_on, a.locality, a.min_wage_fen, a.min_wage_from, a.finality, a.remedy_notice,
                u.display_name, r.defense, r.facts, r.reasons
         FROM awards a JOIN users u ON u.id = a.created_by
         LEFT JOIN award_reasoning r ON r.award_id = a.id WHERE a.case_id = ? ORDER BY a.created_at DESC LIMIT 1",
    )
    .bind(lead)
    .fetch_optional(&mut *conn)
    .await?
    else {
        return Ok(None);
    };
    let id: String = r.try_get("id")?;
    let min_wage_fen: i64 = r.try_get("min_wage_fen")?;
    let threshold_fen = min_wage_fen * 12;
    let bad = || Error::internal("unknown award value in storage");
    let finality = Finality::parse(r.try_get("finality")?).ok_or_else(bad)?;
    let rows = sqlx::query(
        "SELECT position, case_id, category, description, amount_fen, finality FROM award_items
         WHERE award_id = ? ORDER BY position",
    )
    .bind(&id)
    .fetch_all(&mut *conn)
    .await?;
    let items = rows
        .into_iter()
        .map(|i| {
            let category = AwardCategory::parse(i.try_get("category")?).ok_or_else(bad)?;
            let amount_fen: Option<i64> = i.try_get("amount_fen")?;
            // The stored type is what the award states; the reason is derived again.
            let (_, basis) = classify(category, amount_fen, threshold_fen);
            let finality = Finality::parse(i.try_get("finality")?).ok_or_else(bad)?;
            Ok(AwardItem {
                position: i.try_get::<i64, _>("position")? as u32,
                case_id: i.try_get("case_id")?,
                category,
                description: i.try_get("description")?,
                amount_fen,
                finality,
                basis,
            })
        })
        .collect::<Result<Vec<_>>>()?;
    Ok(Some(Award {
        id,
        doc_no: r.try_get("doc_no")?,
        made_on: r.try_get("made_on")?,
        created_by_name: r.try_get("display_name")?,
        defense: r.try_get("defense")?,
        facts: r.try_get("facts")?,
        reasons: r.try_get("reasons")?,
        preview: AwardPreview {
            locality: r.try_get("locality")?,
            min_wage_fen,
            min_wage_from: r.try_get("min_wage_from")?,
            threshold_fen,
            items,
            finality,
            remedy_notice: r.try_get("remedy_notice")?,
            warnings: Vec::new(),
        },
    }))
}
