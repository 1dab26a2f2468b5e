//! What "sourced" means. A sourced figure says what kind of source it rests
//! on (`confidence`, one of [`SOURCE_TYPES`]); a vendor figure must cite an
//! address on that vendor's own site ([`vendor_sites`]), and an official
//! statistic a statistics office ([`STATISTICS_OFFICES`]). Everything else is
//! a salary survey, job ads or a secondary page, and says which. The
//! catalog's checks and its statistics both read these rules from here.

/// The kinds of source a sourced figure may rest on.
pub const SOURCE_TYPES: [&str; 5] = ["vendor", "official_statistic", "salary_survey", "job_ads", "secondary"];

/// Statistics offices whose releases count as official statistics.
pub const STATISTICS_OFFICES: [&str; 3] = ["bls.gov", "psa.gov.ph", "mospi.gov.in"];

/// The sites a certification vendor publishes its own figures on, by the
/// vendor's name as the catalog writes it. Unknown vendors have none, so a
/// "vendor" figure for them is refused until they are added here.
pub fn vendor_sites(vendor: &str) -> &'static [&'static str] {
    match vendor {
        "CompTIA" => &["comptia.org"],
        "Microsoft" => &["microsoft.com"],
        "AWS" => &["aws.amazon.com"],
        "Google Cloud" => &["cloud.google.com", "support.google.com"],
        "Google / Coursera" => &["grow.google", "coursera.org"],
        "Google / TensorFlow" => &["tensorflow.org"],
        "ISC2" => &["isc2.org"],
        "ISACA" => &["isaca.org"],
        "Cisco" => &["cisco.com"],
        "Linux Foundation" | "CNCF / Linux Foundation" => &["linuxfoundation.org", "cncf.io"],
        "Hack The Box" => &["hackthebox.com"],
        "PMI" => &["pmi.org", "pmi.org.in"],
        "Salesforce / Tableau" | "Salesforce" => &["salesforce.com", "tableau.com"],
        // ISTQB's exams are sold by its national boards; ASTQB is the US board.
        "ISTQB" => &["istqb.org", "astqb.org"],
        "EC-Council" => &["eccouncil.org"],
        "OffSec" => &["offsec.com"],
        "INE" => &["ine.com"],
        "Security Blue Team" => &["securityblue.team"],
        "Scrum.org" => &["scrum.org"],
        "PeopleCert (AXELOS)" => &["peoplecert.org", "axelos.com"],
        "HashiCorp" => &["hashicorp.com"],
        "Red Hat" => &["redhat.com"],
        "Oracle" => &["oracle.com"],
        "Databricks" => &["databricks.com"],
        "CertNexus" => &["certnexus.com"],
        _ => &[],
    }
}

/// The sites a public route's operator publishes on, by the operator's name
/// as `routes.json` writes it: a route's "vendor" figure must cite one.
pub fn operator_sites(operator: &str) -> &'static [&'static str] {
    match operator {
        "TESDA" => &["tesda.gov.ph"],
        "DICT" => &["dict.gov.ph"],
        "NPTEL" => &["nptel.ac.in", "swayam.gov.in"],
        "MeitY and nasscom" => &["futureskillsprime.in", "meity.gov.in"],
        "MSDE" => &["skillindiadigital.gov.in", "nsdcindia.org", "msde.gov.in"],
        _ => &[],
    }
}

/// The host of the first address a source cites (`"https://www.x.org/a ; …"` → `www.x.org`).
pub fn first_host(source: &str) -> Option<&str> {
    let first = source.split(" ; ").next()?.trim();
    let rest = first.strip_prefix("https://").or_else(|| first.strip_prefix("http://"))?;
    let host = rest.split(['/', ' ', '?', '#']).next()?;
    (!host.is_empty()).then_some(host)
}

/// Whether `host` is `site` or one of its subdomains.
pub fn on_site(host: &str, site: &str) -> bool {
    host == site || host.ends_with(&format!(".{site}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_address_names_the_host_and_subdomains_belong_to_their_site() {
        assert_eq!(first_host("https://www.comptia.org/certifications/a ; https://x.dev/y"), Some("www.comptia.org"));
        assert_eq!(first_host("http://www.astqb.org/get-certified/"), Some("www.astqb.org"));
        assert_eq!(first_host("CompTIA's price list"), None);
        assert!(on_site("www.comptia.org", "comptia.org"));
        assert!(on_site("learn.microsoft.com", "microsoft.com"));
        assert!(!on_site("notcomptia.org", "comptia.org"));
        assert!(!on_site("comptia.org.example.com", "comptia.org"));
    }
}
