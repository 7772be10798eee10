//! What the shell keeps between commands: the opened core (or why it could not be
//! opened) and the signed-in user's id.
use std::sync::Mutex;
use yunting::auth::{self};
use yunting::{Actor, Core, Error, ErrorCode};

pub struct AppState {
    core: Result<Core, Error>,
    session: Mutex<Option<String>>,
}

impl AppState {
    pub fn new(core: Result<Core, Error>) -> Self {
        Self {
            core,
            session: Mutex::new(None),
        }
    }

    /// The core, or the error that kept the database from opening (shown by the UI).
    pub fn core(&self) -> Result<&Core, Error> {
        self.core.as_ref().map_err(Clone::clone)
    }

    pub fn set_session(&self, user_id: Option<String>) {
        *self.session.lock().unwrap_or_else(|p| p.into_inner()) = user_id;
    }

    fn session(&self) -> Option<String> {
        self.session
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    /// The signed-in actor, re-read from the database so a disabled account is refused
    /// at once; a session that no longer holds is dropped.
    pub async fn actor(&self) -> Result<Actor, Error> {
        let core = self.core()?;
        let Some(user_id) = self.session() else {
            return Err(Error::new(
                ErrorCode::Unauthenticated,
                "signed_out",
                "请先登录",
            ));
        };
        let actor = auth::actor_for(core, &user_id).await;
        if actor.is_err() {
            self.set_session(None);
        }
        actor
    }
}
