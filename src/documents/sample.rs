//! The data a template draft is tried on before any document of its layout has been
//! issued: every field filled, so that a template that works here works for all kinds.
//! Marked as a sample in the document itself.
use super::model::TemplateLayout;
use serde_json::{Value, json};

pub(super) fn data(layout: TemplateLayout) -> Value {
    let mut d = json!({
        "commission": "（示例）劳动人事争议仲裁委员会",
        "docNo": "示劳人仲案字〔2026〕第1号",
        "addressee": "（示例）申请人",
        "body": [
            "这是模板预览所用的示例数据，不是真实文书。",
            "正文段落在此处排版，首行缩进两个字符，两端对齐。"
        ],
        "notes": ["注意事项示例一。", "注意事项示例二。"],
        "signatures": ["首席仲裁员　（示例）", "书 记 员　（示例）"],
        "date": "二〇二六年十一月三十日",
        "copyTo": "（示例）被申请人",
        "table": [],
        "sha256": "0".repeat(64),
    });
    match layout {
        TemplateLayout::Official => d["title"] = "开庭通知书（示例）".into(),
        TemplateLayout::Form => {
            d["title"] = "送达回证（示例）".into();
            d["table"] = json!([
                { "label": "案由", "value": "（示例）劳动报酬争议", "tall": false },
                { "label": "受送达人", "value": "（示例）申请人", "tall": false },
                { "label": "受送达人签名或盖章", "value": "　　年　　月　　日　　时", "tall": true },
            ]);
        }
    }
    d
}
