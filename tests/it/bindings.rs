//! The TypeScript types of everything that crosses IPC are generated from the Rust
//! types. This test fails when the committed files under `ui/src/bindings/` are stale;
//! run `UPDATE_BINDINGS=1 cargo test --test it bindings` to regenerate them.
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use ts_rs::{Config, TS};
use yunting::actor::Role;
use yunting::audit::{AuditEntry, AuditPage, AuditQuery, AuditVerification, BrokenLink};
use yunting::auth::{
    NewUser, RosterEntry, SessionUser, SetupStatus, SignInMethod, SignInRequest, UserStatus,
    UserSummary,
};
use yunting::calendar::{CalendarDay, CalendarYear, CalendarYearInput, DayCount, DayKind};
use yunting::cases::{
    AddClaimInput, AddEvidenceInput, AddPartyInput, Advisory, AdvisoryLevel, Agent, AgentInput,
    AgentKind, Authority, CaseEvent, CaseFile, CasePage, CaseQuery, CaseStatus, CaseSummary,
    Channel, Circumstances, Claim, ClaimCategory, ClaimInput, ClaimStatus, CloseInput, ClosureType,
    EmploymentStatus, Evidence, EvidenceInput, IdType, MissingItem, NewCase, NotAcceptInput,
    NotAcceptedKind, Party, PartyInput, PartyKind, PartySide, PriorWithdrawal, Procedure,
};
use yunting::db::AppInfo;
use yunting::deadlines::{
    CaseClock, Deadline, DeadlineRule, DeadlineStatus, DueItem, EventInput, RecordableEvent,
    SuspensionGround,
};
use yunting::intake::{
    IntakeChannel, IntakeDue, IntakeItem, IntakeNote, IntakePage, IntakeQuery, IntakeStatus,
    IntakeSummary, Material, MaterialInput, MaterialStatus, NewIntake, TransferInput,
};
use yunting::merge::{ClaimLedger, CounterclaimWindow, LedgerCase, LedgerClaim, MergeInfo};
use yunting::tribunal::{
    Recusal, RecusalDecision, RecusalInput, Seat, Tribunal, TribunalInput, TribunalMember,
};
use yunting::types::Sex;
use yunting::{Error, ErrorCode};
use yunting::{closure, consent, documents, hearings, minutes, procedure};

fn render<T: TS + 'static>(cfg: &Config, out: &mut BTreeMap<PathBuf, String>) {
    let path = T::output_path().expect("exportable type");
    let text = T::export_to_string(cfg).expect("renders");
    out.insert(path, text);
}

fn generated() -> BTreeMap<PathBuf, String> {
    let cfg = Config::new();
    let mut out = BTreeMap::new();
    render::<Error>(&cfg, &mut out);
    render::<ErrorCode>(&cfg, &mut out);
    render::<Role>(&cfg, &mut out);
    render::<UserStatus>(&cfg, &mut out);
    render::<SetupStatus>(&cfg, &mut out);
    render::<NewUser>(&cfg, &mut out);
    render::<SignInMethod>(&cfg, &mut out);
    render::<SignInRequest>(&cfg, &mut out);
    render::<SessionUser>(&cfg, &mut out);
    render::<UserSummary>(&cfg, &mut out);
    render::<AuditQuery>(&cfg, &mut out);
    render::<AuditEntry>(&cfg, &mut out);
    render::<AuditPage>(&cfg, &mut out);
    render::<BrokenLink>(&cfg, &mut out);
    render::<AuditVerification>(&cfg, &mut out);
    render::<AppInfo>(&cfg, &mut out);
    render::<RosterEntry>(&cfg, &mut out);
    render::<DayKind>(&cfg, &mut out);
    render::<DayCount>(&cfg, &mut out);
    render::<CalendarDay>(&cfg, &mut out);
    render::<CalendarYear>(&cfg, &mut out);
    render::<CalendarYearInput>(&cfg, &mut out);
    render::<Sex>(&cfg, &mut out);
    render::<CaseStatus>(&cfg, &mut out);
    render::<Procedure>(&cfg, &mut out);
    render::<Channel>(&cfg, &mut out);
    render::<PartySide>(&cfg, &mut out);
    render::<PartyKind>(&cfg, &mut out);
    render::<IdType>(&cfg, &mut out);
    render::<ClaimCategory>(&cfg, &mut out);
    render::<ClaimStatus>(&cfg, &mut out);
    render::<NotAcceptedKind>(&cfg, &mut out);
    render::<ClosureType>(&cfg, &mut out);
    render::<PartyInput>(&cfg, &mut out);
    render::<ClaimInput>(&cfg, &mut out);
    render::<EvidenceInput>(&cfg, &mut out);
    render::<NewCase>(&cfg, &mut out);
    render::<Party>(&cfg, &mut out);
    render::<Claim>(&cfg, &mut out);
    render::<Evidence>(&cfg, &mut out);
    render::<CaseEvent>(&cfg, &mut out);
    render::<CaseSummary>(&cfg, &mut out);
    render::<MissingItem>(&cfg, &mut out);
    render::<PriorWithdrawal>(&cfg, &mut out);
    render::<CaseFile>(&cfg, &mut out);
    render::<CaseQuery>(&cfg, &mut out);
    render::<CasePage>(&cfg, &mut out);
    render::<NotAcceptInput>(&cfg, &mut out);
    render::<CloseInput>(&cfg, &mut out);
    render::<AgentKind>(&cfg, &mut out);
    render::<Authority>(&cfg, &mut out);
    render::<AgentInput>(&cfg, &mut out);
    render::<Agent>(&cfg, &mut out);
    render::<AddClaimInput>(&cfg, &mut out);
    render::<hearings::HearingMode>(&cfg, &mut out);
    render::<hearings::HearingStatus>(&cfg, &mut out);
    render::<hearings::ServiceMethod>(&cfg, &mut out);
    render::<hearings::HearingInput>(&cfg, &mut out);
    render::<hearings::NoticeInput>(&cfg, &mut out);
    render::<hearings::HearingNotice>(&cfg, &mut out);
    render::<hearings::HearingWarning>(&cfg, &mut out);
    render::<hearings::IdentityMethod>(&cfg, &mut out);
    render::<hearings::Absence>(&cfg, &mut out);
    render::<hearings::ParticipantRole>(&cfg, &mut out);
    render::<hearings::AttendanceInput>(&cfg, &mut out);
    render::<hearings::Attendance>(&cfg, &mut out);
    render::<hearings::Hearing>(&cfg, &mut out);
    render::<minutes::Stage>(&cfg, &mut out);
    render::<minutes::SpeakerRole>(&cfg, &mut out);
    render::<minutes::EntryKind>(&cfg, &mut out);
    render::<minutes::EntryInput>(&cfg, &mut out);
    render::<minutes::MinutesRecord>(&cfg, &mut out);
    render::<minutes::MinutesLine>(&cfg, &mut out);
    render::<minutes::StageState>(&cfg, &mut out);
    render::<minutes::StageProgress>(&cfg, &mut out);
    render::<minutes::Minutes>(&cfg, &mut out);
    render::<minutes::MinutesDraft>(&cfg, &mut out);
    render::<minutes::MinutesCheck>(&cfg, &mut out);
    render::<minutes::Correction>(&cfg, &mut out);
    render::<minutes::CorrectionInput>(&cfg, &mut out);
    render::<minutes::SignMethod>(&cfg, &mut out);
    render::<minutes::SignerState>(&cfg, &mut out);
    render::<minutes::Signer>(&cfg, &mut out);
    render::<minutes::ReadBack>(&cfg, &mut out);
    render::<minutes::SignInput>(&cfg, &mut out);
    render::<minutes::RefuseInput>(&cfg, &mut out);
    render::<hearings::RecordingInput>(&cfg, &mut out);
    render::<hearings::RecordingOutcome>(&cfg, &mut out);
    render::<hearings::RecordingCheck>(&cfg, &mut out);
    render::<hearings::Recording>(&cfg, &mut out);
    render::<documents::DocumentKind>(&cfg, &mut out);
    render::<documents::DocumentRecord>(&cfg, &mut out);
    render::<documents::DocumentInput>(&cfg, &mut out);
    render::<documents::TemplateLayout>(&cfg, &mut out);
    render::<documents::TemplatePlaceholder>(&cfg, &mut out);
    render::<documents::DocumentTemplate>(&cfg, &mut out);
    render::<documents::TemplateInput>(&cfg, &mut out);
    render::<yunting::mediation::OrgCategory>(&cfg, &mut out);
    render::<yunting::mediation::OrgInput>(&cfg, &mut out);
    render::<yunting::mediation::MediationOrg>(&cfg, &mut out);
    render::<yunting::mediation::MediatorInput>(&cfg, &mut out);
    render::<yunting::mediation::Mediator>(&cfg, &mut out);
    render::<yunting::mediation::TrainingInput>(&cfg, &mut out);
    render::<yunting::mediation::TrainingAttendee>(&cfg, &mut out);
    render::<yunting::mediation::TrainingSession>(&cfg, &mut out);
    render::<yunting::mediation::VisitInput>(&cfg, &mut out);
    render::<yunting::mediation::SupervisionVisit>(&cfg, &mut out);
    render::<yunting::mediation::OrgDetail>(&cfg, &mut out);
    render::<yunting::mediation::ApplicationForm>(&cfg, &mut out);
    render::<yunting::mediation::MediationChannel>(&cfg, &mut out);
    render::<yunting::mediation::MediationCaseStatus>(&cfg, &mut out);
    render::<yunting::mediation::MediationCaseInput>(&cfg, &mut out);
    render::<yunting::mediation::AgreementInput>(&cfg, &mut out);
    render::<yunting::mediation::SignaturesInput>(&cfg, &mut out);
    render::<yunting::mediation::NoAgreementInput>(&cfg, &mut out);
    render::<yunting::mediation::ReviewInput>(&cfg, &mut out);
    render::<yunting::mediation::MediationEvent>(&cfg, &mut out);
    render::<yunting::mediation::MediationCaseSummary>(&cfg, &mut out);
    render::<yunting::mediation::MediationCase>(&cfg, &mut out);
    render::<yunting::mediation::MediationCaseQuery>(&cfg, &mut out);
    render::<yunting::mediation::MediationCasePage>(&cfg, &mut out);
    render::<yunting::mediation::ServiceKind>(&cfg, &mut out);
    render::<yunting::mediation::ServiceLogInput>(&cfg, &mut out);
    render::<yunting::mediation::ServiceLog>(&cfg, &mut out);
    render::<yunting::mediation::PublicityInput>(&cfg, &mut out);
    render::<yunting::mediation::PublicityEvent>(&cfg, &mut out);
    render::<yunting::mediation::DateRange>(&cfg, &mut out);
    render::<yunting::statistics::StatsQuery>(&cfg, &mut out);
    render::<yunting::statistics::Count>(&cfg, &mut out);
    render::<yunting::statistics::OrgRow>(&cfg, &mut out);
    render::<yunting::statistics::CategoryRow>(&cfg, &mut out);
    render::<yunting::statistics::MonthRow>(&cfg, &mut out);
    render::<yunting::statistics::MediationStats>(&cfg, &mut out);
    render::<yunting::statistics::ArbitrationStats>(&cfg, &mut out);
    render::<yunting::statistics::IntakeStats>(&cfg, &mut out);
    render::<yunting::statistics::ServiceStats>(&cfg, &mut out);
    render::<yunting::statistics::RegistryStats>(&cfg, &mut out);
    render::<yunting::statistics::Statistics>(&cfg, &mut out);
    render::<yunting::statistics::ExportFormat>(&cfg, &mut out);
    render::<yunting::statistics::ExportTable>(&cfg, &mut out);
    render::<yunting::statistics::ExportInput>(&cfg, &mut out);
    render::<yunting::statistics::ExportProgress>(&cfg, &mut out);
    render::<yunting::statistics::ExportResult>(&cfg, &mut out);
    render::<closure::MediationPhase>(&cfg, &mut out);
    render::<closure::MediationMode>(&cfg, &mut out);
    render::<closure::MediationResult>(&cfg, &mut out);
    render::<closure::MediationAttemptInput>(&cfg, &mut out);
    render::<closure::MediationAttempt>(&cfg, &mut out);
    render::<closure::SettlementTermInput>(&cfg, &mut out);
    render::<closure::SettlementTerm>(&cfg, &mut out);
    render::<closure::MediationStatementInput>(&cfg, &mut out);
    render::<closure::StatementEventKind>(&cfg, &mut out);
    render::<closure::ReceiptMethod>(&cfg, &mut out);
    render::<closure::StatementEventInput>(&cfg, &mut out);
    render::<closure::StatementEvent>(&cfg, &mut out);
    render::<closure::StatementStatus>(&cfg, &mut out);
    render::<closure::MediationStatement>(&cfg, &mut out);
    render::<closure::AwardCategory>(&cfg, &mut out);
    render::<closure::Finality>(&cfg, &mut out);
    render::<closure::AwardItemInput>(&cfg, &mut out);
    render::<closure::AwardInput>(&cfg, &mut out);
    render::<closure::AwardItem>(&cfg, &mut out);
    render::<closure::AwardPreview>(&cfg, &mut out);
    render::<closure::Award>(&cfg, &mut out);
    render::<closure::MinimumWage>(&cfg, &mut out);
    render::<closure::MinimumWageInput>(&cfg, &mut out);
    render::<closure::WithdrawalKind>(&cfg, &mut out);
    render::<closure::WithdrawalInput>(&cfg, &mut out);
    render::<closure::Withdrawal>(&cfg, &mut out);
    render::<closure::ClosureOverview>(&cfg, &mut out);

    render::<consent::ConsentKind>(&cfg, &mut out);
    render::<consent::ConsentAction>(&cfg, &mut out);
    render::<consent::ConsentMethod>(&cfg, &mut out);
    render::<consent::ConsentInput>(&cfg, &mut out);
    render::<consent::ConsentPreview>(&cfg, &mut out);
    render::<consent::ConsentRecord>(&cfg, &mut out);
    render::<consent::ConfirmationDocument>(&cfg, &mut out);
    render::<consent::ConfirmationStatus>(&cfg, &mut out);
    render::<consent::ConsentChainCheck>(&cfg, &mut out);
    render::<procedure::ItemStatus>(&cfg, &mut out);
    render::<procedure::ItemGroup>(&cfg, &mut out);
    render::<procedure::ChecklistItem>(&cfg, &mut out);
    render::<procedure::RuleSet>(&cfg, &mut out);
    render::<procedure::DecisionKind>(&cfg, &mut out);
    render::<procedure::ProcedureDecision>(&cfg, &mut out);
    render::<procedure::CaseTask>(&cfg, &mut out);
    render::<procedure::Checklist>(&cfg, &mut out);
    render::<procedure::AttestInput>(&cfg, &mut out);
    render::<procedure::DecideSummaryInput>(&cfg, &mut out);
    render::<procedure::ConvertInput>(&cfg, &mut out);
    render::<procedure::AverageWage>(&cfg, &mut out);
    render::<procedure::AverageWageInput>(&cfg, &mut out);

    render::<AddPartyInput>(&cfg, &mut out);
    render::<AddEvidenceInput>(&cfg, &mut out);
    render::<Circumstances>(&cfg, &mut out);
    render::<EmploymentStatus>(&cfg, &mut out);
    render::<Advisory>(&cfg, &mut out);
    render::<AdvisoryLevel>(&cfg, &mut out);
    render::<DeadlineStatus>(&cfg, &mut out);
    render::<Deadline>(&cfg, &mut out);
    render::<CaseClock>(&cfg, &mut out);
    render::<DueItem>(&cfg, &mut out);
    render::<DeadlineRule>(&cfg, &mut out);
    render::<RecordableEvent>(&cfg, &mut out);
    render::<SuspensionGround>(&cfg, &mut out);
    render::<EventInput>(&cfg, &mut out);
    render::<Seat>(&cfg, &mut out);
    render::<TribunalMember>(&cfg, &mut out);
    render::<Tribunal>(&cfg, &mut out);
    render::<TribunalInput>(&cfg, &mut out);
    render::<RecusalInput>(&cfg, &mut out);
    render::<RecusalDecision>(&cfg, &mut out);
    render::<Recusal>(&cfg, &mut out);
    render::<CounterclaimWindow>(&cfg, &mut out);
    render::<MergeInfo>(&cfg, &mut out);
    render::<LedgerClaim>(&cfg, &mut out);
    render::<LedgerCase>(&cfg, &mut out);
    render::<ClaimLedger>(&cfg, &mut out);
    render::<IntakeChannel>(&cfg, &mut out);
    render::<IntakeStatus>(&cfg, &mut out);
    render::<NewIntake>(&cfg, &mut out);
    render::<TransferInput>(&cfg, &mut out);
    render::<MaterialStatus>(&cfg, &mut out);
    render::<MaterialInput>(&cfg, &mut out);
    render::<Material>(&cfg, &mut out);
    render::<IntakeNote>(&cfg, &mut out);
    render::<IntakeSummary>(&cfg, &mut out);
    render::<IntakeItem>(&cfg, &mut out);
    render::<IntakeQuery>(&cfg, &mut out);
    render::<IntakePage>(&cfg, &mut out);
    render::<IntakeDue>(&cfg, &mut out);
    render::<yunting::demo::DemoAccount>(&cfg, &mut out);
    render::<yunting::demo::DemoSummary>(&cfg, &mut out);
    out
}

/// Every `import type { X } from "./X"` of a generated file must be generated too.
#[test]
fn typescript_bindings_import_only_generated_files() {
    let expected = generated();
    for (path, text) in &expected {
        for line in text.lines().filter(|l| l.starts_with("import type")) {
            let target = line
                .rsplit("\"./")
                .next()
                .unwrap_or("")
                .trim_end_matches(['"', ';']);
            let file = format!("{target}.ts");
            assert!(
                expected.contains_key(Path::new(&file)),
                "{} imports {file}, which is not generated",
                path.display()
            );
        }
    }
}

#[test]
fn typescript_bindings_are_up_to_date() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("ui/src/bindings");
    let expected = generated();
    if std::env::var_os("UPDATE_BINDINGS").is_some() {
        std::fs::create_dir_all(&dir).unwrap();
        for entry in std::fs::read_dir(&dir).unwrap() {
            std::fs::remove_file(entry.unwrap().path()).unwrap();
        }
        for (path, text) in &expected {
            std::fs::write(dir.join(path), text).unwrap();
        }
        return;
    }
    let mut stale = Vec::new();
    for (path, text) in &expected {
        match std::fs::read_to_string(dir.join(path)) {
            Ok(on_disk) if on_disk == *text => {}
            _ => stale.push(path.display().to_string()),
        }
    }
    let extra: Vec<String> = std::fs::read_dir(&dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok()?.file_name().into_string().ok())
                .filter(|n| !expected.contains_key(Path::new(n)))
                .collect()
        })
        .unwrap_or_default();
    assert!(
        stale.is_empty() && extra.is_empty(),
        "ui/src/bindings is stale (changed or missing: {stale:?}; not generated: {extra:?}).\n\
         Regenerate with: UPDATE_BINDINGS=1 cargo test --test it bindings"
    );
}
