//! The user's choices in Explore, checked against the catalog before they
//! are stored (the store itself knows nothing of the catalog).

use crate::codes::ErrorCode;

use crate::catalog::Catalog;
use crate::store::{Choices, Store, StoreError};

#[derive(Debug, thiserror::Error)]
pub enum ChoiceError {
    #[error("no role {0:?} in the catalog")]
    UnknownRole(String),
    #[error("no certification {0:?} in the catalog")]
    UnknownCertification(String),
    #[error("no public route {0:?} in the catalog")]
    UnknownRoute(String),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl ChoiceError {
    pub fn code(&self) -> ErrorCode {
        match self {
            ChoiceError::UnknownRole(_) => ErrorCode::ExploreUnknownRole,
            ChoiceError::UnknownCertification(_) => ErrorCode::ExploreUnknownCertification,
            ChoiceError::UnknownRoute(_) => ErrorCode::ExploreUnknownRoute,
            ChoiceError::Store(e) => e.code(),
        }
    }
}

fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

pub fn choose_target_role(store: &mut Store, catalog: &Catalog, role: &str) -> Result<Choices, ChoiceError> {
    catalog.role(role).ok_or_else(|| ChoiceError::UnknownRole(role.to_string()))?;
    store.choose_target_role(role, &now())?;
    Ok(store.load_choices()?)
}

/// Makes `route` her chosen public route, or clears the choice (`None`).
pub fn choose_route(store: &mut Store, catalog: &Catalog, route: Option<&str>) -> Result<Choices, ChoiceError> {
    if let Some(id) = route {
        catalog.route(id).ok_or_else(|| ChoiceError::UnknownRoute(id.to_string()))?;
    }
    store.choose_route(route, &now())?;
    Ok(store.load_choices()?)
}

pub fn set_certification_choice(store: &mut Store, catalog: &Catalog, id: &str, chosen: bool) -> Result<Choices, ChoiceError> {
    if chosen {
        catalog.certification(id).ok_or_else(|| ChoiceError::UnknownCertification(id.to_string()))?;
        store.add_certification_choice(id, &now())?;
    } else {
        store.remove_certification_choice(id)?;
    }
    Ok(store.load_choices()?)
}
