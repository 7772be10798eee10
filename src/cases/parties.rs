//! Checking a party as entered (M1–M3): identifiers are parsed, the birth date and sex
//! follow from a citizen ID, and a credit code that fails its check needs a reason.
use super::model::{IdType, PartyInput, PartyKind, PartySide};
use crate::error::{Error, Result};
use crate::types::{CreditCode, Mobile, ResidentId, Sex, format_date, parse_date};
use time::Date;

/// A party ready to store; optional text is trimmed and empty text is `None`.
#[derive(Debug, Clone)]
pub(super) struct ValidParty {
    pub side: PartySide,
    pub kind: PartyKind,
    pub name: String,
    pub sex: Option<Sex>,
    pub birth_date: Option<String>,
    pub id_type: Option<IdType>,
    pub id_number: Option<String>,
    pub occupation: Option<String>,
    pub workplace: Option<String>,
    pub credit_code: Option<String>,
    pub credit_code_override_reason: Option<String>,
    pub legal_rep_name: Option<String>,
    pub legal_rep_title: Option<String>,
    pub domicile: Option<String>,
    pub mailing_address: Option<String>,
    pub mobile: Option<String>,
    pub phone: Option<String>,
    pub current_location: Option<String>,
}

fn text(value: &Option<String>, field: &str, max: usize, prefix: &str) -> Result<Option<String>> {
    let Some(v) = value.as_deref().map(str::trim).filter(|v| !v.is_empty()) else {
        return Ok(None);
    };
    if v.chars().count() > max || v.chars().any(char::is_control) {
        return Err(Error::validation(
            &format!("{prefix}{field}"),
            "text_too_long",
            format!("内容过长（最多 {max} 个字）或含有不可见字符"),
        ));
    }
    Ok(Some(v.to_owned()))
}

/// `prefix` names the party in field paths, e.g. `parties.0.`.
pub(super) fn validate(input: &PartyInput, today: Date, prefix: &str) -> Result<ValidParty> {
    let f = |name: &str| format!("{prefix}{name}");
    let in_field = |e: Error, name: &str| Error {
        field: Some(f(name)),
        ..e
    };

    let name = input.name.trim();
    if name.is_empty() || name.chars().count() > 100 {
        return Err(Error::validation(
            &f("name"),
            "party_name_invalid",
            "请填写当事人名称（不超过 100 字）",
        ));
    }

    let mut sex = input.sex;
    let mut birth_date = match text(&input.birth_date, "birthDate", 10, prefix)? {
        Some(d) => Some(parse_date(&d, &f("birthDate"))?),
        None => None,
    };
    let id_type = input.id_type;
    let raw_id = text(&input.id_number, "idNumber", 40, prefix)?;
    let id_number = match (id_type, raw_id) {
        (_, None) => None,
        (Some(IdType::ResidentId) | None, Some(raw)) => {
            let id = ResidentId::parse(&raw, today).map_err(|e| in_field(e, "idNumber"))?;
            if birth_date.is_some_and(|d| d != id.birth_date()) {
                return Err(Error::validation(
                    &f("birthDate"),
                    "birth_date_mismatch",
                    "出生日期与身份证号码不一致",
                ));
            }
            if sex.is_some_and(|s| s != id.sex()) {
                return Err(Error::validation(
                    &f("sex"),
                    "sex_mismatch",
                    "性别与身份证号码不一致",
                ));
            }
            birth_date = Some(id.birth_date());
            sex = Some(id.sex());
            Some(id.as_str().to_owned())
        }
        (Some(_), Some(raw)) => Some(raw),
    };
    let id_type = id_number
        .as_ref()
        .map(|_| id_type.unwrap_or(IdType::ResidentId));

    let override_reason = text(
        &input.credit_code_override_reason,
        "creditCodeOverrideReason",
        200,
        prefix,
    )?;
    let credit_code = match text(&input.credit_code, "creditCode", 40, prefix)? {
        None => None,
        Some(raw) => match CreditCode::parse(&raw) {
            Ok(code) => Some(code.as_str().to_owned()),
            Err(e) if e.reason == "credit_code_checksum" && override_reason.is_some() => Some(
                CreditCode::parse_unchecked_checksum(&raw)?
                    .as_str()
                    .to_owned(),
            ),
            Err(e) => return Err(in_field(e, "creditCode")),
        },
    };

    let mobile = match text(&input.mobile, "mobile", 30, prefix)? {
        Some(raw) => Some(
            Mobile::parse(&raw)
                .map_err(|e| in_field(e, "mobile"))?
                .into_inner(),
        ),
        None => None,
    };

    Ok(ValidParty {
        side: input.side,
        kind: input.kind,
        name: name.to_owned(),
        sex,
        birth_date: birth_date.map(format_date),
        id_type,
        id_number,
        occupation: text(&input.occupation, "occupation", 100, prefix)?,
        workplace: text(&input.workplace, "workplace", 200, prefix)?,
        credit_code: credit_code.clone(),
        credit_code_override_reason: credit_code.and(override_reason),
        legal_rep_name: text(&input.legal_rep_name, "legalRepName", 50, prefix)?,
        legal_rep_title: text(&input.legal_rep_title, "legalRepTitle", 50, prefix)?,
        domicile: text(&input.domicile, "domicile", 200, prefix)?,
        mailing_address: text(&input.mailing_address, "mailingAddress", 200, prefix)?,
        mobile,
        phone: text(&input.phone, "phone", 30, prefix)?,
        current_location: text(&input.current_location, "currentLocation", 200, prefix)?,
    })
}
