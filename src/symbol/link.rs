//! Links that name a document symbol: `http(s)://undocs.org/[lang/]SYMBOL`, and the query
//! forms of the Official Document System (`…?DS=SYMBOL&…`). Hosts, language codes and query
//! parameters come from `data/symbols.toml`.

use super::table::tables;

/// The symbol a document link names, as written in the link (no percent-decoding):
/// `http://undocs.org/CTOC/COP/WG.6/2018/4` → `CTOC/COP/WG.6/2018/4`,
/// `https://undocs.org/fr/A/75/1` → `A/75/1`. `None` for any other link.
pub fn symbol_from_url(url: &str) -> Option<&str> {
    let url = url.trim().trim_end_matches(['.', ',', ';', ':', ')', ']', '>', '"', '\'']);
    let rest =
        strip_prefix_ignore_case(url, "https://").or_else(|| strip_prefix_ignore_case(url, "http://"))?;
    let (host, path) = rest.split_once('/')?;
    let links = &tables().links;
    let known = |hosts: &[String]| hosts.iter().any(|h| h.eq_ignore_ascii_case(host));
    let symbol = if known(&links.hosts) {
        let path = path.split(['?', '#']).next().unwrap_or_default();
        let path = match path.split_once('/') {
            Some((lang, tail)) if links.languages.iter().any(|l| l == lang) => tail,
            _ => path,
        };
        path.trim_end_matches('/')
    } else if known(&links.query_hosts) {
        let query = path.split_once('?')?.1.split('#').next().unwrap_or_default();
        query.split('&').find_map(|pair| {
            let (key, value) = pair.split_once('=')?;
            links.query_parameters.iter().any(|p| p.eq_ignore_ascii_case(key)).then_some(value)
        })?
    } else {
        return None;
    };
    (!symbol.is_empty()).then_some(symbol)
}

fn strip_prefix_ignore_case<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let head = s.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix).then(|| &s[prefix.len()..])
}
